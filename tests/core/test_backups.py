"""Automatic backups: verified, rotated, stopped by a corrupt library (T30); migration (T14)."""

from __future__ import annotations

import errno
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from kb_app.core.dto import FicheDraft
from kb_app.core.errors import KbError
from kb_app.core.library import Library
from kb_app.core.storage.engine import file_problems, make_engine, probe
from kb_app.core.storage.versions import HEAD, SCHEMA_VERSION
from kb_app.core.upkeep import backups
from kb_app.core.upkeep.backups import auto_backup, list_backups
from kb_app.core.upkeep.recovery import restore

DB = "library.sqlite3"
T0 = datetime(2026, 11, 1, tzinfo=UTC)


def ro(db: Path) -> sqlite3.Connection:
    query = "mode=ro" if Path(f"{db}-wal").exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{db.as_uri()}?{query}", uri=True)


def flip_page(db: Path, table: str = "fiche", seed: int = 3) -> None:
    """Invert 64 random bytes in the first 512 bytes of a table's root b-tree page."""
    conn = ro(db)
    try:
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
    finally:
        conn.close()
    start = (int(root[0]) - 1) * 4096
    data = bytearray(db.read_bytes())
    for offset in random.Random(seed).sample(range(start, start + 512), 64):
        data[offset] ^= 0xFF
    db.write_bytes(bytes(data))


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in (folder / "backups").glob("kb-*.sqlite3"))


def auto_name(moment: datetime, reason: str) -> str:
    return f"kb-{backups.stamp(moment)}-{reason}.sqlite3"


@pytest.fixture
def engine(library_path: Path) -> Iterator[Engine]:
    eng = make_engine(library_path / DB)
    try:
        yield eng
    finally:
        eng.dispose()


# -- taking and listing -----------------------------------------------------------------------


def test_exit_backup_is_verified_named_and_listed(library_path: Path, engine: Engine) -> None:
    now = T0 + timedelta(hours=2, minutes=40)
    info = auto_backup(library_path, engine, reason="exit", now=now)
    assert info is not None
    assert info.verified
    assert Path(info.path).name == "kb-20261101T024000000000Z-exit.sqlite3"
    assert info.created_at == "2026-11-01T02:40:00+00:00"
    assert file_problems(Path(info.path)) == []
    assert list_backups(library_path) == [info]
    assert not list((library_path / "backups").glob("*.part"))


def test_daily_waits_24_hours_after_the_newest_automatic_backup(
    library_path: Path, engine: Engine
) -> None:
    assert auto_backup(library_path, engine, reason="exit", now=T0) is not None
    assert auto_backup(library_path, engine, reason="daily", now=T0 + timedelta(hours=23)) is None
    later = T0 + timedelta(hours=24)
    daily = auto_backup(library_path, engine, reason="daily", now=later)
    assert daily is not None
    assert names(library_path) == sorted([auto_name(T0, "exit"), auto_name(later, "daily")])


def test_rotation_keeps_the_newest_and_never_manual_or_pre_migration(
    library_path: Path, engine: Engine
) -> None:
    with Library.open(library_path, indexing="off") as lib:
        manual = Path(lib.backup().path).name
    pre = "kb-20200101T000000000000Z-pre-migration.sqlite3"
    shutil.copyfile(library_path / "backups" / manual, library_path / "backups" / pre)
    moments = [T0 + timedelta(days=d) for d in range(5)]
    for moment in moments:
        assert auto_backup(library_path, engine, reason="exit", now=moment, keep=3)
    expected = [auto_name(m, "exit") for m in moments[2:]]
    assert names(library_path) == sorted([*expected, manual, pre])


def test_a_copy_failing_its_check_flags_the_library_and_rotates_nothing(
    library_path: Path, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    for day in range(3):
        auto_backup(library_path, engine, reason="exit", now=T0 + timedelta(days=day), keep=3)
    before = names(library_path)
    monkeypatch.setattr(backups, "verified_backup", lambda *_: ["*** in database main ***"])
    assert (
        auto_backup(library_path, engine, reason="exit", now=T0 + timedelta(days=4), keep=3) is None
    )
    assert names(library_path) == before
    assert backups.is_flagged_corrupt(library_path)
    assert "in database main" in backups.corrupt_flag(library_path).read_text(encoding="utf-8")


def test_an_unreadable_live_database_flags_the_library(library_path: Path) -> None:
    db = library_path / DB
    data = bytearray(db.read_bytes())
    data[:100] = bytes(100)
    db.write_bytes(bytes(data))
    eng = make_engine(db)
    try:
        assert auto_backup(library_path, eng, reason="exit", now=T0) is None
    finally:
        eng.dispose()
    assert backups.is_flagged_corrupt(library_path)
    assert names(library_path) == []


def test_a_full_disk_is_an_error_not_a_corrupt_flag(
    library_path: Path, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_: object) -> list[str]:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "verified_backup", full)
    with pytest.raises(KbError, match="could not be written"):
        auto_backup(library_path, engine, reason="exit", now=T0)
    assert not backups.is_flagged_corrupt(library_path)


def test_listing_shows_a_damaged_backup_and_rechecks_a_changed_file(
    library_path: Path, engine: Engine
) -> None:
    first = auto_backup(library_path, engine, reason="exit", now=T0)
    second = auto_backup(library_path, engine, reason="exit", now=T0 + timedelta(hours=1))
    assert first
    assert second
    assert [b.verified for b in list_backups(library_path)] == [True, True]
    flip_page(Path(first.path))
    os.utime(first.path, ns=(1, 1))  # a changed file is checked again, not read from the cache
    listed = list_backups(library_path)
    assert [(Path(b.path).name, b.verified) for b in listed] == [
        (Path(second.path).name, True),
        (Path(first.path).name, False),
    ]
    assert backups.backup_reason(listed[0]) == "exit"


def test_library_backups_through_the_facade(library_path: Path) -> None:
    with Library.open(library_path, indexing="off") as lib:
        taken = lib.auto_backup("daily", now=T0)
        assert taken is not None
        assert lib.auto_backup("daily", now=T0 + timedelta(hours=1)) is None
        assert lib.backups() == [taken]


# -- T30: thirty days with a fake clock, corruption on day 20 ----------------------------------


def test_thirty_days_of_automatic_backups_and_a_restore_drill(
    library_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, db = library_path, library_path / DB
    counts: dict[str, int] = {}  # backup file name -> fiches when it was taken
    calls: list[datetime] = []
    real = backups.verified_backup

    def counted(engine: Engine, dest: Path) -> list[str]:
        calls.append(now)
        return real(engine, dest)

    monkeypatch.setattr(backups, "verified_backup", counted)
    for day in range(1, 31):
        eng = make_engine(db)  # the running app (its open-time check passed long ago)
        try:
            for hour, reason in ((9, "daily"), (18, "exit")):
                now = T0 + timedelta(days=day - 1, hours=hour)
                if reason == "exit" and day % 3 == 0:
                    continue  # left running overnight
                info = auto_backup(folder, eng, reason=reason, now=now)  # type: ignore[arg-type]
                if info is not None:
                    counts[Path(info.path).name] = _fiches(db)
                if hour == 9 and day <= 20:
                    _add(eng, day)
        finally:
            eng.dispose()
        if day == 20:
            flip_page(db)  # after closing: the next check must find it

    kept = [(int(n[9:11]), n.split("-")[2].removesuffix(".sqlite3")) for n in names(folder)]
    assert sorted(kept, reverse=True) == [
        (20, "exit"), (19, "exit"), (19, "daily"), (17, "exit"), (16, "exit"),
        (16, "daily"), (14, "exit"), (13, "exit"), (13, "daily"), (11, "exit"),
    ]  # fmt: skip
    assert len(counts) == 21  # 7 daily + 14 exit backups before the damage
    assert backups.is_flagged_corrupt(folder)
    assert max(calls) == T0 + timedelta(days=21, hours=9)  # day 22's daily found the damage
    assert counts[auto_name(T0 + timedelta(days=19, hours=18), "exit")] == 51
    for name in names(folder):
        backup = folder / "backups" / name
        assert file_problems(backup) == []
        drill = tmp_path / f"drill-{name}"
        drill.mkdir()
        shutil.copyfile(db, drill / DB)  # the damaged database, to be replaced
        info = restore(drill, backup)
        assert info.replaced is not None
        with Library.open(drill, create=False, indexing="off") as lib:
            assert lib.stats().total_fiches == counts[name]
            assert lib.check().integrity == ("ok",)


def _fiches(db: Path) -> int:
    conn = ro(db)
    try:
        return int(conn.execute("SELECT count(*) FROM fiche").fetchone()[0])
    finally:
        conn.close()


def _add(engine: Engine, day: int) -> None:
    from kb_app.core.jobs import run_job
    from kb_app.core.library.batch import Batches
    from kb_app.core.library.context import Context

    draft = FicheDraft(kind="analysis", title=f"Journal du jour {day}", concepts=("ONG",))
    run_job(Batches(Context(Path("unused"), engine, False)).add_many([draft]), None)


# -- T14: a migration killed at every point --------------------------------------------------

# One interpreter imports kb_app once, then forks a fresh child per crash point (it runs no
# thread, so forking is safe): a kill costs milliseconds instead of a new interpreter.
FORKER = """
import os, sys
from pathlib import Path
from kb_app.core.upkeep.opening import open_existing
from kb_app.core.storage import migrate  # noqa: F401  (imported before forking)

for line in sys.stdin:
    point, folder = line.rstrip("\\n").split("\\t")
    pid = os.fork()
    if pid == 0:
        os.environ["KB_CRASH_AT"] = point
        try:
            open_existing(Path(folder)).dispose()
        except BaseException:
            os._exit(1)
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    print(os.waitstatus_to_exitcode(status), flush=True)
"""
MAX_STATEMENTS = 40


@pytest.fixture(scope="module")
def at_0001(template_library: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the seeded library taken back to revision 0001 (user_version 1)."""
    from alembic import command

    from kb_app.core.storage import migrate
    from kb_app.core.storage.engine import set_user_version

    folder = tmp_path_factory.mktemp("v0001") / "lib"
    shutil.copytree(template_library, folder)
    eng = make_engine(folder / DB)
    try:
        cfg = migrate.alembic_config()
        with eng.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0001")
        set_user_version(eng, 1)
    finally:
        eng.dispose()
    assert (probe(folder / DB).alembic_revision, probe(folder / DB).user_version) == ("0001", 1)
    return folder


def _state(db: Path) -> tuple[str | None, bool]:
    conn = ro(db)
    try:
        has_info = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'library_info'"
        ).fetchone()[0]
    finally:
        conn.close()
    return probe(db).alembic_revision, bool(has_info)


def test_migration_killed_at_every_point_leaves_a_whole_database(
    at_0001: Path, tmp_path: Path
) -> None:
    forker = subprocess.Popen(
        [sys.executable, "-c", FORKER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert forker.stdin is not None
    assert forker.stdout is not None

    def run(point: str) -> tuple[Path, int]:
        folder = tmp_path / point.replace(":", "-")
        shutil.copytree(at_0001, folder)
        forker.stdin.write(f"{point}\t{folder}\n")  # type: ignore[union-attr]
        forker.stdin.flush()  # type: ignore[union-attr]
        return folder, int(forker.stdout.readline())  # type: ignore[union-attr]

    try:
        runs = {p: run(p) for p in ("migration_before_upgrade", "migration_after_upgrade")}
        for k in range(1, MAX_STATEMENTS + 1):
            runs[f"migration_statement:{k}"] = run(f"migration_statement:{k}")
            if runs[f"migration_statement:{k}"][1] == 0:
                break  # the sweep ends with a migration that ran to completion
    finally:
        forker.stdin.close()
        forker.wait(timeout=60)
        forker.stdout.close()
    codes = [code for _, code in runs.values()]
    assert codes.count(0) == 1, runs
    assert codes.count(-signal.SIGKILL) == len(runs) - 1 >= 5, runs
    seen = set()
    for point, (folder, _) in runs.items():
        seen.add(_assert_whole(folder, point))
    assert seen == {"0001", HEAD}  # the sweep crossed the commit


def _assert_whole(folder: Path, point: str) -> str | None:
    """Wholly old or wholly new, a verified pre-migration backup, and reopening completes."""
    db = folder / DB
    assert file_problems(db) == [], point
    state = _state(db)
    assert state in {("0001", False), (HEAD, True)}, point
    pre = list((folder / "backups").glob("kb-*-pre-migration.sqlite3"))
    assert len(pre) == 1, point
    assert file_problems(pre[0]) == [], point
    assert _state(pre[0]) == ("0001", False)
    with Library.open(folder, create=False, indexing="off") as lib:
        assert lib.stats().total_fiches == 31
    assert (probe(db).alembic_revision, probe(db).user_version) == (HEAD, SCHEMA_VERSION), point
    return state[0]
