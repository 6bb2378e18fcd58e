"""Fixtures for the window's tests: isolated settings, the main window on a seeded library.

Everything runs offscreen (``tests/conftest.py`` sets ``QT_QPA_PLATFORM``). Library calls run
on the window's worker thread, so tests wait for signals or for the host to be idle.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kb_app.core.library import Library
from kb_app.gui.main_window import MainWindow

PORTO = "case-porto-alegre-budget-participatif"
DOSSIER = "dossier-cnfpt-2016-gestion-territoriale-relations"
GENRO = "ref-genro-desouza-1998-budget-participatif"
COPRODUCTION = "coproduction-du-bien-public"
TIMEOUT = 30_000  # the first search of a fresh library copy builds its index


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path) -> None:
    """QSettings in a temporary folder: tests never read or write the user's settings."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))


@pytest.fixture(autouse=True)
def _clipboard_emptied(qapp: QApplication) -> Iterator[None]:
    """Tests that copy leave no QMimeData owned by the clipboard: with the offscreen
    platform, Qt crashes at process exit when the clipboard still holds it."""
    yield
    qapp.clipboard().clear()


@pytest.fixture
def window(qtbot: QtBot, library: Library) -> Iterator[MainWindow]:
    """The main window, shown, with the seeded library open and its first results listed."""
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.library_ready, timeout=TIMEOUT):
        win.attach_library(library)
    wait_idle(qtbot, win)
    yield win
    win.close()


def wait_idle(qtbot: QtBot, win: MainWindow) -> None:
    """Until every queued library call has finished and its result was handled."""
    qtbot.waitUntil(lambda: win.host.busy == 0, timeout=TIMEOUT)
    qtbot.wait(30)  # timers (debounce, snippets) that start new calls
    qtbot.waitUntil(lambda: win.host.busy == 0, timeout=TIMEOUT)


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` one QKeyEvent per character (keyClicks aborts on accented letters)."""
    for ch in text:
        key = ord(ch.upper()) if ch.isascii() and ch.isalnum() else 0
        if ch == " ":
            key = int(Qt.Key.Key_Space)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)
