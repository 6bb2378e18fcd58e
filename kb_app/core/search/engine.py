"""Running a query on the Whoosh index: concept expansion, column filters, ranking, facets.

Every match is scored once (totals are exact, the whole list is ranked); filters and facets
read per-segment columns kept in memory, so a query runs no SQL beyond one small check that
the thesaurus has not changed. Snippets are computed later, for the rows shown.
"""

from __future__ import annotations

import time
from collections import Counter, OrderedDict
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Engine, select
from whoosh import query as wq

from kb_app.core.dto import IdSearch, SearchFilters
from kb_app.core.search import query as ql
from kb_app.core.search.columns import View
from kb_app.core.search.index import SearchIndex
from kb_app.core.search.thesaurus_cache import Thesaurus, ThesaurusCache
from kb_app.core.storage.models import Fiche
from kb_app.core.storage.session import reading

FILTER_CACHE = 32
#: Matches ranked by relevance in a full search; the rest follow in library order.
RANKED = 200
FACET_CONCEPTS = 30


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
        self.thesaurus = ThesaurusCache(engine)
        self._filters: OrderedDict[tuple[Any, ...], set[int] | None] = OrderedDict()

    # -- planning ------------------------------------------------------------------------------

    def plan(self, query: str, th: Thesaurus | None = None) -> Plan:
        th = th or self.thesaurus.get()
        parsed = ql.lift_structured(query)
        text_q, fallback = ql.text_query(parsed.text)
        expansions: list[Expansion] = []
        unknown: list[str] = []
        for label in parsed.concepts:
            exp = _expansion(th, label, explicit=True)
            if exp is None:
                unknown.append(label)
            else:
                expansions.append(exp)
        bare = parsed.text.strip().strip('"').strip()
        exp = _expansion(th, bare, explicit=False) if bare else None
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

    def search_ids(
        self, query: str, filters: SearchFilters, with_facets: bool = True, ranked: int = RANKED
    ) -> IdSearch:
        """Every match: the best ``ranked`` first by relevance, the rest in library order."""
        return self._search(query, filters, ranked, complete=True, with_facets=with_facets)

    def search_page(self, query: str, filters: SearchFilters, limit: int) -> IdSearch:
        """The best ``limit`` matches only, with an estimated total: the keystroke path."""
        return self._search(query, filters, limit, complete=False, with_facets=False)

    def _search(
        self, query: str, filters: SearchFilters, ranked: int, complete: bool, with_facets: bool
    ) -> IdSearch:
        started = time.perf_counter()
        th = self.thesaurus.get()
        plan = self.plan(query, th)
        searcher = self.index.searcher()
        view = self.index.view(searcher)
        allow = self._allowed(plan.parsed, filters, view, th)
        top: list[tuple[float, int]] = []
        matched: list[int] = []
        estimate = 0
        if not plan.unknown_concepts and (allow is None or allow):
            q = self.whoosh_query(plan)
            q = wq.Every() if q is None else ql.bounded(q, searcher.reader())
            found = _run(searcher, q, allow, ranked, complete)
            if found is None:  # a query Whoosh cannot run: search its plain words instead
                plan = replace(plan, fallback=True)
                words = ql.plain_words_query(plan.parsed.text)
                found = (
                    _run(searcher, words, allow, ranked, complete) if words is not None else None
                )
            if found is not None:
                top, matched, estimate = found
        ranked_docs = [d for _, d in top]
        if complete:
            seen = set(ranked_docs)
            docnums = ranked_docs + [d for d in matched if d not in seen]
        else:
            docnums = ranked_docs
        facets = self._facets(view, docnums, th) if with_facets and complete else {}
        took = (time.perf_counter() - started) * 1000
        return IdSearch(
            query=query,
            keys=tuple(view.keys[d] for d in docnums),
            total=len(docnums) if complete else estimate,
            facets=facets,
            took_ms=round(took, 2),
            scores=tuple(round(sc, 4) for sc, _ in top),
            fallback=plan.fallback,
            ranked=len(top),
            total_exact=complete,
        )

    # -- filters and facets from columns ---------------------------------------------------------

    def _allowed(
        self, parsed: ql.ParsedQuery, filters: SearchFilters, view: View, th: Thesaurus
    ) -> set[int] | None:
        spec = _filter_spec(parsed, filters)
        if not any(spec):
            return None
        cache_key = (view.generation, id(th), *spec)
        if cache_key in self._filters:
            self._filters.move_to_end(cache_key)
            return self._filters[cache_key]
        kinds, excluded, year_from, year_to, dossier_keys, concept = spec
        dossiers = self._dossier_ids(dossier_keys)
        closure = _closure(th, concept) if concept else None
        allowed = {
            d
            for d in range(len(view.keys))
            if (not kinds or view.kinds[d] in kinds)
            and view.kinds[d] not in excluded
            and (year_from is None or year_from <= view.years[d] != 0)
            and (year_to is None or 0 != view.years[d] <= year_to)
            and (dossiers is None or dossiers.issubset(view.dossiers[d]))
            and (closure is None or not closure.isdisjoint(view.concepts[d]))
        }
        self._filters[cache_key] = allowed
        while len(self._filters) > FILTER_CACHE:
            self._filters.popitem(last=False)
        return allowed

    def _dossier_ids(self, keys: tuple[str, ...]) -> set[int] | None:
        if not keys:
            return None
        with reading(self.engine) as s:
            found = dict(s.execute(select(Fiche.key, Fiche.id).where(Fiche.key.in_(keys))).all())
        return {found.get(k, -1) for k in keys}

    def _facets(self, view: View, docnums: list[int], th: Thesaurus) -> dict[str, Any]:
        kinds = Counter(view.kinds[d] for d in docnums)
        years = [view.years[d] for d in docnums if view.years[d]]
        concepts: Counter[int] = Counter()
        dossiers: Counter[int] = Counter()
        for d in docnums:
            concepts.update(view.concepts[d])
            if view.dossiers[d]:
                dossiers.update(view.dossiers[d])
        dossier_keys = self._dossier_keys(set(dossiers))
        return {
            "kind": dict(kinds.most_common()),
            "concept": {
                th.label_of[c]: n
                for c, n in concepts.most_common(FACET_CONCEPTS)
                if c in th.label_of
            },
            "year": {"min": min(years), "max": max(years)} if years else {},
            "dossier": {dossier_keys[i]: n for i, n in dossiers.most_common() if i in dossier_keys},
        }

    def _dossier_keys(self, ids: set[int]) -> dict[int, str]:
        if not ids:
            return {}
        with reading(self.engine) as s:
            return dict(s.execute(select(Fiche.id, Fiche.key).where(Fiche.id.in_(ids))).all())


def _filter_spec(parsed: ql.ParsedQuery, filters: SearchFilters) -> tuple[Any, ...]:
    kinds = set(parsed.kinds) | ({filters.kind} if filters.kind else set())
    if len(kinds) > 1:  # two kinds asked together: nothing is both
        kinds = {"__none__"}
    years_from = [y for y in (parsed.year_from, filters.year_from) if y is not None]
    years_to = [y for y in (parsed.year_to, filters.year_to) if y is not None]
    dossiers = set(parsed.dossiers) | ({filters.dossier} if filters.dossier else set())
    return (
        frozenset(kinds),
        frozenset(parsed.excluded_kinds),
        max(years_from) if years_from else None,
        min(years_to) if years_to else None,
        tuple(sorted(dossiers)),
        filters.concept or None,
    )


def _closure(th: Thesaurus, label_or_key: str) -> set[int]:
    key = label_or_key if label_or_key in th.id_of else th.labels.resolve(label_or_key)
    return th.closure(th.id_of[key]) if key in th.id_of else set()


def _expansion(th: Thesaurus, label: str, explicit: bool) -> Expansion | None:
    key = label if label in th.id_of else th.labels.resolve(label)
    if key is None or key not in th.id_of:
        return None
    below = th.closure(th.id_of[key]) - {th.id_of[key]}
    narrower = {th.key_of[i]: th.label_of[i] for i in sorted(below)}
    return Expansion(th.label_of[th.id_of[key]], key, narrower, explicit)


def _run(
    searcher: Any, q: Any, allow: set[int] | None, ranked: int, complete: bool
) -> tuple[list[tuple[float, int]], list[int], int] | None:
    """``(top (score, docnum), every match if complete, estimated total)``.

    The top is collected with Whoosh's block-quality skipping (only competitive documents
    are scored); every match comes from an unscored pass. None if Whoosh refuses the query.
    """
    try:
        results = searcher.search(
            ql.with_title_boost(q), limit=max(1, ranked), filter=allow, terms=False
        )
        top = [(float(score), int(docnum)) for score, docnum in results.top_n]
        if not complete:
            return top, [], int(results.estimated_length())
        matched = [d for d in searcher.docs_for_query(q) if allow is None or d in allow]
    except wq.QueryError:
        return None
    return top, matched, len(matched)
