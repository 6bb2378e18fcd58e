"""Fichier › « Nouvelle bibliothèque… », « Ouvrir une bibliothèque… », « Déplacer la
bibliothèque… » and the recent libraries: which folder the window works on.

Every switch goes the way the window already opens a library: the folder is checked on the
worker first (``check_library``, ``check_new_library``: a refusal names the folder and the
library open stays open), then claimed for this process (``Guard.switch``), then opened by
the window's ``open_library`` (``LibraryHost.open``: the old library is closed on the worker,
the new one opened there). The library switched to is remembered (``core.paths``, for
``kb`` too) as the one to open at the next start and first among the recent ones.

A move copies the open library (``copy_library``: the source is never written, a failed copy
leaves nothing behind, the copy is opened and counted before anything else happens), then
switches to the copy, and only once the copy is the library open writes a note into the old
folder. The old folder is kept, not deleted: until the new one has been used it is the copy
known to be good, and deleting a folder of the user's is the user's decision (the note and the
message say it may be deleted).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from kb_app.core.dto import LibraryMove
from kb_app.core.paths import instance_key
from kb_app.gui import settings
from kb_app.gui.main_actions import ActionSpec, Slot, WindowActions
from kb_app.gui.ops import LibraryHost
from kb_app.gui.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from kb_app.core.library import Library

LIBRARY_FILE_SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("new_library", QT_TRANSLATE_NOOP("MainWindow", "Nouvelle bibliothèque…")),
    ActionSpec("move_library", QT_TRANSLATE_NOOP("MainWindow", "Déplacer la bibliothèque…")),
    ActionSpec("recent_libraries", QT_TRANSLATE_NOOP("MainWindow", "Bibliothèques récentes")),
)


class LibraryFiles(QObject):
    """New, open, move: the library folder the window works on."""

    message = Signal(str)
    moved = Signal(object)  # the LibraryMove, once the copy is open and the note written

    def __init__(
        self,
        host: LibraryHost,
        parent: QWidget,
        *,
        open_library: Callable[[str], None],
        claim: Callable[[str], bool],
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._parent = parent
        self._open_library = open_library
        self._claim = claim
        self._after_open: tuple[str, Callable[[Any], None]] | None = None
        self.report_box: QMessageBox | None = None  # what a move did, said once it is done
        host.opened.connect(self._opened)
        #: the folder dialog (tests replace it): title -> chosen folder, "" when cancelled
        self.choose_folder: Callable[[str], str] = lambda title: QFileDialog.getExistingDirectory(
            self._parent, title
        )
        #: asks whether a new library holds the course: True, False, None (cancelled)
        self.ask_seed: Callable[[str], bool | None] = self._ask_seed
        self.recent_menu = QMenu(parent)
        self.recent_menu.setAccessibleName(self.tr("Bibliothèques récentes"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)

    def add_actions(self, actions: WindowActions) -> None:
        slots: dict[str, Slot] = {
            "new_library": self.new_library,
            "move_library": self.move_library,
            "recent_libraries": lambda: None,  # a submenu: its entries are the commands
        }
        actions.add_all(LIBRARY_FILE_SPECS, slots)
        actions["recent_libraries"].setMenu(self.recent_menu)

    # -- open ------------------------------------------------------------------------------

    def choose_library(self) -> None:
        """« Ouvrir une bibliothèque… »: a folder that holds a library, or a refusal naming it."""
        folder = self.choose_folder(self.tr("Ouvrir une bibliothèque"))
        if folder:
            self.open_folder(folder)

    def open_folder(self, folder: str) -> None:
        """Check ``folder`` holds a library (on the worker), then switch to it."""

        def check() -> Path:
            from kb_app.core.library import check_library  # the core: off the main thread

            return check_library(Path(folder))

        def found(folder: Path) -> None:
            self.switch_to(str(folder))

        self._host.run_unopened(check, found)

    def switch_to(self, folder: str, then: Callable[[Any], None] | None = None) -> bool:
        """Claim ``folder`` and open it in this window; ``then(library)`` once it is open."""
        if not self._claim(folder):
            return False
        self._after_open = (folder, then or (lambda _lib: None))
        self._open_library(folder)
        return True

    def _opened(self, library: Any) -> None:
        """Any library opened goes first in the recent ones; one this window switched to
        (new, open, move, recent) is also the one the next start opens."""
        folder = str(Path(library.folder))
        settings.remember_library(folder)
        pending, self._after_open = self._after_open, None
        if pending is not None and Path(pending[0]).absolute() == Path(folder):
            settings.set_default_library(folder)
            pending[1](library)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        current = str(self._host.folder) if self._host.folder is not None else None
        entries = [f for f in settings.recent_libraries() if f != current]
        if not entries:
            none = self.recent_menu.addAction(self.tr("Aucune autre bibliothèque"))
            none.setEnabled(False)
            return
        for folder in entries:
            action = QAction(folder, self.recent_menu)
            action.triggered.connect(lambda _c=False, f=folder: self.open_folder(f))
            self.recent_menu.addAction(action)

    # -- new ---------------------------------------------------------------------------------

    def new_library(self) -> None:
        """« Nouvelle bibliothèque… »: an empty folder, the course in it or not, then open it."""
        folder = self.choose_folder(self.tr("Nouvelle bibliothèque : choisissez un dossier vide"))
        if not folder:
            return
        seeded = self.ask_seed(folder)
        if seeded is None:
            return

        def make() -> Path:
            from kb_app.core.library import check_new_library, create_empty

            found = check_new_library(Path(folder))
            if not seeded:  # with the course: opening creates and seeds it (with progress)
                create_empty(found)
            return found

        def made(found: Path) -> None:
            said = (
                self.tr("Nouvelle bibliothèque avec le cours : %1")
                if seeded
                else self.tr("Nouvelle bibliothèque vide : %1")
            )
            self.switch_to(str(found), lambda _lib: self.message.emit(said.replace("%1", folder)))

        self._host.run_unopened(make, made)

    def _ask_seed(self, folder: str) -> bool | None:
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Nouvelle bibliothèque"))
        box.setText(
            self.tr("Que doit contenir la nouvelle bibliothèque « %1 » ?").replace("%1", folder)
        )
        box.setInformativeText(
            self.tr(
                "Avec le cours : les fiches de la séance sur la gestion territoriale des "
                "relations entre acteurs et le thésaurus qui les indexe, à lire et à compléter. "
                "Vide : ni fiches ni thésaurus, pour vos propres références."
            )
        )
        course = box.addButton(self.tr("Avec le cours"), QMessageBox.ButtonRole.AcceptRole)
        empty = box.addButton(self.tr("Vide"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        course.setAccessibleName(self.tr("Créer avec le cours"))
        empty.setAccessibleName(self.tr("Créer vide"))
        box.setDefaultButton(course)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is course else False if clicked is empty else None

    # -- move --------------------------------------------------------------------------------

    def move_library(self) -> None:
        """« Déplacer la bibliothèque… »: copy, check, switch, remember, then the note."""
        if self._host.folder is None:
            return
        target = self.choose_folder(
            self.tr("Déplacer la bibliothèque : choisissez un dossier vide")
        )
        if target:
            self.move_to(target)

    def move_to(self, target: str) -> None:
        def copy(lib: Library, _report: Callable[..., None]) -> LibraryMove:
            from kb_app.core.library import copy_library

            return copy_library(lib, Path(target))

        self._host.run_library_job(
            copy, self.tr("Copie de la bibliothèque…"), self._copied, cancellable=False
        )

    def _copied(self, copied: LibraryMove) -> None:
        """The copy opens and holds every fiche: switch to it; then the note in the old one."""
        settings.set_welcome_seen(instance_key(copied.target))  # the same library as before

        def noted(moved: LibraryMove) -> None:
            text = self.tr(
                "La bibliothèque est maintenant dans « %1 » (%2 fiches) et s'y ouvrira au "
                "prochain démarrage. L'ancien dossier « %3 » est gardé, avec une note : "
                "supprimez-le quand vous aurez vérifié la nouvelle."
            )
            text = text.replace("%1", moved.target).replace("%2", str(moved.fiches))
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Bibliothèque déplacée"),
                text.replace("%3", moved.source),
                QMessageBox.StandardButton.Ok,
                self._parent,
            )
            box.setAccessibleName(self.tr("Bibliothèque déplacée"))
            box.open()  # not modal to the event loop: the window goes on
            self.report_box = box
            self.message.emit(
                self.tr("Bibliothèque déplacée dans « %1 ».").replace("%1", moved.target)
            )
            self.moved.emit(moved)

        def note(_library: Any) -> None:
            from kb_app.core.library import leave_moved_note

            def kept_without_note(exc: BaseException) -> None:
                noted(copied)  # the move is done; only the note could not be written
                self._host.show_error(exc)

            self._host.run_unopened(lambda: leave_moved_note(copied), noted, kept_without_note)

        if not self.switch_to(copied.target, note):
            self.message.emit(
                self.tr("Copie faite dans « %1 », mais elle n'a pas pu être ouverte ici.").replace(
                    "%1", copied.target
                )
            )
