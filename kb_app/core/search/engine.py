"""Running a query on the Whoosh index: concept expansion, column filters, ranking, facets.

Every match is scored once (totals are exact, the whole list is ranked); filters and facets
read per-segment columns kept in memory, so a query runs no SQL beyond one small check that
the thesaurus has not changed. Snippets are computed later, for the rows shown.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Literal

from sqlalchemy import Engine, select
from whoosh import query as wq
from whoosh.collectors import TopCollector, WrappingCollector

from kb_app.core.dto import IdSearch, SearchFilters
from kb_app.core.search import query as ql
from kb_app.core.search import spelling
from kb_app.core.search.columns import View
from kb_app.core.search.facet_counts import concept_tree, year_counts
from kb_app.core.search.index import SearchIndex
from kb_app.core.search.thesaurus_cache import Thesaurus, ThesaurusCache
from kb_app.core.storage.models import Fiche
from kb_app.core.storage.session import reading

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
        self.spelling = spelling.Memo()

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
        always ranks above one reached only through a narrower concept. A text that is a
        concept label is not folded in here (it would cost a score for every match): its
        fiches are added after the text's own matches (``_label_fiches``).
        """
        q = plan.text_query
        for exp in (e for e in plan.expansions if e.explicit):
            direct = wq.ConstantScoreQuery(wq.Term("cids", exp.key), 2.0 if exp.explicit else 0.6)
            parts = [direct]
            if exp.narrower:
                narrower = wq.Or([wq.Term("cids", k) for k in exp.narrower])
                parts.append(wq.ConstantScoreQuery(narrower, 1.0 if exp.explicit else 0.3))
            if exp.explicit:
                concept_q = wq.Or(parts)
                q = concept_q if q is None else wq.And([q, concept_q])
        return q

    # -- running -------------------------------------------------------------------------------

    def search_ids(
        self,
        query: str,
        filters: SearchFilters,
        with_facets: bool = True,
        ranked: int = RANKED,
        correct: bool = False,
    ) -> IdSearch:
        """Every match: the best ``ranked`` first by relevance, the rest in library order.

        ``correct``: when nothing matches, the answer to the query with its typos corrected
        (``spelling``), if that finds something, with the corrected text as ``suggestion``.
        """
        return self._answer(
            query,
            correct,
            lambda text: self._search(
                text, filters, ranked, complete=True, with_facets=with_facets
            ),
        )

    def search_page(
        self, query: str, filters: SearchFilters, limit: int, correct: bool = False
    ) -> IdSearch:
        """The best ``limit`` matches only, with an estimated total: the keystroke path."""
        return self._answer(
            query,
            correct,
            lambda text: self._search(text, filters, limit, complete=False, with_facets=False),
        )

    def _answer(self, query: str, correct: bool, run: Callable[[str], IdSearch]) -> IdSearch:
        """``run(query)``; on the zero-result path only, and if asked, its typos corrected."""
        started = time.perf_counter()
        found = run(query)
        if found.keys or not correct:
            return found
        searcher = self.index.searcher()
        recovered = spelling.recover(
            query,
            searcher,
            self.index.view(searcher),
            self.engine,
            lambda text: answer if (answer := run(text)).keys else None,
            self.spelling,
        )
        if recovered is None:
            return found
        suggestion, answer = recovered
        took = round((time.perf_counter() - started) * 1000, 2)
        return replace(answer, query=query, suggestion=suggestion, took_ms=took)

    def _search(
        self, query: str, filters: SearchFilters, ranked: int, complete: bool, with_facets: bool
    ) -> IdSearch:
        started = time.perf_counter()
        th = self.thesaurus.get()
        plan = self.plan(query, th)
        searcher = self.index.searcher()
        view = self.index.view(searcher)
        keep = _predicate(_filter_spec(plan.parsed, filters), view, th, self._dossier_ids)
        top: list[tuple[float, int]] = []
        matched: list[int] = []
        estimate = 0
        if not plan.unknown_concepts and keep is not False:
            concept_only = _concept_listing(searcher, plan, keep, ranked, complete)
            if concept_only is not None:
                top, matched, estimate = concept_only
            else:
                q = self.whoosh_query(plan)
                width = ql.MAX_PREFIX_TERMS if complete else ql.PAGE_PREFIX_TERMS
                q = wq.Every() if q is None else ql.bounded(q, searcher.reader(), width)
                found = _run(searcher, q, keep, ranked, complete)
                if found is None:  # a query Whoosh cannot run: search its plain words instead
                    plan = replace(plan, fallback=True)
                    words = ql.plain_words_query(plan.parsed.text)
                    if words is not None:
                        found = _run(searcher, words, keep, ranked, complete)
                if found is not None:
                    top, matched, estimate = found
                top, matched, estimate = _label_fiches(
                    searcher, plan, keep, ranked, complete, (top, matched, estimate)
                )
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
            "concept_tree": concept_tree(
                (view.concepts[d] for d in docnums), th.children, th.key_of, th.label_of
            ),
            "years": year_counts(years),
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


Keep = Callable[[int], bool] | None


def _predicate(
    spec: tuple[Any, ...],
    view: View,
    th: Thesaurus,
    dossier_ids: Callable[[tuple[str, ...]], set[int] | None],
) -> Keep | Literal[False]:
    """A test on the column values of a matched document, or None when nothing filters.

    Checked on matches only (not on the whole library), so a selective query stays cheap.
    ``False`` means no document can pass (an unknown dossier, say).
    """
    kinds, excluded, year_from, year_to, dossier_keys, concept = spec
    if not any(spec):
        return None
    dossiers = dossier_ids(dossier_keys)
    closure = _closure(th, concept) if concept else None
    if closure is not None and not closure:
        return False
    kind_of, year_of, concepts_of, dossiers_of = (
        view.kinds,
        view.years,
        view.concepts,
        view.dossiers,
    )

    def keep(d: int) -> bool:
        kind, year = kind_of[d], year_of[d]
        return (
            (not kinds or kind in kinds)
            and kind not in excluded
            and (year_from is None or (year != 0 and year >= year_from))
            and (year_to is None or (year != 0 and year <= year_to))
            and (dossiers is None or dossiers.issubset(dossiers_of[d]))
            and (closure is None or not closure.isdisjoint(concepts_of[d]))
        )

    return keep


class _KeepCollector(WrappingCollector):  # type: ignore[misc]
    """Lets through only the matches that pass ``keep`` (like FilterCollector, with a test)."""

    def __init__(self, child: Any, keep: Callable[[int], bool]) -> None:
        self.child = child
        self.keep = keep

    def matches(self) -> Any:
        offset, keep = self.offset, self.keep
        for sub_docnum in self.child.matches():
            if keep(offset + sub_docnum):
                yield sub_docnum

    def collect_matches(self) -> None:
        collect = self.child.collect
        for sub_docnum in self.matches():
            collect(sub_docnum)


def _run(
    searcher: Any, q: Any, keep: Keep, ranked: int, complete: bool
) -> tuple[list[tuple[float, int]], list[int], int] | None:
    """``(top (score, docnum), every match if complete, total or its estimate)``.

    The top is collected with Whoosh's block-quality skipping (only competitive documents
    are scored); every match comes from an unscored pass. None if Whoosh refuses the query.
    """
    top_collector = TopCollector(limit=max(1, ranked))
    collector = top_collector if keep is None else _KeepCollector(top_collector, keep)
    try:
        searcher.search_with_collector(ql.with_title_boost(q), collector)
        results = top_collector.results()
        top = [(float(score), int(docnum)) for score, docnum in results.top_n]
        if not complete:
            estimate = len(top) if len(top) < ranked else int(results.estimated_length())
            return top, [], estimate
        matched = [d for d in searcher.docs_for_query(q) if keep is None or keep(d)]
    except wq.QueryError:
        return None
    return top, matched, len(matched)


def _label_fiches(
    searcher: Any,
    plan: Plan,
    keep: Keep,
    ranked: int,
    complete: bool,
    found: tuple[list[tuple[float, int]], list[int], int],
) -> tuple[list[tuple[float, int]], list[int], int]:
    """A text that is a concept label also reaches the fiches indexed with that concept or a
    narrower one: after the text's own matches, direct ones first."""
    top, matched, estimate = found
    labels = [e for e in plan.expansions if not e.explicit]
    if not labels:
        return found
    exp = labels[0]
    have = {d for _, d in top} | set(matched)
    extra: list[tuple[float, int]] = []
    for score, keys in ((0.6, [exp.key]), (0.3, list(exp.narrower))):
        if not keys or (not complete and len(top) + len(extra) >= ranked):
            continue
        for d in searcher.docs_for_query(wq.Or([wq.Term("cids", k) for k in keys])):
            if d not in have and (keep is None or keep(d)):
                have.add(d)
                extra.append((score, d))
                if not complete and len(top) + len(extra) >= ranked:
                    break
    room = max(0, ranked - len(top))
    top = top + extra[:room]
    if complete:
        return top, matched + [d for _, d in extra], len(matched) + len(extra)
    return top, [], estimate + len(extra)


def _concept_listing(
    searcher: Any, plan: Plan, keep: Keep, ranked: int, complete: bool
) -> tuple[list[tuple[float, int]], list[int], int] | None:
    """``concept:"X"`` alone: fiches indexed with X first, then those reached only through a
    narrower concept, each group in library order: the constant scores of the general path
    without scoring anything. A page stops reading once it has ``ranked`` documents."""
    if plan.text_query is not None or len(plan.expansions) != 1 or not plan.expansions[0].explicit:
        return None
    exp = plan.expansions[0]
    groups = [(2.0, wq.Term("cids", exp.key))]
    if exp.narrower:
        groups.append((1.0, wq.Or([wq.Term("cids", k) for k in exp.narrower])))
    ordered: list[tuple[float, int]] = []
    seen: set[int] = set()
    for score, q in groups:
        for d in searcher.docs_for_query(q):
            if d not in seen and (keep is None or keep(d)):
                seen.add(d)
                ordered.append((score, d))
                if not complete and len(ordered) >= ranked:
                    reader = searcher.reader()
                    estimate = sum(
                        reader.doc_frequency("cids", k) for k in (exp.key, *exp.narrower)
                    )
                    return ordered, [], max(estimate, len(ordered))
    return ordered[:ranked], [d for _, d in ordered], len(ordered)
