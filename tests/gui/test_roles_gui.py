"""The window says who a work is by: the reader's header, the result list, the import
preview and the duplicates window, each person in their role, in the window's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kb_app.core.dto import Credit
from kb_app.core.jobs import run_job
from kb_app.core.library import Library
from kb_app.gui import html_fiche, import_text, labels
from kb_app.gui.dialogs.duplicates_dialog import fiche_text
from kb_app.gui.links import fiche_url
from kb_app.gui.main_window import MainWindow
from kb_app.gui.models.results_model import _meta
from tests.gui.conftest import wait_idle

pytestmark = pytest.mark.gui

DATA = Path(__file__).resolve().parents[1] / "data"
ROLES_BIB = DATA / "bibtex" / "roles.bib"
BOURGOIS = DATA / "bibtex" / "tolkien-fr" / "bourgois.bib"


@pytest.fixture
def roles(library: Library) -> dict[str, str]:
    """roles.bib imported: title -> key."""
    keys = run_job(library.import_file(ROLES_BIB)).keys
    return {library.get(k).title: k for k in keys}


def header(library: Library, key: str) -> str:
    """The reader's header (kind, title, people) of the fiche ``key``."""
    return html_fiche._header(library.get(key))


def test_the_reader_header_of_a_chapter_names_its_author_and_its_book(
    qtbot: QtBot, library: Library, roles: dict[str, str]
) -> None:
    del qtbot
    text = header(library, roles["Entretien avec l'éditeur français"])
    assert "Par Bourgois, Christian</p>" in text
    assert "In : Ferré, Vincent (éd.), Tolkien, trente ans après</p>" in text
    assert "Par Bourgois, Christian ; Ferré" not in text
    page = html_fiche.fiche_page(library.get(roles["Entretien avec l'éditeur français"]), "")
    assert "Publié dans" not in page  # the book is named once, in the « In : » line


def test_the_reader_header_of_an_edited_book_marks_its_editor(
    qtbot: QtBot, library: Library, roles: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    del qtbot
    text = header(library, roles["Tolkien, trente ans après"])
    assert '<p class="meta">Ferré, Vincent (éd.)</p>' in text
    assert "Par " not in text
    monkeypatch.setattr(labels, "window_language", lambda: "en")
    assert '<p class="meta">Ferré, Vincent (ed.)</p>' in header(
        library, roles["Tolkien, trente ans après"]
    )


def test_the_reader_shows_translators_and_editors_of_a_whole_book_as_fields(
    qtbot: QtBot, library: Library, roles: dict[str, str]
) -> None:
    del qtbot
    translated = html_fiche.fiche_page(library.get(roles["La route de la Terre du Milieu"]), "")
    assert "Par Shippey, Tom</p>" in translated
    assert "Traduction</td><td>Pinteaux-Jones, Françoise</td>" in translated
    letters = html_fiche.fiche_page(library.get(roles["Lettres"]), "")
    assert "Par Tolkien, John Ronald Reuel</p>" in letters
    assert "Direction d&#x27;ouvrage</td><td>Carpenter, Humphrey</td>" in letters
    nobody = header(library, roles["Feuillet anonyme"])
    assert "Par " not in nobody
    assert 'class="meta"' not in nobody
    organisation = header(library, roles["Perspectives territoriales"])
    assert "Par Organisation de coopération et de développement économiques</p>" in organisation


def test_rows_of_the_list_the_preview_and_the_duplicates_window(
    qtbot: QtBot, library: Library, roles: dict[str, str]
) -> None:
    del qtbot
    rows = {r.title: r for r in library.rows(list(roles.values()))}
    assert _meta(rows["Entretien avec l'éditeur français"]).endswith("2004 · Bourgois, Christian")
    assert _meta(rows["Tolkien, trente ans après"]).endswith("2004 · Ferré, Vincent (éd.)")
    assert _meta(rows["Bilbo le Hobbit"]).endswith("1969 · Ledoux, Francis (trad.)")
    assert _meta(rows["Feuillet anonyme"]).endswith("1998")
    assert fiche_text(rows["Tolkien, trente ans après"], "k") == (
        "Tolkien, trente ans après (2004) — Ferré, Vincent (éd.)"
    )
    preview = library.preview_import(BOURGOIS)
    cells = {row.cells[1]: row.cells[3] for row in import_text.entry_rows(preview.entries, 100)}
    assert cells["Tolkien, trente ans après (1973–2003)"] == "Ferré, Vincent (éd.)"
    chapter = next(t for t in cells if t.startswith("Entretien avec"))
    assert cells[chapter] == "Bourgois, Christian"
    assert labels.people_text((Credit("Doe, John", "director"),)) == "Doe, John (réal.)"


def test_the_window_reads_a_chapter_with_its_book(
    qtbot: QtBot, window: MainWindow, library: Library, roles: dict[str, str]
) -> None:
    window.navigator.go(fiche_url(roles["La réception de Tolkien en France"]))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "In : " in window.reader.toPlainText())
    text = window.reader.toPlainText()
    assert "Par Ferré, Vincent\n" in text
    assert "In : Ferré, Vincent (éd.), Tolkien, trente ans après" in text


def test_the_windows_check_says_a_full_disk_without_calling_the_library_damaged(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kb_app.core.library.context import Context
    from kb_app.gui import keeping

    shown: list[str] = []
    monkeypatch.setattr(
        keeping.QMessageBox, "information", lambda _parent, _title, text: shown.append(text)
    )
    monkeypatch.setattr(Context, "free_bytes", lambda _self: 0)
    window.keeping.check()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    [text] = shown
    assert text.startswith("La bibliothèque est en bon état, mais :")
    assert "• le disque de la bibliothèque est plein : 0\u00a0o libre(s)" in text


def test_a_banner_says_saved_changes_wait_for_the_index_on_a_full_disk(
    qtbot: QtBot, window: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.core.test_full_disk import fill_the_index_volume

    library.search_ids("budget")  # an index to follow
    with monkeypatch.context() as m:
        fill_the_index_volume(m)
        run_job(library.import_file(ROLES_BIB))
    window.refresh_all()
    banner = window.keeping.lag_banner
    qtbot.waitUntil(lambda: not banner.isHidden(), timeout=10_000)
    assert banner.text().startswith("La modification est enregistrée dans la bibliothèque")
    assert "10 fiche(s) attendent d'y entrer" in banner.text()
    library.search_ids("Feuillet")  # space again: the index catches up
    qtbot.waitUntil(banner.isHidden, timeout=10_000)


def test_markdown_emphasis_in_a_title_is_italic_in_the_reader_and_gone_from_the_list(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    keys = run_job(library.import_file(BOURGOIS)).keys
    key = next(k for k in keys if library.get(k).title.startswith("Du cycle de l’Anneau"))
    assert library.get(key).title == "Du cycle de l’Anneau au _Seigneur des Anneaux_"  # data
    assert "<h1>Du cycle de l’Anneau au <i>Seigneur des Anneaux</i></h1>" in header(library, key)
    window.show_keys([key], "emphase")
    wait_idle(qtbot, window)
    model = window.results
    qtbot.waitUntil(lambda: model.data(model.index(0, 0)) != "Chargement…")
    assert model.data(model.index(0, 0)) == "Du cycle de l’Anneau au Seigneur des Anneaux"
