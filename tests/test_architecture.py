"""The house rules that a reviewer would otherwise check by hand (ARCHITECTURE.md).

- no module uses another module's private names (``from m import _x``, ``m._x``, ``obj._x``
  on an object of another module's class is beyond a static check: the first two are checked);
- ``cli`` and ``gui`` reach the core only through its public modules;
- no regular expression translates error text in the window.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kb_app"
PUBLIC_CORE = {
    "kb_app.core.library",
    "kb_app.core.dto",
    "kb_app.core.errors",
    "kb_app.core.messages",
    "kb_app.core.jobs",
    "kb_app.core.vocabulary",
    "kb_app.core.text",
    "kb_app.core.paths",
    "kb_app.core.people",
}


@functools.cache
def _modules() -> tuple[tuple[str, ast.Module], ...]:
    """Every module of the package (migrations aside) with its syntax tree, parsed once."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        name = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        found.append((name.removesuffix(".__init__"), ast.parse(path.read_text(encoding="utf-8"))))
    return tuple(found)


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _imported_modules(tree: ast.Module) -> dict[str, str]:
    """Local names bound to kb_app modules by ``import`` or ``from package import module``."""
    bound: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("kb_app") and alias.asname:
                    bound[alias.asname] = alias.name
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("kb_app"):
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                target = PACKAGE.parent / Path(*candidate.split("."))
                if target.with_suffix(".py").exists() or target.is_dir():
                    bound[alias.asname or alias.name] = candidate
    return bound


def test_no_module_uses_another_modules_private_names() -> None:
    found = []
    for name, tree in _modules():
        modules = _imported_modules(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("kb_app"):
                found += [
                    f"{name}: from {node.module} import {a.name}"
                    for a in node.names
                    if _private(a.name)
                ]
            elif (
                isinstance(node, ast.Attribute)
                and _private(node.attr)
                and isinstance(node.value, ast.Name)
                and node.value.id in modules
            ):
                found.append(f"{name}: {node.value.id}.{node.attr}")
    assert found == []


def _core_imports(tree: ast.Module) -> Iterator[str]:
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("kb_app.core"):
            assert node.module is not None
            if node.module == "kb_app.core":
                yield from (f"kb_app.core.{a.name}" for a in node.names)
            else:
                yield node.module
        elif isinstance(node, ast.Import):
            yield from (a.name for a in node.names if a.name.startswith("kb_app.core"))


@pytest.mark.parametrize("layer", ["kb_app.cli", "kb_app.gui", "kb_app.launcher"])
def test_cli_and_gui_reach_the_core_through_its_public_modules(layer: str) -> None:
    wrong = [
        f"{name} imports {target}"
        for name, tree in _modules()
        if name == layer or name.startswith(layer + ".")
        for target in _core_imports(tree)
        if target not in PUBLIC_CORE
    ]
    assert wrong == []


#: The window's modules that may use regular expressions, and why: none of them touches errors.
REGEX_USERS = {
    "kb_app.gui.search_controller": "tells a query with operators from plain words",
    "kb_app.gui.html": "adds table attributes Qt's rich text needs",
    "kb_app.gui.welcome": "puts links at the %1, %2 places of a translated sentence",
}


def test_the_window_translates_no_error_text_with_regular_expressions() -> None:
    """Errors reach the window as codes rendered from the catalogue, never as English text
    matched by patterns: a new use of ``re`` in the window must be listed above."""
    users = {
        name
        for name, tree in _modules()
        if name.startswith("kb_app.gui")
        for node in ast.walk(tree)
        if isinstance(node, ast.Import) and any(a.name == "re" for a in node.names)
    }
    assert users == set(REGEX_USERS)
