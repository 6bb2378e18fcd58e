"""Editing for librarians: forms, validation errors as sentences, undo, trash, concepts."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from kb_app.core.library import Library
from kb_app.gui.dialogs.concept_editor import ConceptEditor
from kb_app.gui.dialogs.fiche_editor import FicheEditor
from kb_app.gui.links import concept_url, fiche_url
from kb_app.gui.main_window import MainWindow
from kb_app.gui.widgets.concept_picker import ConceptPicker
from tests.gui.conftest import COPRODUCTION, GENRO, PORTO, wait_idle

pytestmark = pytest.mark.gui


def open_editor(qtbot: QtBot, win: MainWindow, key: str) -> FicheEditor:
    win.navigator.go(fiche_url(key))
    wait_idle(qtbot, win)
    win.commands["edit"].trigger()
    wait_idle(qtbot, win)
    editor = win.edits.editor
    assert isinstance(editor, FicheEditor)
    return editor


def test_edit_then_undo(qtbot: QtBot, window: MainWindow, library: Library) -> None:
    before = library.draft(PORTO)
    editor = open_editor(qtbot, window, PORTO)
    assert editor.title_edit.text() == before.title
    assert editor.details.values() == before.details  # case fields round-trip unchanged
    editor.title_edit.setText("Porto Alegre : le budget participatif revisité")
    place = editor.details.editor("case", "place")
    assert isinstance(place, QLineEdit)
    place.setText("Porto Alegre")
    editor.request_save()
    wait_idle(qtbot, window)
    assert editor.result() == FicheEditor.DialogCode.Accepted
    after = library.get(PORTO)
    assert after.title == "Porto Alegre : le budget participatif revisité"
    assert after.details["place"] == "Porto Alegre"
    assert "revisité" in window.reader.toPlainText()
    assert window.commands["undo"].isEnabled()
    assert "modification" in window.commands["undo"].text()
    window.commands["undo"].trigger()
    wait_idle(qtbot, window)
    assert library.draft(PORTO) == before
    assert not window.commands["undo"].isEnabled()
    assert before.title in window.reader.toPlainText()


def test_validation_errors_are_sentences(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    editor = open_editor(qtbot, window, GENRO)
    editor.concepts.set_concepts(["démocratie locale", "concept qui n'existe pas"])
    editor.date.setText("vers 1998")
    editor.request_save()
    wait_idle(qtbot, window)
    assert editor.isVisible()  # the form stays open with what was typed
    message = editor.error.text()
    assert message.startswith("La fiche ne peut pas être enregistrée.")
    assert "• Concept inconnu (ou ambigu) : « concept qui n'existe pas »." in message
    assert "• Le champ « date » n'a pas la forme attendue : « vers 1998 »." in message
    assert "Traceback" not in message
    assert library.get(GENRO).date == "1998"
    editor.reject()


def test_kind_specific_fields(qtbot: QtBot, window: MainWindow) -> None:
    window.edits.new_fiche("resource")
    wait_idle(qtbot, window)
    editor = window.edits.editor
    assert isinstance(editor, FicheEditor)
    org_type = editor.details.editor("resource", "org_type")
    assert isinstance(org_type, QComboBox)
    assert org_type.count() == 7
    editor.kind.setCurrentIndex(editor.kind.findData("case"))
    scale = editor.details.editor("case", "scale")
    assert isinstance(scale, QComboBox)
    assert scale.itemText(1) == "municipale"
    editor.kind.setCurrentIndex(editor.kind.findData("reference"))
    for name in ("publisher", "place", "pages", "collection", "url", "isbn", "date_note"):
        assert editor.details.editor("reference", name) is not None
    editor.title_edit.setText("Un rapport de test sur la subsidiarité active")
    editor.details.editor("reference", "pages").setText("42")  # type: ignore[union-attr]
    assert editor.draft().details == {"type": "book", "pages": 42}
    editor.reject()


def test_create_then_undo_moves_it_to_the_trash(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    window.commands["new"].trigger()
    wait_idle(qtbot, window)
    editor = window.edits.editor
    assert isinstance(editor, FicheEditor)
    editor.kind.setCurrentIndex(editor.kind.findData("analysis"))  # a reference by default
    editor.title_edit.setText("Une analyse écrite depuis la fenêtre")
    editor.body.setPlainText("Texte avec un lien vers [[bien commun]].")
    editor.concepts.set_concepts(["bien commun", "gouvernance"])
    editor.request_save()
    wait_idle(qtbot, window)
    shown = window.navigator.fiche
    assert shown is not None
    assert shown.title == "Une analyse écrite depuis la fenêtre"
    assert library.get(shown.key).kind == "analysis"
    assert shown.key in window.results.ranked_keys()
    window.edits.undo()
    wait_idle(qtbot, window)
    assert shown.key in [r.key for r in library.trash()]


def test_delete_goes_to_the_trash_and_restores(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    window.navigator.go(fiche_url(GENRO))
    wait_idle(qtbot, window)
    window.edits.delete_fiche(GENRO, "Genro", confirm=False)
    wait_idle(qtbot, window)
    assert GENRO in [r.key for r in library.trash()]
    assert GENRO not in window.results.ranked_keys()
    window.edits.show_trash()
    wait_idle(qtbot, window)
    trash = window.edits.trash
    assert trash is not None
    assert trash.fiche_keys() == [GENRO]
    trash.list.setCurrentRow(0)
    trash.restore_button.click()
    wait_idle(qtbot, window)
    assert library.trash() == []
    assert trash.fiche_keys() == []
    assert GENRO in window.results.ranked_keys()


def test_edit_concept_then_undo(qtbot: QtBot, window: MainWindow, library: Library) -> None:
    before = library.concept(COPRODUCTION)
    window.navigator.go(concept_url(COPRODUCTION))
    wait_idle(qtbot, window)
    window.commands["edit_concept"].trigger()
    wait_idle(qtbot, window)
    editor = window.edits.editor
    assert isinstance(editor, ConceptEditor)
    editor.definition.setPlainText("Une définition nouvelle.")
    editor.alt_labels.setPlainText("coproduction\nproduction conjointe")
    editor.request_save()
    wait_idle(qtbot, window)
    assert library.concept(COPRODUCTION).definition == "Une définition nouvelle."
    assert "Une définition nouvelle." in window.concept_page.reader.toPlainText()
    window.edits.undo()
    wait_idle(qtbot, window)
    assert library.concept(COPRODUCTION) == before


def test_new_concept_with_a_broader_one(qtbot: QtBot, window: MainWindow, library: Library) -> None:
    window.commands["new_concept"].trigger()
    wait_idle(qtbot, window)
    editor = window.edits.editor
    assert isinstance(editor, ConceptEditor)
    editor.label.setText("budget participatif des jeunes")
    editor.broader.entry.setText("democratie participative")
    editor.broader.add_button.click()
    assert editor.broader.concepts() == ["démocratie participative"]
    editor.request_save()
    wait_idle(qtbot, window)
    created = library.concept("budget participatif des jeunes")
    assert [b.label for b in created.broader] == ["démocratie participative"]
    assert window.navigator.concept is not None
    assert window.navigator.concept.key == created.key


def test_concept_completion_ignores_accents(qtbot: QtBot, library: Library) -> None:
    picker = ConceptPicker()
    qtbot.addWidget(picker)
    picker.set_labels(library.concept_labels())
    completer = picker.completer
    completer.setCompletionPrefix("democratie part")
    assert completer.completionCount() >= 1
    assert completer.currentCompletion() == "démocratie participative"
    completer.setCompletionPrefix("CO-PRODUCTION")  # an alternative label, other case
    shown = {
        completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())
    }
    assert "co-production → coproduction du bien public" in shown
    assert picker.resolve("Democratie Participative") == "démocratie participative"
    assert picker.resolve("participatory democracy") == "démocratie participative"


def test_a_reference_typed_by_hand_that_exists_says_so_before_saving(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    before = {f.key for f in library.list_fiches("reference")}
    window.edits.new_fiche("reference")
    wait_idle(qtbot, window)
    editor = window.edits.editor
    assert isinstance(editor, FicheEditor)
    genro = library.get(GENRO)
    editor.title_edit.setText(genro.title.upper())  # typed again, in capitals, by hand
    editor.date.setText("1998")
    editor.agents.set_rows([{"name": "Genro, T.", "role": "author", "type": "person"}])
    editor.request_save()  # first: the library is asked what this looks like
    wait_idle(qtbot, window)
    assert editor.isVisible()  # not saved yet: « Ressemble à … » is shown
    assert editor.likely.isVisibleTo(editor)
    text = editor.likely.text()
    assert text.startswith("<b>Ressemble à :</b> ")
    assert f'href="{fiche_url(GENRO)}"' in text
    assert "Cliquez de nouveau sur « Enregistrer »" in text
    editor.likely.linkActivated.emit(fiche_url(GENRO))  # the link shows the existing fiche
    wait_idle(qtbot, window)
    assert window.navigator.url == fiche_url(GENRO)
    editor.request_save()  # she goes on: saved
    wait_idle(qtbot, window)
    assert editor.result() == FicheEditor.DialogCode.Accepted
    added = {f.key for f in library.list_fiches("reference")} - before
    assert len(added) == 1


def test_a_new_reference_unlike_any_other_is_saved_at_once(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    window.edits.new_fiche("reference")
    wait_idle(qtbot, window)
    editor = window.edits.editor
    assert isinstance(editor, FicheEditor)
    editor.title_edit.setText("Un ouvrage que la bibliothèque n'a pas")
    editor.request_save()
    wait_idle(qtbot, window)
    assert editor.result() == FicheEditor.DialogCode.Accepted
    assert not editor.likely.isVisibleTo(editor)
