"""Plain SQL search over the folded ``search_text`` column (accent- and case-insensitive).

The fallback behind the Whoosh service: used while the index is missing or rebuilding.
Every word must appear (substring match, so « cooperative » also finds « coopératives »).
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from kb_app.core.dto import IdSearch, SearchFilters, Snippet
from kb_app.core.search.filters import filtered_ids
from kb_app.core.search.results import facets, fiche_text, plain_snippet
from kb_app.core.storage.models import Fiche
from kb_app.core.text import fold

_WORD = re.compile(r"\w+", re.UNICODE)
_OPERATORS = {"and", "or", "not", "et", "ou"}
_FIELD = re.compile(r"\b\w+:")


def words_of(query: str) -> list[str]:
    text = _FIELD.sub(" ", fold(query[:2000]))
    words = [w for w in _WORD.findall(text) if w not in _OPERATORS]
    return list(dict.fromkeys(w for w in words if len(w) > 1 or w.isdigit()))[:20]


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search_ids(session: Session, query: str, filters: SearchFilters) -> IdSearch:
    started = time.perf_counter()
    words = words_of(query)
    stmt = select(Fiche.id, Fiche.key, Fiche.title, Fiche.search_text).where(
        Fiche.deleted_at.is_(None)
    )
    for w in words:
        stmt = stmt.where(Fiche.search_text.like(_like(w), escape="\\"))
    allowed = filtered_ids(session, filters)
    if allowed is not None:
        stmt = stmt.where(Fiche.id.in_(allowed))
    rows = session.execute(stmt).all()

    def score(title: str, text: str) -> float:
        folded = fold(title)
        return float(sum(3 * folded.count(w) + min(text.count(w), 20) for w in words))

    scored = [(score(r.title, r.search_text), r) for r in rows]
    scored.sort(key=lambda p: (-p[0], fold(p[1].title)))
    ranked = [r for _, r in scored]
    took = (time.perf_counter() - started) * 1000
    return IdSearch(
        query=query,
        keys=tuple(r.key for r in ranked),
        total=len(ranked),
        facets=facets(session, [r.id for r in ranked]),
        took_ms=round(took, 2),
        scores=tuple(s for s, _ in scored),
        ranked=len(ranked),
        fallback=True,
    )


def snippets(session: Session, query: str, keys: Sequence[str]) -> list[Snippet]:
    """Snippets for the rows shown only."""
    words = words_of(query)
    why = ("mots : " + ", ".join(words)) if words else ""
    found = {f.key: f for f in session.scalars(select(Fiche).where(Fiche.key.in_(list(keys))))}
    return [plain_snippet(k, fiche_text(found[k]), words, why) for k in keys if k in found]
