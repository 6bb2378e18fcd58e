"""kill -9 during an import (RELIABILITY.md T01 random kills, T01b every crash point, T03).

CI size: 8 random kills, and the crash-point sweep on a 60-entry file with batches of 40.
Full size (``--runslow``): 50 kills, and the sweep on the 5,000-entry file
with the product's batches of 500. ``KB_KILL_SEED`` and ``KB_KILL_MAX`` (seconds, default 2)
change the random kills. Run with ``-s`` to see the figures.
"""

from __future__ import annotations

import math
import os
import random
import re
import shutil
import statistics
from collections import Counter
from pathlib import Path

import pytest

from kb_app.core.library import Library
from tests.conftest import slow_mode
from tests.reliability.killkit import (
    LANDINGS,
    Batch,
    bib_entries,
    build_index,
    kb_check,
    kb_import,
    pending_outbox,
    read_only,
    run_kb,
    verify,
    write_bib,
)

ROOT = Path(__file__).resolve().parents[2]
SEED = int(os.environ.get("KB_KILL_SEED", "20251126"))
KILL_WINDOW = (0.05, float(os.environ.get("KB_KILL_MAX", "2.0")))
BIG = 5000
PRODUCT_BATCH = 500
#: The files whose crash points an import goes through, in the order it reaches them.
CRASH_POINT_FILES = ("kb_app/core/library/imports.py", "kb_app/core/search/indexer.py")
COMMITTED_FROM = "import_after_commit"


def crash_points() -> list[str]:
    """The import's crash points, read from the code (a new one is swept automatically)."""
    names: list[str] = []
    for name in CRASH_POINT_FILES:
        source = (ROOT / name).read_text(encoding="utf-8")
        names += re.findall(r'crashpoint\("([a-z_]+)"\)', source)
    return list(dict.fromkeys(names))


@pytest.fixture(scope="module")
def batched_template(
    template_library: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, list[Batch]]:
    """A library with N committed, acknowledged import batches (each one `kb import`)."""
    full_size = slow_mode()
    base = tmp_path_factory.mktemp("batched")
    folder = base / "lib"
    shutil.copytree(template_library, folder)
    build_index(folder)
    (base / "acks").mkdir()
    batches = []
    for n in range(5 if full_size else 2):
        batch = Batch(f"zc{n:02d}z", 50 if full_size else 10, base / "acks" / f"zc{n:02d}z.ack")
        run = kb_import(folder, write_bib(base, batch.tag, batch.count), base, ack=batch.ack)
        assert run.returncode == 0, run.stderr[-2000:]
        assert batch.ack.exists()
        batches.append(batch)
    assert all(verify(folder, batches, base, fresh_process=False).present.values())
    return folder, batches


def copy_template(template: tuple[Path, list[Batch]], dest: Path) -> tuple[Path, list[Batch]]:
    folder, batches = template
    shutil.copytree(folder.parent, dest)
    moved = [Batch(b.tag, b.count, dest / "acks" / b.ack.name) for b in batches]
    return dest / "lib", moved


def test_crash_points_are_found_in_the_code() -> None:
    points = crash_points()
    assert points[:3] == ["import_parsed", "import_before_begin", "import_batch"]
    assert {"import_before_commit", COMMITTED_FROM} <= set(points)
    assert points[-2:] == ["after_db_commit_before_index_commit", "after_index_commit_before_ack"]


def test_random_kills_during_import(
    batched_template: tuple[Path, list[Batch]], tmp_path: Path
) -> None:
    """T01: SIGKILL after a uniform 0.05-2 s, again and again on the same library."""
    folder, batches = copy_template(batched_template, tmp_path / "work")
    kills = 50 if slow_mode() else 8
    rng = random.Random(SEED)
    print(f"\nT01: {kills} kills, seed {SEED}, window {KILL_WINDOW[0]}-{KILL_WINDOW[1]} s")
    landings: Counter[str] = Counter()
    delays, present, left_pending = [], 0, 0
    for i in range(kills):
        batch = Batch(f"zk{i:03d}z", BIG, tmp_path / "work" / "acks" / f"zk{i:03d}z.ack")
        source = write_bib(tmp_path, batch.tag, BIG)
        delay = rng.uniform(*KILL_WINDOW)
        run = kb_import(folder, source, tmp_path, ack=batch.ack, kill_after=delay)
        assert run.killed or run.returncode == 0, run.stderr[-2000:]
        batches.append(batch)
        verdict = verify(folder, batches, tmp_path)
        if run.committed is not None:
            assert verdict.present[batch.tag] == run.committed, run.landing
        landings[run.landing] += 1
        delays.append(delay)
        present += verdict.present[batch.tag]
        left_pending += bool(verdict.pending_before_check)
        source.unlink()
    figures = ", ".join(f"{name} {landings[name]}" for name in LANDINGS)
    print(f"T01: kills landed: {figures}")
    print(
        f"T01: delay mean {statistics.mean(delays):.2f} s; batches committed by the killed "
        f"imports {present}/{kills}; index work left in the outbox {left_pending}x"
    )
    assert sum(landings.values()) == kills


def expected_counts(entries: int, batch: int) -> dict[str, int]:
    """How often a complete import of ``entries`` new fiches reaches each crash point."""
    batches = math.ceil(entries / batch)
    per_batch = {"import_batch", "after_db_commit_before_index_commit"}
    per_batch.add("after_index_commit_before_ack")
    return {name: batches if name in per_batch else 1 for name in crash_points()}


def test_kill_at_every_crash_point(
    batched_template: tuple[Path, list[Batch]], tmp_path: Path
) -> None:
    """T01b: KB_CRASH_AT=name:k for every k the import reaches; then a complete import."""
    full_size = slow_mode()
    entries, batch_size = (BIG, PRODUCT_BATCH) if full_size else (60, 40)
    env = {} if full_size else {"KB_TEST_BATCH": str(batch_size)}
    counts = expected_counts(entries, batch_size)
    order = list(counts)
    outcomes: list[str] = []
    for name, total in counts.items():
        for k in range(1, total + 1):
            folder, batches = copy_template(batched_template, tmp_path / f"{name}-{k}")
            tag = f"zp{len(outcomes):03d}z"
            batch = Batch(tag, entries, tmp_path / f"{name}-{k}" / "acks" / f"{tag}.ack")
            source = write_bib(tmp_path, tag, entries)
            crash = f"{name}:{k}"
            run = kb_import(folder, source, tmp_path, crash_at=crash, ack=batch.ack, env=env)
            assert run.killed, f"{name}:{k} not reached (exit {run.returncode})"
            assert run.phases[-1][1] == name
            assert run.reached(name) == k
            verdict = verify(folder, [*batches, batch], tmp_path, fresh_process=full_size)
            committed = order.index(name) >= order.index(COMMITTED_FROM)
            assert verdict.present[tag] == committed, f"{name}:{k}"
            outcomes.append(f"{name}:{k}={'present' if committed else 'absent'}")
            shutil.rmtree(tmp_path / f"{name}-{k}")
    # The sweep ends with a complete import that reaches each point exactly as often as swept:
    # KB_CRASH_AT=name:(k+1) would not crash, so every k was covered.
    folder, batches = copy_template(batched_template, tmp_path / "complete")
    batch = Batch("zpfullz", entries, tmp_path / "complete" / "acks" / "zpfullz.ack")
    source = write_bib(tmp_path, batch.tag, entries)
    run = kb_import(folder, source, tmp_path, ack=batch.ack, env=env)
    assert run.returncode == 0, run.stderr[-2000:]
    assert {name: run.reached(name) for name in counts} == counts
    assert verify(folder, [*batches, batch], tmp_path, fresh_process=full_size).present[batch.tag]
    print(f"\nT01b: {len(outcomes)} crash runs + 1 complete ({entries} entries): {outcomes}")


def test_index_crash_during_an_update_keeps_the_new_version_once(
    library_path: Path, tmp_path: Path
) -> None:
    """T03 on the import path: `kb import --update`, crash between DB and index commits."""
    build_index(library_path)
    first = write_bib(tmp_path, "zu1z", 20, doi=True, title="Ornithorynque")
    assert kb_import(library_path, first, tmp_path).returncode == 0
    update = tmp_path / "update.bib"
    update.write_text(bib_entries("zu1z", 20, doi=True, title="Quokka"), encoding="utf-8")
    run = run_kb(
        ["--library", str(library_path), "import", str(update), "--update", "--json"],
        tmp_path,
        crash_at="after_db_commit_before_index_commit",
    )
    assert run.killed
    conn = read_only(library_path)
    try:
        queued = {r[0] for r in conn.execute("SELECT fiche_key FROM index_outbox")}
        titles = [r[0] for r in conn.execute("SELECT title FROM fiche WHERE title LIKE '%zu1z%'")]
    finally:
        conn.close()
    assert len(queued) == 20  # the outbox still holds the change
    assert sorted(t.split()[0] for t in titles) == ["Quokka"] * 20  # the update is committed
    with Library.open(library_path) as lib:
        assert len(lib.search_ids("quokka").keys) == 20
        assert lib.search_ids("ornithorynque").keys == ()
        stored = lib.indexer.index.stored()
        assert lib.indexer.index.doc_count() == len(stored)  # each fiche exactly once
        assert queued <= set(stored)
        drift = lib.index_drift()
        assert drift is not None
        assert drift.count == 0
        assert lib.stats().index_pending == 0


def test_check_after_an_index_crash_reports_no_drift(library_path: Path, tmp_path: Path) -> None:
    """T03 with `kb check` as the restart: the outbox is applied, the drift check finds 0."""
    build_index(library_path)
    source = write_bib(tmp_path, "zd1z", 20)
    run = kb_import(library_path, source, tmp_path, crash_at="after_db_commit_before_index_commit")
    assert run.killed
    assert pending_outbox(library_path) == 20
    report = kb_check(library_path, tmp_path)
    assert report["problems"] == []
    assert report["ok"] is True
