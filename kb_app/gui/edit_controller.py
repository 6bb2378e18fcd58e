"""Librarian work: create, edit, trash and restore fiches; create and edit concepts; undo.

Undo keeps one step: before a fiche is changed, its previous ``FicheDraft`` (``draft(key)``)
is read in the same worker task, and undoing saves it back; a creation is undone by moving
the new fiche to the trash, a deletion by restoring it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from kb_app.core.dto import ConceptDetail, FicheDetail, FicheDraft, FicheRef
from kb_app.gui.dialogs.concept_editor import ConceptEditor
from kb_app.gui.dialogs.fiche_editor import FicheEditor
from kb_app.gui.dialogs.trash import TrashDialog
from kb_app.gui.links import concept_url, fiche_url
from kb_app.gui.navigator import Navigator
from kb_app.gui.ops import LibraryHost

if TYPE_CHECKING:
    from kb_app.core.library import Library

Labels = list[tuple[str, str, str]]


@dataclass(frozen=True)
class UndoStep:
    label: str  # what « Annuler » will undo, as shown in the Edit menu
    apply: Callable[[Library], Any]
    then: str | None  # page to show afterwards


class EditController(QObject):
    undo_changed = Signal(str)  # label of the step that can be undone, or ""
    changed = Signal()  # the library changed: refresh results, tree, basket
    message = Signal(str)

    def __init__(self, host: LibraryHost, navigator: Navigator, parent: QWidget) -> None:
        super().__init__(parent)
        self._host = host
        self._nav = navigator
        self._parent = parent
        self.undo_step: UndoStep | None = None
        self.editor: FicheEditor | ConceptEditor | None = None
        self.trash: TrashDialog | None = None

    def _set_undo(self, step: UndoStep | None) -> None:
        self.undo_step = step
        self.undo_changed.emit(step.label if step else "")

    def _after(self, step: UndoStep | None, url: str | None, text: str) -> None:
        self._set_undo(step)
        self.changed.emit()
        self.message.emit(text)
        if url:
            self._nav.go(url)

    # -- fiches ----------------------------------------------------------------------------

    def new_fiche(self, kind: str = "analysis") -> None:
        def opened(labels: Labels) -> None:
            editor = FicheEditor(self._parent, labels, FicheDraft(kind=kind, title=""))
            editor.save_requested.connect(lambda draft: self._create(editor, draft))
            self._watch_likely(editor, None)
            self._open(editor)

        self._host.run(lambda lib: lib.concept_labels(), opened)

    def _create(self, editor: FicheEditor, draft: FicheDraft) -> None:
        def done(detail: FicheDetail) -> None:
            editor.accept()
            key = detail.key
            step = UndoStep(
                self.tr("création de « %1 »").replace("%1", detail.title),
                lambda lib: lib.delete(key),
                None,
            )
            self._after(step, fiche_url(key), self.tr("Fiche créée."))

        self._host.run(lambda lib: lib.add(draft), done, editor.show_error)

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
        def task(lib: Library) -> tuple[FicheDraft, FicheDetail]:
            previous = lib.draft(key)
            return previous, lib.update(key, draft)

        def done(result: tuple[FicheDraft, FicheDetail]) -> None:
            previous, detail = result
            editor.accept()
            step = UndoStep(
                self.tr("modification de « %1 »").replace("%1", detail.title),
                lambda lib: lib.update(key, previous),
                self._nav.url or fiche_url(key),
            )
            self._after(step, self._nav.url or fiche_url(key), self.tr("Fiche enregistrée."))

        self._host.run(task, done, editor.show_error)

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
            step = UndoStep(
                self.tr("suppression de « %1 »").replace("%1", ref.title),
                lambda lib: lib.restore(key),
                fiche_url(key),
            )
            self._after(
                step, None, self.tr("« %1 » est dans la corbeille.").replace("%1", ref.title)
            )
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
            step = UndoStep(
                self.tr("restauration de « %1 »").replace("%1", ref.title),
                lambda lib: lib.delete(key),
                None,
            )
            self._after(step, None, self.tr("« %1 » est restaurée.").replace("%1", ref.title))
            if self.trash is not None:
                self._host.run(lambda lib: lib.trash(), self.trash.set_items)

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
            self._after(None, concept_url(concept.key), self.tr("Concept créé."))

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
            step = UndoStep(
                self.tr("modification du concept « %1 »").replace("%1", new.label),
                lambda lib: lib.update_concept(
                    key,
                    label=old.label,
                    label_en=old.label_en,
                    definition=old.definition,
                    scope_note=old.scope_note,
                    alt_labels=old.alt_labels,
                ),
                concept_url(key),
            )
            self._after(step, concept_url(key), self.tr("Concept enregistré."))

        self._host.run(task, done, editor.show_error)

    # -- undo ------------------------------------------------------------------------------

    def undo(self) -> None:
        step = self.undo_step
        if step is None:
            return

        def done(_result: object) -> None:
            self._after(None, step.then, self.tr("Annulé : %1").replace("%1", step.label))

        self._host.run(step.apply, done)

    def _open(self, editor: FicheEditor | ConceptEditor) -> None:
        self.editor = editor
        editor.open()
