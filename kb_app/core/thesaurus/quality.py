"""Thesaurus quality report: what a librarian should look at, as data (the callers phrase it).

Every entry carries a key and a label so the window can link to it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from kb_app.core.dto import ConceptRef, FicheRef
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
