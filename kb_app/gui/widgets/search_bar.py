"""The search bar: search as you type, a history of past queries, Down to reach the results."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


class SearchBar(QLineEdit):
    down_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBar")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(
            self.tr("Rechercher (Ctrl+K) : bien commun, titre:budget, type:cas, annee:2008…")
        )
        self.setAccessibleName(self.tr("Recherche"))
        self.setAccessibleDescription(
            self.tr("Les résultats se mettent à jour pendant la frappe ; Bas pour les parcourir.")
        )
        self._history = QStringListModel(self)
        completer = QCompleter(self._history, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.setCompleter(completer)

    def set_history(self, queries: Sequence[str]) -> None:
        self._history.setStringList(list(queries))

    def history(self) -> list[str]:
        return list(self._history.stringList())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer().popup()
        popup_open = popup is not None and popup.isVisible()
        if event.key() == Qt.Key.Key_Down and not popup_open:
            self.down_pressed.emit()
            return
        if event.key() == Qt.Key.Key_Escape and not popup_open and self.text():
            self.clear()
            return
        super().keyPressEvent(event)
