"""Accessibility: every interactive element of the main window and of each dialog it opens has
a name (what a screen reader says), and the main controls are reached from the keyboard.

``each_window`` opens the main window's dialogs one by one (modal ones are inspected while
they run, then closed) and hands each to a visitor: ``test_language.py`` walks the same
windows for their visible strings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHeaderView,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kb_app.gui.links import concept_url, fiche_url
from kb_app.gui.main_window import MainWindow
from tests.gui.conftest import COPRODUCTION, PORTO, TIMEOUT, wait_idle

pytestmark = pytest.mark.gui

Role = QAccessible.Role
INTERACTIVE = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.Slider,
    Role.List,
    Role.Tree,
    Role.Table,
    Role.PageTabList,
    Role.PageTab,
    Role.MenuItem,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.ToolBar,
    Role.MenuBar,
}
ITEM_VIEWS = {Role.List, Role.Tree, Role.Table}  # their rows are data, not controls
#: Commands that open a dialog, with the page they need (a fiche, a concept) shown first.
DIALOG_COMMANDS: tuple[tuple[str, str | None], ...] = (
    ("new", None),
    ("trash", None),
    ("new_concept", None),
    ("import", None),
    ("export_data", None),
    ("duplicates", None),
    ("thesaurus", None),
    ("quality", None),
    ("basket_bibliography", None),
    ("add_citation_style", None),
    ("restore_backup", None),
    ("check", None),
    ("compare", None),
    ("shortcuts", None),
    ("about", None),
    ("help", None),
    ("edit", fiche_url(PORTO)),
    ("edit_concept", concept_url(COPRODUCTION)),
)
#: Qt's own dialogs: their strings and names are Qt's (test_language checks their language).
QT_OWN = (QFileDialog,)


@dataclass
class Control:
    where: str
    role: str
    name: str
    widget: str


def accessible_tree(root: QWidget) -> Iterator[tuple[QAccessibleInterface, int]]:
    """Every visible element under ``root``, as the accessibility layer shows it."""
    top = QAccessible.queryAccessibleInterface(root)
    assert top is not None
    assert top.isValid()
    stack: list[tuple[QAccessibleInterface, int]] = [(top, 0)]
    while stack:
        iface, depth = stack.pop()
        if iface.state().invisible:
            continue
        yield iface, depth
        if iface.role() in ITEM_VIEWS or depth > 40:
            continue
        for i in range(iface.childCount()):
            child = iface.child(i)
            if child is not None and child.isValid():
                stack.append((child, depth + 1))


def unnamed_controls(root: QWidget, where: str) -> list[Control]:
    missing = []
    for iface, _depth in accessible_tree(root):
        if iface.role() not in INTERACTIVE:
            continue
        name = iface.text(QAccessible.Text.Name).strip().replace("&", "")
        if not name:
            obj = iface.object()
            label = f"{type(obj).__name__}:{obj.objectName()}" if obj is not None else "?"
            parent = obj.parent() if obj is not None else None
            if parent is not None:
                label += f" in {type(parent).__name__}:{parent.objectName()}"
            missing.append(Control(where, iface.role().name, name, label))
    return missing


def _visible_windows() -> set[QWidget]:
    return {
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and not isinstance(w, QMenu) and w.windowType().name != "ToolTip"
    }


def each_tab(widget: QWidget, where: str, visit: Callable[[QWidget, str], object]) -> None:
    """``visit(widget)`` once with each page of its tab widgets shown (one at a time)."""
    visit(widget, where)
    for tabs in widget.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        shown = tabs.currentIndex()
        for index in range(tabs.count()):
            if index != shown and tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                visit(tabs.widget(index), f"{where} › {tabs.tabText(index)}")
        tabs.setCurrentIndex(shown)


def each_window(
    qtbot: QtBot, window: MainWindow, visit: Callable[[QWidget, str], object]
) -> list[str]:
    """Visit the main window, then every dialog of ``DIALOG_COMMANDS``; the names visited."""
    window.basket.add(PORTO)  # the basket's bibliography needs something in it
    wait_idle(qtbot, window)
    visited = ["main"]
    each_tab(window, "main", visit)
    for command, url in DIALOG_COMMANDS:
        if url is not None and window.navigator.url != url:
            window.navigator.go(url)
            qtbot.waitUntil(lambda u=url: window.navigator.url == u, timeout=TIMEOUT)
            wait_idle(qtbot, window)
        before = _visible_windows()
        seen: list[QWidget] = []

        def inspect(widget: QWidget, name: str = command, known: list[QWidget] = seen) -> None:
            if widget in known or widget is window:
                return
            known.append(widget)
            if isinstance(widget, QT_OWN):  # opened: nothing of ours to look at
                widget.close()
                return
            visited.append(name)
            each_tab(widget, name, visit)
            widget.close()

        def poll() -> None:
            modal = QApplication.activeModalWidget()
            if modal is not None:
                inspect(modal)

        timer = QTimer(window)
        timer.setInterval(30)
        timer.timeout.connect(poll)
        timer.start()
        try:
            action = window.commands[command]
            assert action.isEnabled(), command
            action.trigger()
            wait_idle(qtbot, window)
            qtbot.wait(50)
            for widget in _visible_windows() - before:
                inspect(widget)
            qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=TIMEOUT)
        finally:
            timer.stop()
            timer.deleteLater()
        assert seen, f"« {command} » opened no window"
    return visited


def test_every_interactive_element_has_a_name(qtbot: QtBot, window: MainWindow) -> None:
    missing: list[Control] = []
    visited = each_window(
        qtbot, window, lambda widget, where: missing.extend(unnamed_controls(widget, where))
    )
    assert len(visited) >= len(DIALOG_COMMANDS)
    assert not missing, "\n".join(f"{c.where}: {c.role} {c.widget}" for c in missing)


def test_the_window_is_walked_by_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    """Tab goes through the main controls; each one is reached without the mouse."""
    window.activateWindow()
    window.focus_search()
    reached: list[QObject] = []
    for _ in range(60):
        focus = QApplication.focusWidget()
        if focus is not None:
            reached.append(focus)
        qtbot.keyClick(QApplication.focusWidget() or window, "\t")
    wanted: list[QWidget] = [
        window.search_bar,
        window.results_view,
        window.reader,
        window.tabs.tabBar(),
    ]
    for widget in wanted:
        assert widget in reached, widget.objectName() or type(widget).__name__
    for view in window.findChildren(QAbstractItemView):
        if isinstance(view, QHeaderView):  # a header is reached through a command instead
            continue
        if view.isVisible():
            assert view.focusPolicy().name != "NoFocus", view.objectName()
    # the results' header (sort, columns) has its keyboard path: Affichage › Colonnes et tri
    columns = window.commands["columns"]
    assert columns.isEnabled()
    assert any(columns in menu.actions() for menu in window.menuBar().findChildren(QMenu))
    window.navigator.go(fiche_url(PORTO))
