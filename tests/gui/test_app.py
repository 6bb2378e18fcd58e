"""Start-up: the window shows before the library opens; languages; remembered settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kb_app.gui import app as gui_app
from kb_app.gui import settings
from kb_app.gui.main_window import MainWindow
from tests.gui.conftest import TIMEOUT, wait_idle

pytestmark = pytest.mark.gui


def test_window_is_shown_before_the_library_opens(
    qtbot: QtBot, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    order: list[str] = []
    original = MainWindow.open_library

    def spy(self: MainWindow, path: str | None) -> None:
        order.append("open" if self.isVisible() else "open-before-show")
        original(self, path)

    monkeypatch.setattr(MainWindow, "open_library", spy)
    win = gui_app.create_window(str(library_path), gui_app.application())
    qtbot.addWidget(win)
    assert win.isVisible()
    assert order == []
    with qtbot.waitSignal(win.library_ready, timeout=TIMEOUT):
        pass
    assert order == ["open"]
    # the first page holds 30 rows; the full answer follows once the search pauses
    qtbot.waitUntil(lambda: win.results.rowCount() == 31, timeout=TIMEOUT)
    assert win.library_label.text() == str(library_path.absolute())
    wait_idle(qtbot, win)
    win.close()


def test_a_folder_that_is_not_a_library_is_a_sentence(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "not-a-library").mkdir()
    (tmp_path / "not-a-library" / "notes.txt").write_text("x")
    shown: list[str] = []
    monkeypatch.setattr("kb_app.gui.ops.show_error", lambda parent, exc: shown.append(str(exc)))
    win = MainWindow()
    qtbot.addWidget(win)
    win.open_library(str(tmp_path / "not-a-library"))
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT)
    assert "not a kb_app library" in shown[0]
    assert win.results_label.text() == "Aucune bibliothèque ouverte."
    win.close()


@pytest.mark.parametrize(
    ("tags", "expected"),
    [(["fr-FR", "en-US"], "fr"), (["de-DE", "de"], "en"), (["en-GB"], "en"), (["C"], "fr")],
)
def test_language_follows_the_system(tags: list[str], expected: str) -> None:
    assert gui_app.system_language(tags) == expected


def test_language_override_is_stored() -> None:
    assert settings.language_override() is None
    settings.set_language_override("en")
    assert settings.language_override() == "en"
    assert gui_app.chosen_language() == "en"
    settings.set_language_override(None)
    assert settings.language_override() is None


def test_english_translation_is_complete_enough(qtbot: QtBot) -> None:
    qm = gui_app.translations_dir() / "kb_app_en.qm"
    assert qm.is_file()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = gui_app.install_translators(app, "en")
    try:
        assert QCoreApplication.translate("Labels", "Étude de cas") == "Case study"
        win = MainWindow()
        qtbot.addWidget(win)
        assert win.commands["back"].text() == "Back"
        assert win.tabs.tabText(1) == "Thesaurus"
        assert win.search.tr("%n résultat(s)", "", 3) == "3 results"
        win.close()
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_french_plurals(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = gui_app.install_translators(app, "fr")
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        assert win.search.tr("%n résultat(s)", "", 1) == "1 résultat"
        assert win.search.tr("%n résultat(s)", "", 8) == "8 résultats"
        win.close()
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_geometry_and_splitters_are_remembered(qtbot: QtBot) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    # the narrowest window (wider than the 800 px offscreen screen: the minimum wins), the
    # sidebar folded away: the room left goes to the list and the reader
    first.resize(first.minimumSizeHint().width(), 560)
    width = first.width()
    first.splitter.setSizes([0, 300, width - 300])
    sizes = first.splitter.sizes()
    assert sizes[0] == 0
    QTimer.singleShot(0, first.close)
    qtbot.waitUntil(lambda: not first.isVisible())
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert second.splitter.sizes() == sizes
    assert second.size() == QSize(width, 560)
    second.close()


def test_files_from_the_file_manager_open_the_import_wizard_once(
    qtbot: QtBot, library_path: Path
) -> None:
    """`kb-app FILE` (the desktop file's %F): the wizard for the file once the library is
    open, and not again when another library_ready follows (a library switch)."""
    from kb_app.gui.dialogs.import_wizard import ImportWizard

    bib = Path(__file__).parents[1] / "data" / "bibtex" / "jabref-authors.bib"
    win = gui_app.create_window(str(library_path), gui_app.application())
    qtbot.addWidget(win)
    gui_app.import_when_ready(win, [str(bib)])

    def wizards() -> list[ImportWizard]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportWizard)]

    assert wizards() == []
    with qtbot.waitSignal(win.library_ready, timeout=TIMEOUT):
        pass
    qtbot.waitUntil(lambda: len(wizards()) == 1, timeout=TIMEOUT)
    shown = wizards()[0]
    assert shown.source.path.text() == str(bib)
    assert shown.source.detected_format() == "bibtex"
    win.library_ready.emit()
    QCoreApplication.processEvents()
    assert len(wizards()) == 1
    shown.reject()
    wait_idle(qtbot, win)
    win.close()


def test_kb_app_takes_files_on_its_command_line() -> None:
    from kb_app.launcher import window_parser

    args = window_parser().parse_args(["--library", "/tmp/lib", "a.bib", "b.ris"])
    assert (args.library, args.files) == ("/tmp/lib", ["a.bib", "b.ris"])
