"""Drops on the window: files to import or to attach, fiches to the basket or to a dossier.

One event filter, ``DropHandler``, watches the places that take drops and decides from the
place and the point under the mouse what a drop there does:

- files anywhere (.bib, .ris, .json, .ttl/.rdf, .zip, .md, a folder): the import wizard, one
  file after the other (a folder gives the reference and thesaurus files at its top, as a
  Zotero export « with files » keeps them, and itself when it holds Markdown fiches);
- files on the reader while it shows a fiche: attached to that fiche (a folder is imported);
- fiches dragged from the results (``FICHE_KEYS_MIME``) on the « Panier » tab or on the
  basket: they join the basket; on the reader showing a dossier, or on a dossier's row in
  the results: they join that dossier.

Where a drop would do nothing the drag is refused (the cursor says so); refused files are
named in the status bar. A read-only library takes no drop. Library calls run on the worker
(``LibraryHost.run``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QTabWidget, QWidget

from kb_app.core.errors import NotFound
from kb_app.core.text import without_emphasis
from kb_app.gui.bulk import UndoRecorder
from kb_app.gui.drag_out import fiche_keys
from kb_app.gui.librarian import Librarian
from kb_app.gui.models.roles import KEY_ROLE, KIND_ROLE
from kb_app.gui.navigator import Navigator
from kb_app.gui.ops import LibraryHost
from kb_app.gui.widgets.attachments_panel import AttachmentsPanel
from kb_app.gui.widgets.basket_panel import BasketPanel

if TYPE_CHECKING:
    from kb_app.core.library import Library

translate = QCoreApplication.translate
#: File endings the import recognises by name (``detect_file_format``; a test keeps the two
#: in step). A file of another ending is refused before the wizard opens.
IMPORT_SUFFIXES = frozenset(
    {".bib", ".bibtex", ".biblatex", ".ris", ".json", ".csljson"}
    | {".ttl", ".rdf", ".skos", ".owl", ".md", ".zip"}
)
#: Entries looked at, at most, to find Markdown fiches in a dropped folder (a whole disk may
#: be dropped: the drop must not walk it).
FOLDER_SCAN_LIMIT = 5000
_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


@dataclass(frozen=True)
class Plan:
    """What a drop at one place does: ``say`` tells it while dragging (or why the drop is
    refused, when ``run`` is None)."""

    say: str
    run: Callable[[], None] | None = None


@dataclass(frozen=True)
class Dragged:
    """What a drag carries, read once a drag (a move event comes with every mouse move):
    fiche keys, or local files and folders (in their order) and the names of the rest
    (addresses on the web, files that are gone)."""

    keys: tuple[str, ...] = ()
    files: tuple[Path, ...] = ()
    folders: tuple[Path, ...] = ()
    others: tuple[str, ...] = ()

    @classmethod
    def of(cls, mime: QMimeData) -> Dragged:
        keys = fiche_keys(mime)
        if keys or not mime.hasUrls():
            return cls(keys=tuple(keys))
        files: list[Path] = []
        folders: list[Path] = []
        others: list[str] = []
        for url in mime.urls():
            path = Path(url.toLocalFile()) if url.isLocalFile() else None
            if path is not None and path.is_dir():
                folders.append(path)
            elif path is not None and path.is_file():
                files.append(path)
            else:
                others.append(path.name if path is not None else url.toDisplayString())
        return cls((), tuple(files), tuple(folders), tuple(others))

    @property
    def empty(self) -> bool:
        return not (self.keys or self.files or self.folders or self.others)

    def importable(self) -> list[Path]:
        known = [p for p in self.files if p.suffix.lower() in IMPORT_SUFFIXES]
        return [*known, *self.folders]

    def refused(self) -> list[str]:
        unknown = [p.name for p in self.files if p.suffix.lower() not in IMPORT_SUFFIXES]
        return [*unknown, *self.others]


def folder_imports(folder: Path, limit: int = FOLDER_SCAN_LIMIT) -> list[Path]:
    """What a dropped folder gives the import wizard: the reference and thesaurus files at
    its top, then the folder itself when it holds Markdown fiches (the wizard imports a
    folder as a folder of fiches)."""
    try:
        top = sorted(
            p
            for p in folder.iterdir()
            if p.is_file() and p.suffix.lower() in IMPORT_SUFFIXES - {".md"}
        )
    except OSError:
        return []
    return [*top, folder] if _holds_markdown(folder, limit) else top


def _holds_markdown(folder: Path, limit: int) -> bool:
    seen = 0
    for _root, dirs, files in os.walk(folder):
        if any(name.lower().endswith(".md") for name in files):
            return True
        seen += len(dirs) + len(files)
        if seen > limit:
            return False
    return False


class DropHandler(QObject):
    message = Signal(str)  # for the status bar
    changed = Signal()  # a dossier gained fiches: the lists follow

    def __init__(
        self,
        host: LibraryHost,
        librarian: Librarian,
        navigator: Navigator,
        *,
        attachments: AttachmentsPanel,
        basket: BasketPanel,
        tabs: QTabWidget,
        results_view: QAbstractItemView,
        read_only: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._librarian = librarian
        self._nav = navigator
        self._attachments = attachments
        self._basket = basket
        self._tabs = tabs
        self._results_view = results_view
        self._read_only = read_only
        self._watched: list[QObject] = []
        self._text_fields: list[QWidget] = []
        self._reader: QWidget | None = None
        self._dragged: tuple[QMimeData, Dragged] | None = None  # the drag's content
        #: the window's undo history (``gui/undo.py``): fiches dropped on the basket or a
        #: dossier are undone as the same change made from the « Sélection » menu
        self.undo: UndoRecorder | None = None

    def install(
        self, window: QWidget, reader: QAbstractScrollArea, text_fields: Sequence[QWidget] = ()
    ) -> None:
        """Take drops on ``window`` (anywhere no other place takes them), the reader, the
        basket and its tab, and the results; on ``text_fields`` (the search bar) only the
        files to import: a text dropped there stays theirs."""
        self._reader = reader.viewport()
        self._text_fields = list(text_fields)
        for field in self._text_fields:
            field.installEventFilter(self)
        places = [
            window,
            self._reader,
            self._tabs.tabBar(),
            self._basket,
            self._basket.view.viewport(),
            self._results_view.viewport(),
        ]
        for widget in places:
            widget.setAcceptDrops(True)
            widget.installEventFilter(self)
        self._watched = list(places)

    # -- the events ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.DragLeave:
            self._dragged = None
            return False
        if kind not in _DRAG_EVENTS or not isinstance(event, QDropEvent):
            return False
        if not isinstance(watched, QWidget):
            return False
        text_field = any(watched is w for w in self._text_fields)
        if not text_field and not any(watched is w for w in self._watched):
            return False
        plan = self.plan(watched, event.position().toPoint(), event.mimeData())
        copy = Qt.DropAction.CopyAction
        if text_field and (plan is None or plan.run is None):
            return False  # the field's own drop (a text)
        if kind == QEvent.Type.Drop:
            self._dragged = None
        if plan is None or plan.run is None or not event.possibleActions() & copy:
            event.ignore()
            if plan is not None and kind != QEvent.Type.DragMove:
                self.message.emit(plan.say)
            return True
        event.setDropAction(copy)
        event.accept()
        if kind == QEvent.Type.DragEnter:
            self.message.emit(plan.say)
        elif kind == QEvent.Type.Drop:
            plan.run()
        return True

    # -- what a drop does, where -----------------------------------------------------------

    def plan(self, place: QWidget, pos: QPoint, mime: QMimeData | None) -> Plan | None:
        """What dropping ``mime`` at ``pos`` of ``place`` does (None: nothing, said nothing)."""
        if mime is None:
            return None
        dragged = self._content(mime)
        if dragged.empty:
            return None
        if self._read_only():
            return Plan(
                self.tr("La bibliothèque est en lecture seule : rien ne peut y être déposé.")
            )
        if dragged.keys:
            return self._fiches_plan(place, pos, list(dragged.keys))
        return self._files_plan(place, dragged)

    def _content(self, mime: QMimeData) -> Dragged:
        if self._dragged is None or self._dragged[0] is not mime:
            self._dragged = (mime, Dragged.of(mime))
        return self._dragged[1]

    def _fiches_plan(self, place: QWidget, pos: QPoint, keys: list[str]) -> Plan | None:
        basket_tab = self._tabs.indexOf(self._basket)
        if place is self._tabs.tabBar():
            on_basket = self._tabs.tabBar().tabAt(pos) == basket_tab
            return self._basket_plan(keys) if on_basket else None
        if place is self._basket or place is self._basket.view.viewport():
            return self._basket_plan(keys)
        dossier = self._dossier_at(place, pos)
        if dossier is None:
            return None
        key, title = dossier
        members = [k for k in keys if k != key]
        if not members:
            return None
        say = self.tr("Déposer pour ajouter %n fiche(s) au dossier « %1 ».", "", len(members))
        return Plan(say.replace("%1", title), lambda: self.add_to_dossier(key, title, members))

    def _dossier_at(self, place: QWidget, pos: QPoint) -> tuple[str, str] | None:
        """(key, title) of the dossier under the mouse: read, or a row of the results."""
        if place is self._reader:
            fiche = self._nav.fiche
            if fiche is not None and fiche.kind == "dossier":
                return fiche.key, without_emphasis(fiche.title)
        elif place is self._results_view.viewport():
            index = self._results_view.indexAt(pos)
            first = index.siblingAtColumn(0) if index.isValid() else index
            if first.isValid() and first.data(KIND_ROLE) == "dossier":
                return str(first.data(KEY_ROLE)), str(first.data())
        return None

    def _basket_plan(self, keys: list[str]) -> Plan:
        say = self.tr("Déposer pour ajouter %n fiche(s) au panier.", "", len(keys))
        return Plan(say, lambda: self.add_to_basket(keys))

    def _files_plan(self, place: QWidget, dragged: Dragged) -> Plan:
        fiche = self._nav.fiche if place is self._reader else None
        # on the fiche read, a PDF (any file the import does not read) is attached to it;
        # a bibliography or a thesaurus dropped there is still imported
        files = [p for p in dragged.files if p.suffix.lower() not in IMPORT_SUFFIXES]
        if fiche is not None and files:
            imports = [p for p in dragged.files if p not in files] + list(dragged.folders)
            say = self.tr("Déposer pour joindre %n fichier(s) à « %1 ».", "", len(files))
            title = without_emphasis(fiche.title)
            key = fiche.key
            return Plan(say.replace("%1", title), lambda: self.attach(key, files, imports))
        chosen, refused = dragged.importable(), dragged.refused()
        if not chosen:
            return Plan(self._refused_text(refused))
        say = self.tr("Déposer pour importer %n fichier(s).", "", len(chosen))
        return Plan(say, lambda: self.import_paths(chosen, refused))

    def _refused_text(self, names: Sequence[str]) -> str:
        text = self.tr(
            "Impossible d'importer %1 : seuls les fichiers BibTeX (.bib), RIS (.ris), "
            "CSL-JSON (.json), les thésaurus SKOS (.ttl, .rdf), les fiches Markdown (.md, .zip) "
            "et les dossiers s'importent."
        )
        return text.replace("%1", ", ".join(f"« {name} »" for name in names))

    # -- doing it --------------------------------------------------------------------------

    def import_paths(self, paths: Sequence[Path], refused: Sequence[str] = ()) -> None:
        """Open the import wizard for each file (a folder: what it holds); name the others."""
        chosen: list[str] = []
        left_out = list(refused)
        for path in paths:
            found = folder_imports(path) if path.is_dir() else [path]
            chosen.extend(str(p) for p in found)
            if not found:
                left_out.append(path.name or str(path))
        if left_out:
            self.message.emit(self._refused_text(left_out))
        if chosen:
            self._librarian.import_files(chosen)

    def attach(self, key: str, files: Sequence[Path], folders: Sequence[Path] = ()) -> None:
        """Attach ``files`` to the fiche ``key`` (through its attachments panel, which lists
        them); ``folders`` (and importable files dropped with them) go to the import."""
        panel = self._attachments
        if panel.key != key:
            panel.load(key)
        for path in files:
            panel.add(str(path))
        if folders:
            self.import_paths(folders)

    def add_to_basket(self, keys: Sequence[str]) -> None:
        """The dropped fiches this library knows join the basket, in one change."""
        wanted = list(keys)

        def task(lib: Library) -> list[str]:
            return _known(lib, wanted, lib.basket_add_many)

        def done(added: list[str]) -> None:
            self._basket.refresh()
            if not added:
                self.message.emit(self.tr("Déjà dans le panier."))
                return
            self.message.emit(self.tr("%n fiche(s) ajoutée(s) au panier.", "", len(added)))
            self._record(
                translate("MainWindow", "ajout de %n fiche(s) au panier", "", len(added)),
                lambda lib: lib.basket_remove_many(added),
                lambda lib: lib.basket_add_many(added),
            )

        self._host.run(task, done)

    def add_to_dossier(self, dossier: str, title: str, keys: Sequence[str]) -> None:
        """Add to the dossier the fiches that are not in it yet, after its members, in one
        change."""
        wanted = list(keys)

        def task(lib: Library) -> list[str]:
            others = [k for k in wanted if k != dossier]
            return _known(lib, others, lambda keys: lib.dossier_add_many(dossier, keys))

        def done(added: list[str]) -> None:
            if added:
                text = self.tr("%n fiche(s) ajoutée(s) au dossier « %1 ».", "", len(added))
            else:
                text = self.tr("Ces fiches sont déjà dans le dossier « %1 ».")
            self.message.emit(text.replace("%1", title))
            if not added:
                return
            self._record(
                translate("MainWindow", "ajout de %n fiche(s) au dossier", "", len(added)),
                lambda lib: lib.dossier_remove_many(dossier, added),
                lambda lib: lib.dossier_add_many(dossier, added),
            )
            self.changed.emit()
            fiche = self._nav.fiche
            if fiche is not None and fiche.key == dossier:
                self._nav.reload()

        self._host.run(task, done)

    def _record(
        self, text: str, undo: Callable[[Library], object], redo: Callable[[Library], object]
    ) -> None:
        if self.undo is not None:
            self.undo.record(text, undo, redo)


def _known(lib: Library, keys: Sequence[str], verb: Callable[[list[str]], list[str]]) -> list[str]:
    """``verb`` (one change) on the dropped fiches this library holds alive: keys from
    another library's window are left out first; a fiche trashed since the drag began makes
    the change refuse, naming it, and the change is made again without it."""
    found = {row.key for row in lib.rows(keys)}
    wanted = [k for k in dict.fromkeys(keys) if k in found]
    while wanted:
        try:
            return verb(wanted)
        except NotFound as refused:
            if refused.params.get("key") not in wanted:
                raise
            wanted.remove(str(refused.params["key"]))
    return []
