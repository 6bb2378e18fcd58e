"""The trash (corbeille): deleted fiches, each one restorable."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.dto import FicheRef
from kb_app.gui import labels
from kb_app.gui.dialogs.scaffold import Button, button_box, titled

KEY = int(Qt.ItemDataRole.UserRole) + 1


class TrashDialog(QDialog):
    restore_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        titled(self, self.tr("Corbeille"), (520, 380))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Fiches supprimées"))
        self.empty = QLabel(self.tr("La corbeille est vide."), self)
        self.restore_button = QPushButton(self.tr("Restaurer"), self)
        self.restore_button.clicked.connect(self._restore)
        self.list.itemActivated.connect(lambda _item: self._restore())
        buttons = button_box(self, {Button.Close: self.tr("Fermer")})
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(buttons)

    def set_items(self, items: Sequence[FicheRef]) -> None:
        self.list.clear()
        for ref in items:
            item = QListWidgetItem(f"{ref.title} ({labels.kind_label(ref.kind)})")
            item.setData(KEY, ref.key)
            self.list.addItem(item)
        self.empty.setVisible(not items)
        self.restore_button.setEnabled(bool(items))
        if items:
            self.list.setCurrentRow(0)

    def fiche_keys(self) -> list[str]:
        return [str(self.list.item(i).data(KEY)) for i in range(self.list.count())]

    def _restore(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.restore_requested.emit(str(item.data(KEY)))
