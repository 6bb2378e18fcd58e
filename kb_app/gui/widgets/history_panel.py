"""History of visited fiches and concepts, newest first; Enter reopens, a button clears it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMessageBox, QPushButton, QVBoxLayout, QWidget

from kb_app.gui.links import concept_url, fiche_url
from kb_app.gui.models.history_model import HistoryModel
from kb_app.gui.models.roles import KEY_ROLE, KIND_ROLE
from kb_app.gui.ops import LibraryHost
from kb_app.gui.widgets.lists import flat_list

if TYPE_CHECKING:
    from kb_app.core.library import Library

SHOWN = 200


class HistoryPanel(QWidget):
    open_url = Signal(str)

    def __init__(self, host: LibraryHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.model = HistoryModel(self)
        self.view = flat_list(self)
        self.view.setObjectName("historyView")
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Historique des consultations"))
        self.view.activated.connect(self._activated)
        self.clear_button = QPushButton(self.tr("Effacer l'historique"), self)
        self.clear_button.setAccessibleName(self.tr("Effacer l'historique"))
        self.clear_button.clicked.connect(self.ask_clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.clear_button)
        self.stale = True

    def refresh(self) -> None:
        self.stale = False
        self._host.run(lambda lib: lib.history(SHOWN), self.model.set_visits)

    def mark_stale(self) -> None:
        """A visit happened: reload now if shown, else when next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def ask_clear(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Effacer l'historique"),
            self.tr("Effacer tout l'historique des consultations ?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.clear()

    def clear(self) -> None:
        def task(lib: Library) -> list[object]:
            lib.clear_history()
            return []

        self._host.run(task, lambda _r: self.model.set_visits([]))

    def _activated(self, index: QModelIndex) -> None:
        key = str(index.data(KEY_ROLE))
        url = concept_url(key) if index.data(KIND_ROLE) == "concept" else fiche_url(key)
        self.open_url.emit(url)
