"""The librarian's work in the window: import, export, duplicates and merge, citations and
bibliographies, thesaurus maintenance and quality.

Wiring only: each dialog gathers a request, the library call runs on the worker thread
(``LibraryHost.run``), and the outcome goes back to the dialog; ``changed`` asks the window
to refresh its lists, ``open_url`` to show a page, ``show_keys`` to list fiches.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from kb_app.core.dto import ExportSummary, FicheDetail, FicheRef, FicheRow
from kb_app.gui.citing import compile_keys
from kb_app.gui.dialogs.citation import BibliographyDialog
from kb_app.gui.dialogs.duplicates_dialog import DuplicatesDialog
from kb_app.gui.dialogs.export_dialog import ExportDialog
from kb_app.gui.dialogs.import_wizard import ImportWizard
from kb_app.gui.dialogs.merge_dialog import MergeDialog
from kb_app.gui.links import fiche_url
from kb_app.gui.ops import LibraryHost
from kb_app.gui.thesaurus_controller import ThesaurusController

if TYPE_CHECKING:
    from kb_app.core.dto import DuplicatePair, ImportReport, MergeField
    from kb_app.core.library import Library

translate = QCoreApplication.translate


class Librarian(QObject):
    changed = Signal()
    message = Signal(str)
    open_url = Signal(str)
    show_keys = Signal(object, str)  # keys, caption
    concept_removed = Signal(str)

    def __init__(self, host: LibraryHost, parent: QWidget) -> None:
        super().__init__(parent)
        self._host = host
        self._parent = parent
        self.wizard: ImportWizard | None = None
        self.export_dialog: ExportDialog | None = None
        self.duplicates_dialog: DuplicatesDialog | None = None
        self.merge_dialog: MergeDialog | None = None
        self.bibliography_dialog: BibliographyDialog | None = None
        self.thesaurus = ThesaurusController(host, parent)
        self.thesaurus.changed.connect(self.changed)
        self.thesaurus.message.connect(self.message)
        self.thesaurus.open_url.connect(self.open_url)
        self.thesaurus.concept_removed.connect(self.concept_removed)

    # -- import ----------------------------------------------------------------------------

    def import_file(self, path: str | None = None) -> ImportWizard:
        wizard = ImportWizard(self._host, self._parent, path)
        wizard.imported.connect(self._imported)
        wizard.show_keys.connect(lambda keys: self._show_imported(wizard, keys))
        wizard.review_duplicates.connect(self.duplicates)
        self.wizard = wizard
        wizard.open()
        return wizard

    def import_files(self, paths: Sequence[str]) -> ImportWizard | None:
        """The import wizard for each of ``paths`` in turn (files dropped on the window): the
        next opens when the one before is closed."""
        if not paths:
            return None
        first, rest = paths[0], list(paths[1:])
        wizard = self.import_file(first)
        if rest:
            wizard.finished.connect(lambda _result: self.import_files(rest))
        return wizard

    def _show_imported(self, wizard: ImportWizard, keys: Sequence[str]) -> None:
        """« Afficher les fiches importées »: the import is over; the wizard closes so that
        the list it asks for is not hidden behind it."""
        wizard.accept()
        self.show_keys.emit(list(keys), self.tr("Fiches importées"))

    def _imported(self, report: ImportReport) -> None:
        self.changed.emit()
        text = self.tr("Import terminé : %n fiche(s) ajoutée(s)", "", report.imported)
        self.message.emit(text + ".")

    # -- export ----------------------------------------------------------------------------

    def export(
        self, results: Sequence[str], basket: Sequence[str], results_label: str | None = None
    ) -> None:
        """The export dialog: the results (``results_label`` names them otherwise, e.g. the
        selection), the basket or the whole library."""
        chosen = {"results": list(results), "basket": list(basket)}

        def opened(total: int) -> None:
            counts = {"results": len(results), "basket": len(basket), "library": total}
            dialog = ExportDialog(self._parent, counts)
            if results_label is not None:
                dialog.scopes["results"].setText(results_label)
            dialog.export_requested.connect(
                lambda fmt, path, scope: self._export(dialog, fmt, path, chosen.get(scope))
            )
            self.export_dialog = dialog
            dialog.open()

        self._host.run(lambda lib: len(lib.export_keys()), opened)

    def _export(self, dialog: ExportDialog, fmt: str, path: str, keys: list[str] | None) -> None:
        def done(summary: ExportSummary) -> None:
            dialog.show_summary(summary)
            self.message.emit(
                translate("MainWindow", "%n fiche(s) exportée(s).", "", summary.count)
            )

        self._host.run(lambda lib: lib.export(fmt, path, keys), done, dialog.show_error)

    # -- duplicates and merge --------------------------------------------------------------

    def duplicates(self, focus: Sequence[str] = ()) -> DuplicatesDialog:
        """The duplicates window; ``focus``: fiches whose pairs come first (an import's
        flagged fiches)."""
        dialog = self.duplicates_dialog or DuplicatesDialog(self._parent)
        if self.duplicates_dialog is None:
            dialog.merge_requested.connect(self.merge)
            dialog.not_duplicate.connect(self.not_duplicate)
            dialog.open_fiche.connect(lambda key: self.open_url.emit(fiche_url(key)))
            self.duplicates_dialog = dialog
        dialog.focus = frozenset(focus or ())
        self.reload_duplicates()
        dialog.open()
        return dialog

    def reload_duplicates(self) -> None:
        dialog = self.duplicates_dialog
        if dialog is None:
            return

        def task(lib: Library) -> tuple[list[DuplicatePair], dict[str, FicheRow]]:
            pairs = lib.duplicates()
            keys = list(dict.fromkeys(k for p in pairs for k in (p.key_a, p.key_b)))
            return pairs, {row.key: row for row in lib.rows(keys)}

        self._host.run(task, lambda result: dialog.set_pairs(*result))

    def not_duplicate(self, key_a: str, key_b: str) -> None:
        """Two works, not one: the pair leaves the duplicates window for good."""
        self._host.run(
            lambda lib: lib.not_duplicate(key_a, key_b), lambda _r: self.reload_duplicates()
        )

    def merge(self, key_a: str, key_b: str) -> None:
        """Open the merge dialog for two fiches (A is kept, B goes to the trash)."""

        def task(lib: Library) -> tuple[FicheRef, FicheRef, list[MergeField]]:
            a, b = lib.get(key_a), lib.get(key_b)
            return _ref(a), _ref(b), lib.merge_fields(key_a, key_b)

        def opened(result: tuple[FicheRef, FicheRef, list[MergeField]]) -> None:
            a, b, fields = result
            dialog = MergeDialog(self._parent, a, b, fields)
            dialog.merge_requested.connect(lambda choices: self._merge(dialog, choices))
            dialog.swap_requested.connect(lambda: self._swap(dialog))
            self.merge_dialog = dialog
            dialog.open()

        self._host.run(task, opened)

    def _swap(self, dialog: MergeDialog) -> None:
        dialog.reject()
        self.merge(dialog.b.key, dialog.a.key)

    def _merge(self, dialog: MergeDialog, choices: dict[str, str]) -> None:
        keep, other = dialog.a, dialog.b

        def done(detail: FicheDetail) -> None:
            dialog.accept()
            self.message.emit(
                self.tr("« %1 » est fusionnée dans « %2 » (l'autre fiche est à la corbeille).")
                .replace("%1", other.title)
                .replace("%2", detail.title)
            )
            self.changed.emit()
            self.reload_duplicates()
            self.open_url.emit(fiche_url(detail.key))

        self._host.run(lambda lib: lib.merge(keep.key, other.key, choices), done, dialog.show_error)

    # -- citations -------------------------------------------------------------------------

    def bibliography(self, keys: Sequence[str], title: str) -> BibliographyDialog:
        wanted = list(keys)
        dialog = BibliographyDialog(self._parent, title)

        def load(style: str) -> None:
            self._host.run(
                lambda lib: compile_keys(lib, wanted, style),
                dialog.set_bibliography,
                dialog.show_error,
            )

        dialog.style_changed.connect(load)
        self.bibliography_dialog = dialog
        load(dialog.code())
        dialog.open()
        return dialog

    # -- thesaurus -------------------------------------------------------------------------

    def maintain_thesaurus(self, concept: str | None) -> None:
        self.thesaurus.maintain(concept)

    def thesaurus_quality(self) -> None:
        self.thesaurus.quality()


def _ref(detail: FicheDetail) -> FicheRef:
    return FicheRef(detail.key, detail.kind, detail.title, detail.year)
