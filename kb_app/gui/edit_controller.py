"""Librarian work: create, edit, trash and restore fiches; create and edit concepts; undo.

Each change is made on the worker, then recorded in the window's ``UndoHistory`` with how to
undo and redo it: an edit keeps the fiche's draft before and after (undo saves the one
before, redo the one after, each only while the fiche is still as the other left it); a
creation is undone by moving the new fiche to the trash and redone by restoring it; a trash
by restoring, a restore by trashing; a new concept by deleting it (it is unused then), a
concept edit by saving its values before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from kb_app.core.dto import ConceptDetail, FicheDetail, FicheDraft, FicheRef
from kb_app.gui import settings
from kb_app.gui.dialogs.concept_editor import ConceptEditor
from kb_app.gui.dialogs.fiche_editor import FicheEditor
from kb_app.gui.dialogs.trash import TrashDialog
from kb_app.gui.links import HOME_URL, concept_url, fiche_url
from kb_app.gui.navigator import Navigator
from kb_app.gui.ops import LibraryHost
from kb_app.gui.undo import StaleChange, UndoHistory, expect

if TYPE_CHECKING:
    from kb_app.core.library import Library

Labels = list[tuple[str, str, str]]
#: The concept fields an edit changes (``Library.update_concept``'s keywords).
CONCEPT_FIELDS = ("label", "label_en", "definition", "scope_note", "alt_labels")


class EditController(QObject):
    changed = Signal()  # the library changed: refresh results, tree, basket
    message = Signal(str)

    def __init__(self, host: LibraryHost, navigator: Navigator, parent: QWidget) -> None:
        super().__init__(parent)
        self._host = host
        self._nav = navigator
        self._parent = parent
        self.history = UndoHistory(host, self)
        self.editor: FicheEditor | ConceptEditor | None = None
        self.trash: TrashDialog | None = None
        self._listen(self.history, True)

    def _listen(self, history: UndoHistory, on: bool) -> None:
        pairs = ((history.changed, self._undone), (history.message, self.message))
        for signal, slot in (*pairs, (history.open_url, self._nav.go)):
            if on:
                signal.connect(slot)
            else:
                signal.disconnect(slot)

    def release_history(self) -> UndoHistory:
        """This controller's window is replaced (a language switch): its undo history
        stops speaking to it and goes to the new window's controller (``adopt_history``)."""
        self._listen(self.history, False)
        return self.history

    def adopt_history(self, history: UndoHistory) -> None:
        """Take over the undo history of the window this one replaces."""
        self._listen(self.history, False)
        self.history.deleteLater()
        history.setParent(self)
        self.history = history
        self._listen(history, True)

    def _after(self, url: str | None, text: str) -> None:
        self.changed.emit()
        self.message.emit(text)
        if url:
            self._nav.go(url)

    def _undone(self) -> None:
        """An undo or redo changed the library: the lists and the trash follow."""
        self.changed.emit()
        self._reload_trash()

    def _reload_trash(self) -> None:
        if self.trash is not None and self.trash.isVisible():
            self._host.run(lambda lib: lib.trash(), self.trash.set_items)

    # -- fiches ----------------------------------------------------------------------------

    def new_fiche(self, kind: str | None = None) -> None:
        """The form for a new fiche: of ``kind``, or of the kind last created."""
        chosen = kind or settings.new_fiche_kind()

        def opened(labels: Labels) -> None:
            editor = FicheEditor(self._parent, labels, FicheDraft(kind=chosen, title=""))
            editor.save_requested.connect(lambda draft: self._create(editor, draft))
            self._watch_likely(editor, None)
            self._open(editor)

        self._host.run(lambda lib: lib.concept_labels(), opened)

    def _create(self, editor: FicheEditor, draft: FicheDraft) -> None:
        def task(lib: Library) -> tuple[FicheDetail, FicheDraft]:
            detail = lib.add(draft)
            return detail, lib.draft(detail.key)

        def done(result: tuple[FicheDetail, FicheDraft]) -> None:
            detail, saved = result
            editor.accept()
            settings.set_new_fiche_kind(draft.kind)
            key = detail.key

            def undo(lib: Library) -> object:
                expect(lib.draft(key), saved)
                return lib.delete(key)

            def redo(lib: Library) -> object:
                expect(lib.draft(key), saved)
                return lib.restore(key)

            text = self.tr("création de « %1 »").replace("%1", detail.title)
            self.history.record(text, undo, redo, fiche_url(key))
            self._after(fiche_url(key), self.tr("Fiche créée."))

        self._host.run(task, done, editor.show_error)

    def edit_fiche(self, key: str) -> None:
        def opened(result: tuple[FicheDraft, Labels]) -> None:
            draft, labels = result
            editor = FicheEditor(self._parent, labels, draft)
            editor.save_requested.connect(lambda new: self._update(editor, key, new))
            self._watch_likely(editor, key)
            self._open(editor)

        self._host.run(lambda lib: (lib.draft(key), lib.concept_labels()), opened)

    def _watch_likely(self, editor: FicheEditor, key: str | None) -> None:
        """The editor asks which fiches its reference looks like (« Ressemble à … »)."""

        def check(draft: FicheDraft) -> None:
            self._host.run(
                lambda lib: lib.likely_duplicates(draft, key),
                lambda found: editor.show_likely(draft, found),
            )

        editor.likely_check.connect(check)
        editor.open_fiche.connect(self._nav.go)

    def _update(self, editor: FicheEditor, key: str, draft: FicheDraft) -> None:
        def task(lib: Library) -> tuple[FicheDraft, FicheDetail, FicheDraft]:
            previous = lib.draft(key)
            detail = lib.update(key, draft)
            return previous, detail, lib.draft(key)

        def done(result: tuple[FicheDraft, FicheDetail, FicheDraft]) -> None:
            previous, detail, saved = result
            editor.accept()
            url = self._nav.url or fiche_url(key)
            if previous != saved:  # « Enregistrer » with nothing changed: nothing to undo
                self.record_edit(key, detail.title, previous, saved, url)
            self._after(url, self.tr("Fiche enregistrée."))

        self._host.run(task, done, editor.show_error)

    def record_edit(
        self, key: str, title: str, before: FicheDraft, after: FicheDraft, url: str | None = None
    ) -> None:
        """Record a fiche changed from ``before`` to ``after`` (drafts as ``lib.draft`` reads
        them): undo saves ``before`` back, redo ``after``, each while the fiche is as the
        other left it."""

        def undo(lib: Library) -> object:
            expect(lib.draft(key), after)
            return lib.update(key, before)

        def redo(lib: Library) -> object:
            expect(lib.draft(key), before)
            return lib.update(key, after)

        text = self.tr("modification de « %1 »").replace("%1", title)
        self.history.record(text, undo, redo, url or fiche_url(key))

    def delete_fiche(self, key: str, title: str, *, confirm: bool = True) -> None:
        if confirm:
            answer = QMessageBox.question(
                self._parent,
                self.tr("Mettre à la corbeille"),
                self.tr("Mettre « %1 » à la corbeille ? Vous pourrez la restaurer.").replace(
                    "%1", title
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return

        def done(ref: FicheRef) -> None:
            text = self.tr("suppression de « %1 »").replace("%1", ref.title)
            self.history.record_both(
                text,
                lambda lib: lib.restore(key),
                lambda lib: lib.delete(key),
                after_undo=fiche_url(key),
                after_redo=None,
            )
            self._after(None, self.tr("« %1 » est dans la corbeille.").replace("%1", ref.title))
            if self._nav.history.can_back():
                self._nav.back()
            else:
                self._nav.home()

        self._host.run(lambda lib: lib.delete(key), done)

    def show_trash(self) -> None:
        dialog = self.trash or TrashDialog(self._parent)
        if self.trash is None:
            dialog.restore_requested.connect(self.restore)
            self.trash = dialog
        self._host.run(lambda lib: lib.trash(), dialog.set_items)
        dialog.open()

    def restore(self, key: str) -> None:
        def done(ref: FicheRef) -> None:
            text = self.tr("restauration de « %1 »").replace("%1", ref.title)
            self.history.record_both(
                text,
                lambda lib: lib.delete(key),
                lambda lib: lib.restore(key),
                after_undo=None,
                after_redo=fiche_url(key),
            )
            self._after(None, self.tr("« %1 » est restaurée.").replace("%1", ref.title))
            self._reload_trash()

        self._host.run(lambda lib: lib.restore(key), done)

    def edit_current_fiche(self) -> None:
        if self._nav.fiche is not None:
            self.edit_fiche(self._nav.fiche.key)

    def delete_current_fiche(self) -> None:
        fiche = self._nav.fiche
        if fiche is not None:
            self.delete_fiche(fiche.key, fiche.title)

    # -- concepts --------------------------------------------------------------------------

    def new_concept(self) -> None:
        def opened(labels: Labels) -> None:
            editor = ConceptEditor(self._parent, labels)
            editor.save_requested.connect(lambda values: self._add_concept(editor, values))
            self._open(editor)

        self._host.run(lambda lib: lib.concept_labels(), opened)

    def edit_current_concept(self) -> None:
        if self._nav.concept is not None:
            self.edit_concept(self._nav.concept.key)

    def _add_concept(self, editor: ConceptEditor, values: dict[str, Any]) -> None:
        def done(concept: ConceptDetail) -> None:
            editor.accept()
            key, made = concept.key, concept_values(concept)

            def undo(lib: Library) -> object:
                expect(concept_values(lib.concept(key)), made)
                return lib.delete_concept(key)

            def redo(lib: Library) -> object:
                if any(k == key for k, _label, _kind in lib.concept_labels()):
                    raise StaleChange
                again = lib.add_concept(**values)
                expect(again.key, key)
                return again

            text = self.tr("création du concept « %1 »").replace("%1", concept.label)
            self.history.record_both(text, undo, redo, HOME_URL, concept_url(key))
            self._after(concept_url(key), self.tr("Concept créé."))

        self._host.run(lambda lib: lib.add_concept(**values), done, editor.show_error)

    def edit_concept(self, key: str) -> None:
        def opened(result: tuple[ConceptDetail, Labels]) -> None:
            concept, labels = result
            editor = ConceptEditor(self._parent, labels, concept)
            editor.save_requested.connect(lambda values: self._update_concept(editor, key, values))
            self._open(editor)

        self._host.run(lambda lib: (lib.concept(key), lib.concept_labels()), opened)

    def _update_concept(self, editor: ConceptEditor, key: str, values: dict[str, Any]) -> None:
        def task(lib: Library) -> tuple[ConceptDetail, ConceptDetail]:
            previous = lib.concept(key)
            return previous, lib.update_concept(key, **values)

        def done(result: tuple[ConceptDetail, ConceptDetail]) -> None:
            old, new = result
            editor.accept()
            before, after = concept_values(old), concept_values(new)

            def undo(lib: Library) -> object:
                expect(concept_values(lib.concept(key)), after)
                return lib.update_concept(key, **before)

            def redo(lib: Library) -> object:
                expect(concept_values(lib.concept(key)), before)
                return lib.update_concept(key, **after)

            text = self.tr("modification du concept « %1 »").replace("%1", new.label)
            self.history.record(text, undo, redo, concept_url(key))
            self._after(concept_url(key), self.tr("Concept enregistré."))

        self._host.run(task, done, editor.show_error)

    # -- undo ------------------------------------------------------------------------------

    def undo(self) -> None:
        self.history.undo()

    def redo(self) -> None:
        self.history.redo()

    def _open(self, editor: FicheEditor | ConceptEditor) -> None:
        self.editor = editor
        editor.open()


def concept_values(concept: ConceptDetail) -> dict[str, Any]:
    """What a concept edit changes, as ``update_concept``'s keywords."""
    return {name: getattr(concept, name) for name in CONCEPT_FIELDS}
