"""The results as a table: columns, sorting in the core, many selected, densities, why."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kb_app.core.dto import FicheRow, IdSearch, Snippet
from kb_app.core.library import Library
from kb_app.gui import labels
from kb_app.gui.main_window import MainWindow
from kb_app.gui.models.results_model import BATCH, COLUMNS, KEYS_MIME, ResultsModel
from kb_app.gui.models.roles import WHY_ROLE
from kb_app.gui.widgets.results_view import ResultDelegate, ResultsView
from tests.core.test_attachments import PDF_WORDS, minimal_pdf
from tests.gui.conftest import PORTO, TIMEOUT, type_text, wait_idle

pytestmark = pytest.mark.gui


def column(name: str) -> int:
    return COLUMNS.index(name)


def years_shown(window: MainWindow, library: Library) -> list[int | None]:
    keys = window.results.ranked_keys()
    rows = {r.key: r for r in library.rows(keys)}
    return [rows[k].year for k in keys]


def click_header(qtbot: QtBot, window: MainWindow, name: str) -> None:
    header = window.results_view.horizontalHeader()
    section = column(name)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    wait_idle(qtbot, window)


def test_the_columns_are_there_and_filled(window: MainWindow, library: Library) -> None:
    view, model = window.results_view, window.results
    assert view.density == "compact"
    assert view.horizontalHeader().isVisible()
    header = [model.headerData(n, Qt.Orientation.Horizontal) for n in range(len(COLUMNS))]
    assert header == [
        "Titre",
        "Auteurs",
        "Année",
        "Type",
        "Ajoutée le",
        "Concepts",
        "Correspondance",
    ]
    row = model.row_of(PORTO)
    assert row is not None
    expected = library.rows([PORTO])[0]

    def cell(name: str) -> str:
        return str(model.index(row, column(name)).data())

    assert cell("title") == expected.title
    assert cell("authors") == labels.people_text(expected.people)
    assert cell("year") == str(expected.year)
    assert cell("kind") == "Étude de cas"
    assert cell("added") == expected.added
    assert len(expected.added) == 10
    assert cell("concepts") == ", ".join(expected.concepts)
    assert expected.concepts
    shown = [n for n in COLUMNS if not view.isColumnHidden(column(n))]
    assert shown == ["title", "authors", "year"]


def test_sorting_by_year_from_the_header_then_back_to_relevance(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    relevance = window.results.ranked_keys()
    click_header(qtbot, window, "year")
    years = years_shown(window, library)
    dated = [y for y in years if y is not None]
    assert window.results.sort_state() == ("year", False)
    assert years == dated + [None] * (len(years) - len(dated))  # no year: last
    assert dated == sorted(dated)
    assert dated[0] < dated[-1]
    header = window.results_view.horizontalHeader()
    assert header.sortIndicatorSection() == column("year")
    click_header(qtbot, window, "year")
    years = years_shown(window, library)
    assert window.results.sort_state() == ("year", True)
    assert [y for y in years if y is not None] == sorted(dated, reverse=True)
    assert years[-1] is None
    click_header(qtbot, window, "year")  # a third click: relevance again
    assert window.results.sort_state() is None
    assert window.results.ranked_keys() == relevance
    assert header.sortIndicatorSection() == -1


def test_a_sorted_list_stays_sorted_while_typing(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    window.results_view.sort_by("year", descending=True)
    wait_idle(qtbot, window)
    orders: list[tuple[str, ...]] = []
    window.results.modelReset.connect(lambda: orders.append(window.results.ranked_keys()))
    window.results.layoutChanged.connect(lambda: orders.append(window.results.ranked_keys()))
    with qtbot.waitSignal(window.search.searched, timeout=TIMEOUT):
        type_text(window.search_bar, "participatif")
    wait_idle(qtbot, window)
    found = library.search_ids("participatif")
    expected = library.sort_keys(found.keys, "year", descending=True)
    assert window.results.ranked_keys() == expected
    assert window.results.search_keys() == found.keys
    assert orders
    assert all(order in ((), expected) for order in orders), "never in relevance order"
    assert expected != found.keys  # the sort did change the order


def test_sorting_by_title_kind_and_date_added_from_the_menu(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    view = window.results_view
    menu = view.column_menu()
    sort_menu = menu.findChild(type(menu), "sortMenu")
    assert sort_menu is not None
    actions = {a.objectName(): a for a in sort_menu.actions()}
    actions["sort_title"].trigger()
    wait_idle(qtbot, window)
    assert window.results.ranked_keys() == library.sort_keys(library.search_ids("").keys, "title")
    actions["sort_relevance"].trigger()
    wait_idle(qtbot, window)
    assert window.results.ranked_keys() == library.search_ids("").keys
    menu.deleteLater()


def test_many_selected_with_the_keyboard_and_ctrl_click(qtbot: QtBot, window: MainWindow) -> None:
    view, model = window.results_view, window.results
    keys = model.ranked_keys()
    view.setFocus()
    view.setCurrentIndex(model.index(0))
    emitted: list[list[str]] = []
    view.selection_changed_keys.connect(emitted.append)
    for _ in range(2):
        qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_keys() == list(keys[:3])
    rect = view.visualRect(model.index(5, 0))
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        rect.center(),
    )
    assert view.selected_keys() == [*keys[:3], keys[5]]
    qtbot.waitUntil(lambda: bool(emitted) and emitted[-1] == [*keys[:3], keys[5]])
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert view.selected_keys() == list(keys)
    view.clearSelection()
    assert view.selected_keys() == [keys[5]]  # nothing selected: the current row


def test_a_drag_carries_the_selected_keys_in_row_order(window: MainWindow) -> None:
    view, model = window.results_view, window.results
    keys = model.ranked_keys()
    view.selectRow(4)
    view.selectionModel().select(
        model.index(1),
        view.selectionModel().SelectionFlag.Select | view.selectionModel().SelectionFlag.Rows,
    )
    data = model.mimeData(view.selectedIndexes())
    assert json.loads(bytes(data.data(KEYS_MIME).data()).decode()) == [keys[1], keys[4]]
    assert data.hasText()  # the window gives their citations (test_drag_drop.py)
    assert KEYS_MIME in model.mimeTypes()
    assert model.flags(model.index(0)) & Qt.ItemFlag.ItemIsDragEnabled
    seen: list[list[str]] = []

    def custom(chosen: list[str]) -> QMimeData:
        seen.append(chosen)
        return QMimeData()

    model.mime_for_keys = custom
    model.mimeData(view.selectedIndexes())
    assert seen == [[keys[1], keys[4]]]


def test_the_column_chooser_hides_shows_and_remembers(qtbot: QtBot, window: MainWindow) -> None:
    view = window.results_view
    menu = view.column_menu()
    actions = {a.objectName(): a for a in menu.actions()}
    assert not actions["column_title"].isEnabled()  # the title cannot be hidden
    assert view.isColumnHidden(column("added"))
    actions["column_added"].setChecked(True)
    actions["column_year"].setChecked(False)
    assert not view.isColumnHidden(column("added"))
    assert view.isColumnHidden(column("year"))
    menu.deleteLater()
    other = ResultsView(ResultsModel(window.results._loader))
    qtbot.addWidget(other)
    assert other.shown_columns() == ["title", "authors", "added"]
    assert other.isColumnHidden(column("year"))


def test_the_density_switch(qtbot: QtBot, window: MainWindow) -> None:
    view = window.results_view
    compact = view.rowHeight(0)
    window.commands["density"].trigger()
    assert view.density == "detailed"
    assert not view.horizontalHeader().isVisible()
    assert [n for n in COLUMNS if not view.isColumnHidden(column(n))] == ["title"]
    assert isinstance(view.itemDelegateForColumn(0), ResultDelegate)
    assert view.rowHeight(0) > 2 * compact
    other = ResultsView(ResultsModel(window.results._loader))
    qtbot.addWidget(other)
    assert other.density == "detailed"  # remembered
    window.commands["density"].trigger()
    assert view.density == "compact"
    assert view.horizontalHeader().isVisible()
    assert not view.isColumnHidden(column("authors"))


def first_why(qtbot: QtBot, window: MainWindow, query: str) -> str:
    with qtbot.waitSignal(window.search.searched, timeout=TIMEOUT):
        type_text(window.search_bar, query)
    wait_idle(qtbot, window)
    window.results_view.request_visible_snippets()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: bool(window.results.index(0).data(WHY_ROLE)), timeout=TIMEOUT)
    return str(window.results.index(0).data(WHY_ROLE))


def test_why_a_match_in_a_pdf_is_said(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    pdf = tmp_path / "rapport final.pdf"
    pdf.write_bytes(minimal_pdf(PDF_WORDS))
    library.add_attachment(PORTO, pdf)
    assert window.commands["columns"].text()  # the chooser is reachable from the menu bar
    window.results_view.set_column_shown("why", True)
    why = first_why(qtbot, window, "zyglophore")
    assert window.results.ranked_keys() == (PORTO,)
    assert why == "mots : zyglophore (texte du PDF « rapport final.pdf »)"
    model = window.results
    assert model.index(0, column("why")).data() == why
    assert why in model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Zyglophore" in model.index(0).data(Qt.ItemDataRole.ToolTipRole)  # the extract


def test_why_a_concept_match_is_said_in_the_detailed_cards(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.results_view.set_density("detailed")
    why = first_why(qtbot, window, 'concept:"démocratie participative"')
    assert "concept « démocratie participative »" in why
    view = window.results_view
    view.viewport().repaint()  # the card paints its « Pourquoi » line without failing
    assert view.rowHeight(0) >= ResultDelegate.row_height(view.font())


class SortingLoader:
    """Rows and a sort by title on demand, answered only when told (the worker)."""

    def __init__(self) -> None:
        self.waiting: list[Callable[[], None]] = []

    def load_rows(self, keys: Sequence[str], done: Callable[[list[FicheRow]], None]) -> None:
        rows = [FicheRow(k, "reference", f"T{k}", 2000, "", ()) for k in keys]
        self.waiting.append(lambda: done(rows))

    def load_snippets(
        self, query: str, keys: Sequence[str], done: Callable[[list[Snippet]], None]
    ) -> None:
        self.waiting.append(lambda: done([]))

    def sort_keys(
        self, keys: Sequence[str], column: str, descending: bool, done: Callable[..., None]
    ) -> None:
        order = tuple(sorted(keys, reverse=descending))
        self.waiting.append(lambda: done(order))

    def answer_all(self) -> None:
        while self.waiting:
            waiting, self.waiting = self.waiting, []
            for answer in waiting:
                answer()


def test_a_sorted_model_never_shows_the_complete_answer_unsorted(qtbot: QtBot) -> None:
    loader = SortingLoader()
    model = ResultsModel(loader)
    complete = IdSearch("q", tuple(f"k{i:04d}" for i in reversed(range(3 * BATCH))), 300, {}, 1)
    page = IdSearch("q", complete.keys[:30], 300, {}, 1.0, total_exact=False)
    model.set_result(page, "q")
    model.sort_by("title", descending=False)
    loader.answer_all()
    assert model.ranked_keys() == tuple(sorted(page.keys))
    shown: list[tuple[str, ...]] = []
    model.modelReset.connect(lambda: shown.append(model.ranked_keys()))
    model.rowsInserted.connect(lambda *_: shown.append(model.ranked_keys()))
    model.extend(complete)
    assert model.ranked_keys() == tuple(sorted(page.keys))  # until the core answers
    loader.answer_all()
    assert model.ranked_keys() == tuple(sorted(complete.keys))
    assert shown == [tuple(sorted(complete.keys))]
    model.sort_by(None)
    assert model.ranked_keys() == complete.keys
    assert QApplication.instance() is not None
