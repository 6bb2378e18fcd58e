"""Search as you type, facets that filter, query history, keyboard focus."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kb_app.core.dto import IdSearch, SearchFilters
from kb_app.core.library import Library
from kb_app.gui import settings
from kb_app.gui.main_window import MainWindow
from kb_app.gui.models.roles import KIND_ROLE
from tests.gui.conftest import TIMEOUT, type_text, wait_idle

pytestmark = pytest.mark.gui


def kinds_shown(win: MainWindow) -> set[str]:
    model = win.results
    return {str(model.index(r).data(KIND_ROLE)) for r in range(model.rowCount())}


def test_the_window_opens_on_every_fiche(window: MainWindow, library: Library) -> None:
    assert window.results.rowCount() == library.stats().total_fiches
    assert window.thesaurus_panel.model.concept_count() == library.stats().concepts
    assert "résultat" in window.results_label.text()


def test_typing_an_accented_query_updates_the_results(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    window.search_bar.setFocus()
    with qtbot.waitSignal(window.search.searched, timeout=TIMEOUT):
        type_text(window.search_bar, "démocratie participative")
    wait_idle(qtbot, window)
    assert window.search_bar.text() == "démocratie participative"
    expected = library.search_ids("démocratie participative")
    assert window.results.query == "démocratie participative"
    assert window.results.ranked_keys() == expected.keys
    assert 0 < window.results.rowCount() < library.stats().total_fiches
    assert window.results.index(0).data() == library.get(expected.keys[0]).title


def test_unaccented_query_finds_the_same_fiches(qtbot: QtBot, window: MainWindow) -> None:
    type_text(window.search_bar, "coopération")
    wait_idle(qtbot, window)
    accented = window.results.ranked_keys()
    window.search_bar.clear()
    type_text(window.search_bar, "cooperation")
    wait_idle(qtbot, window)
    assert accented
    assert window.results.ranked_keys() == accented


def test_clicking_a_facet_filters_and_clicking_again_clears(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert len(kinds_shown(window)) > 1
    panel = window.facets
    group = panel.model.index(0, 0)
    row = next(
        r
        for r in range(panel.model.rowCount(group))
        if panel.model.entries("kind")[r].value == "case"
    )
    entry = panel.model.index(row, 0, group)
    rect = panel.tree.visualRect(entry)
    with qtbot.waitSignal(window.search.searched, timeout=TIMEOUT):
        qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_idle(qtbot, window)
    assert panel.filters == SearchFilters(kind="case")
    assert kinds_shown(window) == {"case"}
    assert window.results.rowCount() == 9
    panel.toggle("kind", "case")
    wait_idle(qtbot, window)
    assert len(kinds_shown(window)) > 1


def test_concept_and_year_filters(qtbot: QtBot, window: MainWindow, library: Library) -> None:
    window.facets.set_filters(SearchFilters(concept="démocratie participative", year_from=2000))
    wait_idle(qtbot, window)
    expected = library.search_ids(
        "", SearchFilters(concept="démocratie participative", year_from=2000)
    )
    assert window.results.ranked_keys() == expected.keys
    assert window.facets.year_from.value() == 2000
    assert "filtrés" in window.results_label.text()


def test_enter_remembers_the_query(qtbot: QtBot, window: MainWindow) -> None:
    type_text(window.search_bar, "bien commun")
    qtbot.keyClick(window.search_bar, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert settings.query_history()[0] == "bien commun"
    assert window.search_bar.history()[0] == "bien commun"


def test_keyboard_focus(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.results_view.setFocus()
    window.commands["search"].trigger()
    assert QApplication.focusWidget() is window.search_bar
    qtbot.keyClick(window.search_bar, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.results_view
    assert window.results_view.currentIndex().row() == 0
    assert {s.toString() for s in window.commands["search"].shortcuts()} == {"Ctrl+K", "Ctrl+F"}


def test_controls_have_accessible_names(window: MainWindow) -> None:
    for widget in (
        window.search_bar,
        window.results_view,
        window.reader,
        window.facets.tree,
        window.thesaurus_panel.view,
        window.basket.view,
        window.history.view,
        window.concept_page.graph,
    ):
        assert widget.accessibleName(), widget


class IndexBeingBuilt:
    """The seeded library, except that its first answer is partial (index still building)."""

    def __init__(self, library: Library) -> None:
        self._library = library
        self.calls = 0

    def __getattr__(self, name: str) -> object:
        return getattr(self._library, name)

    def search_ids(self, query: str, filters: SearchFilters | None = None) -> IdSearch:
        self.calls += 1
        found = self._library.search_ids(query, filters)
        return dataclasses.replace(found, partial=self.calls == 1)

    def index_state(self) -> tuple[str, str]:
        """Being built until the second answer (the window says « partial » only then)."""
        return ("missing", "building") if self.calls == 1 else self._library.index_state()


def test_partial_results_are_asked_again(qtbot: QtBot, library: Library) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    stub = IndexBeingBuilt(library)
    with qtbot.waitSignal(win.search.searched, timeout=TIMEOUT):  # the complete answer
        win.attach_library(stub)
    assert "index en reconstruction" in win.results_label.text()
    qtbot.waitUntil(lambda: stub.calls >= 2, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "reconstruction" not in win.results_label.text(), timeout=TIMEOUT)
    total = library.stats().total_fiches  # more than the first page: the full answer follows
    qtbot.waitUntil(lambda: win.results.rowCount() == total, timeout=TIMEOUT)
    win.close()


def test_a_typo_shows_the_corrected_results_and_says_so(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    with qtbot.waitSignal(window.search.searched, timeout=TIMEOUT):
        type_text(window.search_bar, "budjet participatif")
    wait_idle(qtbot, window)
    label = window.results_label.text()
    assert (
        "Aucun résultat pour « budjet participatif » — résultats pour « budget participatif »"
        in label
    )
    expected = library.search_ids("budget participatif")
    assert window.results.ranked_keys() == expected.keys
    assert window.results.query == "budget participatif"  # snippets follow the corrected words
    assert window.search_bar.text() == "budjet participatif"  # what was typed stays
