"""Bulk actions on a multiple selection of real fiches (the library checked afterwards, and
each undone through what was recorded), and every right-click menu of the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QToolBar
from pytestqt.qtbot import QtBot

from kb_app.core.library import Library
from kb_app.gui.links import concept_url, fiche_url
from kb_app.gui.main_window import MainWindow
from kb_app.gui.models.roles import FACET_ROLE, KEY_ROLE
from tests.gui.conftest import DOSSIER, GENRO, PORTO, type_text, wait_idle

pytestmark = pytest.mark.gui

VALIN = "ref-valin-2007-services-publics-europe"
CHRONIQUE = "ref-guiheneuf-2008-chronique-conference-citoyens"
CALAME = "ref-calame-2004-universite-21e-siecle"
CGLU = "res-cglu"
SELECTION = [VALIN, CHRONIQUE, CALAME]
Step = tuple[str, Callable[[Library], object], Callable[[Library], object]]


class History:
    """The undo history's side the selection's actions call (``record``)."""

    def __init__(self) -> None:
        self.steps: list[Step] = []

    def record(
        self,
        text: str,
        undo: Callable[[Library], object],
        redo: Callable[[Library], object],
        then: str | None = None,
    ) -> None:
        self.steps.append((text, undo, redo))


@pytest.fixture
def history(window: MainWindow) -> History:
    recorded = History()
    window.bulk.undo = recorded
    return recorded


def run(qtbot: QtBot, win: MainWindow, task: Callable[[Library], object]) -> None:
    win.host.run(task)
    wait_idle(qtbot, win)


def select(qtbot: QtBot, win: MainWindow, keys: list[str]) -> None:
    """List ``keys`` in the results, then select them all with Ctrl+A."""
    win.show_keys(keys, "Sélection de test")
    wait_idle(qtbot, win)
    view = win.results_view
    view.setFocus()
    view.setCurrentIndex(win.results.index(0))
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert view.selected_keys() == keys


def trigger(qtbot: QtBot, win: MainWindow, name: str) -> None:
    win.commands[name].trigger()
    wait_idle(qtbot, win)


def status(win: MainWindow) -> str:
    return win.statusBar().currentMessage()


def concepts(library: Library, key: str) -> set[str]:
    return {c.key for c in library.get(key).concepts}


def test_actions_follow_the_selection(qtbot: QtBot, window: MainWindow) -> None:
    window.show_keys(SELECTION, "Sélection de test")
    wait_idle(qtbot, window)
    names = [a.objectName() for a in window.menuBar().actions()[2].menu().actions()]
    assert window.menuBar().actions()[2].text() == "&Sélection"
    assert "selection_trash" in names
    window.results_view.clearSelection()
    window.results_view.selectionModel().clearCurrentIndex()
    assert not window.commands["selection_basket"].isEnabled()
    view, model = window.results_view, window.results
    view.setCurrentIndex(model.index(0))
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().select(model.index(2), flags)  # as Ctrl+click does
    assert view.selected_keys() == [VALIN, CALAME]
    assert window.commands["selection_merge"].isEnabled()
    assert window.commands["selection_trash"].isEnabled()
    view.selectionModel().select(model.index(1), flags)
    assert not window.commands["selection_merge"].isEnabled()
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert window.commands["selection_basket"] in toolbar.actions()
    # every row unselected by Ctrl+click: the current row stays, but nothing is selected,
    # so nothing is offered (a trash would otherwise reach the row just unselected)
    deselect = QItemSelectionModel.SelectionFlag.Deselect | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 1, 2):
        view.selectionModel().select(model.index(row), deselect)
    assert view.currentIndex().isValid()
    assert window.bulk.keys() == []
    assert not window.commands["selection_trash"].isEnabled()
    assert view.selected_keys() == [view.currentIndex().data(KEY_ROLE)]  # reading still can


def test_add_the_selection_to_the_basket(
    qtbot: QtBot, window: MainWindow, library: Library, history: History
) -> None:
    library.basket_add(CHRONIQUE)
    select(qtbot, window, SELECTION)
    trigger(qtbot, window, "selection_basket")
    assert [f.key for f in library.basket()] == [CHRONIQUE, VALIN, CALAME]
    assert window.basket.model.fiche_keys() == [CHRONIQUE, VALIN, CALAME]
    assert status(window).startswith("2 ")
    assert "panier" in status(window)
    (_text, undo, _redo) = history.steps[-1]
    run(qtbot, window, undo)
    assert [f.key for f in library.basket()] == [CHRONIQUE]


def test_copy_citations_and_bibliography(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    select(qtbot, window, [*SELECTION, CGLU])  # an organisation without a site: not citable
    trigger(qtbot, window, "selection_cite")
    mime = QGuiApplication.clipboard().mimeData()
    lines = mime.text().splitlines()
    assert lines == [library.cite(key).text for key in SELECTION]  # in the list's order
    for key in SELECTION:
        assert library.cite(key).html in mime.html()
    assert status(window).startswith("3 ")
    trigger(qtbot, window, "selection_bibliography")
    text = QGuiApplication.clipboard().text()
    assert text.splitlines() == [c.text for c in library.bibliography(SELECTION)]
    assert sorted(text.splitlines()) == sorted(library.cite(key).text for key in SELECTION)


def test_export_the_selection(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    select(qtbot, window, SELECTION)
    trigger(qtbot, window, "selection_export")
    dialog = window.librarian.export_dialog
    assert dialog is not None
    assert dialog.scopes["results"].text() == "Fiches sélectionnées (3)"
    assert dialog.scopes["results"].isChecked()
    dialog.format.setCurrentIndex(dialog.format.findData("ris"))
    target = tmp_path / "selection.ris"
    dialog.path.setText(str(target))
    dialog.export_button.click()
    wait_idle(qtbot, window)
    text = target.read_text(encoding="utf-8")
    assert text.count("TY  - ") == 3
    for key in SELECTION:
        assert library.get(key).title.split(":")[0] in text
    dialog.close()


def test_index_the_selection_then_remove_the_concept(
    qtbot: QtBot, window: MainWindow, library: Library, history: History
) -> None:
    before = {key: concepts(library, key) for key in SELECTION}
    library.index(CALAME, ["ONG"])
    select(qtbot, window, SELECTION)
    trigger(qtbot, window, "selection_index")
    dialog = window.bulk.concepts_dialog
    assert dialog is not None
    assert not dialog.ok_button.isEnabled()
    type_text(dialog.picker.entry, "ong")
    dialog.picker.add_button.click()
    assert dialog.picker.concepts() == ["ONG"]
    dialog.ok_button.click()
    wait_idle(qtbot, window)
    for key in SELECTION:
        assert "ong" in concepts(library, key)
    assert status(window).startswith("2 ")  # Calame had it already
    (_text, undo, redo) = history.steps[-1]
    run(qtbot, window, undo)
    assert {key: concepts(library, key) for key in (VALIN, CHRONIQUE)} == {
        key: before[key] for key in (VALIN, CHRONIQUE)
    }
    assert "ong" in concepts(library, CALAME)  # it was not added: undo keeps it
    run(qtbot, window, redo)
    # taking it off: only the concepts the selection carries are offered
    select(qtbot, window, SELECTION)
    trigger(qtbot, window, "selection_unindex")
    dialog = window.bulk.concepts_dialog
    assert dialog is not None
    offered = dialog.picker.completer.model()
    shown = {offered.index(r, 0).data() for r in range(offered.rowCount())}
    assert "ONG" in shown
    assert "budget participatif" not in shown
    type_text(dialog.picker.entry, "ONG")
    dialog.picker.add_button.click()
    dialog.ok_button.click()
    wait_idle(qtbot, window)
    for key in SELECTION:
        assert "ong" not in concepts(library, key)
    run(qtbot, window, history.steps[-1][1])
    for key in SELECTION:
        assert "ong" in concepts(library, key)


def test_add_the_selection_to_a_dossier(
    qtbot: QtBot, window: MainWindow, library: Library, history: History
) -> None:
    members = [m.key for m in library.get(DOSSIER).members]
    outside = [f.key for f in library.list_fiches() if f.key not in [*members, DOSSIER]][:2]
    assert len(outside) == 2
    select(qtbot, window, [*outside, PORTO])
    trigger(qtbot, window, "selection_dossier")
    dialog = window.bulk.dossier_dialog
    assert dialog is not None
    assert dialog.list.count() == 1
    assert dialog.key() == DOSSIER
    dialog.ok_button.click()
    wait_idle(qtbot, window)
    assert [m.key for m in library.get(DOSSIER).members] == members + outside
    assert status(window).startswith("2 ")
    run(qtbot, window, history.steps[-1][1])
    assert [m.key for m in library.get(DOSSIER).members] == members


def test_trash_the_selection_after_a_confirmation_naming_the_count(
    qtbot: QtBot, window: MainWindow, library: Library, history: History
) -> None:
    select(qtbot, window, SELECTION)
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
    trigger(qtbot, window, "selection_trash")
    assert library.trash() == []
    assert "3 fiche" in asked[0]
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    trigger(qtbot, window, "selection_trash")
    assert {f.key for f in library.trash()} == set(SELECTION)
    listed = set(window.results.ranked_keys())  # the results were refreshed: not there
    assert listed
    assert not listed & set(SELECTION)
    run(qtbot, window, history.steps[-1][1])
    assert library.trash() == []


def test_merge_is_offered_for_exactly_two(qtbot: QtBot, window: MainWindow) -> None:
    select(qtbot, window, [VALIN, CHRONIQUE])
    trigger(qtbot, window, "selection_merge")
    dialog = window.librarian.merge_dialog
    assert dialog is not None
    assert (dialog.a.key, dialog.b.key) == (VALIN, CHRONIQUE)
    dialog.reject()


# -- right-click menus ---------------------------------------------------------------------


def entries(menu: QMenu) -> dict[str, bool]:
    return {a.text(): a.isEnabled() for a in menu.actions() if a.text()}


def trigger_entry(qtbot: QtBot, win: MainWindow, menu: QMenu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text() == text)
    assert action.isEnabled()
    action.trigger()
    menu.close()
    wait_idle(qtbot, win)


def row_center(win: MainWindow, row: int) -> QPoint:
    return win.results_view.visualRect(win.results.index(row)).center()


def test_results_menu_on_a_selection(qtbot: QtBot, window: MainWindow, library: Library) -> None:
    select(qtbot, window, SELECTION)
    menu = window.bulk.menu_for_results(row_center(window, 1))
    assert menu.isVisible()
    shown = entries(menu)
    assert shown["Lire la fiche"]
    assert not shown["Modifier la fiche…"]  # one fiche at a time
    assert shown["Ajouter la sélection au panier"]
    assert shown["Copier les citations"]
    assert shown["Mettre la sélection à la corbeille…"]
    assert not shown["Fusionner les deux fiches…"]
    assert window.results_view.selected_keys() == SELECTION  # a click inside keeps it
    trigger_entry(qtbot, window, menu, "Ajouter la sélection au panier")
    assert [f.key for f in library.basket()] == SELECTION
    # a right click outside the selection selects that row: the menu is about it
    window.show_keys([GENRO, PORTO], "Deux fiches")
    wait_idle(qtbot, window)
    menu = window.bulk.menu_for_results(row_center(window, 1))
    assert window.results_view.selected_keys() == [PORTO]
    assert entries(menu)["Modifier la fiche…"]
    trigger_entry(qtbot, window, menu, "Lire la fiche")
    assert window.navigator.fiche is not None
    assert window.navigator.fiche.key == PORTO
    menu = window.bulk.menu_for_results(row_center(window, 1))
    trigger_entry(qtbot, window, menu, "Modifier la fiche…")
    editor = window.edits.editor
    assert editor is not None
    assert editor.isVisible()
    editor.reject()


def test_the_menu_key_and_shift_f10_open_the_menu_on_the_current_row(
    qtbot: QtBot, window: MainWindow
) -> None:
    select(qtbot, window, SELECTION)
    view = window.results_view
    view.setCurrentIndex(window.results.index(2))
    qtbot.keyClick(view, Qt.Key.Key_Menu)
    menu = window.bulk.menu
    assert menu is not None
    assert menu.isVisible()
    assert QApplication.activePopupWidget() is menu
    assert view.selected_keys() == [CALAME]
    top_left = view.viewport().mapToGlobal(view.visualRect(view.currentIndex()).topLeft())
    assert menu.pos().y() >= top_left.y()
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    basket = window.basket
    window.show_tab(2)
    basket.view.setFocus()  # Tab from the tab bar
    qtbot.keyClick(basket.view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert window.context_menus.menu is not None
    assert window.context_menus.menu.objectName() == "basketMenu"
    window.context_menus.menu.close()


def test_basket_menu(qtbot: QtBot, window: MainWindow, library: Library) -> None:
    for key in SELECTION:
        library.basket_add(key)
    window.basket.refresh()
    wait_idle(qtbot, window)
    window.show_tab(2)
    view = window.basket.view
    center = view.visualRect(window.basket.model.index(1, 0)).center()
    menu = window.context_menus.menu_for_basket(center)
    assert entries(menu) == {
        "Ouvrir": True,
        "Retirer du panier": True,
        "Monter": True,
        "Descendre": True,
        "Copier la citation": True,
        "Exporter le panier…": True,
    }
    trigger_entry(qtbot, window, menu, "Monter")
    assert [f.key for f in library.basket()] == [CHRONIQUE, VALIN, CALAME]
    top = view.visualRect(window.basket.model.index(0, 0)).center()
    menu = window.context_menus.menu_for_basket(top)
    assert not entries(menu)["Monter"]
    trigger_entry(qtbot, window, menu, "Copier la citation")
    assert QGuiApplication.clipboard().text() == library.cite(CHRONIQUE).text
    menu = window.context_menus.menu_for_basket(top)
    trigger_entry(qtbot, window, menu, "Ouvrir")
    assert window.navigator.fiche is not None
    assert window.navigator.fiche.key == CHRONIQUE
    menu = window.context_menus.menu_for_basket(top)
    trigger_entry(qtbot, window, menu, "Retirer du panier")
    assert [f.key for f in library.basket()] == [VALIN, CALAME]


def facet_entry(win: MainWindow, facet: str, value: str) -> QModelIndex:
    index = win.facets.model.find_entry(facet, value)  # at any depth of the concept tree
    assert index.isValid(), (facet, value)
    assert index.data(FACET_ROLE) == (facet, value)
    win.facets.tree.scrollTo(index)
    return index


def test_concept_menus_search_show_and_filter(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    # the thesaurus tree
    window.show_tab(1)
    panel = window.thesaurus_panel
    index = panel.proxy.mapFromSource(panel.model.find("budget-participatif"))
    panel.view.scrollTo(index)
    menu = window.librarian_tools.concept_menu(panel.view.visualRect(index).center())
    trigger_entry(qtbot, window, menu, "Rechercher les fiches")
    assert window.facets.filters.concept == "budget-participatif"
    expected = set(library.search_ids("", window.facets.filters).keys)
    assert set(window.results.ranked_keys()) == expected
    menu = window.librarian_tools.concept_menu(panel.view.visualRect(index).center())
    trigger_entry(qtbot, window, menu, "Afficher la fiche du concept")
    assert window.navigator.concept is not None
    assert window.navigator.concept.key == "budget-participatif"
    # a concept page
    window.navigator.go(concept_url("democratie-locale"))
    wait_idle(qtbot, window)
    window.facets.clear_filters()
    wait_idle(qtbot, window)
    menu = window.context_menus.menu_for_concept_page(QPoint(10, 10))
    assert {"Rechercher les fiches", "Filtrer les résultats par ce concept"} <= set(entries(menu))
    trigger_entry(qtbot, window, menu, "Filtrer les résultats par ce concept")
    assert window.facets.filters.concept == "democratie-locale"
    # the facets
    window.facets.clear_filters()
    window.search_bar.setText("budget")
    window.search.run_now()
    wait_idle(qtbot, window)
    window.show_tab(0)
    tree = window.facets.tree
    item = facet_entry(window, "concept", "budget-participatif")
    menu = window.context_menus.menu_for_facets(tree.visualRect(item).center())
    trigger_entry(qtbot, window, menu, "Filtrer les résultats par ce concept")
    assert window.facets.filters.concept == "budget-participatif"
    assert window.search_bar.text() == "budget"  # the query stays
    filtered = set(library.search_ids("budget", window.facets.filters).keys)
    assert set(window.results.ranked_keys()) == filtered
    item = facet_entry(window, "concept", "budget-participatif")  # the facets were redone
    menu = window.context_menus.menu_for_facets(tree.visualRect(item).center())
    trigger_entry(qtbot, window, menu, "Afficher la fiche du concept")
    assert window.navigator.concept is not None
    assert window.navigator.concept.key == "budget-participatif"


def test_attachments_menu_open_save_as_remove(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    window.navigator.go(fiche_url(GENRO))
    wait_idle(qtbot, window)
    panel = window.librarian_tools.fiche_tools.attachments
    source = tmp_path / "compte rendu.txt"
    source.write_text("Budget participatif : compte rendu.\n", encoding="utf-8")
    panel.add(str(source))
    wait_idle(qtbot, window)
    center = panel.view.visualRect(panel.model.index(0, 0)).center()
    menus = window.context_menus
    menu = menus.menu_for_attachments(center)
    assert entries(menu) == {"Ouvrir": True, "Enregistrer sous…": True, "Retirer…": True}
    opened: list[QUrl] = []
    panel.open_external = lambda url: opened.append(url) or True
    trigger_entry(qtbot, window, menu, "Ouvrir")
    assert Path(opened[0].toLocalFile()).read_bytes() == source.read_bytes()
    target = tmp_path / "copie.txt"
    menus.ask_save_path = lambda name: str(target) if name == "compte rendu.txt" else ""
    menu = menus.menu_for_attachments(center)
    trigger_entry(qtbot, window, menu, "Enregistrer sous…")
    assert target.read_bytes() == source.read_bytes()
    panel.confirm = lambda _title, _text: True
    menu = menus.menu_for_attachments(center)
    trigger_entry(qtbot, window, menu, "Retirer…")
    assert library.attachments_of(GENRO) == []
