"""What the screenshot scripts share (window_, atlas_ and guide_screenshots.py): a real window
on a new library seeded with the course, in a temporary folder, and a way to let it work."""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kb_app.core.library import Library  # noqa: E402
from kb_app.gui.language import install_translators  # noqa: E402
from kb_app.gui.main_window import MainWindow  # noqa: E402


def spin(app: QApplication, seconds: float) -> None:
    """Let the window work for ``seconds`` (events, worker results)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


@contextmanager
def seeded_window(language: str, *, fill_screen: bool = False) -> Iterator[MainWindow]:
    """The window, in ``language``, on a new seeded library; settings kept in the same
    temporary folder (the user's are never read or written). ``fill_screen``: no window
    manager under Xvfb, so the window is placed on the whole screen by hand."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_translators(app, language)
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        library = Library.open(Path(tmp) / "library")
        window = MainWindow()
        window.show()
        if fill_screen:
            window.setGeometry(app.primaryScreen().availableGeometry())
        window.attach_library(library)
        try:
            yield window
        finally:
            window.close()
            library.close()
