"""What the library's use cases report: imports, exports, merges, duplicates, the thesaurus's
quality, attachments, citations, index drift, restores. Frozen, JSON-ready data."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from kb_app.core.dto.fiches import ConceptRef, Credit, FicheRef
from kb_app.core.errors import Message, Problem


@dataclass(frozen=True)
class Likeness:
    """What a flagged entry looks like: a fiche of the library or an earlier entry of the file."""

    fiche: str | None  # the library's fiche, or None for an entry of the file
    line: int | None  # the file's entry (its line), when the partner is in the file
    title: str  # the partner's title
    reason: str  # a likeness reason (vocabulary « reason »): « similar-title »…
    score: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class PlannedEntry:
    """One entry of the file and what the import does with it."""

    where: str
    line: int | None
    title: str
    year: int | None
    authors: str
    action: str  # "new", "update", "duplicate", "skip"
    target: str | None = None  # the existing fiche (update, duplicate)
    #: why: a duplicate reason (« doi », « id »…, the « reason » vocabulary) or a message code
    reason: str = ""
    params: Mapping[str, object] = field(default_factory=dict, hash=False)  # of the code
    #: who the work is by, with their roles: what the preview shows (``core.people``)
    people: tuple[Credit, ...] = ()
    #: imported (or left to the librarian's choice) but looks like another work: review it
    likeness: Likeness | None = None

    @property
    def flagged(self) -> bool:
        return self.likeness is not None

    @classmethod
    def skipped(cls, problem: Problem) -> PlannedEntry:
        """An entry left out, for the reason ``problem`` gives."""
        return cls(
            problem.where, problem.line, "", None, "", "skip", None, problem.code, problem.params
        )


@dataclass(frozen=True)
class ImportReport:
    source: str
    format: str
    encoding: str
    found: int
    imported: int
    updated: int
    duplicates: int
    skipped: int
    errors: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()
    entries: tuple[PlannedEntry, ...] = ()
    keys: tuple[str, ...] = ()
    dry_run: bool = False
    #: Files the entries linked to (a Zotero export with files) attached to their fiches.
    attachments: int = 0

    @property
    def flagged(self) -> int:
        """Entries that look like another work (imported unless told otherwise): an extra
        count, outside the arithmetic."""
        return sum(1 for e in self.entries if e.likeness is not None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "format": self.format,
            "encoding": self.encoding,
            "found": self.found,
            "imported": self.imported,
            "updated": self.updated,
            "duplicates": self.duplicates,
            "skipped": self.skipped,
            "errors": [_problem_dict(p) for p in self.errors],
            "warnings": [_problem_dict(p) for p in self.warnings],
            "duplicates_of": [_duplicate_dict(e) for e in self.entries if e.action == "duplicate"],
            "keys": list(self.keys),
            "dry_run": self.dry_run,
            "attachments": self.attachments,
            "flagged": self.flagged,
            "flagged_entries": [_flagged_dict(e) for e in self.entries if e.likeness],
        }


def _place(where: str, line: int | None) -> str:
    return f"{where}:{line}" if line is not None else where


def _problem_dict(p: Problem) -> dict[str, Any]:
    return {**p.to_dict(), "where": _place(p.where, p.line)}


def _duplicate_dict(e: PlannedEntry) -> dict[str, Any]:
    data: dict[str, Any] = {"where": _place(e.where, e.line), "fiche": e.target, "reason": e.reason}
    if e.params:
        data["params"] = dict(e.params)
    return data


def _flagged_dict(e: PlannedEntry) -> dict[str, Any]:
    assert e.likeness is not None
    return {
        "where": _place(e.where, e.line),
        "line": e.line,
        "title": e.title,
        "action": e.action,
        "fiche": e.target,
        "partner": e.likeness.to_dict(),
    }


@dataclass(frozen=True)
class DuplicatePair:
    key_a: str
    key_b: str
    reason: str
    score: float


@dataclass(frozen=True)
class LikelyDuplicate:
    """A fiche of the library that a draft is (``identical``) or looks like."""

    key: str
    title: str
    reason: str  # vocabulary « reason »
    score: float
    identical: bool


@dataclass(frozen=True)
class MergeField:
    name: str  # "title", ..., or "details.<name>"
    value_a: Any
    value_b: Any

    @property
    def differs(self) -> bool:
        return bool(self.value_a != self.value_b)

    @property
    def default(self) -> str:
        """Which side a merge takes unless told otherwise: a's value, b's when a has none."""
        return "a" if self.value_a not in (None, "", (), [], {}) else "b"


@dataclass(frozen=True)
class ExportSummary:
    format: str
    path: str
    count: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    uid: str
    fiche_key: str
    sha256: str
    original_name: str
    media_type: str | None
    size: int
    has_text: bool
    created_at: str
    notes: tuple[Message, ...] = ()  # what the text extraction has to say

    @property
    def warning(self) -> str | None:
        """The notes as one English sentence (None when there is nothing to say)."""
        return "; ".join(n.message for n in self.notes) or None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["warning"] = self.warning
        data["notes"] = [{"code": n.code, "params": dict(n.params)} for n in self.notes]
        return data


@dataclass(frozen=True)
class LabelClash:
    """One label (accents and case aside) given to several concepts, as pref or alt."""

    label: str
    concepts: tuple[ConceptRef, ...]


@dataclass(frozen=True)
class QualityReport:
    concepts: int
    without_definition: tuple[ConceptRef, ...]
    without_english: tuple[ConceptRef, ...]
    unused: tuple[ConceptRef, ...]  # no live fiche, directly or through a narrower concept
    orphans: tuple[ConceptRef, ...]  # in no group
    label_clashes: tuple[LabelClash, ...]
    cycle: tuple[ConceptRef, ...]  # a broader cycle (first concept repeated at the end), or ()
    fiches_without_concept: tuple[FicheRef, ...]  # live fiches of every kind, dossiers too

    def unindexed_by_kind(self) -> dict[str, int]:
        return dict(sorted(Counter(f.kind for f in self.fiches_without_concept).items()))

    def counts(self) -> dict[str, int]:
        return {
            "without_definition": len(self.without_definition),
            "without_english": len(self.without_english),
            "unused": len(self.unused),
            "orphans": len(self.orphans),
            "label_clashes": len(self.label_clashes),
            "cycle": len(self.cycle),
            "fiches_without_concept": len(self.fiches_without_concept),
        }

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: the lists, their counts and the unindexed fiches by kind."""
        data = asdict(self)
        data["counts"] = self.counts()
        data["fiches_without_concept_by_kind"] = self.unindexed_by_kind()
        return data


@dataclass(frozen=True)
class MergeSummary:
    """What a merge did: ``source`` no longer exists, its fiches and labels went to ``target``."""

    source: ConceptRef
    target: ConceptRef
    fiches_moved: int  # fiches that were indexed with the source, now with the target
    fiches_already_indexed: int  # among them, those that were indexed with both
    labels_added: tuple[str, ...]  # the source's labels, now alternative labels of the target
    labels_skipped: tuple[str, ...]  # labels dropped: another concept already uses them


@dataclass(frozen=True)
class DeleteSummary:
    concept: ConceptRef
    reattached: tuple[str, ...]  # keys of the narrower concepts moved under its broaders


@dataclass(frozen=True)
class Drift:
    missing: tuple[str, ...]  # in the database, not in the index
    extra: tuple[str, ...]  # in the index, not (or no longer) in the database
    stale: tuple[str, ...]  # in both, with a different content hash

    @property
    def count(self) -> int:
        return len(self.missing) + len(self.extra) + len(self.stale)


@dataclass(frozen=True)
class Citation:
    """One formatted reference: the item's key, plain text (French typography kept) and
    HTML (``<i>`` for italics, text escaped)."""

    key: str
    text: str
    html: str

    def to_dict(self) -> dict[str, str]:
        return {"text": self.text, "html": self.html}


@dataclass(frozen=True)
class Uncitable:
    """A fiche a bibliography lists apart: its key, title and why it cannot be cited."""

    key: str
    title: str
    reason: Message


@dataclass(frozen=True)
class Bibliography:
    """The entries of a bibliography, in the style's order, and the fiches listed apart."""

    entries: tuple[Citation, ...]
    apart: tuple[Uncitable, ...] = ()


@dataclass(frozen=True)
class RestoreInfo:
    """What a restore did: which backup (and its date), where the old database went."""

    backup: str
    backup_created_at: str
    verified: bool
    replaced: str | None
    index_set_aside: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class LibraryMove:
    """A library copied to a new folder (« Déplacer la bibliothèque… », ``kb library move``):
    where from, where to, how many fiches the checked copy holds, the note left behind."""

    source: str
    target: str
    fiches: int
    note: str | None = None  # the note written in the old folder, once the move is done

    def to_dict(self) -> dict[str, Any]:
        return {"from": self.source, "to": self.target, "fiches": self.fiches, "note": self.note}
