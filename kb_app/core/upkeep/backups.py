"""Automatic backups that can be trusted: verified before they count, rotated after.

Backups live in ``LIBRARY/backups/`` and are named ``kb-<UTC stamp>-<reason>.sqlite3``;
the reason is ``exit`` or ``daily`` for automatic ones, ``manual`` or ``pre-migration``
for the others (which rotation never deletes). A backup is copied with SQLite's backup API
into a ``.part`` file, checked (integrity_check ok, foreign_key_check empty, kb_app's
application id), fsynced and renamed: a file with the final name was verified when written.

When a check finds the library damaged, ``backups/CORRUPT`` is written and no automatic
backup is taken until the damaged database is restored or set aside: good backups are never
rotated out by copies of a bad database. Verification results are cached in
``backups/verified.json`` (keyed by name, size and modification time) so listing is cheap.
"""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from kb_app.core.dto import BackupInfo
from kb_app.core.errors import KbError
from kb_app.core.storage.engine import file_problems, is_corruption, verified_backup
from kb_app.core.upkeep.durable import fsync_dir, write_text

BACKUP_DIR = "backups"
CORRUPT_FLAG = "CORRUPT"
CACHE_NAME = "verified.json"
AUTO_REASONS = ("exit", "daily")
DAILY_INTERVAL = timedelta(hours=24)
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^kb-(\d{8}T\d{12}Z)-([a-z][a-z-]*)\.sqlite3$")

AutoReason = Literal["exit", "daily"]


def stamp(moment: datetime) -> str:
    """The UTC stamp used in backup and set-aside file names."""
    return _utc(moment).strftime(STAMP_FORMAT)


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def parse_name(path: Path) -> tuple[datetime, str] | None:
    """``(UTC time, reason)`` of a backup file name, None when it is not one of ours."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        moment = datetime.strptime(match.group(1), STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None
    return moment, match.group(2)


def backup_reason(info: BackupInfo) -> str:
    """``exit``, ``daily``, ``manual``, ``pre-migration``… from a listed backup's name."""
    parsed = parse_name(Path(info.path))
    return parsed[1] if parsed else "unknown"


# -- the corrupt flag ------------------------------------------------------------------------


def corrupt_flag(folder: Path) -> Path:
    return folder / BACKUP_DIR / CORRUPT_FLAG


def is_flagged_corrupt(folder: Path) -> bool:
    return corrupt_flag(folder).exists()


def mark_corrupt(folder: Path, reason: str, now: datetime | None = None) -> None:
    """Record that the live database was found damaged: automatic backups stop."""
    flag = corrupt_flag(folder)
    flag.parent.mkdir(parents=True, exist_ok=True)
    moment = _utc(now or datetime.now(UTC)).isoformat()
    write_text(flag, f"{moment}\n{reason}\n")


def clear_corrupt_flag(folder: Path) -> None:
    """The damaged database was replaced or set aside: automatic backups may resume."""
    flag = corrupt_flag(folder)
    if flag.exists():
        flag.unlink()
        fsync_dir(flag.parent)


# -- listing ---------------------------------------------------------------------------------


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every named backup in ``folder/backups``, newest first, each with its verification."""
    directory = folder / BACKUP_DIR
    if not directory.is_dir():
        return []
    cache = _Cache(directory)
    found: list[tuple[datetime, str, BackupInfo]] = []
    for path in directory.iterdir():
        parsed = parse_name(path)
        if parsed is None or not path.is_file():
            continue
        verified = not cache.problems(path)
        info = BackupInfo(str(path), path.stat().st_size, verified, parsed[0].isoformat())
        found.append((parsed[0], path.name, info))
    cache.save()
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [info for _, _, info in found]


class _Cache:
    """Verification results keyed by file name, valid while size and mtime are unchanged."""

    def __init__(self, directory: Path) -> None:
        self.path = directory / CACHE_NAME
        self.changed = False
        self.entries: dict[str, dict[str, object]] = {}
        with suppress(OSError, ValueError):
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self.entries = {k: v for k, v in loaded.items() if isinstance(v, dict)}

    def problems(self, path: Path) -> list[str]:
        stat = path.stat()
        entry = self.entries.get(path.name, {})
        stored = entry.get("problems")
        same = entry.get("size") == stat.st_size and entry.get("mtime_ns") == stat.st_mtime_ns
        if same and isinstance(stored, list):
            return [str(p) for p in stored]
        problems = file_problems(path)
        self.record(path, problems)
        return problems

    def record(self, path: Path, problems: list[str]) -> None:
        stat = path.stat()
        self.entries[path.name] = {
            "size": stat.st_size,
            "mtime_ns": stat.st_mtime_ns,
            "problems": problems[:10],
        }
        self.changed = True

    def forget(self, name: str) -> None:
        if self.entries.pop(name, None) is not None:
            self.changed = True

    def save(self) -> None:
        if not self.changed or not self.path.parent.is_dir():
            return
        live = {k: v for k, v in self.entries.items() if (self.path.parent / k).exists()}
        with suppress(OSError):  # a cache: losing it only costs a new verification
            write_text(self.path, json.dumps(live, indent=1, sort_keys=True))
        self.changed = False


# -- automatic backups -----------------------------------------------------------------------


def auto_backup(
    folder: Path,
    engine: Engine,
    *,
    reason: AutoReason,
    now: datetime,
    keep: int = 10,
) -> BackupInfo | None:
    """Take a verified automatic backup, then rotate; None when none was due or allowed.

    ``daily`` backs up only when the newest verified automatic backup is 24 h old or more;
    ``exit`` always does. Nothing is taken while the library is flagged corrupt, and a copy
    that fails its check flags the library (and is not kept). Rotation keeps the ``keep``
    newest verified automatic backups and runs only after the new one is verified.
    """
    if reason not in AUTO_REASONS:
        raise ValueError(f"reason must be one of {AUTO_REASONS}")
    if keep < 1:
        raise ValueError("keep must be at least 1")
    if is_flagged_corrupt(folder):
        return None
    directory = folder / BACKUP_DIR
    directory.mkdir(parents=True, exist_ok=True)
    _sweep_parts(directory)
    cache = _Cache(directory)
    autos = _automatic(directory, cache)
    if reason == "daily" and autos and _utc(now) - autos[0][0] < DAILY_INTERVAL:
        return None
    target = _free_target(directory, now, reason)
    try:
        problems = verified_backup(engine, target)
    except (DBAPIError, OSError, sqlite3.Error) as exc:
        if is_corruption(exc):
            mark_corrupt(folder, f"the automatic backup could not read the library: {exc}", now)
            return None
        raise KbError("backup.auto_failed", detail=str(exc)) from exc
    if problems:
        detail = "; ".join(problems[:3])
        mark_corrupt(folder, f"the automatic backup failed its check: {detail}", now)
        return None
    cache.record(target, [])
    _rotate(directory, cache, [(_utc(now), target), *autos], keep)
    cache.save()
    return BackupInfo(str(target), target.stat().st_size, True, _utc(now).isoformat())


def _automatic(directory: Path, cache: _Cache) -> list[tuple[datetime, Path]]:
    """Verified automatic backups, newest first."""
    found = []
    for path in directory.iterdir():
        parsed = parse_name(path)
        if parsed and parsed[1] in AUTO_REASONS and path.is_file() and not cache.problems(path):
            found.append((parsed[0], path))
    found.sort(key=lambda item: (item[0], item[1].name), reverse=True)
    return found


def _rotate(
    directory: Path, cache: _Cache, verified: list[tuple[datetime, Path]], keep: int
) -> None:
    """Delete automatic backups older than the ``keep`` newest verified ones."""
    if len(verified) <= keep:
        return
    oldest_kept = verified[keep - 1][0]
    kept = {path.name for _, path in verified[:keep]}
    for path in directory.iterdir():
        parsed = parse_name(path)
        if parsed is None or parsed[1] not in AUTO_REASONS or path.name in kept:
            continue
        if parsed[0] <= oldest_kept:
            path.unlink(missing_ok=True)
            cache.forget(path.name)
    fsync_dir(directory)


def _free_target(directory: Path, now: datetime, reason: str) -> Path:
    moment = _utc(now)
    while True:
        target = directory / f"kb-{stamp(moment)}-{reason}.sqlite3"
        if not target.exists():
            return target
        moment += timedelta(microseconds=1)


def _sweep_parts(directory: Path) -> None:
    """Remove half-written backups left by a crash (ours only: ``kb-*.sqlite3.part``)."""
    for part in directory.glob("kb-*.sqlite3.part"):
        part.unlink(missing_ok=True)


# -- small file helpers ----------------------------------------------------------------------
