"""The SKOS child process of a frozen build (PyInstaller): no ``python -m`` there, so the
child is the bundle's console program ``kb`` with a hidden first argument, answered by
``packaging/entry.py`` before anything else. The unfrozen command line stays as it was."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from kb_app.core.thesaurus import skos_child
from kb_app.core.thesaurus.skos import load_skos

ROOT = Path(__file__).resolve().parents[2]
SKOS = ROOT / "tests" / "data" / "skos" / "skosmos-collation.ttl"


def test_unfrozen_child_is_python_dash_m() -> None:
    assert skos_child.child_command(Path("t.ttl"), lenient=True) == [
        sys.executable,
        "-m",
        "kb_app.core.thesaurus.skos_child",
        "t.ttl",
        "--lenient",
    ]


def test_frozen_window_program_hands_the_file_to_its_console_sibling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "kb").write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "kb-app"))
    command = skos_child.child_command(Path("t.ttl"), lenient=False)
    assert command == [str(tmp_path / "kb"), "--kb-skos-child", "t.ttl"]


def test_frozen_program_without_a_sibling_runs_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "kb"))
    command = skos_child.child_command(Path("t.ttl"), lenient=True)
    assert command == [str(tmp_path / "kb"), skos_child.FROZEN_FLAG, "t.ttl", "--lenient"]


def test_bundle_entry_script_answers_the_hidden_flag(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stand-in for the frozen ``kb``: the bundle's entry script run by this interpreter.
    The whole round trip (flag, child reply, records rebuilt) must give load_skos's data."""
    fake_kb = tmp_path / "kb"
    fake_kb.write_text(
        f'#!/bin/sh\nPYTHONPATH="{ROOT}" exec "{sys.executable}" "{ROOT}/packaging/entry.py" "$@"\n'
    )
    fake_kb.chmod(fake_kb.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "kb-app"))
    data = skos_child.load_skos_isolated(SKOS, lenient=True)
    monkeypatch.undo()
    expected = load_skos(SKOS, lenient=True)
    assert data.concepts == expected.concepts
    assert len(data.concepts) > 1
