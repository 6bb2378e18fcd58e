"""Citations and bibliographies in ISO 690 (French), through citeproc-py and shipped CSL files.

Styles and locales come from ``resources/csl/`` (see ``ATTRIBUTION.md``), never from the
citeproc-py package, so the output does not depend on its version. Items are CSL-JSON
dicts (``interchange.record.csl_item``), cleaned first: only variables citeproc-py knows
are kept (``abstract`` and ``note`` go too: the author-date style would print them after
the reference), names keep their name-parts, dates become integer date-parts, an unknown
type becomes ``document``.

Where citeproc-py 0.11 departs from the CSL 1.0.2 specification (and from citeproc-js,
for which the styles were written), this module corrects it: upper-case name-part
formatting stays off literal (organisation) names; « . . » and « ?. » left by affixes are
collapsed; the style's sort keys are compared without accents or case (citeproc-py
compares code points: « É » after « Z »), on their text (never on the HTML tags the
formatter put in: a key starting with an italic title sorted first); year suffixes
(« 2013a ») are added; variables a ``<substitute>`` rendered through a macro (the title and
year standing in for a missing author) are not rendered again (CSL 1.0.2, « Substitution »);
variable values are HTML-escaped, except CSL's rich-text tags (``<i>``, ``<b>``, ``<sup>``,
``<sub>``, small capitals, ``nocase``), which are kept, an italic inside italics set in roman.

Every entry then goes once through French typography (``rendering.typography``): the one
output path of citations.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Sequence
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from citeproc import DATES, NAMES, VARIABLES, formatter
from citeproc.frontend import (
    CitationStylesBibliography,
    CitationStylesStyle,
    CitationStylesXML,
)
from citeproc.model import Date as ProcDate
from citeproc.model import Names as ProcNames
from citeproc.model import Substitute
from citeproc.model import Text as ProcText
from citeproc.source import Citation as ProcCitation
from citeproc.source import CitationItem, Date, Locator
from citeproc.source.json import CiteProcJSON

from kb_app.core.dto import Citation
from kb_app.core.errors import KbError, Problem, ValidationError
from kb_app.core.paths import resources_dir, user_styles_dir
from kb_app.core.rendering.typography import french, french_html
from kb_app.core.vocabulary import CITATION_STYLES, DEFAULT_CITATION_STYLE

DEFAULT_STYLE = DEFAULT_CITATION_STYLE
STYLES = CITATION_STYLES
LOCALE = "fr-FR"
LOCALE_FILES = ("locales-fr-FR.xml", "locales-en-US.xml")  # en-US: CSL's last fallback

# CSL 1.0.2 item types; anything else is cited as a "document".
_TYPES = """article article-journal article-magazine article-newspaper bill book broadcast chapter
classic collection dataset document entry entry-dictionary entry-encyclopedia event figure graphic
hearing interview legal_case legislation manuscript map motion_picture musical_score pamphlet
paper-conference patent performance periodical personal_communication post post-weblog regulation
report review review-book software song speech standard thesis treaty webpage"""
CSL_TYPES = frozenset(_TYPES.split())  # CSL 1.0.2; any other type is cited as a "document"
_LATE_NAMES = frozenset({"director"})  # CSL 1.0.2 names the shipped styles use
_NAME_VARS = frozenset(n.replace("_", "-") for n in NAMES) | _LATE_NAMES
_DATE_VARS = frozenset(n.replace("_", "-") for n in DATES)
_DROPPED = frozenset(
    ("abstract", "note", "annote", "keyword", "locator", "citation-number", "year-suffix")
)
_TEXT_VARS = frozenset(v if v.isupper() else v.replace("_", "-") for v in VARIABLES)
_TEXT_VARS = _TEXT_VARS - _NAME_VARS - _DATE_VARS - _DROPPED - {"language"}
_NAME_PARTS = ("family", "given", "dropping-particle", "non-dropping-particle", "suffix")
# « . . » and « ?. » left by a suffix « . » after text that already ends a sentence
_EXTRA_PERIODS = (
    re.compile(r"(?<=\.)((?:<[^>]+>)*) \.(?=\s|<|$)"),
    re.compile(r"(?<=[?!])((?:<[^>]+>)*)\.(?=\s|<|$)"),
    re.compile(r"(?<=[^.]\.)((?:<[^>]+>)+)\.(?=\s|<|$)"),  # « Chem.</i>. » (not « ... »)
)
_YEAR_SUFFIX = re.compile("\ue005([0-9]+)\ue006")
MAX_LITERAL_DATE = 40  # a longer "literal" date is a note about the date: cited as undated
_TAG = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"[ \t\n\r\f\v]+")
_ISO = re.compile(r"(-?[0-9]{1,4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?")
#: The name of a style a user added (its file is ``<name>.csl`` in the user's styles folder).
STYLE_NAME = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")


def format_citation(item: dict[str, Any], style: str | Path = DEFAULT_STYLE) -> Citation:
    """One item as a bibliography entry in ``style``."""
    return format_bibliography([item], style)[0]


def format_bibliography(
    items: Sequence[dict[str, Any]], style: str | Path = DEFAULT_STYLE
) -> list[Citation]:
    """Every item as a bibliography entry, in the style's order (author-date: by author
    then year; numeric: the given order, numbered from 1)."""
    if not items:
        _style_path(style)  # an unknown style is refused even for an empty list
        return []
    keys = [_key_of(item, i) for i, item in enumerate(items)]
    literals: list[str] = []
    cleaned = [_clean_item(item, f"i{i}", literals) for i, item in enumerate(items)]
    try:
        return _render(cleaned, keys, style, literals)
    except (KbError, RecursionError, MemoryError):
        raise
    except Exception:  # noqa: BLE001  citeproc raises anything; find which items fail
        raise _failure(cleaned, keys, style, literals) from None


def format_in_text(
    cites: Sequence[tuple[dict[str, Any], tuple[str, str] | None]],
    style: str | Path = DEFAULT_STYLE,
    among: Sequence[dict[str, Any]] = (),
) -> Citation:
    """One in-text citation of the ``cites`` (item, optional ``(label, locator)`` where
    label is a CSL locator term such as ``page``), through the style's own ``<citation>``
    layout. A numeric style numbers the items in the order of ``among`` (the document's
    bibliography) followed by the cited items it lacks."""
    if not cites:
        raise ValidationError("citation.nothing_to_cite")
    everything: list[dict[str, Any]] = []
    keys: list[str] = []

    def place(item: dict[str, Any]) -> str:
        key = _key_of(item, len(everything))
        if key not in keys:
            keys.append(key)
            everything.append(item)
        return key

    for item in among:
        place(item)
    cite_keys = [place(item) for item, _locator in cites]
    literals: list[str] = []
    cleaned = [_clean_item(item, f"i{i}", literals) for i, item in enumerate(everything)]
    cited = [
        (cleaned[keys.index(key)]["id"], locator)
        for key, (_item, locator) in zip(cite_keys, cites, strict=True)
    ]
    try:
        raw = _render_in_text(cleaned, cited, style, literals)
    except (KbError, RecursionError, MemoryError):
        raise
    except Exception as exc:  # noqa: BLE001  citeproc raises anything
        detail = f"{type(exc).__name__}: {exc}"
        raise ValidationError("citation.in_text_failed", detail=detail) from None
    raw = _YEAR_SUFFIX.sub(lambda m: _letters(int(m.group(1))), raw)  # each item once
    return _citation(", ".join(dict.fromkeys(cite_keys)), raw, literals)


def _render_in_text(
    cleaned: list[dict[str, Any]],
    cited: list[tuple[str, tuple[str, str] | None]],
    style: str | Path,
    literals: list[str],
) -> str:
    bibliography = _registered(cleaned, style, literals)  # numbered in this order
    if not _numbered(bibliography):  # CSL: without a <sort>, cites keep the order given
        first = list(dict.fromkeys(proc_id for proc_id, _locator in cited))
        order = first + [key for key in bibliography.keys if key not in first]
        by_key = {item.key: item for item in bibliography.items}
        bibliography.items = [by_key[key] for key in order]
        bibliography.keys = order
    citation = ProcCitation(
        [
            CitationItem(proc_id, locator=Locator(*locator))
            if locator is not None
            else CitationItem(proc_id)
            for proc_id, locator in cited
        ]
    )
    bibliography.register(citation)
    return str(bibliography.cite(citation, lambda _item: None))


def _numbered(bibliography: CitationStylesBibliography) -> bool:
    """Whether the style's citation shows or sorts by citation numbers (citeproc-py orders
    the cites of a citation by their place in the bibliography, which numbers them)."""
    citation = bibliography.style.root.citation
    found = citation.xpath(
        ".//cs:text[@variable='citation-number'] | .//cs:key[@variable='citation-number']",
        namespaces={"cs": "http://purl.org/net/xbiblio/csl"},
    )
    return bool(found)


# --- substitution (CSL 1.0.2): what stood in for the author is not rendered again ----------

# citeproc-py 0.11 represses only a substituted <text variable=…> and checks only texts: a
# title and year standing in for a missing author (through a macro) came out twice. The
# variables a <substitute> actually rendered are recorded (``_RECORDING``) and added to the
# layout's « repressed » table of the item; dates check that table too (``_REPRESSED``).
_RECORDING: ContextVar[list[tuple[str, str]] | None] = ContextVar("kb_recording", default=None)
_REPRESSED: ContextVar[dict[str, list[Any]] | None] = ContextVar("kb_repressed", default=None)
_substitute_render = Substitute.render
_text_variable = ProcText._variable
_date_process = ProcDate.process
_names_process = ProcNames.process


def _render_substitute(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
    token = _RECORDING.set([])
    try:
        text = _substitute_render(self, item, context=context, **kwargs)
        rendered = _RECORDING.get() or []
    finally:
        _RECORDING.reset(token)
    if text and context is not None:
        repressed = context.get_layout().repressed
        for tag, variable in rendered:
            repressed.setdefault(tag, []).append(variable)
        _REPRESSED.set(repressed)
    outer = _RECORDING.get()
    if outer is not None:  # a substitute inside a substitute: the outer one rendered these too
        outer.extend(rendered)
    return text


def _record(tag: str, variable: str | None, value: Any) -> None:
    recording = _RECORDING.get()
    if recording is not None and variable and value not in (None, ""):
        recording.append((tag, variable))


def _variable_text(self: Any, item: Any, context: Any) -> Any:
    value = _text_variable(self, item, context)
    _record(self.tag, self.get("variable"), value)
    return value


def _repressed_now(element: Any) -> dict[str, list[Any]]:
    """The « repressed » table of the item being rendered now (empty when there is none)."""
    repressed = _REPRESSED.get()
    if not repressed:
        return {}
    root = element.get_root()
    layouts = (getattr(root, "bibliography", None), getattr(root, "citation", None))
    if any(e is not None and e.layout.repressed is repressed for e in layouts):
        return repressed
    return {}


def _process_date(self: Any, item: Any, variable: Any = None, *args: Any, **kwargs: Any) -> Any:
    name = variable or self.get("variable")
    if self.is_locale_date():
        return _date_process(self, item, variable, *args, **kwargs)
    if name in _repressed_now(self).get(self.tag, ()):
        return None
    value = _date_process(self, item, variable, *args, **kwargs)
    _record(self.tag, name, value)
    return value


def _process_names(self: Any, item: Any, *args: Any, **kwargs: Any) -> Any:
    roles = [r for r in self.get("variable").split() if r in item.reference]
    if roles and all(r in _repressed_now(self).get(self.tag, ()) for r in roles):
        return None
    value = _names_process(self, item, *args, **kwargs)
    for role in roles:
        _record(self.tag, role, value)
    return value


Substitute.render = _render_substitute
ProcText._variable = _variable_text
ProcDate.process = _process_date
ProcNames.process = _process_names


# --- styles ------------------------------------------------------------------------------


class _ShippedStyle(CitationStylesStyle):  # type: ignore[misc]
    """A CSL style whose locales are our shipped files (in-style locales first, then
    fr-FR, then en-US), never the ones inside the citeproc-py package."""

    def __init__(self, path: Path) -> None:
        CitationStylesXML.__init__(self, str(path), validate=False)
        root, language = self.root, LOCALE.split("-")[0]
        locales: list[Any] = []
        for lang in (f'="{LOCALE}"]', f'="{language}"]'):
            locales.extend(root.xpath_search(f"./cs:locale[@xml:lang{lang}"))
        locales.extend(root.xpath_search("./cs:locale[not(@xml:lang)]"))
        for name in LOCALE_FILES:
            locales.append(CitationStylesXML(str(_shipped_dir() / name), validate=False).root)
        root.locales = locales
        for locale in locales:
            locale.style = root


def _shipped_dir() -> Path:
    return resources_dir() / "csl"


def style_names() -> list[str]:
    """The styles ``style`` may name: the shipped ones, then those a user added."""
    return [*STYLES, *(n for n in added_style_names() if n not in STYLES)]


def added_style_names() -> list[str]:
    """The styles a user added (``paths.user_styles_dir``), by name."""
    folder = user_styles_dir()
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.csl") if STYLE_NAME.fullmatch(p.stem))


def style_file(style: str | Path) -> Path:
    """The file of a style name (shipped or added), or a style file given as a ``Path``."""
    return _style_path(style)


def _style_path(style: str | Path) -> Path:
    """A shipped style's file, an added style's file, or (a ``Path``) a style file itself."""
    if isinstance(style, Path):
        path = style
    elif style in STYLES:
        path = _shipped_dir() / f"{style}.csl"
    elif STYLE_NAME.fullmatch(style) and (user_styles_dir() / f"{style}.csl").is_file():
        path = user_styles_dir() / f"{style}.csl"
    else:
        known = ", ".join(style_names())
        raise ValidationError("citation.unknown_style", style=str(style), known=known)
    locales = [_shipped_dir() / n for n in LOCALE_FILES]
    missing = [p for p in (path, *locales) if not p.is_file()]
    if missing:
        raise KbError("citation.files_missing", paths=", ".join(map(str, missing)))
    return path


def _load_style(style: str | Path) -> _ShippedStyle:
    path = _style_path(style)
    try:
        return _ShippedStyle(path)
    except Exception as exc:  # noqa: BLE001  lxml or citeproc: the style file is broken
        raise KbError("citation.style_unreadable", style=str(style), detail=str(exc)) from None


# --- rendering ---------------------------------------------------------------------------


def _registered(
    cleaned: list[dict[str, Any]], style: str | Path, literals: list[str]
) -> CitationStylesBibliography:
    """The items registered with citeproc-py in ``style``, sorted and year-suffixed: what a
    bibliography and an in-text citation are both rendered from."""
    later = [{n: item.pop(n) for n in _LATE_NAMES if n in item} for item in cleaned]
    source = CiteProcJSON(cleaned)
    for item, names in zip(cleaned, later, strict=True):  # name variables citeproc-py lacks
        for name, value in names.items():
            dict.__setitem__(source[item["id"].lower()], name, source.parse_names(value))
    for reference in source.values():  # citeproc-py looks a <names> role up as it is
        for name in [n for n in reference if "_" in n and n.replace("_", "-") in _NAME_VARS]:
            dict.__setitem__(reference, name.replace("_", "-"), reference[name])
    bibliography = CitationStylesBibliography(_load_style(style), source, formatter.html)
    for item in cleaned:
        bibliography.register(ProcCitation([CitationItem(item["id"])]))
    _add_year_suffixes(bibliography, _sort(bibliography, literals), literals)
    return bibliography


def _render(
    cleaned: list[dict[str, Any]], keys: list[str], style: str | Path, literals: list[str]
) -> list[Citation]:
    bibliography = _registered(cleaned, style, literals)
    entries = bibliography.bibliography()
    by_id = {item["id"]: key for item, key in zip(cleaned, keys, strict=True)}
    eras = _era_ranges(bibliography.style.root.bibliography)
    return [
        _citation(by_id[proc_key], eras.sub(r"\1\3\4\2", str(entry)), literals)
        for proc_key, entry in zip(bibliography.keys, entries, strict=True)
    ]


def _era_ranges(element: Any) -> re.Pattern[str]:
    """« 100av. J.-C.–44av. J.-C. » -> « 100–44av. J.-C. »: the era once, after a range
    (citeproc-py repeats it at each end, citeproc-js does not)."""
    terms = [element.get_term(name) for name in ("bc", "ad")]
    texts = [re.escape(t.text) for t in terms if t is not None and t.text]
    if not texts:
        return re.compile("(?!)")
    return re.compile(f"([0-9]+)({'|'.join(texts)})(\u2013)([0-9]+)\\2")


def _citation(key: str, raw_html: str, literals: list[str]) -> Citation:
    fragment = raw_html
    for pattern in _EXTRA_PERIODS:
        fragment = pattern.sub(r"\1", fragment)
    if first := _YEAR_SUFFIX.search(fragment):  # only the first year rendered takes it
        rest = _YEAR_SUFFIX.sub("", fragment[first.end() :])
        fragment = fragment[: first.start()] + _letters(int(first.group(1))) + rest
    fragment = fragment.strip()
    text = html.unescape(_TAG.sub("", fragment)).strip()
    return Citation(
        key=key,
        text=french(_restore(text, literals)),
        html=french_html(_roman_inside_italics(_restore(fragment, literals, escape=True))),
    )


def _roman_inside_italics(fragment: str) -> str:
    """An italic inside italics is set in roman (CSL's flip-flop, as citeproc-js does)."""
    out: list[str] = []
    depth = 0
    for piece in re.split(r"(</?i>)", fragment):
        if piece == "<i>":
            out.append("<i>" if depth == 0 else '<span style="font-style:normal;">')
            depth += 1
        elif piece == "</i>":
            depth = max(depth - 1, 0)
            out.append("</i>" if depth == 0 else "</span>")
        else:
            out.append(piece)
    return "".join(out)


def _failure(
    cleaned: list[dict[str, Any]], keys: list[str], style: str | Path, literals: list[str]
) -> ValidationError:
    """One problem per item that fails on its own (or one for the whole batch)."""
    problems: list[Problem] = []
    for item, key in zip(cleaned, keys, strict=True):
        try:
            _render([item], [key], style, literals)
        except Exception as exc:  # noqa: BLE001
            detail = {"detail": f"{type(exc).__name__}: {exc}"}
            problems.append(Problem(key, "citation.item_failed", None, detail))
    if not problems:
        problems.append(Problem(", ".join(keys[:5]), "citation.batch_failed"))
    return ValidationError("citation.failed", problems)


# citeproc-py's HTML formatter does not escape variable values, and its text-case changes
# would break entities: « < > & » travel through citeproc as private-use stand-ins, as do
# literal names (``_token``), and come back escaped (HTML) or as they were (text).
_SPECIAL = {"<": "\ue002", ">": "\ue003", "&": "\ue004"}
_PROTECT = str.maketrans({**{chr(c): None for c in range(0xE000, 0xE020)}, **_SPECIAL})
_TOKEN = re.compile("\ue000([0-9]+)\ue001|([\ue002-\ue004])|([\ue010-\ue01f])")
_UNPROTECT = {v: k for k, v in _SPECIAL.items()}
# CSL rich text inside a variable's value -> private-use markers -> HTML (or nothing in text)
_RICH_TAGS = {
    "<i>": "\ue010",
    "</i>": "\ue011",
    "<b>": "\ue012",
    "</b>": "\ue013",
    "<sup>": "\ue014",
    "</sup>": "\ue015",
    "<sub>": "\ue016",
    "</sub>": "\ue017",
    '<span style="font-variant:small-caps;">': "\ue018",
    '<span class="nocase">': "\ue019",
}
_SPAN_CLOSE = {"\ue018": "\ue01a", "\ue019": "\ue01b"}
_MARKER_HTML = {v: k for k, v in _RICH_TAGS.items()} | {"\ue01a": "</span>"}
_MARKER_HTML["\ue019"] = _MARKER_HTML["\ue01b"] = ""  # nocase only protects case
_RICH = re.compile(
    "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in (*_RICH_TAGS, "</span>")),
    re.IGNORECASE,
)


def _rich_text(text: str) -> str:
    """A variable's value with its CSL rich-text tags as markers, the rest protected. Tags
    are kept only when they pair up: a closing tag without its opening one stays text, an
    opening one left open is closed at the end of the value."""
    out: list[str] = []
    opened: list[str] = []
    position = 0
    for match in _RICH.finditer(text):
        out.append(text[position : match.start()].translate(_PROTECT))
        tag = re.sub(r"\s+", " ", match.group().lower())
        position = match.end()
        if not tag.startswith("</"):
            opened.append(_RICH_TAGS[tag])
            out.append(opened[-1])
        elif opened and _closing(opened[-1]) == _RICH_TAGS.get(tag, _SPAN_CLOSE.get(opened[-1])):
            out.append(_closing(opened.pop()))
        else:
            out.append(match.group().translate(_PROTECT))
    out.append(text[position:].translate(_PROTECT))
    out.extend(_closing(marker) for marker in reversed(opened))
    return "".join(out)


def _closing(marker: str) -> str:
    """The closing marker of an opening one."""
    return _SPAN_CLOSE.get(marker) or chr(ord(marker) + 1)


def _token(literals: list[str], name: str) -> str:
    """A stand-in for a literal (organisation) name that text-case changes leave alone."""
    literals.append(name)
    return f"\ue000{len(literals) - 1}\ue001"


def _restore(text: str, literals: list[str], *, escape: bool = False) -> str:
    """Put back what ``_PROTECT`` and ``_token`` replaced (HTML-escaped if ``escape``)."""

    def back(match: re.Match[str]) -> str:
        number, special, marker = match.groups()
        if marker:
            return _MARKER_HTML.get(marker, "") if escape else ""
        if number:
            value = _restore(literals[int(number)], literals, escape=escape)
            return value
        value = _UNPROTECT[special]
        return html.escape(value, quote=False) if escape else value

    return _TOKEN.sub(back, text)


# --- sorting -----------------------------------------------------------------------------


# Ligatures sort as their letters (« Œ » as « oe »), letters with a stroke as the letter
# (« Ø » as « o », as the Unicode collation does); a no-break space, the one that joins a
# particle to its name (« DE GEER »), is not a gap: « DEBRAGA », « DE GEER », « DELATTRE ».
_COLLATION = str.maketrans(
    {"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ŧ": "t"}
    | {"\u00a0": None, "\u202f": None}
)


_DIGITS = re.compile(r"([0-9]+)")


def _collate(
    value: str | None, descending: bool = False
) -> tuple[int, int, int, tuple[tuple[int, int, str], ...]]:
    """A sort key comparing as citeproc-js does (missing values last; then, as its
    ``localeCompare`` options say, accents, case and punctuation ignored and numbers compared
    as numbers; spaces kept as word breaks), as French bibliographies are ordered: « TeXample.net »
    before « TeXample.net : TikZ and PGF »."""
    if value is None:
        return (0 if descending else 2, 0, 0, ())
    text = value.strip()
    if not text:
        return (1, -1, 0, ())  # rendered empty: before any value (as citeproc-js sorts)
    if re.fullmatch(r"-?[0-9]+", text):
        return (1, 0, int(text), ())
    folded = unicodedata.normalize("NFD", text).casefold().translate(_COLLATION)
    letters = "".join(
        c for c in folded if (c.isalnum() or c == " ") and not unicodedata.combining(c)
    )
    letters = " ".join(letters.split())
    pieces = tuple(
        (0, int(piece), "") if n % 2 else (1, 0, piece)
        for n, piece in enumerate(_DIGITS.split(letters))
        if piece
    )
    return (1, 1, 0, pieces)


_ROLE_LABEL = re.compile(r" \((?:[^\W\d_]{1,8}\.)\)")  # « (éd.) », « (réal.) », « (trad.) »
_AND = re.compile(r" (?:et|and|&) (?=\S)")


def _name_key(key: str) -> str:
    """A rendered sort key compared as citeproc-js compares name lists: without the role
    label (« DEVAUX (éd.) » ties with « DEVAUX ») and name by name (the last name of a list is
    joined like the others: « DEVAUX, 2001 » before « DEVAUX et HOSTETTER, 2001 »)."""
    return _AND.sub(", ", _ROLE_LABEL.sub("", key))


def _sort(
    bibliography: CitationStylesBibliography, literals: list[str]
) -> list[tuple[Any, tuple[str | None, ...]]]:
    """Order the registered items by the style's own sort keys, compared with ``_collate``
    (citeproc-py's ``sort()`` compares code points). Returns (item, rendered keys) rows."""
    element = bibliography.style.root.bibliography
    sort = element.find("cs:sort", element.nsmap)
    keys = [] if sort is None else sort.findall("cs:key", element.nsmap)
    items = list(bibliography.items)
    no_date = (element.get_term("no date").text or "") if element is not None else ""
    undated = {i for i, item in enumerate(items) if "issued" not in bibliography.source[item.key]}
    rendered = [
        [
            None
            if v is None
            else _name_key(_restore(html.unescape(_TAG.sub("", str(v))), literals))
            for v in k.sort_keys(items, element.layout)
        ]
        for k in keys
    ]
    if no_date:  # citeproc-js sorts on variables: the « no date » term is not part of a key
        for values in rendered:
            for i in undated:
                value = values[i]
                if value is not None:
                    values[i] = value.replace(no_date, "").strip().rstrip(",").strip()
    rows = [(item, tuple(col[i] for col in rendered)) for i, item in enumerate(items)]
    for column in reversed(range(len(keys))):  # stable sorts, last key first
        desc = keys[column].get("sort", "ascending") == "descending"
        rows.sort(key=lambda row: _collate(row[1][column], desc), reverse=desc)
    bibliography.items = [item for item, _ in rows]
    bibliography.keys = [item.key for item in bibliography.items]
    return rows


def _add_year_suffixes(
    bibliography: CitationStylesBibliography,
    rows: list[tuple[Any, tuple[str | None, ...]]],
    literals: list[str],
) -> None:
    """Items whose in-text citations render the same (« (DEVAUX, 2001) », whether Devaux is
    the author or the editor) get « a », « b »… after their year, in bibliography order, when
    the style asks for it (as citeproc-js does)."""
    citation = bibliography.style.root.citation
    if citation.get("disambiguate-add-year-suffix", "false") != "true":
        return
    groups: dict[str, list[Any]] = {}
    for item, _keys in rows:
        cite = ProcCitation([CitationItem(item.key)])
        cite.bibliography = bibliography
        rendered = str(bibliography.style.render_citation(cite, [], _ignore))
        signature = _restore(html.unescape(_TAG.sub("", rendered)), literals).casefold()
        if citation.get("disambiguate-add-givenname", "false") == "true":
            signature += "\n" + _given_names(bibliography.source[item.key])  # another person
        groups.setdefault(signature, []).append(item)
    for group in groups.values():
        dates = [bibliography.source[item.key].get("issued") for item in group]
        if len(group) > 1 and all(isinstance(d, Date) for d in dates):
            for number, date in enumerate(dates):
                date["year"] = _SuffixedYear(date["year"], number)


def _given_names(reference: Any) -> str:
    """The given names of whoever the citation names (author, or who stands in for one)."""
    for role in ("author", "editor", "director", "translator"):
        names = dict.get(reference, role)
        if names:
            return "; ".join(str(dict.get(name, "given", "")) for name in names)
    return ""


def _ignore(_item: Any) -> None:
    """citeproc's callback for a cited key it does not know (ours are all registered)."""


class _SuffixedYear(int):
    """A year that renders with a year-suffix marker (``_citation`` keeps the first)."""

    number: int

    def __new__(cls, year: int, number: int) -> _SuffixedYear:
        obj = super().__new__(cls, year)
        obj.number = number
        return obj

    def __abs__(self) -> _SuffixedYear:
        return _SuffixedYear(abs(int(self)), self.number)

    def __str__(self) -> str:
        return f"{int(self)}\ue005{self.number}\ue006"


def _letters(number: int) -> str:
    """0 -> a, 25 -> z, 26 -> aa (the CSL year-suffix sequence)."""
    out, number = "", number + 1
    while number:
        number, rest = divmod(number - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


# --- cleaning ----------------------------------------------------------------------------


def _key_of(item: dict[str, Any], index: int) -> str:
    for name in ("id", "citation-key"):
        value = item.get(name)
        if value not in (None, ""):
            return str(value)
    return f"item-{index + 1}"


#: Who may stand first in a reference when it has no author (ISO 690: a primary
#: responsibility). A translator is a secondary one: never first.
PRIMARY = ("author", "editor", "director")


def translator_not_first(item: dict[str, Any]) -> dict[str, Any]:
    """``item`` without its translators when nobody else is responsible for it: the shipped
    styles would print them where the author goes (« PINTEAUX-JONES, Françoise (trad.),
    2007 »), and they have no place for a secondary responsibility, so the title leads."""
    if item.get("translator") and not any(item.get(role) for role in PRIMARY):
        return {k: v for k, v in item.items() if k != "translator"}
    return item


def _clean_item(item: dict[str, Any], proc_id: str, literals: list[str]) -> dict[str, Any]:
    """A copy of ``item`` citeproc-py accepts without warnings or surprises."""
    item = translator_not_first(item)
    kind = str(item.get("type") or "").strip()
    out: dict[str, Any] = {"id": proc_id, "type": kind if kind in CSL_TYPES else "document"}
    if "event" not in item and item.get("event-title"):
        item = {**item, "event": item["event-title"]}  # CSL 1.0.2 name, 1.0.1 styles
    if item.get("subtitle") and item.get("title"):  # ISO 690: « Titre : sous-titre »
        item = {**item, "title": f"{item['title']} : {item['subtitle']}"}
    for name, value in item.items():
        cleaned: Any
        if name in _NAME_VARS:
            cleaned = _clean_names(value, literals)
        elif name in _DATE_VARS:
            cleaned = _clean_date(value)
        elif name in _TEXT_VARS:
            cleaned = _clean_text(value)
        else:
            continue
        if cleaned:
            out[name] = cleaned
    if isinstance(item.get("language"), str) and item["language"].strip():
        out["language"] = item["language"].strip()
    return out


def _clean_text(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, str | int | float):
        return _SPACES.sub(" ", _rich_text(str(value))).strip()  # no-break spaces kept
    if isinstance(value, list):
        return "; ".join(t for t in (_clean_text(v) for v in value) if t)
    return ""


def _clean_names(value: Any, literals: list[str]) -> list[dict[str, str]]:
    names: list[dict[str, str]] = []
    for raw in value if isinstance(value, list) else [value]:
        if isinstance(raw, str):
            raw = {"literal": raw}
        if not isinstance(raw, dict):
            continue
        literal = _clean_text(raw.get("literal"))
        if literal:
            names.append({"literal": _token(literals, literal)})
            continue
        name = {part: _clean_text(raw.get(part)) for part in _NAME_PARTS}
        name = {part: text for part, text in name.items() if text}
        particle = name.pop("non-dropping-particle", "")
        if particle and name.get("family"):  # never demoted by the shipped styles: one word
            joint = "" if particle[-1] in "'’" else "\u00a0"  # « DE GEER », « D’ALEMBERT »
            name["family"] = particle + joint + name["family"]
        elif particle:
            name["family"] = particle
        if name.get("family") or name.get("given"):
            names.append(name)
    return names


def _clean_date(value: Any) -> dict[str, Any] | None:
    """CSL date -> ``{"date-parts": [[Y, M, D]]}`` (ints, one or two dates), or
    ``{"literal": text}`` for what is not a date, or None when empty."""
    if isinstance(value, str | int) and not isinstance(value, bool):
        value = {"raw": str(value)}
    if not isinstance(value, dict):
        return None
    parts = value.get("date-parts")
    dates = [_date_parts(p) for p in parts[:2]] if isinstance(parts, list) else []
    if len(dates) == 2 and dates[0] and not dates[1]:  # an open range: « 2014– »
        return {"literal": f"{dates[0][0]}\u2013"}
    dates = [d for d in dates if d]
    if len(dates) == 2 and dates[0][0] == dates[1][0]:
        dates = dates[:1]  # citeproc-py drops the year of, or fails on, a range in one year
    if not dates:
        raw = _clean_text(value.get("raw") or value.get("literal"))
        match = _ISO.fullmatch(raw)
        parsed = _date_parts(list(match.groups())) if match else []
        if not parsed:
            return {"literal": raw} if 0 < len(raw) <= MAX_LITERAL_DATE else None
        dates = [parsed]
    out: dict[str, Any] = {"date-parts": dates}
    if value.get("circa") in (True, 1, "true"):
        out["circa"] = True
    return out


def _date_parts(parts: Any) -> list[int]:
    """Year[, month[, day]] as ints; stops at the first part that is not a valid value."""
    if not isinstance(parts, list):
        return []
    out: list[int] = []
    limits = ((-9999, 9999), (1, 12), (1, 31))
    for part, (low, high) in zip(parts, limits, strict=False):
        try:
            number = int(str(part).strip())
        except (TypeError, ValueError):
            break
        if not low <= number <= high or (not out and number == 0):
            break
        out.append(number)
    return out
