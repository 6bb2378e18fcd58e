"""Citations (ISO 690) as the window handles them: style names, formatting on the worker,
the clipboard (text and HTML, so a word processor keeps the italics and a plain text editor
gets clean text).

The formatting runs on the worker thread (``kb_app.core.rendering.citations``, through
citeproc-py); the fiche tools and the bibliography dialog show its results.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication

from kb_app.core.vocabulary import CITATION_STYLES, DEFAULT_CITATION_STYLE
from kb_app.gui.errors import translate_message

if TYPE_CHECKING:
    from kb_app.core.dto import Bibliography, Citation, Uncitable
    from kb_app.core.library import Library

DEFAULT_STYLE = DEFAULT_CITATION_STYLE
STYLE_CODES = tuple(CITATION_STYLES)
translate = QCoreApplication.translate


def style_label(code: str) -> str:
    labels = {
        "iso690-author-date-fr": translate("Citation", "ISO 690 auteur-date"),
        "iso690-numeric-fr": translate("Citation", "ISO 690 numérique"),
    }
    return labels.get(code, code)


def format_keys(lib: Library, keys: Sequence[str], style: str) -> list[Citation]:
    """On the worker: the citable fiches of ``keys`` as a bibliography in ``style``."""
    return lib.bibliography(keys, style)


def compile_keys(lib: Library, keys: Sequence[str], style: str) -> Bibliography:
    """On the worker: the bibliography of ``keys`` and the fiches that cannot be cited."""
    return lib.compile_bibliography(keys, style)


def apart_html(apart: Sequence[Uncitable]) -> str:
    """The fiches left out of a bibliography, each with why (not part of what is copied)."""
    if not apart:
        return ""
    rows = "".join(
        f"<li>{html.escape(u.title)} — {html.escape(translate_message(u.reason))}</li>"
        for u in apart
    )
    heading = html.escape(translate("Citation", "Fiches qui ne peuvent pas être citées"))
    return f"<h3>{heading}</h3><ul>{rows}</ul>"


def bibliography_html(citations: Sequence[Citation]) -> str:
    """One paragraph per reference (a numeric style numbers them itself)."""
    return "".join(f"<p>{c.html}</p>" for c in citations)


def bibliography_text(citations: Sequence[Citation]) -> str:
    return "\n".join(c.text for c in citations) + ("\n" if citations else "")


def citation_mime(text: str, html_text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    mime.setHtml(html_text)
    return mime


def copy_to_clipboard(text: str, html_text: str) -> None:
    QGuiApplication.clipboard().setMimeData(citation_mime(text, html_text))


def copy_citation(citation: Citation) -> None:
    """One reference on the clipboard, as plain text and as HTML."""
    copy_to_clipboard(citation.text, f"<p>{citation.html}</p>")
