"""Reading BibTeX / BibLaTeX into CSL-JSON shaped records.

bibtexparser 2 splits the file into blocks (it reports the blocks it cannot read); this
module evaluates the values (``@string`` macros, ``#`` concatenation), decodes LaTeX to
Unicode with bibtexparser's LaTeX decoding middleware, splits names with bibtexparser's
name functions, resolves ``crossref`` and maps every entry to a CSL-JSON item. Fields
with no CSL counterpart are kept in ``SourceRecord.extra`` as ``bibtex:<field>``.

Every ``@type{`` / ``@type(`` block that is not ``@string``/``@preamble``/``@comment``
ends up exactly once in ``records`` or in ``skipped``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from bibtexparser import model
from bibtexparser.entrypoint import parse_string

from kb_app.core.errors import Message, Problem, ValidationError
from kb_app.core.interchange.bibtex_common import (
    ARTICLES,
    FIELD_NAME,
    LANGUAGE_ALIASES,
    LANGUAGES,
    MONTHS,
    NAMES_BY_FIELD,
    PLACE_ALIASES,
    SIMPLE,
    TYPE_READ,
    TYPE_WRITE,
    container_aliases,
    decode_value,
    evaluate,
    parse_names,
    publisher_aliases,
)
from kb_app.core.interchange.decoding import decode
from kb_app.core.interchange.linked_files import bibtex_file_links, is_file_link
from kb_app.core.interchange.record import FileLink, ParseResult, SourceRecord

logging.getLogger("bibtexparser").addHandler(logging.NullHandler())  # we report problems

MAX_FIELD = 1_000_000
_LANG_CODE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_ENTRY_START = re.compile(r"@\s*([A-Za-z]*)\s*[{(]\s*([^,\s]*)")
_BROKEN_ENTRY = re.compile(r"@\s*[A-Za-z]+\s*[{(]")
_ELISION = re.compile(r"([dDlL]['’])(\w.*)")
_AND = re.compile(r"\s+and\s+(?![^{]*\})")  # « and » between list items, not inside braces
# A child that has one field of a group inherits none of the others (they are aliases).
ALIAS_GROUPS = (
    ("journal", "journaltitle", "booktitle"),
    ("address", "location"),
    ("school", "institution", "publisher"),
    ("langid", "language"),
    ("date", "year", "month"),
)
# Bookkeeping, and what identifies or describes the parent itself: a chapter that took
# its book's ISBN or DOI would look like a duplicate of the book.
NOT_INHERITED = frozenset(
    {"crossref", "xref", "ids", "key", "entryset", "label", "shorthand", "shorttitle"}
    | {"doi", "isbn", "issn", "url", "urldate", "eprint", "eprinttype", "file", "pdf"}
    | {"abstract", "keywords", "note", "annotation", "annote", "sortkey", "sorttitle"}
)


@dataclass
class _Entry:
    key: str
    type: str
    line: int
    fields: dict[str, str]
    warnings: list[Message] = field(default_factory=list)


# --- entry -> CSL item -----------------------------------------------------------------


class _Mapper:
    """Turns one entry's evaluated fields (still LaTeX) into a CSL item and extras."""

    def __init__(self, entry: _Entry) -> None:
        self.entry = entry
        self.left = dict(entry.fields)
        self.item: dict[str, Any] = {}
        self.extra: dict[str, str] = {}
        self.files: list[FileLink] = []

    def text(self, name: str) -> str:
        value = self.left.pop(name, "")
        decoded, ok = decode_value(value, name)
        if not ok:
            self.entry.warnings.append(Message.of("bibtex.latex_kept", field=name))
        return decoded

    def first(self, aliases: tuple[str, ...]) -> tuple[str, str] | None:
        for name in aliases:
            if name in self.left:
                return name, self.text(name)
        return None

    def set(self, var: str, value: str) -> None:
        if value:
            self.item[var] = value

    def run(self) -> tuple[dict[str, Any], dict[str, str]]:
        entry = self.entry
        csl_type = TYPE_READ.get(entry.type, "document")
        if entry.key:
            self.item.update({"id": entry.key, "citation-key": entry.key})
        self.item["type"] = csl_type
        if TYPE_WRITE.get(csl_type, "misc") != entry.type and entry.type:
            self.extra["bibtex:type"] = entry.type
        self._title()
        self._names()
        self._date()
        self._places(csl_type)
        self._numbers(csl_type)
        for name, var in SIMPLE.items():
            if name in self.left:
                self.set(var, self.text(name))
        if "keywords" in self.left:
            words = re.split(r"[;,]", self.text("keywords"))
            self.set("keyword", ", ".join(w.strip() for w in words if w.strip()))
        self._language()
        self._files()
        for name in list(self.left):
            value = self.text(name)
            if value:
                self.extra[f"bibtex:{name}"] = value
        return self.item, self.extra

    def _files(self) -> None:
        """Zotero's and JabRef's ``file`` field: the entry's files (its value is read as
        written, not as LaTeX: « \\: » escapes a colon there). Addresses stay in extra."""
        raw = self.left.get("file", "")
        links = bibtex_file_links(raw, self.entry.line) if raw.strip() else []
        self.files = [link for link in links if is_file_link(link.path)]
        if not self.files:
            return  # only addresses (JabRef's « :http\\://…:PDF »): kept as they were
        del self.left["file"]
        others = [link.path for link in links if not is_file_link(link.path)]
        if others:
            self.extra["bibtex:file"] = "; ".join(others)

    def _title(self) -> None:
        title = self.text("title") if "title" in self.left else ""
        if "subtitle" in self.left:  # the neutral record keeps it apart (as our fiches do)
            subtitle = self.text("subtitle")
            if title and subtitle:
                self.set("subtitle", subtitle)
            else:
                title = title or subtitle
        self.set("title", title)

    def _names(self) -> None:
        others: list[str] = []
        for name, var in NAMES_BY_FIELD.items():
            if name not in self.left:
                continue
            names, etal, problems = parse_names(self.left.pop(name))
            self.entry.warnings += [
                Message.of("bibtex.name_unsplit", field=name, name=raw) for raw in problems
            ]
            if names:
                self.item[var] = [_split_elision(n) for n in names]
            if etal:
                others.append(name)
        if others:
            self.extra["bibtex:and-others"] = ", ".join(others)

    def _date(self) -> None:
        date = self.text("date") if "date" in self.left else ""
        year = self.text("year") if "year" in self.left else ""
        month = self.text("month") if "month" in self.left else ""
        issued: dict[str, Any] | None = None
        if date:
            issued = _iso(date) or {"raw": date}
            parts = issued.get("date-parts", [[None, None]])[0] + [None]
            if year and str(parts[0]) != year:
                self.extra["bibtex:year"] = year
            if month and MONTHS.get(month.lower().rstrip(".")) != parts[1]:
                self.extra["bibtex:month"] = month
        elif year:
            number = MONTHS.get(month.lower().rstrip(".")) if month else None
            if year.isdigit() and len(year) <= 4:
                issued = {"date-parts": [[int(year)] + ([number] if number else [])]}
            else:
                issued = {"raw": year}
            if month and (number is None or "raw" in issued):
                self.extra["bibtex:month"] = month
        elif month:
            self.extra["bibtex:month"] = month
        if issued is not None:
            self.item["issued"] = issued

    def _places(self, csl_type: str) -> None:
        found = self.first(container_aliases(csl_type))
        if found is not None:
            self.set("container-title", found[1])
        for var, aliases in (
            ("publisher", publisher_aliases(csl_type)),
            ("publisher-place", PLACE_ALIASES),
        ):
            name = next((a for a in aliases if a in self.left), None)
            if name is not None:  # a BibTeX list: « Düsseldorf and Zürich » -> two places
                parts = _AND.split(self.left.pop(name))
                self.left[name] = parts[0]
                texts = [self.text(name)]
                for part in parts[1:]:
                    self.left[name] = part
                    texts.append(self.text(name))
                self.set(var, " ; ".join(t for t in texts if t))

    def _numbers(self, csl_type: str) -> None:
        if "pages" in self.left:
            pages = self.left.pop("pages").replace("--", "-")
            self.left["pages"] = pages
            self.set("page", self.text("pages").replace("–", "-"))
        if "number" in self.left:
            self.set("issue" if csl_type in ARTICLES else "number", self.text("number"))

    def _language(self) -> None:
        found = self.first(LANGUAGE_ALIASES)
        if found is None:
            return
        name, value = found
        if not value:
            return
        code = LANGUAGES.get(value.lower())
        if code is None and _LANG_CODE.fullmatch(value):
            code = value
        if code is None:
            self.extra[f"bibtex:{name}"] = value
        else:
            self.item["language"] = code


def _iso(text: str) -> dict[str, Any] | None:
    m = _ISO_DATE.fullmatch(text.strip())
    if m is None:
        return None
    parts = [int(p) for p in m.groups() if p is not None]
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        return None
    if len(parts) > 2 and not 1 <= parts[2] <= 31:
        return None
    return {"date-parts": [parts]}


def _split_elision(name: dict[str, str]) -> dict[str, str]:
    """« d'Alembert » -> particle « d' », family « Alembert » (as record.py reads agents)."""
    family = name.get("family", "")
    m = _ELISION.match(family)
    if m is None or "non-dropping-particle" in name or not m.group(2)[0].isupper():
        return name
    return {**name, "non-dropping-particle": m.group(1), "family": m.group(2)}


# --- the reader ------------------------------------------------------------------------


class _Reader:
    def __init__(self, where: str) -> None:
        self.where = where
        self.macros: dict[str, str] = {}
        self.entries: list[_Entry] = []
        self.raw_entries: list[tuple[model.Entry, set[str]]] = []
        self.skipped: list[Problem] = []
        self.warnings: list[Problem] = []
        self.lines: list[str] = []

    def warn(self, note: Message, line: int | None) -> None:
        self.warnings.append(Problem.at(self.where, note, line))

    def run(self, text: str) -> list[SourceRecord]:
        try:
            library = parse_string(text, parse_stack=[])
        except Exception as err:  # noqa: BLE001 - a parser bug must not escape as a crash
            problem = Problem(self.where, "bibtex.parser_failed", None, {"detail": str(err)})
            raise ValidationError("bibtex.unreadable", [problem], name=self.where) from None
        self.lines = text.split("\n")
        for block in library.blocks:
            self.block(block)
        for raw, duplicated in self.raw_entries:
            self.entry(raw, duplicated)
        self.duplicate_keys()
        by_key: dict[str, _Entry] = {}
        for e in self.entries:
            by_key.setdefault(e.key.lower(), e)
        records = []
        for e in self.entries:
            self.crossref(e, by_key)
            mapper = _Mapper(e)
            item, extra = mapper.run()
            records.append(SourceRecord(item, self.where, e.line, extra, e.warnings, mapper.files))
        return records

    def commented_out(self, block: model.Block) -> bool:
        """« %@book{… » is an entry a person commented out (BibTeX itself would read it)."""
        if isinstance(block, (model.ImplicitComment, model.ExplicitComment)):
            return False
        index = block.start_line or 0
        text = self.lines[index] if index < len(self.lines) else ""
        if "%" not in text[: max(text.find("@"), 0)]:
            return False
        m = _ENTRY_START.match((block.raw or "").lstrip())
        what = f"@{m.group(1)}{{{m.group(2)}" if m else "block"
        self.warn(Message.of("bibtex.commented_out", what=what), index + 1)
        return True

    def block(self, block: model.Block) -> None:
        line = (block.start_line or 0) + 1
        inner = getattr(block, "ignore_error_block", None)
        if self.commented_out(block):
            return
        if isinstance(block, model.DuplicateFieldKeyBlock) and isinstance(inner, model.Entry):
            self.raw_entries.append((inner, set(block.duplicate_keys)))
        elif isinstance(block, model.DuplicateBlockKeyBlock) and inner is not None:
            self.block(inner)
        elif isinstance(block, model.ParsingFailedBlock):
            self.failed(block, line)
        elif isinstance(block, model.Entry):
            self.raw_entries.append((block, set()))
        elif isinstance(block, model.String):
            self.string(block, line)
        elif isinstance(block, model.ImplicitComment):
            if block.comment.startswith(("}", ")")):
                self.warn(Message.of("bibtex.stray_brace"), line)
            for m in _BROKEN_ENTRY.finditer(block.comment):
                at = line + block.comment.count("\n", 0, m.start())
                self.warn(Message.of("bibtex.broken_entry", text=m.group()), at)

    def failed(self, block: model.ParsingFailedBlock, line: int) -> None:
        m = _ENTRY_START.match((block.raw or "").lstrip())
        kind = m.group(1).lower() if m else ""
        reason = reason_code(getattr(block.error, "abort_reason", None) or str(block.error))
        if kind in ("string", "preamble", "comment"):
            self.warn(Message.of("bibtex.block_unreadable", kind=kind, detail=reason), line)
            return
        if m and m.group(2):
            unreadable = {"key": m.group(2), "detail": reason}
            self.skipped.append(Problem(self.where, "bibtex.entry_unreadable", line, unreadable))
        else:
            no_key = {"detail": reason}
            self.skipped.append(Problem(self.where, "bibtex.keyless_unreadable", line, no_key))

    def string(self, block: model.String, line: int) -> None:
        name = block.key.strip().lower()
        value, undefined, ok = evaluate(block.value, self.macros)
        for macro in undefined:
            self.warn(Message.of("bibtex.string_macro", name=name, macro=macro), line)
        if not ok:
            self.warn(Message.of("bibtex.string_malformed", name=name), line)
        if name in self.macros:
            self.warn(Message.of("bibtex.string_redefined", name=name), line)
        self.macros[name] = value

    def entry(self, raw: model.Entry, duplicated: set[str]) -> None:
        line = (raw.start_line or 0) + 1
        key = raw.key.strip()
        if not raw.fields:
            if key:
                self.skipped.append(Problem(self.where, "bibtex.no_fields", line, {"key": key}))
            else:
                self.skipped.append(Problem(self.where, "bibtex.keyless_no_fields", line))
            return
        entry = _Entry(key, raw.entry_type.strip().lower(), line, {})
        if not key:
            entry.warnings.append(Message.of("bibtex.no_key"))
        if not entry.type:
            entry.warnings.append(Message.of("bibtex.no_type"))
        for f in raw.fields:
            name = f.key.strip().lower()
            if len(self.field(entry, name, str(f.value))) > MAX_FIELD:
                too_long = {"key": key, "field": name, "limit": MAX_FIELD}
                self.skipped.append(Problem(self.where, "bibtex.field_too_long", line, too_long))
                return
        for name in sorted(duplicated):
            entry.warnings.append(Message.of("bibtex.field_repeated", field=name.lower()))
        self.entries.append(entry)

    def field(self, entry: _Entry, name: str, raw: str) -> str:
        """Evaluate one field into ``entry.fields`` (the first of repeated fields wins)."""
        if name in entry.fields:
            return ""
        value, undefined, ok = evaluate(raw, self.macros)
        for macro in undefined:
            entry.warnings.append(Message.of("bibtex.field_macro", field=name, macro=macro))
        if not ok:
            entry.warnings.append(Message.of("bibtex.field_malformed", field=name))
        if not FIELD_NAME.fullmatch(name):
            entry.warnings.append(Message.of("bibtex.field_name_invalid", field=name))
        if value.strip():
            entry.fields[name] = value
        return value

    def duplicate_keys(self) -> None:
        seen: dict[str, _Entry] = {}
        for e in self.entries:
            if not e.key:
                continue
            first = seen.setdefault(e.key.lower(), e)
            if first is not e:
                twice = Message.of("bibtex.duplicate_key", key=e.key, first=first.line, line=e.line)
                e.warnings.append(twice)

    def crossref(self, entry: _Entry, by_key: dict[str, _Entry]) -> None:
        """Inherit missing fields along the crossref chain; a parent title becomes the
        child's booktitle. A missing parent or a cycle is a warning."""
        seen = {entry.key.lower()}
        current = entry
        while "crossref" in current.fields:
            target = current.fields["crossref"].strip().strip("{}").strip()
            parent = by_key.get(target.lower())
            if parent is None:
                entry.warnings.append(Message.of("bibtex.crossref_missing", key=target))
                return
            if target.lower() in seen:
                entry.warnings.append(Message.of("bibtex.crossref_cycle", key=target))
                return
            seen.add(target.lower())
            _inherit(entry, parent)
            current = parent


def _inherit(child: _Entry, parent: _Entry) -> None:
    """BibLaTeX's inheritance: what the child lacks comes from the parent. For a part of a
    book (a chapter, a paper), the book's title becomes its ``booktitle`` and the book's
    author its ``bookauthor``: the host's author, not a co-author of a chapter that names
    its own (a chapter without author takes the book's, as BibLaTeX does). The book's
    editors stay editors: of the host, which is what a part's ``editor`` means."""
    fields = child.fields
    has = {alias for group in ALIAS_GROUPS for alias in group if set(group) & set(fields)}
    in_book = TYPE_READ.get(child.type) in ("chapter", "paper-conference", "entry-encyclopedia")
    book_author = parent.fields.get("author", "").strip()
    own_author = fields.get("author", "").strip()
    if in_book and book_author and own_author not in ("", book_author):
        fields.setdefault("bookauthor", book_author)
    for name, value in parent.fields.items():
        target = "book" + name if in_book and name in ("title", "subtitle") else name
        skip = name in NOT_INHERITED or not FIELD_NAME.fullmatch(name)
        if not skip and name not in has and target not in has:
            fields.setdefault(target, value)


def read_bibtex(data: bytes, where: str, *, fallback: str | None = None) -> ParseResult:
    """Read a BibTeX/BibLaTeX file's bytes (``where`` names it in messages).

    Raises ValidationError only when the bytes cannot be decoded (or the parser breaks);
    every other problem is a skipped entry or a warning with its line."""
    decoded = decode(data, where, fallback=fallback)
    reader = _Reader(where)
    records = reader.run(decoded.text)
    warnings = decoded.warnings + reader.warnings
    if not records and not reader.skipped and "@" not in decoded.text and decoded.text.strip():
        warnings.append(Problem(where, "bibtex.no_entry", 1))
    return ParseResult(records, reader.skipped, warnings, decoded.encoding)


#: bibtexparser's reasons for giving up on a block (English sentences), as the codes of the
#: « bibtex_reason » vocabulary, which says them in the reader's language.
_REASONS = (
    ("end_of_file", re.compile(r"Unexpectedly reached end of file")),
    ("block_start", re.compile(r"Unexpected block start")),
    ("no_equals", re.compile(r"Expected (?:a `=`|equals sign) after")),
    ("no_comma_after_value", re.compile(r"Expected either a `,`")),
    ("no_comma_after_key", re.compile(r"Expected comma after entry key")),
)


def reason_code(reason: object) -> str:
    """bibtexparser's reason as a word of ours; one we do not know, as it is (one line)."""
    text = " ".join(str(reason).split())
    return next((code for code, pattern in _REASONS if pattern.match(text)), text)
