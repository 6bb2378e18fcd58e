"""The results table: columns chosen by the reader, sorted by a header click, many selected.

Two densities: « compacte » (one line a result, the columns chosen, the header shown) and
« détaillée » (one column of cards: title, kind · year · authors, extract, why it matched).
Uniform row heights keep 100,000 rows cheap; extracts are asked for only for the rows on
screen, once scrolling settles. The columns shown and the density are kept in QSettings.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QActionGroup,
    QFocusEvent,
    QFontMetrics,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from kb_app.gui import settings
from kb_app.gui.models.results_model import COLUMNS, SORTABLE, ResultsModel
from kb_app.gui.models.roles import KEY_ROLE
from kb_app.gui.widgets.result_card import ResultDelegate

AnyIndex = QModelIndex | QPersistentModelIndex
SNIPPET_DELAY_MS = 60
DENSITIES = ("compact", "detailed")
DEFAULT_DENSITY = "compact"
#: The title takes what the others leave: few, narrow columns by default (the kind is in the
#: facets and the detailed density; the chooser adds it back).
DEFAULT_COLUMNS = ("title", "authors", "year")
DEFAULT_WIDTHS = {"authors": 130, "year": 48, "kind": 90, "added": 90, "concepts": 180, "why": 220}


class ResultsView(QTableView):
    """A table view: its fixed-height rows cost nothing per row on a reset (a QListView
    lays out every row: 0.3 s for 100,000 results)."""

    fiche_chosen = Signal(str)  # current result changed (arrow keys, click)
    fiche_activated = Signal(str)  # Enter or double click: open and read
    selection_changed_keys = Signal(list)  # the keys selected, in row order
    density_changed = Signal(str)

    def __init__(self, model: ResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsView")
        self.setModel(model)
        self._results = model
        self._card = ResultDelegate(self)
        self._plain = QStyledItemDelegate(self)
        self.setItemDelegate(self._plain)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._build_header()
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setAccessibleName(self.tr("Résultats de la recherche"))
        self.setAlternatingRowColors(True)
        self._focusing = False
        self._kept: tuple[str | None, list[str]] = (None, [])
        self._shown = set(settings_columns())
        self._density = ""
        self._snippet_timer = QTimer(self, singleShot=True, interval=SNIPPET_DELAY_MS)
        self._snippet_timer.timeout.connect(self.request_visible_snippets)
        self._selection_timer = QTimer(self, singleShot=True, interval=0)
        self._selection_timer.timeout.connect(
            lambda: self.selection_changed_keys.emit(self.selected_keys())
        )
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._snippet_timer.start())
        model.modelReset.connect(self._snippet_timer.start)
        model.rows_loaded.connect(lambda _a, _b: self._snippet_timer.start())
        model.modelAboutToBeReset.connect(self._keep_choice)
        model.modelReset.connect(self._restore_choice)
        model.layoutAboutToBeChanged.connect(lambda *_a: self._quiet(True))
        model.layoutChanged.connect(lambda *_a: self._after_reorder())
        model.sort_changed.connect(self._show_sort)
        selection = self.selectionModel()
        selection.currentChanged.connect(self._current_changed)
        selection.selectionChanged.connect(lambda _s, _d: self._selection_timer.start())
        self.activated.connect(self._activated)
        self.set_density(settings_density())

    def _build_header(self) -> None:
        header = self.horizontalHeader()
        header.setObjectName("resultsHeader")
        header.setAccessibleName(self.tr("Colonnes des résultats"))
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicatorClearable(True)  # a third click: back to relevance
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        header.setSectionsMovable(False)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(36)
        for n, name in enumerate(COLUMNS):
            if name == "title":
                header.setSectionResizeMode(n, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(n, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(n, DEFAULT_WIDTHS[name])
        header.sortIndicatorChanged.connect(self._header_sorted)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self.column_menu().exec(header.mapToGlobal(pos))
        )

    # -- density and columns ---------------------------------------------------------------

    @property
    def density(self) -> str:
        return self._density

    def set_density(self, name: str) -> None:
        """« compact » (a line a result, columns) or « detailed » (cards); kept for next time."""
        if name not in DENSITIES:
            raise ValueError(f"density must be one of {DENSITIES}")
        if name == self._density:
            return
        self._density = name
        detailed = name == "detailed"
        self.setItemDelegateForColumn(0, self._card if detailed else self._plain)
        metrics = QFontMetrics(self.font())
        height = self._card.row_height(self.font()) if detailed else metrics.height() + 8
        self.verticalHeader().setDefaultSectionSize(height)
        self.horizontalHeader().setVisible(not detailed)
        self.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if detailed
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self._apply_columns()
        settings.store().setValue("results/density", name)
        self._snippet_timer.start()
        self.density_changed.emit(name)

    def toggle_density(self) -> None:
        self.set_density("detailed" if self._density == "compact" else "compact")

    def shown_columns(self) -> list[str]:
        """The columns of the compact density, in order (the title always among them)."""
        return [c for c in COLUMNS if c in self._shown]

    def set_column_shown(self, name: str, shown: bool) -> None:
        if name == "title" or name not in COLUMNS:
            return
        if shown:
            self._shown.add(name)
        else:
            self._shown.discard(name)
        settings.store().setValue("results/columns", self.shown_columns())
        self._apply_columns()

    def _apply_columns(self) -> None:
        detailed = self._density == "detailed"
        for n, name in enumerate(COLUMNS):
            self.setColumnHidden(n, name != "title" and (detailed or name not in self._shown))

    def column_menu(self) -> QMenu:
        """The header's menu: the columns shown, the sort order, the density."""
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Colonnes et tri des résultats"))
        model = self._results
        for name in COLUMNS:
            action = menu.addAction(model.column_label(name))
            action.setCheckable(True)
            action.setChecked(name in self._shown or name == "title")
            action.setEnabled(name != "title")
            action.setObjectName(f"column_{name}")
            action.toggled.connect(lambda on, n=name: self.set_column_shown(n, on))
        menu.addSeparator()
        sort_menu = menu.addMenu(self.tr("Trier par"))
        sort_menu.setObjectName("sortMenu")
        group = QActionGroup(sort_menu)
        state = model.sort_state()
        names: tuple[str | None, ...] = (None, *SORTABLE)
        for choice in names:
            text = self.tr("Pertinence") if choice is None else model.column_label(choice)
            action = sort_menu.addAction(text)
            action.setCheckable(True)
            action.setChecked((state[0] if state else None) == choice)
            action.setObjectName(f"sort_{choice or 'relevance'}")
            group.addAction(action)
            descending = choice in ("added", "concepts")
            action.triggered.connect(lambda _c=False, n=choice, d=descending: self.sort_by(n, d))
        sort_menu.addSeparator()
        reverse = sort_menu.addAction(self.tr("Ordre décroissant"))
        reverse.setObjectName("sort_descending")
        reverse.setCheckable(True)
        reverse.setEnabled(state is not None)
        reverse.setChecked(bool(state and state[1]))
        if state is not None:
            column = state[0]
            reverse.toggled.connect(lambda on: self.sort_by(column, on))
        menu.addSeparator()
        dense = menu.addAction(self.tr("Affichage détaillé"))
        dense.setObjectName("density_detailed")
        dense.setCheckable(True)
        dense.setChecked(self._density == "detailed")
        dense.toggled.connect(lambda on: self.set_density("detailed" if on else "compact"))
        return menu

    def show_column_menu(self) -> None:
        """The header's menu under the list's top-left corner (the keyboard way to it)."""
        self.column_menu().exec(self.mapToGlobal(QPoint(0, 0)))

    # -- sorting ---------------------------------------------------------------------------

    def sort_by(self, column: str | None, descending: bool = False) -> None:
        """Sort by ``column`` (None: relevance); the header shows it."""
        self._results.sort_by(column, descending)

    def _header_sorted(self, section: int, order: Qt.SortOrder) -> None:
        name = COLUMNS[section] if 0 <= section < len(COLUMNS) else None
        if name is not None and name not in SORTABLE:
            self._show_sort()  # not sortable: the indicator goes back where it was
            return
        self._results.sort_by(name, order == Qt.SortOrder.DescendingOrder)

    def _show_sort(self) -> None:
        state = self._results.sort_state()
        header = self.horizontalHeader()
        header.blockSignals(True)
        try:
            if state is None:
                header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            else:
                order = Qt.SortOrder.DescendingOrder if state[1] else Qt.SortOrder.AscendingOrder
                header.setSortIndicator(COLUMNS.index(state[0]), order)
        finally:
            header.blockSignals(False)
        header.viewport().update()

    # -- selection -------------------------------------------------------------------------

    def selected_keys(self, *, current_if_none: bool = True) -> list[str]:
        """The keys of the selected rows in row order; the current row's when none is
        (unless ``current_if_none`` is false: a change to the selection touches only what is
        selected, never a row the librarian has just unselected)."""
        rows: set[int] = set()
        selection = self.selectionModel().selection()
        for n in range(selection.size()):
            part = selection.at(n)
            rows.update(range(part.top(), part.bottom() + 1))
        if not rows and current_if_none:
            current = self.currentIndex()
            if current.isValid():
                rows = {current.row()}
        model = self._results
        return [k for k in (model.key_at(r) for r in sorted(rows)) if k is not None]

    def _keep_choice(self) -> None:
        if self._results.keep_selection:
            current = self.currentIndex()
            key = self._results.key_at(current.row()) if current.isValid() else None
            self._kept = (key, self.selected_keys())

    def _restore_choice(self) -> None:
        if not self._results.keep_selection:
            return
        current, chosen = self._kept
        self._kept = (None, [])
        self._quiet(True)
        try:
            model, selection = self._results, self.selectionModel()
            flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
            for key in chosen:
                row = model.row_of(key)
                if row is not None:
                    selection.select(model.index(row), flags)
            row = model.row_of(current) if current else None
            if row is not None:
                selection.setCurrentIndex(model.index(row), selection.SelectionFlag.NoUpdate)
        finally:
            self._quiet(False)

    def _quiet(self, on: bool) -> None:
        self._focusing = on

    def _after_reorder(self) -> None:
        self._quiet(False)
        current = self.currentIndex()
        if current.isValid():
            self.scrollTo(current)
        self._snippet_timer.start()

    # -- rows on screen --------------------------------------------------------------------

    def visible_rows(self) -> tuple[int, int]:
        count = self._results.rowCount()
        if count == 0:
            return 0, -1
        top = self.indexAt(QPoint(4, 2))
        bottom = self.indexAt(QPoint(4, self.viewport().height() - 2))
        first = top.row() if top.isValid() else 0
        last = bottom.row() if bottom.isValid() else count - 1
        return first, last

    def request_visible_snippets(self) -> None:
        first, last = self.visible_rows()
        if last >= first:
            self._results.request_snippets(first, last)

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Qt makes the first row current when the list gains focus: that is not a choice.
        self._focusing = True
        try:
            super().focusInEvent(event)
        finally:
            self._focusing = False

    def show_key(self, key: str | None) -> None:
        """Make the row of ``key`` current (or none) without choosing it again; a
        selection of several rows that holds it is kept."""
        row = self._results.row_of(key) if key else None
        self._focusing = True
        try:
            if row is None:
                self.selectionModel().clearCurrentIndex()
                self.clearSelection()
            elif self.currentIndex().row() != row:
                index = self._results.index(row)
                if self.selectionModel().isSelected(index) and len(self.selected_keys()) > 1:
                    self.selectionModel().setCurrentIndex(
                        index, self.selectionModel().SelectionFlag.NoUpdate
                    )
                else:
                    self.setCurrentIndex(index)
                self.scrollTo(index)
        finally:
            self._focusing = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._focusing:
            return
        key = current.data(KEY_ROLE) if current.isValid() else None
        if key:
            self.fiche_chosen.emit(str(key))

    def _activated(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        if key:
            self.fiche_activated.emit(str(key))


def settings_columns() -> list[str]:
    """The compact density's columns as last chosen (the defaults the first time)."""
    value = settings.store().value("results/columns")
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return list(DEFAULT_COLUMNS)
    return ["title", *[str(v) for v in value if str(v) in COLUMNS and v != "title"]]


def settings_density() -> str:
    value = settings.store().value("results/density", DEFAULT_DENSITY)
    return value if value in DENSITIES else DEFAULT_DENSITY
