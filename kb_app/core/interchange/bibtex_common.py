"""What the BibTeX reader and writer share: entry types and field names mapped to CSL,
``@string``/``#`` evaluation, LaTeX -> Unicode, person names.

Shared by the BibTeX reader and writer so that what one writes the other reads back.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from bibtexparser.library import Library
from bibtexparser.middlewares import LatexDecodingMiddleware
from bibtexparser.middlewares.names import (
    parse_single_name_into_parts,
    split_multiple_persons_names,
)
from bibtexparser.model import String

# Fields kept as written (no LaTeX decoding): links and identifiers.
VERBATIM = frozenset(
    {"url", "doi", "eprint", "file", "pdf", "urlraw", "verba", "verbb", "verbc", "biburl", "adsurl"}
)
# Fields whose blank lines are paragraph breaks; elsewhere every whitespace run is a space.
PARAGRAPH = frozenset(
    {"abstract", "note", "annote", "annotation", "comment", "comments", "review", "addendum"}
)
MAX_DECODE = 100_000  # longer values are kept as written (LaTeX decoding is ~6 µs a char)
_MONTH_NAMES: tuple[str, ...] = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
)
_MONTH_NAMES += ("september", "october", "november", "december")
_MOIS: tuple[str, ...] = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août")
_MOIS += ("septembre", "octobre", "novembre", "décembre")
MONTHS: dict[str, int] = {}
for _n, (_en, _fr) in enumerate(zip(_MONTH_NAMES, _MOIS, strict=True), start=1):
    MONTHS.update({_en: _n, _en[:3]: _n, _fr: _n, str(_n): _n, f"{_n:02d}": _n})
MONTHS.update({"sept": 9, "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "déc": 12})
PREDEFINED = {m[:3]: m.capitalize() for m in _MONTH_NAMES}  # BibTeX's month macros

# BibTeX / BibLaTeX entry type -> CSL type (anything else: "document").
TYPE_READ = {
    "article": "article-journal",
    "book": "book",
    "mvbook": "book",
    "bookinbook": "chapter",
    "booklet": "pamphlet",
    "collection": "book",
    "mvcollection": "book",
    "manual": "book",
    "inbook": "chapter",
    "incollection": "chapter",
    "suppbook": "chapter",
    "suppcollection": "chapter",
    "inproceedings": "paper-conference",
    "conference": "paper-conference",
    "proceedings": "book",
    "mvproceedings": "book",
    "reference": "book",
    "mvreference": "book",
    "inreference": "entry-encyclopedia",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "thesis": "thesis",
    "techreport": "report",
    "report": "report",
    "online": "webpage",
    "www": "webpage",
    "electronic": "webpage",
    "url": "webpage",  # BibDesk and JabRef write web pages as @url
    "misc": "document",
    "unpublished": "document",
    "other": "document",
    "patent": "patent",
    "periodical": "periodical",
    "software": "software",
    "dataset": "dataset",
    "artwork": "graphic",
    "image": "graphic",
    "audio": "song",
    "music": "song",
    "video": "motion_picture",
    "movie": "motion_picture",
    "letter": "personal_communication",
    "legislation": "legislation",
    "jurisdiction": "legal_case",
    "standard": "standard",
    "presentation": "speech",
}
# CSL type -> the entry type written (anything else: misc).
TYPE_WRITE = {
    "article-journal": "article",
    "article": "article",
    "article-magazine": "article",
    "article-newspaper": "article",
    "book": "book",
    "chapter": "incollection",
    "entry-encyclopedia": "incollection",
    "entry-dictionary": "incollection",
    "paper-conference": "inproceedings",
    "thesis": "phdthesis",
    "report": "techreport",
    "webpage": "online",
    "post-weblog": "online",
    "pamphlet": "booklet",
    "patent": "patent",
    "periodical": "periodical",
    "software": "software",
    "dataset": "dataset",
    "graphic": "artwork",
    "song": "audio",
    "motion_picture": "video",
    "personal_communication": "letter",
    "legislation": "legislation",
    "legal_case": "jurisdiction",
    "standard": "standard",
    "speech": "presentation",
}
ARTICLES = frozenset({"article-journal", "article", "article-magazine", "article-newspaper"})
# One-to-one text fields: BibTeX field -> CSL variable.
SIMPLE = {
    "abstract": "abstract",
    "note": "note",
    "volume": "volume",
    "edition": "edition",
    "series": "collection-title",
    "doi": "DOI",
    "isbn": "ISBN",
    "issn": "ISSN",
    "url": "URL",
    "shorttitle": "title-short",
    "eventtitle": "event-title",
    "pagetotal": "number-of-pages",
    "chapter": "chapter-number",
    "type": "genre",
}
NAMES = {"author": "author", "editor": "editor", "translator": "translator"}
NAMES_BY_FIELD = {**NAMES, "bookauthor": "container-author"}
LANGUAGES = {
    "french": "fr",
    "francais": "fr",
    "français": "fr",
    "english": "en",
    "american": "en-US",
    "british": "en-GB",
    "german": "de",
    "ngerman": "de",
    "spanish": "es",
    "italian": "it",
    "portuguese": "pt",
    "brazil": "pt-BR",
    "dutch": "nl",
    "catalan": "ca",
    "latin": "la",
    "russian": "ru",
    "polish": "pl",
    "swedish": "sv",
    "greek": "el",
    "japanese": "ja",
    "chinese": "zh",
    "arabic": "ar",
}


def container_aliases(csl_type: str) -> tuple[str, ...]:
    """BibTeX fields that hold the container title, the one written first."""
    if csl_type in ARTICLES:
        return ("journal", "journaltitle", "booktitle")
    return ("booktitle", "journal", "journaltitle")


def publisher_aliases(csl_type: str) -> tuple[str, ...]:
    if csl_type == "thesis":
        return ("school", "institution", "publisher")
    if csl_type == "report":
        return ("institution", "publisher")
    return ("publisher",)


PLACE_ALIASES = ("address", "location")
LANGUAGE_ALIASES = ("langid", "language")

FIELD_NAME = re.compile(r"[^\s=,{}\"#%@()\\~]+")  # what the writer can write back
_BRACE = re.compile(r"(?<!\\)[{}]")
_BRACE_OR_QUOTE = re.compile(r'(?<!\\)[{}"]')
_TOKEN = re.compile(r"[^\s#]+")
_SPACE = re.compile(r"[ \t\n\r\f\v]+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_NEEDS_DECODER = re.compile(r"[\\$]")
_LIGATURE = re.compile(r"---|--|``|''|!`|\?`|~")
_LIGATURES = {"---": "—", "--": "–", "``": "“", "''": "”", "!`": "¡", "?`": "¿", "~": "\u00a0"}
_BARE_SPECIAL = re.compile(r"(?<!\\)([%&])")
_VERBATIM_ESCAPE = re.compile(r"\\([_%&#$])")


def close_brace(text: str, start: int) -> int:
    """Index of the ``}`` closing the ``{`` at ``start`` (escaped braces don't count), or -1."""
    depth = 0
    for m in _BRACE.finditer(text, start):
        depth += 1 if m.group() == "{" else -1
        if depth == 0:
            return m.start()
    return -1


def _close_quote(text: str, start: int) -> int:
    depth = 0
    for m in _BRACE_OR_QUOTE.finditer(text, start + 1):
        char = m.group()
        if char == "{":
            depth += 1
        elif char == "}":
            depth = max(depth - 1, 0)
        elif depth == 0:
            return m.start()
    return -1


def is_braced(text: str) -> bool:
    """True when one brace group spans the whole text (« {World Bank} »)."""
    return text.startswith("{") and close_brace(text, 0) == len(text) - 1


def evaluate(raw: str, macros: dict[str, str]) -> tuple[str, list[str], bool]:
    """A raw value (« {a} # mac # "b" # 12 ») -> its text (braces inside kept), the
    undefined macros (kept as their names), and False when the value does not parse
    (it is then kept whole)."""
    raw = raw.strip()
    if raw.startswith("{") and close_brace(raw, 0) == len(raw) - 1:
        return raw[1:-1], [], True
    parts: list[str] = []
    undefined: list[str] = []
    i, n = 0, len(raw)
    while i < n:
        if raw[i] in '{"':
            end = close_brace(raw, i) if raw[i] == "{" else _close_quote(raw, i)
            if end < 0:
                return raw, undefined, False
            parts.append(raw[i + 1 : end])
            i = end + 1
        else:
            m = _TOKEN.match(raw, i)
            if m is None:
                return raw, undefined, False
            token, i = m.group(), m.end()
            value = macros.get(token.lower(), PREDEFINED.get(token.lower()))
            if value is None and not token.isdigit():
                undefined.append(token)
            parts.append(token if value is None else value)
        while i < n and raw[i].isspace():
            i += 1
        if i < n and raw[i] != "#":
            return raw, [], False
        i += 1
        while i < n and raw[i].isspace():
            i += 1
    return "".join(parts), undefined, True


_LOGO = re.compile(r"\\((?:La|Bib|Xe|Lua|pdf)?TeX|LaTeXe|ConTeXt)(?![A-Za-z])(?:\{\})?")


@functools.cache
def _decoder() -> LatexDecodingMiddleware:
    return LatexDecodingMiddleware()


_NO_LIBRARY = Library()


def collapse(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def latex_to_text(text: str) -> tuple[str, bool]:
    """LaTeX -> Unicode with whitespace runs collapsed; False when it could not be decoded
    (the text is then kept as written). Bare « % » and « & » are literal characters."""
    if not _NEEDS_DECODER.search(text):  # what the decoder would do, 100 times faster
        text = _LIGATURE.sub(lambda m: _LIGATURES[m.group()], text)
        return collapse(text.replace("{", "").replace("}", "")), True
    if len(text) > MAX_DECODE:
        return collapse(text), False
    text = _LOGO.sub(lambda m: m.group(1), text)  # the decoder drops macros it does not know
    block = _decoder().transform_string(String("v", _BARE_SPECIAL.sub(r"\\\1", text)), _NO_LIBRARY)
    if not isinstance(block, String):
        return collapse(text), False
    return collapse(str(block.value)), True


def decode_value(text: str, name: str) -> tuple[str, bool]:
    """A field's evaluated value -> Unicode text (see VERBATIM and PARAGRAPH)."""
    if name in VERBATIM:
        return _VERBATIM_ESCAPE.sub(r"\1", text.strip()), True
    if name not in PARAGRAPH:
        return latex_to_text(text)
    decoded = [latex_to_text(p) for p in _PARAGRAPH_BREAK.split(text)]
    return "\n\n".join(t for t, _ in decoded if t), all(ok for _, ok in decoded)


def _words(words: list[str]) -> str:
    return latex_to_text(" ".join(words))[0] if words else ""


def parse_names(text: str) -> tuple[list[dict[str, str]], bool, list[str]]:
    """« von Last, Jr, First and {Org} and others » -> CSL names, « and others » seen,
    the names that could not be split (kept whole). A name wholly in braces is an
    organisation (``literal``)."""
    names: list[dict[str, str]] = []
    problems: list[str] = []
    others = False
    for raw in split_multiple_persons_names(text):
        raw = raw.strip().strip(",").strip()
        if raw.lower() == "others":
            others = True
        elif is_braced(raw):
            literal = latex_to_text(raw[1:-1])[0]
            if literal:
                names.append({"literal": literal})
        elif raw:
            name = _person(raw, problems)
            if name:
                names.append(name)
    return names, others, problems


def _person(raw: str, problems: list[str]) -> dict[str, str]:
    try:
        parts: Any = parse_single_name_into_parts(raw, strict=False)
    except (ValueError, IndexError):
        problems.append(raw)
        return {"literal": latex_to_text(raw)[0]}
    name = {
        key: _words(words)
        for key, words in (
            ("family", parts.last),
            ("given", parts.first),
            ("non-dropping-particle", parts.von),
            ("suffix", parts.jr),
        )
    }
    name = {k: v for k, v in name.items() if v}
    if "family" not in name and "given" in name:
        name["family"] = name.pop("given")
    return name
