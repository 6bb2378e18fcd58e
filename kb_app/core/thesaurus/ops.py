"""Thesaurus edits: add a concept (a new one closes no cycle), change labels and definition,
relate two concepts or unrelate them."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kb_app.core.errors import ValidationError
from kb_app.core.storage import changes
from kb_app.core.storage.concept_views import find
from kb_app.core.storage.concepts import children, label_index
from kb_app.core.storage.models import (
    Concept,
    ConceptBroader,
    ConceptLabel,
    ConceptRelated,
    Fiche,
    FicheConcept,
)
from kb_app.core.text import slugify
from kb_app.core.thesaurus.graph import descendants


def _check_label(session: Session, label: str, own_key: str | None) -> str:
    label = label.strip()
    if not label:
        raise ValidationError("a concept needs a French label")
    other = label_index(session).candidates(label) - ({own_key} if own_key else set())
    if other:
        raise ValidationError(f"the label « {label} » is already used by « {sorted(other)[0]} »")
    return label


def add_concept(
    session: Session,
    label: str,
    label_en: str | None,
    definition: str | None,
    broader: Sequence[str],
) -> Concept:
    label = _check_label(session, label, None)
    parents = list(dict.fromkeys(find(session, b).id for b in broader))  # before any write
    key, n = slugify(label), 2
    while session.scalars(select(Concept.id).where(Concept.key == key)).first() is not None:
        key, n = f"{slugify(label)}-{n}", n + 1
    concept = Concept(key=key, pref_fr=label, pref_en=label_en or None, definition=definition)
    session.add(concept)
    session.flush()
    session.add_all(ConceptBroader(narrower_id=concept.id, broader_id=p) for p in parents)
    session.flush()
    return concept


def update_concept(
    session: Session,
    key: str,
    *,
    label: str,
    label_en: str | None,
    definition: str | None,
    scope_note: str | None,
    alt_labels: Sequence[str],
) -> Concept:
    concept = find(session, key)
    concept.pref_fr = _check_label(session, label, concept.key)
    concept.pref_en = label_en or None
    concept.definition = definition or None
    concept.scope_note = scope_note or None
    session.execute(
        delete(ConceptLabel).where(
            ConceptLabel.concept_id == concept.id, ConceptLabel.kind == "alt"
        )
    )
    for alt in dict.fromkeys(a.strip() for a in alt_labels if a.strip()):
        session.add(ConceptLabel(concept_id=concept.id, label=alt, lang="fr", kind="alt"))
    session.flush()
    reindex_fiches_of(session, concept.id)
    return concept


def reindex_fiches_of(session: Session, concept_id: int) -> None:
    """Labels are indexed with the fiches: re-index those using the concept."""
    from kb_app.core.storage.fiches import refresh_search_text

    ids = select(FicheConcept.fiche_id).where(FicheConcept.concept_id == concept_id)
    for fiche in session.scalars(select(Fiche).where(Fiche.id.in_(ids))):
        refresh_search_text(session, fiche)
        changes.record(session, [fiche.key])


def _related_pair(session: Session, a_key: str, b_key: str) -> tuple[Concept, Concept]:
    a, b = find(session, a_key), find(session, b_key)
    if a.id == b.id:
        raise ValidationError(f"« {a.pref_fr} » cannot be related to itself")
    return (a, b) if a.id < b.id else (b, a)


def relate_concepts(session: Session, a_key: str, b_key: str) -> Concept:
    """Add a (symmetric) related link; refused between a concept and one above or below it."""
    a, b = _related_pair(session, a_key, b_key)
    kids = children(session)
    if b.id in descendants(a.id, kids) or a.id in descendants(b.id, kids):
        raise ValidationError(
            f"« {a.pref_fr} » and « {b.pref_fr} » cannot be related: one is already under the other"
        )
    if session.get(ConceptRelated, (a.id, b.id)) is None:
        session.add(ConceptRelated(a_id=a.id, b_id=b.id))
        session.flush()
    return find(session, a_key)


def unrelate_concepts(session: Session, a_key: str, b_key: str) -> Concept:
    a, b = _related_pair(session, a_key, b_key)
    row = session.get(ConceptRelated, (a.id, b.id))
    if row is None:
        raise ValidationError(f"« {a.pref_fr} » and « {b.pref_fr} » are not related")
    session.delete(row)
    session.flush()
    return find(session, a_key)
