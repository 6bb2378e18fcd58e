"""A dossier read as a path (suivant / précédent); the basket: add, order, export, print;
the history of visits; two cases compared."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from kb_app.core.library import Library
from kb_app.gui.links import compare_url, fiche_url
from kb_app.gui.main_window import MainWindow
from tests.gui.conftest import DOSSIER, GENRO, PORTO, wait_idle

pytestmark = pytest.mark.gui


def go(qtbot: QtBot, win: MainWindow, url: str) -> None:
    win.navigator.go(url)
    wait_idle(qtbot, win)


def test_dossier_reading_path(qtbot: QtBot, window: MainWindow, library: Library) -> None:
    # the path follows the dossier's reading order, not the order of its members list
    members = [m for m, _ in library.get(DOSSIER).reading_order()]
    assert [m.key for m in members] != [m.key for m in library.get(DOSSIER).members]
    go(qtbot, window, fiche_url(DOSSIER))
    start = fiche_url(members[0].key, DOSSIER)
    assert f'href="{start}"' in window.reader.current_html()
    window.reader.follow(QUrl(start))  # « Commencer la lecture du dossier »
    wait_idle(qtbot, window)
    nav = window.navigator
    assert nav.fiche is not None
    assert nav.fiche.key == members[0].key
    assert nav.dossier is not None
    assert nav.dossier.key == DOSSIER
    assert f"1 sur {len(members)}" in window.reader.toPlainText()
    assert not window.commands["dossier_prev"].isEnabled()
    assert window.commands["dossier_next"].isEnabled()
    window.commands["dossier_next"].trigger()
    wait_idle(qtbot, window)
    assert nav.fiche.key == members[1].key
    assert f"2 sur {len(members)}" in window.reader.toPlainText()
    assert "précédent" in window.reader.toPlainText()
    assert "suivant" in window.reader.toPlainText()
    window.commands["dossier_prev"].trigger()
    wait_idle(qtbot, window)
    assert nav.fiche.key == members[0].key
    go(qtbot, window, fiche_url(members[-1].key, DOSSIER))
    assert not window.commands["dossier_next"].isEnabled()


def test_a_fiche_read_outside_its_dossier_has_no_path(qtbot: QtBot, window: MainWindow) -> None:
    go(qtbot, window, fiche_url(PORTO))
    assert window.navigator.dossier is None
    assert not window.commands["dossier_next"].isEnabled()


def test_basket_add_order_export_and_print(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    go(qtbot, window, fiche_url(PORTO))
    window.commands["basket_add"].trigger()
    wait_idle(qtbot, window)
    go(qtbot, window, fiche_url(GENRO))
    window.commands["basket_add"].trigger()
    wait_idle(qtbot, window)
    basket = window.basket
    assert basket.model.fiche_keys() == [PORTO, GENRO] == [r.key for r in library.basket()]
    basket.view.setCurrentIndex(basket.model.index(1))
    basket.move_up()
    wait_idle(qtbot, window)
    assert basket.model.fiche_keys() == [GENRO, PORTO]
    markdown = tmp_path / "liste.md"
    html = tmp_path / "liste.html"
    pdf = tmp_path / "liste.pdf"
    basket.export_to(str(markdown), "markdown")
    basket.export_to(str(html), "html")
    basket.print_pdf(str(pdf))
    wait_idle(qtbot, window)
    text = markdown.read_text(encoding="utf-8")
    assert text.startswith("# Liste de lecture")
    assert text.index("Quand les habitants") < text.index("Porto Alegre")
    assert "<!DOCTYPE html>" in html.read_text(encoding="utf-8")
    assert pdf.read_bytes().startswith(b"%PDF")
    basket.remove_selected()
    wait_idle(qtbot, window)
    assert basket.model.rowCount() == 1
    basket.clear()
    wait_idle(qtbot, window)
    assert library.basket() == []


def test_history_lists_visits_and_clears(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    go(qtbot, window, fiche_url(PORTO))
    go(qtbot, window, "kb:concept/bien-commun")
    window.show_tab(3)
    wait_idle(qtbot, window)
    model = window.history.model
    assert model.rowCount() >= 2
    assert model.index(0).data() == "Concept : bien commun"
    with qtbot.waitSignal(window.history.open_url) as opened:
        window.history.view.activated.emit(model.index(1))
    assert opened.args == [fiche_url(PORTO)]
    window.history.clear()
    wait_idle(qtbot, window)
    assert model.rowCount() == 0
    assert library.history() == []


def test_two_cases_side_by_side(qtbot: QtBot, window: MainWindow) -> None:
    other = "case-ecocity-nantes-2013"
    go(qtbot, window, compare_url(PORTO, other))
    text = window.reader.toPlainText()
    assert "Comparaison de deux cas" in text
    assert "Porto Alegre (Rio Grande do Sul)" in text
    assert "Nantes" in text
    assert "Concepts communs" in text
    assert "Seulement dans" in text


def test_compare_asks_for_the_cases(qtbot: QtBot, window: MainWindow) -> None:
    go(qtbot, window, fiche_url(PORTO))
    window.commands["compare"].trigger()
    wait_idle(qtbot, window)
    dialog = window.navigator.compare_dialog
    assert dialog.chosen()[0] == PORTO
    dialog.accept()
    wait_idle(qtbot, window)
    assert window.navigator.url == compare_url(*dialog.chosen())
