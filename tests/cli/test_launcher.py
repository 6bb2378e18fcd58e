"""The `kb` dispatcher: window for `kb`/`kb gui`, CLI otherwise; summary without a display."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kb_app import launcher


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (True, None, False)),
        (["gui"], (True, None, False)),
        (["--library", "/x", "gui"], (True, "/x", False)),
        (["stats", "--json"], (False, None, True)),
        (["search", "bien commun"], (False, None, False)),
        (["--json"], (True, None, True)),
    ],
)
def test_wants_window(argv: list[str], expected: tuple[bool, str | None, bool]) -> None:
    assert launcher.wants_window(argv) == expected


def test_without_display_kb_prints_the_summary(
    library_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(launcher, "has_display", lambda: False)
    assert launcher.main(["--library", str(library_path)]) == 0
    captured = capsys.readouterr()
    assert "aucun affichage" in captured.err
    assert "références" in captured.out


def test_cli_commands_go_to_the_cli(library_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert launcher.main(["--library", str(library_path), "stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["fiches"]["reference"] == 11
