"""What is done to a library folder that is not open, or not yet: opening it at start with
recovery, restoring a backup, salvaging a damaged base, an empty new base, the backups list.

The window and the CLI call these through ``kb_app.core.library``; the work itself is
``upkeep``'s (durable renames, verified copies), this module only composes it with ``Library``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError

from kb_app.core.dto import BackupInfo, RestoreInfo
from kb_app.core.errors import LibraryDamaged
from kb_app.core.library.facade import Library
from kb_app.core.storage.engine import is_corruption
from kb_app.core.upkeep.backups import parse_name
from kb_app.core.upkeep.opening import DB_NAME, create
from kb_app.core.upkeep.recovery import newest_verified_backup, quarantine, restore


@dataclass(frozen=True)
class Recovery:
    """The outcome of ``open_or_recover``: an open library, or what to offer the user."""

    library: Library | None
    damaged: Path | None = None
    restored: RestoreInfo | None = None
    offer: BackupInfo | None = None


def open_or_recover(folder: Path, *, restore_newest: bool, **open_kwargs: Any) -> Recovery:
    """Open the library; when it is damaged, set it aside and restore or say what to offer.

    A damaged database is quarantined (renamed, never deleted). With ``restore_newest``
    the newest verified backup is restored and the library opened; otherwise, or when
    there is no usable backup, ``library`` is None and ``offer`` names the backup to offer
    (None: offer salvage or a new empty library). Other refusals (too new, not a library)
    propagate untouched.
    """
    folder = Path(folder).expanduser().absolute()
    try:
        return Recovery(Library(folder, **open_kwargs))
    except (LibraryDamaged, DBAPIError) as exc:
        damaged_db = isinstance(exc, LibraryDamaged) or is_corruption(exc)
        if not damaged_db or not (folder / DB_NAME).exists():
            raise
    damaged = quarantine(folder)
    offer = newest_verified_backup(folder)
    if offer is None or not restore_newest:
        return Recovery(None, damaged, None, offer)
    restored = restore(folder, Path(offer.path))
    library = Library(folder, create=False, **open_kwargs)
    return Recovery(library, damaged, restored, offer)


def set_aside_earlier(folder: Path) -> Recovery | None:
    """A folder whose database was set aside as damaged and not replaced since (the user
    quit at the damaged-library dialog): the same choices, offered again."""
    if (folder / DB_NAME).exists():
        return None
    damaged = sorted(
        p for p in folder.glob(f"{DB_NAME}.damaged-*") if not p.name.endswith(("-wal", "-shm"))
    )
    if not damaged:
        return None
    return Recovery(None, damaged[-1], None, newest_verified_backup(folder))


def backup_kind(path: Path) -> str:
    """``daily``, ``exit``, ``manual``… from a backup's file name alone (no SQL); "" if unknown."""
    parsed = parse_name(Path(path))
    return parsed[1] if parsed else ""


def create_empty(folder: Path) -> None:
    """A new library database without the seed (after a damaged one was set aside)."""
    create(folder, None, None)
