"""The window's trees (the thesaurus, the facets): two columns, a label then a count, and
both of Qt's ``parent`` methods.

``QAbstractItemModel.parent(index)`` is the virtual a tree model implements, but in Python it
has the name of ``QObject.parent()``: a plain override hides the model's owner (``parent()``
then answers an invalid index). ``TreeModel.parent`` is both: without an argument the
QObject's parent, with an index ``parent_index(index)``, which subclasses implement.
"""

from __future__ import annotations

from typing import overload

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

AnyIndex = QModelIndex | QPersistentModelIndex


class TreeModel(QAbstractItemModel):
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 2

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    @overload
    def parent(self, /) -> QObject | None: ...

    @overload
    def parent(self, child: AnyIndex, /) -> QModelIndex: ...

    def parent(self, child: AnyIndex | None = None, /) -> QObject | QModelIndex | None:
        if child is None:
            return super().parent()
        return self.parent_index(child)

    def parent_index(self, child: AnyIndex) -> QModelIndex:
        """The parent of ``child`` in the tree (invalid for a top-level row)."""
        raise NotImplementedError
