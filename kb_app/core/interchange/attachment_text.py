"""The text of an attached file and its display name: what a reader can get out of a file.

PDF text through pypdf (bounded in pages, characters and time), plain text through the
decoding policy of the importers; anything else has no text. No database here.
"""

from __future__ import annotations

import mimetypes
import time
import unicodedata
import warnings
from pathlib import Path

from kb_app.core.errors import ValidationError
from kb_app.core.interchange.decoding import decode

MAX_PDF_PAGES = 2000
MAX_TEXT_CHARS = 5_000_000
MAX_EXTRACT_SECONDS = 300.0
MAX_NAME_CHARS = 255
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".csv", ".tsv", ".rst"})
_BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


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


def media_type(name: str, path: Path) -> str | None:
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
