"""Facets beside the results: click an entry to filter on it, click again to drop the filter;
a year range; one button to clear every filter. Emits the new ``SearchFilters``.

The entries keep their places while the user clicks them (``FacetsModel`` keeps the order,
this panel keeps what is expanded, the scroll position and the current entry); they are
sorted afresh only for a new query text (``query_changed``) or once every filter is cleared.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.dto import SearchFilters
from kb_app.gui.models.facets_model import FacetsModel, Path, year_span

NO_YEAR = 999
YEAR_MAX = 2100


class FacetTree(QTreeView):
    """Enter or Space on an entry toggles it, as a click does."""

    triggered = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if event.key() in keys and self.currentIndex().isValid():
            self.triggered.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class FacetsPanel(QWidget):
    filters_changed = Signal(object)  # SearchFilters

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filters = SearchFilters()
        self.model = FacetsModel(self)
        self.tree = FacetTree(self)
        self.tree.setObjectName("facetsView")
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Filtres des résultats"))
        self.tree.setRootIsDecorated(True)
        self.tree.setIndentation(12)  # a narrow sidebar: the labels keep the room
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderHidden(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.clicked.connect(self._clicked)
        self.tree.triggered.connect(self._clicked)
        self.tree.expanded.connect(lambda index: self._set_open(index, True))
        self.tree.collapsed.connect(lambda index: self._set_open(index, False))
        self._open: set[Path] = set()  # the nodes the user keeps expanded
        self._seen_groups: set[str] = set()
        self._restoring = False
        self._resort = True  # the next facets are sorted afresh (a new query)
        self._shown_concept: str | None = None
        self.year_from = self._year_box(self.tr("Depuis l'année"))
        self.year_to = self._year_box(self.tr("Jusqu'à l'année"))
        self.years_hint = QLabel(self)
        self.years_hint.setWordWrap(True)  # a narrow sidebar wraps it rather than cut it
        self.clear_button = QPushButton(self.tr("Effacer les filtres"), self)
        self.clear_button.setAccessibleName(self.tr("Effacer les filtres"))
        self.clear_button.clicked.connect(self.clear_filters)
        self._year_timer = QTimer(self, singleShot=True, interval=400)
        self._year_timer.timeout.connect(self._years_changed)
        self._layout()

    def _year_box(self, name: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(NO_YEAR, YEAR_MAX)
        box.setValue(NO_YEAR)
        box.setSpecialValueText("—")
        box.setAccessibleName(name)
        box.setToolTip(name)
        box.valueChanged.connect(lambda _v: self._year_timer.start())
        return box

    def _layout(self) -> None:
        years = QHBoxLayout()
        years.addWidget(QLabel(self.tr("Années :"), self))
        years.addWidget(self.year_from, 1)
        years.addWidget(QLabel(self.tr("à"), self))
        years.addWidget(self.year_to, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree, 1)
        layout.addLayout(years)
        layout.addWidget(self.years_hint)
        layout.addWidget(self.clear_button)

    def query_changed(self) -> None:
        """The query text changed: its facets will be sorted afresh."""
        self._resort = True

    def show_facets(
        self, facets: Mapping[str, Any], dossier_titles: Mapping[str, str] | None = None
    ) -> None:
        keep = not self._resort and self.model.rowCount() > 0
        self._resort = False
        current = self.model.path(self.tree.currentIndex())
        scroll = self.tree.verticalScrollBar().value()
        self.model.set_facets(facets, self.filters, dossier_titles, keep_order=keep)
        self._restore_view(current, scroll if keep else 0)
        span = facets.get("year") or {}
        if span.get("min") and span.get("max"):
            self.years_hint.setText(
                self.tr("Années des résultats : %1–%2")
                .replace("%1", str(span["min"]))
                .replace("%2", str(span["max"]))
            )
        else:
            self.years_hint.setText("")
        self.clear_button.setEnabled(self.filters != SearchFilters())

    def _restore_view(self, current: Path | None, scroll: int) -> None:
        """After new facets: the same nodes expanded, the same current entry and scroll; the
        groups open the first time they show; a concept ticked from elsewhere made visible."""
        self._restoring = True
        try:
            for row in range(self.model.rowCount()):
                path = self.model.path(self.model.index(row, 0))
                if path is not None and path[0] not in self._seen_groups:
                    self._seen_groups.add(path[0])
                    self._open.add(path)
            concept = self.filters.concept
            if concept and concept != self._shown_concept:
                self._open_above(self.model.find_entry("concept", concept))
            self._shown_concept = concept
            for path in list(self._open):
                index = self.model.find(path)
                if index.isValid() and not self.tree.isExpanded(index):
                    self.tree.expand(index)
            if current is not None:
                index = self.model.find(current)
                if index.isValid() and index != self.tree.currentIndex():
                    self.tree.selectionModel().setCurrentIndex(
                        index, QItemSelectionModel.SelectionFlag.NoUpdate
                    )
            self.tree.executeDelayedItemsLayout()
            self.tree.verticalScrollBar().setValue(scroll)
        finally:
            self._restoring = False

    def _open_above(self, index: QModelIndex) -> None:
        parent = index.parent()
        while parent.isValid():
            path = self.model.path(parent)
            if path is not None:
                self._open.add(path)
            parent = parent.parent()

    def _set_open(self, index: QModelIndex, expanded: bool) -> None:
        if self._restoring:
            return
        path = self.model.path(index)
        if path is not None:
            (self._open.add if expanded else self._open.discard)(path)

    def set_filters(self, filters: SearchFilters, *, emit: bool = True) -> None:
        self.filters = filters
        for box, value in ((self.year_from, filters.year_from), (self.year_to, filters.year_to)):
            box.blockSignals(True)
            box.setValue(value if value is not None else NO_YEAR)
            box.blockSignals(False)
        self.clear_button.setEnabled(filters != SearchFilters())
        if emit:
            self.filters_changed.emit(filters)

    def toggle(self, facet: str, value: str) -> None:
        """Filter on an entry, or drop that filter when it is the active one. ``value`` is a
        kind, a concept key (or label), a dossier key, a year « 2004 » or a decade
        « 2000-2009 »."""
        if facet == "year":
            span = year_span(value)
            ticked = (self.filters.year_from, self.filters.year_to) == span
            start, end = (None, None) if ticked else span
            self.set_filters(replace(self.filters, year_from=start, year_to=end))
            return
        current = getattr(self.filters, facet)
        change: dict[str, Any] = {facet: None if current == value else value}
        self.set_filters(replace(self.filters, **change))

    def clear_filters(self) -> None:
        self._resort = True
        self.set_filters(SearchFilters())

    def _clicked(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.siblingAtColumn(0))
        if entry is None:
            return
        if entry.facet == "concept" and entry.active:  # the filter may name it by its label
            self.set_filters(replace(self.filters, concept=None))
        else:
            self.toggle(entry.facet, entry.value)

    def _years_changed(self) -> None:
        start, end = self.year_from.value(), self.year_to.value()
        self.set_filters(
            replace(
                self.filters,
                year_from=None if start == NO_YEAR else start,
                year_to=None if end == NO_YEAR else end,
            )
        )

    def focus_tree(self) -> None:
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
