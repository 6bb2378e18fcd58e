"""Undo and redo in the window (Qt's undo framework): ten mixed edits undone one by one
all the way back, then redone all the way forth, the library checked after each step; an
undo whose target changed meanwhile is refused with a sentence and clears the history."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kb_app.core.dto import FicheDraft, LinkDraft
from kb_app.core.errors import NotFound
from kb_app.core.library import Library
from kb_app.gui.dialogs.concept_editor import ConceptEditor
from kb_app.gui.dialogs.fiche_editor import FicheEditor
from kb_app.gui.links import concept_url, fiche_url
from kb_app.gui.main_window import MainWindow
from tests.gui.conftest import COPRODUCTION, GENRO, PORTO, wait_idle
from tests.gui.test_editing import open_editor

pytestmark = pytest.mark.gui

NEW_TITLE = "Une analyse de la subsidiarité active"
NEW_CONCEPT = "budget participatif des jeunes"


def fiche_editor(qtbot: QtBot, win: MainWindow, key: str | None = None) -> FicheEditor:
    """The form of fiche ``key`` (``test_editing.open_editor``), or of a new analysis."""
    if key is not None:
        return open_editor(qtbot, win, key)
    win.edits.new_fiche("analysis")
    wait_idle(qtbot, win)
    editor = win.edits.editor
    assert isinstance(editor, FicheEditor)
    return editor


def save(qtbot: QtBot, win: MainWindow, editor: FicheEditor | ConceptEditor) -> None:
    editor.request_save()
    wait_idle(qtbot, win)
    assert editor.result() == editor.DialogCode.Accepted, editor.error.text()


def live_draft(library: Library, key: str | None) -> FicheDraft | None:
    """A fiche's draft, or None when it does not exist or is in the trash."""
    if key is None:
        return None
    try:
        detail = library.get(key)
    except NotFound:
        return None
    return None if detail.deleted else library.draft(key)


class Snapshot:
    """What the ten edits touch, read from the library."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.new_key: str | None = None  # the fiche created by the first edit

    def __call__(self) -> dict[str, Any]:
        lib = self.library
        concepts = {key: label for key, label, kind in lib.concept_labels() if kind == "pref_fr"}
        coproduction = lib.concept(COPRODUCTION)
        return {
            "new": live_draft(lib, self.new_key),
            "genro": live_draft(lib, GENRO),
            "porto": live_draft(lib, PORTO),
            "trash": sorted(r.key for r in lib.trash() if r.key != self.new_key),
            "coproduction": (coproduction.definition, coproduction.alt_labels),
            "new concept": NEW_CONCEPT in concepts.values(),
        }


def test_ten_mixed_edits_undone_and_redone_all_the_way(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    win, edits = window, window.edits
    snap = Snapshot(library)
    states = [snap()]
    texts: list[str] = []

    def done(text: str) -> None:
        wait_idle(qtbot, win)
        states.append(snap())
        texts.append(text)
        assert win.commands["undo"].text() == f"Annuler : {text}"
        assert win.commands["undo"].isEnabled()
        assert not win.commands["redo"].isEnabled()

    # 1. a new fiche, through the form
    editor = fiche_editor(qtbot, win)
    editor.title_edit.setText("Une analyse écrite pour être annulée")
    editor.body.setPlainText("Sur la [[subsidiarité]].")
    save(qtbot, win, editor)
    assert win.navigator.fiche is not None
    snap.new_key = new = win.navigator.fiche.key  # states[0]: it did not exist
    done("création de « Une analyse écrite pour être annulée »")
    # 2. its title changed
    editor = fiche_editor(qtbot, win, new)
    editor.title_edit.setText(NEW_TITLE)
    save(qtbot, win, editor)
    done(f"modification de « {NEW_TITLE} »")
    # 3. a reference indexed with one more concept
    editor = fiche_editor(qtbot, win, GENRO)
    editor.concepts.set_concepts([*editor.concepts.concepts(), "bien commun"])
    save(qtbot, win, editor)
    assert "bien commun" in library.draft(GENRO).concepts
    done(f"modification de « {library.get(GENRO).title} »")
    # 4. a case linked to that reference
    editor = fiche_editor(qtbot, win, PORTO)
    rows = editor.links.rows()
    editor.links.set_rows([*rows, {"target": GENRO, "type": "cites", "note": None}])
    save(qtbot, win, editor)
    assert LinkDraft("cites", GENRO, None) in library.draft(PORTO).links
    done(f"modification de « {library.get(PORTO).title} »")
    # 5. the reference to the trash, 6. back from it
    edits.delete_fiche(GENRO, "Genro", confirm=False)
    done(f"suppression de « {library.get(GENRO).title} »")
    edits.restore(GENRO)
    done(f"restauration de « {library.get(GENRO).title} »")
    # 7. a concept's definition and alternative labels
    win.navigator.go(concept_url(COPRODUCTION))
    wait_idle(qtbot, win)
    win.commands["edit_concept"].trigger()
    wait_idle(qtbot, win)
    concept_editor = edits.editor
    assert isinstance(concept_editor, ConceptEditor)
    concept_editor.definition.setPlainText("Une définition à annuler.")
    concept_editor.alt_labels.setPlainText("production conjointe")
    save(qtbot, win, concept_editor)
    done(f"modification du concept « {library.concept(COPRODUCTION).label} »")
    # 8. a new concept
    win.commands["new_concept"].trigger()
    wait_idle(qtbot, win)
    concept_editor = edits.editor
    assert isinstance(concept_editor, ConceptEditor)
    concept_editor.label.setText(NEW_CONCEPT)
    save(qtbot, win, concept_editor)
    done(f"création du concept « {NEW_CONCEPT} »")
    # 9. the new fiche indexed with the new concept, recorded as a bulk action records it
    win.host.run(lambda lib: lib.index(new, [NEW_CONCEPT]))
    wait_idle(qtbot, win)
    edits.history.record(
        "indexation",
        lambda lib: lib.unindex(new, [NEW_CONCEPT]),
        lambda lib: lib.index(new, [NEW_CONCEPT]),
    )
    done("indexation")
    # 10. the new fiche to the trash
    edits.delete_fiche(new, NEW_TITLE, confirm=False)
    done(f"suppression de « {NEW_TITLE} »")

    assert len(states) == 11
    for before, after in pairwise(states):
        assert before != after  # each edit changed what is checked
    assert edits.history.stack.count() == 10

    for i in range(10, 0, -1):  # undo, all the way back
        assert win.commands["undo"].text() == f"Annuler : {texts[i - 1]}"
        win.commands["undo"].trigger()
        wait_idle(qtbot, win)
        assert snap() == states[i - 1], f"after undoing edit {i}"
        assert win.commands["redo"].text() == f"Rétablir : {texts[i - 1]}"
        assert win.statusBar().currentMessage() == f"Annulé : {texts[i - 1]}"
    assert not win.commands["undo"].isEnabled()
    assert win.commands["undo"].text() == "Annuler"

    for i in range(1, 11):  # redo, all the way forth
        win.commands["redo"].trigger()
        wait_idle(qtbot, win)
        assert snap() == states[i], f"after redoing edit {i}"
        assert win.statusBar().currentMessage() == f"Rétabli : {texts[i - 1]}"
    assert not win.commands["redo"].isEnabled()
    assert win.commands["redo"].text() == "Rétablir"
    assert [c.title for c in library.trash()] == [NEW_TITLE]
    assert [c.label for c in library.get(new).concepts] == [NEW_CONCEPT]


def test_an_undo_whose_fiche_changed_meanwhile_is_refused_and_clears_the_history(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    editor = fiche_editor(qtbot, window, PORTO)
    editor.title_edit.setText("Porto Alegre, titre de la fenêtre")
    save(qtbot, window, editor)
    assert window.commands["undo"].isEnabled()
    # another program (the kb command, another window) changes the fiche meanwhile
    other = replace(library.draft(PORTO), title="Porto Alegre, titre d'un autre programme")
    library.update(PORTO, other)
    window.commands["undo"].trigger()
    wait_idle(qtbot, window)
    assert library.draft(PORTO) == other  # the later work is not overwritten
    assert window.statusBar().currentMessage() == (
        "Impossible d'annuler « modification de « Porto Alegre, titre de la fenêtre » » : "
        "la bibliothèque a changé depuis. L'historique des modifications est vidé."
    )
    stack = window.edits.history.stack
    assert (stack.count(), stack.index()) == (0, 0)
    assert not window.commands["undo"].isEnabled()
    assert not window.commands["redo"].isEnabled()
    assert "autre programme" in window.reader.toPlainText()  # the page shows what is true


def test_a_redo_that_would_fail_says_why_and_keeps_the_library_as_it_is(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    window.navigator.go(fiche_url(GENRO))
    wait_idle(qtbot, window)
    window.edits.delete_fiche(GENRO, "Genro", confirm=False)
    wait_idle(qtbot, window)
    window.commands["undo"].trigger()  # restored
    wait_idle(qtbot, window)
    assert library.trash() == []
    library.delete(GENRO)  # trashed again elsewhere: redoing the trash cannot be done
    window.commands["redo"].trigger()
    wait_idle(qtbot, window)
    message = window.statusBar().currentMessage()
    assert message.startswith("Impossible de rétablir « suppression de « ")
    assert message.endswith("L'historique des modifications est vidé.")
    assert "Traceback" not in message
    assert [r.key for r in library.trash()] == [GENRO]
    assert window.edits.history.stack.count() == 0


def test_undo_and_redo_are_disabled_while_one_runs_and_on_a_read_only_library(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    window.navigator.go(fiche_url(GENRO))
    wait_idle(qtbot, window)
    window.edits.delete_fiche(GENRO, "Genro", confirm=False)
    wait_idle(qtbot, window)
    history = window.edits.history
    window.commands["undo"].trigger()
    assert history.busy  # on the worker: a second Ctrl+Z waits for it
    assert not window.commands["undo"].isEnabled()
    assert not window.commands["redo"].isEnabled()
    window.commands["undo"].trigger()  # ignored, not queued behind a state it cannot know
    wait_idle(qtbot, window)
    assert library.trash() == []
    assert history.stack.index() == 0
    assert window.commands["redo"].isEnabled()
    window.keeping.read_only = True
    window._update_actions()
    assert not window.commands["redo"].isEnabled()
    assert not window.commands["undo"].isEnabled()


def test_the_edit_menu_starts_with_undo_and_redo_and_their_shortcuts(window: MainWindow) -> None:
    menus = {a.text(): a.menu() for a in window.menuBar().actions() if a.menu() is not None}
    edit = menus["&Édition"]
    names = [a.objectName() for a in edit.actions()[:2]]
    assert names == ["undo", "redo"]
    assert "Ctrl+Z" in [k.toString() for k in window.commands["undo"].shortcuts()]
    redo_keys = [k.toString() for k in window.commands["redo"].shortcuts()]
    assert redo_keys == ["Ctrl+Shift+Z", "Ctrl+Y"]
    assert (window.commands["undo"].text(), window.commands["redo"].text()) == (
        "Annuler",
        "Rétablir",
    )
    assert not window.commands["undo"].isEnabled()
    assert not window.commands["redo"].isEnabled()
