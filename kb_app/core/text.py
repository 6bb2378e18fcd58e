"""Text helpers shared by the core: accent folding, slugs, Markdown emphasis in titles, and
values a record kept as text."""

from __future__ import annotations

import ast
import json
import re
import unicodedata
from typing import Any

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "’": "'"})
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lowercase, no accents or ligatures: « Œconomie Démocratie » -> « oeconomie democratie »."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def slugify(text: str, max_length: int = 80) -> str:
    """ASCII key from any text: « Démocratie participative » -> « democratie-participative »."""
    slug = _NON_SLUG.sub("-", fold(text)).strip("-")
    return slug[:max_length].rstrip("-") or "x"


# Markdown emphasis in a title: *x*, _x_ (not inside words: « a_b » stays), **x**, __x__
_EMPHASIS = re.compile(
    r"(?<![\w*])(\*\*|__)(?=\S)(.+?)(?<=\S)\1(?![\w*])"
    r"|(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\3(?![\w*])"
)


def emphasis_tags(text: str) -> str:
    """Markdown emphasis as tags (``_x_``, ``*x*`` -> ``<i>x</i>``; ``**x**``, ``__x__`` ->
    ``<b>x</b>``): CSL rich text, and HTML once the rest of ``text`` is escaped."""

    def tag(match: re.Match[str]) -> str:
        if match.group(1):
            return f"<b>{match.group(2)}</b>"
        return f"<i>{match.group(4)}</i>"

    return _EMPHASIS.sub(tag, text)


def without_emphasis(text: str) -> str:
    """A title for plain text: « Du cycle de l'Anneau au _Seigneur des Anneaux_ » loses its
    underscores, not its words."""
    return _EMPHASIS.sub(lambda m: m.group(2) or m.group(4), text)


def stored_value(text: str) -> Any:
    """A value a record kept as text: JSON, or a Python literal (how older versions wrote
    lists and dicts of names and dates), else None. Never evaluates code."""
    try:
        return json.loads(text)
    except ValueError:
        pass
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None


_NAME_SEPARATOR = re.compile(r";\s*(?=[{\w])")


def stored_list(value: Any) -> list[Any]:
    """The items of a list a record kept: a list, a JSON or Python list or object written as
    text, or (older imports) items written one after the other, separated by « ; »."""
    if not value:
        return []
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        return [value]
    text = str(value).strip()
    parsed = stored_value(text)
    if isinstance(parsed, list):
        return parsed
    if isinstance(parsed, dict):
        return [parsed]
    parts = [p.strip() for p in _NAME_SEPARATOR.split(text) if p.strip()]
    return [stored_value(p) if p.startswith("{") else p for p in parts]
