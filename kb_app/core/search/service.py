"""The search service behind ``Library``: ranked ids, rows, snippets, the `kb search` shape.

For now every query runs on the plain SQL fallback (``plain``); the Whoosh index plugs in
here behind the same four calls.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Engine

from kb_app.core.dto import FicheRow, IdSearch, SearchFilters, SearchResult, Snippet
from kb_app.core.search import plain, results
from kb_app.core.storage.session import reading


class SearchService:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def search_ids(self, query: str, filters: SearchFilters) -> IdSearch:
        with reading(self.engine) as s:
            return plain.search_ids(s, query, filters)

    def rows(self, keys: Sequence[str]) -> list[FicheRow]:
        with reading(self.engine) as s:
            return results.rows(s, keys)

    def snippets(self, query: str, keys: Sequence[str]) -> list[Snippet]:
        with reading(self.engine) as s:
            return plain.snippets(s, query, keys)

    def search(self, query: str, filters: SearchFilters, limit: int) -> SearchResult:
        ids = self.search_ids(query, filters)
        shown = list(ids.keys[: max(0, limit)])
        snippets = {s.key: s for s in self.snippets(query, shown)}
        scores = dict(zip(ids.keys, ids.scores, strict=False))
        return results.contract(ids, limit, self.rows(shown), snippets, scores)
