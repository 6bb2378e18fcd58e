"""The language: a live switch that keeps everything, Qt's own dialogs, English labels."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from kb_app.core.dto import SearchFilters
from kb_app.core.library import Library
from kb_app.gui import language, settings
from kb_app.gui.links import concept_url, fiche_url
from kb_app.gui.main_window import MainWindow
from kb_app.gui.single_instance import Guard, claim
from tests.gui.conftest import PORTO, TIMEOUT, type_text, wait_idle

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _french_again(qapp: QApplication) -> Iterator[None]:
    """Every test starts and ends with the window's source language (no translator)."""
    language.remove_translators(qapp)
    yield
    language.remove_translators(qapp)


def switch(qtbot: QtBot, window: MainWindow, code: str) -> MainWindow:
    """Choose ``code`` in the Langue menu; the window built in that language, ready."""
    action = window.findChild(QAction, f"language_{code}")
    assert action is not None
    action.trigger()
    qtbot.waitUntil(lambda: language.replacement() not in (None, window), timeout=TIMEOUT)
    new = language.replacement()
    assert isinstance(new, MainWindow)
    qtbot.addWidget(new)
    qtbot.waitUntil(lambda: new.navigator.url is not None, timeout=TIMEOUT)
    wait_idle(qtbot, new)
    return new


def test_switching_language_retranslates_and_keeps_everything(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    guard = Guard(claim(library.folder, lock_dir=tmp_path / "locks"))
    window.guard = guard
    guard.activate_requested.connect(window.bring_to_front)
    window.navigator.go(fiche_url(PORTO))
    qtbot.waitUntil(lambda: window.navigator.url == fiche_url(PORTO), timeout=TIMEOUT)
    type_text(window.search_bar, "budget")
    window.facets.set_filters(SearchFilters(kind="case"))
    window.tabs.setCurrentIndex(2)
    window.splitter.setSizes([200, 500, 660])
    sizes = window.splitter.sizes()
    wait_idle(qtbot, window)
    assert window.commands["back"].text() == "Précédent"

    english = switch(qtbot, window, "en")
    try:
        assert not window.isVisible()
        assert english.isVisible()
        assert english.host is window.host  # the same worker and open library
        assert english.commands["back"].text() == "Back"
        assert english.tabs.tabText(1) == "Thesaurus"
        assert english.menuBar().actions()[0].text() == "&File"
        assert english.navigator.url == fiche_url(PORTO)
        assert english.navigator.fiche is not None
        assert english.navigator.fiche.key == PORTO
        assert english.navigator.history.current == fiche_url(PORTO)
        assert english.search_bar.text() == "budget"
        assert english.facets.filters == SearchFilters(kind="case")
        assert english.tabs.currentIndex() == 2
        assert english.size() == window.size()
        assert english.splitter.sizes() == sizes
        assert english.guard is guard
        assert window.guard is None
        assert settings.language_override() == "en"
        assert english.results.rowCount() > 0
        keys = [english.results.key_at(r) for r in range(english.results.rowCount())]
        kinds = english.host.run(lambda lib: {lib.get(k).kind for k in keys if k})
        assert kinds.result(TIMEOUT / 1000) == {"case"}
        assert "Case study" in english.reader.toPlainText()
        # the library is still open and usable: a search runs on it
        assert english.host.run(lambda lib: lib.stats().total_fiches).result(TIMEOUT / 1000) > 0

        french = switch(qtbot, english, "fr")
        try:
            assert french.commands["back"].text() == "Précédent"
            assert french.navigator.url == fiche_url(PORTO)
            assert french.search_bar.text() == "budget"
            assert french.guard is guard
        finally:
            french.close()
    finally:
        english.close()
        guard.release()


def test_qt_file_dialog_speaks_french(qapp: QApplication) -> None:
    language.install_translators(qapp, "fr")
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    try:
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        assert any("Voir dans" in t for t in texts), texts
        assert any("Fichiers de type" in t for t in texts), texts
        assert not any("Look in" in t or "Files of" in t for t in texts)
        assert "&Voir" in " ".join(texts)  # the mnemonic is kept
    finally:
        dialog.deleteLater()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"


def test_english_window_shows_english_concepts_and_kinds(qtbot: QtBot, window: MainWindow) -> None:
    english = switch(qtbot, window, "en")
    try:
        model = english.thesaurus_panel.view.model()
        names = []
        stack = [model.index(r, 0) for r in range(model.rowCount())]
        while stack:
            index = stack.pop()
            names.append(index.data())
            stack += [model.index(r, 0, index) for r in range(model.rowCount(index))]
        assert "common good" in names, names[:20]
        assert "commons" in names
        assert "bien commun" not in [n.lower() for n in names]
        english.navigator.go(concept_url("bien-commun"))
        qtbot.waitUntil(lambda: english.navigator.concept is not None, timeout=TIMEOUT)
        page = english.concept_page.reader.toPlainText()
        assert english.navigator.concept is not None
        assert english.navigator.concept.label_en in page
        assert "bien commun" in page, page
    finally:
        english.close()


def test_strings_qt_does_not_know_are_left_alone(qapp: QApplication) -> None:
    """Qt's translator, asked about a string that is not Qt's, lets the next one answer."""
    language.install_translators(qapp, "fr")
    assert QCoreApplication.translate("MainWindow", "&Fichier") == "&Fichier"
    assert QCoreApplication.translate("Nowhere", "&Nothing here") == "&Nothing here"
    assert QCoreApplication.translate("QFileDialog", "&Look in:").startswith("&Voir dans")
