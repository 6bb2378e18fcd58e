"""The attachment store: files named by their SHA-256 inside ``<library>/attachments``.

Layout: ``attachments/<sha256[:2]>/<sha256>`` (no extension: the original name lives only in
the database) and partial copies in ``attachments/tmp/<random>.part``. A copy is durable
before it becomes visible (RELIABILITY.md T07/T15): the ``.part`` is written while hashing,
fsynced, renamed into place with ``os.replace``, then its directory is fsynced. The caller
commits the database row only after that, so a row never names an incomplete file.

No name given by a user is ever used to build a path here: paths come from the hash only.
``check_store`` compares the store with the ``attachment`` rows (for ``kb check``).
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import secrets
import stat
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, Row, select

from kb_app.core.errors import KbError, LibraryDamaged, Message, Problem, ValidationError
from kb_app.core.storage.models import Attachment
from kb_app.core.storage.session import reading
from kb_app.core.upkeep.crash import crashpoint
from kb_app.core.upkeep.durable import fsync_dir

STORE = "attachments"
TMP = "tmp"
PART_SUFFIX = ".part"
CHUNK = 1024 * 1024
DEFAULT_MAX_SIZE = 2 * 1024**3
_SHA256 = re.compile(r"[0-9a-f]{64}")
_PREFIX = re.compile(r"[0-9a-f]{2}")
_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)


@dataclass(frozen=True)
class StoredFile:
    """A file now complete and durable in the store."""

    sha256: str
    size: int
    path: Path
    created: bool  # False when the same content was already stored


def store_root(folder: Path) -> Path:
    return folder / STORE


def stored_path(folder: Path, sha256: str) -> Path:
    """Where the content with this hash lives; a malformed hash is refused, never joined."""
    if not _SHA256.fullmatch(sha256):
        raise LibraryDamaged("attachment.bad_hash", sha256=sha256[:80])
    return store_root(folder) / sha256[:2] / sha256


def write_chunk(fd: int, data: bytes) -> None:
    """Write all of ``data`` (``os.write`` may write less than asked)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _too_big(source: Path, max_size: int) -> ValidationError:
    if max_size >= 1024**3:
        limit = {"limit": f"{max_size / 1024**3:.1f}"}
        problem = Problem(str(source), "attachment.over_limit_gib", None, limit)
    else:
        problem = Problem(str(source), "attachment.over_limit_bytes", None, {"limit": max_size})
    return ValidationError("attachment.too_big", [problem], name=source.name)


def open_source(source: Path, max_size: int) -> tuple[int, int]:
    """``(fd, size)`` of a regular file, opened without following a symbolic link."""
    where = str(source)
    try:
        before = os.lstat(source)
    except OSError as exc:
        problem = Problem(where, "attachment.unreadable", None, {"detail": exc.strerror})
        raise ValidationError("attachment.refused", [problem], name=source.name) from None
    if stat.S_ISLNK(before.st_mode):
        problem = Problem(where, "attachment.symlink")
        raise ValidationError("attachment.refused", [problem], name=source.name)
    if not stat.S_ISREG(before.st_mode):
        problem = Problem(where, "attachment.not_regular")
        raise ValidationError("attachment.refused", [problem], name=source.name)
    if before.st_size > max_size:
        raise _too_big(source, max_size)
    flags = os.O_RDONLY | _BINARY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(source, flags)
    except OSError as exc:
        problem = Problem(where, "attachment.unreadable", None, {"detail": exc.strerror})
        raise ValidationError("attachment.refused", [problem], name=source.name) from None
    after = os.fstat(fd)
    if not stat.S_ISREG(after.st_mode) or (after.st_dev, after.st_ino) != (
        before.st_dev,
        before.st_ino,
    ):
        os.close(fd)
        problem = Problem(where, "attachment.changed")
        raise ValidationError("attachment.refused", [problem], name=source.name)
    return fd, after.st_size


def _copy(src_fd: int, part: Path, source: Path, max_size: int) -> tuple[str, int]:
    """Copy into ``part`` while hashing; fsync it. Returns ``(sha256, size)``."""
    hasher = hashlib.sha256()
    total = 0
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY | _NOFOLLOW, 0o644)
    try:
        while chunk := os.read(src_fd, CHUNK):
            total += len(chunk)
            if total > max_size:  # the file grew after it was measured
                raise _too_big(source, max_size)
            hasher.update(chunk)
            write_chunk(fd, chunk)
            crashpoint("attachment_copy_chunk")
        os.fsync(fd)
    finally:
        os.close(fd)
    return hasher.hexdigest(), total


def hash_file(path: Path) -> str:
    """SHA-256 of a stored file, read in chunks without following a symbolic link."""
    hasher = hashlib.sha256()
    fd = os.open(path, os.O_RDONLY | _BINARY | _NOFOLLOW)
    try:
        while chunk := os.read(fd, CHUNK):
            hasher.update(chunk)
    finally:
        os.close(fd)
    return hasher.hexdigest()


def _holds(path: Path, sha256: str, size: int) -> bool:
    """True when ``path`` is a regular file that already holds exactly this content."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return False
    return stat.S_ISREG(st.st_mode) and st.st_size == size and hash_file(path) == sha256


def _install(folder: Path, part: Path, sha256: str, size: int) -> StoredFile:
    final = stored_path(folder, sha256)
    subdir = final.parent
    new_dir = not subdir.exists()
    subdir.mkdir(exist_ok=True)
    if new_dir:
        fsync_dir(subdir.parent)
    crashpoint("attachment_before_replace")
    if _holds(final, sha256, size):
        part.unlink()
        return StoredFile(sha256, size, final, created=False)
    os.replace(part, final)
    crashpoint("attachment_after_replace")
    fsync_dir(subdir)
    return StoredFile(sha256, size, final, created=True)


def storage_error(exc: OSError, activity: str) -> KbError:
    """The error for a file-system failure during ``activity`` (a word of the « activity »
    vocabulary: copy, remove, read_copy, check); nothing was added."""
    if exc.errno in _FULL:
        return KbError("attachment.disk_full", activity=activity)
    return KbError("attachment.store_unwritable", activity=activity, detail=exc.strerror)


def store_file(folder: Path, source: Path, *, max_size: int = DEFAULT_MAX_SIZE) -> StoredFile:
    """Copy ``source`` into the store by the durable protocol; no ``.part`` survives a failure."""
    src_fd, _size = open_source(source, max_size)
    try:
        tmp = store_root(folder) / TMP
        tmp.mkdir(parents=True, exist_ok=True)
        part = tmp / f"{secrets.token_hex(16)}{PART_SUFFIX}"
        try:
            sha256, size = _copy(src_fd, part, source, max_size)
            return _install(folder, part, sha256, size)
        except OSError as exc:
            raise storage_error(exc, "copy") from None
        finally:
            part.unlink(missing_ok=True)
    finally:
        os.close(src_fd)


def remove_stored(folder: Path, sha256: str) -> None:
    """Delete the stored content with this hash (when no row references it any more)."""
    path = stored_path(folder, sha256)
    try:
        path.unlink(missing_ok=True)
        fsync_dir(path.parent)
    except OSError as exc:
        raise storage_error(exc, "remove") from None


def partial_copies(folder: Path) -> list[Path]:
    """``*.part`` files left by interrupted copies."""
    tmp = store_root(folder) / TMP
    if not tmp.is_dir():
        return []
    return sorted(p for p in tmp.iterdir() if p.name.endswith(PART_SUFFIX))


def stored_entries(folder: Path) -> Iterator[tuple[Path, bool]]:
    """Each entry of the hash folders, with True when it is a well-named regular file."""
    root = store_root(folder)
    if not root.is_dir():
        return
    for sub in sorted(root.iterdir()):
        if not _PREFIX.fullmatch(sub.name) or sub.is_symlink() or not sub.is_dir():
            continue
        for entry in sorted(sub.iterdir()):
            well_named = _SHA256.fullmatch(entry.name) is not None and entry.name[:2] == sub.name
            regular = stat.S_ISREG(os.lstat(entry).st_mode)
            yield entry, well_named and regular


def _old_enough(path: Path, min_age: float) -> bool:
    """False for a file younger than ``min_age`` seconds: maybe an add still in progress."""
    return min_age <= 0 or time.time() - os.lstat(path).st_mtime >= min_age


def check_store(
    folder: Path, engine: Engine, repair: bool, *, min_age: float = 0.0
) -> tuple[list[Message], list[Message]]:
    """``(problems, repaired)``: partial copies, unreferenced files, missing or damaged files.

    With ``repair``, partial copies and unreferenced files are removed; a row is never
    deleted (its missing or damaged file is reported for a person to restore). Leftovers
    younger than ``min_age`` seconds are left alone: another process may be adding them.
    """
    problems: list[Message] = []
    repaired: list[Message] = []
    for part in partial_copies(folder):
        where = part.relative_to(folder).as_posix()
        if not _old_enough(part, min_age):
            continue
        if repair:
            part.unlink(missing_ok=True)
            repaired.append(Message.of("check.part_removed", where=where))
        else:
            problems.append(Message.of("check.part_left", where=where))
    with reading(engine) as s:
        rows = s.execute(select(Attachment.id, Attachment.sha256).order_by(Attachment.id)).all()
    used = {sha for _, sha in rows}
    for entry, well_named in stored_entries(folder):
        where = entry.relative_to(folder).as_posix()
        if not well_named:
            problems.append(Message.of("check.unexpected_entry", where=where))
        elif entry.name in used or not _old_enough(entry, min_age):
            continue
        elif repair:
            remove_stored(folder, entry.name)
            repaired.append(Message.of("check.unreferenced_removed", where=where))
        else:
            problems.append(Message.of("check.unreferenced", where=where))
    problems += _row_problems(folder, rows)
    return problems, repaired


def _row_problems(folder: Path, rows: Sequence[Row[int, str]]) -> list[Message]:
    problems: list[Message] = []
    for aid, sha in rows:
        try:
            path = stored_path(folder, sha)
        except LibraryDamaged as exc:
            problems.append(Message.of("check.attachment_unusable", id=aid, detail=exc.message))
            continue
        where = path.relative_to(folder).as_posix()
        if path.is_symlink() or not path.is_file():
            problems.append(Message.of("check.attachment_missing", id=aid, where=where))
        elif hash_file(path) != sha:
            problems.append(Message.of("check.attachment_damaged", id=aid, where=where))
    return problems
