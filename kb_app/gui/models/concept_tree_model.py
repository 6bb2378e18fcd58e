"""The thesaurus as a tree: ``concept_tree`` rows (depth-first, with depth) made into nodes.

A concept with several broader concepts appears under each of them, as in the core's rows.
Column 1 counts the fiches indexed with the concept or any narrower one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from kb_app.core.dto import ConceptTreeRow
from kb_app.core.text import fold
from kb_app.gui import labels
from kb_app.gui.models.roles import KEY_ROLE, KIND_ROLE
from kb_app.gui.models.tree_model import AnyIndex, TreeModel


class _Node:
    __slots__ = ("children", "parent", "row")

    def __init__(self, row: ConceptTreeRow | None, parent: _Node | None) -> None:
        self.row = row
        self.parent = parent
        self.children: list[_Node] = []

    def position(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class ConceptTreeModel(TreeModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = _Node(None, None)
        self._nodes: list[_Node] = []  # keeps every node alive for internalPointer

    def set_rows(self, rows: Sequence[ConceptTreeRow]) -> None:
        self.beginResetModel()
        self._root = _Node(None, None)
        self._nodes = []
        stack: list[_Node] = [self._root]
        for row in rows:
            del stack[row.depth + 1 :]
            parent = stack[-1]
            node = _Node(row, parent)
            parent.children.append(node)
            self._nodes.append(node)
            stack.append(node)
        self.endResetModel()

    def concept_count(self) -> int:
        return len({n.row.key for n in self._nodes if n.row})

    def find(self, key: str) -> QModelIndex:
        """The first index showing concept ``key`` (invalid when absent)."""
        for node in self._nodes:
            if node.row and node.row.key == key:
                return self.createIndex(node.position(), 0, node)
        return QModelIndex()

    def _node(self, index: AnyIndex) -> _Node:
        if index.isValid():
            node: _Node = index.internalPointer()
            return node
        return self._root

    # -- Qt model --------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent_index(self, index: AnyIndex) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.position(), 0, parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._node(index).row
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            name = labels.concept_label(row.label, row.label_en)
            return name if index.column() == 0 else str(row.count_total)
        if role == KEY_ROLE:
            return row.key
        if role == KIND_ROLE:
            return "concept"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            other = labels.concept_other_label(row.label, row.label_en)
            name = labels.concept_label(row.label, row.label_en)
            counts = (
                self.tr("%1 fiches (%2 avec les concepts plus précis)")
                .replace("%1", str(row.count_direct))
                .replace("%2", str(row.count_total))
            )
            return "\n".join(t for t in (name, other, counts) if t)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Concept") if section == 0 else self.tr("Fiches")
        return None


class ConceptFilterProxy(QSortFilterProxyModel):
    """Keeps concepts whose label contains the typed text, accents and case ignored."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self._needle in fold(str(index.data() or ""))
