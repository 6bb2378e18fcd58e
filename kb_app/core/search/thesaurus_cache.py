"""The thesaurus as the search engine needs it, reloaded only when the thesaurus changed.

Whether it changed is a stamp (counts and latest update times of the three thesaurus
tables): it sees another process's edits too. A caller that already reads the base once per
search (the search service's probe) reads the stamp in the same query and hands it over with
``primed``: ``get`` then opens no session of its own.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, func, select

from kb_app.core.storage.concepts import LabelIndex, children, label_index
from kb_app.core.storage.models import Concept, ConceptBroader, ConceptLabel
from kb_app.core.storage.session import reading
from kb_app.core.thesaurus.graph import descendants


@dataclass(frozen=True)
class Thesaurus:
    labels: LabelIndex
    id_of: dict[str, int]  # key -> id
    key_of: dict[int, str]
    label_of: dict[int, str]  # id -> French preferred label
    children: dict[int, set[int]]

    def closure(self, concept_id: int) -> set[int]:
        return {concept_id} | descendants(concept_id, self.children)


def stamp_columns() -> list[Any]:
    """The columns of the thesaurus stamp, to select alone or beside other cheap reads."""
    return [
        select(func.count()).select_from(Concept).scalar_subquery(),
        select(func.max(Concept.updated_at)).scalar_subquery(),
        select(func.count()).select_from(ConceptLabel).scalar_subquery(),
        select(func.max(ConceptLabel.updated_at)).scalar_subquery(),
        select(func.count()).select_from(ConceptBroader).scalar_subquery(),
        select(func.max(ConceptBroader.updated_at)).scalar_subquery(),
    ]


class ThesaurusCache:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._stamp: tuple[Any, ...] | None = None
        self._value: Thesaurus | None = None
        self._lock = threading.Lock()
        self._local = threading.local()  # the stamp primed for this thread's current search
        self._stamp_query = select(*stamp_columns())  # built once

    @contextmanager
    def primed(self, stamp: Sequence[Any]) -> Iterator[None]:
        """Within the block, ``get`` on this thread trusts ``stamp`` (just read by the
        caller) instead of reading it again."""
        previous = getattr(self._local, "stamp", None)
        self._local.stamp = tuple(stamp)
        try:
            yield
        finally:
            self._local.stamp = previous

    def get(self) -> Thesaurus:
        stamp: tuple[Any, ...] | None = getattr(self._local, "stamp", None)
        if stamp is None:
            with self.engine.connect() as conn:  # Core: far cheaper than a session
                stamp = tuple(conn.execute(self._stamp_query).one())
        with self._lock:
            if self._value is not None and stamp == self._stamp:
                return self._value
        # Read after the stamp, in another transaction: the value is at least as new as the
        # stamp it is kept with (a change in between costs one more reload, never a stale one).
        with reading(self.engine) as s:
            rows = s.execute(select(Concept.id, Concept.key, Concept.pref_fr)).all()
            value = Thesaurus(
                labels=label_index(s),
                id_of={k: i for i, k, _ in rows},
                key_of={i: k for i, k, _ in rows},
                label_of={i: label for i, _, label in rows},
                children=children(s),
            )
        with self._lock:
            self._stamp, self._value = stamp, value
        return value
