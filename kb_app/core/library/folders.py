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

from kb_app.core.dto import BackupInfo, LibraryMove, RestoreInfo
from kb_app.core.errors import LibraryDamaged, NotALibrary
from kb_app.core.library.facade import Library
from kb_app.core.library.relocation import check_target, remove_copy, write_note
from kb_app.core.messages import render
from kb_app.core.storage.engine import is_corruption
from kb_app.core.upkeep.backups import parse_name
from kb_app.core.upkeep.opening import DB_NAME, check_openable, create
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


def check_library(folder: Path) -> Path:
    """``folder`` (absolute) when it holds a library; else a refusal naming it (nothing is
    created: « Ouvrir une bibliothèque… » opens, « Nouvelle bibliothèque… » creates)."""
    folder = Path(folder).expanduser().absolute()
    if not folder.exists():
        raise NotALibrary("library.no_folder", path=str(folder))
    if not folder.is_dir():
        raise NotALibrary("library.is_a_file", path=str(folder))
    if not (folder / DB_NAME).exists():
        raise NotALibrary("library.not_a_library", path=str(folder), database=DB_NAME)
    return folder


def check_new_library(folder: Path) -> Path:
    """``folder`` (absolute) when a new library may be made there (new or empty)."""
    folder = Path(folder).expanduser().absolute()
    if check_openable(folder):
        raise NotALibrary("library.already_here", path=str(folder))
    return folder


def check_move_target(library: Library, target: Path) -> Path:
    """The target of a move, or the refusal naming it (before anything is copied)."""
    return check_target(library.folder, target)


def copy_library(library: Library, target: Path) -> LibraryMove:
    """Copy the open ``library`` into ``target`` and check that the copy opens and holds
    every fiche; a copy that fails or differs is removed (the source is never written)."""
    copied = library.copy_to(target)
    expected = copied.fiches  # counted on the source as the copy was made
    try:
        with Library(Path(copied.target), create=False, indexing="off") as copy:
            found = copy.relocation.fiche_count()
    except BaseException:
        remove_copy(Path(copied.target))
        raise
    if found != expected:
        remove_copy(Path(copied.target))
        raise LibraryDamaged(
            "library.copy_differs", path=copied.target, expected=expected, found=found
        )
    return copied


def leave_moved_note(moved: LibraryMove) -> LibraryMove:
    """Once the window (or ``kb``) uses the copy: a note in the old folder, in French and in
    English, saying where the library went. The old folder is kept, not deleted: it is the
    one copy known good until the new one has been used, and deleting a folder is the user's
    decision (the note says it may be deleted)."""
    text = "\n\n".join(
        render("library.moved_note", {"to": moved.target, "when": _today()}, lang)
        for lang in ("fr", "en")
    )
    note = write_note(Path(moved.source), text + "\n")
    return LibraryMove(moved.source, moved.target, moved.fiches, str(note))


def _today() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
