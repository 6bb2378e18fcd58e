"""kill -9 during a note save (RELIABILITY.md T02).

A child saves two known texts A and B (about 200 KB each) in turn, logging when each save
begins and returns; it is killed at a random moment. The stored note must be A or B byte for
byte, and its history consistent: the last save that returned, or the one then in flight,
with the update time of that save, on the same row as before. CI: 8 kills; full size
(``--runslow``): 50.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import slow_mode
from tests.reliability.killkit import child_env, read_only

SEED = int(os.environ.get("KB_KILL_SEED", "20251126"))
KEY = "res-fph"
NOTE_SIZE = 200_000
SLACK = 0.002  # seconds: the note's time comes from the same clock, rounded to microseconds

SAVER = """
import os, sys, time
from kb_app.core.library import Library
folder, key, log = sys.argv[1], sys.argv[2], sys.argv[3]
texts = {name: open(sys.argv[i], encoding="utf-8").read() for name, i in (("A", 4), ("B", 5))}
fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
lib = Library.open(folder)
label = "B" if lib.note(key) == texts["A"] else "A"  # a save always changes the note
n = 0
while True:
    os.write(fd, f"begin {n} {label} {time.time():.6f}\\n".encode())
    lib.set_note(key, texts[label])
    os.write(fd, f"done {n} {label} {time.time():.6f}\\n".encode())
    if len(sys.argv) > 6 and n + 1 == int(sys.argv[6]):
        break
    label = "B" if label == "A" else "A"
    n += 1
"""


def note_text(seed: int) -> str:
    """About 200 KB of words, accents and a few non-BMP characters; each seed its own text."""
    rng = random.Random(seed)
    words = ["gouvernance", "territoire", "élu·e", "cœur", "コモンズ", "🌍", "ŒUVRE", "naïf"]
    parts: list[str] = []
    size = 0
    while size < NOTE_SIZE:
        word = f"{rng.choice(words)}{rng.randrange(10**6)}"
        parts.append(word)
        size += len(word.encode()) + 1
    return " ".join(parts)


@dataclass(frozen=True)
class Save:
    n: int
    label: str
    begin: float
    done: float | None


def read_saves(log: Path) -> list[Save]:
    begins: dict[int, tuple[str, float]] = {}
    dones: dict[int, float] = {}
    for line in log.read_text().splitlines():
        what, n, label, stamp = line.split()
        if what == "begin":
            begins[int(n)] = (label, float(stamp))
        else:
            dones[int(n)] = float(stamp)
    return [Save(n, label, t, dones.get(n)) for n, (label, t) in sorted(begins.items())]


def stored_note(folder: Path) -> tuple[int, str, bytes, float, int]:
    """``(row id, created_at, body as UTF-8, updated_at as unix time, note rows)``."""
    conn = read_only(folder)
    try:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = conn.execute(
            "SELECT personal_note.id, personal_note.created_at, personal_note.body, "
            "personal_note.updated_at "
            "FROM personal_note JOIN fiche ON fiche.id = personal_note.fiche_id "
            "WHERE fiche.key = ?",
            (KEY,),
        ).fetchall()
        count = conn.execute("SELECT count(*) FROM personal_note").fetchone()[0]
    finally:
        conn.close()
    assert len(rows) == 1
    row_id, created, body, updated = rows[0]
    stamp = datetime.fromisoformat(updated).replace(tzinfo=UTC).timestamp()
    return row_id, created, body.encode("utf-8"), stamp, count


def wait_for_line(log: Path, prefix: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if log.exists() and any(line.startswith(prefix) for line in log.read_text().splitlines()):
            return
        assert proc.poll() is None, "the saving child died before its first save"
        time.sleep(0.01)
    raise AssertionError("the saving child never saved")


def start_saver(
    folder: Path, tmp: Path, log: Path, stop_after: int | None = None, crash_at: str | None = None
) -> subprocess.Popen[bytes]:
    args = [sys.executable, "-c", SAVER, str(folder), KEY, str(log)]
    args += [str(tmp / "A.txt"), str(tmp / "B.txt")]
    if stop_after is not None:
        args.append(str(stop_after))
    env = child_env(**({"KB_CRASH_AT": crash_at} if crash_at else {}))
    with (tmp / "saver.err").open("ab") as err:
        return subprocess.Popen(args, env=env, stderr=err, start_new_session=True)


@pytest.fixture
def texts(tmp_path: Path) -> dict[str, str]:
    found = {"A": note_text(1), "B": note_text(2)}
    for label, text in found.items():
        (tmp_path / f"{label}.txt").write_text(text, encoding="utf-8")
    assert found["A"] != found["B"]
    assert all(NOTE_SIZE <= len(t.encode()) < NOTE_SIZE + 100 for t in found.values())
    return found


def test_kill_during_note_saves(library_path: Path, tmp_path: Path, texts: dict[str, str]) -> None:
    digests = {hashlib.sha256(t.encode()).hexdigest(): label for label, t in texts.items()}
    kills = 50 if slow_mode() else 8
    rng = random.Random(SEED)
    landed: Counter[str] = Counter()
    first_row: tuple[int, str] | None = None
    saves_done = 0
    for i in range(kills):
        log = tmp_path / f"saves-{i}.log"
        proc = start_saver(library_path, tmp_path, log)
        wait_for_line(log, "done 0 ", proc)
        time.sleep(rng.uniform(0.0, 0.4))
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        assert proc.returncode == -signal.SIGKILL, (tmp_path / "saver.err").read_text()
        row_id, created, body, updated, count = stored_note(library_path)
        assert count == 1
        first_row = first_row or (row_id, created)
        assert (row_id, created) == first_row  # the same note, updated in place
        label = digests.get(hashlib.sha256(body).hexdigest())
        assert label is not None, f"kill {i}: the note is neither A nor B ({len(body)} bytes)"
        saves = read_saves(log)
        last_done = max(s.n for s in saves if s.done is not None)
        candidates = [s for s in saves if s.n in (last_done, last_done + 1)]
        match = [s for s in candidates if s.label == label]
        assert len(match) == 1, f"kill {i}: {label} is not the last save nor the one in flight"
        save = match[0]
        end = save.done if save.done is not None else time.time()
        assert save.begin - SLACK <= updated <= end + SLACK, f"kill {i}: update time"
        landed[landing(save, saves)] += 1
        saves_done += last_done + 1
    print(f"\nT02: {kills} kills (seed {SEED}), {saves_done} saves returned in all")
    for what, count in sorted(landed.items()):
        print(f"T02:   {what}: {count}")
    assert sum(landed.values()) == kills


def landing(stored: Save, saves: list[Save]) -> str:
    if stored.done is None:
        return "killed during a save that had committed: the new text is kept"
    if any(s.done is None for s in saves):
        return "killed during a save before its commit: the previous text is kept"
    return "killed between two saves: the last text is kept"


@pytest.mark.parametrize(
    ("point", "expected"), [("note_before_commit:2", "A"), ("note_after_commit:2", "B")]
)
def test_crash_around_the_note_commit(
    library_path: Path, tmp_path: Path, texts: dict[str, str], point: str, expected: str
) -> None:
    """Deterministic: the second save (B) dies before or after its commit."""
    log = tmp_path / "saves.log"
    proc = start_saver(library_path, tmp_path, log, stop_after=5, crash_at=point)
    proc.wait(timeout=120)
    assert proc.returncode == -signal.SIGKILL
    saves = read_saves(log)
    assert [(s.label, s.done is not None) for s in saves] == [("A", True), ("B", False)]
    _, _, body, _, _ = stored_note(library_path)
    assert body == texts[expected].encode()


def test_stored_note_reader(library_path: Path, texts: dict[str, str]) -> None:
    """The test's own reader: the whole text, and the update time read as UTC."""
    conn = sqlite3.connect(library_path / "library.sqlite3")
    try:
        conn.execute(
            "INSERT INTO personal_note (uid, fiche_id, body, created_at, updated_at) "
            "SELECT 'u-1', id, ?, '2024-01-02 03:04:05.000006', '2024-01-02 03:04:05.000006' "
            "FROM fiche WHERE key = ?",
            (texts["A"], KEY),
        )
        conn.commit()
    finally:
        conn.close()
    _, created, body, updated, count = stored_note(library_path)
    assert (created, count) == ("2024-01-02 03:04:05.000006", 1)
    assert body == texts["A"].encode()
    assert updated == datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=UTC).timestamp()
