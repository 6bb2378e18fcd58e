"""In-text citations: « (GENRO et DE SOUZA, 1998, p. 12) » as a style's ``<citation>``
layout gives it, or the key forms an author types in a source file: pandoc's ``[@key,
p. 12]`` and LaTeX's ``\\cite[p.~12]{key}``.

A locator is what the reader types (« p. 12 », « chap. 3 », « 12-14 »): a label (French or
English abbreviation, or none: a page) and a value. The style form hands citeproc-py the
CSL locator term (``page``, ``chapter``…) so the style writes its own label; the key forms
keep the label as typed, normalised (« p. 12 »), since pandoc and biblatex read it as is.
With several keys the locator goes with the last one, as pandoc writes it
(``[@a; @b, p. 12]``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kb_app.core.errors import ValidationError
from kb_app.core.rendering.citations import DEFAULT_STYLE, format_in_text

#: The forms of an in-text citation: the style's own, pandoc Markdown, LaTeX.
FORMS = ("text", "pandoc", "latex")

# label as typed (lower case, without its final period) -> CSL locator term
_LABELS = {
    "p": "page",
    "pp": "page",
    "page": "page",
    "pages": "page",
    "pg": "page",
    "chap": "chapter",
    "ch": "chapter",
    "chapitre": "chapter",
    "chapter": "chapter",
    "vol": "volume",
    "volume": "volume",
    "t": "volume",
    "tome": "volume",
    "§": "paragraph",
    "par": "paragraph",
    "para": "paragraph",
    "paragraphe": "paragraph",
    "paragraph": "paragraph",
    "fig": "figure",
    "figure": "figure",
    "sect": "section",
    "sec": "section",
    "section": "section",
    "n": "note",
    "note": "note",
    "l": "line",
    "ligne": "line",
    "line": "line",
    "col": "column",
    "colonne": "column",
    "column": "column",
    "f": "folio",
    "fol": "folio",
    "folio": "folio",
    "art": "article-locator",
    "article": "article-locator",
    "livre": "book",
    "book": "book",
    "partie": "part",
    "part": "part",
    "tab": "table",
    "tableau": "table",
    "table": "table",
    "v": "verse",
    "vers": "verse",
    "verse": "verse",
    "s.v": "sub-verbo",
    "sub verbo": "sub-verbo",
}
_LOCATOR = re.compile(
    r"(?:(?P<label>§|[^\W\d_]+(?:\.[^\W\d_]+)*(?: verbo)?)(?:\.\s*|\s+|(?<=§)))?(?P<value>\S.*)"
)
_PANDOC_KEY = re.compile(r"[\w](?:[\w:.#$%&+?<>~/-]*\w)?")
_LATEX_BAD = re.compile(r"[\s,{}%\\#~]")


@dataclass(frozen=True)
class Locator:
    """A parsed locator: the CSL term (``page``), the label as typed, the value."""

    term: str
    label: str
    value: str

    def typed(self) -> str:
        """« p. 12 », « § 3 », or « 12 » when no label was typed."""
        if not self.label:
            return self.value
        if self.label == "§" or " " in self.label:
            return f"{self.label} {self.value}"
        return f"{self.label}. {self.value}"


def parse_locator(text: str | None) -> Locator | None:
    """« p. 12 » -> Locator(page, p, 12); « 12-14 » is a page; None or blank: no locator."""
    text = " ".join((text or "").split())
    if not text:
        return None
    match = _LOCATOR.fullmatch(text)
    if match is None:
        raise ValidationError("citation.locator_unreadable", locator=text)
    label = (match.group("label") or "").rstrip(".")
    value = match.group("value").strip()
    if not label:
        return Locator("page", "", value)
    term = _LABELS.get(label.lower())
    if term is None:
        known = ", ".join(sorted({k for k in _LABELS if len(k) <= 4}))
        raise ValidationError("citation.locator_label", locator=text, label=label, known=known)
    return Locator(term, label, value)


def in_text(
    items: Sequence[dict[str, Any]],
    *,
    style: str | Path = DEFAULT_STYLE,
    locator: str | None = None,
    form: str = "text",
    among: Sequence[dict[str, Any]] = (),
) -> tuple[str, str]:
    """``(text, html)`` of one in-text citation of ``items`` (CSL-JSON, ``id`` = citation
    key) in ``form``; ``locator`` goes with the last item."""
    if form not in FORMS:
        raise ValidationError("citation.unknown_form", form=form, known=", ".join(FORMS))
    if not items:
        raise ValidationError("citation.nothing_to_cite")
    parsed = parse_locator(locator)
    keys = [str(item.get("id") or "") for item in items]
    if form == "pandoc":
        text = _pandoc(keys, parsed)
        return text, _escape(text)
    if form == "latex":
        text = _latex(keys, parsed)
        return text, _escape(text)
    last = len(items) - 1
    cites = [
        (item, (parsed.term, parsed.value) if parsed is not None and i == last else None)
        for i, item in enumerate(items)
    ]
    citation = format_in_text(cites, style, among)
    return citation.text, citation.html


def _pandoc(keys: list[str], locator: Locator | None) -> str:
    refs = [f"@{key}" if _PANDOC_KEY.fullmatch(key) else f"@{{{key}}}" for key in keys]
    if locator is not None:
        refs[-1] += f", {locator.typed()}"
    return "[" + "; ".join(refs) + "]"


def _latex(keys: list[str], locator: Locator | None) -> str:
    for key in keys:
        if not key or _LATEX_BAD.search(key):
            raise ValidationError("citation.key_not_latex", key=key)
    note = ""
    if locator is not None:
        typed = locator.typed().replace(". ", ".~").replace("§ ", "§~")
        note = "[" + typed.replace("{", "\\{").replace("}", "\\}") + "]"
    return f"\\cite{note}{{{','.join(keys)}}}"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
