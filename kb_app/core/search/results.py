"""What surrounds a ranked id list: facets, result rows, snippets, the contract shape."""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kb_app.core import people
from kb_app.core.dto import AgentDraft, FicheRow, IdSearch, SearchHit, SearchResult, Snippet
from kb_app.core.rendering.markdown import plain_text
from kb_app.core.search.facet_counts import concept_tree, year_counts
from kb_app.core.storage.concepts import children
from kb_app.core.storage.models import (
    Agent,
    Concept,
    DossierMember,
    Fiche,
    FicheAgent,
    FicheConcept,
)
from kb_app.core.text import fold

SNIPPET_CHARS = 200
FACET_CONCEPTS = 30


def facets(session: Session, ids: Sequence[int]) -> dict[str, Any]:
    """Counts by kind, concept (most frequent), year range and dossier over matching ids;
    the concepts as a tree with narrower ones included, and matches by year."""
    id_list = list(ids)
    kinds: Counter[str] = Counter()
    years: list[int] = []
    for kind, year in _chunked(session, select(Fiche.kind, Fiche.year), Fiche.id, id_list):
        kinds[kind] += 1
        if year is not None:
            years.append(year)
    concept_stmt = select(FicheConcept.fiche_id, Concept.id, Concept.pref_fr).join(
        FicheConcept, FicheConcept.concept_id == Concept.id
    )
    concepts: Counter[str] = Counter()
    sets: dict[int, list[int]] = {i: [] for i in id_list}
    for fid, cid, label in _chunked(session, concept_stmt, FicheConcept.fiche_id, id_list):
        concepts[label] += 1
        sets[fid].append(cid)
    dossier_stmt = select(Fiche.key).join(DossierMember, DossierMember.dossier_id == Fiche.id)
    dossiers = Counter(
        key for (key,) in _chunked(session, dossier_stmt, DossierMember.fiche_id, id_list)
    )
    names = session.execute(select(Concept.id, Concept.key, Concept.pref_fr)).all()
    return {
        "kind": dict(kinds.most_common()),
        "concept": dict(concepts.most_common(FACET_CONCEPTS)),
        "year": {"min": min(years), "max": max(years)} if years else {},
        "dossier": dict(dossiers.most_common()),
        "concept_tree": concept_tree(
            (tuple(s) for s in sets.values()),
            children(session),
            {i: k for i, k, _ in names},
            {i: label for i, _, label in names},
        ),
        "years": year_counts(years),
    }


def _chunked(session: Session, stmt: Any, column: Any, ids: Sequence[Any]) -> list[Any]:
    rows: list[Any] = []
    for start in range(0, len(ids), 900):
        rows += session.execute(stmt.where(column.in_(ids[start : start + 900]))).all()
    return rows


def rows(session: Session, keys: Sequence[str]) -> list[FicheRow]:
    """Result-list rows for ``keys``, in the same order (unknown keys are skipped)."""
    fiches = {f.key: f for (f,) in _chunked(session, select(Fiche), Fiche.key, list(keys))}
    ids = [f.id for f in fiches.values()]
    agents: dict[int, list[AgentDraft]] = {}
    stmt = (
        select(FicheAgent.fiche_id, Agent.name, FicheAgent.role, Agent.type)
        .join(Agent, Agent.id == FicheAgent.agent_id)
        .order_by(FicheAgent.position)
    )
    for fid, name, role, type_ in _chunked(session, stmt, FicheAgent.fiche_id, ids):
        agents.setdefault(fid, []).append(AgentDraft(name, role, type_))
    concepts: dict[int, list[str]] = {}
    cstmt = (
        select(FicheConcept.fiche_id, Concept.pref_fr)
        .join(Concept, Concept.id == FicheConcept.concept_id)
        .order_by(Concept.pref_fr)
    )
    for fid, label in _chunked(session, cstmt, FicheConcept.fiche_id, ids):
        concepts.setdefault(fid, []).append(label)
    result = []
    for key in keys:
        f = fiches.get(key)
        if f is not None:
            by = people.people(agents.get(f.id, ()), f.details).byline
            result.append(
                FicheRow(
                    f.key,
                    f.kind,
                    f.title,
                    f.year,
                    people.author_names(by),
                    tuple(concepts.get(f.id, ())),
                    people=by,
                    added=f.created_at.date().isoformat() if f.created_at else "",
                )
            )
    return result


def plain_snippet(key: str, text: str, words: Sequence[str], why: str) -> Snippet:
    """An extract of ``text`` around the first matched word, matches in <b>."""
    text = re.sub(r"\s+", " ", text).strip()
    folded = fold(text)
    positions = [p for p in (folded.find(w) for w in words if w) if p >= 0]
    start = max(0, min(positions) - 60) if positions else 0
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 20 else start
    piece = text[start : start + SNIPPET_CHARS]
    prefix = "…" if start else ""
    suffix = "…" if start + SNIPPET_CHARS < len(text) else ""
    return Snippet(key, prefix + _bold(piece, words) + suffix, prefix + piece + suffix, why)


def _bold(piece: str, words: Sequence[str]) -> str:
    folded = fold(piece)
    if len(folded) != len(piece):  # folding changed lengths (ligatures): no highlighting
        return html.escape(piece)
    marks = [False] * len(piece)
    for w in words:
        for m in re.finditer(re.escape(w), folded):
            for i in range(m.start(), m.end()):
                marks[i] = True
    out, bold = [], False
    for ch, mark in zip(piece, marks, strict=True):
        if mark != bold:
            out.append("<b>" if mark else "</b>")
            bold = mark
        out.append(html.escape(ch))
    if bold:
        out.append("</b>")
    return "".join(out)


def fiche_text(f: Fiche) -> str:
    """The text snippets are cut from: the abstract, then the body."""
    return "\n".join(p for p in (f.summary or "", plain_text(f.body)) if p)


def contract(
    ids: IdSearch,
    limit: int,
    row_list: list[FicheRow],
    snippets: dict[str, Snippet],
    scores: dict[str, float],
) -> SearchResult:
    """The `kb search --json` shape from a ranked id list and its first rows."""
    hits = tuple(
        SearchHit(
            id=r.key,
            kind=r.kind,
            title=r.title,
            year=r.year,
            score=round(scores.get(r.key, 0.0), 3),
            snippet=snippets[r.key].text if r.key in snippets else "",
            concepts=r.concepts,
            why=snippets[r.key].why if r.key in snippets else "",
            people=r.people,
        )
        for r in row_list[:limit]
    )
    return SearchResult(
        ids.query,
        ids.total,
        hits,
        ids.took_ms,
        ids.facets,
        ids.partial,
        ids.fallback,
        suggestion=ids.suggestion,
    )
