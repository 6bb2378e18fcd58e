"""The message catalogue: every code the core reports, as a French and an English sentence.

Each area keeps its own table (``library``, ``interchange``, ``bibtex``, ``thesaurus``…):
a dict of code -> (French, English), with ``{name}`` placeholders filled from the error's
parameters (``str.format`` style). A placeholder may name a vocabulary after a colon,
``{kind:kind}``: its value is a code of the domain (a fiche kind, a field name, a duplicate
reason) and is said in the reader's language (see ``vocabulary``).

``render(code, params, lang)`` gives the sentence; ``language_from_locale()`` the language
of a command line (French when the locale says French, English otherwise).
"""

from __future__ import annotations

import os
import string
from collections.abc import Mapping
from typing import Any, Literal

from kb_app.core.messages import (
    bibtex,
    check,
    citing,
    cli,
    documents,
    duplicates,
    fiches,
    interchange,
    library,
    outcomes,
    storage,
    styles,
    thesaurus,
)
from kb_app.core.messages.vocabulary import VOCABULARIES, is_word, say

__all__ = [
    "CATALOGUE",
    "LANGUAGES",
    "Lang",
    "is_word",
    "language_from_locale",
    "placeholders",
    "render",
    "say",
    "sentence",
]

Lang = Literal["fr", "en"]
LANGUAGES: tuple[Lang, ...] = ("fr", "en")
Table = dict[str, tuple[str, str]]


def merged(*tables: Table) -> Table:
    """One catalogue from the areas' tables; a code defined twice is a mistake."""
    catalogue: Table = {}
    for table in tables:
        for code, sentences in table.items():
            if code in catalogue:
                raise ValueError(f"message code {code!r} is defined twice")
            catalogue[code] = sentences
    return catalogue


CATALOGUE: Table = merged(
    bibtex.MESSAGES,
    check.MESSAGES,
    citing.MESSAGES,
    cli.MESSAGES,
    documents.MESSAGES,
    duplicates.MESSAGES,
    fiches.MESSAGES,
    interchange.MESSAGES,
    library.MESSAGES,
    outcomes.MESSAGES,
    storage.MESSAGES,
    styles.MESSAGES,
    thesaurus.MESSAGES,
)


class _Formatter(string.Formatter):
    def __init__(self, lang: Lang) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec in VOCABULARIES:
            return say(format_spec, str(value), self.lang)
        return str(super().format_field(value, format_spec))


def sentence(code: str, lang: Lang) -> str:
    """The catalogue's sentence for ``code`` with its placeholders (KeyError when unknown)."""
    french, english = CATALOGUE[code]
    return french if lang == "fr" else english


def render(code: str, params: Mapping[str, object], lang: Lang) -> str:
    """The sentence for ``code`` in ``lang``, its placeholders filled from ``params``."""
    try:
        template = sentence(code, lang)
    except KeyError:  # a code this version does not know: say at least what it is
        return f"{code} {dict(params)}" if params else code
    try:
        return _Formatter(lang).vformat(template, (), dict(params))
    except (KeyError, IndexError, ValueError):
        return f"{template} {dict(params)}"


def placeholders(template: str) -> dict[str, str]:
    """The named placeholders of a sentence, each with its format spec (``"kind"``, ``""``)."""
    return {
        name: spec or ""
        for _text, name, spec, _conv in string.Formatter().parse(template)
        if name is not None
    }


def language_from_locale(environ: Mapping[str, str] | None = None) -> Lang:
    """French when LC_ALL, LC_MESSAGES or LANG (the first one set) says French, else English."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"
