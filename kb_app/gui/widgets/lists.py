"""A one-column list that elides long titles to the panel's width (a QListView does not)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget


def flat_list(parent: QWidget | None = None) -> QTreeView:
    view = QTreeView(parent)
    view.setHeaderHidden(True)
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    view.setItemsExpandable(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view
