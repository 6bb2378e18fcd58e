"""The attachments of the fiche being read: list, add, open in the system viewer, remove.

A file is opened from the path the core gives for the attachment's id (inside the library's
attachment store), never from its displayed name. Every library call runs on the worker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.dto import AttachmentInfo
from kb_app.gui.errors import translate_message
from kb_app.gui.models.table_model import Row, TableModel
from kb_app.gui.ops import LibraryHost
from kb_app.gui.widgets.table_view import table_view

translate = QCoreApplication.translate
MAX_TABLE_HEIGHT = 150


def size_text(size: int) -> str:
    units = [
        translate("Attachments", "%1 o"),
        translate("Attachments", "%1 Ko"),
        translate("Attachments", "%1 Mo"),
        translate("Attachments", "%1 Go"),
    ]
    value = float(size)
    for unit in units:
        if value < 1024 or unit is units[-1]:
            shown = f"{value:.0f}" if value >= 100 or unit is units[0] else f"{value:.1f}"
            return unit.replace("%1", shown.replace(".", ","))
        value /= 1024
    return str(size)


class AttachmentsPanel(QWidget):
    message = Signal(str)
    changed = Signal()  # an attachment was added or removed (its text is searchable)

    def __init__(self, host: LibraryHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentsPanel")
        self._host = host
        self.key: str | None = None
        self.items: list[AttachmentInfo] = []
        self.open_external: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.confirm: Callable[[str, str], bool] = self._ask
        self.title = QLabel(self)
        self.model = TableModel([self.tr("Nom"), self.tr("Taille"), self.tr("Texte extrait")], self)
        self.view = table_view(self.model, self, self.tr("Pièces jointes"), 0, (1, 2))
        self.view.setMaximumHeight(MAX_TABLE_HEIGHT)
        self.view.activated.connect(lambda _index: self.open_selected())
        self.add_button = QPushButton(self.tr("Ajouter une pièce jointe…"), self)
        self.add_button.clicked.connect(self.choose_file)
        self.open_button = QPushButton(self.tr("Ouvrir"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("Retirer…"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.title, 1)
        for button in (self.add_button, self.open_button, self.remove_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view)
        self.view.selectionModel().currentChanged.connect(lambda *_a: self._update())
        self.set_items(None, [])

    # -- showing ---------------------------------------------------------------------------

    def load(self, key: str | None) -> None:
        """Show the attachments of fiche ``key`` (None: no fiche shown)."""
        if key is None:
            self.set_items(None, [])
            return

        def done(items: list[AttachmentInfo]) -> None:
            if key == self.key:
                self.set_items(key, items)

        self.key = key
        self._host.run(lambda lib: lib.attachments_of(key), done)

    def set_items(self, key: str | None, items: Sequence[AttachmentInfo]) -> None:
        self.key = key
        self.items = list(items)
        yes, no = self.tr("oui"), self.tr("non")
        self.model.set_rows(
            [
                Row(
                    (a.original_name, size_text(a.size), yes if a.has_text else no),
                    a.id,
                    a.media_type or "",
                )
                for a in self.items
            ]
        )
        count = len(self.items)
        self.title.setText(
            self.tr("Pièces jointes : %n", "", count) if count else self.tr("Aucune pièce jointe")
        )
        for widget in (self.view, self.open_button, self.remove_button):
            widget.setVisible(count > 0)
        if count:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._update()

    def _update(self) -> None:
        chosen = self.selected_id() is not None
        self.add_button.setEnabled(self.key is not None)
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def selected_id(self) -> int | None:
        index = self.view.currentIndex()
        value = self.model.value(index.row()) if index.isValid() else None
        return int(value) if value is not None else None

    # -- changing --------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choisir le fichier à joindre"), str(Path.home())
        )
        if path:
            self.add(path)

    def add(self, path: str) -> None:
        key = self.key
        if key is None:
            return

        def done(info: AttachmentInfo) -> None:
            text = self.tr("« %1 » est jointe à la fiche.").replace("%1", info.original_name)
            if info.warning:
                text += " " + translate_message(info.warning)
            self.message.emit(text)
            self.changed.emit()
            self.load(key)

        self._host.run(lambda lib: lib.add_attachment(key, Path(path)), done)

    def open_selected(self) -> None:
        attachment = self.selected_id()
        if attachment is None:
            return

        def done(path: Path) -> None:
            if not self.open_external(QUrl.fromLocalFile(str(path))):
                self.message.emit(self.tr("Aucune application ne peut ouvrir ce fichier."))

        self._host.run(lambda lib: lib.attachment_path(attachment), done)

    def remove_selected(self) -> None:
        attachment = self.selected_id()
        key = self.key
        if attachment is None or key is None:
            return
        name = next((a.original_name for a in self.items if a.id == attachment), "")
        question = self.tr("Retirer « %1 » de cette fiche ?").replace("%1", name)
        if not self.confirm(self.tr("Retirer une pièce jointe"), question):
            return

        def done(info: AttachmentInfo) -> None:
            self.message.emit(self.tr("« %1 » est retirée.").replace("%1", info.original_name))
            self.changed.emit()
            self.load(key)

        self._host.run(lambda lib: lib.remove_attachment(attachment), done)

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes
