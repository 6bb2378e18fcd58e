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

from kb_app.core.errors import ValidationError
from kb_app.core.library import citation_styles
from kb_app.core.vocabulary import CITATION_STYLES, DEFAULT_CITATION_STYLE
from kb_app.gui import settings
from kb_app.gui.errors import (
    as_sentence,
    error_sentence,
    error_text,
    problem_sentence,
    translate_message,
)

if TYPE_CHECKING:
    from kb_app.core.dto import Bibliography, Citation, InTextCitation, Uncitable
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


def style_choices() -> list[tuple[str, str]]:
    """(name, label) of every style: the shipped ones, then those the user added."""
    try:
        styles = citation_styles()
    except OSError:  # the user's styles folder cannot be read: the shipped ones still work
        return [(code, style_label(code)) for code in STYLE_CODES]
    return [(s.name, style_label(s.name) if s.shipped else s.title) for s in styles]


def remembered_style() -> str:
    """The style chosen last time, when it still exists (else the default)."""
    chosen = settings.citation_style(DEFAULT_STYLE)
    return chosen if chosen in dict(style_choices()) else DEFAULT_STYLE


def form_choices() -> list[tuple[str, str]]:
    """(form, label) of the in-text forms."""
    return [
        ("text", translate("Citation", "Texte (selon le style)")),
        ("pandoc", translate("Citation", "pandoc [@clé]")),
        ("latex", translate("Citation", "LaTeX \\cite{clé}")),
    ]


def style_error_text(exc: BaseException) -> str:
    """A refused style: the sentence, then each problem with its file and line."""
    if not isinstance(exc, ValidationError):
        return error_sentence(exc)
    lines = [as_sentence(error_text(exc))]
    for p in exc.problems:
        place = f"{p.where}:{p.line}" if p.line else p.where
        lines.append(f"• {place} : {problem_sentence(p)}")
    return "\n".join(lines)


def copy_in_text(citation: InTextCitation) -> None:
    """An in-text citation on the clipboard (plain text and HTML)."""
    copy_to_clipboard(citation.text, citation.html)


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
