"""Search as you type: query + facet filters -> ``search_ids`` on the worker -> results model.

Every keystroke starts a new generation; a search whose generation is no longer the latest
is skipped on the worker before it starts, and its answer is dropped if it finishes late,
so a fast typist never waits behind stale queries. The first batch of rows travels with
the ids, so one round trip puts a screenful on the screen.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from kb_app.core.dto import FicheRow, IdSearch, SearchFilters
from kb_app.gui import settings
from kb_app.gui.errors import error_sentence
from kb_app.gui.models.results_model import BATCH, ResultsModel
from kb_app.gui.models.row_loader import kind_order
from kb_app.gui.ops import LibraryHost
from kb_app.gui.widgets.facets_panel import FacetsPanel
from kb_app.gui.widgets.search_bar import SearchBar

#: Rows asked for on each keystroke: a screenful and more. A smaller top-k is markedly
#: cheaper for the engine on a large library (measured at 100k: 20 rows ≈ 50 ms, 100 ≈ 150
#: ms); the full list follows once typing pauses.
FIRST_PAGE = 30

if TYPE_CHECKING:
    from kb_app.core.library import Library

DEBOUNCE_MS = 15
FULL_DELAY_MS = 250  # the complete answer waits for a pause in typing
PARTIAL_RETRY_MS = 2000
_SYNTAX = re.compile(r'[:"*]|\b(AND|OR|NOT|ET|OU)\b')


class SearchController(QObject):
    page_shown = Signal(object)  # the first page of a search is on screen (keystroke path)
    searched = Signal(object)  # the complete IdSearch (every key, facets) is shown
    summary_changed = Signal(str)

    def __init__(
        self,
        host: LibraryHost,
        bar: SearchBar,
        facets: FacetsPanel,
        model: ResultsModel,
        status: Callable[[str], None],
    ) -> None:
        super().__init__(bar)
        self._host = host
        self._bar = bar
        self._facets = facets
        self._model = model
        self._status = status
        self._generation = 0
        self.dossier_titles: dict[str, str] = {}
        self._shown: IdSearch | None = None
        self.rebuilding = False  # the index is being built: answers are really partial
        self._pending: tuple[int, str, SearchFilters] | None = None
        self._timer = self._single_shot(DEBOUNCE_MS, lambda: self._search(FULL_DELAY_MS))
        self._full = self._single_shot(FULL_DELAY_MS, self._search_all)
        self._retry = self._single_shot(PARTIAL_RETRY_MS, self.run_now)
        bar.textChanged.connect(lambda _t: self._timer.start())
        bar.returnPressed.connect(self.submit)
        facets.filters_changed.connect(lambda _f: self.run_now())
        bar.set_history(settings.query_history())

    def _single_shot(self, interval: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self, singleShot=True, interval=interval)
        timer.timeout.connect(slot)
        return timer

    @property
    def generation(self) -> int:
        return self._generation

    def submit(self) -> None:
        """Enter in the search bar: remember the query, search at once."""
        self._bar.set_history(settings.remember_query(self._bar.text()))
        self.run_now()

    def show_concept(self, concept_key: str) -> None:
        """« Show these fiches »: empty query, filtered on a concept."""
        self._bar.blockSignals(True)
        self._bar.clear()
        self._bar.blockSignals(False)
        self._facets.set_filters(SearchFilters(concept=concept_key))

    def run_now(self) -> None:
        """Search now, the complete answer right after the first page (Enter, facet click)."""
        self._search(0)

    def refresh(self) -> None:
        self.run_now()

    # -- the two steps ---------------------------------------------------------------------

    def _search(self, full_delay: int) -> None:
        """Step 1: the best page (``search_page``) and its rows, in one trip to the worker.

        Sorted by a column, the first page is not the best page: the whole answer is asked
        for, sorted, and shown at once with its first rows (no relevance order in between).
        """
        for timer in (self._timer, self._full, self._retry):
            timer.stop()
        self._generation += 1
        generation = self._generation
        query, filters = self._bar.text(), self._facets.filters
        if self._model.sort_state() is not None:
            self._search_sorted(generation, query, filters)
            return

        def task(lib: Library) -> tuple[IdSearch, list[FicheRow], bool] | None:
            if generation != self._generation:
                return None  # a newer keystroke is queued behind: skip this one
            found = lib.search_page(query, filters, FIRST_PAGE)
            return found, lib.rows(found.keys[:BATCH]), index_rebuilding(lib, found)

        def done(result: tuple[IdSearch, list[FicheRow], bool] | None) -> None:
            if result is None or generation != self._generation:
                return
            found, rows, self.rebuilding = result
            self._model.set_result(found, found.suggestion or query, rows)
            self.summary_changed.emit(self.summary(found, query, filters))
            self.page_shown.emit(found)
            self._pending = (generation, query, filters)
            self._full.start(full_delay)

        self._host.run(task, done, lambda exc: self._failed(generation, exc))

    def _search_sorted(self, generation: int, query: str, filters: SearchFilters) -> None:
        sort = self._model.sort_state()
        assert sort is not None
        column, descending = sort
        kinds = kind_order()

        def task(lib: Library) -> tuple[IdSearch, tuple[str, ...], list[FicheRow]] | None:
            if generation != self._generation:
                return None
            found = lib.search_ids(query, filters)
            order = lib.sort_keys(found.keys, column, descending, kinds)
            return found, order, lib.rows(order[:BATCH])

        def done(result: tuple[IdSearch, tuple[str, ...], list[FicheRow]] | None) -> None:
            if result is None or generation != self._generation:
                return
            found, order, rows = result
            searched = found.suggestion or query  # snippets of a corrected query: its words
            if self._model.sort_state() == sort:
                self._model.set_result(found, searched, rows, order)
            else:  # the order was changed meanwhile: the model sorts again
                self._model.set_result(found, searched)
            self.page_shown.emit(found)
            self._pending = None
            self._show_all(query, filters, found)

        self._host.run(task, done, lambda exc: self._failed(generation, exc))

    def _search_all(self) -> None:
        """Step 2, once typing pauses: every key, the exact total and the facets."""
        if self._pending is None:
            return
        generation, query, filters = self._pending

        def task(lib: Library) -> tuple[IdSearch, bool] | None:
            if generation != self._generation:
                return None
            found = lib.search_ids(query, filters)
            return found, index_rebuilding(lib, found)

        def done(result: tuple[IdSearch, bool] | None) -> None:
            if result is not None and generation == self._generation:
                found, self.rebuilding = result
                self._model.extend(found)
                self._show_all(query, filters, found)

        self._host.run(task, done, lambda exc: self._failed(generation, exc))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._status(error_sentence(exc))

    def set_dossier_titles(self, titles: dict[str, str]) -> None:
        """Names for the dossier facet (it gives keys); the facets shown are relabelled."""
        self.dossier_titles = titles
        if self._shown is not None:
            self._facets.show_facets(self._shown.facets, titles)

    def _show_all(self, query: str, filters: SearchFilters, found: IdSearch) -> None:
        self._shown = found
        if found.partial:  # the index is behind: ask again until the answer is whole
            self._retry.start()
        self._facets.show_facets(found.facets, self.dossier_titles)
        self.summary_changed.emit(self.summary(found, query, filters))
        self.searched.emit(found)

    def summary(self, found: IdSearch, query: str, filters: SearchFilters) -> str:
        count = self.tr("%n résultat(s)", "", found.total)
        text = count if found.total_exact else self.tr("environ %1").replace("%1", count)
        if found.suggestion is not None:  # nothing for the query: these are its correction's
            said = (query.strip(), found.suggestion.strip())
            template = self.tr("Aucun résultat pour « %1 » — résultats pour « %2 »")
            text = re.sub(r"%([12])", lambda m: said[int(m[1]) - 1], template) + " · " + text
        text += " · " + self.tr("%1 ms").replace("%1", f"{found.took_ms:.0f}")
        if filters != SearchFilters():
            text += " · " + self.tr("filtrés")
        if found.partial and self.rebuilding:
            text += " · " + self.tr("index en reconstruction : résultats partiels")
        elif found.fallback and _SYNTAX.search(query):
            text += " · " + self.tr("recherche simple (syntaxe non prise en compte)")
        return text

    def state(self) -> dict[str, Any]:
        return {"query": self._bar.text(), "filters": self._facets.filters}


def index_rebuilding(lib: Library, found: IdSearch) -> bool:
    """Whether ``found`` is partial because the index is being built (plain SQL answers).

    The core says ``partial`` as well while a few saved changes wait for the indexer
    thread (the window indexes after each save, in the background): that answer is whole
    but for them and they are indexed within the second, so nothing is said and the search
    is asked again quietly (``PARTIAL_RETRY_MS``)."""
    return found.partial and lib.index_state()[0] != "ready"
