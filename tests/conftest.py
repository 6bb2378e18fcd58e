"""Shared fixtures: a seeded library built once per session and copied for each test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

import pytest

from kb_app.core.library import Library
from kb_app.core.paths import resources_dir

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).with_name("data")


# --- the slow switch: one option (--runslow), one marker (slow), one helper (slow_mode) ---

_runslow: bool | None = None  # set once by pytest_configure, from --runslow only


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--runslow",
        action="store_true",
        default=False,
        help="slow mode: run the tests marked slow, and the fault-injection and hostile-input "
        "tests at full size (50 kills, 100,000 concepts...); minutes of work",
    )


def pytest_configure(config: pytest.Config) -> None:
    global _runslow
    _runslow = bool(config.getoption("--runslow"))


def slow_mode() -> bool:
    """True with ``--runslow``: the one reading of the slow switch, for the tests that scale
    their sizes (in a test body, a parametrize list or a hypothesis ``settings``: test modules
    are imported during collection, after ``pytest_configure``). A child process gets the
    size it needs from its parent test (arguments, environment), never from this switch."""
    if _runslow is None:
        raise RuntimeError("slow_mode() is known only once pytest is configured")
    return _runslow


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A test marked ``slow`` runs only with ``--runslow``: otherwise it is skipped."""
    if slow_mode():
        return
    skip = pytest.mark.skip(reason="slow: run with --runslow")
    for item in items:
        if item.get_closest_marker("slow") is not None:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def template_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template") / "lib"
    Library.open(folder).close()
    return folder


@pytest.fixture
def library_path(template_library: Path, tmp_path: Path) -> Path:
    """A fresh copy of the seeded library (closed): pass it to `kb --library`."""
    dest = tmp_path / "lib"
    shutil.copytree(template_library, dest)
    return dest


@pytest.fixture
def library(library_path: Path) -> Iterator[Library]:
    """An open seeded library, closed after the test."""
    lib = Library.open(library_path)
    try:
        yield lib
    finally:
        lib.close()


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A writable copy of resources/ (thesaurus + seed) for bad-input tests."""
    dest = tmp_path / "resources"
    shutil.copytree(resources_dir() / "thesaurus", dest / "thesaurus")
    shutil.copytree(resources_dir() / "seed", dest / "seed")
    return dest


@pytest.fixture(autouse=True)
def _isolated_default_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the user's real default library (nor writes the user's log)."""
    monkeypatch.setenv("KB_LIBRARY", str(tmp_path / "default-library"))
    monkeypatch.setenv("KB_STYLES_DIR", str(tmp_path / "user-styles"))
    monkeypatch.setenv("KB_LOG_DIR", str(tmp_path / "logs"))  # kb_app.logs
    monkeypatch.setenv("KB_CONFIG_DIR", str(tmp_path / "config"))  # the remembered library


@pytest.fixture(autouse=True)
def _french_command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """`kb` speaks the user's language; the tests read it in French (the product's first
    language) unless a test sets the locale itself (tests/cli/test_language.py)."""
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LC_MESSAGES", "fr_FR.UTF-8")
