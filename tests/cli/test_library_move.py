"""`kb library move DEST` (issue 14): the CLI side of « Déplacer la bibliothèque… »."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kb_app.cli.main import main

CHILD = "tests/gui/instance_child.py"  # holds a library's window lock, as a window does


def kb(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_library_move_copies_checks_and_leaves_a_note(
    capsys: pytest.CaptureFixture[str], library_path: Path, tmp_path: Path
) -> None:
    dest = tmp_path / "moved"
    code, out, err = kb(
        capsys, "--library", str(library_path), "--json", "library", "move", str(dest)
    )
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["from"] == str(library_path)
    assert data["to"] == str(dest)
    assert data["fiches"] > 20
    assert Path(data["note"]).parent == library_path
    assert (library_path / "library.sqlite3").is_file()  # kept
    code, out, _ = kb(capsys, "--library", str(dest), "--json", "stats")
    assert code == 0
    stats = json.loads(out)
    assert stats["total_fiches"] + stats["trash"] == data["fiches"]


def test_library_move_says_it_in_words(
    capsys: pytest.CaptureFixture[str], library_path: Path, tmp_path: Path
) -> None:
    dest = tmp_path / "moved"
    code, out, _ = kb(capsys, "--library", str(library_path), "library", "move", str(dest))
    assert code == 0
    assert out.startswith(f"Bibliothèque copiée dans {dest} (")
    assert f"--library {dest}" in out


def test_library_move_refuses_a_folder_that_is_not_empty(
    capsys: pytest.CaptureFixture[str], library_path: Path, tmp_path: Path
) -> None:
    dest = tmp_path / "full"
    dest.mkdir()
    (dest / "notes.txt").write_text("x")
    code, _out, err = kb(capsys, "--library", str(library_path), "library", "move", str(dest))
    assert code != 0
    assert f"« {dest} » n'est pas vide" in err
    assert sorted(p.name for p in dest.iterdir()) == ["notes.txt"]
    assert not list(library_path.glob("*.txt"))


def test_moving_the_default_library_makes_the_copy_the_default_for_kb_and_the_window(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without --library or KB_LIBRARY, `kb` and the window open the library chosen last (a
    moved or new one: core.paths keeps it); a remembered folder that is gone is not used."""
    from kb_app.core import paths

    monkeypatch.delenv("KB_LIBRARY")
    platform = tmp_path / "platform-data"
    monkeypatch.setattr(paths, "platform_library_dir", lambda: platform)
    code, out, _ = kb(capsys, "--json", "stats")  # creates the default library, seeded
    assert code == 0
    assert (platform / "library.sqlite3").is_file()
    dest = tmp_path / "moved"
    code, out, _ = kb(capsys, "--json", "library", "move", str(dest))
    assert code == 0
    assert json.loads(out)["default"] is True
    assert paths.default_library_dir() == dest
    code, out, _ = kb(capsys, "library", "move", str(tmp_path / "again"))
    assert "kb et la fenêtre l'ouvrent désormais par défaut" in out
    assert paths.default_library_dir() == tmp_path / "again"
    shutil.rmtree(tmp_path / "again")  # a removed disk
    assert paths.default_library_dir() == platform  # gone: not re-created elsewhere


def test_an_old_folder_that_cannot_take_the_note_still_moves_the_default(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kb_app.core import paths

    monkeypatch.delenv("KB_LIBRARY")
    platform = tmp_path / "platform-data"
    monkeypatch.setattr(paths, "platform_library_dir", lambda: platform)
    assert kb(capsys, "stats")[0] == 0

    def refused(*_args: object) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("kb_app.core.library.folders.write_note", refused)
    code, out, err = kb(capsys, "library", "move", str(tmp_path / "moved"))
    assert code == 0
    assert "la note n'a pas pu être écrite" in err
    assert "avec la note" not in out
    assert paths.default_library_dir() == tmp_path / "moved"


def test_a_moved_library_is_not_opened_again_by_mistake(
    capsys: pytest.CaptureFixture[str], library_path: Path, tmp_path: Path
) -> None:
    """The old folder keeps its database (nothing is deleted) but opening it is refused with
    one sentence naming the note: edits there would never reach the moved library."""
    assert (
        kb(capsys, "--library", str(library_path), "library", "move", str(tmp_path / "m"))[0] == 0
    )
    code, out, err = kb(capsys, "--library", str(library_path), "stats")
    assert code == 3  # a library problem (LibraryError), as for a folder that is not one
    assert out == ""
    assert "cette bibliothèque a été déplacée" in err
    assert "BIBLIOTHEQUE-DEPLACEE.txt" in err


def test_a_library_open_in_a_window_is_not_moved_from_the_command_line(
    capsys: pytest.CaptureFixture[str],
    library_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A window holding the library (its real QLockFile, taken by a child process) would go on
    writing to the old folder after the copy: the move is refused and nothing is copied. Once
    that process is gone (a stale lock), the move goes ahead."""
    runtime = tmp_path / "runtime"
    dest = tmp_path / "moved"
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    child = subprocess.Popen(
        [sys.executable, CHILD, str(library_path), str(runtime), "--no-server"],
        cwd=Path(__file__).parents[2],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().startswith("ready")
        code, out, err = kb(capsys, "--library", str(library_path), "library", "move", str(dest))
        assert (code, out) == (1, "")
        assert f"est ouverte dans une fenêtre de kb_app (processus {child.pid})" in err
        assert not dest.exists()
    finally:
        child.kill()
        child.wait()
        if child.stdout is not None:
            child.stdout.close()
    code, _out, _err = kb(capsys, "--library", str(library_path), "library", "move", str(dest))
    assert code == 0
    assert (dest / "library.sqlite3").is_file()
