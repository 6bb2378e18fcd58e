"""The window's in-text citation (locator, form) and « Ajouter un style de citation… »."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kb_app.core.jobs import run_job
from kb_app.core.library import Library
from kb_app.core.paths import user_styles_dir
from kb_app.gui import settings
from kb_app.gui.import_text import counts_text, progress_text
from kb_app.gui.links import fiche_url
from kb_app.gui.main_window import MainWindow
from tests.gui.conftest import GENRO, wait_idle

DATA = Path(__file__).resolve().parents[1] / "data" / "csl"
EXPORT = Path(__file__).resolve().parents[1] / "data" / "zotero-export"
NB = "\u00a0"


def _show_genro(qtbot: QtBot, window: MainWindow) -> None:
    window.navigator.go(fiche_url(GENRO))
    wait_idle(qtbot, window)


def test_in_text_citation_with_locator_and_form(qtbot: QtBot, window: MainWindow) -> None:
    _show_genro(qtbot, window)
    tools = window.librarian_tools.fiche_tools
    tools.locator_edit.setText("p. 12")
    window.commands["cite_in_text"].trigger()
    wait_idle(qtbot, window)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == f"(GENRO et DE SOUZA, 1998, p.{NB}12)"
    assert mime.hasHtml()
    assert window.statusBar().currentMessage() == (
        f"Citation copiée : (GENRO et DE SOUZA, 1998, p.{NB}12)"
    )
    tools.form_box.setCurrentIndex(tools.form_box.findData("latex"))
    assert settings.citation_form() == "latex"  # remembered
    tools.in_text_button.click()
    wait_idle(qtbot, window)
    assert QGuiApplication.clipboard().mimeData().text() == f"\\cite[p.~12]{{{GENRO}}}"
    tools.locator_edit.setText("zz. 3")  # not a locator: said, nothing copied
    tools.in_text_button.click()
    wait_idle(qtbot, window)
    assert "zz" in window.statusBar().currentMessage()
    assert QGuiApplication.clipboard().mimeData().text() == f"\\cite[p.~12]{{{GENRO}}}"


def test_adding_a_style_lists_it_remembers_it_and_cites_with_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    _show_genro(qtbot, window)
    tools = window.librarian_tools.fiche_tools
    assert window.commands["add_citation_style"].text() == "Ajouter un style de citation…"
    tools.add_style(str(DATA / "kb-auteur-date-court.csl"))
    wait_idle(qtbot, window)
    assert tools.style_code() == "kb-auteur-date-court"
    assert tools.style_box.currentText() == "Auteur-date court (essai kb_app)"
    assert settings.citation_style("") == "kb-auteur-date-court"
    assert (user_styles_dir() / "kb-auteur-date-court.csl").is_file()
    tools.locator_edit.setText("p. 12")
    tools.in_text_button.click()
    wait_idle(qtbot, window)
    assert QGuiApplication.clipboard().mimeData().text() == "(GENRO et DE SOUZA, 1998, p. 12)"
    # the choice survives: a new bibliography dialog opens on it
    dialog = window.librarian.bibliography([GENRO], "Essai")
    wait_idle(qtbot, window)
    assert dialog.code() == "kb-auteur-date-court"
    assert dialog.citations[0].text.startswith("GENRO et DE SOUZA. 1998.")
    dialog.close()


def test_an_invalid_style_is_refused_with_its_file_and_line(
    qtbot: QtBot, window: MainWindow
) -> None:
    _show_genro(qtbot, window)
    tools = window.librarian_tools.fiche_tools
    before = [tools.style_box.itemData(i) for i in range(tools.style_box.count())]
    tools.add_style(str(DATA / "malformed.csl"))
    wait_idle(qtbot, window)
    box = tools.refused_box
    assert isinstance(box, QMessageBox)
    assert box.text().startswith(
        "Le style de citation « malformed.csl » ne peut pas être ajouté ; rien n'a été changé."
    )
    assert f"• {DATA / 'malformed.csl'}:9 : XML mal formé" in box.text()
    box.close()
    assert [tools.style_box.itemData(i) for i in range(tools.style_box.count())] == before
    assert not user_styles_dir().exists()


def test_import_summary_counts_the_attached_files(library: Library) -> None:
    report = run_job(library.import_file(EXPORT / "export.bib"))
    assert report.attachments == 3
    assert counts_text(report) == (
        "4 entrée(s) trouvée(s) : 4 importée(s), 0 mise(s) à jour, 0 identique(s) mise(s) de côté, "
        "0 écartée(s), 3 fichier(s) joint(s)."
    )
    assert progress_text("pièces jointes") == "Ajout des fichiers joints…"
