"""The index never drifts from the database: outbox, crashes, damaged or stale indexes."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kb_app.core.dto import FicheDraft
from kb_app.core.library import Library
from kb_app.core.search.schema import MANIFEST

WRITER = """
import sys
from kb_app.core.library import Library
from kb_app.core.dto import FicheDraft
lib = Library.open(sys.argv[1])
lib.search_ids("gouvernance")  # the index exists before the change
draft = FicheDraft(kind="analysis", title="Quokka des territoires", concepts=("ONG", "gouvernance"))
lib.add(draft)
print("acknowledged", flush=True)
"""


def db_dump_hash(folder: Path) -> str:
    conn = sqlite3.connect(folder / "library.sqlite3")
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


def expected_keys(library: Library, word: str) -> set[str]:
    """What the database says should match a word in a title (plain SQL search)."""
    return {f.key for f in library.list_fiches() if word in f.title.lower()}


@pytest.mark.parametrize(
    "point", ["after_db_commit_before_index_commit", "after_index_commit_before_ack"]
)
def test_crash_between_commits_leaves_no_drift(library_path: Path, point: str) -> None:
    env = {**os.environ, "KB_CRASH_AT": point}
    proc = subprocess.run(
        [sys.executable, "-c", WRITER, str(library_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert "acknowledged" not in proc.stdout
    with Library.open(library_path) as lib:
        found = lib.search_ids("quokka")
        assert len(found.keys) == 1  # the committed fiche, exactly once
        assert not found.partial
        drift = lib.index_drift()
        assert drift is not None
        assert drift.count == 0
        assert lib.stats().index_pending == 0


def test_startup_resets_interrupted_work(library_path: Path) -> None:
    with Library.open(library_path, indexing="off") as lib:
        lib.add(FicheDraft(kind="analysis", title="Ornithorynque", concepts=("ONG", "gouvernance")))
    conn = sqlite3.connect(library_path / "library.sqlite3")
    conn.execute("UPDATE index_outbox SET state = 'in_progress'")
    conn.commit()
    conn.close()
    with Library.open(library_path) as lib:
        assert len(lib.search_ids("ornithorynque").keys) == 1
        assert lib.stats().index_pending == 0


def _seg_files(index: Path) -> list[Path]:
    """Segment data files (compound ``.seg`` or plain postings, terms, columns...)."""
    return sorted(
        p for p in index.iterdir() if p.name.startswith("MAIN_") and p.name != "MAIN_WRITELOCK"
    )


def damage(index: Path, how: str) -> None:
    if how == "delete_segment":
        for p in _seg_files(index):
            if p.suffix in (".seg", ".pst", ".trm"):
                p.unlink()
    elif how == "delete_toc":
        max(index.glob("_MAIN_*.toc")).unlink()
    elif how == "truncate_toc":
        toc = max(index.glob("_MAIN_*.toc"))
        toc.write_bytes(toc.read_bytes()[:10])
    elif how == "garbage":
        for p in index.iterdir():
            if p.is_file() and p.name != MANIFEST:
                p.write_bytes(os.urandom(2048))
    elif how == "delete_folder":
        import shutil

        shutil.rmtree(index)
    elif how == "analyzer_version":
        data = json.loads((index / MANIFEST).read_text())
        data["analyzer_version"] = -1
        (index / MANIFEST).write_text(json.dumps(data))
    elif how == "foreign":
        data = json.loads((index / MANIFEST).read_text())
        data["library_uid"] = "another-library"
        (index / MANIFEST).write_text(json.dumps(data))


@pytest.mark.parametrize(
    "how",
    [
        "delete_segment",
        "delete_toc",
        "truncate_toc",
        "garbage",
        "delete_folder",
        "analyzer_version",
        "foreign",
    ],
)
def test_damaged_or_stale_index_is_rebuilt(library_path: Path, how: str) -> None:
    with Library.open(library_path) as lib:
        before = set(lib.search_ids("gouvernance").keys)
        expected = expected_keys(lib, "gouvernance")
    assert expected <= before
    dump = db_dump_hash(library_path)
    damage(library_path / "index", how)
    with Library.open(library_path) as lib:
        result = lib.search_ids("gouvernance")
        assert set(result.keys) == before
        assert not result.partial
        assert lib.index_state()[0] == "ready"
        drift = lib.index_drift()
        assert drift is not None
        assert drift.count == 0
    assert db_dump_hash(library_path) == dump  # the database was never touched
    leftovers = [p.name for p in library_path.iterdir() if p.name.startswith("index.")]
    assert leftovers == []


def test_background_mode_falls_back_then_catches_up(library_path: Path) -> None:
    import time

    with Library.open(library_path, indexing="background") as lib:
        first = lib.search_ids("gouvernance")
        deadline = time.monotonic() + 60
        while lib.index_state()[0] != "ready" and time.monotonic() < deadline:
            time.sleep(0.05)
        assert lib.index_state()[0] == "ready"
        later = lib.search_ids("gouvernance")
        assert first.partial or first.keys  # answered at once, from SQL if need be
        assert not later.partial
        added = lib.add(
            FicheDraft(kind="analysis", title="Axolotl rural", concepts=("ONG", "gouvernance"))
        )
        deadline = time.monotonic() + 10
        while added.key not in lib.search_ids("axolotl").keys and time.monotonic() < deadline:
            time.sleep(0.02)
        assert lib.search_ids("axolotl").keys == (added.key,)


def test_check_reports_and_repairs_drift(library_path: Path) -> None:
    with Library.open(library_path) as lib:
        lib.search_ids("x")
        # Drift behind the indexer's back: the database changes, the outbox is emptied.
        conn = sqlite3.connect(library_path / "library.sqlite3")
        conn.execute("UPDATE fiche SET title = 'Titre changé en douce' WHERE key = 'res-fph'")
        conn.commit()
        conn.close()
        report = lib.check()
        assert not report.ok
        drift = [p for p in report.problems if p.code == "check.index_drift"]
        assert len(drift) == 1
        assert "res-fph" in drift[0].params["names"]
        repaired = lib.check(repair=True)
        assert repaired.ok, repaired.problems
        assert "check.index_drift_repaired" in [r.code for r in repaired.repaired]
        assert "res-fph" in lib.search_ids("douce").keys
