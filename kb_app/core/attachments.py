"""Attachments: files kept with a fiche, stored by content hash, their text made searchable.

The file is copied into the store first (durably, see ``storage.attachment_store``), its
text is extracted next (slow: outside any transaction), and only then is the row inserted
with the fiche enqueued for re-indexing, in one transaction. A crash at any point leaves at
worst a ``.part`` or an unreferenced stored file, which ``sweep`` reports and removes; a row
never references a missing file. The original name is kept for display only.
"""

from __future__ import annotations

import mimetypes
import time
import unicodedata
import warnings
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import IntegrityError

from kb_app.core.crash import crashpoint
from kb_app.core.errors import KbError, LibraryDamaged, NotFound, Problem, ValidationError
from kb_app.core.interchange.decoding import decode
from kb_app.core.storage import attachment_store as fs
from kb_app.core.storage import fiches as store
from kb_app.core.storage.engine import storage_failure
from kb_app.core.storage.models import Attachment, Fiche
from kb_app.core.storage.session import reading, transaction

DEFAULT_MAX_SIZE = fs.DEFAULT_MAX_SIZE
MAX_PDF_PAGES = 2000
MAX_TEXT_CHARS = 5_000_000
MAX_EXTRACT_SECONDS = 300.0
MAX_NAME_CHARS = 255
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".csv", ".tsv", ".rst"})
_BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    uid: str
    fiche_key: str
    sha256: str
    original_name: str
    media_type: str | None
    size: int
    has_text: bool
    created_at: str
    warning: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# -- names and text ------------------------------------------------------------------------


def display_name(name: str) -> str:
    """A name fit for display: last path component, no control characters, NFC, 255 chars."""
    text = unicodedata.normalize("NFC", name).replace("\\", "/")
    text = text.rsplit("/", 1)[-1]
    if len(text) >= 2 and text[1] == ":" and text[0].isascii() and text[0].isalpha():
        text = text[2:]  # a drive-relative name such as « C:x.pdf »
    text = "".join(
        c for c in text if unicodedata.category(c) != "Cc" and c not in _BIDI_CONTROLS
    ).strip()
    if text in ("", ".", ".."):
        return "attachment"
    if len(text) > MAX_NAME_CHARS:
        stem, dot, suffix = text.rpartition(".")
        if dot and stem and len(suffix) <= 16:
            text = stem[: MAX_NAME_CHARS - len(suffix) - 1].rstrip() + "." + suffix
        else:
            text = text[:MAX_NAME_CHARS].rstrip()
    return text


def _is_pdf(path: Path, media_type: str | None) -> bool:
    with path.open("rb") as fh:
        head = fh.read(1024)
    return media_type == "application/pdf" or b"%PDF-" in head


def _media_type(name: str, path: Path) -> str | None:
    guessed = mimetypes.guess_type(name)[0]
    if guessed is None and _is_pdf(path, None):
        return "application/pdf"
    return guessed


def extract_text(path: Path, name: str, media_type: str | None) -> tuple[str | None, str | None]:
    """``(text, warning)`` of a stored file: PDF or plain text, bounded; never raises."""
    if _is_pdf(path, media_type):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return _pdf_text(path)
        except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on broken files
            return None, f"the text of the PDF could not be read ({type(exc).__name__})"
    if (media_type or "").startswith("text/") or Path(name).suffix.lower() in TEXT_SUFFIXES:
        return _plain_text(path, name)
    return None, None


def _pdf_text(path: Path) -> tuple[str | None, str | None]:
    from pypdf import PdfReader  # only when a PDF is attached

    notes: list[str] = []
    parts: list[str] = []
    total = 0
    deadline = time.monotonic() + MAX_EXTRACT_SECONDS
    with path.open("rb") as fh:  # a file object: pypdf reads it lazily, not all in memory
        reader = PdfReader(fh, strict=False)
        if reader.is_encrypted:
            reader.decrypt("")
        count = len(reader.pages)
        for number in range(min(count, MAX_PDF_PAGES)):
            if time.monotonic() > deadline:
                notes.append(f"text read from the first {number} pages only (time limit)")
                break
            try:
                page_text = reader.pages[number].extract_text() or ""
            except Exception:  # noqa: BLE001 - one broken page does not lose the others
                notes.append(f"page {number + 1} could not be read")
                continue
            parts.append(page_text[: MAX_TEXT_CHARS - total])
            total += len(parts[-1])
            if total >= MAX_TEXT_CHARS:
                notes.append(f"text cut at {MAX_TEXT_CHARS:,} characters")
                break
    if count > MAX_PDF_PAGES:
        notes.append(f"only the first {MAX_PDF_PAGES} of {count} pages were read")
    text = "\n".join(parts).replace("\x00", "").strip()
    if not text:
        notes.append("the PDF holds no text (scanned pages?)")
    return text or None, "; ".join(notes) or None


def _plain_text(path: Path, name: str) -> tuple[str | None, str | None]:
    with path.open("rb") as fh:
        data = fh.read(MAX_TEXT_CHARS + 1)
    truncated = len(data) > MAX_TEXT_CHARS
    data = data[:MAX_TEXT_CHARS]
    error: ValidationError | None = None
    for cut in range(4 if truncated else 1):  # a cut may split a multi-byte character
        try:
            decoded = decode(data[: len(data) - cut], name)
        except ValidationError as exc:
            error = exc
            continue
        notes = [p.message for p in decoded.warnings]
        if truncated:
            notes.append(f"text cut at {MAX_TEXT_CHARS:,} bytes")
        return decoded.text.strip() or None, "; ".join(notes) or None
    detail = error.problems[0].message if error and error.problems else "unknown encoding"
    return None, f"the text could not be decoded ({detail})"


# -- database ------------------------------------------------------------------------------


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
    return ValidationError(
        f"this file is already attached to « {fiche_key} »",
        [Problem(name, "the same content is already attached to this fiche")],
    )


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


def _info_of(row: Any, warning: str | None = None) -> AttachmentInfo:
    aid, uid, key, sha, name, media, size, has_text, created = row
    return AttachmentInfo(
        aid, uid, key, sha, name, media, size, bool(has_text), created.isoformat(), warning
    )


def _prepare(
    engine: Engine, fiche_key: str, sha256: str, name: str
) -> tuple[str, bool, str | None]:
    """``(fiche key, needs extraction, known text)``; refuses a file already attached."""
    with _db_errors(), reading(engine) as s:
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
    engine: Engine,
    fiche_key: str,
    stored: fs.StoredFile,
    name: str,
    media: str | None,
    text: str | None,
) -> int:
    with _db_errors():
        try:
            with transaction(engine) as s:
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
                store.enqueue(s, fiche.key)
                s.flush()
                crashpoint("attachment_before_commit")
                return row.id
        except IntegrityError:  # the same file, attached to this fiche meanwhile
            raise _already(name, fiche_key) from None


def _discard_if_unreferenced(engine: Engine, folder: Path, sha256: str) -> None:
    with _db_errors(), reading(engine) as s:
        used = s.scalar(select(func.count()).where(Attachment.sha256 == sha256))
    if not used:
        fs.remove_stored(folder, sha256)


def add_attachment(
    engine: Engine,
    folder: Path,
    fiche_key: str,
    source: Path,
    *,
    original_name: str | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
) -> AttachmentInfo:
    """Attach the file ``source`` to a fiche (all or nothing); its text becomes searchable."""
    source = Path(source)
    name = display_name(source.name if original_name is None else original_name)
    with _db_errors(), reading(engine) as s:
        store.get_row(s, fiche_key, include_deleted=False)  # before copying anything
    stored = fs.store_file(folder, source, max_size=max_size)
    try:
        key, extract, text = _prepare(engine, fiche_key, stored.sha256, name)
        try:
            media = _media_type(name, stored.path)
            warning = None
            if extract:
                text, warning = extract_text(stored.path, name, media)
        except OSError as exc:
            raise fs.storage_error(exc, f"reading the stored copy of {name}") from None
        aid = _insert(engine, key, stored, name, media, text)
    except BaseException:
        if stored.created:
            with suppress(KbError):
                _discard_if_unreferenced(engine, folder, stored.sha256)
        raise
    with _db_errors(), reading(engine) as s:
        return _info_of(s.execute(_select().where(Attachment.id == aid)).one(), warning)


def _select() -> Any:
    return select(*_COLUMNS).join(Fiche, Fiche.id == Attachment.fiche_id)


def attachments_of(engine: Engine, fiche_key: str) -> list[AttachmentInfo]:
    """The attachments of a fiche, oldest first."""
    with _db_errors(), reading(engine) as s:
        fiche = store.get_row(s, fiche_key)
        rows = s.execute(
            _select().where(Attachment.fiche_id == fiche.id).order_by(Attachment.id)
        ).all()
    return [_info_of(r) for r in rows]


def _sha_of(engine: Engine, attachment_id: int) -> str:
    with _db_errors(), reading(engine) as s:
        sha = s.scalar(select(Attachment.sha256).where(Attachment.id == attachment_id))
    if sha is None:
        raise NotFound(f"no attachment « {attachment_id} »")
    return sha


def attachment_path(engine: Engine, folder: Path, attachment_id: int) -> Path:
    """The stored file of an attachment (for the system viewer), proven inside the store."""
    path = fs.stored_path(folder, _sha_of(engine, attachment_id)).resolve()
    if not path.is_relative_to(fs.store_root(folder).resolve()):
        raise LibraryDamaged(f"attachment {attachment_id} leads outside the attachment store")
    if not path.is_file():
        raise NotFound(
            f"the file of attachment {attachment_id} is missing from the store (see `kb check`)"
        )
    return path


def remove_attachment(engine: Engine, folder: Path, attachment_id: int) -> AttachmentInfo:
    """Detach a file; its stored copy is deleted when no other fiche still uses it."""
    with _db_errors(), transaction(engine) as s:
        found = s.execute(_select().where(Attachment.id == attachment_id)).first()
        if found is None:
            raise NotFound(f"no attachment « {attachment_id} »")
        info = _info_of(found)
        row = s.get(Attachment, attachment_id)
        s.delete(row)
        store.enqueue(s, info.fiche_key)
        s.flush()
        shared = s.scalar(select(func.count()).where(Attachment.sha256 == info.sha256))
    if not shared:
        fs.remove_stored(folder, info.sha256)
    return info


# -- checking ------------------------------------------------------------------------------


def sweep(folder: Path, engine: Engine, repair: bool, *, min_age: float = 0.0) -> list[str]:
    """What ``check_store`` found and, with ``repair``, removed, as sentences.

    ``min_age`` (seconds) spares leftovers that another process may still be adding:
    a startup sweep should pass an hour or so; ``kb check`` right after a crash, 0.
    """
    try:
        with _db_errors():
            problems, repaired = fs.check_store(folder, engine, repair, min_age=min_age)
    except OSError as exc:
        raise fs.storage_error(exc, "checking the attachment store") from None
    return problems + repaired


class AttachmentOps:
    """The attachment side of ``Library``: each change refreshes the search index."""

    engine: Engine
    folder: Path

    def _changed(self) -> None:  # overridden by the search side
        """Hook run after each committed change."""

    def add_attachment(
        self,
        fiche_key: str,
        source: Path,
        *,
        original_name: str | None = None,
        max_size: int = DEFAULT_MAX_SIZE,
    ) -> AttachmentInfo:
        info = add_attachment(
            self.engine,
            self.folder,
            fiche_key,
            source,
            original_name=original_name,
            max_size=max_size,
        )
        self._changed()
        return info

    def attachments_of(self, fiche_key: str) -> list[AttachmentInfo]:
        return attachments_of(self.engine, fiche_key)

    def attachment_path(self, attachment_id: int) -> Path:
        return attachment_path(self.engine, self.folder, attachment_id)

    def remove_attachment(self, attachment_id: int) -> AttachmentInfo:
        info = remove_attachment(self.engine, self.folder, attachment_id)
        self._changed()
        return info

    def sweep_attachments(self, repair: bool = False, *, min_age: float = 0.0) -> list[str]:
        return sweep(self.folder, self.engine, repair, min_age=min_age)
