"""Drag and drop: files dropped to import or to attach, fiches dropped on the basket or a
dossier, fiches dragged out with their citations (issue 12, part 3).

Drops are real Qt drops: a ``QMimeData`` with file URLs (``setUrls``) or dragged keys, sent
as ``QDragEnterEvent`` then ``QDropEvent`` to the widget under the mouse.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kb_app.core.library import Library, detect_file_format
from kb_app.core.vocabulary import DEFAULT_CITATION_STYLE
from kb_app.gui.dialogs.import_wizard import ImportWizard
from kb_app.gui.drag_out import (
    FICHE_KEYS_MIME,
    CitationDrag,
    fiche_keys,
    keys_mime,
    loaded_titles,
)
from kb_app.gui.drops import IMPORT_SUFFIXES, folder_imports
from kb_app.gui.links import fiche_url
from kb_app.gui.main_window import MainWindow
from tests.gui.conftest import DOSSIER, GENRO, PORTO, TIMEOUT, wait_idle

pytestmark = pytest.mark.gui

BIBTEX = (
    "@book{dupont2001,\n  title = {Gouverner la ville},\n  author = {Dupont, Jean},\n"
    "  year = {2001}\n}\n"
)
RIS = "TY  - BOOK\nTI  - La ville en commun\nAU  - Martin, Anne\nPY  - 2003\nER  - \n"
CSL = [{"id": "x1", "type": "book", "title": "Territoires", "issued": {"date-parts": [[2005]]}}]
SKOS = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<http://example.org/c1> a skos:Concept ; skos:prefLabel "Commun"@fr .
"""


def file_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def enter(widget: QWidget, mime: QMimeData, pos: QPoint) -> bool:
    """Drag ``mime`` over ``widget`` at ``pos``, without dropping: accepted there?"""
    event = QDragEnterEvent(
        QPointF(pos),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def drop(widget: QWidget, mime: QMimeData, pos: QPoint | None = None) -> tuple[bool, bool]:
    """Drag ``mime`` over ``widget`` at ``pos`` (its centre) and drop it: (enter accepted,
    drop accepted)."""
    where = QPointF(pos if pos is not None else widget.rect().center())
    copy, button = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where, copy, mime, button, none)
    QApplication.sendEvent(widget, enter)
    dropped = QDropEvent(where, copy, mime, button, none)
    QApplication.sendEvent(widget, dropped)
    return enter.isAccepted(), dropped.isAccepted()


def written(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def opened_wizard(window: MainWindow) -> ImportWizard:
    wizard = window.librarian.wizard
    assert wizard is not None
    assert wizard.isVisible()
    return wizard


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def go(qtbot: QtBot, window: MainWindow, key: str) -> None:
    window.navigator.go(fiche_url(key))
    wait_idle(qtbot, window)


# -- files dropped on the window: the import wizard ------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "fmt"),
    [
        ("refs.bib", BIBTEX, "bibtex"),
        ("refs.ris", RIS, "ris"),
        ("zotero.json", json.dumps(CSL), "csljson"),
        ("thesaurus.ttl", SKOS, "skos"),
    ],
)
def test_a_file_dropped_on_the_window_opens_the_import_wizard_with_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, name: str, content: str, fmt: str
) -> None:
    path = written(tmp_path / name, content)
    assert window.librarian.wizard is None
    assert drop(window, file_mime(path)) == (True, True)
    wizard = opened_wizard(window)
    assert wizard.source.path.text() == str(path)
    assert wizard.source.detected_format() == fmt
    wizard.reject()


def test_files_dropped_on_the_results_or_the_sidebar_are_imported_too(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = written(tmp_path / "refs.bib", BIBTEX)
    assert drop(window.results_view.viewport(), file_mime(path)) == (True, True)
    wizard = opened_wizard(window)
    assert wizard.source.path.text() == str(path)
    wizard.reject()
    assert drop(window.tabs.tabBar(), file_mime(path)) == (True, True)
    assert opened_wizard(window) is not wizard


def test_a_file_dropped_on_the_search_bar_is_imported_a_text_is_typed_in(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    bar = window.search_bar
    bib = written(tmp_path / "refs.bib", BIBTEX)
    assert drop(bar, file_mime(bib)) == (True, True)
    wizard = opened_wizard(window)
    assert wizard.source.path.text() == str(bib)
    wizard.reject()
    words = QMimeData()
    words.setText("budget")
    bar.clear()
    assert drop(bar, words) == (True, True)  # the line edit's own drop
    assert bar.text() == "budget"
    assert window.librarian.wizard is wizard


def test_several_files_open_the_wizard_one_after_the_other(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    bib = written(tmp_path / "a.bib", BIBTEX)
    ris = written(tmp_path / "b.ris", RIS)
    assert drop(window, file_mime(bib, ris)) == (True, True)
    first = opened_wizard(window)
    assert first.source.path.text() == str(bib)
    first.reject()  # closing it opens the next file's wizard
    second = opened_wizard(window)
    assert second is not first
    assert second.source.path.text() == str(ris)
    second.reject()
    assert window.librarian.wizard is second  # nothing more


def test_a_zotero_export_folder_gives_its_bibliography_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "Export Zotero"
    (folder / "files" / "12").mkdir(parents=True)
    (folder / "files" / "12" / "article.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    bib = written(folder / "Export Zotero.bib", BIBTEX)
    assert folder_imports(folder) == [bib]
    assert drop(window, file_mime(folder)) == (True, True)
    assert opened_wizard(window).source.path.text() == str(bib)


def test_a_folder_of_markdown_fiches_is_imported_as_a_folder(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "fiches"
    (folder / "cas").mkdir(parents=True)
    written(folder / "cas" / "lyon.md", "---\nkind: case\ntitle: Lyon\n---\nTexte.\n")
    assert drop(window, file_mime(folder)) == (True, True)
    wizard = opened_wizard(window)
    assert wizard.source.path.text() == str(folder)
    assert wizard.source.detected_format() == "markdown"


def test_an_unsupported_file_is_refused_and_named(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    notes = written(tmp_path / "notes.txt", "quelques notes\n")
    assert drop(window, file_mime(notes)) == (False, False)
    assert window.librarian.wizard is None
    assert "« notes.txt »" in status(window)
    assert "Impossible d'importer" in status(window)
    empty = tmp_path / "vide"
    empty.mkdir()
    (empty / "image.png").write_bytes(b"\x89PNG")
    gone = tmp_path / "parti.bib"
    assert drop(window, file_mime(gone)) == (False, False)
    assert "« parti.bib »" in status(window)
    window.statusBar().clearMessage()
    assert drop(window, file_mime(empty)) == (True, True)  # a folder may hold something
    assert window.librarian.wizard is None
    assert "« vide »" in status(window)


def test_a_supported_file_among_others_is_imported_and_the_others_named(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    bib = written(tmp_path / "refs.bib", BIBTEX)
    notes = written(tmp_path / "notes.txt", "quelques notes\n")
    assert drop(window, file_mime(notes, bib)) == (True, True)
    assert opened_wizard(window).source.path.text() == str(bib)
    assert "« notes.txt »" in status(window)


def test_a_drop_of_no_file_is_refused(qtbot: QtBot, window: MainWindow) -> None:
    mime = QMimeData()
    mime.setText("du texte")
    assert drop(window, mime) == (False, False)
    web = QMimeData()
    web.setUrls([QUrl("https://example.org/refs.bib")])
    assert drop(window, web) == (False, False)
    assert window.librarian.wizard is None


def test_the_import_suffixes_are_those_the_import_recognises(tmp_path: Path) -> None:
    for suffix in sorted(IMPORT_SUFFIXES):
        path = tmp_path / f"empty{suffix}"
        path.write_bytes(b"")
        assert detect_file_format(path), suffix  # by its name, without reading it


# -- a file dropped on the fiche being read: attached ------------------------------------------


def test_a_pdf_dropped_on_the_reader_is_attached_to_the_fiche(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    pdf = tmp_path / "rapport final.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
    go(qtbot, window, GENRO)
    assert [a.original_name for a in library.attachments_of(GENRO)] == []
    assert drop(window.reader.viewport(), file_mime(pdf)) == (True, True)
    wait_idle(qtbot, window)
    assert [a.original_name for a in library.attachments_of(GENRO)] == ["rapport final.pdf"]
    panel = window.librarian_tools.fiche_tools.attachments
    assert [a.original_name for a in panel.items] == ["rapport final.pdf"]
    assert "rapport final.pdf" in status(window)
    assert window.librarian.wizard is None


def test_a_file_dropped_on_the_reader_without_a_fiche_is_imported(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    window.navigator.home()
    wait_idle(qtbot, window)
    assert window.navigator.fiche is None
    bib = written(tmp_path / "refs.bib", BIBTEX)
    assert drop(window.reader.viewport(), file_mime(bib)) == (True, True)
    assert opened_wizard(window).source.path.text() == str(bib)


# -- fiches dropped on the basket or on a dossier ----------------------------------------------


def test_fiches_dropped_on_the_basket_tab_join_the_basket(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    assert library.basket() == []
    bar = window.tabs.tabBar()
    basket_tab = window.tabs.indexOf(window.basket)
    filters_tab = window.tabs.indexOf(window.facets)
    mime = keys_mime([PORTO, GENRO])
    assert drop(bar, mime, bar.tabRect(filters_tab).center()) == (False, False)
    wait_idle(qtbot, window)
    assert library.basket() == []
    assert enter(bar, mime, bar.tabRect(basket_tab).center())
    assert status(window) == "Déposer pour ajouter 2 fiche(s) au panier."
    assert drop(bar, mime, bar.tabRect(basket_tab).center()) == (True, True)
    wait_idle(qtbot, window)
    assert [f.key for f in library.basket()] == [PORTO, GENRO]
    assert window.basket.model.fiche_keys() == [PORTO, GENRO]
    assert "2 fiche(s) ajoutée(s) au panier" in status(window)


def test_fiches_dropped_on_the_basket_panel_join_the_basket(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    window.show_tab(window.tabs.indexOf(window.basket))
    library.basket_add(PORTO)
    assert drop(window.basket.view.viewport(), keys_mime([PORTO, GENRO])) == (True, True)
    wait_idle(qtbot, window)
    assert [f.key for f in library.basket()] == [PORTO, GENRO]  # PORTO was there already
    assert "1 fiche(s) ajoutée(s) au panier" in status(window)


def test_fiches_unknown_to_this_library_are_left_out(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    bar = window.tabs.tabBar()
    on_basket = bar.tabRect(window.tabs.indexOf(window.basket)).center()
    assert drop(bar, keys_mime(["fiche-d-une-autre-bibliotheque", GENRO]), on_basket)[1]
    wait_idle(qtbot, window)
    assert [f.key for f in library.basket()] == [GENRO]


def _outside(library: Library, dossier: str) -> list[str]:
    members = {m.key for m in library.get(dossier).members}
    return [f.key for f in library.list_fiches() if f.key not in members and f.kind != "dossier"]


def test_fiches_dropped_on_a_dossier_being_read_join_it(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    before = [m.key for m in library.get(DOSSIER).members]
    new = _outside(library, DOSSIER)[:2]
    assert len(new) == 2
    go(qtbot, window, GENRO)  # not a dossier: refused
    assert drop(window.reader.viewport(), keys_mime(new)) == (False, False)
    go(qtbot, window, DOSSIER)
    assert drop(window.reader.viewport(), keys_mime([before[0], *new])) == (True, True)
    wait_idle(qtbot, window)
    assert [m.key for m in library.get(DOSSIER).members] == [*before, *new]  # not moved
    assert "2 fiche(s) ajoutée(s) au dossier" in status(window)
    assert window.navigator.fiche is not None
    assert [m.key for m in window.navigator.fiche.members] == [*before, *new]  # read again


def test_a_dossier_drop_is_one_change_undone_whole_and_skips_a_trashed_fiche(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    before = [m.key for m in library.get(DOSSIER).members]
    new = _outside(library, DOSSIER)[:3]
    assert len(new) == 3
    library.delete(new[1])  # trashed after the drag began
    go(qtbot, window, DOSSIER)
    assert drop(window.reader.viewport(), keys_mime(new)) == (True, True)
    wait_idle(qtbot, window)
    assert [m.key for m in library.get(DOSSIER).members] == [*before, new[0], new[2]]
    history = window.edits.history
    assert history.can_undo()
    history.undo()
    wait_idle(qtbot, window)
    assert [m.key for m in library.get(DOSSIER).members] == before
    history.redo()
    wait_idle(qtbot, window)
    assert [m.key for m in library.get(DOSSIER).members] == [*before, new[0], new[2]]


def test_a_bibliography_dropped_on_a_fiche_is_imported_not_attached(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    go(qtbot, window, GENRO)
    bib = written(tmp_path / "refs.bib", BIBTEX)
    assert drop(window.reader.viewport(), file_mime(bib)) == (True, True)
    assert opened_wizard(window).source.path.text() == str(bib)
    wait_idle(qtbot, window)
    assert library.attachments_of(GENRO) == []


def test_fiches_dropped_on_a_dossier_row_of_the_results_join_it(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    model, view = window.results, window.results_view
    row, other = model.row_of(DOSSIER), model.row_of(PORTO)
    assert row is not None
    assert other is not None
    new = _outside(library, DOSSIER)[:1]
    view.scrollTo(model.index(other, 0))
    wait_idle(qtbot, window)
    on_porto = view.visualRect(model.index(other, 0)).center()
    assert drop(view.viewport(), keys_mime(new), on_porto) == (False, False)
    view.scrollTo(model.index(row, 0))
    wait_idle(qtbot, window)
    on_dossier = view.visualRect(model.index(row, 0)).center()
    assert drop(view.viewport(), keys_mime(new), on_dossier) == (True, True)
    wait_idle(qtbot, window)
    assert [m.key for m in library.get(DOSSIER).members][-1] == new[0]


def test_a_read_only_library_takes_no_drop(
    qtbot: QtBot, library_path: Path, tmp_path: Path
) -> None:
    lib = Library.open(library_path, read_only=True)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    try:
        with qtbot.waitSignal(win.library_ready, timeout=TIMEOUT):
            win.attach_library(lib)
        wait_idle(qtbot, win)
        assert win.keeping.read_only
        bib = written(tmp_path / "refs.bib", BIBTEX)
        assert drop(win, file_mime(bib)) == (False, False)
        assert win.librarian.wizard is None
        assert "lecture seule" in win.statusBar().currentMessage()
        bar = win.tabs.tabBar()
        on_basket = bar.tabRect(win.tabs.indexOf(win.basket)).center()
        assert drop(bar, keys_mime([PORTO]), on_basket) == (False, False)
        wait_idle(qtbot, win)
        assert lib.basket() == []
    finally:
        win.close()
        lib.close()


# -- fiches dragged out: keys inside, citations outside ----------------------------------------


def test_fiches_dragged_out_carry_their_citations_as_text_and_html(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    other = next(f.key for f in library.list_fiches("reference") if f.key != GENRO)
    keys = [GENRO, other]
    expected = library.compile_bibliography(keys, DEFAULT_CITATION_STYLE).entries
    assert len(expected) == 2
    mime = window.drag_out(keys)
    wait_idle(qtbot, window)
    assert fiche_keys(mime) == keys  # drops inside the window still work
    assert json.loads(bytes(mime.data(FICHE_KEYS_MIME).data()).decode()) == keys
    assert mime.text() == "\n".join(c.text for c in expected)
    assert mime.hasHtml()
    for citation in expected:
        assert citation.html in mime.html()
    assert "<i>" in mime.html()


def test_rows_dragged_from_the_results_table_carry_the_citations(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    """The results model's drag data comes from ``drag_out``: the selected rows' keys in row
    order, and their citations."""
    model = window.results
    rows = [
        r for r in range(model.rowCount()) if model.key_at(r) and "ref-" in str(model.key_at(r))
    ]
    assert len(rows) >= 2
    picked = rows[:2]
    keys = [str(model.key_at(r)) for r in picked]
    mime = model.mimeData([model.index(r, 0) for r in reversed(picked)])
    wait_idle(qtbot, window)
    assert fiche_keys(mime) == keys
    expected = library.compile_bibliography(keys, DEFAULT_CITATION_STYLE).entries
    assert mime.text() == "\n".join(c.text for c in expected)


def test_a_fiche_that_cannot_be_cited_is_dragged_out_by_its_title(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    cglu = "res-cglu"  # an organisation without a website: nothing to cite
    assert library.compile_bibliography([cglu]).apart
    mime = window.drag_out([cglu, GENRO])
    wait_idle(qtbot, window)
    assert mime.text().split("\n") == [library.cite(GENRO).text, library.get(cglu).title]
    assert mime.html().endswith(f"<p>{library.get(cglu).title}</p>")


def test_a_drag_while_the_library_is_busy_carries_the_titles(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    window.host.run(lambda _lib: time.sleep(1.0))  # a long task holds the worker
    titles = {window.results.key_at(r): window.results.index(r, 0).data() for r in range(3)}
    keys = [str(k) for k in titles]
    shown = loaded_titles(window.results, window.results.ranked_keys)
    drag = CitationDrag(window.host, shown, wait_s=0.05)
    started = time.monotonic()
    mime = drag(keys)
    assert time.monotonic() - started < 0.5  # the drag did not wait for the worker
    assert mime.text() == "\n".join(str(titles[k]) for k in keys)
    assert fiche_keys(mime) == keys
    wait_idle(qtbot, window)
