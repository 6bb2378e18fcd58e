"""The window's side of the log (kb_app.logs): a failed worker task is logged with its
traceback, error dialogs copy their details, « Aide › Ouvrir le dossier des journaux »."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kb_app import logs
from kb_app.gui.main_window import MainWindow
from kb_app.gui.ops import LibraryHost

pytestmark = pytest.mark.gui


@pytest.fixture
def log_path() -> Iterator[Path]:
    """The log file of this test (KB_LOG_DIR: tests/conftest.py), set up as the window does."""
    path = logs.setup()
    assert path.parent == Path(os.environ["KB_LOG_DIR"])
    yield path
    logs.teardown()


@pytest.fixture
def host(qtbot: QtBot, tmp_path: Path) -> Iterator[LibraryHost]:
    parent = QWidget()
    qtbot.addWidget(parent)
    result = LibraryHost(parent)
    with qtbot.waitSignal(result.opened):
        result.attach(SimpleNamespace(folder=tmp_path))  # the tasks never touch a library
    yield result
    result.close()


def failing_task(library: object) -> None:
    del library
    raise RuntimeError("the worker broke here")


def error_box(qtbot: QtBot, host: LibraryHost) -> QMessageBox:
    host.run(failing_task)  # no failure callback: the window's error dialog
    parent = host.parent()
    assert isinstance(parent, QWidget)
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox) is not None, timeout=10_000)
    box = parent.findChild(QMessageBox)
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    return box


def test_a_crash_in_a_worker_task_reaches_the_log(
    qtbot: QtBot, host: LibraryHost, log_path: Path
) -> None:
    box = error_box(qtbot, host)
    assert "RuntimeError" in box.text()
    assert "Traceback" not in box.text()  # the user reads a sentence
    text = log_path.read_text(encoding="utf-8")
    assert "ERROR kb_app.gui: unexpected error" in text
    assert "in failing_task" in text
    assert "RuntimeError: the worker broke here" in text
    box.close()


def test_copy_details_fills_the_clipboard_and_keeps_the_message(
    qtbot: QtBot, host: LibraryHost, log_path: Path, qapp: QApplication
) -> None:
    box = error_box(qtbot, host)
    copy = box.findChild(QPushButton, "copy_details")
    assert copy is not None
    assert copy.text() == "Copier les détails"
    assert copy.accessibleName()
    assert copy.focusPolicy() != copy.focusPolicy().NoFocus
    qapp.clipboard().setText("")
    copy.click()
    copied = qapp.clipboard().text()
    assert copied.startswith(box.text())
    assert "RuntimeError: the worker broke here" in copied
    assert "in failing_task" in copied
    assert "kb_app 0.1.0" in copied
    assert f"log: {log_path}" in copied
    assert box.isVisible()  # copying does not close the message
    ok = box.button(QMessageBox.StandardButton.Ok)
    assert ok is not None
    assert box.defaultButton() is ok
    ok.click()
    qtbot.waitUntil(lambda: not box.isVisible())


def test_the_help_menu_opens_the_log_folder(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []

    class Desktop:
        @staticmethod
        def openUrl(url: QUrl) -> bool:  # noqa: N802 (Qt's name)
            opened.append(url)
            return True

    monkeypatch.setattr("kb_app.gui.errors.QDesktopServices", Desktop)
    action = window.findChild(QAction, "open_log_folder")
    assert action is not None
    assert action.text() == "Ouvrir le dossier des journaux"
    help_menus = [a.menu() for a in window.menuBar().actions() if a.text() == "&Aide"]
    assert help_menus
    assert action in help_menus[0].actions()
    action.trigger()
    folder = logs.log_dir()
    assert [u.toLocalFile() for u in opened] == [str(folder)]
    assert folder.is_dir()  # made if nothing was logged yet
