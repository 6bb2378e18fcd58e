"""Logical checks beyond SQLite's own: thesaurus cycles, dangling or inconsistent rows."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kb_app.core.errors import Message
from kb_app.core.storage.concepts import broader_edges
from kb_app.core.storage.models import Concept
from kb_app.core.thesaurus.graph import find_cycle


def thesaurus_problems(session: Session) -> list[Message]:
    problems: list[Message] = []
    cycle = find_cycle(broader_edges(session))
    if cycle:
        labels = dict(session.execute(select(Concept.id, Concept.pref_fr)).all())
        path = " -> ".join(labels.get(c, str(c)) for c in cycle)
        problems.append(Message.of("check.thesaurus_cycle", path=path))
    return problems
