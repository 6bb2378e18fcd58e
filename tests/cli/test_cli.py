"""Every `kb` subcommand, called in-process through ``kb_app.cli.main.main``.

Exit codes are the contract: 0 success, 1 user error, 2 usage, 3 unusable library (left
untouched, reported in one sentence without a traceback).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kb_app.cli.main import main

CASE = "case-porto-alegre-budget-participatif"
DOSSIER = "dossier-cnfpt-2016-gestion-territoriale-relations"
GENRO = "ref-genro-desouza-1998-budget-participatif"
DEMOCRATIE = "démocratie participative"
HIT_KEYS = {"id", "kind", "title", "year", "score", "snippet", "concepts"}


# -- helpers ------------------------------------------------------------------------------------


def kb(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run `kb ARGS` in-process; return (exit code, stdout, stderr)."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """`kb` in English (these tests read its English sentences)."""
    monkeypatch.setenv("LC_MESSAGES", "C")


def kb_json(capsys: pytest.CaptureFixture[str], library: Path, *args: str) -> Any:
    code, out, err = kb(capsys, "--library", str(library), *args, "--json")
    assert code == 0, err
    return json.loads(out)


def fingerprint(path: Path) -> tuple[str, int, int]:
    data = path.read_bytes()
    stat = path.stat()
    return hashlib.sha256(data).hexdigest(), stat.st_mtime_ns, stat.st_size


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def all_fiches(capsys: pytest.CaptureFixture[str], library: Path) -> list[dict[str, Any]]:
    result = kb_json(capsys, library, "search", "", "--limit", "1000")
    assert result["total"] == len(result["hits"])
    return list(result["hits"])


# -- stats, gui, no command -------------------------------------------------------------------


def test_stats_json_counts(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    stats = kb_json(capsys, library_path, "stats")
    fiches = stats["fiches"]
    assert fiches["reference"] == 11
    assert fiches["analysis"] >= 5
    assert fiches["case"] >= 4
    assert fiches["resource"] >= 5
    assert fiches["dossier"] == 1
    assert stats["concepts"] >= 35
    assert stats["total_fiches"] == sum(fiches.values())
    assert Path(stats["library"]) == library_path.absolute()


def test_stats_text(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    code, out, err = kb(capsys, "--library", str(library_path), "stats")
    assert code == 0, err
    assert "références" in out
    assert "11" in out
    assert "études de cas" in out


def test_library_option_after_the_subcommand(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    code, out, _ = kb(capsys, "stats", "--library", str(library_path), "--json")
    assert code == 0
    assert json.loads(out)["fiches"]["reference"] == 11


def test_gui_prints_the_summary(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    code, out, err = kb(capsys, "--library", str(library_path), "gui")
    assert code == 0, err
    assert "références" in out
    assert "kb search" in out


def test_no_subcommand_prints_the_summary(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    code, out, err = kb(capsys, "--library", str(library_path))
    assert code == 0, err
    assert "références" in out
    assert "kb search" in out


def test_no_subcommand_json_is_the_stats(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    code, out, _ = kb(capsys, "--library", str(library_path), "--json")
    assert code == 0
    assert json.loads(out)["fiches"]["dossier"] == 1


def test_main_with_an_empty_argument_list_ignores_sys_argv(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", ["kb", "--no-such-option"])
    code, out, _ = kb(capsys)  # the default library (KB_LIBRARY, a temp folder)
    assert code == 0
    assert "références" in out


# -- concepts ---------------------------------------------------------------------------------


def test_concept_json_neighbours_and_fiches(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    concept = kb_json(capsys, library_path, "concepts", DEMOCRATIE)
    assert concept["label"] == DEMOCRATIE
    narrower = {c["label"] for c in concept["narrower"]}
    assert {"budget participatif", "concertation", "conseils citoyens"} <= narrower
    keys = {f["key"] for f in concept["fiches"]} | {
        f["key"] for f in concept["fiches_via_narrower"]
    }
    assert CASE in keys
    assert concept["count_total"] == len(keys)
    assert concept["count_direct"] == len(concept["fiches"])


@pytest.mark.parametrize(
    "label", ["democratie participative", "participatory democracy", "DÉMOCRATIE PARTICIPATIVE"]
)
def test_concept_labels_resolve_to_the_same_key(
    capsys: pytest.CaptureFixture[str], library_path: Path, label: str
) -> None:
    reference = kb_json(capsys, library_path, "concepts", DEMOCRATIE)
    other = kb_json(capsys, library_path, "concepts", label)
    assert other["key"] == reference["key"] == "democratie-participative"


def test_concept_text(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    code, out, err = kb(capsys, "--library", str(library_path), "concepts", DEMOCRATIE)
    assert code == 0, err
    assert out.startswith(DEMOCRATIE)
    assert "budget participatif" in out
    assert CASE in out


def test_concept_tree_json(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    tree = kb_json(capsys, library_path, "concepts")
    rows = tree["concepts"]
    assert len(rows) >= 35
    for row in rows:
        assert {"key", "label", "depth", "count_direct", "count_total"} <= set(row)
        assert row["count_total"] >= row["count_direct"] >= 0
    assert rows[0]["depth"] == 0
    assert any(r["depth"] > 0 for r in rows)
    # depth-first: a row is at most one level deeper than the row before it
    assert all(b["depth"] <= a["depth"] + 1 for a, b in itertools.pairwise(rows))
    by_key = {r["key"]: r for r in rows}
    index = [r["key"] for r in rows].index("democratie-participative")
    assert rows[index + 1]["depth"] == by_key["democratie-participative"]["depth"] + 1


def test_concept_tree_text(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    code, out, _ = kb(capsys, "--library", str(library_path), "concepts")
    assert code == 0
    assert "  budget participatif (" in out


def test_unknown_concept_is_a_user_error(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    code, out, err = kb(capsys, "--library", str(library_path), "concepts", "no such concept xyz")
    assert code == 1
    assert out == ""
    assert "no such concept xyz" in err
    assert "Traceback" not in err


# -- show -------------------------------------------------------------------------------------


def test_show_json(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    fiche = kb_json(capsys, library_path, "show", CASE)
    assert fiche["key"] == CASE
    assert fiche["kind"] == "case"
    concepts = {c["label"] for c in fiche["concepts"]}
    assert {"budget participatif", DEMOCRATIE} <= concepts
    assert GENRO in {ln["fiche"]["key"] for ln in fiche["links_out"]}
    assert DOSSIER in {d["key"] for d in fiche["dossiers"]}
    details = fiche["details"]
    assert details["place"].startswith("Porto Alegre")
    assert details["country"] == "Brésil"
    assert details["scale"] == "municipal"
    assert details["period_start"] == 1989


def test_show_text(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    code, out, err = kb(capsys, "--library", str(library_path), "show", CASE)
    assert code == 0, err
    assert out.startswith("Le budget participatif de Porto Alegre")
    assert GENRO in out
    assert DOSSIER in out
    assert "Brésil" in out
    assert "budget participatif" in out


def test_show_body(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    fiche = kb_json(capsys, library_path, "show", CASE)
    code, out, _ = kb(capsys, "--library", str(library_path), "show", CASE, "--body")
    assert code == 0
    first_body_line = next(line for line in fiche["body"].split("\n") if line.strip())
    assert first_body_line in out


def test_show_unknown_id(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    code, out, err = kb(capsys, "--library", str(library_path), "show", "no-such-fiche")
    assert code == 1
    assert out == ""
    assert "no-such-fiche" in err
    assert "Traceback" not in err


# -- search -----------------------------------------------------------------------------------


def test_search_contract_shape(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    result = kb_json(capsys, library_path, "search", "bien commun")
    assert set(result) == {"query", "total", "hits", "took_ms", "facets", "suggestion"}
    assert result["query"] == "bien commun"
    assert result["suggestion"] is None  # found as typed: never corrected
    assert result["total"] >= 1
    assert 1 <= len(result["hits"]) <= result["total"]
    for hit in result["hits"]:
        assert set(hit) >= HIT_KEYS  # the contract keys; additive keys (why) allowed
        assert isinstance(hit["concepts"], list)
        assert isinstance(hit["score"], int | float)
    scores = [h["score"] for h in result["hits"]]
    assert scores == sorted(scores, reverse=True)
    assert sum(result["facets"]["kind"].values()) == result["total"]


def test_search_text(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    code, out, _ = kb(capsys, "--library", str(library_path), "search", "porto alegre")
    assert code == 0
    assert "résultat(s)" in out
    assert CASE in out


def test_search_ignores_accents(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    with_accent = {f["id"] for f in all_fiches(capsys, library_path) if "démocratie" in f["title"]}
    assert with_accent
    result = kb_json(capsys, library_path, "search", "democratie", "--limit", "1000")
    assert with_accent <= {h["id"] for h in result["hits"]}


def test_search_kind_filter(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    result = kb_json(capsys, library_path, "search", "", "--kind", "case", "--limit", "1000")
    assert result["total"] == 9
    assert {h["kind"] for h in result["hits"]} == {"case"}
    assert CASE in {h["id"] for h in result["hits"]}


def test_search_concept_filter_reaches_narrower_concepts(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    concept = kb_json(capsys, library_path, "concepts", DEMOCRATIE)
    narrower = kb_json(capsys, library_path, "concepts", "budget participatif")
    indexed = {f["key"] for f in concept["fiches"]} | {
        f["key"] for f in concept["fiches_via_narrower"]
    }
    result = kb_json(capsys, library_path, "search", "", "--concept", DEMOCRATIE, "--limit", "1000")
    found = {h["id"] for h in result["hits"]}
    assert found == indexed
    assert result["total"] < len(all_fiches(capsys, library_path))
    # every fiche indexed with a narrower concept is found through the broader one
    assert {f["key"] for f in narrower["fiches"]} <= found


def test_search_unknown_concept_filter(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    code, _, err = kb(
        capsys, "--library", str(library_path), "search", "x", "--concept", "no such concept"
    )
    assert code == 1
    assert "no such concept" in err


@pytest.mark.parametrize(
    "query",
    ["", "(((", "a" * 10_000, "démocratie " * 1_000, "\x00\x1f", '"bien commun', "'", "%_\\*?"],
    ids=["empty", "parens", "10k-chars", "10k-words", "control", "quote", "apostrophe", "like"],
)
def test_hostile_queries_return_valid_json(
    capsys: pytest.CaptureFixture[str], library_path: Path, query: str
) -> None:
    code, out, err = kb(capsys, "--library", str(library_path), "search", query, "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["query"] == query
    assert isinstance(result["total"], int)
    assert len(result["hits"]) <= result["total"]
    assert "Traceback" not in err


def test_search_negative_limit_is_a_user_error(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    code, _, err = kb(capsys, "--library", str(library_path), "search", "x", "--limit", "-1")
    assert code == 1
    assert "--limit" in err


# -- check, backup ----------------------------------------------------------------------------


def test_check_healthy(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    report = kb_json(capsys, library_path, "check")
    assert report["ok"] is True
    assert report["integrity"] == ["ok"]
    assert report["foreign_keys"] == []
    assert report["problems"] == []
    pragmas = report["pragmas"]
    assert pragmas["foreign_keys"] == 1
    assert pragmas["journal_mode"] == "wal"
    assert pragmas["synchronous"] == 2
    assert pragmas["busy_timeout"] >= 5000
    assert pragmas["trusted_schema"] == 0


def test_check_text(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    code, out, _ = kb(capsys, "--library", str(library_path), "check")
    assert code == 0
    assert "integrity_check : ok" in out
    assert "Bibliothèque saine." in out


def test_backup_default_destination(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    info = kb_json(capsys, library_path, "backup")
    path = Path(info["path"])
    assert path.is_file()
    assert path.parent == library_path.absolute() / "backups"
    assert info["verified"] is True
    assert info["size"] == path.stat().st_size > 0
    assert not path.with_name(path.name + ".part").exists()
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM fiche").fetchone()[0] == 31
    conn.close()


def test_backup_refuses_to_overwrite(
    capsys: pytest.CaptureFixture[str], library_path: Path, tmp_path: Path
) -> None:
    dest = tmp_path / "copy.sqlite3"
    info = kb_json(capsys, library_path, "backup", str(dest))
    assert Path(info["path"]) == dest
    assert info["verified"] is True
    before = fingerprint(dest)
    code, _, err = kb(capsys, "--library", str(library_path), "backup", str(dest))
    assert code == 1
    assert "existe déjà" in err
    assert fingerprint(dest) == before


def test_backup_text(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    dest = library_path.parent / "text-backup.sqlite3"
    code, out, _ = kb(capsys, "--library", str(library_path), "backup", str(dest))
    assert code == 0
    assert str(dest) in out
    assert dest.is_file()


# -- usage errors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [["no-such-command"], ["search"], ["show"], ["search", "x", "--kind", "essay"], ["--nope"]],
    ids=["unknown-command", "search-without-query", "show-without-id", "bad-kind", "bad-option"],
)
@pytest.mark.usefixtures("english")
def test_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], library_path: Path, args: list[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--library", str(library_path), *args])
    assert info.value.code == 2
    assert "usage:" in capsys.readouterr().err


# -- unusable libraries: exit 3, untouched ------------------------------------------------------


def _not_a_library(folder: Path) -> Path:
    folder.mkdir()
    notes = folder / "notes.txt"
    notes.write_text("mes notes\n", encoding="utf-8")
    return notes


def _text_file(folder: Path) -> Path:
    folder.mkdir()
    db = folder / "library.sqlite3"
    db.write_text("this is not a database\n" * 100, encoding="utf-8")
    return db


def _garbage(folder: Path) -> Path:
    db = folder / "library.sqlite3"
    with db.open("r+b") as f:
        f.seek(100)
        f.write(bytes(range(256)) * 16)  # bytes 100..4196
    return db


def _truncated(folder: Path) -> Path:
    db = folder / "library.sqlite3"
    with db.open("r+b") as f:
        f.truncate(db.stat().st_size // 2)
    return db


def _foreign(folder: Path) -> Path:
    folder.mkdir()
    db = folder / "library.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, amount REAL)")
    conn.execute("INSERT INTO invoice (amount) VALUES (12.5)")
    conn.commit()
    conn.close()
    return db


def _alter(folder: Path, sql: str) -> Path:
    db = folder / "library.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute(sql)
    conn.commit()
    conn.close()
    assert not Path(f"{db}-wal").exists()
    return db


def _too_new(folder: Path) -> Path:
    return _alter(folder, "PRAGMA user_version = 999")


def _unknown_revision(folder: Path) -> Path:
    return _alter(folder, "UPDATE alembic_version SET version_num = '9999'")


# (prepare, needs a seeded library copy, words expected in the message)
UNUSABLE: dict[str, tuple[Callable[[Path], Path], bool, str]] = {
    "not-a-library": (_not_a_library, False, "not a kb_app library"),
    "text-file": (_text_file, False, "not a database"),
    "garbage": (_garbage, True, "damaged"),
    "truncated": (_truncated, True, "damaged"),
    "foreign-sqlite": (_foreign, False, "not written by kb_app"),
    "too-new": (_too_new, True, "newer version"),
    "unknown-revision": (_unknown_revision, True, "newer version"),
}


@pytest.fixture(params=list(UNUSABLE), ids=list(UNUSABLE))
def unusable(
    request: pytest.FixtureRequest, library_path: Path, tmp_path: Path
) -> tuple[Path, Path, str]:
    """(library folder, file that must stay untouched, expected words) for each bad library."""
    prepare, seeded, words = UNUSABLE[request.param]
    folder = library_path if seeded else tmp_path / "bad"
    return folder, prepare(folder), words


@pytest.mark.parametrize(
    "command", [["stats"], ["check"], ["show", CASE], ["search", "x"], ["backup"], ["gui"]]
)
@pytest.mark.usefixtures("english")
def test_unusable_library_exits_3_untouched(
    capsys: pytest.CaptureFixture[str], unusable: tuple[Path, Path, str], command: list[str]
) -> None:
    folder, watched, words = unusable
    before = fingerprint(watched)
    files = listing(folder)
    code, out, err = kb(capsys, "--library", str(folder), *command)
    assert code == 3
    assert out == ""
    assert words in err
    assert err.startswith("kb: ")
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert fingerprint(watched) == before
    assert listing(folder) == files


def test_unusable_library_json_error(
    capsys: pytest.CaptureFixture[str], unusable: tuple[Path, Path, str]
) -> None:
    folder, watched, words = unusable
    before = fingerprint(watched)
    code, out, err = kb(capsys, "--library", str(folder), "stats", "--json")
    assert code == 3
    payload = json.loads(out)
    assert payload["exit_code"] == 3
    assert words in payload["error"]
    assert "Traceback" not in err
    assert fingerprint(watched) == before


@pytest.mark.usefixtures("english")
def test_library_path_that_is_a_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "file.txt"
    path.write_text("x", encoding="utf-8")
    before = fingerprint(path)
    code, _, err = kb(capsys, "--library", str(path), "stats")
    assert code == 3
    assert "not a library folder" in err
    assert fingerprint(path) == before


def test_new_folder_becomes_a_library(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "brand-new"
    stats = kb_json(capsys, folder, "stats")
    assert stats["fiches"]["reference"] == 11
    assert (folder / "library.sqlite3").is_file()


# -- JSON errors --------------------------------------------------------------------------------


def test_json_error_for_a_user_error(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    code, out, err = kb(capsys, "--library", str(library_path), "show", "no-such-fiche", "--json")
    assert code == 1
    payload = json.loads(out)
    assert isinstance(payload, dict)
    assert payload["exit_code"] == 1
    assert "no-such-fiche" in payload["error"]
    assert "no-such-fiche" in err


def test_json_error_lists_seed_problems(
    capsys: pytest.CaptureFixture[str],
    seed_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case = seed_copy / "seed" / "cases" / f"{CASE}.md"
    text = case.read_text(encoding="utf-8").replace("kind: case\n", "kind: essay\n", 1)
    case.write_text(text, encoding="utf-8")
    monkeypatch.setenv("KB_RESOURCES", str(seed_copy))
    folder = tmp_path / "new"
    code, out, _ = kb(capsys, "--library", str(folder), "stats", "--json")
    assert code == 1
    payload = json.loads(out)
    assert payload["exit_code"] == 1
    assert any(
        p["where"].endswith(f"{CASE}.md") and p["line"] == 3 and "essay" in p["message"]
        for p in payload["problems"]
    )
    assert not folder.exists()


def test_damaged_library_reports_its_file(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    db = _truncated(library_path)
    code, _, err = kb(capsys, "--library", str(library_path), "check", "--json")
    assert code == 3
    assert str(db) in err
