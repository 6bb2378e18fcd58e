"""Sorting a result list by a column, in the core (the window never loads rows to sort).

``sort_keys`` orders the keys it is given (a search's answer, 100,000 of them if need be) by
one column: title (folded: accents and case ignored), first author, year, kind, date added or
number of concepts. Fiches without a value (no year, no author, an unknown key) come last in
either direction; the sort is stable, so equal values keep the order given (relevance).

The values come from a per-library sort table, one column at a time, each read in one query
the first time it is asked for and kept until a committed change is heard of (the change log
notifies the search service, whose ``changes_seen`` moves). A library whose changes are not
followed (indexing ``off`` and writable) reads the column again on each call.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kb_app.core import people
from kb_app.core.dto import SORT_COLUMNS, AgentDraft
from kb_app.core.library.context import Context
from kb_app.core.library.search import Search
from kb_app.core.storage.models import Agent, Fiche, FicheAgent, FicheConcept
from kb_app.core.text import fold, without_emphasis
from kb_app.core.vocabulary import FICHE_KINDS

Column = dict[str, Any]  # fiche key -> sort value (absent: no value)
_LEADING = re.compile(r"^[\W_]+")


def title_value(title: str) -> str:
    """What a title sorts on: folded, emphasis and leading punctuation (« [ ' …) dropped."""
    return _LEADING.sub("", fold(without_emphasis(title)))


def _titles(s: Session) -> Column:
    return {key: title_value(title) for key, title in s.execute(select(Fiche.key, Fiche.title))}


def _years(s: Session) -> Column:
    stmt = select(Fiche.key, Fiche.year).where(Fiche.year.is_not(None))
    return dict(s.execute(stmt).all())


def _kinds(s: Session) -> Column:
    return dict(s.execute(select(Fiche.key, Fiche.kind)).all())


def _added(s: Session) -> Column:
    return dict(s.execute(select(Fiche.key, Fiche.created_at)).all())


def _concept_counts(s: Session) -> Column:
    counts = dict(
        s.execute(select(FicheConcept.fiche_id, func.count()).group_by(FicheConcept.fiche_id)).all()
    )
    return {key: counts.get(fid, 0) for fid, key in s.execute(select(Fiche.id, Fiche.key))}


def _first_authors(s: Session) -> Column:
    """The first name of each fiche's byline (``core.people``: its authors, else its first
    group of makers), folded. A part (a chapter) never takes its host's people."""
    agents: dict[int, list[AgentDraft]] = {}
    stmt = (
        select(FicheAgent.fiche_id, Agent.name, FicheAgent.role, Agent.type)
        .join(Agent, Agent.id == FicheAgent.agent_id)
        .order_by(FicheAgent.fiche_id, FicheAgent.position)
    )
    for fid, name, role, type_ in s.execute(stmt):
        agents.setdefault(fid, []).append(AgentDraft(name, role, type_))
    stmt_f = select(Fiche.id, Fiche.key, Fiche.details["type"].as_string()).where(
        Fiche.id.in_(select(FicheAgent.fiche_id))
    )
    column: Column = {}
    for fid, key, type_ in s.execute(stmt_f):
        details = {"type": type_} if type_ else None
        by = people.byline(
            people.credits(agents.get(fid, ()), details), part=people.is_part(details)
        )
        if by:
            column[key] = fold(by[0].name)
    return column


_READERS: dict[str, Callable[[Session], Column]] = {
    "title": _titles,
    "authors": _first_authors,
    "year": _years,
    "kind": _kinds,
    "added": _added,
    "concepts": _concept_counts,
}
assert set(_READERS) == set(SORT_COLUMNS)


class Sorting:
    """The sort table of one open library and the ``sort_keys`` verb."""

    def __init__(self, ctx: Context, search: Search) -> None:
        self.ctx = ctx
        self._search = search
        self._columns: dict[str, Column] = {}
        self._seen = -1
        self._lock = threading.Lock()

    def _follows_changes(self) -> bool:
        return self.ctx.read_only or self._search.indexing != "off"

    def _column(self, name: str) -> Column:
        with self._lock:
            seen = self._search.changes_seen
            if seen != self._seen or not self._follows_changes():
                self._columns.clear()
                self._seen = seen
            column = self._columns.get(name)
        if column is None:
            with self.ctx.read() as s:
                column = _READERS[name](s)
            with self._lock:
                if self._seen == seen:
                    self._columns[name] = column
        return column

    def sort_keys(
        self,
        keys: Sequence[str],
        column: str,
        descending: bool = False,
        kind_order: Sequence[str] = (),
    ) -> tuple[str, ...]:
        """``keys`` ordered by ``column`` (one of ``SORT_COLUMNS``), missing values last.

        Stable: keys of equal value keep the order given. ``kind_order`` ranks the kinds when
        sorting by kind (the window gives them in the order of their translated names);
        by default the vocabulary's order.
        """
        if column not in _READERS:
            raise ValueError(f"column must be one of {SORT_COLUMNS}")
        values = self._column(column)
        if column == "kind":
            order = list(kind_order) + [k for k in FICHE_KINDS if k not in kind_order]
            rank = {kind: n for n, kind in enumerate(order)}
            values = {k: rank.get(v, len(rank)) for k, v in values.items()}
        present = [k for k in keys if k in values]
        missing = [k for k in keys if k not in values] if len(present) < len(keys) else []
        present.sort(key=values.__getitem__, reverse=descending)
        return (*present, *missing)
