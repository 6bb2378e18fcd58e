"""The index outbox: work enqueued with each change, claimed and acknowledged by the indexer.

Claimed rows are marked ``in_progress``; a crash leaves them so, and startup puts them back
to ``pending`` (calibre's dirtied queue). Acknowledging deletes them.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from kb_app.core.storage.models import Fiche, IndexOutbox


def reset_in_progress(session: Session) -> int:
    result = session.execute(
        update(IndexOutbox).where(IndexOutbox.state == "in_progress").values(state="pending")
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def claim(session: Session, limit: int) -> list[tuple[int, str]]:
    """Mark up to ``limit`` pending rows in progress; return ``(row id, fiche key)``."""
    rows = session.execute(
        select(IndexOutbox.id, IndexOutbox.fiche_key)
        .where(IndexOutbox.state == "pending")
        .order_by(IndexOutbox.id)
        .limit(limit)
    ).all()
    ids = [r.id for r in rows]
    if ids:
        session.execute(
            update(IndexOutbox).where(IndexOutbox.id.in_(ids)).values(state="in_progress")
        )
    return [(r.id, r.fiche_key) for r in rows]


def ack(session: Session, row_ids: Sequence[int]) -> None:
    for start in range(0, len(row_ids), 900):
        session.execute(delete(IndexOutbox).where(IndexOutbox.id.in_(row_ids[start : start + 900])))


def pending(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(IndexOutbox)) or 0)


def last_id(session: Session) -> int:
    return int(session.scalar(select(func.max(IndexOutbox.id))) or 0)


def clear_upto(session: Session, row_id: int) -> None:
    """Forget work a full rebuild has covered (rows enqueued before it started)."""
    session.execute(delete(IndexOutbox).where(IndexOutbox.id <= row_id))


def fiche_ids(session: Session, keys: Sequence[str]) -> dict[str, int]:
    """Live fiche ids of ``keys``; a key absent from the result is deleted or unknown."""
    result: dict[str, int] = {}
    for start in range(0, len(keys), 900):
        stmt = select(Fiche.key, Fiche.id).where(
            Fiche.key.in_(keys[start : start + 900]), Fiche.deleted_at.is_(None)
        )
        result.update({k: i for k, i in session.execute(stmt)})
    return result
