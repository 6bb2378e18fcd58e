"""CSL-JSON reader and writer (Zotero, Better BibTeX, citeproc-js, pandoc exports).

Reading accepts a JSON array of items, a single item, or an object holding the array under
``items`` or ``references``. Before ``json.loads`` runs, one linear scan refuses nesting
deeper than ``MAX_DEPTH`` (the C parser would otherwise recurse until RecursionError) and
notes where each top-level element starts, so a skipped item is reported with its line.
Invalid JSON is refused with its line and column; NaN/Infinity are refused; a duplicate
key is a warning naming it (the last value is kept, as JSON parsers do).

Each item is checked against the CSL schema: an object with a string or number ``id``
(missing: « item-N » and a warning), a string ``type`` (missing: « document »), a string
``title``, name variables as lists of name objects, dates as CSL date objects (a bare
string becomes ``{"raw": ...}`` with a warning), other standard variables as strings or
numbers. An item that fails is skipped with a located problem, never imported silently.
Unknown variables are kept in the item as they are; members whose name holds « : »
(« bibtex:howpublished », « ris:N1 ») go to ``SourceRecord.extra``: the writer puts each
``_extra`` key back as such a member, so export then import gives the same record.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Iterable
from typing import Any

from kb_app.core.errors import Message, Problem, ValidationError
from kb_app.core.interchange.decoding import decode
from kb_app.core.interchange.record import ParseResult, SourceRecord

MAX_DEPTH = 64


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\S+", text))


CSL_TYPES = _words(
    """article article-journal article-magazine article-newspaper bill book broadcast chapter
    classic collection dataset document entry entry-dictionary entry-encyclopedia event figure
    graphic hearing interview legal_case legislation manuscript map motion_picture
    musical_score pamphlet paper-conference patent performance periodical
    personal_communication post post-weblog regulation report review review-book software
    song speech standard thesis treaty webpage"""
)
NAME_VARIABLES = _words(
    """author chair collection-editor compiler composer container-author contributor curator
    director editor editorial-director editor-translator executive-producer guest host
    illustrator interviewer narrator organizer original-author performer producer recipient
    reviewed-author script-writer series-creator translator"""
)
DATE_VARIABLES = _words("accessed available-date event-date issued original-date submitted")
STANDARD_VARIABLES = _words(
    """abstract annote archive archive_collection archive_location archive-place authority
    call-number chapter-number citation-key citation-label citation-number collection-number
    collection-title container-title container-title-short dimensions division DOI edition
    event event-place event-title genre ISBN ISSN issue jurisdiction keyword language license
    locator medium note number number-of-pages number-of-volumes original-publisher
    original-publisher-place original-title page page-first part-number part-title PMCID PMID
    printing-number publisher publisher-place references reviewed-genre reviewed-title scale
    section source status supplement-number title title-short URL version volume volume-title
    volume-title-short year-suffix"""
)
_STRING = re.compile(r'"(?:[^"\\]++|\\.)*+"?', re.DOTALL)
_STRUCTURE = re.compile(r"[\[\]{},]")
_SPACE = re.compile(r"\s*")
_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
_WRAPPERS = ("items", "references")


# --- JSON with guards --------------------------------------------------------------------


def _skeleton(text: str) -> str:
    """The text with every string emptied (« "" »): brackets and commas left to count.

    Lines are kept (a JSON string holds no raw line break; if one does, json refuses it)."""
    return _STRING.sub(_empty_string, text)  # a callable: the GIL is released between matches


def _empty_string(_match: re.Match[str]) -> str:
    return '""'


def _scan(skeleton: str, where: str, lines: Callable[[int], int]) -> list[int]:
    """Refuse deep nesting; return where each element of a top-level array starts."""
    depth = 0
    starts: list[int] = []
    for m in _STRUCTURE.finditer(skeleton):
        char = m.group()
        if char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                depth_limit = {"limit": MAX_DEPTH}
                problem = Problem(where, "csljson.too_deep", lines(m.start()), depth_limit)
                raise ValidationError("csljson.nested_too_deeply", [problem], name=where)
            if depth == 1:
                starts.append(m.end())
        elif char in "]}":
            depth -= 1
        elif depth == 1:
            starts.append(m.end())
    return starts


def _loads(text: str, where: str, duplicates: dict[int, tuple[Any, list[str]]]) -> Any:
    """``json.loads``; objects with a repeated key are noted in ``duplicates`` (by id)."""

    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        if len(obj) != len(pairs):
            seen: set[str] = set()
            twice: list[str] = []
            for key, _ in pairs:
                if key in seen and key not in twice:
                    twice.append(key)
                seen.add(key)
            duplicates[id(obj)] = (obj, twice)  # the object is kept alive: its id stays unique
        return obj

    def refuse(constant: str) -> Any:
        raise ValueError(f"{constant} is not a JSON value")

    try:
        return json.loads(text, object_pairs_hook=pairs_hook, parse_constant=refuse)
    except json.JSONDecodeError as err:
        syntax = {"detail": err.msg, "column": err.colno}
        problem = Problem(where, "csljson.syntax", err.lineno, syntax)
        raise ValidationError("csljson.invalid_json", [problem], name=where) from None
    except (ValueError, RecursionError) as err:  # NaN, Infinity, integers over 4300 digits
        problem = Problem(where, "csljson.bad_value", None, {"detail": str(err)})
        raise ValidationError("csljson.invalid_json", [problem], name=where) from None


def _items(value: Any, where: str) -> tuple[list[Any], str]:
    """The items and how they were found: « array », « single » or « wrapper »."""
    if isinstance(value, list):
        return value, "array"
    if isinstance(value, dict):
        for key in _WRAPPERS:
            if isinstance(value.get(key), list) and "type" not in value:
                return value[key], "wrapper"
        return [value], "single"
    problem = Problem(where, "csljson.single_value", 1)
    raise ValidationError("csljson.not_csl", [problem], name=where)


# --- schema ------------------------------------------------------------------------------


def _scalar(value: Any) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


_NAME_PARTS = ("family", "given", "suffix", "dropping-particle", "non-dropping-particle")


def _name_ok(name: Any) -> bool:
    """A name object whose parts are text (a number is accepted as text, a boolean is not)."""
    return isinstance(name, dict) and all(
        v is None or isinstance(v, str) or (isinstance(v, (int, float)) and not isinstance(v, bool))
        for k, v in name.items()
        if k in (*_NAME_PARTS, "literal")
    )


def _date_ok(date: Any) -> bool:
    if not isinstance(date, dict):
        return False
    parts = date.get("date-parts", [])
    return isinstance(parts, list) and all(
        isinstance(part, list) and all(_scalar(p) for p in part) for part in parts
    )


def _schema_error(key: str, value: Any, index: int) -> Message | None:
    """Why ``value`` cannot be the CSL variable ``key`` (None: it can; null is « absent »)."""
    if value is None:
        return None
    if key in NAME_VARIABLES:
        if not isinstance(value, list) or not all(_name_ok(name) for name in value):
            return Message.of("csljson.not_names", index=index, name=key)
    elif key in DATE_VARIABLES:
        if not isinstance(value, str) and not _date_ok(value):
            return Message.of("csljson.not_date", index=index, name=key)
    elif key == "title":
        if not isinstance(value, str):
            return Message.of("csljson.not_text", index=index, name=key)
    elif key in STANDARD_VARIABLES and not _scalar(value):
        return Message.of("csljson.not_scalar", index=index, name=key)
    return None


def _split(raw: dict[str, Any], record: SourceRecord) -> None:
    """Members named with « : » go to extra; the others are the CSL item."""
    for key, value in raw.items():
        if ":" in key:
            text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            record.extra[key] = text
        elif key == "_extra" and isinstance(value, dict):
            record.extra.update({str(k): str(v) for k, v in value.items()})
        else:
            record.item[key] = value


_RICH_ITALIC = re.compile(r"<i>(.+?)</i>")
_RICH_BOLD = re.compile(r"<b>(.+?)</b>")
_RICH_FIELDS = ("title", "title-short", "container-title", "collection-title", "event-title")


def _markdown_emphasis(item: dict[str, Any]) -> None:
    """CSL rich text in titles (« <i>…</i> ») as the Markdown emphasis our fiches use."""
    for name in _RICH_FIELDS:
        value = item.get(name)
        if isinstance(value, str) and "<" in value:
            value = _RICH_BOLD.sub(r"**\1**", _RICH_ITALIC.sub(r"*\1*", value))
            item[name] = value


def _split_subtitle(item: dict[str, Any]) -> None:
    """« Titre : sous-titre » with ``title-short`` « Titre » (how our export and Zotero write
    a subtitle: CSL has no subtitle variable) -> title and subtitle apart."""
    title, short = item.get("title"), item.get("title-short")
    if "subtitle" in item or not isinstance(title, str) or not isinstance(short, str):
        return
    for separator in (" : ", ": "):
        if short and title.startswith(short + separator) and title != short + separator:
            item["title"], item["subtitle"] = short, title[len(short + separator) :]
            del item["title-short"]
            return


def _normalise(item: dict[str, Any], index: int, warnings: list[Message]) -> Message | None:
    """Fill what may be filled (with a warning); return why the item is invalid, if it is."""
    if item.get("id") in (None, ""):
        item["id"] = f"item-{index}"
        warnings.append(Message.of("csljson.no_id", id=item["id"]))
    elif not _scalar(item["id"]):
        return Message.of("csljson.not_scalar", index=index, name="id")
    if item.get("type") in (None, ""):
        item["type"] = "document"
        warnings.append(Message.of("csljson.no_type"))
    elif not isinstance(item["type"], str):
        return Message.of("csljson.not_text", index=index, name="type")
    elif item["type"] not in CSL_TYPES:
        warnings.append(Message.of("csljson.unknown_type", type=item["type"]))
    _markdown_emphasis(item)
    _split_subtitle(item)
    if isinstance(item.get("keyword"), list) and all(isinstance(k, str) for k in item["keyword"]):
        item["keyword"] = ", ".join(item["keyword"])
        warnings.append(Message.of("csljson.keywords_joined"))
    for key, value in item.items():
        if key in DATE_VARIABLES and isinstance(value, str):
            item[key] = {"raw": value}
            warnings.append(Message.of("csljson.raw_date", name=key))
        elif (error := _schema_error(key, value, index)) is not None:
            return error
    return None


def _record(raw: Any, index: int, where: str, line: int | None) -> SourceRecord | Problem:
    if not isinstance(raw, dict):
        return Problem(where, "csljson.not_object", line, {"index": index})
    record = SourceRecord(item={}, where=where, line=line)
    _split(raw, record)
    error = _normalise(record.item, index, record.warnings)
    if error is not None:
        return Problem.at(where, error, line)
    return record


def _nested_duplicates(raw: Any, duplicates: dict[int, tuple[Any, list[str]]]) -> list[str]:
    """The repeated keys of ``raw`` and of the objects inside it (each object reported once)."""
    keys: list[str] = []
    stack = [raw]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            keys += duplicates.pop(id(value), (None, []))[1]
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return keys


def _encodable(raw: Any) -> bool:
    try:
        json.dumps(raw, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class _Reader:
    """One file being read: its text, its line index and the result so far."""

    def __init__(self, data: bytes, where: str, fallback: str | None = None) -> None:
        decoded = decode(data, where, fallback=fallback)
        self.where, self.text = where, decoded.text
        self.skeleton = _skeleton(self.text)
        self.newlines = [m.start() for m in re.finditer("\n", self.skeleton)]
        self.result = ParseResult([], [], list(decoded.warnings), decoded.encoding)
        self.ids: dict[str, int] = {}

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.newlines, offset) + 1

    def skip_space(self, offset: int) -> int:
        m = _SPACE.match(self.skeleton, offset)
        return offset if m is None else m.end()

    def lines(self, starts: list[int], count: int, mode: str) -> list[int | None]:
        """The line where each item starts, when it can be known."""
        if mode == "wrapper":
            return [None] * count
        if mode == "single":
            starts = [0]
        found: list[int | None] = [self.line_of(self.skip_space(s)) for s in starts]
        return (found + [None] * count)[:count]

    def add(self, raw: Any, index: int, line: int | None, check_surrogates: bool) -> None:
        where = self.where
        if check_surrogates and not _encodable(raw):
            problem = Problem(where, "csljson.surrogate", line, {"index": index})
            self.result.skipped.append(problem)
            return
        outcome = _record(raw, index, where, line)
        if isinstance(outcome, Problem):
            self.result.skipped.append(outcome)
            return
        self.result.records.append(outcome)
        first = self.ids.setdefault(str(outcome.item["id"]), index)
        if first != index:
            same = {"index": index, "id": outcome.item["id"], "first": first}
            self.result.warnings.append(Problem(where, "csljson.same_id", line, same))

    def warn_duplicates(self, keys: list[str], index: int | None, line: int | None) -> None:
        for key in keys:
            if index is None:
                problem = Problem(self.where, "csljson.duplicate_key", line, {"key": key})
            else:
                in_item = {"index": index, "key": key}
                problem = Problem(self.where, "csljson.item_duplicate_key", line, in_item)
            self.result.warnings.append(problem)


def read_csljson(data: bytes, where: str, *, fallback: str | None = None) -> ParseResult:
    """Every item of a CSL-JSON file, checked (see the module documentation)."""
    reader = _Reader(data, where, fallback)
    starts = _scan(reader.skeleton, where, reader.line_of)
    duplicates: dict[int, tuple[Any, list[str]]] = {}
    items, mode = _items(_loads(reader.text, where, duplicates), where)
    lines = reader.lines(starts, len(items), mode)
    check_surrogates = _SURROGATE.search(reader.text) is not None
    for index, (raw, line) in enumerate(zip(items, lines, strict=True), start=1):
        if duplicates:
            reader.warn_duplicates(_nested_duplicates(raw, duplicates), index, line)
        reader.add(raw, index, line, check_surrogates)
    for _, keys in duplicates.values():
        reader.warn_duplicates(keys, None, None)
    return reader.result


# --- writing -----------------------------------------------------------------------------


def write_csljson(items: Iterable[dict[str, Any]]) -> str:
    """A pretty JSON array of CSL items; each ``_extra`` key becomes a member of its own."""
    out: list[dict[str, Any]] = []
    for item in items:
        entry = {key: value for key, value in item.items() if key != "_extra"}
        extra = item.get("_extra")
        if isinstance(extra, dict):
            for key, value in extra.items():
                entry.setdefault(str(key), value)
        out.append(entry)
    return json.dumps(out, ensure_ascii=False, indent=2, default=str) + "\n"
