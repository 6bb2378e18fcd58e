"""Structured filters (kind, concept with its narrower concepts, years, dossier) in SQL."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kb_app.core.dto import SearchFilters
from kb_app.core.storage.concept_views import find
from kb_app.core.storage.concepts import children
from kb_app.core.storage.fiches import get_row
from kb_app.core.storage.models import DossierMember, Fiche, FicheConcept
from kb_app.core.thesaurus.graph import descendants


def concept_closure(session: Session, label_or_key: str) -> set[int]:
    """Ids of a concept and of every concept below it."""
    concept = find(session, label_or_key)
    return {concept.id} | descendants(concept.id, children(session))


def filtered_ids(session: Session, filters: SearchFilters) -> set[int] | None:
    """Ids of live fiches passing the filters, or None when no filter is set."""
    stmt = select(Fiche.id).where(Fiche.deleted_at.is_(None))
    active = False
    if filters.kind:
        stmt, active = stmt.where(Fiche.kind == filters.kind), True
    if filters.year_from is not None:
        stmt, active = stmt.where(Fiche.year >= filters.year_from), True
    if filters.year_to is not None:
        stmt, active = stmt.where(Fiche.year <= filters.year_to), True
    if filters.concept:
        ids = concept_closure(session, filters.concept)
        sub = select(FicheConcept.fiche_id).where(FicheConcept.concept_id.in_(ids))
        stmt, active = stmt.where(Fiche.id.in_(sub)), True
    if filters.dossier:
        dossier = get_row(session, filters.dossier, include_deleted=False)
        sub = select(DossierMember.fiche_id).where(DossierMember.dossier_id == dossier.id)
        stmt, active = stmt.where(Fiche.id.in_(sub)), True
    return set(session.scalars(stmt)) if active else None
