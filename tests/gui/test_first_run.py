"""First run (issue 14): the welcome page and its links; new, open and move library; About."""

from __future__ import annotations

import errno
import hashlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kb_app.core.dto import Stats
from kb_app.gui import app as gui_app
from kb_app.gui import settings
from kb_app.gui.about import app_version
from kb_app.gui.errors import error_sentence
from kb_app.gui.main_window import MainWindow
from kb_app.gui.welcome import WELCOME_URL, welcome_facts
from tests.gui.conftest import DOSSIER, TIMEOUT, wait_idle

pytestmark = pytest.mark.gui
DB = "library.sqlite3"


def opened(qtbot: QtBot, path: Path) -> MainWindow:
    """A window that opened ``path`` the way the application does (``open_library``)."""
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.library_ready, timeout=TIMEOUT):
        win.open_library(str(path))
    qtbot.waitUntil(lambda: win.navigator.url is not None, timeout=TIMEOUT)
    wait_idle(qtbot, win)
    return win


@pytest.fixture
def welcomed(qtbot: QtBot, library_path: Path) -> Iterator[MainWindow]:
    win = opened(qtbot, library_path)
    yield win
    win.close()


def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sentences the window's error boxes would show, in order."""
    shown: list[str] = []
    monkeypatch.setattr(
        "kb_app.gui.ops.show_error", lambda _parent, exc: shown.append(error_sentence(exc))
    )
    return shown


def call(qtbot: QtBot, win: MainWindow, task: Any) -> Any:
    """``task(library)`` on the window's worker; its result."""
    box: list[Any] = []
    win.host.run(task, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=TIMEOUT)
    return box[0]


def links(win: MainWindow) -> dict[str, str]:
    """The reader's links: text -> address."""
    html = win.reader.toHtml()
    found = re.findall(r'<a href="([^"]+)"[^>]*>(?:<span[^>]*>)?([^<]+)', html)
    return {text.replace("&quot;", '"'): href.replace("&amp;", "&") for href, text in found}


def click(qtbot: QtBot, win: MainWindow, starts: str) -> None:
    """Click the reader's link whose text starts with ``starts``."""
    (href,) = [h for t, h in links(win).items() if t.startswith(starts)]
    win.reader.anchorClicked.emit(QUrl(href))
    wait_idle(qtbot, win)


def test_welcome_is_shown_once_with_counts_read_from_the_library(
    qtbot: QtBot, library_path: Path
) -> None:
    win = opened(qtbot, library_path)
    assert win.navigator.url == WELCOME_URL
    stats: Stats = call(qtbot, win, lambda lib: lib.stats())
    text = win.reader.toPlainText()
    assert "Bienvenue dans kb_app" in text
    for count, noun in (
        (stats.fiches["reference"], "références"),
        (stats.fiches["analysis"], "analyses"),
        (stats.fiches["case"], "cas"),
        (stats.fiches["resource"], "organisations et ressources"),
        (stats.concepts, "concepts du thésaurus"),
    ):
        assert f"{count} {noun}" in text
    assert str(library_path) in text
    assert "La gestion territoriale des relations entre acteurs" in links(win)
    win.close()
    again = opened(qtbot, library_path)  # the second opening: the home page
    assert again.navigator.url == "kb:home"
    assert "Bienvenue dans kb_app" not in again.reader.toPlainText()
    again.commands["welcome"].trigger()  # Aide › Page d'accueil: any time
    qtbot.waitUntil(lambda: again.navigator.url == WELCOME_URL, timeout=TIMEOUT)
    assert "Bienvenue dans kb_app" in again.reader.toPlainText()
    again.close()


def test_attached_libraries_keep_the_home_page(window: MainWindow) -> None:
    assert window.navigator.url == "kb:home"  # tests and benchmarks: no welcome


def test_the_search_link_searches(qtbot: QtBot, welcomed: MainWindow) -> None:
    click(qtbot, welcomed, "Chercher « budget participatif »")
    assert welcomed.search_bar.text() == "budget participatif"
    qtbot.waitUntil(lambda: 0 < welcomed.results.rowCount() < 26, timeout=TIMEOUT)
    wait_idle(qtbot, welcomed)
    # the page gives a count only when the index was whole as it was written (a library the
    # window opens is indexed in the background); once whole, the count is what is listed
    said = re.findall(r"\((\d+) fiches trouvées", welcomed.reader.toPlainText())
    assert said == [] or int(said[0]) <= 9
    facts: list[Any] = []

    def whole() -> bool:  # the background indexing of the opened library is over
        facts.append(call(qtbot, welcomed, welcome_facts))
        return facts[-1].found is not None

    qtbot.waitUntil(whole, timeout=TIMEOUT)
    welcomed.search_bar.setText("")
    click(qtbot, welcomed, "Chercher « budget participatif »")
    qtbot.waitUntil(lambda: welcomed.results.rowCount() == facts[-1].found, timeout=TIMEOUT)


def test_the_concept_link_leads_to_its_cases(qtbot: QtBot, welcomed: MainWindow) -> None:
    (text,) = [t for t in links(welcomed) if t.startswith("Suivre le concept")]
    cases = int(re.findall(r"ses (\d+) cas", text)[0])
    click(qtbot, welcomed, "Suivre le concept")
    concept = welcomed.navigator.concept
    assert concept is not None
    assert welcomed.navigator.url == f"kb:concept/{concept.key}"
    refs = [*concept.fiches, *(ref for ref, _via in concept.fiches_via_narrower)]
    assert len({r.key for r in refs if r.kind == "case"}) == cases > 0


def test_the_dossier_links_open_it_and_fill_the_basket(qtbot: QtBot, welcomed: MainWindow) -> None:
    click(qtbot, welcomed, "le mettre dans le panier")
    basket = call(qtbot, welcomed, lambda lib: [r.key for r in lib.basket()])
    assert basket == [DOSSIER]
    click(qtbot, welcomed, "Lire le dossier")
    assert welcomed.navigator.fiche is not None
    assert welcomed.navigator.fiche.key == DOSSIER


def test_the_folder_link_opens_the_library_folder(
    qtbot: QtBot, welcomed: MainWindow, library_path: Path
) -> None:
    asked: list[QUrl] = []
    welcomed.welcome.open_folder = asked.append
    click(qtbot, welcomed, "Ouvrir ce dossier")
    assert [u.toLocalFile() for u in asked] == [str(library_path)]


def test_new_library_with_the_course_or_empty(
    qtbot: QtBot, welcomed: MainWindow, tmp_path: Path
) -> None:
    files = welcomed.library_files
    for seeded in (True, False):
        folder = tmp_path / f"new-{seeded}"
        folder.mkdir()
        files.choose_folder = lambda _title, f=folder: str(f)
        files.ask_seed = lambda _folder, s=seeded: s
        with qtbot.waitSignal(welcomed.library_ready, timeout=TIMEOUT):
            welcomed.commands["new_library"].trigger()
        wait_idle(qtbot, welcomed)
        assert welcomed.host.folder == folder
        stats: Stats = call(qtbot, welcomed, lambda lib: lib.stats())
        assert (stats.total_fiches > 20) is seeded
        assert (stats.concepts > 0) is seeded
        assert settings.default_library() == str(folder)  # opened at the next start
        assert welcomed.navigator.url == WELCOME_URL  # a new library: its first opening
        said = welcomed.reader.toPlainText()
        assert ("Chercher « budget participatif »" in said) is seeded
        assert ("Importer vos références" in said) is not seeded
    assert settings.recent_libraries()[:2] == [
        str(tmp_path / "new-False"),
        str(tmp_path / "new-True"),
    ]


def test_new_library_refuses_a_folder_that_holds_one(
    qtbot: QtBot,
    welcomed: MainWindow,
    library_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown = errors_shown(monkeypatch)
    other = tmp_path / "other"
    other.mkdir()
    (other / DB).write_bytes((library_path / DB).read_bytes())
    welcomed.library_files.choose_folder = lambda _title: str(other)
    welcomed.library_files.ask_seed = lambda _folder: True
    welcomed.commands["new_library"].trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT)
    assert str(other) in shown[0]
    assert welcomed.host.folder == library_path  # still open on its library


@pytest.mark.parametrize("content", ["notes", "empty"])
def test_open_refuses_a_folder_that_is_not_a_library_naming_it(
    qtbot: QtBot,
    welcomed: MainWindow,
    library_path: Path,
    tmp_path: Path,
    content: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown = errors_shown(monkeypatch)
    folder = tmp_path / "not-a-library"
    folder.mkdir()
    if content == "notes":
        (folder / "notes.txt").write_text("x")
    welcomed.library_files.choose_folder = lambda _title: str(folder)
    welcomed.commands["open"].trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT)
    assert f"« {folder} »" in shown[0]
    assert "bibliothèque" in shown[0]
    assert sorted(p.name for p in folder.iterdir()) == (["notes.txt"] if content == "notes" else [])
    wait_idle(qtbot, welcomed)
    assert welcomed.host.folder == library_path  # the library open stays open and usable
    assert call(qtbot, welcomed, lambda lib: lib.stats().total_fiches) > 20


def test_open_switches_to_another_library(
    qtbot: QtBot, welcomed: MainWindow, template_library: Path, tmp_path: Path
) -> None:
    import shutil

    other = tmp_path / "other"
    shutil.copytree(template_library, other)
    welcomed.library_files.choose_folder = lambda _title: str(other)
    with qtbot.waitSignal(welcomed.library_ready, timeout=TIMEOUT):
        welcomed.commands["open"].trigger()
    assert welcomed.host.folder == other
    assert settings.default_library() == str(other)


def digest(folder: Path) -> dict[str, str]:
    """The library's files but its index and its live database (the window works on them)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.relative_to(folder).parts[0].startswith(("index", DB))
    }


def test_move_copies_switches_remembers_and_leaves_a_note(
    qtbot: QtBot, welcomed: MainWindow, library_path: Path, tmp_path: Path
) -> None:
    call(qtbot, welcomed, lambda lib: lib.basket_add(DOSSIER))  # a change made before moving
    target = tmp_path / "elsewhere"
    target.mkdir()
    welcomed.library_files.choose_folder = lambda _title: str(target)
    with qtbot.waitSignal(welcomed.library_files.moved, timeout=TIMEOUT) as moved:
        welcomed.commands["move_library"].trigger()
    wait_idle(qtbot, welcomed)
    move = moved.args[0]
    assert welcomed.host.folder == target
    assert welcomed.library_label.text() == str(target)
    assert settings.default_library() == str(target)
    assert call(qtbot, welcomed, lambda lib: [r.key for r in lib.basket()]) == [DOSSIER]
    assert call(qtbot, welcomed, lambda lib: lib.stats().total_fiches) == move.fiches
    assert (library_path / DB).is_file()  # the old folder is kept…
    note = Path(move.note)
    assert note.parent == library_path  # …with a note saying where the library went
    assert str(target) in note.read_text(encoding="utf-8")
    assert welcomed.navigator.url != WELCOME_URL  # the same library: no welcome again
    box = welcomed.library_files.report_box
    assert box is not None
    assert "s'y ouvrira au prochain démarrage" in box.text()
    assert str(library_path) in box.text()
    box.close()
    assert gui_app.remembered_library() is None  # KB_LIBRARY (the tests') wins…


def test_the_remembered_library_opens_at_the_next_start(
    tmp_path: Path, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KB_LIBRARY")
    assert gui_app.remembered_library() is None
    settings.set_default_library(str(library_path))
    assert gui_app.remembered_library() == str(library_path)
    settings.set_default_library(str(tmp_path / "unplugged-disk"))
    assert gui_app.remembered_library() is None  # gone: the default library, not a new one
    assert settings.default_library() is None


def test_a_move_that_fails_loses_nothing(
    qtbot: QtBot,
    welcomed: MainWindow,
    library_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown = errors_shown(monkeypatch)

    def full(*_args: object) -> list[str]:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("kb_app.core.library.relocation.verified_backup", full)
    wait_idle(qtbot, welcomed)
    call(qtbot, welcomed, lambda lib: lib.backup())  # a backup and a basket to keep
    call(qtbot, welcomed, lambda lib: lib.basket_add(DOSSIER))
    before = digest(library_path)
    assert any(name.startswith("backups/") for name in before)
    target = tmp_path / "elsewhere"
    target.mkdir()
    welcomed.library_files.choose_folder = lambda _title: str(target)
    welcomed.commands["move_library"].trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT)
    wait_idle(qtbot, welcomed)
    assert str(target) in shown[0]
    assert "n'a pas bougé" in shown[0]
    assert list(target.iterdir()) == []
    assert welcomed.host.folder == library_path
    assert settings.default_library() is None
    assert digest(library_path) == before
    assert call(qtbot, welcomed, lambda lib: lib.stats().total_fiches) > 20
    assert call(qtbot, welcomed, lambda lib: [r.key for r in lib.basket()]) == [DOSSIER]
    assert not list(library_path.glob("*.txt"))  # no note: nothing moved


def test_about_says_version_folder_and_licences_and_copies_them(
    qtbot: QtBot, welcomed: MainWindow, library_path: Path
) -> None:
    welcomed.commands["about"].trigger()
    dialog = welcomed.about_dialog
    text = dialog.text.toPlainText()
    assert text.startswith(f"kb_app {app_version()}\n")
    assert app_version() == "0.1.0"
    assert str(library_path) in text
    for licence in ("GPL 3.0", "CC BY-SA 4.0", "CC BY-SA 3.0", "LGPL 3.0", "SQLAlchemy"):
        assert licence in text
    assert re.search(r"SQLAlchemy [\d.]+ : MIT", text)
    dialog.copy_button.click()
    clipboard = QApplication.clipboard()
    assert clipboard.text() == text
    dialog.close()
