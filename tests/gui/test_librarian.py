"""The librarian's side of the window: import wizard, duplicates and merge, export,
citations and bibliographies, attachments, thesaurus maintenance and quality."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from kb_app.core.dto import AgentDraft, FicheDraft
from kb_app.core.jobs import Progress
from kb_app.core.library import Library
from kb_app.gui.citing import format_keys
from kb_app.gui.dialogs.import_wizard import ImportWizard
from kb_app.gui.errors import error_sentence
from kb_app.gui.links import concept_url, fiche_url
from kb_app.gui.main_window import MainWindow
from kb_app.gui.progress import ProgressState
from tests.gui.conftest import COPRODUCTION, DOSSIER, GENRO, PORTO, wait_idle

pytestmark = pytest.mark.gui

CHRONIQUE = "ref-guiheneuf-2008-chronique-conference-citoyens"
# Two new works and one that looks like a fiche of the library (same title, year and first
# author, nothing else): imported and flagged unless the librarian chooses otherwise.
RIS = (
    "TY  - BOOK\nAU  - Lefèvre, Hélène\nTI  - Gouverner les communs urbains\nPY  - 2019\n"
    "PB  - Éditions du Bien commun\nER  - \n\n"
    "TY  - JOUR\nAU  - Müller, Jörg\nTI  - Démocratie délibérative et territoires\nPY  - 2021\n"
    "ER  - \n\n"
    "TY  - BOOK\nAU  - Guihéneuf, Pierre-Yves\nTI  - Chronique d'une conférence de citoyens\n"
    "PY  - 2008\nER  - \n"
)
BIBTEX = (
    "@book{lefevre2019, author = {Lefèvre, Hélène}, title = {Gouverner les communs urbains},"
    " year = {2019}}\n"
    "@article{muller2021, author = {Müller, Jörg}, title = {Démocratie délibérative},"
    " journal = {Territoires}, year = {2021}}\n"
)


def references(library: Library) -> set[str]:
    return {f.title for f in library.list_fiches("reference")}


def open_wizard(qtbot: QtBot, window: MainWindow, path: Path) -> ImportWizard:
    window.commands["import"].trigger()
    wizard = window.librarian.wizard
    assert wizard is not None
    assert wizard.isVisible()
    wizard.source.path.setText(str(path))
    return wizard


def preview(qtbot: QtBot, window: MainWindow, wizard: ImportWizard) -> None:
    wizard.next()
    wait_idle(qtbot, window)


# -- import ----------------------------------------------------------------------------------


def test_import_wizard_reads_a_latin1_ris_file_then_imports_it(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path, qtmodeltester: object
) -> None:
    path = tmp_path / "notices.ris"
    path.write_bytes(RIS.encode("latin-1"))
    before = references(library)
    wizard = open_wizard(qtbot, window, path)
    assert wizard.source.detected.text() == "Format reconnu : RIS."
    preview(qtbot, window, wizard)
    page = wizard.preview
    assert page.report is None  # not UTF-8: the encoding must be chosen first
    assert page.message.text() == (
        "Le fichier n'est pas en UTF-8 : choisissez son encodage.\n"
        "• notices.ris:2 — L'octet 0xe8 n'est pas de l'UTF-8 ; choisissez l'encodage du "
        "fichier (par exemple windows-1252, latin-1)."
    )
    assert page.encoding.isVisible()
    assert not page.isComplete()
    page.encoding.setCurrentIndex(page.encoding.findData("latin-1"))
    wait_idle(qtbot, window)
    report = page.report
    assert report is not None
    assert (report.found, report.imported, report.duplicates, report.skipped) == (3, 3, 0, 0)
    assert report.flagged == 1
    assert page.counts.text().startswith(
        "3 entrée(s) trouvée(s) : 3 nouvelle(s), 0 mise(s) à jour, "
        "0 identique(s) mise(s) de côté, 0 écartée(s)."
        " 1 signalée(s) comme doublon(s) probable(s), à vérifier."
    )
    rows = [r.cells for r in page.entries.rows()]
    assert [r[1] for r in rows] == [
        "Gouverner les communs urbains",
        "Démocratie délibérative et territoires",
        "Chronique d'une conférence de citoyens",
    ]
    assert [r[4] for r in rows[:2]] == ["nouvelle", "nouvelle"]
    assert rows[2][4] == (
        "nouvelle — ressemble à « Chronique d'une conférence de citoyens » "
        "(même titre, même année, même premier auteur)"
    )
    assert not page.choice.isEnabled()  # no flagged entry selected
    page.entries_view.setCurrentIndex(page.entries.index(2, 0))
    assert page.choice.isEnabled()
    assert page.choice.currentData() == "import"  # the default
    page.choice.setCurrentIndex(page.choice.findData("skip"))
    assert page.entries.rows()[2].cells[4].endswith(" — choix : écarter")
    assert page.options().choices == ((report.entries[2].line, "skip"),)
    assert rows[0][0] == "notices.ris:1"
    assert rows[0][3] == "Lefèvre, Hélène"
    assert [r.cells for r in page.problems.rows()] == [
        ("notices.ris:2", "Pas en UTF-8 (ligne 2) : lu en iso8859-1, encodage choisi.")
    ]
    qtmodeltester.check(page.entries)  # type: ignore[attr-defined]
    qtmodeltester.check(page.problems)  # type: ignore[attr-defined]
    assert page.isComplete()
    assert references(library) == before  # the preview wrote nothing
    wizard.next()  # « Importer »
    qtbot.waitUntil(lambda: wizard.currentId() == 3, timeout=10_000)
    wait_idle(qtbot, window)
    assert references(library) == before | {
        "Gouverner les communs urbains",
        "Démocratie délibérative et territoires",
    }
    assert wizard.summary.text.text().startswith("3 entrée(s) trouvée(s) : 2 importée(s),")
    assert "1 écartée(s)" in wizard.summary.text.text()  # as chosen
    assert wizard.summary.review_button.isVisibleTo(wizard.summary)
    assert wizard.summary.flagged_keys() == [CHRONIQUE]
    wizard.summary.review_button.click()  # the duplicates window, the flagged fiches first
    wait_idle(qtbot, window)
    dialog = window.librarian.duplicates_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.focus == {CHRONIQUE}
    dialog.reject()
    wizard.summary.show_button.click()
    wait_idle(qtbot, window)
    shown = set(window.results.ranked_keys())
    assert len(shown) == 2
    assert {library.get(k).title for k in shown} == {
        "Gouverner les communs urbains",
        "Démocratie délibérative et territoires",
    }
    assert window.results_label.text() == "Fiches importées : 2"


def test_a_flagged_entry_merged_refreshes_the_existing_fiche(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "notices.ris"
    path.write_text(RIS.replace("PY  - 2008\n", "PY  - 2008\nCY  - Paris\n"), encoding="utf-8")
    wizard = open_wizard(qtbot, window, path)
    preview(qtbot, window, wizard)
    page = wizard.preview
    assert not page.encoding.isVisible()  # UTF-8: nothing to choose
    page.update_box.setChecked(True)  # updates identities only: a likeness is not one
    wait_idle(qtbot, window)
    assert page.report is not None
    assert (page.report.imported, page.report.updated, page.report.flagged) == (3, 0, 1)
    page.entries_view.setCurrentIndex(page.entries.index(2, 0))
    page.choice.setCurrentIndex(page.choice.findData("merge"))
    assert page.entries.rows()[2].cells[4].endswith(" — choix : fusionner")
    wizard.next()  # « Importer »
    qtbot.waitUntil(lambda: wizard.currentId() == 3, timeout=10_000)
    wait_idle(qtbot, window)
    outcome = wizard.run_page.outcome
    assert outcome is not None
    assert outcome.report is not None
    assert (outcome.report.imported, outcome.report.updated) == (2, 1)
    assert library.get(CHRONIQUE).details["place"] == "Paris"


def test_cancelling_the_import_changes_nothing(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(BIBTEX, encoding="utf-8")
    before = references(library)
    wizard = open_wizard(qtbot, window, path)
    assert wizard.source.detected.text() == "Format reconnu : BibTeX."
    preview(qtbot, window, wizard)
    assert wizard.preview.report is not None
    assert wizard.preview.report.imported == 2
    gate = threading.Event()
    window.host.run(lambda lib: gate.wait(10))  # the worker is busy: the import waits
    wizard.next()
    page = wizard.run_page
    assert page.running
    assert page.cancel_button.isEnabled()
    page.cancel_button.click()
    assert page.label.text() == "Annulation…"
    gate.set()
    qtbot.waitUntil(lambda: wizard.currentId() == 3, timeout=10_000)
    wait_idle(qtbot, window)
    assert page.outcome is not None
    assert page.outcome.cancelled
    assert wizard.summary.title() == "Import annulé"
    assert wizard.summary.text.text() == "La bibliothèque n'a pas été modifiée."
    assert not wizard.summary.show_button.isEnabled()
    assert references(library) == before


def test_an_import_cancelled_after_its_first_batch_is_rolled_back(
    qtbot: QtBot,
    window: MainWindow,
    library: Library,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(BIBTEX, encoding="utf-8")
    before = references(library)
    seen: list[str] = []
    original = ProgressState.report

    def report(state: ProgressState, progress: Progress) -> None:
        seen.append(progress.label)
        if progress.label == "ajout":  # the fiches are written, not yet committed
            state.token.cancel()
        original(state, progress)

    monkeypatch.setattr(ProgressState, "report", report)
    wizard = open_wizard(qtbot, window, path)
    preview(qtbot, window, wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == 3, timeout=10_000)
    wait_idle(qtbot, window)
    assert seen == ["lecture", "ajout"]
    assert wizard.run_page.outcome is not None
    assert wizard.run_page.outcome.cancelled
    assert references(library) == before
    # the transaction was closed with the job: the library can be written at once
    written = library.add(FicheDraft(kind="analysis", title="Écrire encore"))
    assert library.get(written.key).title == "Écrire encore"


def test_closing_the_wizard_during_the_import_cancels_it(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(BIBTEX, encoding="utf-8")
    before = references(library)
    wizard = open_wizard(qtbot, window, path)
    preview(qtbot, window, wizard)
    gate = threading.Event()
    window.host.run(lambda lib: gate.wait(10))
    wizard.next()
    wizard.reject()  # Échap or the window's close button
    assert wizard.isVisible()  # it waits for the import to stop
    gate.set()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10_000)
    wait_idle(qtbot, window)
    assert references(library) == before


def test_import_of_a_markdown_folder(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    folder = tmp_path / "fiches"
    library.export("markdown", folder, keys=[GENRO])
    exported = (folder / f"{GENRO}.md").read_text(encoding="utf-8")
    new = exported.replace(f"id: {GENRO}", "id: ref-copie-de-travail", 1)
    new = new.replace("\ntitle: ", "\ntitle: Copie de travail — ", 1)
    (folder / "ref-copie-de-travail.md").write_text(new, encoding="utf-8")
    (folder / "ref-sans-titre.md").write_text("---\nid: ref-sans-titre\n---\n", encoding="utf-8")
    wizard = open_wizard(qtbot, window, folder)
    assert wizard.source.detected.text() == "Format reconnu : Markdown (dossier de fiches)."
    preview(qtbot, window, wizard)
    report = wizard.preview.report
    assert report is not None
    assert (report.found, report.imported, report.duplicates, report.skipped) == (3, 1, 1, 1)
    actions = sorted(r.cells[4] for r in wizard.preview.entries.rows())
    genro = library.get(GENRO).title
    assert actions[0] == f"identique à « {genro} » (déjà présente)"
    assert actions[1].startswith("nouvelle")
    assert actions[2] == "écartée : le champ « type de fiche » est obligatoire"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == 3, timeout=10_000)
    wait_idle(qtbot, window)
    assert library.get("ref-copie-de-travail").title.startswith("Copie de travail — ")


# -- duplicates and merge --------------------------------------------------------------------


def test_duplicates_then_merge_choosing_b_title(
    qtbot: QtBot, window: MainWindow, library: Library, qtmodeltester: object
) -> None:
    copy = library.add(
        FicheDraft(
            kind="reference",
            title="CHRONIQUE D'UNE CONFÉRENCE DE CITOYENS",
            date="2008",
            agents=(AgentDraft("Guihéneuf, Pierre-Yves", "author"),),
            details={"type": "book", "publisher": "ECLM"},
            concepts=("délibération", "gouvernance"),
        )
    )
    window.refresh_all()
    wait_idle(qtbot, window)
    window.commands["duplicates"].trigger()
    wait_idle(qtbot, window)
    dialog = window.librarian.duplicates_dialog
    assert dialog is not None
    assert dialog.isVisible()
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    assert dialog.intro.text() == "1 paire(s) de fiches qui semblent décrire la même œuvre."
    row = dialog.model.rows()[0]
    assert row.cells[2] == "même titre, même année, même premier auteur"
    assert set(row.value) == {copy.key, CHRONIQUE}
    dialog.merge_button.click()
    wait_idle(qtbot, window)
    merge = window.librarian.merge_dialog
    assert merge is not None
    assert merge.isVisible()
    keep, other = merge.a.key, merge.b.key
    assert {keep, other} == {copy.key, CHRONIQUE}
    titles = {keep: library.get(keep).title, other: library.get(other).title}
    assert {"title", "date", "details.publisher"} <= set(merge.radios)
    assert "details.type" not in merge.radios  # the same on both sides: nothing to choose
    assert merge.choices()["title"] == "a"
    merge.radios["title"][1].click()
    assert merge.choices()["title"] == "b"
    merge.merge_button.click()
    wait_idle(qtbot, window)
    assert not merge.isVisible()
    merged = library.get(keep)
    assert merged.title == titles[other]
    assert {"délibération", "gouvernance", "conférence de citoyens"} <= {
        c.label for c in merged.concepts
    }
    assert library.get(other).deleted
    assert window.navigator.fiche is not None
    assert window.navigator.fiche.key == keep
    assert dialog.intro.text() == "Aucun doublon probable dans la bibliothèque."


def test_not_a_duplicate_leaves_the_duplicates_window(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    copy = library.add(
        FicheDraft(
            kind="reference",
            title="Chronique d'une conférence de citoyens",
            date="2008",
            agents=(AgentDraft("Guihéneuf, P.-Y.", "author"),),
            details={"type": "book"},
        )
    )
    window.commands["duplicates"].trigger()
    wait_idle(qtbot, window)
    dialog = window.librarian.duplicates_dialog
    assert dialog is not None
    assert set(dialog.model.rows()[0].value) == {copy.key, CHRONIQUE}
    assert dialog.apart_button.isEnabled()
    dialog.apart_button.click()
    wait_idle(qtbot, window)
    assert dialog.intro.text() == "Aucun doublon probable dans la bibliothèque."
    assert library.duplicates() == []


def test_merging_fiches_of_two_kinds_is_refused_in_french(
    qtbot: QtBot, window: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "kb_app.gui.ops.show_error", lambda _p, exc: shown.append(error_sentence(exc))
    )
    window.librarian.merge(GENRO, PORTO)
    wait_idle(qtbot, window)
    assert window.librarian.merge_dialog is None  # refused before anything is shown
    assert shown == [
        f"« {GENRO} » (Référence) et « {PORTO} » (Étude de cas) ne sont pas du même type."
    ]
    assert not library.get(GENRO).deleted


# -- export ----------------------------------------------------------------------------------


def test_export_the_basket_as_ris_and_the_thesaurus_as_skos(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    for key in (GENRO, CHRONIQUE):
        window.basket.add(key)
        wait_idle(qtbot, window)
    window.commands["export_data"].trigger()
    wait_idle(qtbot, window)
    dialog = window.librarian.export_dialog
    assert dialog is not None
    assert dialog.scopes["basket"].text() == "Panier (2)"
    total = len(library.export_keys())
    assert dialog.scopes["library"].text() == f"Toute la bibliothèque ({total})"
    dialog.format.setCurrentIndex(dialog.format.findData("ris"))
    dialog.scopes["basket"].setChecked(True)
    target = tmp_path / "panier.ris"
    dialog.path.setText(str(target))
    dialog.export_button.click()
    wait_idle(qtbot, window)
    assert dialog.message.text() == f"2 fiche(s) exportée(s) vers {target}."
    text = target.read_text(encoding="utf-8")
    assert text.count("TY  - ") == 2
    assert "Chronique d'une conférence de citoyens" in text
    dialog.format.setCurrentIndex(dialog.format.findData("skos"))
    assert not dialog.scope_box.isEnabled()
    assert dialog.path.text().endswith("panier.ttl")
    dialog.export_button.click()
    wait_idle(qtbot, window)
    assert dialog.message.text() == f"95 concept(s) exporté(s) vers {tmp_path / 'panier.ttl'}."
    assert (tmp_path / "panier.ttl").read_text(encoding="utf-8").count("skos:prefLabel") >= 95


def test_export_markdown_into_a_non_empty_folder_is_refused_in_french(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    (tmp_path / "occupé.txt").write_text("x", encoding="utf-8")
    window.librarian_tools.export()
    wait_idle(qtbot, window)
    dialog = window.librarian.export_dialog
    assert dialog is not None
    dialog.format.setCurrentIndex(dialog.format.findData("markdown"))
    dialog.scopes["library"].setChecked(True)
    dialog.path.setText(str(tmp_path))
    dialog.export_button.click()
    wait_idle(qtbot, window)
    assert dialog.message.text() == (
        f"{tmp_path} : choisissez un dossier nouveau ou vide pour un export Markdown."
    )


# -- citations -------------------------------------------------------------------------------


def test_copy_citation_puts_text_and_html_on_the_clipboard(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    window.navigator.go(fiche_url(CHRONIQUE))
    wait_idle(qtbot, window)
    tools = window.librarian_tools.fiche_tools
    assert tools.isVisible()
    assert not tools.bibliography_button.isVisible()
    window.commands["cite"].trigger()
    wait_idle(qtbot, window)
    expected = format_keys(library, [CHRONIQUE], "iso690-author-date-fr")[0]
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == expected.text
    assert mime.text().startswith("GUIHÉNEUF, Pierre-Yves, 2008. Chronique d’une conférence")
    assert mime.hasHtml()
    assert mime.html() == f"<p>{expected.html}</p>"
    assert "<i>Chronique d’une conférence de citoyens" in mime.html()
    assert window.statusBar().currentMessage() == "Citation copiée."
    tools.style_box.setCurrentIndex(tools.style_box.findData("iso690-numeric-fr"))
    tools.copy_button.click()
    wait_idle(qtbot, window)
    assert (
        QGuiApplication.clipboard()
        .mimeData()
        .text()
        .startswith("1. GUIHÉNEUF, Pierre-Yves. Chronique")
    )


def test_copying_the_citation_of_an_organisation_without_a_website_says_why(
    qtbot: QtBot, window: MainWindow
) -> None:
    QGuiApplication.clipboard().setText("avant")
    window.navigator.go(fiche_url("res-cglu"))
    wait_idle(qtbot, window)
    window.commands["cite"].trigger()
    wait_idle(qtbot, window)
    assert QGuiApplication.clipboard().text() == "avant"
    assert window.statusBar().currentMessage() == (
        "Organisation sans site web : il n'y a pas de document à citer."
    )


def test_basket_bibliography_shows_copies_and_saves(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    for key in (CHRONIQUE, GENRO):
        window.basket.add(key)
        wait_idle(qtbot, window)
    assert window.librarian_tools.basket_bibliography_button.isEnabled()
    window.librarian_tools.basket_bibliography_button.click()
    wait_idle(qtbot, window)
    dialog = window.librarian.bibliography_dialog
    assert dialog is not None
    assert len(dialog.citations) == 2
    assert dialog.message.text() == "2 référence(s)."
    assert "GUIHÉNEUF, Pierre-Yves, 2008." in dialog.view.toPlainText()
    dialog.style_box.setCurrentIndex(dialog.style_box.findData("iso690-numeric-fr"))
    wait_idle(qtbot, window)
    assert [c.text[:3] for c in dialog.citations] == ["1. ", "2. "]
    dialog.copy()
    assert QGuiApplication.clipboard().mimeData().text().startswith("1. ")
    target = tmp_path / "biblio.html"
    dialog.save(str(target))
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert html.count("<p>") == 2
    assert "<i>Chronique d’une conférence de citoyens" in html
    assert [f"<p>{c.html}</p>" in html for c in dialog.citations] == [True, True]


def test_dossier_bibliography_lists_its_members(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    window.navigator.go(fiche_url(DOSSIER))
    wait_idle(qtbot, window)
    assert window.librarian_tools.fiche_tools.bibliography_button.isVisible()
    window.librarian_tools.fiche_tools.bibliography_button.click()
    wait_idle(qtbot, window)
    dialog = window.librarian.bibliography_dialog
    assert dialog is not None
    members = library.get(DOSSIER).members
    # an organisation without a website (res-cglu) is listed apart, with why
    assert [u.key for u in dialog.apart] == ["res-cglu"]
    assert len(dialog.citations) == len(members) - 1
    assert "Fiches qui ne peuvent pas être citées" in dialog.view.toHtml()
    assert "organisation sans site web" in dialog.view.toPlainText()
    assert dialog.message.text() == (
        f"{len(members) - 1} référence(s). 1 fiche(s) mise(s) à part : "
        "elles ne peuvent pas être citées."
    )
    dialog.copy()  # what is copied is the bibliography only
    assert "organisation sans site web" not in QGuiApplication.clipboard().mimeData().text()


# -- attachments -----------------------------------------------------------------------------


def test_attachments_add_open_and_remove(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path, qtmodeltester: object
) -> None:
    window.navigator.go(fiche_url(GENRO))
    wait_idle(qtbot, window)
    panel = window.librarian_tools.fiche_tools.attachments
    assert panel.key == GENRO
    assert panel.title.text() == "Aucune pièce jointe"
    source = tmp_path / "compte-rendu séance.txt"
    source.write_text("Budget participatif : compte rendu de la séance.\n", encoding="utf-8")
    panel.add(str(source))
    wait_idle(qtbot, window)
    assert panel.title.text() == "Pièces jointes : 1"
    assert [r.cells for r in panel.model.rows()] == [("compte-rendu séance.txt", "50 o", "oui")]
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    opened: list[QUrl] = []
    panel.open_external = lambda url: opened.append(url) or True
    panel.open_selected()
    wait_idle(qtbot, window)
    assert len(opened) == 1
    stored = Path(opened[0].toLocalFile())
    assert stored.is_file()
    assert stored != source
    assert stored.is_relative_to(library.folder)
    assert stored.read_bytes() == source.read_bytes()
    panel.confirm = lambda _title, _text: False
    panel.remove_selected()
    wait_idle(qtbot, window)
    assert len(library.attachments_of(GENRO)) == 1  # not confirmed: kept
    panel.confirm = lambda _title, _text: True
    panel.remove_selected()
    wait_idle(qtbot, window)
    assert library.attachments_of(GENRO) == []
    assert panel.title.text() == "Aucune pièce jointe"


def test_attaching_the_same_file_twice_is_refused_in_french(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "kb_app.gui.ops.show_error",
        lambda parent, exc: shown.append(error_sentence(exc)),
    )
    window.navigator.go(fiche_url(GENRO))
    wait_idle(qtbot, window)
    source = tmp_path / "note.txt"
    source.write_text("une note\n", encoding="utf-8")
    panel = window.librarian_tools.fiche_tools.attachments
    panel.add(str(source))
    wait_idle(qtbot, window)
    panel.add(str(source))
    wait_idle(qtbot, window)
    assert shown == [
        f"Ce fichier est déjà joint à « {GENRO} ».\n• Le même contenu est déjà joint à cette fiche."
    ]


# -- thesaurus -------------------------------------------------------------------------------


def test_thesaurus_rename_through_the_dialog(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    window.navigator.go(concept_url(COPRODUCTION))
    wait_idle(qtbot, window)
    old = library.concept(COPRODUCTION).label
    window.commands["thesaurus"].trigger()
    wait_idle(qtbot, window)
    dialog = window.librarian.thesaurus.dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.concept is not None
    assert dialog.concept.key == COPRODUCTION
    assert dialog.new_label.text() == old
    dialog.new_label.setText("coproduction du bien commun")
    dialog.rename_button.click()
    wait_idle(qtbot, window)
    concept = library.concept(COPRODUCTION)
    assert concept.label == "coproduction du bien commun"
    assert old in concept.alt_labels
    assert dialog.message.text() == (
        "Le concept s'appelle maintenant « coproduction du bien commun »."
    )
    assert window.navigator.concept is not None
    assert window.navigator.concept.label == "coproduction du bien commun"
    other = library.concept("délibération")
    dialog.new_label.setText(other.label.upper())
    dialog.rename_button.click()
    wait_idle(qtbot, window)
    assert dialog.message.text() == (
        f"Le libellé « {other.label.upper()} » est déjà utilisé par le concept « {other.label} »."
    )
    assert library.concept(COPRODUCTION).label == "coproduction du bien commun"


def test_thesaurus_delete_refusal_merge_and_move(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    window.librarian.maintain_thesaurus("délibération")
    wait_idle(qtbot, window)
    dialog = window.librarian.thesaurus.dialog
    assert dialog is not None
    dialog.confirm = lambda _title, _text: True
    used = library.concept("délibération")
    dialog.delete_button.click()
    wait_idle(qtbot, window)
    assert dialog.message.text().startswith(
        f"« {used.label} » ne peut pas être supprimé : {used.count_direct} fiche(s) l'utilisent"
    )
    fresh = library.add_concept(label="concept de passage", broader=(used.label,))
    dialog.chooser.setText(fresh.label)
    dialog.choose_button.click()
    wait_idle(qtbot, window)
    assert dialog.concept is not None
    assert dialog.concept.key == fresh.key
    dialog.broader.set_concepts([])
    dialog.move_button.click()
    wait_idle(qtbot, window)
    assert library.concept(fresh.key).broader == ()
    dialog.merge_target.setText(used.label)
    dialog.merge_button.click()
    wait_idle(qtbot, window)
    assert dialog.concept is None
    assert "concept de passage" in library.concept(used.key).alt_labels
    assert window.navigator.concept is not None
    assert window.navigator.concept.key == used.key


def test_thesaurus_quality_report_opens_its_entries(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    report = library.thesaurus_quality()
    window.commands["quality"].trigger()
    wait_idle(qtbot, window)
    dialog = window.librarian.thesaurus.quality_dialog
    assert dialog is not None
    groups = [dialog.tree.topLevelItem(n).text(0) for n in range(dialog.tree.topLevelItemCount())]
    assert groups[:4] == [
        f"Concepts sans définition ({len(report.without_definition)})",
        f"Fiches sans concept ({len(report.fiches_without_concept)})",
        f"Concepts inutilisés ({len(report.unused)})",
        f"Libellés en conflit ({len(report.label_clashes)})",
    ]
    assert dialog.summary.text().startswith(f"{report.concepts} concept(s) examiné(s).")
    urls = dialog.urls()
    assert len(urls) >= sum(report.counts().values()) - len(report.label_clashes)
    target = next(u for u in urls if u.startswith("kb:concept/"))
    dialog.open_url.emit(target)
    wait_idle(qtbot, window)
    assert window.navigator.url == target


def test_thesaurus_tree_context_menu_opens_the_concept_under_the_mouse(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_tab(1)
    index = window.thesaurus_panel.proxy.mapFromSource(
        window.thesaurus_panel.model.find(COPRODUCTION)
    )
    assert index.isValid()
    window.thesaurus_panel.view.scrollTo(index)
    menu = window.librarian_tools.concept_menu(
        window.thesaurus_panel.view.visualRect(index).center()
    )
    texts = [a.text() for a in menu.actions()]
    assert texts == [
        "Maintenance de ce concept…",
        "",
        "Rechercher les fiches",
        "Afficher la fiche du concept",
        "Filtrer les résultats par ce concept",
        "",
        "Qualité du thésaurus…",
    ]
    menu.actions()[0].trigger()
    menu.close()
    wait_idle(qtbot, window)
    dialog = window.librarian.thesaurus.dialog
    assert dialog is not None
    assert dialog.concept is not None
    assert dialog.concept.key == COPRODUCTION
