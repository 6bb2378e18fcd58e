"""Thesaurus maintenance and quality in the window: dialogs wired to the worker thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from kb_app.core.dto import ConceptDetail
from kb_app.gui.dialogs.thesaurus_maintenance import ThesaurusDialog
from kb_app.gui.dialogs.thesaurus_quality import QualityDialog
from kb_app.gui.links import concept_url
from kb_app.gui.ops import LibraryHost

if TYPE_CHECKING:
    from kb_app.core.dto import DeleteSummary, MergeSummary
    from kb_app.core.library import Library

T = TypeVar("T")
Labels = list[tuple[str, str, str]]


class ThesaurusController(QObject):
    changed = Signal()
    message = Signal(str)
    open_url = Signal(str)
    concept_removed = Signal(str)  # key of a concept merged away or deleted

    def __init__(self, host: LibraryHost, parent: QWidget) -> None:
        super().__init__(parent)
        self._host = host
        self._parent = parent
        self.dialog: ThesaurusDialog | None = None
        self.quality_dialog: QualityDialog | None = None

    # -- maintenance -----------------------------------------------------------------------

    def maintain(self, concept: str | None) -> None:
        """Open the maintenance dialog on ``concept`` (a key or a label), or on none."""

        def task(lib: Library) -> tuple[Labels, ConceptDetail | None]:
            return lib.concept_labels(), lib.concept(concept) if concept else None

        def opened(result: tuple[Labels, ConceptDetail | None]) -> None:
            labels, detail = result
            dialog = self._dialog(labels)
            if detail is not None:
                dialog.set_concept(detail)
            dialog.open()

        self._host.run(task, opened)

    def _dialog(self, labels: Labels) -> ThesaurusDialog:
        if self.dialog is not None:
            self.dialog.set_labels(labels)
            return self.dialog
        dialog = ThesaurusDialog(self._parent, labels)
        dialog.concept_requested.connect(self._show)
        dialog.rename_requested.connect(self._rename)
        dialog.merge_requested.connect(self._merge)
        dialog.move_requested.connect(self._move)
        dialog.delete_requested.connect(self._delete)
        self.dialog = dialog
        return dialog

    def _show(self, text: str) -> None:
        dialog = self.dialog
        if dialog is not None:
            self._host.run(lambda lib: lib.concept(text), dialog.set_concept, dialog.show_error)

    def _change(self, change: Callable[[Library], T], done: Callable[[T, Labels], None]) -> None:
        """Run a change, then hand its result and the new labels to ``done``."""
        dialog = self.dialog
        if dialog is None:
            return

        def task(lib: Library) -> tuple[T, Labels]:
            result = change(lib)
            return result, lib.concept_labels()

        def finished(result: tuple[T, Labels]) -> None:
            value, labels = result
            dialog.set_labels(labels)
            done(value, labels)
            self.changed.emit()

        self._host.run(task, finished, dialog.show_error)

    def _changed_concept(self, text: str) -> Callable[[ConceptDetail, Labels], None]:
        def done(concept: ConceptDetail, _labels: Labels) -> None:
            if self.dialog is not None:
                self.dialog.set_concept(concept)
                self.dialog.show_message(text.replace("%1", concept.label))
            self.message.emit(text.replace("%1", concept.label))
            self.open_url.emit(concept_url(concept.key))

        return done

    def _rename(self, key: str, label: str, english: str, keep: bool) -> None:
        self._change(
            lambda lib: lib.rename_concept(key, label, english, keep_old_as_alt=keep),
            self._changed_concept(self.tr("Le concept s'appelle maintenant « %1 ».")),
        )

    def _move(self, key: str, broader: Sequence[str]) -> None:
        wanted = list(broader)
        self._change(
            lambda lib: lib.move_concept(key, wanted),
            self._changed_concept(self.tr("« %1 » est déplacé.")),
        )

    def _merge(self, key: str, target: str) -> None:
        def done(summary: MergeSummary, _labels: Labels) -> None:
            text = (
                self.tr(
                    "« %1 » est fusionné dans « %2 » : %n fiche(s) déplacée(s).",
                    "",
                    summary.fiches_moved,
                )
                .replace("%1", summary.source.label)
                .replace("%2", summary.target.label)
            )
            self._gone(text)
            self.concept_removed.emit(summary.source.key)
            self.open_url.emit(concept_url(summary.target.key))

        self._change(lambda lib: lib.merge_concepts(key, target), done)

    def _delete(self, key: str) -> None:
        def done(summary: DeleteSummary, _labels: Labels) -> None:
            self._gone(self.tr("« %1 » est supprimé.").replace("%1", summary.concept.label))
            self.concept_removed.emit(summary.concept.key)

        self._change(lambda lib: lib.delete_concept(key), done)

    def _gone(self, text: str) -> None:
        if self.dialog is not None:
            self.dialog.forget_concept()
            self.dialog.show_message(text)
        self.message.emit(text)

    # -- quality ---------------------------------------------------------------------------

    def quality(self) -> None:
        dialog = self.quality_dialog
        if dialog is None:
            dialog = QualityDialog(self._parent)
            dialog.open_url.connect(self.open_url)
            dialog.refresh_requested.connect(self.reload_quality)
            self.quality_dialog = dialog
        self.reload_quality()
        dialog.open()

    def reload_quality(self) -> None:
        dialog = self.quality_dialog
        if dialog is not None:
            self._host.run(lambda lib: lib.thesaurus_quality(), dialog.set_report)
