"""Attachments: files kept with a fiche, stored by content hash, their text made searchable.

The file is copied into the store first (durably, see ``storage.attachment_store``), its
text is extracted next (slow: outside any transaction), and only then is the row inserted
with the fiche enqueued for re-indexing, in one transaction. A crash at any point leaves at
worst a ``.part`` or an unreferenced stored file, which ``sweep`` reports and removes; a row
never references a missing file. The original name is kept for display only.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from kb_app.core.dto import AttachmentInfo
from kb_app.core.errors import (
    KbError,
    LibraryDamaged,
    Message,
    NotFound,
    Problem,
    ValidationError,
)
from kb_app.core.interchange.attachment_text import display_name, extract_text, media_type
from kb_app.core.library.context import Context
from kb_app.core.storage import attachment_store as fs
from kb_app.core.storage import changes
from kb_app.core.storage import fiches as store
from kb_app.core.storage.engine import storage_failure
from kb_app.core.storage.models import Attachment, Fiche
from kb_app.core.upkeep.crash import crashpoint

DEFAULT_MAX_SIZE = fs.DEFAULT_MAX_SIZE


@contextmanager
def _db_errors() -> Iterator[None]:
    """Database failures become the storage sentence; the product's errors pass through."""
    try:
        yield
    except KbError:
        raise
    except Exception as exc:
        failure = storage_failure(exc)
        if failure is None:
            raise
        raise failure from exc


def _already(name: str, fiche_key: str) -> ValidationError:
    problem = Problem(name, "attachment.same_content")
    return ValidationError("attachment.already_attached", [problem], key=fiche_key)


_COLUMNS = (
    Attachment.id,
    Attachment.uid,
    Fiche.key,
    Attachment.sha256,
    Attachment.original_name,
    Attachment.media_type,
    Attachment.size,
    func.coalesce(func.length(Attachment.text), 0) > 0,
    Attachment.created_at,
)


def _info_of(row: Any, notes: tuple[Message, ...] = ()) -> AttachmentInfo:
    aid, uid, key, sha, name, media, size, has_text, created = row
    return AttachmentInfo(
        aid, uid, key, sha, name, media, size, bool(has_text), created.isoformat(), notes
    )


class Attachments:
    """Attach, list, open and detach files; each change re-indexes its fiche."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def add_attachment(
        self,
        fiche_key: str,
        source: Path,
        *,
        original_name: str | None = None,
        max_size: int = DEFAULT_MAX_SIZE,
    ) -> AttachmentInfo:
        """Attach the file ``source`` to a fiche (all or nothing); its text becomes searchable."""
        source = Path(source)
        name = display_name(source.name if original_name is None else original_name)
        with _db_errors(), self.ctx.read() as s:
            store.get_row(s, fiche_key, include_deleted=False)  # before copying anything
        stored = fs.store_file(self.ctx.folder, source, max_size=max_size)
        try:
            key, extract, text = self._prepare(fiche_key, stored.sha256, name)
            try:
                media = media_type(name, stored.path)
                notes: tuple[Message, ...] = ()
                if extract:
                    text, notes = extract_text(stored.path, name, media)
            except OSError as exc:
                raise fs.storage_error(exc, "read_copy") from None
            aid = self._insert(key, stored, name, media, text)
        except BaseException:
            if stored.created:
                with suppress(KbError):
                    self._discard_if_unreferenced(stored.sha256)
            raise
        with _db_errors(), self.ctx.read() as s:
            return _info_of(s.execute(_select().where(Attachment.id == aid)).one(), notes)

    def attachments_of(self, fiche_key: str) -> list[AttachmentInfo]:
        """The attachments of a fiche, oldest first."""
        with _db_errors(), self.ctx.read() as s:
            fiche = store.get_row(s, fiche_key)
            rows = s.execute(
                _select().where(Attachment.fiche_id == fiche.id).order_by(Attachment.id)
            ).all()
        return [_info_of(r) for r in rows]

    def attachment_path(self, attachment_id: int) -> Path:
        """The stored file of an attachment (for the system viewer), proven inside the store."""
        path = fs.stored_path(self.ctx.folder, self._sha_of(attachment_id)).resolve()
        if not path.is_relative_to(fs.store_root(self.ctx.folder).resolve()):
            raise LibraryDamaged("attachment.outside_store", id=attachment_id)
        if not path.is_file():
            raise NotFound("attachment.file_missing", id=attachment_id)
        return path

    def remove_attachment(self, attachment_id: int) -> AttachmentInfo:
        """Detach a file; its stored copy is deleted when no other fiche still uses it."""
        with _db_errors(), self.ctx.write() as s:
            found = s.execute(_select().where(Attachment.id == attachment_id)).first()
            if found is None:
                raise NotFound("attachment.not_found", id=attachment_id)
            info = _info_of(found)
            s.delete(s.get(Attachment, attachment_id))
            changes.record(s, [info.fiche_key])
            s.flush()
            shared = s.scalar(select(func.count()).where(Attachment.sha256 == info.sha256))
        if not shared:
            fs.remove_stored(self.ctx.folder, info.sha256)
        return info

    def sweep_attachments(self, repair: bool = False, *, min_age: float = 0.0) -> list[Message]:
        """What ``check_store`` found and, with ``repair``, removed (messages).

        ``min_age`` (seconds) spares leftovers that another process may still be adding:
        a startup sweep should pass an hour or so; ``kb check`` right after a crash, 0.
        """
        try:
            with _db_errors():
                problems, repaired = fs.check_store(
                    self.ctx.folder, self.ctx.engine, repair, min_age=min_age
                )
        except OSError as exc:
            raise fs.storage_error(exc, "check") from None
        return problems + repaired

    # -- steps ---------------------------------------------------------------------------------

    def _prepare(self, fiche_key: str, sha256: str, name: str) -> tuple[str, bool, str | None]:
        """``(fiche key, needs extraction, known text)``; refuses a file already attached."""
        with _db_errors(), self.ctx.read() as s:
            fiche = store.get_row(s, fiche_key, include_deleted=False)
            fiche_id, key = fiche.id, fiche.key
            same = s.execute(
                select(Attachment.fiche_id, Attachment.text).where(Attachment.sha256 == sha256)
            ).all()
        if any(fid == fiche_id for fid, _ in same):
            raise _already(name, key)
        known = next((text for _, text in same if text), None)
        return key, known is None, known

    def _insert(
        self,
        fiche_key: str,
        stored: fs.StoredFile,
        name: str,
        media: str | None,
        text: str | None,
    ) -> int:
        with _db_errors():
            try:
                with self.ctx.write() as s:
                    fiche = store.get_row(s, fiche_key, include_deleted=False)
                    row = Attachment(
                        fiche_id=fiche.id,
                        sha256=stored.sha256,
                        original_name=name,
                        media_type=media,
                        size=stored.size,
                        text=text,
                    )
                    s.add(row)
                    changes.record(s, [fiche.key])
                    s.flush()
                    crashpoint("attachment_before_commit")
                    return row.id
            except IntegrityError:  # the same file, attached to this fiche meanwhile
                raise _already(name, fiche_key) from None

    def _discard_if_unreferenced(self, sha256: str) -> None:
        with _db_errors(), self.ctx.read() as s:
            used = s.scalar(select(func.count()).where(Attachment.sha256 == sha256))
        if not used:
            fs.remove_stored(self.ctx.folder, sha256)

    def _sha_of(self, attachment_id: int) -> str:
        with _db_errors(), self.ctx.read() as s:
            sha = s.scalar(select(Attachment.sha256).where(Attachment.id == attachment_id))
        if sha is None:
            raise NotFound("attachment.not_found", id=attachment_id)
        return sha


def _select() -> Any:
    return select(*_COLUMNS).join(Fiche, Fiche.id == Attachment.fiche_id)
