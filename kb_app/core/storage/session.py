"""Short sessions: one transaction per use case, committed or rolled back as a whole."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from kb_app.core.storage import changes


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """A session whose work is committed at the end, or rolled back on any exception.

    Its BEGIN is IMMEDIATE: it takes the write lock first (waiting ``busy_timeout`` for
    another writer), so a transaction that has read cannot fail later on a writer's commit.
    After the commit, the engine's change subscriber hears of it when the transaction
    recorded changes (``storage.changes``)."""
    bound = engine.execution_options(immediate=True)
    with Session(bound, expire_on_commit=False) as session:
        with session.begin():
            yield session
        changes.committed(engine, session)


@contextmanager
def reading(engine: Engine) -> Iterator[Session]:
    """A read-only session (rolled back at the end)."""
    with Session(engine) as session:
        try:
            yield session
        finally:
            session.rollback()
