"""Adding a SKOS thesaurus file to a library's thesaurus (see ``structured``).

The file is checked as a whole first (``load_skos``: DOCTYPE refused, cycles, unknown
targets, missing labels); a file with any problem changes nothing. Then each concept is new
or already known (same key, URI or French label); the merged graph is checked for cycles
before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kb_app.core.dto import ImportReport, PlannedEntry
from kb_app.core.errors import Problem, ValidationError
from kb_app.core.storage.concepts import broader_edges, label_index
from kb_app.core.storage.models import (
    Concept,
    ConceptLabel,
)
from kb_app.core.thesaurus.graph import find_cycle
from kb_app.core.thesaurus.skos import ConceptRecord, ThesaurusData
from kb_app.core.thesaurus.skos_child import load_skos_isolated


@dataclass
class SkosPlan:
    data: ThesaurusData
    known: dict[str, int]  # uri in the file -> existing concept id
    update: bool
    entries: list[PlannedEntry] = field(default_factory=list)
    updated: set[str] = field(default_factory=set)

    def report(self, source: str, *, dry_run: bool = False) -> ImportReport:
        count = {
            a: sum(1 for e in self.entries if e.action == a)
            for a in ("new", "update", "duplicate", "skip")
        }
        return ImportReport(
            source=source,
            format="skos",
            encoding="utf-8",
            found=len(self.data.concepts) + len(self.data.skipped),
            imported=count["new"],
            updated=count["update"],
            duplicates=count["duplicate"],
            skipped=len(self.data.skipped),
            errors=self.data.skipped,
            warnings=self.data.warnings,
            entries=tuple(self.entries),
            dry_run=dry_run,
        )


def _existing(s: Session, c: ConceptRecord, known: _Known) -> int | None:
    found = known.by_key.get(c.key) or known.by_uri.get(c.uri)
    if found is not None:
        return found
    key = known.labels.resolve(c.pref_fr)
    return known.by_key.get(key) if key else None


class _Known:
    """The library's concepts by key, URI and label, read once per import."""

    def __init__(self, s: Session) -> None:
        rows = s.execute(select(Concept.id, Concept.key, Concept.uri)).all()
        self.by_key = {key: cid for cid, key, _ in rows}
        self.by_uri = {uri: cid for cid, _, uri in rows if uri}
        self.labels = label_index(s)


def read_skos(path: Path) -> ThesaurusData:
    """The file's concepts, parsed in a capped child process (no base needed)."""
    return load_skos_isolated(path, lenient=True)


def plan_skos(s: Session, path: Path, data: ThesaurusData, *, update: bool) -> SkosPlan:
    """What importing ``data`` (read from ``path``) would do, against the base (``s``)."""
    plan = SkosPlan(data, {}, update)
    plan.entries += [replace(PlannedEntry.skipped(p), where=str(path)) for p in data.skipped]
    known = _Known(s)
    for c in data.concepts:
        cid = _existing(s, c, known)
        if cid is None:
            plan.entries.append(PlannedEntry(str(path), c.line, c.pref_fr, None, "", "new"))
            continue
        plan.known[c.uri] = cid
        differs = _differs(s, cid, c)
        action = "update" if update and differs else "duplicate"
        if action == "update":
            plan.updated.add(c.uri)
        # the reason is a message code (it has no parameters)
        reason = "import.in_thesaurus_differs" if differs and not update else "import.in_thesaurus"
        plan.entries.append(
            PlannedEntry(str(path), c.line, c.pref_fr, None, "", action, c.key, reason)
        )
    _check_merged_graph(s, plan, str(path))
    return plan


def _differs(s: Session, cid: int, c: ConceptRecord) -> bool:
    concept = s.get(Concept, cid)
    assert concept is not None
    labels = set(s.scalars(select(ConceptLabel.label).where(ConceptLabel.concept_id == cid)))
    labels |= {concept.pref_fr, concept.pref_en or ""}
    new_alts = {label for label, _ in c.alt_labels} - labels
    new_definition = bool(c.definition) and not concept.definition
    new_english = bool(c.definition_en) and not concept.definition_en
    return bool(new_alts) or new_definition or new_english


def _check_merged_graph(s: Session, plan: SkosPlan, where: str) -> None:
    edges = [(str(a), str(b)) for a, b in broader_edges(s)]
    ident = {uri: str(cid) for uri, cid in plan.known.items()}
    edges += [
        (ident.get(c.uri, c.uri), ident.get(b, b)) for c in plan.data.concepts for b in c.broader
    ]
    cycle = find_cycle(edges)
    if cycle:
        problem = Problem(where, "skos.cycle_through", None, {"cycle": " -> ".join(cycle)})
        raise ValidationError("skos.import_cycle", [problem], name=where)
