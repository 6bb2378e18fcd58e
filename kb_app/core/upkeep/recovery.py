"""Restore, quarantine, salvage and move: what to do when the database cannot be trusted.

Nothing here ever deletes a database file: a replaced database is renamed
``library.sqlite3.replaced-<stamp>``, a damaged one ``library.sqlite3.damaged-<stamp>``,
each with its ``-wal``/``-shm`` renamed alongside (so the set can still be opened), and a
``-wal`` is never renamed or removed on its own. None of these functions opens the library
through ``Library`` before acting, so they work when it cannot be opened.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from kb_app.core.dto import (
    BackupInfo,
    RestoreInfo,
)
from kb_app.core.errors import (
    LibraryDamaged,
    NotALibrary,
    NotFound,
    SchemaTooNew,
    ValidationError,
)
from kb_app.core.storage import versions
from kb_app.core.storage.engine import (
    APPLICATION_ID,
    checkpoint_file,
    file_problems,
    probe,
)
from kb_app.core.upkeep import backups
from kb_app.core.upkeep.durable import fsync_dir, fsync_file
from kb_app.core.upkeep.opening import DB_NAME

SIDE_SUFFIXES = ("-wal", "-shm")


def _now_stamp() -> str:
    return backups.stamp(datetime.now(UTC))


def _set_aside(db: Path, label: str) -> Path | None:
    """Rename ``db`` and its side files to ``<db>.<label>-<stamp>[-wal|-shm]``, as a set.

    The set-aside names are first made as hard links, so the complete set exists under its
    new names before any old name goes; then the old names are removed, main file first.
    A crash in between leaves at worst orphan side files under the old names (the next
    restore or quarantine sets them aside too), never a database separated from its WAL
    under the new names. Where hard links are not supported, plain renames (main first).
    Returns the new main path, or None when there was no main file.
    """
    present = [s for s in ("", *SIDE_SUFFIXES) if Path(f"{db}{s}").exists()]
    if not present:
        return None
    base = db.with_name(f"{db.name}.{label}-{_now_stamp()}")
    while any(Path(f"{base}{s}").exists() for s in ("", *SIDE_SUFFIXES)):
        base = db.with_name(f"{db.name}.{label}-{_now_stamp()}")
    if _link_all(db, base, present):
        for suffix in present:
            Path(f"{db}{suffix}").unlink()
    else:
        for suffix in present:
            os.replace(Path(f"{db}{suffix}"), Path(f"{base}{suffix}"))
    fsync_dir(db.parent)
    return base if "" in present else None


def _link_all(db: Path, base: Path, suffixes: list[str]) -> bool:
    """Hard-link every file of the set to its new name; False (no link left) if unsupported."""
    made: list[Path] = []
    try:
        for suffix in suffixes:
            os.link(Path(f"{db}{suffix}"), Path(f"{base}{suffix}"))
            made.append(Path(f"{base}{suffix}"))
    except OSError:
        for link in made:  # extra names of files that keep their old name: nothing is lost
            link.unlink()
        return False
    fsync_dir(db.parent)
    return True


def quarantine(folder: Path) -> Path:
    """Set the damaged database aside as ``library.sqlite3.damaged-<stamp>`` (never deleted)."""
    db = folder / DB_NAME
    if not db.exists():
        raise NotALibrary(f"{folder}: there is no {DB_NAME} to set aside")
    moved = _set_aside(db, "damaged")
    assert moved is not None
    backups.clear_corrupt_flag(folder)  # the flag was about the file just set aside
    return moved


def newest_verified_backup(folder: Path) -> BackupInfo | None:
    """The newest backup that passes its checks (what to offer after a quarantine)."""
    return next((info for info in backups.list_backups(folder) if info.verified), None)


def _check_backup(backup: Path) -> None:
    """Refuse a backup that is missing, damaged, foreign or too new; changes nothing."""
    if not backup.is_file():
        raise NotFound(f"{backup}: no such backup file")
    if Path(f"{backup}-wal").exists():
        raise ValidationError(
            f"{backup}: this file has a -wal file beside it (it is a live database, "
            "not a backup); nothing was changed."
        )
    found = probe(backup)  # raises LibraryDamaged / NotALibrary
    if found.user_version > versions.SCHEMA_VERSION or (
        found.alembic_revision is not None and found.alembic_revision not in versions.REVISIONS
    ):
        raise SchemaTooNew(
            f"{backup}: this backup was written by a newer version of kb_app; nothing was changed."
        )


def _backup_date(backup: Path) -> str:
    parsed = backups.parse_name(backup)
    if parsed is not None:
        return parsed[0].isoformat()
    return datetime.fromtimestamp(backup.stat().st_mtime, UTC).isoformat()


def _copy_part(source: Path, part: Path) -> None:
    """Copy ``source`` to ``part``, fsync it and check the copy (removed if it fails)."""
    for suffix in ("", *SIDE_SUFFIXES, "-journal"):
        Path(f"{part}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, part)
    fsync_file(part)
    problems = file_problems(part)  # the full check, on the very bytes to be installed
    if problems:
        part.unlink(missing_ok=True)
        raise LibraryDamaged(
            f"{source}: this backup fails its integrity check ({'; '.join(problems[:3])}); "
            "nothing was changed."
        )


def _install(folder: Path, part: Path) -> tuple[Path | None, Path | None]:
    """Replace the live database by ``part``; set the old one and the index aside."""
    db = folder / DB_NAME
    if db.exists():
        checkpoint_file(db)  # fold a hot WAL in when the file still opens
    replaced = _set_aside(db, "replaced")
    os.replace(part, db)
    fsync_dir(folder)
    index = folder / "index"
    stale: Path | None = None
    if index.exists():
        # "index.old-*" is swept by the search side at the next open, which rebuilds.
        stale = folder / f"index.old-{datetime.now(UTC).strftime('%Y%m%d%H%M%S%f')}"
        index.rename(stale)
    backups.clear_corrupt_flag(folder)
    return replaced, stale


def restore(folder: Path, backup_file: Path) -> RestoreInfo:
    """Replace the library's database by a verified backup; the old one is kept aside.

    The library must not be open (close it first). Works when the current database is
    damaged or missing. The search index is set aside to be rebuilt on the next open.
    """
    folder = Path(folder).absolute()
    backup = Path(backup_file).absolute()
    if backup == (folder / DB_NAME).absolute():
        raise ValidationError(f"{backup}: this is the library itself, not a backup")
    _check_backup(backup)
    if not folder.is_dir():
        raise NotALibrary(f"{folder}: no such library folder")
    part = folder / f"{DB_NAME}.restore.part"
    _copy_part(backup, part)
    replaced, stale = _install(folder, part)
    return RestoreInfo(
        str(backup),
        _backup_date(backup),
        True,
        None if replaced is None else str(replaced),
        None if stale is None else str(stale),
    )


def move_library(src: Path, dst: Path) -> Path:
    """Move a library folder after folding its WAL into the database file.

    The database is checked read-only first (a damaged one is refused), then
    ``wal_checkpoint(TRUNCATE)`` runs and its connection closes, so no ``-wal`` is left to
    be separated from its database. Across file systems the folder is copied, checked, and
    only then is the source removed.
    """
    src, dst = Path(src).absolute(), Path(dst).absolute()
    db = src / DB_NAME
    if not db.is_file():
        raise NotALibrary(f"{src}: no library here")
    if dst.exists():
        raise ValidationError(f"{dst}: already exists; choose a new folder")
    probe(db)
    if not checkpoint_file(db) or Path(f"{db}-wal").exists():
        raise ValidationError(
            f"{src}: the library is in use by another program; close it and try again"
        )
    dst.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.rename(src, dst)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        _copy_then_remove(src, dst)
    fsync_dir(dst.parent)
    return dst


def _copy_then_remove(src: Path, dst: Path) -> None:
    part = dst.with_name(dst.name + ".part")
    shutil.rmtree(part, ignore_errors=True)
    shutil.copytree(src, part, symlinks=True)
    problems = file_problems(part / DB_NAME)
    if problems:
        shutil.rmtree(part, ignore_errors=True)
        raise LibraryDamaged(f"{dst}: the moved copy fails its check; the library was not moved")
    os.replace(part, dst)
    shutil.rmtree(src)


# -- salvage ---------------------------------------------------------------------------------


def salvage(folder: Path, damaged_file: Path) -> Path:
    """Recover what can be read from a damaged database into a new file beside it.

    Works on a copy (the damaged file and its side files are never touched). Uses the
    ``sqlite3`` program's ``.recover`` when it is installed and succeeds, else a row-by-row
    copy of every readable table. Returns ``library.sqlite3.salvaged-<stamp>``; check it with
    ``file_problems`` before restoring it.
    """
    damaged = Path(damaged_file)
    if not damaged.is_file():
        raise NotFound(f"{damaged}: no such file")
    out = Path(folder) / f"{DB_NAME}.salvaged-{_now_stamp()}"
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        copy = Path(tmp) / "damaged.sqlite3"
        for suffix in ("", *SIDE_SUFFIXES):
            if Path(f"{damaged}{suffix}").exists():
                shutil.copyfile(f"{damaged}{suffix}", f"{copy}{suffix}")
        part = Path(tmp) / "salvaged.sqlite3"
        cli = sqlite3_program()
        if cli is None or not _recover_with_cli(cli, copy, part):
            for suffix in ("", *SIDE_SUFFIXES, "-journal"):
                Path(f"{part}{suffix}").unlink(missing_ok=True)
            _recover_rows(copy, part)
        if _stamp_salvaged(part) == 0:
            raise LibraryDamaged(f"{damaged}: nothing could be recovered from this file")
        fsync_file(part)
        os.replace(part, out)
    fsync_dir(out.parent)
    return out


def sqlite3_program() -> str | None:
    return shutil.which("sqlite3")


def _recover_with_cli(cli: str, source: Path, dest: Path) -> bool:
    """``sqlite3 SOURCE .recover | sqlite3 DEST``; False when either side reports a failure."""
    with subprocess.Popen(
        [cli, str(source), ".recover"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    ) as reader:
        writer = subprocess.run(
            [cli, "-bail", str(dest)], stdin=reader.stdout, capture_output=True, check=False
        )
    return reader.returncode == 0 and writer.returncode == 0 and dest.exists()


def _recover_rows(source: Path, dest: Path) -> None:
    """Copy every table's readable rows (up to the first unreadable page of each)."""
    src = sqlite3.connect(source)
    out = sqlite3.connect(dest)
    try:
        try:
            schema = src.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                "AND name NOT LIKE 'sqlite_%' ORDER BY type = 'table' DESC"
            ).fetchall()
        except sqlite3.DatabaseError:
            schema = []
        for kind, name, sql in schema:
            try:
                out.execute(sql)
            except sqlite3.Error:
                continue
            if kind == "table":
                _copy_rows(src, out, name)
        out.commit()
    finally:
        src.close()
        out.close()


def _copy_rows(src: sqlite3.Connection, out: sqlite3.Connection, table: str) -> None:
    quoted = '"' + table.replace('"', '""') + '"'
    try:
        for row in src.execute(f"SELECT * FROM {quoted}"):
            marks = ", ".join("?" * len(row))
            try:
                out.execute(f"INSERT INTO {quoted} VALUES ({marks})", row)
            except sqlite3.Error:
                continue
    except sqlite3.DatabaseError:
        return  # the rest of this table is unreadable


def _stamp_salvaged(db: Path) -> int:
    """Give the salvaged file kb_app's identity; return how many tables it holds."""
    if not db.exists():
        return 0
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        tables = int(
            conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        )
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        if int(conn.execute("PRAGMA user_version").fetchone()[0]) == 0:
            revision = _revision(conn)
            if revision in versions.REVISIONS:
                conn.execute(f"PRAGMA user_version = {versions.REVISIONS.index(revision) + 1}")
        return tables
    finally:
        conn.close()


def _revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return None if row is None else str(row[0])
