"""The change log: what a committed write changed, for the consumers that follow the base.

Producer side: ``record`` is the one way to say that fiches changed (the row goes in the same
transaction as the change). Whoever writes through ``storage.session.transaction`` is then
followed by construction: a flush that adds change rows marks the session, and after the
commit ``transaction`` calls the callback subscribed for that engine (the library's index
sync: a drain in sync mode, a wake-up of the indexer thread in the window). No call site
notifies anybody.

Consumer side (today one consumer, the local Whoosh index): ``claim`` marks pending rows in
progress, ``ack`` deletes them, ``reset_in_progress`` puts back what a crash left claimed
(calibre's dirtied queue). A second consumer (a shared catalogue's replicas, each machine's
index) needs the rows kept with a monotonic id and a cursor per consumer instead of the
delete in ``ack``: the producer side and the notification stay as they are.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import Engine, delete, event, func, select, update
from sqlalchemy.orm import Session

from kb_app.core.storage.models import Fiche, IndexOutbox

#: ``session.info`` key set when a flush wrote change rows (the commit then notifies).
CHANGED = "kb_changes_written"

_subscribers: dict[int, Callable[[], None]] = {}
_subscribers_lock = threading.Lock()


def record(session: Session, keys: Iterable[str], op: str = "upsert") -> None:
    """Note, in the caller's transaction, that these fiches changed (``upsert`` or ``delete``)."""
    session.add_all(IndexOutbox(fiche_key=key, op=op) for key in keys)


@event.listens_for(Session, "after_flush")
def _mark_changes(session: Session, _context: Any) -> None:
    """A change row added (by ``record`` or any other path) marks its session: the commit
    will notify. The only place the mark is set: every commit flushes first."""
    if any(isinstance(obj, IndexOutbox) for obj in session.new):
        session.info[CHANGED] = True


def subscribe(engine: Engine, callback: Callable[[], None]) -> None:
    """Call ``callback`` after each committed transaction on ``engine`` that recorded changes."""
    with _subscribers_lock:
        _subscribers[id(engine)] = callback


def unsubscribe(engine: Engine) -> None:
    with _subscribers_lock:
        _subscribers.pop(id(engine), None)


def committed(engine: Engine, session: Session) -> None:
    """Called by ``transaction`` after its commit: tell the engine's subscriber, if any."""
    if session.info.pop(CHANGED, False):
        with _subscribers_lock:
            callback = _subscribers.get(id(engine))
        if callback is not None:
            callback()


# -- consumer side ---------------------------------------------------------------------------


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


def release(session: Session, row_ids: Sequence[int]) -> None:
    """Put claimed rows back as pending (the index write failed: they are to be done again)."""
    for start in range(0, len(row_ids), 900):
        session.execute(
            update(IndexOutbox)
            .where(IndexOutbox.id.in_(row_ids[start : start + 900]))
            .values(state="pending")
        )


def ack(session: Session, row_ids: Sequence[int]) -> None:
    for start in range(0, len(row_ids), 900):
        session.execute(delete(IndexOutbox).where(IndexOutbox.id.in_(row_ids[start : start + 900])))


def pending(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(IndexOutbox)) or 0)


def has_pending(session: Session) -> bool:
    """Whether any row waits to be claimed (a read: no write lock when there is none)."""
    first = select(IndexOutbox.id).where(IndexOutbox.state == "pending").limit(1)
    return session.scalar(first) is not None


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
