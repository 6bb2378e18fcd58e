"""Any screen from 1024×768: a first-run size from the screen, a saved geometry made to fit,
a reader never narrower than 450 px, nothing of the window off the window, dialogs that fit.

The offscreen screen of the test process is 800×800; the 1024×768 screen is a child process
started with the offscreen platform's screen configuration (``small_screen_child``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QMainWindow, QToolBar, QToolButton
from pytestqt.qtbot import QtBot

from kb_app.gui import settings
from kb_app.gui.main_actions import TOOLBAR
from kb_app.gui.main_window import READER_MIN, MainWindow
from tests.gui.conftest import wait_idle
from tests.gui.small_screen_child import outside

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]
SMALL = QRect(0, 0, 1024, 768)
CHILD = (sys.executable, "-m", "tests.gui.small_screen_child")
DIALOGS = {
    "export_data",
    "new",
    "edit",
    "trash",
    "new_concept",
    "edit_concept",
    "compare",
    "duplicates",
    "thesaurus",
    "quality",
    "restore_backup",
    "shortcuts",
    "import",
    "merge",
    "bibliography",
}


def test_the_first_run_size_comes_from_the_screen() -> None:
    minimum = QSize(858, 354)
    small = settings.first_geometry(SMALL, minimum)
    assert SMALL.contains(small)
    assert small.size() == QSize(1024, 768)  # a small screen: all of it (and maximised)
    middle = settings.first_geometry(QRect(0, 0, 1366, 768), minimum)
    assert middle.size() == QSize(1229, 691)  # 90 % of a larger one
    assert small.center() == SMALL.center()
    large = settings.first_geometry(QRect(0, 0, 1920, 1080), minimum)
    assert large.size() == settings.LARGEST  # 1360×860 at most
    assert large.center() == QRect(0, 0, 1920, 1080).center()
    # a second screen to the right, under a top bar: the window opens on it, whole
    second = QRect(1920, 28, 1280, 996)
    assert second.contains(settings.first_geometry(second, minimum))
    # a screen smaller than the window's minimum: as much as the screen has
    tiny = QRect(0, 0, 800, 600)
    assert tiny.contains(settings.first_geometry(tiny, minimum))


def test_a_saved_geometry_that_no_longer_fits_is_made_to_fit() -> None:
    assert settings.fitted(QRect(500, 300, 1360, 860), SMALL) == QRect(0, 0, 1024, 768)
    assert settings.fitted(QRect(900, 700, 600, 400), SMALL) == QRect(424, 368, 600, 400)
    assert settings.fitted(QRect(-300, -50, 600, 400), SMALL) == QRect(0, 0, 600, 400)
    framed = settings.fitted(QRect(0, 0, 1360, 860), SMALL, QSize(8, 38))
    assert framed == QRect(0, 38, 1016, 730)
    fits = QRect(10, 20, 800, 600)
    assert settings.fitted(fits, SMALL) == fits  # a geometry that fits is kept


def test_restoring_a_window_saved_on_a_larger_screen(qtbot: QtBot) -> None:
    before = QMainWindow()
    qtbot.addWidget(before)
    before.setGeometry(QRect(200, 150, 1300, 850))
    settings.save_window(before, {})
    after = QMainWindow()
    qtbot.addWidget(after)
    room = QRect(40, 30, 640, 480)  # smaller than the test screen: only our fitting helps
    settings.restore_window(after, {}, available=room)
    assert room.contains(after.geometry()), after.geometry()
    first = QMainWindow()
    qtbot.addWidget(first)
    settings.store().remove("window/geometry")
    settings.restore_window(first, {}, available=room)
    assert first.geometry() == settings.first_geometry(room, QSize(0, 0))


def test_at_1024_by_768_the_reader_keeps_450_px_and_nothing_is_cut(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1024, 768)
    wait_idle(qtbot, window)
    assert window.size() == QSize(1024, 768)
    assert window.minimumSizeHint().width() <= 1024
    assert window.stack.width() >= READER_MIN
    assert outside(window) == []
    # narrower still: the window's minimum, the reader keeps its 450 px
    window.resize(window.minimumSizeHint().width(), 600)
    wait_idle(qtbot, window)
    assert window.stack.width() >= READER_MIN
    assert outside(window) == []
    # the sidebar folds away by its handle: the room goes to the list and the reader
    sizes = window.splitter.sizes()
    window.splitter.setSizes([0, sizes[1], sizes[2] + sizes[0]])
    assert window.splitter.sizes()[0] == 0
    assert window.stack.width() >= READER_MIN


def test_rare_commands_go_to_the_toolbar_overflow_first(qtbot: QtBot, window: MainWindow) -> None:
    bar = window.findChild(QToolBar, "mainToolbar")
    assert bar is not None
    names = [a.objectName() for a in bar.actions() if a.objectName()]
    assert names[-len(TOOLBAR) :] == list(TOOLBAR)
    assert TOOLBAR.index("basket_add") < TOOLBAR.index("compare")
    window.resize(window.minimumSizeHint().width(), 600)
    wait_idle(qtbot, window)
    shown = {
        a.objectName()
        for a in bar.actions()
        if bar.widgetForAction(a) is not None and bar.widgetForAction(a).isVisible()
    }
    assert {"back", "forward", "home", "basket_add"} <= shown
    assert window.search_bar.isVisible()
    assert window.search_bar.width() >= 200
    extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    if extension is not None and extension.isVisible():  # what overflows is the rarest
        hidden = [n for n in TOOLBAR if n not in shown]
        assert hidden == list(TOOLBAR[len(TOOLBAR) - len(hidden) :])


def test_on_a_1024_by_768_screen_the_window_and_every_dialog_fit(
    library_path: Path, tmp_path: Path
) -> None:
    config = tmp_path / "screen.json"
    screen = {"name": "small", "x": 0, "y": 0, "width": 1024, "height": 768}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    bib = tmp_path / "two.bib"
    bib.write_text(
        "@book{a2019, author = {Dupont, Jean}, title = {Gouvernance}, year = {2019}}\n"
        "@article{b2021, author = {Müller, Jörg}, title = {Délibération},"
        " journal = {Territoires}, year = {2021}}\n",
        encoding="utf-8",
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [*CHILD, str(library_path), str(tmp_path / "settings"), str(bib)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["available"] == [0, 0, 1024, 768]
    frame = QRect(*found["frame"])
    assert SMALL.contains(frame), frame
    assert found["maximized"]  # a small screen: the first run takes all of it, frame included
    assert found["minimum"][0] <= 1024
    assert found["minimum"][1] <= 768
    assert found["outside"] == []
    assert found["reader"] >= READER_MIN
    assert found["full"] == {"outside": [], "reader": found["full"]["reader"]}
    assert found["full"]["reader"] >= READER_MIN
    assert set(found["dialogs"]) == DIALOGS
    for name, dialog in found["dialogs"].items():
        width, height = dialog["size"]
        least_w, least_h = dialog["minimum"]
        for value, least, most in ((width, least_w, 1024 - 16), (height, least_h, 768 - 48)):
            assert 0 < least <= value <= most, (name, dialog)
        assert dialog["outside"] == [], (name, dialog)
    assert found["dialogs"]["import"]["class"] == "ImportWizard"
    assert found["dialogs"]["merge"]["class"] == "MergeDialog"
