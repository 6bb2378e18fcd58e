"""The relational atlas in the reader area: components of the territory (rows, numbered 1–7)
crossed with the angles of governance (columns, lettered A–E), each cell the number of fiches
indexed with both.

Enter or a click on a cell lists its fiches in the results; its context menu (or the
« Voisinage » button) opens the neighbourhood graph of the cell's component or angle; a row
or column header opens the page of its concept.
"""

from __future__ import annotations

import string
from functools import partial

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.dto import Atlas, AtlasCell, AxisEntry
from kb_app.gui import labels

CELL_WIDTH = 44  # the least width of a column: the row headers get what is left
ROW_HEIGHT = 30


def column_letter(position: int) -> str:
    return string.ascii_uppercase[position - 1] if 0 < position <= 26 else str(position)


class AtlasTable(QTableWidget):
    """The matrix; Enter on a cell activates it (a click does too)."""

    cell_entered = Signal(int, int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.cell_entered.emit(self.currentRow(), self.currentColumn())
            return
        super().keyPressEvent(event)


class AtlasView(QWidget):
    cell_chosen = Signal(str, str)  # component key, angle key: list its fiches
    concept_chosen = Signal(str)  # a concept key: open its page (and neighbourhood graph)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("atlasView")
        self.atlas: Atlas | None = None
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setText(self.tr("Atlas relationnel"))
        self.intro = QLabel(
            self.tr(
                "Composantes du territoire (lignes) × angles de la gouvernance (colonnes) : "
                "chaque case compte les fiches indexées avec les deux. Entrée ou un clic "
                "liste ses fiches ; un en-tête ouvre la page du concept."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.table = AtlasTable(self)
        self.table.setObjectName("atlasTable")
        self.table.setAccessibleName(self.tr("Atlas relationnel"))
        self.table.setAccessibleDescription(
            self.tr(
                "Flèches pour aller de case en case, Entrée pour lister les fiches de la case, "
                "menu contextuel pour le voisinage des deux concepts."
            )
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the matrix, arrows move inside
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        columns, rows = self.table.horizontalHeader(), self.table.verticalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        columns.setMinimumSectionSize(CELL_WIDTH)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(ROW_HEIGHT)
        rows.setTextElideMode(Qt.TextElideMode.ElideRight)  # a long component: « Capital… »
        self.table.horizontalHeader().sectionClicked.connect(self._angle_header)
        self.table.verticalHeader().sectionClicked.connect(self._component_header)
        self.table.cellClicked.connect(self._activate)
        self.table.cell_entered.connect(self._activate)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.currentCellChanged.connect(lambda *_a: self._update_buttons())
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.PlainText)
        self.legend.setAccessibleName(self.tr("Légende des angles"))
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.list_button = QPushButton(self.tr("Lister les fiches"), self)
        self.list_button.setAccessibleName(self.tr("Lister les fiches de la case"))
        self.list_button.clicked.connect(
            lambda: self._activate(self.table.currentRow(), self.table.currentColumn())
        )
        self.neighbours_button = QToolButton(self)
        self.neighbours_button.setText(self.tr("Voisinage"))
        self.neighbours_button.setAccessibleName(self.tr("Voisinage des deux concepts de la case"))
        self.neighbours_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.neighbours_menu = QMenu(self.neighbours_button)
        self.neighbours_button.setMenu(self.neighbours_menu)
        buttons = QHBoxLayout()
        buttons.addWidget(self.list_button)
        buttons.addWidget(self.neighbours_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.legend)
        layout.addStretch(1)
        self._update_buttons()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Every column on screen (the row headers are cut first), the table no taller than
        its rows."""
        table = self.table
        frame = 2 * table.frameWidth()
        room = table.width() - frame - table.columnCount() * CELL_WIDTH
        table.verticalHeader().setMaximumWidth(max(120, room))
        height = table.horizontalHeader().sizeHint().height() + table.rowCount() * ROW_HEIGHT
        table.setFixedHeight(height + frame + 2)

    # -- showing ---------------------------------------------------------------------------

    def show_atlas(self, atlas: Atlas) -> None:
        current = (self.table.currentRow(), self.table.currentColumn())
        self.atlas = atlas
        table = self.table
        table.clear()
        table.setRowCount(len(atlas.components))
        table.setColumnCount(len(atlas.angles))
        for row, component in enumerate(atlas.components):
            name = self._name(component)
            item = QTableWidgetItem(f"{component.position}  {name}")
            item.setToolTip(f"{name} — {self.tr('Ouvrir la page du concept')}")
            table.setVerticalHeaderItem(row, item)
        for column, angle in enumerate(atlas.angles):
            item = QTableWidgetItem(column_letter(angle.position))
            item.setToolTip(f"{self._name(angle)} — {self.tr('Ouvrir la page du concept')}")
            table.setHorizontalHeaderItem(column, item)
        top = max((c.count for c in atlas.cells), default=0)
        for row, component in enumerate(atlas.components):
            for column, angle in enumerate(atlas.angles):
                cell = atlas.cell(component.key, angle.key)
                table.setItem(row, column, self._cell_item(component, angle, cell, top))
        self.legend.setText(
            "\n".join(
                f"{column_letter(a.position)}  {self._name(a)} ({a.count})" for a in atlas.angles
            )
        )
        self._say_missing(atlas)
        self._fit()
        if atlas.components and atlas.angles:
            row, column = current
            if not (0 <= row < table.rowCount() and 0 <= column < table.columnCount()):
                row, column = 0, 0
            table.setCurrentCell(row, column)
        self._update_buttons()

    def _say_missing(self, atlas: Atlas) -> None:
        missing = bool(atlas.missing_axes) or not (atlas.components and atlas.angles)
        self.empty.setVisible(missing)
        self.empty.setText(
            self.tr(
                "Le thésaurus de cette bibliothèque n'a pas les deux axes de l'atlas "
                "(collections « axe-composantes » et « axe-angles ») : l'atlas est vide."
            )
            if missing
            else ""
        )

    def _name(self, entry: AxisEntry) -> str:
        return labels.concept_label(entry.label, entry.label_en)

    def _cell_item(
        self, component: AxisEntry, angle: AxisEntry, cell: AtlasCell | None, top: int
    ) -> QTableWidgetItem:
        count = cell.count if cell is not None else 0
        item = QTableWidgetItem(str(count) if count else "·")
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        spoken = (
            self.tr("%1 × %2 : %n fiche(s)", "", count)
            .replace("%1", self._name(component))
            .replace("%2", self._name(angle))
        )
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        item.setToolTip(spoken)
        palette = self.palette()
        if count:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
            tint = QColor(palette.color(QPalette.ColorRole.Highlight))
            tint.setAlpha(40 + round(120 * count / max(top, 1)))
            item.setBackground(QBrush(tint))
        else:  # empty cells stay visible, but quiet
            item.setForeground(QBrush(palette.color(QPalette.ColorRole.PlaceholderText)))
        return item

    # -- acting ----------------------------------------------------------------------------

    def keys_at(self, row: int, column: int) -> tuple[str, str] | None:
        entries = self.entries_at(row, column)
        return None if entries is None else (entries[0].key, entries[1].key)

    def entries_at(self, row: int, column: int) -> tuple[AxisEntry, AxisEntry] | None:
        if self.atlas is None or not (
            0 <= row < len(self.atlas.components) and 0 <= column < len(self.atlas.angles)
        ):
            return None
        return self.atlas.components[row], self.atlas.angles[column]

    def cell_caption(self, component_key: str, angle_key: str) -> str:
        """« Atlas : <composante> × <angle> », in the window's language."""
        names = {e.key: self._name(e) for e in self.atlas_entries()}
        return (
            self.tr("Atlas : %1 × %2")
            .replace("%1", names.get(component_key, component_key))
            .replace("%2", names.get(angle_key, angle_key))
        )

    def atlas_entries(self) -> tuple[AxisEntry, ...]:
        return (*self.atlas.components, *self.atlas.angles) if self.atlas else ()

    def _activate(self, row: int, column: int) -> None:
        keys = self.keys_at(row, column)
        if keys is not None:
            self.cell_chosen.emit(*keys)

    def _component_header(self, row: int) -> None:
        if self.atlas is not None and 0 <= row < len(self.atlas.components):
            self.concept_chosen.emit(self.atlas.components[row].key)

    def _angle_header(self, column: int) -> None:
        if self.atlas is not None and 0 <= column < len(self.atlas.angles):
            self.concept_chosen.emit(self.atlas.angles[column].key)

    def _fill_menu(self, menu: QMenu, row: int, column: int, *, with_list: bool) -> None:
        entries = self.entries_at(row, column)
        if entries is None:
            return
        if with_list:
            menu.addAction(self.tr("Lister les fiches"), lambda: self._activate(row, column))
            menu.addSeparator()
        for entry in entries:
            text = self.tr("Voisinage de « %1 »").replace("%1", self._name(entry))
            menu.addAction(text, partial(self.concept_chosen.emit, entry.key))

    def _context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Actions de la case"))
        self._fill_menu(menu, index.row(), index.column(), with_list=True)
        menu.popup(self.table.viewport().mapToGlobal(point))
        self.cell_menu = menu  # kept for the tests

    def _update_buttons(self) -> None:
        row, column = self.table.currentRow(), self.table.currentColumn()
        has_cell = self.keys_at(row, column) is not None
        self.list_button.setEnabled(has_cell)
        self.neighbours_button.setEnabled(has_cell)
        self.neighbours_menu.clear()
        if has_cell:
            self._fill_menu(self.neighbours_menu, row, column, with_list=False)
