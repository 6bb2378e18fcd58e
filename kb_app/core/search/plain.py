"""Plain SQL search over the folded ``search_text`` column (accent- and case-insensitive).

Every word must appear (substring match, so « cooperative » also finds « coopératives »);
``kind`` and ``concept`` filter, the concept filter reaching narrower concepts too. It returns
the contract shape of ``kb search``; the Whoosh service will replace it behind the same API.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from kb_app.core.dto import SearchHit, SearchResult
from kb_app.core.rendering.markdown import plain_text
from kb_app.core.storage.concept_views import find
from kb_app.core.storage.concepts import children
from kb_app.core.storage.models import Concept, DossierMember, Fiche, FicheConcept
from kb_app.core.text import fold
from kb_app.core.thesaurus.graph import descendants

_WORD = re.compile(r"\w+", re.UNICODE)
_OPERATORS = {"and", "or", "not", "et", "ou"}
SNIPPET_CHARS = 160


def words_of(query: str) -> list[str]:
    words = [w for w in _WORD.findall(fold(query[:2000])) if w not in _OPERATORS]
    return list(dict.fromkeys(w for w in words if len(w) > 1 or w.isdigit()))[:20]


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search(
    session: Session,
    query: str,
    *,
    kind: str | None = None,
    concept: str | None = None,
    limit: int = 20,
) -> SearchResult:
    started = time.perf_counter()
    words = words_of(query)
    stmt = select(Fiche).where(Fiche.deleted_at.is_(None))
    for w in words:
        stmt = stmt.where(Fiche.search_text.like(_like(w), escape="\\"))
    if kind:
        stmt = stmt.where(Fiche.kind == kind)
    if concept:
        c = find(session, concept)
        ids = {c.id} | descendants(c.id, children(session))
        stmt = stmt.where(
            Fiche.id.in_(select(FicheConcept.fiche_id).where(FicheConcept.concept_id.in_(ids)))
        )
    rows = session.scalars(stmt).all()
    scored = sorted(rows, key=lambda f: (-_score(f, words), fold(f.title)))
    concepts = _concepts_of(session, [f.id for f in rows])
    hits = tuple(
        SearchHit(
            id=f.key,
            kind=f.kind,
            title=f.title,
            year=f.year,
            score=round(_score(f, words), 3),
            snippet=_snippet(f, words),
            concepts=tuple(concepts.get(f.id, ())),
        )
        for f in scored[: max(0, limit)]
    )
    facets = _facets(session, rows, concepts)
    took = (time.perf_counter() - started) * 1000
    return SearchResult(
        query=query, total=len(rows), hits=hits, took_ms=round(took, 2), facets=facets
    )


def _score(f: Fiche, words: list[str]) -> float:
    if not words:
        return 0.0
    title = fold(f.title)
    return float(sum(3 * title.count(w) + min(f.search_text.count(w), 20) for w in words))


def _snippet(f: Fiche, words: list[str]) -> str:
    text = re.sub(r"\s+", " ", f.summary or plain_text(f.body)).strip()
    folded = fold(text)
    positions = [p for p in (folded.find(w) for w in words) if p >= 0]
    start = max(0, min(positions) - 40) if positions else 0
    piece = text[start : start + SNIPPET_CHARS]
    return ("…" if start else "") + piece + ("…" if start + SNIPPET_CHARS < len(text) else "")


def _concepts_of(session: Session, ids: list[int]) -> dict[int, list[str]]:
    result: dict[int, list[str]] = {}
    stmt = (
        select(FicheConcept.fiche_id, Concept.pref_fr)
        .join(Concept, Concept.id == FicheConcept.concept_id)
        .where(FicheConcept.fiche_id.in_(ids))
        .order_by(Concept.pref_fr)
    )
    for fid, label in session.execute(stmt):
        result.setdefault(fid, []).append(label)
    return result


def _facets(
    session: Session, rows: Sequence[Fiche], concepts: dict[int, list[str]]
) -> dict[str, dict[str, int]]:
    kinds = Counter(f.kind for f in rows)
    concept_counts = Counter(label for labels in concepts.values() for label in labels)
    years = [f.year for f in rows if f.year is not None]
    ids = [f.id for f in rows]
    dossier_stmt = (
        select(Fiche.title, DossierMember.fiche_id)
        .join(DossierMember, DossierMember.dossier_id == Fiche.id)
        .where(DossierMember.fiche_id.in_(ids))
    )
    dossiers = Counter(title for title, _ in session.execute(dossier_stmt))
    return {
        "kind": dict(kinds.most_common()),
        "concept": dict(concept_counts.most_common(20)),
        "year": {"min": min(years), "max": max(years)} if years else {},
        "dossier": dict(dossiers.most_common()),
    }
