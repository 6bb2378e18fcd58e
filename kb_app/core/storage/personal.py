"""Personal state: basket (panier), history, saved searches, personal notes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kb_app.core.dto import FicheRef
from kb_app.core.errors import NotFound, UserError
from kb_app.core.storage.fiches import ref
from kb_app.core.storage.models import (
    BasketItem,
    Concept,
    Fiche,
    HistoryEntry,
    PersonalNote,
    SavedSearch,
)


def basket(session: Session) -> list[FicheRef]:
    rows = session.scalars(
        select(Fiche)
        .join(BasketItem, BasketItem.fiche_id == Fiche.id)
        .where(Fiche.deleted_at.is_(None))
        .order_by(BasketItem.position)
    ).all()
    return [ref(f) for f in rows]


def _renumber(session: Session, fiche_ids: list[int]) -> None:
    items = {i.fiche_id: i for i in session.scalars(select(BasketItem))}
    for pos, fid in enumerate(fiche_ids):
        items[fid].position = pos


def basket_ids(session: Session) -> list[int]:
    return list(session.scalars(select(BasketItem.fiche_id).order_by(BasketItem.position)))


def basket_add(session: Session, fiche: Fiche) -> bool:
    if session.get(BasketItem, fiche.id) is not None:
        return False
    top = session.scalar(select(func.max(BasketItem.position)))
    session.add(BasketItem(fiche_id=fiche.id, position=(top if top is not None else -1) + 1))
    return True


def basket_remove(session: Session, fiche: Fiche) -> None:
    item = session.get(BasketItem, fiche.id)
    if item is None:
        raise NotFound("basket.not_in", key=fiche.key)
    session.delete(item)


def basket_move(session: Session, fiche: Fiche, position: int) -> None:
    order = basket_ids(session)
    if fiche.id not in order:
        raise NotFound("basket.not_in", key=fiche.key)
    order.remove(fiche.id)
    order.insert(max(0, min(position, len(order))), fiche.id)
    _renumber(session, order)


def basket_clear(session: Session) -> None:
    session.execute(delete(BasketItem))


def record_visit(
    session: Session, *, fiche_id: int | None = None, concept_id: int | None = None
) -> None:
    if (fiche_id is None) == (concept_id is None):
        raise UserError("history.one_target")
    session.add(HistoryEntry(fiche_id=fiche_id, concept_id=concept_id))


def history(session: Session, limit: int) -> list[tuple[str, str, str, datetime]]:
    """Newest first: ``(kind "fiche"|"concept", key, title or label, visited_at)``."""
    stmt = (
        select(HistoryEntry, Fiche.key, Fiche.title, Concept.key, Concept.pref_fr)
        .outerjoin(Fiche, Fiche.id == HistoryEntry.fiche_id)
        .outerjoin(Concept, Concept.id == HistoryEntry.concept_id)
        .order_by(HistoryEntry.visited_at.desc(), HistoryEntry.id.desc())
        .limit(limit)
    )
    result = []
    for entry, fkey, ftitle, ckey, clabel in session.execute(stmt):
        if entry.fiche_id is not None:
            result.append(("fiche", fkey, ftitle, entry.visited_at))
        else:
            result.append(("concept", ckey, clabel, entry.visited_at))
    return result


def clear_history(session: Session) -> None:
    session.execute(delete(HistoryEntry))


def save_search(session: Session, name: str, query: str) -> None:
    name = name.strip()
    if not name:
        raise UserError("saved_search.name_needed")
    found = session.scalars(select(SavedSearch).where(SavedSearch.name == name)).first()
    if found is None:
        session.add(SavedSearch(name=name, query=query))
    else:
        found.query = query


def saved_searches(session: Session) -> list[tuple[str, str]]:
    return [
        (s.name, s.query) for s in session.scalars(select(SavedSearch).order_by(SavedSearch.name))
    ]


def delete_saved_search(session: Session, name: str) -> None:
    if session.execute(delete(SavedSearch).where(SavedSearch.name == name)).rowcount == 0:  # type: ignore[attr-defined]
        raise NotFound("saved_search.not_found", name=name)


def set_note(session: Session, fiche: Fiche, body: str) -> None:
    note = session.scalars(select(PersonalNote).where(PersonalNote.fiche_id == fiche.id)).first()
    if not body.strip():
        if note is not None:
            session.delete(note)
        return
    if note is None:
        session.add(PersonalNote(fiche_id=fiche.id, body=body))
    else:
        note.body = body


def note(session: Session, fiche: Fiche) -> str | None:
    return session.scalars(
        select(PersonalNote.body).where(PersonalNote.fiche_id == fiche.id)
    ).first()
