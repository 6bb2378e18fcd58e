"""Importing a file into the library: read, plan (validate, find duplicates), then write.

One import is one job and one transaction: cancelling it, or any failure, leaves the library
as it was. The report's arithmetic always holds:

    imported + updated + duplicates + skipped == found

and every skipped entry is listed with its file, line and reason. ``dry_run`` stops after
the plan (the import wizard's preview uses it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from kb_app.core import people
from kb_app.core.dto import FicheDraft, ImportReport, Likeness, PlannedEntry
from kb_app.core.errors import Message, Problem, ValidationError
from kb_app.core.interchange.duplicates import (
    DuplicateIndex,
    Identity,
    Match,
    identity_of_draft,
    library_identities,
)
from kb_app.core.interchange.record import MAX_TITLE, ParseResult, SourceRecord, to_draft
from kb_app.core.storage.concepts import label_index
from kb_app.core.vocabulary import IMPORT_FORMATS

MAX_IMPORT_BYTES = 100 * 1024 * 1024
BIBLIOGRAPHIC = ("bibtex", "ris", "csljson")
FORMATS = IMPORT_FORMATS
UNTITLED = "[sans titre]"
_EXTENSIONS = {
    ".bib": "bibtex",
    ".bibtex": "bibtex",
    ".biblatex": "bibtex",
    ".ris": "ris",
    ".json": "csljson",
    ".csljson": "csljson",
    ".ttl": "skos",
    ".rdf": "skos",
    ".skos": "skos",
    ".owl": "skos",
    ".md": "markdown",
    ".zip": "markdown",
}


def detect_format(path: Path, head: bytes = b"") -> str:
    """The format of ``path`` from its extension, then from its first bytes."""
    if path.is_dir():
        return "markdown"
    by_ext = _EXTENSIONS.get(path.suffix.lower())
    if by_ext is not None:
        return by_ext
    text = head.lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n").replace(b"\x00", b"")
    if text.startswith((b"[", b"{")):
        return "csljson"
    if text.startswith(b"TY  -") or b"\nTY  -" in text[:4096]:
        return "ris"
    if b"skos" in text[:8192].lower():
        return "skos"
    if text.startswith(b"@") or b"\n@" in text[:4096]:
        return "bibtex"
    if text.startswith(b"---"):
        return "markdown"
    problem = Problem(str(path), "import.format_unrecognised", 1)
    raise ValidationError(
        "import.unknown_format", [problem], name=path.name, known=", ".join(FORMATS)
    )


def read_file(path: Path, fmt: str, fallback: str | None = None) -> ParseResult:
    """Parse a bibliographic file into records (size-capped, every problem located)."""
    size = path.stat().st_size
    if size > MAX_IMPORT_BYTES:
        raise ValidationError(
            "import.file_too_large",
            [Problem(str(path), "import.too_large")],
            name=path.name,
            megabytes=round(size / 1_048_576),
            limit=MAX_IMPORT_BYTES // 1_048_576,
        )
    data = path.read_bytes()
    where = path.name
    _check_entry_count(data, fmt, path)
    if fmt == "bibtex":
        from kb_app.core.interchange.bibtex import read_bibtex

        return read_bibtex(data, where, fallback=fallback)
    if fmt == "ris":
        from kb_app.core.interchange.ris import read_ris

        return read_ris(data, where, fallback=fallback)
    if fmt == "csljson":
        from kb_app.core.interchange.csljson import read_csljson

        return read_csljson(data, where, fallback=fallback)
    raise ValidationError(
        "import.unknown_bibliographic", format=fmt, known=", ".join(BIBLIOGRAPHIC)
    )


MAX_IMPORT_ENTRIES = 100_000
_ENTRY_STARTS = {
    "bibtex": re.compile(rb"@\s*(?!string\b|preamble\b|comment\b)[A-Za-z]+\s*[{(]", re.IGNORECASE),
    "ris": re.compile(rb"(?m)^TY  -"),
    "csljson": re.compile(rb'"id"\s*:'),
}


def _check_entry_count(data: bytes, fmt: str, path: Path) -> None:
    """Refuse, before parsing, a file with more entries than one import takes (memory)."""
    pattern = _ENTRY_STARTS.get(fmt)
    if pattern is None:
        return
    count = sum(1 for _ in pattern.finditer(data.replace(b"\x00", b"")))
    if count > MAX_IMPORT_ENTRIES:
        raise ValidationError(
            "import.too_many_entries",
            [Problem(str(path), "import.too_many")],
            name=path.name,
            count=count,
            limit=MAX_IMPORT_ENTRIES,
        )


# --- planning ----------------------------------------------------------------------------


@dataclass
class Plan:
    parsed: ParseResult
    entries: list[PlannedEntry] = field(default_factory=list)
    new: list[FicheDraft] = field(default_factory=list)
    updates: list[tuple[str, FicheDraft]] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    #: The record each of ``new`` and of ``updates`` came from (the files it links to are
    #: attached once the fiches are written): filled by ``add_new`` and ``add_update`` only.
    new_records: list[SourceRecord] = field(default_factory=list)
    update_records: list[SourceRecord] = field(default_factory=list)

    def add_new(self, record: SourceRecord, draft: FicheDraft) -> int:
        """A fiche to create from ``record``; its slot in ``new``."""
        self.new.append(draft)
        self.new_records.append(record)
        return len(self.new) - 1

    def add_update(self, key: str, record: SourceRecord, draft: FicheDraft) -> None:
        """The fiche ``key`` to refresh from ``record``."""
        self.updates.append((key, draft))
        self.update_records.append(record)

    def count(self, action: str) -> int:
        return sum(1 for e in self.entries if e.action == action)


def _entry(record: SourceRecord, draft: FicheDraft, action: str, **kw: Any) -> PlannedEntry:
    by = people.people(draft.agents, draft.details).byline  # never the host's editors
    authors = people.author_names(by)
    year = int(draft.date[:4]) if draft.date else None
    return PlannedEntry(
        record.where, record.line, draft.title, year, authors, action, people=by, **kw
    )


def _checked_draft(record: SourceRecord, concept_of: Callable[[str], str | None]) -> FicheDraft:
    from kb_app.core.seed.frontmatter import schema_problems  # jsonschema: only when importing

    draft = _without_controls(to_draft(record, concept_of), record)
    if not draft.title:
        record.warnings.append(Message.of("import.untitled", title=UNTITLED))
        draft = replace(draft, title=UNTITLED)
    if len(draft.title) > MAX_TITLE:
        too_long = Message.of("import.title_too_long", limit=MAX_TITLE)
        raise ValidationError("import.entry_refused", [record.problem(too_long)])
    problems = schema_problems(draft, "ref-import", record.where)
    if problems:  # each problem of the schema, at the record's line
        located = [record.problem(Message(p.code, p.params)) for p in problems]
        raise ValidationError("import.entry_refused", located)
    return draft


_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _clean(value: str, record: SourceRecord, found: set[str]) -> str:
    if "\ufffd" in value:
        found.add("fffd")
    if _CONTROLS.search(value):
        found.add("controls")
        value = _CONTROLS.sub("", value)
    return value


def _without_controls(draft: FicheDraft, record: SourceRecord) -> FicheDraft:
    """Control characters (NUL included) removed, U+FFFD flagged: never stored silently."""
    found: set[str] = set()
    agents = tuple(replace(a, name=_clean(a.name, record, found)) for a in draft.agents)
    details = {
        k: _clean(v, record, found) if isinstance(v, str) else v for k, v in draft.details.items()
    }
    cleaned = replace(
        draft,
        title=_clean(draft.title, record, found),
        subtitle=_clean(draft.subtitle, record, found) if draft.subtitle else None,
        summary=_clean(draft.summary, record, found) if draft.summary else None,
        agents=agents,
        details=details,
    )
    if "controls" in found:
        record.warnings.append(Message.of("import.controls_removed"))
    if "fffd" in found:
        record.warnings.append(Message.of("import.replacement_chars"))
    return cleaned


#: What the librarian may do with a flagged entry (the import wizard's preview).
CHOICES = ("import", "skip", "merge")


def plan_import(
    s: Session,
    parsed: ParseResult,
    *,
    update: bool = False,
    choices: Mapping[int, str] | None = None,
) -> Plan:
    """Decide, for every record, new / update / duplicate / skip, against the base (``s``).

    Only an identity (same DOI; same ISBN and title; the same entry) is a duplicate, set
    aside (or, with ``update``, refreshing the fiche). An entry that merely looks like a fiche
    or an earlier entry is imported and flagged (its ``likeness``), unless ``choices`` (by
    the entry's line) says « skip » or « merge » (into its partner)."""
    plan = Plan(parsed, errors=list(parsed.skipped), warnings=list(parsed.warnings))
    plan.entries += [PlannedEntry.skipped(p) for p in parsed.skipped]
    labels = label_index(s)
    index = DuplicateIndex(library_identities(s))
    chosen = dict(choices or {})

    def concept_of(keyword: str) -> str | None:
        return keyword if labels.resolve(keyword) is not None else None

    earlier: dict[str, tuple[SourceRecord, int]] = {}  # « #n » -> its record, its plan.new slot
    for n, record in enumerate(parsed.records):
        try:
            draft = _checked_draft(record, concept_of)
        except ValidationError as err:
            plan.errors += err.problems
            plan.entries.append(PlannedEntry.skipped(err.problems[0]))
            continue
        plan.warnings += [record.problem(w) for w in record.warnings]
        ident = identity_of_draft(draft, key=f"#{n}")
        if draft.title == UNTITLED:  # untitled entries are not the same work as each other
            ident = replace(ident, title="")
        match = index.identical(ident)
        if match is None:
            alike = index.alike(ident)
            _plan_new(plan, record, draft, ident, alike[0] if alike else None, earlier, chosen)
            if plan.entries[-1].action == "new":
                index.add(ident)
        elif match.key.startswith("#"):
            first = earlier[match.key][0]
            same = {"line": first.line, "reason": match.reason}
            plan.entries.append(
                _entry(record, draft, "duplicate", reason="import.same_as_entry", params=same)
            )
        elif update:
            plan.add_update(match.key, record, draft)
            plan.entries.append(
                _entry(record, draft, "update", target=match.key, reason=match.reason)
            )
        else:
            plan.entries.append(
                _entry(record, draft, "duplicate", target=match.key, reason=match.reason)
            )
    return plan


def _plan_new(
    plan: Plan,
    record: SourceRecord,
    draft: FicheDraft,
    ident: Identity,
    match: Match | None,
    earlier: dict[str, tuple[SourceRecord, int]],
    chosen: Mapping[int, str],
) -> None:
    """A record with no identity: new, flagged when it looks like another work."""
    like: Likeness | None = None
    if match is not None:
        in_file = earlier.get(match.key)
        like = Likeness(
            fiche=None if in_file else match.key,
            line=in_file[0].line if in_file else None,
            title=match.title,
            reason=match.reason,
            score=match.score,
        )
    choice = chosen.get(record.line, "import") if like is not None and record.line else "import"
    if choice not in CHOICES:
        raise ValidationError("import.bad_choice", choice=choice, known=", ".join(CHOICES))
    if like is None or choice == "import":
        earlier[ident.key] = (record, plan.add_new(record, draft))
        plan.entries.append(_entry(record, draft, "new", likeness=like))
    elif choice == "skip":
        params: dict[str, object] = {"title": like.title}
        plan.entries.append(
            _entry(
                record,
                draft,
                "skip",
                reason="import.skipped_as_alike",
                params=params,
                likeness=like,
            )
        )
    elif like.fiche is not None:  # merged into the library's fiche: an update
        plan.add_update(like.fiche, record, draft)
        plan.entries.append(
            _entry(record, draft, "update", target=like.fiche, reason=like.reason, likeness=like)
        )
    else:  # merged into an earlier entry of the file: its gaps filled from this one
        slot = earlier[match.key][1] if match is not None else 0
        plan.new[slot] = filled(plan.new[slot], draft)
        params = {"line": like.line, "reason": like.reason}
        plan.entries.append(
            _entry(
                record,
                draft,
                "duplicate",
                reason="import.merged_into_entry",
                params=params,
                likeness=like,
            )
        )


def filled(kept: FicheDraft, other: FicheDraft) -> FicheDraft:
    """``kept`` with what it lacks taken from ``other`` (details, subtitle, date, summary,
    people, concepts): a merge where the kept entry wins every field both have."""
    details = {**other.details, **{k: v for k, v in kept.details.items() if v not in (None, "")}}
    return replace(
        kept,
        subtitle=kept.subtitle or other.subtitle,
        date=kept.date or other.date,
        summary=kept.summary or other.summary,
        agents=kept.agents or other.agents,
        concepts=tuple(dict.fromkeys(kept.concepts + other.concepts)),
        details=details,
    )


def report_of(
    plan: Plan,
    source: str,
    fmt: str,
    *,
    keys: tuple[str, ...] = (),
    dry_run: bool = False,
    updated: int | None = None,
) -> ImportReport:
    n_updated = plan.count("update") if updated is None else updated
    unchanged = plan.count("update") - n_updated
    report = ImportReport(
        source=source,
        format=fmt,
        encoding=plan.parsed.encoding,
        found=plan.parsed.found,
        imported=plan.count("new"),
        updated=n_updated,
        duplicates=plan.count("duplicate") + unchanged,
        skipped=plan.count("skip"),
        errors=tuple(plan.errors),
        warnings=tuple(plan.warnings),
        entries=tuple(plan.entries),
        keys=keys,
        dry_run=dry_run,
    )
    total = report.imported + report.updated + report.duplicates + report.skipped
    assert total == report.found, f"import arithmetic broken: {asdict(report)}"
    return report
