"""Copying an open library to a new folder: the core of « Déplacer la bibliothèque… ».

The source is never written: the database is copied with SQLite's backup API from the open
engine (a consistent snapshot, checked before it is renamed into place), the attachments and
the backups are copied file by file, and the search index is left behind (the copy builds its
own at its first opening: an index is never taken from another folder). The database is the
last thing to arrive, so a target holding ``library.sqlite3`` holds a whole library; when
anything fails on the way (a full disk, a folder that may not be written), what was written
into the target is removed and the target is left as it was found (empty, or absent).

Whether to switch to the copy, and what to do with the old folder, is the caller's choice:
``folders.copy_library`` opens the copy to check it, ``folders.leave_moved_note`` writes a
note into the old folder saying where the library went.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import func, select

from kb_app.core.dto import LibraryMove
from kb_app.core.errors import LibraryDamaged, LibraryError, ValidationError
from kb_app.core.library.context import Context
from kb_app.core.storage.engine import verified_backup
from kb_app.core.storage.models import Fiche
from kb_app.core.upkeep import durable
from kb_app.core.upkeep.durable import fsync_dir
from kb_app.core.upkeep.opening import DB_NAME

#: What a library folder holds that the copy takes along (``index`` is rebuilt instead).
COPIED_FOLDERS = ("attachments", "backups")


def check_target(source: Path, target: Path) -> Path:
    """The absolute target, or a refusal naming it: it must be new or an empty folder,
    outside the library (and the library not inside it)."""
    target = Path(target).expanduser().absolute()
    source = Path(source).absolute()
    if target == source or target.is_relative_to(source) or source.is_relative_to(target):
        raise ValidationError("library.move_into_itself", path=str(target), library=str(source))
    if target.exists() and not target.is_dir():
        raise ValidationError("library.is_a_file", path=str(target))
    if target.is_dir() and any(target.iterdir()):
        raise ValidationError("library.move_target_not_empty", path=str(target))
    return target


class Relocation:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def fiche_count(self) -> int:
        """Every fiche, those in the trash included (what a copy must hold too)."""
        with self.ctx.read() as s:
            return int(s.scalar(select(func.count()).select_from(Fiche)) or 0)

    def copy_to(self, target: Path) -> LibraryMove:
        """Copy this library into ``target`` (new or empty); the source is left untouched.

        Raises ``ValidationError`` for a target that may not receive it, ``LibraryError``
        (``library.copy_failed``) when the copy fails on the way: then nothing of it is left.
        """
        source = self.ctx.folder
        target = check_target(source, target)
        created = not target.exists()
        try:
            target.mkdir(parents=True, exist_ok=True)
            for name in COPIED_FOLDERS:
                if (source / name).is_dir():
                    shutil.copytree(source / name, target / name, symlinks=True)
            (target / "index").mkdir()
            problems = verified_backup(self.ctx.engine, target / DB_NAME)  # last: all or nothing
            if problems:
                raise LibraryDamaged(
                    "library.copy_damaged", path=str(target), detail="; ".join(problems[:3])
                )
            fsync_dir(target)
        except OSError as exc:
            _remove_copy(target, created)
            raise LibraryError(
                "library.copy_failed", path=str(target), detail=exc.strerror or str(exc)
            ) from exc
        except BaseException:
            _remove_copy(target, created)
            raise
        return LibraryMove(str(source), str(target), self.fiche_count())


def _remove_copy(target: Path, created: bool) -> None:
    """Take back what a failed copy wrote: the folder if it made it, else its content (the
    folder was empty when the copy began)."""
    if created:
        shutil.rmtree(target, ignore_errors=True)
        return
    if not target.is_dir():
        return
    for child in target.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)


def remove_copy(target: Path) -> None:
    """Empty ``target`` again after a copy that did not pass its check (it was empty)."""
    _remove_copy(Path(target), created=False)


def note_path(old: Path) -> Path:
    return Path(old) / NOTE_NAME


NOTE_NAME = "BIBLIOTHEQUE-DEPLACEE.txt"


def write_note(old: Path, text: str) -> Path:
    """The note left in the old folder (``durable.write_text``: whole or not at all)."""
    note = note_path(old)
    durable.write_text(note, text)
    return note
