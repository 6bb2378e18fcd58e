"""Opening and creating library folders, refusing anything unsound without writing to it.

A library folder holds ``library.sqlite3``, ``index/``, ``attachments/`` and ``backups/``.
A new library is built in a temporary file and renamed into place only once seeded, so a
failed creation leaves nothing behind.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, event

from kb_app.core.errors import LibraryDamaged, LibraryError, NotALibrary, SchemaTooNew
from kb_app.core.jobs import Progress, run_job
from kb_app.core.paths import LIBRARY_FILE
from kb_app.core.storage import versions
from kb_app.core.storage.engine import (
    ProbeResult,
    make_engine,
    make_read_only_engine,
    probe,
    set_user_version,
    stamp_application_id,
    verified_backup,
)
from kb_app.core.storage.session import transaction
from kb_app.core.upkeep.crash import crashpoint
from kb_app.core.upkeep.durable import fsync_dir

if TYPE_CHECKING:
    from kb_app.core.seed.loader import SeedBundle

DB_NAME = LIBRARY_FILE  # core.paths: what makes a folder a library
SUBFOLDERS = ("index", "attachments", "backups")


def is_writable(folder: Path) -> bool:
    """False when the library folder or its database file may not be written.

    A folder that does not exist yet is writable as far as opening goes (creating it
    reports its own error). ``os.access`` also says False on a read-only mount, even to root.
    """
    if not folder.exists():
        return True
    db = folder / DB_NAME
    return os.access(folder, os.W_OK) and (not db.exists() or os.access(db, os.W_OK))


def _probe_version(db: Path) -> ProbeResult:
    found = probe(db)  # read-only: raises on damaged or foreign files
    if found.user_version > versions.SCHEMA_VERSION or (
        found.alembic_revision is not None and found.alembic_revision not in versions.REVISIONS
    ):
        raise SchemaTooNew(
            "library.too_new",
            path=str(db),
            found=found.user_version,
            supported=versions.SCHEMA_VERSION,
        )
    return found


def open_read_only(folder: Path) -> Engine:
    """Engine that only reads an existing library: no migration, no folder created."""
    db = folder / DB_NAME
    if not db.is_file():
        raise NotALibrary("library.none_read_only", path=str(folder))
    found = _probe_version(db)
    if found.alembic_revision != versions.HEAD:
        raise LibraryError("library.upgrade_read_only", path=str(db))
    return make_read_only_engine(db, folder_writable=os.access(folder, os.W_OK))


def open_existing(folder: Path) -> Engine:
    """Engine on an existing library, migrated to the current schema (after a backup)."""
    db = folder / DB_NAME
    found = _probe_version(db)
    engine = make_engine(db)
    try:
        if found.alembic_revision != versions.HEAD:
            _migrate(folder, engine)
        elif found.user_version < versions.SCHEMA_VERSION:
            # Upgraded, but killed before user_version was written: finish the stamp.
            set_user_version(engine, versions.SCHEMA_VERSION)
    except BaseException:
        engine.dispose()
        raise
    for sub in SUBFOLDERS:
        (folder / sub).mkdir(exist_ok=True)
    return engine


def _migrate(folder: Path, engine: Engine) -> None:
    """A verified pre-migration backup, then the upgrade (one transaction per step).

    Crash points: ``migration_before_upgrade``, ``migration_statement`` (after each SQL
    statement of the upgrade, ``migration_statement:N`` for the N-th) and
    ``migration_after_upgrade``.
    """
    from kb_app.core.storage import migrate  # Alembic: only when there is work

    target = _backup_name(folder, "pre-migration")
    problems = verified_backup(engine, target)
    if problems:
        raise LibraryDamaged(
            "library.pre_upgrade_backup", path=str(folder / DB_NAME), detail="; ".join(problems[:3])
        )
    crashpoint("migration_before_upgrade")

    def after_statement(*_args: object) -> None:
        crashpoint("migration_statement")

    event.listen(engine, "after_cursor_execute", after_statement)
    try:
        migrate.upgrade(engine)
    finally:
        event.remove(engine, "after_cursor_execute", after_statement)
    crashpoint("migration_after_upgrade")


def check_openable(folder: Path) -> bool:
    """True when ``folder`` holds a library; False when a new one may be created there."""
    if folder.exists() and not folder.is_dir():
        raise NotALibrary("library.is_a_file", path=str(folder))
    if (folder / DB_NAME).exists():
        return True
    if folder.exists() and any(folder.iterdir()):
        raise NotALibrary("library.folder_not_empty", path=str(folder), database=DB_NAME)
    return False


def create(
    folder: Path, bundle: SeedBundle | None, on_progress: Callable[[Progress], None] | None
) -> None:
    """Create a library folder, seeded with ``bundle``, all or nothing."""
    created_folder = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / (DB_NAME + ".part")
    _remove_db_files(tmp)
    from kb_app.core.seed.loader import write_bundle
    from kb_app.core.storage import migrate

    try:
        engine = make_engine(tmp)
        try:
            migrate.upgrade(engine)
            stamp_application_id(engine)
            if bundle is not None:
                with transaction(engine) as session:
                    run_job(write_bundle(session, bundle), on_progress)
        finally:
            engine.dispose()  # last connection closed: WAL checkpointed and removed
        os.replace(tmp, folder / DB_NAME)
        fsync_dir(folder)
    except BaseException:
        _remove_db_files(tmp)
        if created_folder:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    for sub in SUBFOLDERS:
        (folder / sub).mkdir(exist_ok=True)


def _remove_db_files(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(db) + suffix).unlink(missing_ok=True)


def _backup_name(folder: Path, reason: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    (folder / "backups").mkdir(exist_ok=True)
    return folder / "backups" / f"kb-{stamp}-{reason}.sqlite3"


def backup_path(folder: Path) -> Path:
    return _backup_name(folder, "manual")
