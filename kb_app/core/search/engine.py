"""Running a query on the Whoosh index: filters as docnum sets, concept expansion, ranking.

Every match is scored once (so totals are exact and facets cover all matches); only ids
leave the index. Snippets and "why it matched" are computed later, for the rows shown.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Engine
from whoosh import query as wq
from whoosh.collectors import TopCollector

from kb_app.core.dto import IdSearch, SearchFilters
from kb_app.core.errors import KbError
from kb_app.core.search import query as ql
from kb_app.core.search.filters import filtered_ids
from kb_app.core.search.index import SearchIndex
from kb_app.core.search.results import facets
from kb_app.core.storage.concept_views import find
from kb_app.core.storage.concepts import children, label_index
from kb_app.core.storage.session import reading
from kb_app.core.text import fold
from kb_app.core.thesaurus.graph import descendants

FILTER_CACHE = 32


class _AllScored(TopCollector):  # type: ignore[misc]
    """Scores every match (no block skipping) and keeps them all: exact totals, full ranking."""

    def __init__(self) -> None:
        super().__init__(limit=None, usequality=False)
        self.scored: list[tuple[float, int]] = []

    def _collect(self, global_docnum: int, score: float) -> float:
        self.scored.append((score, global_docnum))
        self.total += 1
        return 0 - score


@dataclass(frozen=True)
class Expansion:
    """A concept reached by the query, and the narrower concepts it brings in."""

    label: str
    key: str
    narrower: dict[str, str]  # key -> label
    explicit: bool  # written as concept:"..." (else: the text is a concept label)


@dataclass(frozen=True)
class Plan:
    parsed: ql.ParsedQuery
    text_query: Any
    fallback: bool
    expansions: tuple[Expansion, ...]
    unknown_concepts: tuple[str, ...]


class WhooshEngine:
    def __init__(self, engine: Engine, index: SearchIndex) -> None:
        self.engine = engine
        self.index = index
        self._filters: OrderedDict[tuple[Any, ...], set[int] | None] = OrderedDict()

    # -- planning ------------------------------------------------------------------------------

    def plan(self, query: str) -> Plan:
        parsed = ql.lift_structured(query)
        text_q, fallback = ql.text_query(parsed.text)
        expansions: list[Expansion] = []
        unknown: list[str] = []
        with reading(self.engine) as s:
            labels = label_index(s)
            kids = children(s)
            for label in parsed.concepts:
                exp = _expansion(s, labels, kids, label, explicit=True)
                if exp is None:
                    unknown.append(label)
                else:
                    expansions.append(exp)
            bare = parsed.text.strip().strip('"').strip()
            if bare and labels.resolve(bare):
                exp = _expansion(s, labels, kids, bare, explicit=False)
                if exp is not None:
                    expansions.append(exp)
        return Plan(parsed, text_q, fallback, tuple(expansions), tuple(unknown))

    @staticmethod
    def whoosh_query(plan: Plan) -> Any:
        """The text query combined with concept expansions.

        Concept matches get constant scores, so a fiche indexed with the concept itself
        always ranks above one reached only through a narrower concept.
        """
        q = plan.text_query
        for exp in plan.expansions:
            direct = wq.ConstantScoreQuery(wq.Term("cids", exp.key), 2.0 if exp.explicit else 0.6)
            parts = [direct]
            if exp.narrower:
                narrower = wq.Or([wq.Term("cids", k) for k in exp.narrower])
                parts.append(wq.ConstantScoreQuery(narrower, 1.0 if exp.explicit else 0.3))
            if exp.explicit:
                concept_q = wq.Or(parts)
                q = concept_q if q is None else wq.And([q, concept_q])
            else:  # the text is a concept label: also reach the concept's fiches, ranked lower
                q = wq.Or([q, *parts]) if q is not None else wq.Or(parts)
        return q

    # -- running -------------------------------------------------------------------------------

    def search_ids(self, query: str, filters: SearchFilters) -> IdSearch:
        started = time.perf_counter()
        plan = self.plan(query)
        searcher = self.index.searcher()
        maps = self.index.maps(searcher)
        allow = self._allowed(plan.parsed, filters, maps.docnum_of_fid, maps.generation)
        q = self.whoosh_query(plan)
        scored: list[tuple[float, int]] = []
        if not plan.unknown_concepts and (allow is None or allow):
            q = wq.Every() if q is None else ql.bounded(q, searcher.reader())
            found = _run(searcher, q, allow)
            if found is None:  # a query Whoosh cannot run: search its plain words instead
                plan = replace(plan, fallback=True)
                words = ql.plain_words_query(plan.parsed.text)
                found = _run(searcher, words, allow) if words is not None else None
            scored = found or []
        scored.sort(key=lambda p: (-p[0], p[1]))
        keys = tuple(maps.keys[d] for _, d in scored)
        with reading(self.engine) as s:
            fac = facets(s, [maps.fids[d] for _, d in scored])
        took = (time.perf_counter() - started) * 1000
        return IdSearch(
            query=query,
            keys=keys,
            total=len(keys),
            facets=fac,
            took_ms=round(took, 2),
            scores=tuple(round(sc, 4) for sc, _ in scored),
            fallback=plan.fallback,
        )

    def _allowed(
        self,
        parsed: ql.ParsedQuery,
        filters: SearchFilters,
        docnums: dict[int, int],
        generation: int,
    ) -> set[int] | None:
        spec = _filter_specs(parsed, filters)
        cache_key = (generation, *spec)
        if cache_key in self._filters:
            self._filters.move_to_end(cache_key)
            return self._filters[cache_key]
        allowed: set[int] | None = None
        with reading(self.engine) as s:
            for one in _as_filters(spec):
                try:
                    ids = filtered_ids(s, one)
                except KbError:  # unknown concept or dossier in a facet: nothing matches
                    ids = set()
                if ids is not None:
                    allowed = ids if allowed is None else allowed & ids
            if parsed.excluded_kinds:
                banned: set[int] = set()
                for kind in parsed.excluded_kinds:
                    banned |= filtered_ids(s, SearchFilters(kind=kind)) or set()
                allowed = (allowed if allowed is not None else set(docnums)) - banned
        result = None if allowed is None else {docnums[f] for f in allowed if f in docnums}
        self._filters[cache_key] = result
        while len(self._filters) > FILTER_CACHE:
            self._filters.popitem(last=False)
        return result


def _run(searcher: Any, q: Any, allow: set[int] | None) -> list[tuple[float, int]] | None:
    """Every ``(score, docnum)`` matching ``q`` within ``allow``; None if Whoosh refuses it."""
    collector = _AllScored()
    try:
        searcher.search_with_collector(
            q, collector if allow is None else _filtered(collector, allow)
        )
    except wq.QueryError:
        return None
    return collector.scored


def _filtered(collector: Any, allow: set[int]) -> Any:
    from whoosh.collectors import FilterCollector

    wrapper = FilterCollector(collector, allow=allow)
    return wrapper


def _filter_specs(parsed: ql.ParsedQuery, filters: SearchFilters) -> tuple[Any, ...]:
    kinds = tuple(sorted(set(parsed.kinds) | ({filters.kind} if filters.kind else set())))
    year_from = max(y for y in (parsed.year_from, filters.year_from, -(10**6)) if y is not None)
    year_to = min(y for y in (parsed.year_to, filters.year_to, 10**6) if y is not None)
    dossiers = tuple(
        sorted(set(parsed.dossiers) | ({filters.dossier} if filters.dossier else set()))
    )
    concept = (filters.concept,) if filters.concept else ()
    return (
        kinds,
        year_from if year_from > -(10**6) else None,
        year_to if year_to < 10**6 else None,
        dossiers,
        concept,
        tuple(sorted(parsed.excluded_kinds)),
    )


def _as_filters(spec: tuple[Any, ...]) -> list[SearchFilters]:
    kinds, year_from, year_to, dossiers, concept, _excluded = spec
    result = [SearchFilters(kind=k) for k in kinds[:1]]
    if len(kinds) > 1:  # two different kinds asked together: nothing can match both
        result.append(SearchFilters(kind="__none__"))
    if year_from is not None or year_to is not None:
        result.append(SearchFilters(year_from=year_from, year_to=year_to))
    result += [SearchFilters(dossier=d) for d in dossiers]
    result += [SearchFilters(concept=c) for c in concept]
    return result


def _expansion(
    s: Any, labels: Any, kids: dict[int, set[int]], label: str, explicit: bool
) -> Expansion | None:
    try:
        concept = find(s, label)
    except KbError:
        return None
    from sqlalchemy import select

    from kb_app.core.storage.models import Concept

    below = descendants(concept.id, kids)
    rows = s.execute(select(Concept.key, Concept.pref_fr).where(Concept.id.in_(below))).all()
    del labels
    return Expansion(concept.pref_fr, concept.key, {k: lb for k, lb in rows}, explicit)


def folded_label(text: str) -> str:
    return fold(text).strip()
