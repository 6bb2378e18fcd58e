"""F1: the help page — query language (every example finds fiches), shortcuts, folders."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kb_app.core.dto import SearchFilters
from kb_app.core.library import Library
from kb_app.gui.help_page import EXAMPLES, HelpDialog
from kb_app.gui.main_actions import shortcut_rows
from kb_app.gui.main_window import MainWindow
from tests.gui.test_language import current_sources

pytestmark = pytest.mark.gui


def test_f1_opens_the_help_page(qtbot: QtBot, window: MainWindow, library: Library) -> None:
    window.activateWindow()
    window.setFocus()
    assert window.commands["help"].shortcut().toString() == "F1"
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(
        lambda: (
            isinstance(QApplication.activeModalWidget(), HelpDialog)
            or any(
                isinstance(w, HelpDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
            )
        )
    )
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, HelpDialog) and w.isVisible()
    )
    text = dialog.browser.toPlainText()
    for query, _meaning in EXAMPLES:
        assert query in text
    for keys, what in shortcut_rows():
        assert keys in text
        assert what in text
    folder = library.folder
    assert str(folder) in text
    assert str(folder / "backups") in text
    assert not dialog.isModal()  # the window stays usable beside it
    dialog.close()


@pytest.mark.parametrize(("query", "meaning"), EXAMPLES)
def test_each_help_example_finds_fiches(library: Library, query: str, meaning: str) -> None:
    found = library.search_ids(query, SearchFilters())
    assert found.total > 0, (query, meaning)


def test_the_excluding_examples_really_exclude(library: Library) -> None:
    every = SearchFilters()
    assert (
        library.search_ids("participatif SAUF porto", every).total
        < library.search_ids("participatif", every).total
    )
    without = library.search_ids("-type:reference gouvernance", every)
    assert without.total < library.search_ids("gouvernance", every).total
    kinds = {library.get(key).kind for key in without.keys}
    assert "reference" not in kinds


def test_lupdate_finds_every_text_of_the_help_page(tmp_path: Path) -> None:
    """Each sentence of the page reaches the catalogue (so the lead can translate it)."""
    sources = set(current_sources(tmp_path))
    assert {meaning for _query, meaning in EXAMPLES} <= sources
    for text in ("Requête", "Où se trouve la bibliothèque", "Sauvegardes", "Aide de kb_app"):
        assert text in sources
