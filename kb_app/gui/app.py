"""Start the desktop application: QApplication, translators, the window, then the library.

The window is shown first and the library is opened afterwards, on the worker thread
(``QTimer.singleShot(0, …)``), so the window appears in well under a second even though
opening a library imports SQLAlchemy and may create and seed a new one.

Before any of that, the library is claimed for this process (``single_instance``): when
another kb_app already has it open, that window is brought to the front and this start
ends, without opening the database.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Sequence
from functools import partial
from types import TracebackType

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from kb_app import logs
from kb_app.appinfo import APP_ID
from kb_app.core.paths import resources_dir
from kb_app.gui import settings
from kb_app.gui.errors import error_box
from kb_app.gui.language import (
    chosen_language,
    hold,
    install_translators,
    prepare_process,
    system_language,
    translations_dir,
)
from kb_app.gui.main_window import MainWindow
from kb_app.gui.ops import library_folder
from kb_app.gui.single_instance import Claim, Guard, claim

log = logging.getLogger("kb_app.gui")
__all__ = [
    "chosen_language",
    "create_window",
    "install_translators",
    "run_app",
    "system_language",
    "translations_dir",
]


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(settings.ORGANISATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("kb_app")
    app.setDesktopFileName(APP_ID)  # packaging/linux/io.github.kb_app.KbApp.desktop
    app.setWindowIcon(app_icon())
    return app


#: The sizes of the window's icon in resources/icons (scripts/build_icons.py renders them).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The application's icon, every size rendered from packaging/icons' SVG."""
    icon, folder = QIcon(), resources_dir() / "icons"
    for size in ICON_SIZES:
        path = folder / f"{APP_ID}-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


def create_window(
    library_path: str | None, app: QApplication, *, read_only: bool = False
) -> MainWindow:
    """The window, shown; its library opens as soon as the event loop runs."""
    window = MainWindow()
    window.ask_read_only = read_only
    window.show()
    QTimer.singleShot(0, window, lambda: window.open_library(library_path))
    return window


def claim_library(library_path: str | None, files: Sequence[str] = ()) -> Claim:
    """This process's hold on the library, or (said why) another process's, which then gets
    ``files`` to import (``kb-app FILE`` while kb_app already has the library)."""
    taken = claim(library_folder(library_path), files=files)
    if not taken.acquired:
        print(f"kb: {taken.message()}", file=sys.stderr)
    if taken.status == "not answering":  # say it in a window too: there may be no terminal
        QMessageBox(QMessageBox.Icon.Warning, "kb_app", taken.message()).exec()
    return taken


# A smoke check of an installed copy (tests/packaging): with KB_QUIT_WHEN_READY set, the
# window says « ready », its title and its row count on stdout once the library is open and
# its first results are on screen, then closes as if the user had closed it.
QUIT_WHEN_READY = "KB_QUIT_WHEN_READY"


def _quit_when_ready(window: MainWindow) -> None:
    print(f"ready: {window.windowTitle()} | {window.results.rowCount()} rows", flush=True)
    window.close()


def remembered_library() -> str | None:
    """The library the user switched to last (new, opened, moved), unless ``KB_LIBRARY``
    names one; a remembered folder that no longer holds a library (a removed disk) is not
    opened (``paths.remembered_library``): the default one opens instead."""
    if os.environ.get("KB_LIBRARY"):
        return None
    return settings.default_library()


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """An uncaught error in a slot: log the traceback, show one sentence."""
    log.error("uncaught error", exc_info=(kind, exc, tb))
    if QApplication.instance() is not None:
        error_box(None, exc).exec()  # with « Copier les détails »


def import_when_ready(window: MainWindow, files: Sequence[str]) -> None:
    """The import wizard for ``files`` once the window's library is open, once only: a later
    library switch (Fichier › Ouvrir…) must not import them again."""
    if files:
        window.library_ready.connect(
            partial(window.librarian.import_files, list(files)),
            Qt.ConnectionType.SingleShotConnection,
        )


def run_app(library_path: str | None, *, read_only: bool = False, files: Sequence[str] = ()) -> int:
    """Open the window on ``library_path`` (default library when None); return the exit code.

    ``files`` (from the file manager: the desktop file's ``%F``) go to the import wizard, one
    after the other, once the library is open.

    0 without a window when another kb_app has this library open (its window is brought to
    the front); 1 when that other kb_app does not answer.
    """
    logs.setup(debug=logs.debug_asked())  # the log file, faulthandler
    library_path = library_path or remembered_library()
    prepare_process()  # before the QApplication: Qt reads the system locale once
    app = application()
    install_translators(app, chosen_language())
    taken = claim_library(library_path, files)
    if not taken.acquired:
        return 0 if taken.forwarded else 1
    sys.excepthook = _excepthook
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl+C in the terminal quits
    window = create_window(library_path, app, read_only=read_only)
    guard = window.guard = Guard(taken, app)  # follows the window rebuilt for a language
    guard.activate_requested.connect(window.bring_to_front)
    guard.files_requested.connect(window.import_files)  # from a later kb-app FILE
    hold(window)  # a language switch replaces it by a new window
    import_when_ready(window, files)
    if os.environ.get(QUIT_WHEN_READY):
        window.library_ready.connect(partial(_quit_when_ready, window))
    del window
    code = app.exec()
    guard.release()
    return int(code)
