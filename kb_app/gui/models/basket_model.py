"""The basket (panier): the fiches kept for reading, in the reader's order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from kb_app.core.dto import FicheRef
from kb_app.gui import labels
from kb_app.gui.models.roles import KEY_ROLE, KIND_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex


class BasketModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[FicheRef] = []

    def set_items(self, items: Sequence[FicheRef]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def fiche_keys(self) -> list[str]:
        return [i.key for i in self._items]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {item.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            year = f" · {item.year}" if item.year else ""
            return f"{item.title}\n{labels.kind_label(item.kind)}{year}"
        if role == KEY_ROLE:
            return item.key
        if role == KIND_ROLE:
            return item.kind
        return None
