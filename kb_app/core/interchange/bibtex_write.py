"""Writing CSL-JSON items as BibTeX (UTF-8), so that ``read_bibtex`` gives them back.

Values are Unicode with LaTeX's special characters escaped (``\\{``, ``\\%``, ``\\&``…),
braces are always balanced, capitals in titles are protected with braces, ``--`` and
other TeX ligatures are broken with ``{}``. Names are « von Last, Jr, First » joined by
« and », organisations double-braced. ``_extra`` fields named ``bibtex:<field>`` are
written back as fields; ``bibtex:type`` restores the entry type.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from kb_app.core.interchange.bibtex_common import (
    ARTICLES,
    FIELD_NAME,
    LANGUAGES,
    NAMES,
    PARAGRAPH,
    PLACE_ALIASES,
    SIMPLE,
    TYPE_READ,
    TYPE_WRITE,
    VERBATIM,
    collapse,
    container_aliases,
    is_braced,
    publisher_aliases,
)

TITLES = frozenset({"title", "subtitle", "booktitle", "shorttitle"})
BABEL = {code: name for name, code in LANGUAGES.items()} | {
    "fr": "french",
    "en": "english",
    "de": "ngerman",
}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ESCAPES = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "#": r"\#",
    "$": r"\$",
    "_": r"\_",
    "~": r"\textasciitilde{}",
}
_SPECIAL = re.compile(r"[\\{}%&#$_~]")
_LIGATURE = re.compile(r"-(?=-)|`(?=`)|'(?=')|[!?](?=`)")
_KEY_BAD = re.compile(r"[\s,{}()\"#%=\\~]+")
_TYPE_NAME = re.compile(r"[A-Za-z]\w*")
_BLANK_LINE = re.compile(r"\n\s*\n")
_AND = re.compile(r"\band\b", re.IGNORECASE)


def escape(text: str) -> str:
    """Unicode text -> a BibTeX value that reads back as the same text."""
    text = _SPECIAL.sub(lambda m: _ESCAPES[m.group()], text)
    return _LIGATURE.sub(lambda m: m.group() + "{}", text)


def _protect_caps(value: str) -> str:
    words = value.split(" ")
    out = []
    for n, word in enumerate(words):
        caps = any(c.isupper() for c in (word if n else word[1:]))
        out.append("{" + word + "}" if caps else word)
    return " ".join(out)


def _verbatim(text: str) -> str:
    text = text.strip()
    if text.endswith("\\"):
        text = text[:-1] + "%5C"
    if is_braced("{" + text + "}"):
        return text
    return text.replace("{", "%7B").replace("}", "%7D")


def encode(name: str, value: str) -> str:
    """A field's text -> its BibTeX value (without the enclosing braces)."""
    if name in VERBATIM:
        return _verbatim(value)
    if name in PARAGRAPH:
        paragraphs = [escape(collapse(p)) for p in _BLANK_LINE.split(value)]
        return "\n\n".join("{@}" + p[1:] if p.startswith("@") else p for p in paragraphs if p)
    text = escape(collapse(value))
    return _protect_caps(text) if name in TITLES else text


# --- names ---------------------------------------------------------------------------


def _part(text: str, protect: bool) -> str:
    text = escape(collapse(text))
    needs = protect or "," in text or _AND.search(text) is not None
    return "{" + text + "}" if needs and text else text


def _is_particle(text: str) -> bool:
    """True when BibTeX reads ``text`` back as the « von » part of a name."""
    last = text.split()[-1]  # « von Last, First »: von ends at the last lowercase word
    return last[:1].islower() and "," not in text and not _AND.search(text)


def _person(name: dict[str, Any]) -> str:
    if name.get("literal"):
        return "{" + escape(collapse(str(name["literal"]))) + "}"
    family = str(name.get("family") or "").strip()
    given = str(name.get("given") or "").strip()
    if not family:
        family, given = given, ""
    if not family:
        return ""
    particle = " ".join(
        str(name.get(k) or "").strip() for k in ("dropping-particle", "non-dropping-particle")
    ).strip()
    glue = "" if particle[-1:] in ("'", "’") else " "
    if particle and not _is_particle(particle):  # not readable as a particle: one family
        family, particle = particle + glue + family, ""
    fam = _part(family, any(w[:1].islower() for w in family.split()))
    if particle:
        fam = escape(collapse(particle)) + glue + fam
    suffix = _part(str(name.get("suffix") or ""), False)
    first = _part(given, False)
    if suffix:
        return f"{fam}, {suffix}, {first or '{}'}"
    if first:
        return f"{fam}, {first}"
    return f"{fam}, {{}}" if " " in fam or fam.startswith("{") else fam


def _names(names: Any, others: bool) -> str:
    people = [_person(n) for n in names if isinstance(n, dict)] if isinstance(names, list) else []
    people = [p for p in people if p]
    if others:
        people.append("others")
    return " and ".join(people)


# --- items ---------------------------------------------------------------------------


def _str(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return "" if value is None else str(value).strip()


def _safe_key(value: Any, used: set[str]) -> str:
    key = _KEY_BAD.sub("_", unicodedata.normalize("NFC", _str(value))) or "ref"
    unique, n = key, 1
    while unique.lower() in used:
        n += 1
        unique = f"{key}-{n}"
    used.add(unique.lower())
    return unique


class _Fields:
    """The fields of one entry, in order; a field is written once."""

    def __init__(self, extra: dict[str, str]) -> None:
        self.extra = extra
        self.lines: list[str] = []
        self.names: set[str] = set()

    def add(self, name: str, text: str) -> None:
        """Write ``text`` (Unicode) as the field ``name``."""
        self.put(name, "{" + encode(name, text) + "}" if text else "")

    def put(self, name: str, value: str) -> None:
        """Write ``value`` as it is (already BibTeX)."""
        if not value or name in self.names or not FIELD_NAME.fullmatch(name):
            return
        self.names.add(name)
        self.lines.append(f"  {name} = {value}")

    def alias(self, aliases: tuple[str, ...], value: str) -> None:
        """Write to the first alias the extras do not use themselves."""
        free = [a for a in aliases if a not in self.extra] or list(aliases)
        self.add(free[0], value)

    def alias_list(self, aliases: tuple[str, ...], value: str) -> None:
        """A list of publishers or places (« A ; B ») as BibTeX writes one (« A and B »);
        an « and » inside one of them is protected by braces."""
        free = [a for a in aliases if a not in self.extra] or list(aliases)
        parts = [encode(free[0], p.strip()) for p in value.split(" ; ") if p.strip()]
        parts = ["{" + p + "}" if _AND.search(p) else p for p in parts]
        self.put(free[0], "{" + " and ".join(parts) + "}" if parts else "")


def _date(item: dict[str, Any], out: _Fields) -> None:
    issued = item.get("issued")
    if not isinstance(issued, dict):
        return
    parts = issued.get("date-parts")
    if isinstance(parts, list) and parts and all(isinstance(p, list) and p for p in parts):
        try:
            dates = [[int(n) for n in p[:3]] for p in parts[:2]]
        except (TypeError, ValueError):
            dates = []
        if len(dates) == 1:
            _single_date(dates[0], out)
            return
        if dates:
            out.add("date", "/".join("-".join(f"{n:02d}" for n in d) for d in dates))
            return
    raw = _str(issued.get("raw") or issued.get("literal"))
    out.add("date" if raw.isdigit() else "year", raw)  # digits in year would be a date


def _single_date(parts: list[int], out: _Fields) -> None:
    year, month, day = [*parts, 0, 0][:3]
    out.add("year", str(year))
    if 1 <= month <= 12:
        out.put("month", _MONTHS[month - 1])
        if 1 <= day <= 31:
            out.add("date", f"{year:04d}-{month:02d}-{day:02d}")


def _title(item: dict[str, Any], extra: dict[str, str], out: _Fields) -> None:
    out.add("title", _str(item.get("title")))
    subtitle = _str(item.get("subtitle")) or extra.pop("subtitle", "")
    if subtitle:
        out.add("subtitle", subtitle)


def _language(code: str, out: _Fields) -> None:
    babel = BABEL.get(code)
    if babel and "langid" not in out.extra:
        out.add("langid", babel)
    elif "language" not in out.extra:
        out.add("language", code)
    else:
        out.add("langid", code)


def _entry_type(csl_type: str, extra: dict[str, str]) -> str:
    wanted = extra.pop("type", "").lower()
    if _TYPE_NAME.fullmatch(wanted) and TYPE_READ.get(wanted, "document") == csl_type:
        return wanted
    return TYPE_WRITE.get(csl_type, "misc")


def _entry(item: dict[str, Any], used: set[str]) -> str:
    raw_extra = item.get("_extra") or {}
    extra = {
        str(k)[7:].lower(): _str(v)
        for k, v in (raw_extra.items() if isinstance(raw_extra, dict) else [])
        if str(k).startswith("bibtex:")
    }
    csl_type = _str(item.get("type")) or "document"
    etype = _entry_type(csl_type, extra)
    key = _safe_key(item.get("citation-key") or item.get("id"), used)
    out = _Fields(extra)
    _title(item, extra, out)
    others = {r.strip() for r in extra.pop("and-others", "").split(",")}
    for field, var in (*NAMES.items(), ("bookauthor", "container-author")):
        names = _names(item.get(var), field in others)
        out.put(field, "{" + names + "}" if names else "")
    _date(item, out)
    out.alias(container_aliases(csl_type), _str(item.get("container-title")))
    out.alias_list(publisher_aliases(csl_type), _str(item.get("publisher")))
    out.alias_list(PLACE_ALIASES, _str(item.get("publisher-place")))
    page = escape(collapse(_str(item.get("page"))))
    out.put("pages", "{" + page.replace("-", "--") + "}" if page else "")
    out.add("number", _str(item.get("issue" if csl_type in ARTICLES else "number")))
    for field, var in SIMPLE.items():
        out.add(field, _str(item.get(var)))
    keywords = [k.strip() for k in re.split(r"[;,]", _str(item.get("keyword")))]
    out.add("keywords", ", ".join(k for k in keywords if k))
    if _str(item.get("language")):
        _language(_str(item.get("language")), out)
    for name, value in extra.items():
        out.add(name, value)
    if not out.lines:  # an entry without fields would be refused when read back
        out.lines.append("  title = {}")
    return f"@{etype}{{{key},\n" + ",\n".join(out.lines) + "\n}\n"


def write_bibtex(items: Iterable[dict[str, Any]]) -> str:
    """CSL-JSON items -> BibTeX text (UTF-8, with JabRef's ``% Encoding`` header)."""
    used: set[str] = set()
    return "% Encoding: UTF-8\n\n" + "\n".join(_entry(item, used) for item in items)
