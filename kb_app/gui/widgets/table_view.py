"""A read-only table for the librarian's dialogs: whole rows selected, text elided, no grid."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView, QWidget

from kb_app.gui.models.table_model import TableModel
from kb_app.gui.widgets.lists import plain_tree


def table_view(
    model: TableModel,
    parent: QWidget | None,
    name: str,
    stretch: int | Sequence[int] = 0,
    fit: Sequence[int] = (),
    widths: dict[int, int] | None = None,
) -> QTreeView:
    """A view of ``model``: the ``stretch`` column(s) share the room left, ``fit`` columns
    fit their content, ``widths`` gives the others a starting width."""
    stretched = {stretch} if isinstance(stretch, int) else set(stretch)
    view = plain_tree(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = view.header()
    header.setStretchLastSection(False)
    for column in range(model.columnCount()):
        mode = QHeaderView.ResizeMode.Interactive
        if column in stretched:
            mode = QHeaderView.ResizeMode.Stretch
        elif column in fit:
            mode = QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)
    for column, width in (widths or {}).items():
        header.resizeSection(column, width)
    return view


def wrapping_table(
    model: TableModel, parent: QWidget | None, name: str, widths: dict[int, int]
) -> QTableView:
    """A table whose long cells wrap on several lines (rows grow to fit): for lists a
    person reads through, such as an import preview. The last column takes the room left."""
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setWordWrap(True)
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for column, width in widths.items():
        header.resizeSection(column, width)
    return view
