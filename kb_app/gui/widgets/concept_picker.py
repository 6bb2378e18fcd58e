"""Pick concepts by any label, with completion that ignores accents and case.

The completion model holds every label (French, English, alternative) with its folded form
in ``FOLD_ROLE``; the completer folds what is typed (``splitPath``) and matches it anywhere
in a label. Choosing a label adds the concept's French preferred label to the list.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.text import fold

FOLD_ROLE = int(Qt.ItemDataRole.UserRole) + 20
PREF_ROLE = int(Qt.ItemDataRole.UserRole) + 21


class FoldingCompleter(QCompleter):
    """Matches the folded prefix against ``FOLD_ROLE``; inserts the preferred label."""

    def __init__(self, model: QStandardItemModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self.setCompletionRole(FOLD_ROLE)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(12)

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(PREF_ROLE) or "")


def completion_model(
    labels: Iterable[tuple[str, str, str]], parent: QWidget | None = None
) -> QStandardItemModel:
    """Items for ``Library.concept_labels()`` rows ``(key, label, kind)``."""
    rows = list(labels)
    preferred = {key: label for key, label, kind in rows if kind == "pref_fr"}
    model = QStandardItemModel(parent)
    for key, label, _kind in rows:
        pref = preferred.get(key, label)
        shown = label if label == pref else f"{label} → {pref}"
        item = QStandardItem(shown)
        item.setData(fold(label), FOLD_ROLE)
        item.setData(pref, PREF_ROLE)
        item.setEditable(False)
        model.appendRow(item)
    return model


class ConceptPicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(self.tr("Ajouter un concept (les accents sont facultatifs)"))
        self.entry.setAccessibleName(self.tr("Ajouter un concept"))
        self.add_button = QPushButton(self.tr("Ajouter"), self)
        self.remove_button = QPushButton(self.tr("Retirer"), self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Concepts de la fiche"))
        self._preferred: dict[str, str] = {}
        self.completer = FoldingCompleter(QStandardItemModel(self), self)
        self.entry.setCompleter(self.completer)
        self.completer.activated.connect(self._add_text)  # activated(QString), the default
        self.entry.returnPressed.connect(lambda: self._add_text(self.entry.text()))
        self.add_button.clicked.connect(lambda: self._add_text(self.entry.text()))
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)

    def set_labels(self, labels: Sequence[tuple[str, str, str]]) -> None:
        model = completion_model(labels, self)
        self.completer.setModel(model)
        preferred = {key: label for key, label, kind in labels if kind == "pref_fr"}
        self._preferred = {fold(label): preferred.get(key, label) for key, label, _ in labels}

    def resolve(self, text: str) -> str | None:
        """The French preferred label for any label typed (accents optional), or None."""
        return self._preferred.get(fold(text.strip()))

    def _add_text(self, text: str) -> None:
        label = self.resolve(text) or text.strip()
        if label and label not in self.concepts():
            self.list.addItem(label)
            self.changed.emit()
        self.entry.clear()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def set_concepts(self, labels: Iterable[str]) -> None:
        self.list.clear()
        for label in labels:
            self.list.addItem(label)

    def concepts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
