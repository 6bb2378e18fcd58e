"""The atlas view (Aller › Atlas relationnel) and the glossary page, on the small library of
tests/atlas_library: cells list the right fiches, the keyboard reaches them, the neighbourhood
of the cell's concepts is one step away."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kb_app.core.library import Library
from kb_app.gui.main_window import MainWindow
from kb_app.gui.widgets.atlas_view import AtlasView
from tests.atlas_library import COOPERATION, LEGITIMITE, SOCIETE, build
from tests.gui.conftest import wait_idle


@pytest.fixture
def keys(tmp_path: Path) -> dict[str, str]:
    return build(tmp_path / "atlas-lib", tmp_path / "res")


@pytest.fixture
def library(tmp_path: Path, keys: dict[str, str]) -> Iterator[Library]:
    lib = Library.open(tmp_path / "atlas-lib")
    try:
        yield lib
    finally:
        lib.close()


def open_atlas(qtbot: QtBot, window: MainWindow) -> None:
    window.commands["atlas"].trigger()
    wait_idle(qtbot, window)
    assert window.stack.currentWidget() is window.atlas_view


def test_matrix_rows_numbered_columns_lettered_counts(qtbot: QtBot, window: MainWindow) -> None:
    open_atlas(qtbot, window)
    table = window.atlas_view.table
    assert (table.rowCount(), table.columnCount()) == (3, 2)
    assert table.verticalHeaderItem(0).text() == "1  Société et territoire"
    assert table.verticalHeaderItem(2).text() == "3  Flux"
    assert [table.horizontalHeaderItem(c).text() for c in range(2)] == ["A", "B"]
    assert table.item(0, 0).text() == "2"  # alpha and Bêta, the trashed Delta left out
    assert table.item(1, 0).text() == "·"  # empty but visible
    spoken = table.item(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Société et territoire" in spoken
    assert "Légitimité" in spoken
    assert "2" in spoken
    assert table.accessibleName() == "Atlas relationnel"
    assert "Coopération et partenariat entre acteurs" in window.atlas_view.legend.text()
    assert table.hasFocus()  # Ctrl+5 puts the keyboard in the matrix


def test_keyboard_enter_lists_the_cell_fiches(
    qtbot: QtBot, window: MainWindow, keys: dict[str, str]
) -> None:
    open_atlas(qtbot, window)
    table = window.atlas_view.table
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Right)
    assert (table.currentRow(), table.currentColumn()) == (0, 1)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert window.results.ranked_keys() == (keys["alpha"],)
    assert window.results_label.text().startswith(
        "Atlas : Société et territoire × Coopération et partenariat entre acteurs"
    )


def test_click_lists_the_cell_fiches_in_french_order(
    qtbot: QtBot, window: MainWindow, keys: dict[str, str]
) -> None:
    open_atlas(qtbot, window)
    table = window.atlas_view.table
    rect = table.visualItemRect(table.item(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_idle(qtbot, window)
    assert window.results.ranked_keys() == (keys["alpha"], keys["beta"])
    assert "Légitimité et enracinement des pouvoirs" in window.results_label.text()


def test_neighbourhood_of_the_cell_concepts(qtbot: QtBot, window: MainWindow) -> None:
    open_atlas(qtbot, window)
    view = window.atlas_view
    view.table.setCurrentCell(0, 1)
    assert view.neighbours_button.isEnabled()
    actions = [a for a in view.neighbours_menu.actions() if a.text()]
    assert [a.text() for a in actions] == [
        "Voisinage de « Société et territoire »",
        "Voisinage de « Coopération et partenariat entre acteurs »",
    ]
    actions[1].trigger()
    wait_idle(qtbot, window)
    assert window.stack.currentWidget() is window.concept_page
    assert window.concept_page.concept is not None
    assert window.concept_page.concept.key == COOPERATION
    window.commands["back"].trigger()  # back to the atlas
    wait_idle(qtbot, window)
    assert window.stack.currentWidget() is window.atlas_view


def test_headers_open_the_axis_concept(qtbot: QtBot, window: MainWindow) -> None:
    open_atlas(qtbot, window)
    window.atlas_view.table.verticalHeader().sectionClicked.emit(0)
    wait_idle(qtbot, window)
    assert window.concept_page.concept is not None
    assert window.concept_page.concept.key == SOCIETE
    open_atlas(qtbot, window)
    window.atlas_view.table.horizontalHeader().sectionClicked.emit(0)
    wait_idle(qtbot, window)
    assert window.concept_page.concept is not None
    assert window.concept_page.concept.key == LEGITIMITE


def test_atlas_follows_a_change(qtbot: QtBot, window: MainWindow, keys: dict[str, str]) -> None:
    open_atlas(qtbot, window)
    window.host.run(lambda lib: lib.restore(keys["delta"]), lambda _r: window.refresh_all())
    wait_idle(qtbot, window)
    assert window.atlas_view.table.item(0, 0).text() == "3"


def test_glossary_page(qtbot: QtBot, window: MainWindow, keys: dict[str, str]) -> None:
    window.commands["glossary"].trigger()
    wait_idle(qtbot, window)
    assert window.stack.currentWidget() is window.reader
    html = window.reader.current_html()
    assert html.index(">Eau<") < html.index(">écocité<") < html.index(">Flux<")
    assert '<a href="#lettre-e">E</a>' in html
    assert '<a name="lettre-e"></a>' in html
    assert f'href="kb:fiche/{keys["alpha"]}"' in html
    assert "Présent dans 2 fiche(s)" in html
    assert "Les habitants et leurs liens." in html  # the French window: French definition
    assert "The inhabitants" not in html
    assert keys["delta"] not in html  # trashed


def test_no_axes_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    res = tmp_path / "plain"
    (res / "thesaurus").mkdir(parents=True)
    (res / "seed").mkdir()
    (res / "thesaurus" / "thesaurus.ttl").write_text(
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        '<https://kb-app.invalid/thesaurus/eau> a skos:Concept ; skos:prefLabel "eau"@fr .\n',
        encoding="utf-8",
    )
    with Library(tmp_path / "plain-lib", seed_resources=res) as lib:
        atlas = lib.atlas()
    view = AtlasView()
    qtbot.addWidget(view)
    view.show_atlas(atlas)
    assert view.table.rowCount() == 0
    assert "axe-composantes" in view.empty.text()
    assert not view.list_button.isEnabled()
