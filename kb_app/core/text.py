"""Text helpers shared by the core: accent folding, slugs, and Markdown emphasis in titles."""

from __future__ import annotations

import re
import unicodedata

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
