"""`kb` on a full disk: what was saved is said, with its own exit code; stats and check
diagnose without writing. Fault injection as in tests/core/test_full_disk.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kb_app.cli.main import main
from kb_app.cli.output import EXIT_SAVED_INDEX_BEHIND
from tests.core.test_full_disk import (
    IN_FILE,
    ROLES_BIB,
    database_full,
    fill_the_index_volume,
    import_with_the_index_failing,
)

ATTACHED = "ref-genro-desouza-1998-budget-participatif"


def kb(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def build_index(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    assert kb(capsys, "--library", str(library_path), "search", "budget")[0] == 0


def test_kb_import_says_the_fiches_are_saved_when_only_the_index_failed(
    capsys: pytest.CaptureFixture[str], library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_index(capsys, library_path)
    fill_the_index_volume(monkeypatch)
    code, out, err = kb(capsys, "--library", str(library_path), "import", str(ROLES_BIB))
    assert code == EXIT_SAVED_INDEX_BEHIND == 4  # not 3, « nothing was saved »
    assert f"{IN_FILE} importée(s)" in out
    assert f"les {IN_FILE} fiche(s) de {ROLES_BIB} sont bien enregistrées" in err
    assert str(library_path / "library.sqlite3") in err
    assert "Ne réimportez pas le fichier" in err
    assert "rien n'a été enregistré" not in err
    monkeypatch.undo()
    data = json.loads(kb(capsys, "--library", str(library_path), "--json", "stats")[1])
    assert data["index_pending"] == 0  # the next opening caught up


def test_kb_import_json_adds_the_index_lag(
    capsys: pytest.CaptureFixture[str], library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_index(capsys, library_path)
    fill_the_index_volume(monkeypatch)
    code, out, _err = kb(capsys, "--library", str(library_path), "--json", "import", str(ROLES_BIB))
    assert code == EXIT_SAVED_INDEX_BEHIND
    data = json.loads(out)
    assert (data["imported"], data["found"]) == (IN_FILE, IN_FILE)  # the contract's keys
    assert (data["index_behind"], data["index_error"]) == (IN_FILE, "disk_full")


def test_kb_import_refused_by_the_database_names_the_file_and_saves_nothing(
    capsys: pytest.CaptureFixture[str], library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = json.loads(kb(capsys, "--library", str(library_path), "--json", "stats")[1])
    with database_full(monkeypatch):
        code, _out, err = kb(capsys, "--library", str(library_path), "import", str(ROLES_BIB))
        assert code == 3
        assert f"rien de {ROLES_BIB} n'a été enregistré" in err
        assert "le disque est plein" in err
        code, out, _err = kb(
            capsys, "--library", str(library_path), "--json", "import", str(ROLES_BIB)
        )
        assert json.loads(out)["code"] == "outcome.import_nothing_saved"
    after = json.loads(kb(capsys, "--library", str(library_path), "--json", "stats")[1])
    assert after["total_fiches"] == before["total_fiches"]


def test_another_write_the_index_cannot_follow_is_said_saved(
    capsys: pytest.CaptureFixture[str],
    library_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    build_index(capsys, library_path)
    note = tmp_path / "note.txt"
    note.write_text("compte rendu de lecture", encoding="utf-8")
    fill_the_index_volume(monkeypatch)
    code, _out, err = kb(capsys, "--library", str(library_path), "attach", ATTACHED, str(note))
    assert code == EXIT_SAVED_INDEX_BEHIND
    assert "la modification est enregistrée dans la bibliothèque" in err
    assert "1 fiche(s) attendent d'y entrer" in err


def test_kb_stats_and_check_diagnose_a_full_disk(
    capsys: pytest.CaptureFixture[str], library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_with_the_index_failing(library_path, monkeypatch)
    with database_full(monkeypatch) as refused:
        code, out, err = kb(capsys, "--library", str(library_path), "stats")
        assert (code, err) == (0, "")
        assert "le disque de la bibliothèque est plein : 0\u00a0o libre(s)" in out
        assert f"l'index de recherche a {IN_FILE} fiche(s) de retard" in out
        refused.clear()
        code, out, err = kb(capsys, "--library", str(library_path), "check")
        assert code == 0, err  # sound, not damaged
        assert "attention : le disque de la bibliothèque est plein" in out
        assert "Bibliothèque saine, mais voir ci-dessus." in out
        assert "endommagée" not in out
        data = json.loads(kb(capsys, "--library", str(library_path), "--json", "check")[1])
        assert [n["code"] for n in data["notice_codes"]] == [
            "outcome.disk_full",
            "outcome.index_behind",
        ]
        assert data["ok"] is True
        stats = json.loads(kb(capsys, "--library", str(library_path), "--json", "stats")[1])
        assert (stats["disk_full"], stats["free_bytes"]) == (True, 0)
        assert refused in ([], ["UPDATE"] * len(refused))  # at most the catch-up was tried
