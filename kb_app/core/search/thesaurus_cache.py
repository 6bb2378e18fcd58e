"""The thesaurus as the search engine needs it, reloaded only when the thesaurus changed."""

from __future__ import annotations

import threading
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


class ThesaurusCache:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._stamp: tuple[Any, ...] | None = None
        self._value: Thesaurus | None = None
        self._lock = threading.Lock()

    def get(self) -> Thesaurus:
        with reading(self.engine) as s:
            stamp = tuple(
                s.execute(
                    select(
                        select(func.count()).select_from(Concept).scalar_subquery(),
                        select(func.max(Concept.updated_at)).scalar_subquery(),
                        select(func.count()).select_from(ConceptLabel).scalar_subquery(),
                        select(func.max(ConceptLabel.updated_at)).scalar_subquery(),
                        select(func.count()).select_from(ConceptBroader).scalar_subquery(),
                        select(func.max(ConceptBroader.updated_at)).scalar_subquery(),
                    )
                ).one()
            )
            with self._lock:
                if self._value is not None and stamp == self._stamp:
                    return self._value
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
