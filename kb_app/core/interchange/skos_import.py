"""Adding a SKOS thesaurus file to a library's thesaurus (see ``structured``).

The file is checked as a whole first (``load_skos``: DOCTYPE refused, cycles, unknown
targets, missing labels); a file with any problem changes nothing. Then each concept is new
or already known (same key, URI or French label); the merged graph is checked for cycles
before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from kb_app.core.crash import crashpoint
from kb_app.core.errors import Problem, ValidationError
from kb_app.core.interchange.importer import ImportReport, PlannedEntry
from kb_app.core.jobs import Job, Progress
from kb_app.core.storage.concepts import broader_edges, label_index
from kb_app.core.storage.models import (
    Concept,
    ConceptBroader,
    ConceptGroup,
    ConceptGroupMember,
    ConceptLabel,
    ConceptRelated,
)
from kb_app.core.storage.session import reading, transaction
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


def plan_skos(engine: Engine, path: Path, *, update: bool) -> SkosPlan:
    data = load_skos_isolated(path, lenient=True)  # capped child process
    plan = SkosPlan(data, {}, update)
    plan.entries += [
        PlannedEntry(str(path), p.line, "", None, "", "skip", reason=p.message)
        for p in data.skipped
    ]
    with reading(engine) as s:
        known = _Known(s)
        for c in data.concepts:
            cid = _existing(s, c, known)
            if cid is None:
                plan.entries.append(PlannedEntry(str(path), c.line, c.pref_fr, None, "", "new"))
                continue
            plan.known[c.uri] = cid
            changes = _changes(s, cid, c)
            action = "update" if update and changes else "duplicate"
            if action == "update":
                plan.updated.add(c.uri)
            # the reason is a message code (it has no parameters)
            reason = (
                "import.in_thesaurus_differs" if changes and not update else "import.in_thesaurus"
            )
            plan.entries.append(
                PlannedEntry(str(path), c.line, c.pref_fr, None, "", action, c.key, reason)
            )
        _check_merged_graph(s, plan, str(path))
    return plan


def _changes(s: Session, cid: int, c: ConceptRecord) -> bool:
    concept = s.get(Concept, cid)
    assert concept is not None
    labels = set(s.scalars(select(ConceptLabel.label).where(ConceptLabel.concept_id == cid)))
    labels |= {concept.pref_fr, concept.pref_en or ""}
    new_alts = {label for label, _ in c.alt_labels} - labels
    return bool(new_alts) or (bool(c.definition) and not concept.definition)


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


def write_skos(engine: Engine, plan: SkosPlan) -> Job[None]:
    total = len(plan.data.concepts)
    crashpoint("import_before_begin")
    with transaction(engine) as s:
        ids = dict(plan.known)
        taken = set(s.scalars(select(Concept.key)))
        for done, c in enumerate(plan.data.concepts, start=1):
            if c.uri in plan.known:
                if c.uri in plan.updated:
                    _update(s, plan.known[c.uri], c)
                continue
            key, n = c.key, 2
            while key in taken:
                key, n = f"{c.key}-{n}", n + 1
            taken.add(key)
            row = Concept(
                key=key,
                uri=c.uri,
                pref_fr=c.pref_fr,
                pref_en=c.pref_en,
                definition=c.definition,
                scope_note=c.scope_note,
                sources=list(c.sources),
            )
            s.add(row)
            s.flush()
            ids[c.uri] = row.id
            _labels(s, row.id, c)
            yield Progress("thésaurus", done, total)
        _edges(s, plan, ids)
        crashpoint("import_before_commit")
    crashpoint("import_after_commit")


def _labels(s: Session, cid: int, c: ConceptRecord) -> None:
    have = set(s.scalars(select(ConceptLabel.label).where(ConceptLabel.concept_id == cid)))
    for kind, labels in (("alt", c.alt_labels), ("hidden", c.hidden_labels)):
        for label, lang in labels:
            if label not in have:
                have.add(label)
                s.add(ConceptLabel(concept_id=cid, label=label, lang=lang or "fr", kind=kind))


def _update(s: Session, cid: int, c: ConceptRecord) -> None:
    from kb_app.core.thesaurus.ops import _reindex_fiches_of

    concept = s.get(Concept, cid)
    assert concept is not None
    concept.definition = concept.definition or c.definition
    _labels(s, cid, c)
    s.flush()
    _reindex_fiches_of(s, cid)


def _edges(s: Session, plan: SkosPlan, ids: dict[str, int]) -> None:
    broader = {
        (a, b) for a, b in s.execute(select(ConceptBroader.narrower_id, ConceptBroader.broader_id))
    }
    related = {(a, b) for a, b in s.execute(select(ConceptRelated.a_id, ConceptRelated.b_id))}
    for c in plan.data.concepts:
        for b in c.broader:
            edge = (ids[c.uri], ids[b])
            if edge not in broader and edge[0] != edge[1]:
                broader.add(edge)
                s.add(ConceptBroader(narrower_id=edge[0], broader_id=edge[1]))
        for r in c.related:
            low, high = sorted((ids[c.uri], ids[r]))
            if low != high and (low, high) not in related:
                related.add((low, high))
                s.add(ConceptRelated(a_id=low, b_id=high))
    for g in plan.data.groups:
        group = s.scalars(select(ConceptGroup).where(ConceptGroup.key == g.key)).first()
        if group is None:
            group = ConceptGroup(key=g.key, label_fr=g.label_fr, label_en=g.label_en)
            s.add(group)
            s.flush()
        members = set(
            s.scalars(
                select(ConceptGroupMember.concept_id).where(ConceptGroupMember.group_id == group.id)
            )
        )
        s.add_all(
            ConceptGroupMember(group_id=group.id, concept_id=ids[m])
            for m in g.members
            if ids[m] not in members
        )
