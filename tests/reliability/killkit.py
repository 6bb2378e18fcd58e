"""Shared machinery of the kill tests: inputs, child processes, kills and the invariants.

The invariants checked after every kill (RELIABILITY.md T01, T01b, T03):

- ``kb check --json`` (a fresh process, as a restart would be): integrity ``ok``, no
  foreign-key problem, the connection pragmas of PLATFORM.md, no problem at all (it applies
  the outbox first, so the drift it measures is 0);
- each import batch is complete (row count = the count in its manifest, with every child
  row) or absent, and every acknowledged batch is present;
- after the startup repair (the library opened as the app opens it), the outbox is empty,
  the index holds each live fiche exactly once, and its ``(key, hash)`` set equals the
  database's (drift 0); a search for a batch's tag finds exactly its fiches.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from kb_app.core.library import Library

CHILD = Path(__file__).with_name("kb_child.py")
TIMEOUT = 900
PRAGMAS = {
    "foreign_keys": 1,
    "journal_mode": "wal",
    "synchronous": 2,
    "busy_timeout": 5000,
    "trusted_schema": 0,
}
#: Where a kill landed, in the order of the import's steps (read from the phase log).
LANDINGS = (
    "startup-or-parse",
    "in-transaction",
    "during-commit",
    "after-commit",
    "after-return",
)


@dataclass(frozen=True)
class Batch:
    """One import: its tag (in every title), how many fiches it adds, its acknowledgement."""

    tag: str
    count: int
    ack: Path


@dataclass
class Run:
    returncode: int
    phases: list[tuple[float, str]]
    seconds: float
    stdout: str = ""
    stderr: str = ""

    @property
    def killed(self) -> bool:
        return self.returncode == -signal.SIGKILL

    def reached(self, name: str) -> int:
        return sum(1 for _, phase in self.phases if phase == name)

    @property
    def committed(self) -> bool | None:
        """Whether the import's transaction committed, when the phases tell (else None)."""
        return {"startup-or-parse": False, "in-transaction": False, "during-commit": None}.get(
            self.landing, True
        )

    @property
    def landing(self) -> str:
        names = {phase.split()[0] for _, phase in self.phases}
        if "returned" in names:
            return "after-return"
        if "import_after_commit" in names:
            return "after-commit"
        if "import_before_commit" in names:
            return "during-commit"
        if "import_before_begin" in names:
            return "in-transaction"
        return "startup-or-parse"


@dataclass
class Verdict:
    """What one check after a kill found (beyond the asserted invariants)."""

    present: dict[str, bool] = field(default_factory=dict)
    pending_before_check: int = 0  # outbox rows the kill left for the restart to apply


# -- inputs --------------------------------------------------------------------------------


def bib_entries(tag: str, count: int, *, doi: bool = False, title: str = "Essai") -> str:
    """``count`` BibTeX entries, none a duplicate of another (unique title and author)."""
    entries = []
    for i in range(count):
        extra = f"  doi = {{10.5555/{tag}.{i}}},\n" if doi else ""
        entries.append(
            f"@book{{{tag}-{i},\n"
            f"  title = {{{title} {tag} entrée {i}}},\n"
            f"  author = {{Auteur{tag}n{i}, Jeanne}},\n"
            f"  year = {{{1950 + i % 70}}},\n"
            f"  publisher = {{Éditions {tag}}},\n{extra}"
            "}\n"
        )
    return "\n".join(entries)


def write_bib(folder: Path, tag: str, count: int, **kwargs: object) -> Path:
    path = folder / f"{tag}.bib"
    path.write_text(bib_entries(tag, count, **kwargs), encoding="utf-8")  # type: ignore[arg-type]
    return path


# -- child processes -----------------------------------------------------------------------


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("KB_CRASH_AT", "KB_ACK_FILE")}
    env.update(extra)
    return env


def read_phases(log: Path) -> list[tuple[float, str]]:
    if not log.exists():
        return []
    phases = []
    for line in log.read_text().splitlines():
        stamp, _, name = line.partition(" ")
        phases.append((float(stamp), name))
    return phases


def run_kb(
    args: Sequence[str],
    workdir: Path,
    *,
    crash_at: str | None = None,
    ack: Path | None = None,
    kill_after: float | None = None,
    env: Mapping[str, str] | None = None,
) -> Run:
    """Run one `kb` command in a child; SIGKILL its process group after ``kill_after`` s."""
    log = workdir / f"phases-{time.time_ns()}.log"
    extra = {**(env or {}), "KB_PHASE_LOG": str(log)}
    if crash_at:
        extra["KB_CRASH_AT"] = crash_at
    if ack is not None:
        extra["KB_ACK_FILE"] = str(ack)
    out, err = workdir / "child.out", workdir / "child.err"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        start = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, str(CHILD), *args],
            env=child_env(**extra),
            stdout=stdout,
            stderr=stderr,
            start_new_session=True,  # its own process group: the kill reaches all of it
        )
        try:
            proc.wait(timeout=kill_after if kill_after is not None else TIMEOUT)
        except subprocess.TimeoutExpired:
            if kill_after is None:
                raise
            with suppress(ProcessLookupError):  # it ended in between
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=60)
        seconds = time.monotonic() - start
    return Run(
        proc.returncode,
        read_phases(log),
        seconds,
        out.read_text(errors="replace"),
        err.read_text(errors="replace"),
    )


def build_index(folder: Path) -> None:
    """Build the search index of a library, as its first search in the app does."""
    with Library.open(folder) as lib:
        lib.search_ids("gouvernance")
        assert lib.index_state()[0] == "ready"


def kb_import(folder: Path, source: Path, workdir: Path, **kwargs: object) -> Run:
    return run_kb(
        ["--library", str(folder), "import", str(source), "--json"],
        workdir,
        **kwargs,  # type: ignore[arg-type]
    )


def kb_check(folder: Path, workdir: Path) -> dict[str, object]:
    """``kb check --json`` in a fresh process: what a restart after the kill reports."""
    run = run_kb(["--library", str(folder), "check", "--json"], workdir)
    assert run.returncode in (0, 3), f"kb check failed ({run.returncode}): {run.stderr[-2000:]}"
    report: dict[str, object] = json.loads(run.stdout)
    return report


# -- reading the database without the application ------------------------------------------


def read_only(folder: Path) -> sqlite3.Connection:
    uri = f"{(folder / 'library.sqlite3').resolve().as_uri()}?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=10)


def batch_rows(folder: Path, tags: Sequence[str]) -> dict[str, tuple[int, int]]:
    """``{tag: (fiches, their author rows)}`` counted with plain SQL."""
    conn = read_only(folder)
    try:
        result = {}
        for tag in tags:
            like = f"% {tag} %"
            fiches = conn.execute(
                "SELECT count(*) FROM fiche WHERE title LIKE ? AND deleted_at IS NULL", (like,)
            ).fetchone()[0]
            agents = conn.execute(
                "SELECT count(*) FROM fiche_agent JOIN fiche ON fiche.id = fiche_agent.fiche_id "
                "WHERE fiche.title LIKE ?",
                (like,),
            ).fetchone()[0]
            result[tag] = (int(fiches), int(agents))
        return result
    finally:
        conn.close()


def pending_outbox(folder: Path) -> int:
    conn = read_only(folder)
    try:
        return int(conn.execute("SELECT count(*) FROM index_outbox").fetchone()[0])
    finally:
        conn.close()


# -- the invariants ------------------------------------------------------------------------


def assert_check_report(report: Mapping[str, object]) -> None:
    """The restart's `kb check`: sound database, and no problem at all.

    Work a kill left in the outbox is applied by the check before it measures drift, so the
    drift it reports must be 0 whatever the kill interrupted.
    """
    assert report["integrity"] == ["ok"], report["integrity"]
    assert report["foreign_keys"] == [], report["foreign_keys"]
    assert report["pragmas"] == PRAGMAS, report["pragmas"]
    assert report["problems"] == [], report["problems"]
    assert report["ok"] is True


def assert_batches(folder: Path, batches: Sequence[Batch]) -> dict[str, bool]:
    """Every batch complete or absent; every acknowledged batch present."""
    rows = batch_rows(folder, [b.tag for b in batches])
    present = {}
    for batch in batches:
        fiches, agents = rows[batch.tag]
        assert fiches in (0, batch.count), f"batch {batch.tag}: {fiches} of {batch.count} rows"
        assert agents == fiches, f"batch {batch.tag}: {agents} author rows for {fiches} fiches"
        if batch.ack.exists():
            assert fiches == batch.count, f"acknowledged batch {batch.tag} lost"
        present[batch.tag] = fiches == batch.count
    return present


def assert_index_after_startup(folder: Path, batches: Sequence[Batch]) -> None:
    """Open the library as the app does (startup repair), then compare index and database."""
    with Library.open(folder) as lib:
        rows = batch_rows(folder, [b.tag for b in batches])
        for batch in batches:
            found = lib.search_ids(batch.tag)  # drains the outbox first, as the app does
            assert not found.partial
            assert len(found.keys) == rows[batch.tag][0], f"search {batch.tag}"
        assert lib.stats().index_pending == 0
        drift = lib.index_drift()
        assert drift is not None, "no usable index after startup"
        assert drift.count == 0, (drift.missing[:5], drift.extra[:5], drift.stale[:5])
        stored = lib.indexer.index.stored()
        assert lib.indexer.index.doc_count() == len(stored), "a fiche is indexed twice"
        assert len(stored) == lib.stats().total_fiches
        report = lib.check()
        assert report.ok, report.problems


def check_in_process(folder: Path) -> dict[str, object]:
    """What ``kb check --json`` prints, from ``Library.check`` in this process (faster)."""
    with Library.open(folder) as lib:
        report: dict[str, object] = json.loads(json.dumps(lib.check().to_dict()))
    return report


def verify(
    folder: Path, batches: Sequence[Batch], workdir: Path, *, fresh_process: bool = True
) -> Verdict:
    """Every invariant of T01 after one kill (or one completed run).

    The restart's check is ``kb check --json`` in a new process, or with ``fresh_process``
    false the same ``Library.check`` run here (the killed child is another process anyway).
    """
    pending = pending_outbox(folder)
    assert_check_report(kb_check(folder, workdir) if fresh_process else check_in_process(folder))
    present = assert_batches(folder, batches)
    assert_index_after_startup(folder, batches)
    return Verdict(present, pending)
