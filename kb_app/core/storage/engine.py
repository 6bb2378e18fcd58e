"""The SQLite engine: the only module with SQLite-specific pragmas and SQL.

Every connection gets the pragmas of PLATFORM.md (foreign keys, busy timeout, WAL,
synchronous FULL, trusted_schema OFF). The pysqlite driver's own transaction handling is
disabled and BEGIN is emitted by SQLAlchemy, so savepoints and transactional DDL work.
An existing database is first probed read-only, so a damaged, foreign or too-new file is
refused without a single write.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from kb_app.core.errors import KbError, LibraryDamaged, LibraryError, NotALibrary, UserError
from kb_app.core.upkeep.durable import fsync_dir, fsync_file

#: PRAGMA application_id of every kb_app database ("KBAP").
APPLICATION_ID = 0x4B424150
BUSY_TIMEOUT_MS = 5000

CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA trusted_schema = OFF",
)
#: A read-only connection: no journal or sync settings (they would need a write), and
#: ``query_only`` so that even a file SQLite could write is never written.
READ_ONLY_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA trusted_schema = OFF",
    "PRAGMA query_only = ON",
)


def _pragmas(pragmas: tuple[str, ...]) -> Any:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself
        cursor = dbapi_connection.cursor()
        try:
            for pragma in pragmas:
                cursor.execute(pragma)
        finally:
            cursor.close()

    return on_connect


_on_connect = _pragmas(CONNECTION_PRAGMAS)


#: Execution option of a write transaction: ``engine.execution_options(immediate=True)``
#: makes its BEGIN an IMMEDIATE one, which waits ``busy_timeout`` for another writer instead
#: of failing at its first write (a deferred transaction that has read cannot wait).
IMMEDIATE = "immediate"


def _on_begin(connection: Any) -> None:
    immediate = connection.get_execution_options().get(IMMEDIATE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(db_path: Path) -> Engine:
    """An engine on ``db_path`` whose every connection carries the pragmas."""
    engine = create_engine(f"sqlite:///{db_path}", future=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def read_only_uri(db_path: Path, *, folder_writable: bool) -> str:
    """The ``file:`` URI of a read-only connection to ``db_path``.

    ``mode=ro`` sees what other programs commit, but on a folder nobody may write SQLite
    cannot create the ``-shm`` a WAL database needs; there, with no ``-wal`` left to read,
    the file is opened ``immutable`` (nothing can change it anyway).
    """
    query = "mode=ro"
    if not folder_writable and not Path(f"{db_path}-wal").exists():
        query += "&immutable=1"
    return f"{db_path.absolute().as_uri()}?{query}"


def make_read_only_engine(db_path: Path, *, folder_writable: bool) -> Engine:
    """An engine that can only read ``db_path``: any write fails with SQLITE_READONLY."""
    uri = read_only_uri(db_path, folder_writable=folder_writable)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    engine = create_engine(f"sqlite:///{db_path}", creator=connect)
    event.listen(engine, "connect", _pragmas(READ_ONLY_PRAGMAS))
    event.listen(engine, "begin", _on_begin)
    return engine


def stamp_application_id(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def set_user_version(engine: Engine, version: int) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA user_version = {int(version)}")


@dataclass(frozen=True)
class ProbeResult:
    """What a read-only look at an existing database file found."""

    application_id: int
    user_version: int
    alembic_revision: str | None


def _readonly(db_path: Path) -> sqlite3.Connection:
    """A connection that cannot write, nor create ``-wal``/``-shm`` files beside the database.

    Without a WAL file there is nothing to recover, so the file is opened immutable (no side
    files at all); with one, a plain read-only connection reads the committed WAL content.
    """
    has_wal = Path(f"{db_path}-wal").exists()
    query = "mode=ro" if has_wal else "mode=ro&immutable=1"
    uri = f"{db_path.resolve().as_uri()}?{query}"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)


def probe(db_path: Path) -> ProbeResult:
    """Look at an existing database read-only; raise if it is not a sound kb_app library."""
    try:
        conn = _readonly(db_path)
    except sqlite3.Error as exc:
        raise LibraryDamaged(f"{db_path}: cannot be opened ({exc}).") from exc
    try:
        try:
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            user_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            check = [row[0] for row in conn.execute("PRAGMA quick_check")]
        except sqlite3.DatabaseError as exc:
            raise LibraryDamaged(
                f"{db_path}: the database file is damaged or not a database ({exc}). "
                "It was left untouched."
            ) from exc
        if check != ["ok"]:
            raise LibraryDamaged(
                f"{db_path}: the database fails its integrity check ({'; '.join(check[:3])}). "
                "It was left untouched."
            )
        if app_id != APPLICATION_ID:
            raise NotALibrary(
                f"{db_path}: this SQLite database was not written by kb_app; it was left untouched."
            )
        revision = _alembic_revision(conn)
    finally:
        conn.close()
    return ProbeResult(app_id, user_version, revision)


def _alembic_revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    return None if row is None else str(row[0])


def integrity_report(engine: Engine) -> tuple[list[str], list[str]]:
    """``(integrity_check rows, foreign_key_check rows)``; healthy is ``(["ok"], [])``."""
    with engine.connect() as conn:
        integrity = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        fk = [
            f"{r[0]} rowid {r[1]} -> {r[2]}"
            for r in conn.exec_driver_sql("PRAGMA foreign_key_check")
        ]
    return integrity, fk


def connection_pragmas(engine: Engine) -> dict[str, Any]:
    """The pragmas a pooled connection actually carries (for tests and `kb check`)."""
    names = ("foreign_keys", "busy_timeout", "journal_mode", "synchronous", "trusted_schema")
    with engine.connect() as conn:
        return {n: conn.exec_driver_sql(f"PRAGMA {n}").scalar() for n in names}


def backup_to(engine: Engine, dest: Path) -> None:
    """Copy the live database to ``dest`` with SQLite's online backup API."""
    raw = engine.raw_connection()
    try:
        src = raw.driver_connection
        assert isinstance(src, sqlite3.Connection)
        target = sqlite3.connect(dest)
        try:
            src.backup(target)
        finally:
            target.close()
    finally:
        raw.close()


def verify_file(path: Path) -> list[str]:
    """integrity_check of a database file, read-only; ``["ok"]`` when sound."""
    conn = _readonly(path)
    try:
        return [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


class LibraryReadOnly(UserError):
    """A change was asked of a library opened read-only; nothing was changed."""


class LibraryBusy(LibraryError):
    """Another program kept the library locked longer than the busy timeout."""


class StorageFull(LibraryDamaged):
    """The disk is full or refused a write (SQLITE_FULL, SQLITE_IOERR); nothing was saved.

    A ``LibraryDamaged`` for the callers that already catch that, though the database
    itself is sound: the failed transaction was rolled back.
    """


_READ_ONLY = (sqlite3.SQLITE_READONLY,)
_BUSY = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
_FULL = (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR)
_WORDS = {
    _READ_ONLY: ("readonly database", "read-only file system"),
    _BUSY: ("database is locked", "database table is locked"),
    _FULL: ("database or disk is full", "disk i/o error", "no space left on device"),
}


def _failure_kind(exc: BaseException, codes: tuple[int, ...]) -> bool:
    """True when ``exc`` (or what it wraps) is a SQLite failure of one of ``codes``."""
    seen: BaseException | None = exc
    for _ in range(4):  # the error, SQLAlchemy's .orig, and what either was raised from
        if seen is None:
            return False
        orig = getattr(seen, "orig", None) or seen
        code = getattr(orig, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF in codes:
            return True
        if isinstance(orig, sqlite3.Error) and any(w in str(orig).lower() for w in _WORDS[codes]):
            return True
        seen = seen.__cause__
    return False


def is_read_only_failure(exc: BaseException) -> bool:
    """SQLITE_READONLY, or a file write refused by a read-only file system (EROFS)."""
    if isinstance(exc, OSError) and exc.errno == errno.EROFS:
        return True
    return isinstance(exc, LibraryReadOnly) or _failure_kind(exc, _READ_ONLY)


def is_busy(exc: BaseException) -> bool:
    """True when another connection kept the database locked (SQLITE_BUSY/LOCKED)."""
    return isinstance(exc, LibraryBusy) or _failure_kind(exc, _BUSY)


def is_storage_full(exc: BaseException) -> bool:
    """SQLITE_FULL or SQLITE_IOERR, or a file write refused for want of space (ENOSPC)."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    return isinstance(exc, StorageFull) or _failure_kind(exc, _FULL)


def storage_failure(exc: BaseException) -> KbError | None:
    """The sentence for a database failure met outside the opening checks, else None.

    Read-only, busy and full storage each get their own error (the window words them),
    also when a file write met a read-only file system or a full disk; any other database
    failure is reported as a failing library database.
    """
    from sqlalchemy.exc import DatabaseError

    if isinstance(exc, KbError):
        return None
    orig = getattr(exc, "orig", exc)
    if is_read_only_failure(exc):
        return LibraryReadOnly(
            "the library is read-only: changes are disabled and nothing was changed"
        )
    if is_busy(exc):
        return LibraryBusy(
            "the library is busy (another program is writing to it): nothing was changed; "
            "try again in a moment"
        )
    if is_storage_full(exc):
        return StorageFull(
            f"the disk is full or cannot be written ({orig}): nothing was saved; "
            "free some space, then try again"
        )
    if isinstance(exc, (DatabaseError, sqlite3.DatabaseError)):
        return LibraryDamaged(f"the library database failed: {orig}")
    return None


def file_problems(path: Path) -> list[str]:
    """What is wrong with a database file, read-only; empty when it is a sound kb_app file.

    Sound means: ``integrity_check`` says ok, ``foreign_key_check`` is empty and the file
    carries kb_app's application id. Nothing here raises for a bad file: it is reported.
    """
    try:
        conn = _readonly(path)
    except sqlite3.Error as exc:
        return [f"cannot be opened ({exc})"]
    try:
        integrity = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            return integrity
        problems = [
            f"foreign key: {r[0]} rowid {r[1]} -> {r[2]}"
            for r in conn.execute("PRAGMA foreign_key_check")
        ]
        if int(conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
            problems.append("not a kb_app database")
        return problems
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


def verified_backup(engine: Engine, dest: Path) -> list[str]:
    """Back up into ``dest.part``, check the copy, fsync it and rename it to ``dest``.

    Returns the copy's problems (see ``file_problems``): when there are any, the copy is
    removed and ``dest`` is not created. A failure of the copy itself removes the part file
    and propagates.
    """
    part = dest.with_name(dest.name + ".part")
    part.unlink(missing_ok=True)
    try:
        backup_to(engine, part)
        problems = file_problems(part)
        if problems:
            part.unlink(missing_ok=True)
            return problems
        fsync_file(part)
        os.replace(part, dest)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    fsync_dir(dest.parent)
    return []


def checkpoint_file(db_path: Path) -> bool:
    """Fold a database's WAL into its main file (``wal_checkpoint(TRUNCATE)``) and close.

    SQLite itself removes the ``-wal`` and ``-shm`` files when this last connection closes.
    Returns False, having changed nothing of ours, when the file cannot be opened as a
    database or another connection keeps the checkpoint from completing.
    """
    try:
        with db_path.open("rb") as fh:
            header = fh.read(16)
    except OSError:
        return False
    if header != b"SQLite format 3\x00":
        # Not a database file: SQLite would fail the checkpoint, then drop the hot -wal
        # when the connection closes. Leave every file as it is.
        return False
    try:
        conn = sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return int(busy) == 0
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def is_corruption(exc: BaseException) -> bool:
    """True when an exception (SQLAlchemy-wrapped or not) says the file is damaged."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
