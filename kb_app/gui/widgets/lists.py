"""Flat lists in a QTreeView: it elides long titles to the panel's width (a QListView does not)
and lays out only the rows shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget


def plain_tree(parent: QWidget | None = None) -> QTreeView:
    """A tree view of a flat list: no root decoration or expanding, rows of one height, long
    text elided, one row selected at a time."""
    view = QTreeView(parent)
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    view.setItemsExpandable(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return view


def flat_list(parent: QWidget | None = None) -> QTreeView:
    """One column, no header, no horizontal scrolling (the panel's lists)."""
    view = plain_tree(parent)
    view.setHeaderHidden(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view
