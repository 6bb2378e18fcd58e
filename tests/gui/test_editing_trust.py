"""Editing you can trust: a trashed fiche says so and is skipped on a dossier's path; the
index message only when results are really partial; counts follow an import; the new-fiche
kind is the last one used; the look-alike warning in the undo world."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from kb_app.core.dto import IdSearch, SearchFilters
from kb_app.core.library import Library
from kb_app.gui import settings
from kb_app.gui.dialogs.fiche_editor import FicheEditor
from kb_app.gui.html_fiche import fiche_page, restore_url
from kb_app.gui.links import HOME_URL, fiche_url
from kb_app.gui.main_window import MainWindow
from tests.gui.conftest import DOSSIER, GENRO, PORTO, TIMEOUT, wait_idle

pytestmark = pytest.mark.gui

BANNER = "Cette fiche est dans la corbeille."
PARTIAL = "index en reconstruction : résultats partiels"
BIBTEX = (
    "@book{lefevre2019, author = {Lefèvre, Hélène}, title = {Gouverner les communs urbains},"
    " year = {2019}}\n"
    "@article{muller2021, author = {Müller, Jörg}, title = {Démocratie délibérative},"
    " journal = {Territoires}, year = {2021}}\n"
)


def show(qtbot: QtBot, win: MainWindow, url: str) -> None:
    win.navigator.go(url)
    wait_idle(qtbot, win)


# -- the trash -------------------------------------------------------------------------------


def test_a_trashed_fiche_says_so_and_restores_from_its_banner(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    show(qtbot, window, fiche_url(GENRO))
    assert BANNER not in window.reader.toPlainText()
    window.edits.delete_fiche(GENRO, "Genro", confirm=False)
    wait_idle(qtbot, window)
    show(qtbot, window, fiche_url(GENRO))  # from the history, a link, the trash…
    text = window.reader.toPlainText()
    assert text.lstrip().startswith(BANNER + " Restaurer")
    assert f'href="{restore_url(GENRO)}"' in window.reader.toHtml()
    window.reader.anchorClicked.emit(QUrl(restore_url(GENRO)))  # « Restaurer »
    wait_idle(qtbot, window)
    assert library.trash() == []
    assert window.navigator.url == fiche_url(GENRO)  # still on the fiche, not on an action
    assert BANNER not in window.reader.toPlainText()
    assert window.commands["undo"].text().startswith("Annuler : restauration de « ")


def test_the_page_shown_follows_an_undo_that_trashes_it(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    show(qtbot, window, fiche_url(GENRO))
    window.edits.delete_fiche(GENRO, "Genro", confirm=False)
    wait_idle(qtbot, window)
    window.edits.undo()  # restored: its page is shown, whole
    wait_idle(qtbot, window)
    assert window.navigator.url == fiche_url(GENRO)
    assert BANNER not in window.reader.toPlainText()
    window.edits.redo()  # trashed again: the page shown says so at once
    wait_idle(qtbot, window)
    assert window.reader.toPlainText().lstrip().startswith(BANNER)


def members(library: Library) -> list[str]:
    """The dossier's members as its path reads them: in its reading order."""
    return [m.key for m, _ in library.get(DOSSIER).reading_order()]


def test_next_in_a_dossier_skips_a_fiche_trashed_since_the_page_was_shown(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    path = members(library)
    show(qtbot, window, fiche_url(path[0], DOSSIER))
    assert window.commands["dossier_next"].isEnabled()
    library.delete(path[1])  # trashed meanwhile (a bulk action, another window)
    window.commands["dossier_next"].trigger()
    wait_idle(qtbot, window)
    assert window.navigator.url == fiche_url(path[2], DOSSIER)
    assert BANNER not in window.reader.toPlainText()
    window.commands["dossier_prev"].trigger()  # back over the trashed one too
    wait_idle(qtbot, window)
    assert window.navigator.url == fiche_url(path[0], DOSSIER)


def test_the_fiche_read_in_a_dossier_trashed_meanwhile_still_leads_on(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    path = members(library)
    show(qtbot, window, fiche_url(path[3], DOSSIER))
    library.delete(path[3])
    library.delete(path[4])
    window.refresh_all()  # as after any change: the page shown is read again
    wait_idle(qtbot, window)
    assert window.reader.toPlainText().lstrip().startswith(BANNER)
    assert f"4 sur {len(path)}" in window.reader.toPlainText()  # read where it stood on the path
    window.commands["dossier_prev"].trigger()
    wait_idle(qtbot, window)
    assert window.navigator.url == fiche_url(path[2], DOSSIER)
    window.commands["dossier_next"].trigger()  # over both trashed fiches
    wait_idle(qtbot, window)
    assert window.navigator.url == fiche_url(path[5], DOSSIER)


# -- the index message -----------------------------------------------------------------------


@pytest.fixture
def indexing_window(qtbot: QtBot, library_path: Path) -> Iterator[MainWindow]:
    """The window on a library indexed in the background, as the window opens it
    (``LibraryHost.open``): each save leaves the index behind until the indexer thread
    has caught up."""
    library = Library.open(library_path, indexing="background")
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.library_ready, timeout=TIMEOUT):
        win.attach_library(library)
    qtbot.waitUntil(lambda: library.index_state()[0] == "ready", timeout=TIMEOUT)
    wait_idle(qtbot, win)
    yield win
    win.close()
    library.close()


def test_no_partial_results_message_after_saves(qtbot: QtBot, indexing_window: MainWindow) -> None:
    window = indexing_window
    show(qtbot, window, fiche_url(PORTO))
    answers: list[IdSearch] = []
    seen: list[str] = []
    window.search.page_shown.connect(answers.append)
    window.search.searched.connect(answers.append)
    window.search.summary_changed.connect(seen.append)
    for n in range(1, 6):
        window.commands["edit"].trigger()
        wait_idle(qtbot, window)
        editor = window.edits.editor
        assert isinstance(editor, FicheEditor)
        editor.title_edit.setText(f"Porto Alegre : assemblée de quartier n° {n}")
        editor.request_save()
        wait_idle(qtbot, window)
        assert editor.result() == FicheEditor.DialogCode.Accepted
        if any(a.partial for a in answers):
            break  # the core said « behind » after a save: the case this test is about
    assert seen  # the results were searched again after each save
    assert any(a.partial for a in answers)  # the index was behind the saves...
    assert not [text for text in seen if PARTIAL in text]  # ...and nothing said so
    assert PARTIAL not in window.results_label.text()
    qtbot.waitUntil(lambda: not window.search._retry.isActive(), timeout=TIMEOUT)
    wait_idle(qtbot, window)
    assert not answers[-1].partial  # asked again quietly: the answer is whole now


def test_the_partial_message_is_said_only_while_the_index_is_rebuilt(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    search = window.search
    behind = IdSearch("", ("a",), 1, {}, 1.0, partial=True)
    search.rebuilding = False  # a few saved changes wait for the indexer thread
    assert PARTIAL not in search.summary(behind, "", SearchFilters())
    search.rebuilding = True  # plain SQL answers while the index is built
    assert PARTIAL in search.summary(behind, "", SearchFilters())
    whole = IdSearch("", ("a",), 1, {}, 1.0)
    assert PARTIAL not in search.summary(whole, "", SearchFilters())
    window.search.run_now()
    wait_idle(qtbot, window)
    assert search.rebuilding is False  # the library's index is ready: the core says so
    assert library.index_state()[0] == "ready"


# -- counts after an import ------------------------------------------------------------------


def test_counts_follow_an_import_and_the_imported_fiches_are_seen(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    show(qtbot, window, HOME_URL)
    total = library.stats().total_fiches
    assert f"{total} fiches (" in window.reader.toPlainText()
    assert window.results_label.text().startswith(f"{total} résultat(s) ·")
    path = tmp_path / "deux.bib"
    path.write_text(BIBTEX, encoding="utf-8")
    window.commands["import"].trigger()
    wizard = window.librarian.wizard
    assert wizard is not None
    wizard.source.path.setText(str(path))
    wizard.next()  # the preview
    wait_idle(qtbot, window)
    wizard.next()  # « Importer »
    qtbot.waitUntil(lambda: wizard.currentId() == 3, timeout=10_000)
    wait_idle(qtbot, window)
    assert library.stats().total_fiches == total + 2
    assert f"{total + 2} fiches (" in window.reader.toPlainText()  # the home page, read again
    assert window.results_label.text().startswith(f"{total + 2} résultat(s) ·")
    assert wizard.isVisible()
    wizard.summary.show_button.click()  # « Afficher les fiches importées »
    wait_idle(qtbot, window)
    assert not wizard.isVisible()  # closed: the list it asked for is not hidden behind it
    assert window.results_label.text() == "Fiches importées : 2"
    titles = {library.get(k).title for k in window.results.ranked_keys()}
    assert titles == {"Gouverner les communs urbains", "Démocratie délibérative"}


# -- the new-fiche kind ----------------------------------------------------------------------


def new_editor(qtbot: QtBot, win: MainWindow) -> FicheEditor:
    win.commands["new"].trigger()
    wait_idle(qtbot, win)
    editor = win.edits.editor
    assert isinstance(editor, FicheEditor)
    return editor


def test_a_new_fiche_is_of_the_kind_last_created(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    editor = new_editor(qtbot, window)
    assert editor.kind_code() == "reference"  # the first time: a librarian adds references
    editor.kind.setCurrentIndex(editor.kind.findData("case"))
    editor.reject()  # a kind chosen and abandoned is not remembered
    editor = new_editor(qtbot, window)
    assert editor.kind_code() == "reference"
    editor.kind.setCurrentIndex(editor.kind.findData("analysis"))
    editor.title_edit.setText("Une analyse de la coopération intercommunale")
    editor.request_save()
    wait_idle(qtbot, window)
    assert editor.result() == FicheEditor.DialogCode.Accepted, editor.error.text()
    assert settings.new_fiche_kind() == "analysis"  # kept in the settings, for the next start
    editor = new_editor(qtbot, window)
    assert editor.kind_code() == "analysis"
    editor.reject()


# -- the look-alike warning, undone and done again -------------------------------------------


def test_the_look_alike_warning_works_in_the_undo_world(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    genro = library.get(GENRO)

    def typed_again() -> FicheEditor:
        editor = new_editor(qtbot, window)
        editor.title_edit.setText(genro.title.upper())
        editor.date.setText("1998")
        editor.agents.set_rows([{"name": "Genro, T.", "role": "author", "type": "person"}])
        editor.request_save()
        wait_idle(qtbot, window)
        return editor

    editor = typed_again()
    assert editor.isVisible()
    assert editor.likely.text().startswith("<b>Ressemble à :</b> ")
    assert f'href="{fiche_url(GENRO)}"' in editor.likely.text()
    editor.request_save()  # saved all the same
    wait_idle(qtbot, window)
    assert editor.result() == FicheEditor.DialogCode.Accepted
    copy = window.navigator.fiche
    assert copy is not None
    assert copy.key != GENRO
    window.commands["undo"].trigger()  # the copy goes to the trash
    wait_idle(qtbot, window)
    assert [r.key for r in library.trash()] == [copy.key]
    editor = typed_again()  # typed a third time: the trashed copy is not offered
    assert f'href="{fiche_url(GENRO)}"' in editor.likely.text()
    assert fiche_url(copy.key) not in editor.likely.text()
    editor.reject()
    window.commands["redo"].trigger()  # the copy comes back from the trash
    wait_idle(qtbot, window)
    assert library.trash() == []
    editor = typed_again()
    assert fiche_url(copy.key) in editor.likely.text()  # now two look-alikes
    editor.reject()


def test_a_read_only_library_shows_the_trash_banner_without_restore(library: Library) -> None:
    """« Restaurer » would only meet the read-only error: the banner says where the fiche
    is, and offers nothing it cannot do."""
    library.delete(PORTO)
    detail = library.get(PORTO)
    assert detail.deleted
    writable = fiche_page(detail, "", None)
    read_only = fiche_page(detail, "", None, can_restore=False)
    assert restore_url(PORTO) in writable
    assert restore_url(PORTO) not in read_only
    assert "Cette fiche est dans la corbeille." in read_only
