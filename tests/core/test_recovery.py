"""Restore, quarantine, salvage, move (RELIABILITY.md T11, T12, T13)."""

from __future__ import annotations

import argparse
import errno
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kb_app.cli.commands import restore as restore_command
from kb_app.cli.context import Context
from kb_app.core.dto import FicheDraft
from kb_app.core.errors import LibraryDamaged, NotALibrary, NotFound, SchemaTooNew, UserError
from kb_app.core.library import Library, move_library, open_or_recover, restore, salvage
from kb_app.core.storage.engine import APPLICATION_ID, file_problems
from kb_app.core.storage.versions import SCHEMA_VERSION
from kb_app.core.upkeep import recovery

DB = "library.sqlite3"
OLD_STAMP = "20261125T010000000000Z"
NEW_STAMP = "20261126T014000000000Z"


# -- damaging files (generated here, never shipped) -------------------------------------------


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def ro(db: Path) -> sqlite3.Connection:
    """A read-only connection that creates no side file (immutable when there is no WAL)."""
    query = "mode=ro" if Path(f"{db}-wal").exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{db.as_uri()}?{query}", uri=True)


def root_page(db: Path, table: str) -> int:
    conn = ro(db)
    try:
        return int(
            conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[
                0
            ]
        )
    finally:
        conn.close()


def flip_page(db: Path, table: str = "fiche", seed: int = 7) -> None:
    """Invert 64 random bytes in the first 512 bytes of a table's root b-tree page."""
    start = (root_page(db, table) - 1) * 4096
    data = bytearray(db.read_bytes())
    for offset in random.Random(seed).sample(range(start, start + 512), 64):
        data[offset] ^= 0xFF
    db.write_bytes(bytes(data))


def zero_header(db: Path) -> None:
    data = bytearray(db.read_bytes())
    data[:100] = bytes(100)
    db.write_bytes(bytes(data))


def truncate_half(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])


def text_file(db: Path) -> None:
    db.write_text("Ceci n'est pas une base de données.\n" * 50, encoding="utf-8")


DAMAGE: dict[str, Callable[[Path], None]] = {
    "zero-header": zero_header,
    "flipped-page": flip_page,
    "truncated": truncate_half,
    "text-file": text_file,
}


def fiche_count(db: Path) -> int:
    conn = ro(db)
    try:
        return int(conn.execute("SELECT count(*) FROM fiche").fetchone()[0])
    finally:
        conn.close()


def add_fiche(lib: Library, title: str) -> None:
    lib.add(FicheDraft(kind="analysis", title=title, concepts=("ONG", "gouvernance")))


def backup_named(lib: Library, stamp: str, reason: str = "manual") -> Path:
    return Path(lib.backup(lib.folder / "backups" / f"kb-{stamp}-{reason}.sqlite3").path)


def aside(folder: Path, label: str) -> list[str]:
    return sorted(p.name for p in folder.glob(f"{DB}.{label}-*"))


# -- T12: a damaged database at startup -------------------------------------------------------


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_database_is_kept_aside_and_newest_verified_backup_restored(
    library_path: Path, damage: str
) -> None:
    with Library.open(library_path, indexing="off") as lib:
        add_fiche(lib, "Quokka avant la sauvegarde")
        good = backup_named(lib, OLD_STAMP)  # 32 fiches
        newer = backup_named(lib, NEW_STAMP)
        add_fiche(lib, "Quokka après la sauvegarde")  # 33, never backed up
    flip_page(newer)  # the newest backup is bad: the older good one must be chosen
    db = library_path / DB
    DAMAGE[damage](db)
    damaged_sha = sha(db)
    with pytest.raises(LibraryDamaged):
        Library.open(library_path, indexing="off")

    found = open_or_recover(library_path, restore_newest=True, indexing="off")

    assert found.library is not None
    assert found.restored is not None
    assert found.damaged
    try:
        assert found.library.stats().total_fiches == 32
    finally:
        found.library.close()
    assert found.restored.backup == str(good)
    assert found.restored.backup_created_at == "2026-11-25T01:00:00+00:00"
    assert found.restored.replaced is None  # the damaged file had been set aside already
    assert found.damaged.name.startswith(f"{DB}.damaged-")
    assert sha(found.damaged) == damaged_sha  # kept, byte for byte
    assert aside(library_path, "damaged") == [found.damaged.name]
    assert file_problems(db) == []


def test_damaged_database_without_backup_is_kept_and_salvage_is_offered(
    library_path: Path,
) -> None:
    db = library_path / DB
    flip_page(db)
    found = open_or_recover(library_path, restore_newest=True, indexing="off")
    assert found.library is None
    assert found.restored is None
    assert found.offer is None
    assert found.damaged is not None
    assert not db.exists()
    assert found.damaged.exists()


def test_offer_without_restoring_when_not_asked(library_path: Path) -> None:
    with Library.open(library_path, indexing="off") as lib:
        good = backup_named(lib, OLD_STAMP)
    zero_header(library_path / DB)
    found = open_or_recover(library_path, restore_newest=False, indexing="off")
    assert found.library is None
    assert found.restored is None
    assert found.offer is not None
    assert found.offer.path == str(good)
    assert found.offer.verified
    assert not (library_path / DB).exists()
    assert found.damaged is not None
    assert aside(library_path, "damaged") == [found.damaged.name]


def test_too_new_database_is_not_quarantined(library_path: Path) -> None:
    db = library_path / DB
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = sha(db)
    with pytest.raises(SchemaTooNew):
        open_or_recover(library_path, restore_newest=True, indexing="off")
    assert sha(db) == before
    assert aside(library_path, "damaged") == []
    assert not Path(f"{db}-wal").exists()


@pytest.mark.parametrize("use_cli", [True, False], ids=["sqlite3-recover", "python-rows"])
def test_salvage_reads_a_copy_and_never_touches_the_damaged_file(
    library_path: Path, use_cli: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if use_cli and recovery.sqlite3_program() is None:
        pytest.skip("the sqlite3 program is not installed")
    if not use_cli:
        monkeypatch.setattr(recovery, "sqlite3_program", lambda: None)
    db = library_path / DB
    flip_page(db, "concept_label")  # fiches stay readable, concept labels are damaged
    damaged = recovery.quarantine(library_path)
    before = sha(damaged)
    listing = sorted(p.name for p in library_path.iterdir())

    salvaged = salvage(library_path, damaged)

    assert sha(damaged) == before
    assert sorted(p.name for p in library_path.iterdir()) == sorted([*listing, salvaged.name])
    assert salvaged.name.startswith(f"{DB}.salvaged-")
    assert fiche_count(salvaged) == 31
    conn = ro(salvaged)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        conn.close()


def test_salvage_of_a_text_file_says_nothing_could_be_recovered(library_path: Path) -> None:
    text_file(library_path / DB)
    damaged = recovery.quarantine(library_path)
    with pytest.raises(LibraryDamaged, match="nothing could be recovered"):
        salvage(library_path, damaged)
    assert aside(library_path, "salvaged") == []


# -- restore ----------------------------------------------------------------------------------


def test_restore_keeps_the_replaced_database_and_rebuilds_the_index(library_path: Path) -> None:
    with Library.open(library_path) as lib:
        backup = backup_named(lib, OLD_STAMP)
        add_fiche(lib, "Ornithorynque tardif")
        assert lib.search("Ornithorynque").total == 1
    info = restore(library_path, backup)
    assert info.replaced is not None
    assert info.index_set_aside is not None
    assert fiche_count(Path(info.replaced)) == 32  # the replaced state is all there
    assert fiche_count(library_path / DB) == 31
    assert not (library_path / "index").exists()
    with Library.open(library_path) as lib:
        assert lib.search("Ornithorynque").total == 0
        assert lib.search("Porto Alegre").total > 0
        assert lib.index_state()[0] == "ready"
        assert lib.index_drift() is not None
        assert lib.index_drift().count == 0  # type: ignore[union-attr]
    assert list(library_path.glob("index.old-*")) == []  # swept by the next open


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()


def _too_new(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()


BAD_BACKUPS: dict[str, tuple[Callable[[Path], None], type[Exception]]] = {
    "flipped": (flip_page, LibraryDamaged),
    "zero-header": (zero_header, LibraryDamaged),
    "text": (text_file, LibraryDamaged),
    "foreign": (_foreign, NotALibrary),
    "too-new": (_too_new, SchemaTooNew),
    "missing": (lambda p: None, NotFound),
}


@pytest.mark.parametrize("kind", list(BAD_BACKUPS))
def test_restore_refuses_a_bad_backup_and_changes_nothing(library_path: Path, kind: str) -> None:
    with Library.open(library_path, indexing="off") as lib:
        backup = backup_named(lib, OLD_STAMP)
    if kind in ("foreign", "missing"):
        backup.unlink()
    damage, error = BAD_BACKUPS[kind]
    damage(backup)
    before = sorted(p.name for p in library_path.iterdir())
    live = sha(library_path / DB)
    with pytest.raises(error):
        restore(library_path, backup)
    assert sorted(p.name for p in library_path.iterdir()) == before
    assert sha(library_path / DB) == live


# -- kb restore -------------------------------------------------------------------------------


def run_restore(folder: Path, *argv: str, as_json: bool = False) -> int:
    parser = argparse.ArgumentParser()
    restore_command.configure(parser)
    return restore_command.run(Context(str(folder), as_json), parser.parse_args(list(argv)))


def test_kb_restore_prints_the_date_and_where_the_old_base_is(
    library_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Library.open(library_path, indexing="off") as lib:
        backup = backup_named(lib, NEW_STAMP)
    zero_header(library_path / DB)  # the command must not need to open the library
    assert run_restore(library_path, backup.name) == 0
    out = capsys.readouterr().out
    when = datetime(2026, 11, 26, 1, 40, tzinfo=UTC).astimezone().strftime("%d/%m/%Y %H:%M")
    replaced = aside(library_path, "replaced")
    assert len(replaced) == 1
    assert out.startswith(
        f"Bibliothèque restaurée depuis la sauvegarde du {when} (vérifiée) ; "
        f"l'ancienne base est conservée sous {library_path / replaced[0]}.\n"
    )
    assert file_problems(library_path / DB) == []


def test_kb_restore_list_and_json(library_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Library.open(library_path, indexing="off") as lib:
        backup_named(lib, OLD_STAMP)
        bad = backup_named(lib, NEW_STAMP, "exit")
    flip_page(bad)
    assert run_restore(library_path, "--list") == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert "à la fermeture" in lines[0]
    assert "ENDOMMAGÉE" in lines[0]
    assert "manuelle" in lines[1]
    assert "vérifiée" in lines[1]
    assert run_restore(library_path, "--list", as_json=True) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(e["reason"], e["verified"]) for e in listed] == [("exit", False), ("manual", True)]
    with pytest.raises(UserError, match="kb restore FILE"):
        run_restore(library_path)


# -- T11 and T13: a writer killed mid-transaction ----------------------------------------------

BATCH = 20
WRITER = """
import sys
from pathlib import Path
from kb_app.core.dto import FicheDraft
from kb_app.core.jobs import run_job
from kb_app.core.library import Library

lib = Library.open(Path(sys.argv[1]), indexing="off")
size = int(sys.argv[2])
batch = 0
while True:
    batch += 1
    drafts = [
        FicheDraft(kind="analysis", title=f"batch-{batch:04d} item {i}", concepts=("ONG",))
        for i in range(size)
    ]
    run_job(lib.add_many(drafts), None)
    print(batch, flush=True)
"""


@dataclass(frozen=True)
class WriterRun:
    online_backup: Path  # taken by another process while the writer committed batches
    printed_before_backup: int
    killed: Path  # the library folder as the SIGKILL left it (hot -wal and -shm)
    last_printed: int


def _read_count(child: subprocess.Popen[str], at_least: int) -> int:
    deadline = time.monotonic() + 60
    count = 0
    assert child.stdout is not None
    while count < at_least and time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            raise AssertionError(f"the writer stopped early (exit {child.wait()})")
        count = int(line)
    return count


@pytest.fixture(scope="module")
def writer_run(template_library: Path, tmp_path_factory: pytest.TempPathFactory) -> WriterRun:
    base = tmp_path_factory.mktemp("writer")
    folder = base / "lib"
    shutil.copytree(template_library, folder)
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder), str(BATCH)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        before = _read_count(child, 2)
        with Library.open(folder, indexing="off") as lib:
            backup = Path(lib.backup(base / "online.sqlite3").path)
        _read_count(child, before + 3)  # the writer went on after the backup
        os.kill(child.pid, signal.SIGKILL)
        rest = child.communicate()[0].split()
        assert child.returncode == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        if child.stdout is not None:
            child.stdout.close()  # a failed setup must not leak the pipe into a later test
    last = int(rest[-1]) if rest else before + 3
    killed = base / "killed"
    shutil.copytree(folder, killed)  # no process holds it: a faithful copy of the crash state
    return WriterRun(backup, before, killed, last)


def batch_counts(db: Path) -> Counter[int]:
    conn = ro(db)
    try:
        titles = [r[0] for r in conn.execute("SELECT title FROM fiche WHERE title LIKE 'batch-%'")]
    finally:
        conn.close()
    return Counter(int(t.split()[0].removeprefix("batch-")) for t in titles)


def assert_whole_batches(db: Path, at_least: int, at_most: int) -> None:
    counts = batch_counts(db)
    assert set(counts.values()) == {BATCH}, counts  # all or nothing, per batch
    assert sorted(counts) == list(range(1, len(counts) + 1))
    assert at_least <= len(counts) <= at_most


def dump_hash(db: Path) -> str:
    conn = ro(db)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


def test_online_backup_during_writes_is_consistent(writer_run: WriterRun, tmp_path: Path) -> None:
    backup = writer_run.online_backup
    assert file_problems(backup) == []  # integrity_check ok, foreign_key_check empty
    assert_whole_batches(backup, writer_run.printed_before_backup, writer_run.last_printed)
    folder = tmp_path / "restored"
    folder.mkdir()
    info = restore(folder, backup)
    assert info.replaced is None
    with Library.open(folder, create=False, indexing="off") as lib:
        again = Path(lib.backup(tmp_path / "again.sqlite3").path)
    assert dump_hash(again) == dump_hash(backup)


@pytest.fixture
def killed(writer_run: WriterRun, tmp_path: Path) -> Path:
    folder = tmp_path / "killed"
    shutil.copytree(writer_run.killed, folder)
    wal = folder / f"{DB}-wal"
    assert wal.exists()
    assert wal.stat().st_size > 0  # a hot WAL
    return folder


def test_backup_with_a_hot_wal_holds_the_last_committed_batch(
    writer_run: WriterRun, killed: Path, tmp_path: Path
) -> None:
    before = {p.name for p in killed.iterdir()}
    with Library.open(killed, indexing="off") as lib:
        backup = Path(lib.backup(tmp_path / "hot.sqlite3").path)
        assert {p.name for p in killed.iterdir()} >= before  # nothing renamed or removed
    assert file_problems(backup) == []
    assert_whole_batches(backup, writer_run.last_printed, writer_run.last_printed + 1)


def test_restore_over_a_hot_wal_keeps_every_committed_batch(
    writer_run: WriterRun, killed: Path
) -> None:
    info = restore(killed, writer_run.online_backup)
    assert info.replaced is not None
    replaced = Path(info.replaced)
    assert file_problems(replaced) == []
    assert_whole_batches(replaced, writer_run.last_printed, writer_run.last_printed + 1)
    assert not Path(f"{killed / DB}-wal").exists()
    assert batch_counts(killed / DB) == batch_counts(writer_run.online_backup)


@pytest.mark.parametrize("hard_links", [True, False], ids=["links", "no-links"])
def test_restore_moves_an_unreadable_database_together_with_its_wal(
    writer_run: WriterRun, killed: Path, hard_links: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not hard_links:  # e.g. FAT or exFAT: plain renames instead

        def no_link(*_: object) -> None:
            raise OSError(errno.EPERM, "Operation not permitted")

        monkeypatch.setattr(os, "link", no_link)
    db = killed / DB
    # (A zeroed header is not enough: the WAL holds page 1 and SQLite repairs it.)
    text_file(db)
    wal_sha = sha(Path(f"{db}-wal"))
    info = restore(killed, writer_run.online_backup)
    assert info.replaced is not None
    assert sha(Path(f"{info.replaced}-wal")) == wal_sha  # moved with its database, intact
    assert Path(f"{info.replaced}-shm").exists()
    assert not Path(f"{db}-wal").exists()
    assert not Path(f"{db}-shm").exists()
    assert file_problems(db) == []


@pytest.mark.parametrize("across_devices", [False, True], ids=["rename", "copy"])
def test_move_library_checkpoints_then_moves(
    writer_run: WriterRun,
    killed: Path,
    tmp_path: Path,
    across_devices: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_rename = os.rename

    def rename(src: str | Path, dst: str | Path) -> None:
        if across_devices and Path(src) == killed:
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        real_rename(src, dst)

    monkeypatch.setattr(os, "rename", rename)
    dest = tmp_path / "elsewhere" / "lib"
    moved = move_library(killed, dest)
    assert moved == dest
    assert not killed.exists()
    assert not Path(f"{dest / DB}-wal").exists()
    assert file_problems(dest / DB) == []
    assert_whole_batches(dest / DB, writer_run.last_printed, writer_run.last_printed + 1)


def test_move_library_refuses_a_damaged_library(library_path: Path, tmp_path: Path) -> None:
    flip_page(library_path / DB)
    before = sha(library_path / DB)
    with pytest.raises(LibraryDamaged):
        move_library(library_path, tmp_path / "moved")
    assert sha(library_path / DB) == before
    assert not (tmp_path / "moved").exists()
