"""Read views of the thesaurus: one concept with its neighbours and fiches, the tree."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kb_app.core.dto import ConceptDetail, ConceptRef, ConceptTreeRow, FicheRef
from kb_app.core.errors import NotFound
from kb_app.core.storage.concepts import children, concept_ref, fiche_sets, label_index
from kb_app.core.storage.fiches import ref
from kb_app.core.storage.models import (
    Concept,
    ConceptBroader,
    ConceptGroup,
    ConceptGroupMember,
    ConceptLabel,
    ConceptRelated,
    Fiche,
)
from kb_app.core.text import fold
from kb_app.core.thesaurus.graph import descendants


def find(session: Session, label_or_key: str) -> Concept:
    """A concept by key or by any label (case- and accent-insensitive)."""
    by_key = session.scalars(select(Concept).where(Concept.key == label_or_key)).first()
    if by_key is not None:
        return by_key
    index = label_index(session)
    key = index.resolve(label_or_key)
    if key is None:
        several = sorted(index.candidates(label_or_key))
        if several:
            raise NotFound("concept.ambiguous", label=label_or_key, keys=", ".join(several))
        raise NotFound("concept.not_found", label=label_or_key)
    return session.scalars(select(Concept).where(Concept.key == key)).one()


def _refs(session: Session, ids: set[int]) -> tuple[ConceptRef, ...]:
    rows = session.scalars(select(Concept).where(Concept.id.in_(ids))).all()
    return tuple(sorted((concept_ref(c) for c in rows), key=lambda r: fold(r.label)))


def _fiche_refs(session: Session, ids: set[int]) -> dict[int, FicheRef]:
    rows = session.scalars(select(Fiche).where(Fiche.id.in_(ids))).all()
    return {f.id: ref(f) for f in rows}


def detail(session: Session, concept: Concept) -> ConceptDetail:
    cid = concept.id
    broader = set(
        session.scalars(select(ConceptBroader.broader_id).where(ConceptBroader.narrower_id == cid))
    )
    narrower = set(
        session.scalars(select(ConceptBroader.narrower_id).where(ConceptBroader.broader_id == cid))
    )
    related: set[int] = set()
    for a, b in session.execute(
        select(ConceptRelated.a_id, ConceptRelated.b_id).where(
            or_(ConceptRelated.a_id == cid, ConceptRelated.b_id == cid)
        )
    ):
        related.add(b if a == cid else a)
    alt = session.scalars(
        select(ConceptLabel.label).where(ConceptLabel.concept_id == cid, ConceptLabel.kind == "alt")
    ).all()
    groups = session.scalars(
        select(ConceptGroup.label_fr)
        .join(ConceptGroupMember, ConceptGroupMember.group_id == ConceptGroup.id)
        .where(ConceptGroupMember.concept_id == cid)
    ).all()
    sets = fiche_sets(session)
    direct = sets.get(cid, set())
    below = descendants(cid, children(session))
    via: dict[int, int] = {}
    for n in sorted(below):
        for fid in sets.get(n, set()) - direct:
            via.setdefault(fid, n)
    refs = _fiche_refs(session, direct | set(via))
    labels = {
        c.id: c.pref_fr
        for c in session.scalars(select(Concept).where(Concept.id.in_(set(via.values()))))
    }
    order = {"dossier": 0, "analysis": 1, "case": 2, "reference": 3, "resource": 4}

    def sort_key(r: FicheRef) -> tuple[int, str]:
        return (order.get(r.kind, 9), fold(r.title))

    return ConceptDetail(
        key=concept.key,
        uri=concept.uri,
        label=concept.pref_fr,
        label_en=concept.pref_en,
        alt_labels=tuple(sorted(alt, key=fold)),
        definition=concept.definition,
        scope_note=concept.scope_note,
        definition_en=concept.definition_en,
        broader=_refs(session, broader),
        narrower=_refs(session, narrower),
        related=_refs(session, related),
        groups=tuple(sorted(groups, key=fold)),
        count_direct=len(direct),
        count_total=len(direct) + len(via),
        fiches=tuple(sorted((refs[f] for f in direct), key=sort_key)),
        fiches_via_narrower=tuple(
            sorted(((refs[f], labels[n]) for f, n in via.items()), key=lambda p: sort_key(p[0]))
        ),
    )


def tree(session: Session) -> list[ConceptTreeRow]:
    """Depth-first rows of the broader/narrower tree (a concept under each of its broaders)."""
    concepts = {c.id: c for c in session.scalars(select(Concept))}
    kids = children(session)
    has_parent = {n for ns in kids.values() for n in ns}
    sets = fiche_sets(session)

    def total(cid: int) -> int:
        ids = set(sets.get(cid, set()))
        for n in descendants(cid, kids):
            ids |= sets.get(n, set())
        return len(ids)

    def by_label(ids: set[int]) -> list[int]:
        return sorted(ids, key=lambda i: fold(concepts[i].pref_fr))

    rows: list[ConceptTreeRow] = []
    stack = [(cid, 0) for cid in reversed(by_label(set(concepts) - has_parent))]
    while stack:
        cid, depth = stack.pop()
        c = concepts[cid]
        rows.append(
            ConceptTreeRow(c.key, c.pref_fr, c.pref_en, depth, len(sets.get(cid, ())), total(cid))
        )
        stack += [(n, depth + 1) for n in reversed(by_label(kids.get(cid, set())))]
    return rows
