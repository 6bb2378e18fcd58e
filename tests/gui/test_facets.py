"""Facets that stay still: a click never moves the entry under the cursor; concepts as a tree
whose counts include narrower concepts; a year facet with counts.

Clicks are real mouse clicks at the entry's place in the view (``visualRect``).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from pytestqt.qtbot import QtBot

from kb_app.core.dto import SearchFilters
from kb_app.core.library import Library
from kb_app.gui.main_window import MainWindow
from kb_app.gui.models.facets_model import FacetEntry
from kb_app.gui.models.roles import KEY_ROLE
from tests.gui.conftest import TIMEOUT, type_text, wait_idle

pytestmark = pytest.mark.gui


def click_at(qtbot: QtBot, window: MainWindow, point: QPoint) -> None:
    """A left click on the facets view at ``point``, then the whole answer on screen."""
    tree = window.facets.tree
    with qtbot.waitSignal(window.search.searched, timeout=TIMEOUT):
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
    wait_idle(qtbot, window)


def entry_at(window: MainWindow, point: QPoint) -> FacetEntry | None:
    panel = window.facets
    return panel.model.entry(panel.tree.indexAt(point).siblingAtColumn(0))


def place_of(window: MainWindow, facet: str, value: str) -> QPoint:
    """The middle of that entry's label in the view, scrolled into sight."""
    panel = window.facets
    index = panel.model.find_entry(facet, value)
    assert index.isValid(), (facet, value)
    parent = index.parent()
    while parent.isValid():
        panel.tree.expand(parent)
        parent = parent.parent()
    panel.tree.scrollTo(index)
    rect = panel.tree.visualRect(index)
    assert panel.tree.viewport().rect().contains(rect.center())
    return rect.center()


def result_keys(window: MainWindow) -> list[str]:
    model = window.results
    return [str(model.index(r).data(KEY_ROLE)) for r in range(model.rowCount())]


def test_ticking_a_kind_keeps_it_under_the_cursor_and_a_second_click_unticks_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.facets
    kinds = [e.value for e in panel.model.entries("kind")]
    assert kinds.index("case") > 0  # fewer cases than references: not first by count
    point = place_of(window, "kind", "case")
    click_at(qtbot, window, point)
    assert panel.filters == SearchFilters(kind="case")
    under = entry_at(window, point)
    assert under is not None
    assert (under.facet, under.value, under.active) == ("kind", "case", True)
    assert [e.value for e in panel.model.entries("kind")] == kinds  # nothing moved
    others = [e for e in panel.model.entries("kind") if e.value != "case"]
    assert others
    assert all(e.count == 0 for e in others)  # still there, with no match
    click_at(qtbot, window, point)
    assert panel.filters == SearchFilters()
    under = entry_at(window, point)
    assert under is not None
    assert (under.value, under.active) == ("case", False)
    assert [e.value for e in panel.model.entries("kind")] == kinds


def test_ticking_a_nested_concept_in_a_scrolled_view_moves_nothing(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    panel = window.facets
    point = place_of(window, "concept", "panel-de-citoyens")
    scroll = panel.tree.verticalScrollBar().value()
    before = [(e.facet, e.value) for e in panel.model.all_entries("concept")]
    click_at(qtbot, window, point)
    assert panel.filters == SearchFilters(concept="panel-de-citoyens")
    under = entry_at(window, point)
    assert under is not None
    assert (under.facet, under.value, under.active) == ("concept", "panel-de-citoyens", True)
    assert panel.tree.verticalScrollBar().value() == scroll
    assert [(e.facet, e.value) for e in panel.model.all_entries("concept")] == before
    expected = library.search_ids("", SearchFilters(concept="panel-de-citoyens"))
    assert set(result_keys(window)) == set(expected.keys)
    assert under.count == expected.total
    # a second click at the same point unticks the same concept
    click_at(qtbot, window, point)
    assert panel.filters == SearchFilters()
    under = entry_at(window, point)
    assert under is not None
    assert (under.value, under.active) == ("panel-de-citoyens", False)
    assert window.results.rowCount() == library.stats().total_fiches


def test_keyboard_toggles_keep_the_current_entry(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.facets
    index = panel.model.find_entry("kind", "case")
    panel.tree.setFocus()
    panel.tree.setCurrentIndex(index)
    with qtbot.waitSignal(window.search.searched, timeout=TIMEOUT):
        qtbot.keyClick(panel.tree, Qt.Key.Key_Space)
    wait_idle(qtbot, window)
    assert panel.filters.kind == "case"
    current = panel.model.entry(panel.tree.currentIndex())
    assert current is not None
    assert current.value == "case"
    with qtbot.waitSignal(window.search.searched, timeout=TIMEOUT):
        qtbot.keyClick(panel.tree, Qt.Key.Key_Space)
    wait_idle(qtbot, window)
    assert panel.filters.kind is None


def test_a_new_query_sorts_the_facets_afresh(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.facets
    click_at(qtbot, window, place_of(window, "kind", "case"))
    assert any(e.count == 0 for e in panel.model.entries("kind"))
    window.search_bar.setFocus()
    with qtbot.waitSignal(window.search.searched, timeout=TIMEOUT):
        type_text(window.search_bar, "gouvernance")
    wait_idle(qtbot, window)
    kinds = panel.model.entries("kind")
    assert [e.value for e in kinds] == ["case"]  # only the matches' kinds, no empty entry
    concepts = panel.model.entries("concept")
    counts = [e.count for e in concepts]
    assert counts == sorted(counts, reverse=True)
    assert all(e.count > 0 for e in panel.model.all_entries("concept"))


def test_concept_counts_include_narrower_concepts(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    panel = window.facets
    assert panel.model.group_titles()[1] == "Concepts (plus précis inclus)"
    thesaurus = {r.key: r for r in library.concept_tree()}
    governance = panel.model.find_entry("concept", "gouvernance")
    entry = panel.model.entry(governance)
    assert entry is not None
    assert entry.count == thesaurus["gouvernance"].count_total
    assert entry.direct == thesaurus["gouvernance"].count_direct < entry.count
    children = {c.value for c in entry.children}
    assert "gouvernance-territoriale" in children
    assert not panel.tree.isExpanded(governance)  # narrower concepts behind the arrow
    tip = governance.data(Qt.ItemDataRole.ToolTipRole)
    assert f"dont {entry.direct} indexée(s) avec ce concept même" in tip
    for shown in panel.model.all_entries("concept"):
        assert shown.count == thesaurus[shown.value].count_total, shown.value
    click_at(qtbot, window, place_of(window, "concept", "gouvernance"))
    assert window.results.rowCount() == entry.count
    narrower = library.search_ids("", SearchFilters(concept="gouvernance-territoriale"))
    assert set(narrower.keys) <= set(result_keys(window))


def test_year_facet_filters_by_decade_then_by_year(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    panel = window.facets
    decades = panel.model.entries("year")
    # the project's own texts are dated when written (2026); the course's items before
    assert [d.value for d in decades][:3] == ["2020-2029", "2010-2019", "2000-2009"]
    decade = next(d for d in decades if d.value == "2000-2009")
    assert decade.label == "2000–2009"
    assert decade.count == sum(c.count for c in decade.children)
    click_at(qtbot, window, place_of(window, "year", "2000-2009"))
    assert (panel.filters.year_from, panel.filters.year_to) == (2000, 2009)
    assert (panel.year_from.value(), panel.year_to.value()) == (2000, 2009)
    assert window.results.rowCount() == decade.count
    years = [r.year for r in library.rows(result_keys(window))]
    assert all(y is not None and 2000 <= y <= 2009 for y in years)
    point = place_of(window, "year", "2007")
    click_at(qtbot, window, point)
    assert (panel.filters.year_from, panel.filters.year_to) == (2007, 2007)
    expected = library.search_ids("", SearchFilters(year_from=2007, year_to=2007))
    assert window.results.rowCount() == expected.total == 2  # IRG's note, Valin's book
    under = entry_at(window, point)
    assert under is not None
    assert (under.value, under.active) == ("2007", True)
    click_at(qtbot, window, point)
    assert (panel.filters.year_from, panel.filters.year_to) == (None, None)


def test_a_concept_shown_from_elsewhere_is_ticked_and_made_visible(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.search.show_concept("budget-participatif")
    wait_idle(qtbot, window)
    panel = window.facets
    index = panel.model.find_entry("concept", "budget-participatif")
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    parent: QModelIndex = index.parent()
    while parent.isValid():
        assert panel.tree.isExpanded(parent)
        parent = parent.parent()
