"""Short sessions: one transaction per use case, committed or rolled back as a whole."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """A session whose work is committed at the end, or rolled back on any exception."""
    with Session(engine, expire_on_commit=False) as session, session.begin():
        yield session


@contextmanager
def reading(engine: Engine) -> Iterator[Session]:
    """A read-only session (rolled back at the end)."""
    with Session(engine) as session:
        try:
            yield session
        finally:
            session.rollback()
