"""Actions on the fiches selected in the results: basket, citations, bibliography, export,
concepts, dossier, trash, merge of two. From the « Sélection » menu, the toolbar and the
results' right-click menu (``menu_for_results``).

Every change runs on the worker thread as ONE library call (the ``*_many`` verbs); once done,
``changed`` asks the window to refresh its lists, ``message`` names the count, and the change
is recorded in the undo history given (``UndoRecorder``) with how to undo and redo exactly
what was changed (the concepts that were really added, the fiches that really joined...).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Signal
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from kb_app.core.dto import Bibliography, FicheRef
from kb_app.gui.citing import (
    bibliography_html,
    bibliography_text,
    copy_to_clipboard,
    remembered_style,
)
from kb_app.gui.context_menus import custom_menu
from kb_app.gui.dialogs.choose_concept import ChooseConceptsDialog
from kb_app.gui.dialogs.choose_dossier import ChooseDossierDialog
from kb_app.gui.main_actions import MENUS, ActionSpec, Slot, WindowActions
from kb_app.gui.models.roles import KEY_ROLE
from kb_app.gui.ops import LibraryHost
from kb_app.gui.translation import QT_TRANSLATE_NOOP
from kb_app.gui.widgets.basket_panel import BasketPanel
from kb_app.gui.widgets.results_view import ResultsView

if TYPE_CHECKING:
    from kb_app.core.library import Library

translate = QCoreApplication.translate
Labels = list[tuple[str, str, str]]
ConceptChanges = dict[str, list[str]]


class UndoRecorder(Protocol):
    """What the window's undo history offers (``gui/undo.py`` ``UndoHistory``): the change is
    already done; ``record`` keeps how to undo and redo it."""

    def record(
        self,
        text: str,
        undo: Callable[[Library], object],
        redo: Callable[[Library], object],
        then: str | None = None,
    ) -> None: ...


#: The selection's commands (context « MainWindow », like every action of the window).
BULK_SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "selection_basket", QT_TRANSLATE_NOOP("MainWindow", "Ajouter la sélection au panier")
    ),
    ActionSpec("selection_cite", QT_TRANSLATE_NOOP("MainWindow", "Copier les citations")),
    ActionSpec(
        "selection_bibliography", QT_TRANSLATE_NOOP("MainWindow", "Copier la bibliographie")
    ),
    ActionSpec("selection_export", QT_TRANSLATE_NOOP("MainWindow", "Exporter la sélection…")),
    ActionSpec("selection_index", QT_TRANSLATE_NOOP("MainWindow", "Indexer avec un concept…")),
    ActionSpec("selection_unindex", QT_TRANSLATE_NOOP("MainWindow", "Retirer un concept…")),
    ActionSpec("selection_dossier", QT_TRANSLATE_NOOP("MainWindow", "Ajouter à un dossier…")),
    ActionSpec(
        "selection_trash", QT_TRANSLATE_NOOP("MainWindow", "Mettre la sélection à la corbeille…")
    ),
    ActionSpec("selection_merge", QT_TRANSLATE_NOOP("MainWindow", "Fusionner les deux fiches…")),
)
#: The « Sélection » menu's actions, as ``main_actions.MENUS`` lists them ("|": a separator).
SELECTION_MENU = next(names for title, names in MENUS if title == "&Sélection")
#: The ones that change the library (disabled when it is read-only).
BULK_WRITE_ACTIONS = (
    "selection_basket",
    "selection_index",
    "selection_unindex",
    "selection_dossier",
    "selection_trash",
    "selection_merge",
)


class BulkActions(QObject):
    changed = Signal()  # the library changed: refresh the results, the tree, the basket
    message = Signal(str)  # for the status bar

    def __init__(
        self,
        host: LibraryHost,
        results: ResultsView,
        basket: BasketPanel,
        parent: QWidget,
        *,
        merge: Callable[[str, str], object],
        export: Callable[[list[str], list[str], str], object],
        read: Callable[[str], object],
        edit: Callable[[str], object],
        undo: UndoRecorder | None = None,
        read_only: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._view = results
        self._basket = basket
        self._parent = parent
        self._merge = merge
        self._export = export
        self._read = read
        self._edit = edit
        self.undo = undo
        self._read_only = read_only
        self._commands: WindowActions | None = None
        #: Asks before the trash (title, question) → yes; a dialog, unless a caller replaces it.
        self.confirm: Callable[[str, str], bool] = self._ask
        self.concepts_dialog: ChooseConceptsDialog | None = None
        self.dossier_dialog: ChooseDossierDialog | None = None
        self.menu: QMenu | None = None
        custom_menu(results, self.menu_for_results)
        results.selectionModel().selectionChanged.connect(lambda *_a: self.update_actions())
        results.model().modelReset.connect(self.update_actions)

    # -- the commands ----------------------------------------------------------------------

    def add_actions(self, commands: WindowActions) -> None:
        slots: dict[str, Slot] = {
            "selection_basket": self.add_to_basket,
            "selection_cite": self.copy_citations,
            "selection_bibliography": self.copy_bibliography,
            "selection_export": self.export,
            "selection_index": self.index_with,
            "selection_unindex": self.remove_concept,
            "selection_dossier": self.add_to_dossier,
            "selection_trash": self.trash,
            "selection_merge": self.merge,
        }
        commands.add_all(BULK_SPECS, slots)
        self._commands = commands
        self.update_actions()

    def keys(self) -> list[str]:
        return self._view.selected_keys(current_if_none=False)

    def count(self) -> int:
        """How many fiches ``keys()`` gives, without reading them (100,000 selected rows)."""
        ranges = self._view.selectionModel().selection()
        return sum(ranges.at(n).height() for n in range(ranges.count()))

    def update_actions(self) -> None:
        """Enabled on a selection (merge: on exactly two); writing ones never read-only."""
        commands = self._commands
        if commands is None:
            return
        count = self.count()
        read_only = self._read_only()
        for spec in BULK_SPECS:
            enabled = count == 2 if spec.name == "selection_merge" else count > 0
            if read_only and spec.name in BULK_WRITE_ACTIONS:
                enabled = False
            commands[spec.name].setEnabled(enabled)

    # -- the results' right-click menu -----------------------------------------------------

    def menu_for_results(self, pos: QPoint) -> QMenu:
        """The menu of the results at ``pos`` (viewport coordinates): read, edit, then the
        selection's actions. A click on a row outside the selection selects that row."""
        view = self._view
        index = view.indexAt(pos)
        if index.isValid() and not view.selectionModel().isRowSelected(index.row()):
            view.setCurrentIndex(index)
        self.update_actions()
        keys = self.keys()
        current = view.currentIndex().data(KEY_ROLE)
        menu = QMenu(view)
        menu.setObjectName("resultsMenu")
        read = menu.addAction(translate("MainWindow", "Lire la fiche"))
        read.setEnabled(bool(current))
        read.triggered.connect(lambda: self._read(str(current)))
        edit = menu.addAction(translate("MainWindow", "Modifier la fiche…"))
        edit.setEnabled(len(keys) == 1 and not self._read_only())
        edit.triggered.connect(lambda: self._edit(keys[0]))
        if self._commands is not None:
            for group in SELECTION_MENU.split("|"):
                menu.addSeparator()
                for name in group.split():
                    menu.addAction(self._commands[name])
        if self.menu is not None:
            self.menu.deleteLater()  # one menu at a time: each right-click builds its own
        self.menu = menu
        menu.popup(view.viewport().mapToGlobal(pos))
        return menu

    # -- basket, citations, export ---------------------------------------------------------

    def add_to_basket(self) -> None:
        keys = self.keys()
        if not keys:
            return

        def done(added: list[str]) -> None:
            self._basket.refresh()
            text = translate("MainWindow", "%n fiche(s) ajoutée(s) au panier.", "", len(added))
            if len(added) < len(keys):
                text += " " + translate(
                    "MainWindow", "%n déjà dans le panier.", "", len(keys) - len(added)
                )
            self.message.emit(text)
            if added:
                self._record(
                    translate("MainWindow", "ajout de %n fiche(s) au panier", "", len(added)),
                    lambda lib: lib.basket_remove_many(added),
                    lambda lib: lib.basket_add_many(added),
                )

        self._host.run(lambda lib: lib.basket_add_many(keys), done)

    def copy_citations(self) -> None:
        """Each selected fiche's reference, in the order of the list."""
        self._copy(self.keys(), ordered=True)

    def copy_bibliography(self) -> None:
        """The selection as one bibliography, in the style's order."""
        self._copy(self.keys(), ordered=False)

    def _copy(self, keys: list[str], *, ordered: bool) -> None:
        if not keys:
            return
        style = remembered_style()

        def done(result: Bibliography) -> None:
            entries = list(result.entries)
            if ordered:
                rank = {key: n for n, key in enumerate(keys)}
                entries.sort(key=lambda c: rank.get(c.key, len(rank)))
            copy_to_clipboard(bibliography_text(entries), bibliography_html(entries))
            text = translate("MainWindow", "%n référence(s) copiée(s).", "", len(entries))
            if result.apart:
                text += " " + translate(
                    "MainWindow", "%n fiche(s) ne peuvent pas être citées.", "", len(result.apart)
                )
            self.message.emit(text)

        self._host.run(lambda lib: lib.compile_bibliography(keys, style), done)

    def export(self) -> None:
        """The export dialog (the librarian's), the selection first among what may be
        exported."""
        keys = self.keys()
        if not keys:
            return
        label = translate("MainWindow", "Fiches sélectionnées (%1)").replace("%1", str(len(keys)))
        self._export(keys, self._basket.model.fiche_keys(), label)

    # -- concepts --------------------------------------------------------------------------

    def index_with(self) -> None:
        """Ask for concepts, then add them to every selected fiche."""
        keys = self.keys()
        if not keys:
            return

        def opened(labels: Labels) -> None:
            dialog = ChooseConceptsDialog(
                self._parent,
                translate("MainWindow", "Indexer %n fiche(s)", "", len(keys)),
                translate("MainWindow", "Concepts à ajouter à chaque fiche sélectionnée :"),
                labels,
                translate("MainWindow", "Indexer"),
            )
            dialog.chosen.connect(lambda chosen: self.index(keys, chosen))
            self.concepts_dialog = dialog
            dialog.open()

        self._host.run(lambda lib: lib.concept_labels(), opened)

    def index(self, keys: Sequence[str], labels: Sequence[str]) -> None:
        self._concepts(keys, labels, adding=True)

    def remove_concept(self) -> None:
        """Ask which of the selection's concepts to take off, then take them off."""
        keys = self.keys()
        if not keys:
            return

        def task(lib: Library) -> Labels:
            present = {c for row in lib.rows(keys) for c in row.concepts}
            rows: Labels = lib.concept_labels()
            carried = {key for key, label, kind in rows if kind == "pref_fr" and label in present}
            return [row for row in rows if row[0] in carried]

        def opened(labels: Labels) -> None:
            dialog = ChooseConceptsDialog(
                self._parent,
                translate("MainWindow", "Retirer des concepts de %n fiche(s)", "", len(keys)),
                translate("MainWindow", "Concepts à retirer des fiches sélectionnées :"),
                labels,
                translate("MainWindow", "Retirer"),
            )
            dialog.chosen.connect(lambda chosen: self.unindex(keys, chosen))
            self.concepts_dialog = dialog
            dialog.open()

        self._host.run(task, opened)

    def unindex(self, keys: Sequence[str], labels: Sequence[str]) -> None:
        self._concepts(keys, labels, adding=False)

    def _concepts(self, keys: Sequence[str], labels: Sequence[str], *, adding: bool) -> None:
        """Add (or take off) the concepts ``labels`` on every fiche of ``keys``, in one
        change; its undo is the exact reverse of the pairs that really changed."""
        wanted, concepts = list(keys), list(labels)
        names = ", ".join(f"« {label} »" for label in concepts)

        def task(lib: Library) -> ConceptChanges:
            change = lib.index_many if adding else lib.unindex_many
            return change(wanted, concepts)

        def done(changed: ConceptChanges) -> None:
            count = len({k for ks in changed.values() for k in ks})
            if adding:
                said = translate("MainWindow", "%n fiche(s) indexée(s) avec %1.", "", count)
                step = translate("MainWindow", "indexation de %n fiche(s)", "", count)
            else:
                said = translate("MainWindow", "%1 retiré(s) de %n fiche(s).", "", count)
                step = translate("MainWindow", "retrait de concepts de %n fiche(s)", "", count)
            self._changed(said.replace("%1", names))
            if not changed:
                return

            def add(lib: Library) -> object:
                return lib.index_pairs(changed)

            def take(lib: Library) -> object:
                return lib.unindex_pairs(changed)

            self._record(step, take if adding else add, add if adding else take)

        self._host.run(task, done)

    # -- dossier, trash, merge -------------------------------------------------------------

    def add_to_dossier(self) -> None:
        keys = self.keys()
        if not keys:
            return

        def opened(dossiers: list[FicheRef]) -> None:
            dialog = ChooseDossierDialog(self._parent, dossiers, len(keys))
            titles = {d.key: d.title for d in dossiers}
            dialog.chosen.connect(lambda dossier: self.join(dossier, titles[dossier], keys))
            self.dossier_dialog = dialog
            dialog.open()

        self._host.run(lambda lib: lib.list_fiches("dossier"), opened)

    def join(self, dossier: str, title: str, keys: Sequence[str]) -> None:
        wanted = list(keys)

        def done(added: list[str]) -> None:
            self._changed(
                translate(
                    "MainWindow", "%n fiche(s) ajoutée(s) au dossier « %1 ».", "", len(added)
                ).replace("%1", title)
            )
            if added:
                self._record(
                    translate("MainWindow", "ajout de %n fiche(s) au dossier", "", len(added)),
                    lambda lib: lib.dossier_remove_many(dossier, added),
                    lambda lib: lib.dossier_add_many(dossier, added),
                )

        self._host.run(lambda lib: lib.dossier_add_many(dossier, wanted), done)

    def trash(self) -> None:
        keys = self.keys()
        if not keys:
            return
        question = translate(
            "MainWindow",
            "Mettre %n fiche(s) à la corbeille ? Vous pourrez les restaurer.",
            "",
            len(keys),
        )
        if not self.confirm(translate("MainWindow", "Mettre à la corbeille"), question):
            return

        def done(trashed: list[str]) -> None:
            self._changed(
                translate("MainWindow", "%n fiche(s) mise(s) à la corbeille.", "", len(trashed))
            )
            self._record(
                translate("MainWindow", "mise à la corbeille de %n fiche(s)", "", len(trashed)),
                lambda lib: lib.restore_many(trashed),
                lambda lib: lib.delete_many(trashed),
            )

        self._host.run(lambda lib: lib.delete_many(keys), done)

    def merge(self) -> None:
        """Two fiches selected: the merge dialog (the first is kept)."""
        keys = self.keys()
        if len(keys) == 2:
            self._merge(keys[0], keys[1])

    # -- after a change --------------------------------------------------------------------

    def _changed(self, text: str) -> None:
        self.changed.emit()
        self.message.emit(text)

    def _record(
        self, text: str, undo: Callable[[Library], object], redo: Callable[[Library], object]
    ) -> None:
        if self.undo is not None:
            self.undo.record(text, undo, redo)

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self._parent, title, text)
        return answer == QMessageBox.StandardButton.Yes
