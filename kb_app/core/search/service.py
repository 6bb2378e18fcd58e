"""The search service behind ``Library``: ranked ids, rows, snippets, the `kb search` shape.

Whoosh answers when the index is ready; otherwise (missing, damaged, rebuilding) the plain
SQL search answers and the result says ``partial``: search never stops working.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Engine, func, select

from kb_app.core.dto import FicheRow, IdSearch, SearchFilters, SearchResult, Snippet
from kb_app.core.errors import KbError
from kb_app.core.search import plain, results, snippets
from kb_app.core.search.engine import RANKED, WhooshEngine
from kb_app.core.search.index import IndexUnavailable
from kb_app.core.search.indexer import Indexer
from kb_app.core.search.thesaurus_cache import stamp_columns
from kb_app.core.storage import changes
from kb_app.core.storage.models import IndexOutbox
from kb_app.core.storage.session import reading


@dataclass(frozen=True)
class Probe:
    """What one search needs to know of the base before it runs, read in one query."""

    outbox: int  # change rows not yet acknowledged by the index (pending or claimed)
    thesaurus: tuple[Any, ...]  # the thesaurus stamp (``thesaurus_cache``)


class SearchService:
    def __init__(self, engine: Engine, indexer: Indexer) -> None:
        self.engine = engine
        self.indexer = indexer
        self.whoosh = WhooshEngine(engine, indexer.index)
        self._local = threading.local()  # the probe of this thread's current search
        outbox = select(func.count()).select_from(IndexOutbox).scalar_subquery()
        self._probe_query = select(outbox, *stamp_columns())  # built once

    def probe(self) -> Probe:
        """One small read: the outbox's size and the thesaurus stamp. Both also see what
        another process committed, so nothing here is cached across searches."""
        # a Core connection, not an ORM session: a fifth of the cost for one row
        with self.engine.connect() as conn:
            row = conn.execute(self._probe_query).one()
        return Probe(int(row[0] or 0), tuple(row[1:]))

    @contextmanager
    def probed(self, probe: Probe) -> Iterator[None]:
        """Within the block, this thread's searches trust ``probe`` instead of reading the
        outbox and the thesaurus stamp again (one read session per keystroke)."""
        previous = getattr(self._local, "probe", None)
        self._local.probe = probe
        try:
            with self.whoosh.thesaurus.primed(probe.thesaurus):
                yield
        finally:
            self._local.probe = previous

    def _behind(self) -> bool:
        probe: Probe | None = getattr(self._local, "probe", None)
        if probe is not None and probe.outbox == 0:
            return False  # nothing was pending when the search began: no second read
        # work was pending (in the window, the indexer thread may have done it meanwhile)
        with reading(self.engine) as s:
            return changes.pending(s) > 0

    def search_ids(
        self, query: str, filters: SearchFilters, ranked: int = RANKED, correct: bool = True
    ) -> IdSearch:
        """``correct``: a query that finds nothing is answered with its typos corrected
        (``IdSearch.suggestion``) when that finds something; the index is needed for it (the
        plain SQL search, while the index is rebuilt, does not correct)."""
        return self._ids(query, filters, ranked, page=False, correct=correct)

    def search_page(
        self, query: str, filters: SearchFilters, limit: int, correct: bool = True
    ) -> IdSearch:
        return self._ids(query, filters, limit, page=True, correct=correct)

    def _ids(
        self, query: str, filters: SearchFilters, ranked: int, page: bool, correct: bool
    ) -> IdSearch:
        if self.indexer.index.ready:
            try:
                if page:
                    result = self.whoosh.search_page(query, filters, ranked, correct=correct)
                else:
                    result = self.whoosh.search_ids(query, filters, ranked=ranked, correct=correct)
            except KbError:
                raise
            except Exception as exc:  # noqa: BLE001  a damaged index must never stop search
                self._give_up(exc)
            else:
                return _with(result, partial=True) if self._behind() else result
        with reading(self.engine) as s:
            result = plain.search_ids(s, query, filters)
        if page:
            result = replace(result, keys=result.keys[:ranked], scores=result.scores[:ranked])
        return _with(result, partial=True)

    def _give_up(self, exc: Exception) -> None:
        """Stop using a failing index; the indexer rebuilds it (now or in the background)."""
        if not isinstance(exc, IndexUnavailable):
            self.indexer.index.mark_damaged(f"{type(exc).__name__}: {exc}")
        self.indexer.notify()

    def rows(self, keys: Sequence[str]) -> list[FicheRow]:
        with reading(self.engine) as s:
            return results.rows(s, keys)

    def snippets(self, query: str, keys: Sequence[str]) -> list[Snippet]:
        if self.indexer.index.ready:
            try:
                plan = self.whoosh.plan(query)
                reader = self.indexer.index.searcher().reader()
                with reading(self.engine) as s:
                    return snippets.build(s, plan, keys, reader)
            except KbError:
                raise
            except Exception as exc:  # noqa: BLE001  see search_ids
                self._give_up(exc)
        with reading(self.engine) as s:
            return plain.snippets(s, query, keys)

    def search(self, query: str, filters: SearchFilters, limit: int) -> SearchResult:
        ids = self.search_ids(query, filters, ranked=max(limit, RANKED))
        shown = list(ids.keys[: max(0, limit)])
        found = {s.key: s for s in self.snippets(ids.suggestion or query, shown)}
        scores = dict(zip(ids.keys, ids.scores, strict=False))
        return results.contract(ids, limit, self.rows(shown), found, scores)


def _with(result: IdSearch, *, partial: bool) -> IdSearch:
    return replace(result, partial=partial)
