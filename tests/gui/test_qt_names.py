"""No class of the window hides a Qt name.

Every QObject subclass of ``kb_app.gui`` (with the kb_app classes it inherits from) is read:
the methods and class attributes it defines and the ``self.name = …`` it assigns must not be
names of its Qt bases (``self.actions = …`` hid ``QWidget.actions()``, ``BasketPanel.move``
overrode ``QWidget.move``). The exceptions are the Qt virtuals a subclass is meant to
implement (``QT_VIRTUALS``), and only as methods.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import textwrap
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject
from PySide6.QtWidgets import QWidget

import kb_app.gui
from kb_app.gui.models.facets_model import FacetsModel
from kb_app.gui.models.tree_model import TreeModel

#: Qt virtuals that the window's classes implement on purpose: Qt calls them.
QT_VIRTUALS = frozenset(
    {
        # event handlers
        "changeEvent",
        "closeEvent",
        "eventFilter",
        "focusInEvent",
        "keyPressEvent",
        "mousePressEvent",
        "resizeEvent",
        "showEvent",
        # item models (``parent(index)`` is not here: ``TreeModel`` alone implements it, keeping
        # ``QObject.parent()`` as its form without an argument)
        "columnCount",
        "data",
        "filterAcceptsRow",
        "flags",
        "headerData",
        "index",
        "rowCount",
        "sort",
        "mimeData",
        "mimeTypes",
        "supportedDragActions",
        # item delegates
        "paint",
        "sizeHint",
        # dialogs and wizard pages
        "initializePage",
        "isComplete",
        "reject",
        # completer and text browser
        "loadResource",
        "pathFromIndex",
        "splitPath",
        # translator (Qt's own strings: gui/language.py)
        "translate",
    }
)


def gui_classes() -> Iterator[type[QObject]]:
    for info in pkgutil.walk_packages(kb_app.gui.__path__, "kb_app.gui."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, QObject):
                yield cls


def defined_names(cls: type) -> dict[str, str]:
    """What the class's own source defines, by name: method, class or instance attribute."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    node = tree.body[0]
    assert isinstance(node, ast.ClassDef)
    names: dict[str, str] = {}
    for item in node.body:
        if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
            names[item.name] = "method"
        targets = item.targets if isinstance(item, ast.Assign) else []
        if isinstance(item, ast.AnnAssign):
            targets = [item.target]
        names.update({t.id: "class attribute" for t in targets if isinstance(t, ast.Name)})
    for sub in ast.walk(node):
        if isinstance(sub, ast.Assign | ast.AnnAssign | ast.AugAssign):
            for target in sub.targets if isinstance(sub, ast.Assign) else [sub.target]:
                for part in ast.walk(target):
                    if (
                        isinstance(part, ast.Attribute)
                        and isinstance(part.value, ast.Name)
                        and part.value.id == "self"
                    ):
                        names.setdefault(part.attr, "instance attribute")
    return names


def qt_shadows(cls: type[QObject]) -> list[str]:
    """Each name that ``cls`` or one of its kb_app bases takes from a Qt base."""
    qt_bases = [b for b in cls.__mro__ if b.__module__.startswith(("PySide6", "Shiboken"))]
    ours = [b for b in cls.__mro__ if b not in qt_bases and b is not object]
    found = []
    for own in ours:
        for name, kind in defined_names(own).items():
            owner = next((b for b in qt_bases if name in vars(b)), None)
            if name.startswith("__") or owner is None:
                continue
            if kind == "method" and (name in QT_VIRTUALS or (own, name) == (TreeModel, "parent")):
                continue
            found.append(f"{own.__qualname__}.{name} ({kind}) hides {owner.__name__}.{name}")
    return found


def test_no_gui_class_hides_a_qt_name() -> None:
    classes = list(gui_classes())
    assert len(classes) > 50  # the walk found the window's classes
    shadows = [line for cls in classes for line in qt_shadows(cls)]
    assert shadows == []


def test_a_tree_model_keeps_both_parents() -> None:
    owner = QObject()
    model = FacetsModel(owner)
    assert model.parent() is owner
    assert not model.parent(QModelIndex()).isValid()


class _Hiding(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.actions = {}  # type: ignore[assignment, method-assign]

    def move(self, key: str) -> None:  # type: ignore[override]
        """What ``BasketPanel.move`` was."""

    def closeEvent(self, event: object) -> None:  # noqa: N802 (a Qt virtual: allowed)
        """Nothing."""


class _Model(QAbstractListModel):
    def rowCount(self, parent: object = None) -> int:  # noqa: N802
        return 0

    def data(self, index: QModelIndex, role: int = 0) -> None:
        return None


@pytest.mark.parametrize(
    ("cls", "expected"),
    [
        (
            _Hiding,
            [
                "_Hiding.actions (instance attribute) hides QWidget.actions",
                "_Hiding.move (method) hides QWidget.move",
            ],
        ),
        (_Model, []),
    ],
)
def test_the_check_finds_what_hides(cls: type[QObject], expected: list[str]) -> None:
    assert sorted(qt_shadows(cls)) == expected
