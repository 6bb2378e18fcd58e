"""Thesaurus quality report: what a librarian should look at, as data (the callers phrase it).

Every entry carries a key and a label so the window can link to it.
"""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from kb_app.core.dto import ConceptRef, FicheRef, LabelClash, QualityReport
from kb_app.core.storage.concepts import broader_edges, children, concept_ref, fiche_sets
from kb_app.core.storage.fiches import ref
from kb_app.core.storage.models import (
    Concept,
    ConceptGroupMember,
    ConceptLabel,
    Fiche,
    FicheConcept,
)
from kb_app.core.text import fold
from kb_app.core.thesaurus.graph import descendants, find_cycle


def _sorted(concepts: list[Concept]) -> tuple[ConceptRef, ...]:
    return tuple(concept_ref(c) for c in sorted(concepts, key=lambda c: (fold(c.pref_fr), c.key)))


def _unused(session: Session, concepts: list[Concept]) -> list[Concept]:
    sets = fiche_sets(session)
    kids = children(session)
    used = {cid for cid, fiches in sets.items() if fiches}
    return [c for c in concepts if c.id not in used and not descendants(c.id, kids) & used]


def _clashes(session: Session, by_id: dict[int, Concept]) -> tuple[LabelClash, ...]:
    seen: dict[str, tuple[list[tuple[int, str]], set[int]]] = {}

    def note(label: str | None, cid: int, priority: int) -> None:
        if label and label.strip():
            forms, ids = seen.setdefault(fold(label).strip(), ([], set()))
            forms.append((priority, label.strip()))
            ids.add(cid)

    for c in by_id.values():
        note(c.pref_fr, c.id, 0)
        note(c.pref_en, c.id, 1)
    stmt = select(ConceptLabel.concept_id, ConceptLabel.label).where(ConceptLabel.kind == "alt")
    for cid, label in session.execute(stmt):
        note(label, cid, 2)
    clashes = [
        LabelClash(min(forms)[1], _sorted([by_id[i] for i in ids]))  # a preferred form first
        for forms, ids in seen.values()
        if len(ids) > 1
    ]
    return tuple(sorted(clashes, key=lambda k: fold(k.label)))


def _unindexed(session: Session) -> tuple[FicheRef, ...]:
    indexed = exists().where(FicheConcept.fiche_id == Fiche.id)
    stmt = select(Fiche).where(Fiche.deleted_at.is_(None), ~indexed)
    rows = sorted(session.scalars(stmt), key=lambda f: (f.kind, fold(f.title), f.key))
    return tuple(ref(f) for f in rows)


def thesaurus_quality(session: Session) -> QualityReport:
    concepts = list(session.scalars(select(Concept)))
    by_id = {c.id: c for c in concepts}
    grouped = set(session.scalars(select(ConceptGroupMember.concept_id)))
    cycle = find_cycle(broader_edges(session)) or []
    return QualityReport(
        concepts=len(concepts),
        without_definition=_sorted([c for c in concepts if not (c.definition or "").strip()]),
        without_english=_sorted([c for c in concepts if not (c.pref_en or "").strip()]),
        unused=_sorted(_unused(session, concepts)),
        orphans=_sorted([c for c in concepts if c.id not in grouped]),
        label_clashes=_clashes(session, by_id),
        cycle=tuple(concept_ref(by_id[i]) for i in cycle),
        fiches_without_concept=_unindexed(session),
    )
