"""Fiche commands and queries; every function takes a Session and never commits.

The callers record each change (``storage.changes.record``) in the same transaction, so the
derived full-text index can never silently fall behind the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kb_app.core.dto import (
    DRAFT_FIELDS,
    AgentDraft,
    AgentRole,
    FicheDetail,
    FicheDraft,
    FicheRef,
    LinkDraft,
    LinkView,
)
from kb_app.core.errors import Message, NotFound, UserError
from kb_app.core.rendering.markdown import plain_text
from kb_app.core.storage.concepts import concept_ref, set_fiche_concepts
from kb_app.core.storage.models import (
    Agent,
    Concept,
    ConceptLabel,
    DossierMember,
    Fiche,
    FicheAgent,
    FicheConcept,
    FicheLink,
)
from kb_app.core.text import fold


def get_row(session: Session, key_or_id: str | int, *, include_deleted: bool = True) -> Fiche:
    stmt = select(Fiche)
    if isinstance(key_or_id, int) or (isinstance(key_or_id, str) and key_or_id.isdigit()):
        stmt = stmt.where(Fiche.id == int(key_or_id))
    else:
        stmt = stmt.where(Fiche.key == key_or_id)
    row = session.scalars(stmt).first()
    if row is None or (row.deleted_at is not None and not include_deleted):
        raise NotFound("fiche.not_found", key=str(key_or_id))
    return row


def ref(row: Fiche) -> FicheRef:
    return FicheRef(row.key, row.kind, row.title, row.year)


def fill(row: Fiche, draft: FicheDraft) -> None:
    for name in DRAFT_FIELDS:
        setattr(row, name, getattr(draft, name))
    row.title = draft.title.strip()
    row.year = int(draft.date[:4]) if draft.date else None
    row.details = dict(draft.details)
    row.sources = [dict(s) for s in draft.sources]
    row.unverified = list(draft.unverified)


def agent_id(session: Session, name: str, type_: str) -> int:
    found = session.scalars(select(Agent.id).where(Agent.name == name, Agent.type == type_)).first()
    if found is not None:
        return found
    agent = Agent(name=name, type=type_)
    session.add(agent)
    session.flush()
    return agent.id


def set_agents(session: Session, fiche_id: int, agents: Iterable[AgentDraft]) -> None:
    session.execute(delete(FicheAgent).where(FicheAgent.fiche_id == fiche_id))
    seen: set[tuple[int, str]] = set()
    for position, a in enumerate(agents):
        aid = agent_id(session, a.name.strip(), a.type)
        if (aid, a.role) in seen:
            continue
        seen.add((aid, a.role))
        session.add(
            FicheAgent(fiche_id=fiche_id, agent_id=aid, role=a.role, position=position, note=a.note)
        )


def set_links(
    session: Session, fiche_id: int, links: Iterable[LinkDraft], ids: Mapping[str, int]
) -> None:
    session.execute(delete(FicheLink).where(FicheLink.source_id == fiche_id))
    seen: set[tuple[int, str]] = set()
    for link in links:
        target = ids[link.target]
        if (target, link.type) not in seen:
            seen.add((target, link.type))
            session.add(
                FicheLink(source_id=fiche_id, target_id=target, type=link.type, note=link.note)
            )


def dossier_row(session: Session, key: str) -> Fiche:
    """The live dossier ``key`` (``UserError`` when the fiche is of another kind)."""
    row = get_row(session, key, include_deleted=False)
    if row.kind != "dossier":
        raise UserError("dossier.not_a_dossier", key=key)
    return row


def member_ids(session: Session, dossier_id: int) -> list[int]:
    """The ids of a dossier's members, in its order."""
    stmt = select(DossierMember.fiche_id).where(DossierMember.dossier_id == dossier_id)
    return list(session.scalars(stmt.order_by(DossierMember.position)))


def set_members(session: Session, dossier_id: int, member_ids: Iterable[int]) -> None:
    session.execute(delete(DossierMember).where(DossierMember.dossier_id == dossier_id))
    session.add_all(
        DossierMember(dossier_id=dossier_id, fiche_id=fid, position=pos)
        for pos, fid in enumerate(dict.fromkeys(member_ids))
    )


def compose_search_text(row: Fiche, agents: list[str], labels: list[str]) -> str:
    """The folded text the plain search looks in: fields, body, agents and concept labels."""
    parts = [
        row.title,
        row.subtitle or "",
        row.summary or "",
        plain_text(row.body),
        *agents,
        *labels,
    ]
    return fold(" \n".join(p for p in parts if p))


def concept_labels_of(session: Session, concept_ids: Any) -> list[str]:
    """Every label (FR, EN, alternative) of the given concepts."""
    labels: list[str] = []
    for fr, en in session.execute(
        select(Concept.pref_fr, Concept.pref_en).where(Concept.id.in_(concept_ids))
    ):
        labels += [fr, en or ""]
    labels += session.scalars(
        select(ConceptLabel.label).where(ConceptLabel.concept_id.in_(concept_ids))
    ).all()
    return labels


def refresh_search_text(session: Session, row: Fiche) -> None:
    agents = list(
        session.scalars(
            select(Agent.name)
            .join(FicheAgent, FicheAgent.agent_id == Agent.id)
            .where(FicheAgent.fiche_id == row.id)
        )
    )
    concept_ids = select(FicheConcept.concept_id).where(FicheConcept.fiche_id == row.id)
    row.search_text = compose_search_text(row, agents, concept_labels_of(session, concept_ids))


def write_concepts(session: Session, row: Fiche, concept_ids: Iterable[int]) -> None:
    set_fiche_concepts(session, row.id, concept_ids)
    session.flush()
    refresh_search_text(session, row)


def detail(session: Session, row: Fiche) -> FicheDetail:
    concepts = session.scalars(
        select(Concept)
        .join(FicheConcept, FicheConcept.concept_id == Concept.id)
        .where(FicheConcept.fiche_id == row.id)
        .order_by(Concept.pref_fr)
    ).all()
    agents = session.execute(
        select(Agent.name, Agent.type, FicheAgent.role, FicheAgent.note)
        .join(FicheAgent, FicheAgent.agent_id == Agent.id)
        .where(FicheAgent.fiche_id == row.id)
        .order_by(FicheAgent.position)
    ).all()
    return FicheDetail(
        id=row.id,
        key=row.key,
        uid=row.uid,
        kind=row.kind,
        title=row.title,
        subtitle=row.subtitle,
        lang=row.lang,
        date=row.date,
        year=row.year,
        summary=row.summary,
        body=row.body,
        details=dict(row.details or {}),
        sources=tuple(row.sources or ()),
        unverified=tuple(row.unverified or ()),
        concepts=tuple(concept_ref(c) for c in concepts),
        agents=tuple(AgentRole(n, t, r, note) for n, t, r, note in agents),
        links_out=_links(session, row.id, outgoing=True),
        links_in=_links(session, row.id, outgoing=False),
        dossiers=_dossiers_of(session, row.id),
        members=_members_of(session, row.id),
        deleted=row.deleted_at is not None,
        created_at=row.created_at.isoformat(),
        updated_at=row.updated_at.isoformat(),
    )


def _links(session: Session, fiche_id: int, *, outgoing: bool) -> tuple[LinkView, ...]:
    mine, other = (
        (FicheLink.source_id, FicheLink.target_id)
        if outgoing
        else (FicheLink.target_id, FicheLink.source_id)
    )
    rows = session.execute(
        select(Fiche, FicheLink.type, FicheLink.note)
        .join(FicheLink, other == Fiche.id)
        .where(mine == fiche_id, Fiche.deleted_at.is_(None))
        .order_by(FicheLink.type, Fiche.title)
    ).all()
    return tuple(LinkView(t, ref(f), note) for f, t, note in rows)


def _dossiers_of(session: Session, fiche_id: int) -> tuple[FicheRef, ...]:
    rows = session.scalars(
        select(Fiche)
        .join(DossierMember, DossierMember.dossier_id == Fiche.id)
        .where(DossierMember.fiche_id == fiche_id, Fiche.deleted_at.is_(None))
        .order_by(Fiche.title)
    ).all()
    return tuple(ref(f) for f in rows)


def _members_of(session: Session, dossier_id: int) -> tuple[FicheRef, ...]:
    rows = session.scalars(
        select(Fiche)
        .join(DossierMember, DossierMember.fiche_id == Fiche.id)
        .where(DossierMember.dossier_id == dossier_id, Fiche.deleted_at.is_(None))
        .order_by(DossierMember.position)
    ).all()
    return tuple(ref(f) for f in rows)


def repair_search_text(session: Session) -> list[Message]:
    """Recompute the plain-search text of every fiche; name those that were stale."""
    repaired: list[Message] = []
    for row in session.scalars(select(Fiche)):
        before = row.search_text
        refresh_search_text(session, row)
        if row.search_text != before:
            repaired.append(Message.of("check.search_text_recomputed", key=row.key))
    return repaired
