"""Choose the dossier that selected fiches join (a course session, a thematic file)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kb_app.core.dto import FicheRef
from kb_app.gui.dialogs.scaffold import Button, button_box, titled


class ChooseDossierDialog(QDialog):
    chosen = Signal(str)  # the dossier's key

    def __init__(self, parent: QWidget | None, dossiers: Sequence[FicheRef], count: int) -> None:
        super().__init__(parent)
        self.setObjectName("chooseDossierDialog")
        titled(self, self.tr("Ajouter à un dossier"), (480, 320))
        prompt = QLabel(self.tr("Dossier où ajouter %n fiche(s) :", "", count), self)
        prompt.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Dossiers"))
        for dossier in dossiers:
            item = QListWidgetItem(dossier.title, self.list)
            item.setData(Qt.ItemDataRole.UserRole, dossier.key)
        prompt.setBuddy(self.list)
        texts = {Button.Ok: self.tr("Ajouter"), Button.Cancel: self.tr("Annuler")}
        self.buttons = button_box(self, texts, self._accept)
        self.ok_button = self.buttons.button(Button.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        if not dossiers:
            layout.addWidget(QLabel(self.tr("La bibliothèque n'a aucun dossier."), self))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.list.currentItemChanged.connect(lambda *_a: self._update())
        self.list.itemActivated.connect(lambda _item: self._accept())
        if dossiers:
            self.list.setCurrentRow(0)
        self._update()

    def key(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def select(self, key: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.list.setCurrentRow(row)

    def _update(self) -> None:
        self.ok_button.setEnabled(self.key() is not None)

    def _accept(self) -> None:
        key = self.key()
        if key is not None:
            self.accept()
            self.chosen.emit(key)
