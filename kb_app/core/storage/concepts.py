"""Concept queries and commands; every function takes a Session and never commits."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kb_app.core.dto import ConceptRef
from kb_app.core.storage.models import (
    Concept,
    ConceptBroader,
    ConceptGroup,
    ConceptGroupMember,
    ConceptLabel,
    ConceptRelated,
    FicheConcept,
)
from kb_app.core.text import fold
from kb_app.core.thesaurus.graph import children_map
from kb_app.core.thesaurus.skos import ConceptRecord, ThesaurusData


class LabelIndex:
    """Finds a concept by any label, ignoring case and accents.

    Preferred labels (FR then EN) win over alternative labels; an alternative label shared by
    two concepts is ambiguous and resolves to nothing.
    """

    def __init__(self, entries: Iterable[tuple[str, str, int]]) -> None:
        # entries: (label, concept key, priority: 0 pref_fr, 1 pref_en, 2 alt, 3 hidden)
        best: dict[str, tuple[int, set[str]]] = {}
        for label, key, prio in entries:
            folded = fold(label).strip()
            current = best.get(folded)
            if current is None or prio < current[0]:
                best[folded] = (prio, {key})
            elif prio == current[0]:
                current[1].add(key)
        self._keys = {label: keys for label, (_, keys) in best.items()}

    def resolve(self, label: str) -> str | None:
        keys = self._keys.get(fold(label).strip())
        return next(iter(keys)) if keys and len(keys) == 1 else None

    def candidates(self, label: str) -> set[str]:
        return set(self._keys.get(fold(label).strip(), set()))


def label_index(session: Session) -> LabelIndex:
    rows: list[tuple[str, str, int]] = []
    for key, fr, en in session.execute(select(Concept.key, Concept.pref_fr, Concept.pref_en)):
        rows.append((fr, key, 0))
        if en:
            rows.append((en, key, 1))
    stmt = select(ConceptLabel.label, Concept.key, ConceptLabel.kind).join(
        Concept, Concept.id == ConceptLabel.concept_id
    )
    for label, key, kind in session.execute(stmt):
        rows.append((label, key, 2 if kind == "alt" else 3))
    return LabelIndex(rows)


def concept_ids_of(session: Session, labels: Iterable[str]) -> tuple[list[int], list[str]]:
    """The ids of the concepts ``labels`` name (a key or any label, accents and case
    ignored), in their order, and the labels no concept has."""
    index = label_index(session)
    keys = [(label, index.resolve(label)) for label in labels]
    wanted = {key for _, key in keys if key is not None}
    ids = dict(
        session.execute(select(Concept.key, Concept.id).where(Concept.key.in_(wanted))).all()
    )
    found = [ids[key] for _, key in keys if key is not None]
    return found, [label for label, key in keys if key is None]


def label_index_from_data(data: ThesaurusData) -> LabelIndex:
    rows: list[tuple[str, str, int]] = []
    for c in data.concepts:
        rows.append((c.pref_fr, c.key, 0))
        if c.pref_en:
            rows.append((c.pref_en, c.key, 1))
        rows += [(label, c.key, 2) for label, _ in c.alt_labels]
        rows += [(label, c.key, 3) for label, _ in c.hidden_labels]
    return LabelIndex(rows)


def insert_thesaurus(session: Session, data: ThesaurusData) -> dict[str, int]:
    """Insert a checked thesaurus into an empty base; return ``{uri: concept id}``."""
    ids = {c.uri: add_concept(session, c, c.key) for c in data.concepts}
    add_structure(session, data, ids)
    return ids


def add_concept(session: Session, c: ConceptRecord, key: str) -> int:
    """The one place a concept row is built from a thesaurus file's record."""
    row = Concept(
        key=key,
        uri=c.uri,
        pref_fr=c.pref_fr,
        pref_en=c.pref_en,
        definition=c.definition,
        definition_en=c.definition_en,
        scope_note=c.scope_note,
        sources=list(c.sources),
    )
    session.add(row)
    session.flush()
    add_labels(session, row.id, c)
    return row.id


def add_labels(session: Session, concept_id: int, c: ConceptRecord) -> None:
    """The record's alternative and hidden labels that the concept does not have yet."""
    have = set(
        session.execute(
            select(ConceptLabel.label, ConceptLabel.lang).where(
                ConceptLabel.concept_id == concept_id
            )
        )
    )
    labels = {(label, lang or "fr"): "alt" for label, lang in c.alt_labels}
    labels.update({(label, lang or "fr"): "hidden" for label, lang in c.hidden_labels})
    session.add_all(
        ConceptLabel(concept_id=concept_id, label=label, lang=lang, kind=kind)
        for (label, lang), kind in labels.items()
        if (label, lang) not in have
    )


def add_structure(session: Session, data: ThesaurusData, ids: dict[str, int]) -> None:
    """The file's broader and related links and its groups, beside those already stored."""
    broader = set(broader_edges(session))
    related = {(a, b) for a, b in session.execute(select(ConceptRelated.a_id, ConceptRelated.b_id))}
    for c in data.concepts:
        for b in c.broader:
            edge = (ids[c.uri], ids[b])
            if edge not in broader and edge[0] != edge[1]:
                broader.add(edge)
                session.add(ConceptBroader(narrower_id=edge[0], broader_id=edge[1]))
        for r in c.related:
            low, high = sorted((ids[c.uri], ids[r]))
            if low != high and (low, high) not in related:
                related.add((low, high))
                session.add(ConceptRelated(a_id=low, b_id=high))
    for g in data.groups:
        group = session.scalars(select(ConceptGroup).where(ConceptGroup.key == g.key)).first()
        if group is None:
            group = ConceptGroup(key=g.key, label_fr=g.label_fr, label_en=g.label_en)
            session.add(group)
            session.flush()
        stmt = select(ConceptGroupMember.concept_id).where(ConceptGroupMember.group_id == group.id)
        members = set(session.scalars(stmt))
        session.add_all(
            ConceptGroupMember(group_id=group.id, concept_id=ids[m])
            for m in dict.fromkeys(g.members)
            if ids[m] not in members
        )


def concept_ref(concept: Concept) -> ConceptRef:
    return ConceptRef(concept.key, concept.pref_fr, concept.pref_en)


def broader_edges(session: Session) -> list[tuple[int, int]]:
    return [
        (n, b)
        for n, b in session.execute(select(ConceptBroader.narrower_id, ConceptBroader.broader_id))
    ]


def children(session: Session) -> dict[int, set[int]]:
    return children_map(broader_edges(session))


def fiche_sets(session: Session) -> dict[int, set[int]]:
    """``{concept id: {live fiche ids indexed with it}}``."""
    from kb_app.core.storage.models import Fiche

    stmt = (
        select(FicheConcept.concept_id, FicheConcept.fiche_id)
        .join(Fiche, Fiche.id == FicheConcept.fiche_id)
        .where(Fiche.deleted_at.is_(None))
    )
    result: dict[int, set[int]] = {}
    for cid, fid in session.execute(stmt):
        result.setdefault(cid, set()).add(fid)
    return result


def set_fiche_concepts(session: Session, fiche_id: int, concept_ids: Iterable[int]) -> None:
    session.execute(delete(FicheConcept).where(FicheConcept.fiche_id == fiche_id))
    session.add_all(
        FicheConcept(fiche_id=fiche_id, concept_id=c) for c in dict.fromkeys(concept_ids)
    )


def concept_labels(session: Session) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    for key, fr, en in session.execute(select(Concept.key, Concept.pref_fr, Concept.pref_en)):
        rows.append((key, fr, "pref_fr"))
        if en:
            rows.append((key, en, "pref_en"))
    stmt = (
        select(Concept.key, ConceptLabel.label)
        .join(Concept, Concept.id == ConceptLabel.concept_id)
        .where(ConceptLabel.kind == "alt")
    )
    rows += [(key, label, "alt") for key, label in session.execute(stmt)]
    return rows
