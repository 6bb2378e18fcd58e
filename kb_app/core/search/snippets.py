"""Highlighted extracts and "why it matched", for the rows shown only.

The text comes from the database (nothing long is stored in the index); matches are found
with the same French analysis as the index, so « democratie » highlights « démocratie ».
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from whoosh import query as wq
from whoosh.highlight import ContextFragmenter, HtmlFormatter, highlight

from kb_app.core.dto import Snippet
from kb_app.core.search.analysis import PAIR_SEP, RAW_MARK, french
from kb_app.core.search.analysis import terms as terms_of
from kb_app.core.search.engine import Plan
from kb_app.core.search.results import fiche_text
from kb_app.core.storage.models import Concept, Fiche, FicheConcept

FRAGMENT_CHARS = 220
PREFIX_FIELDS = ("title", "text")


def query_terms(q: Any, reader: Any = None) -> set[str]:
    """Stemmed text terms of a query (prefixes expanded when a reader is given)."""
    terms: set[str] = set()
    if q is None:
        return terms
    for sub in _leaves(q):
        if sub.fieldname not in ("title", "text", "concepts"):
            continue
        if isinstance(sub, wq.Prefix) and reader is not None:
            for t in reader.expand_prefix(sub.fieldname, sub.text):
                word = t.decode("utf-8") if isinstance(t, bytes) else t
                terms.update(terms_of(word.removeprefix(RAW_MARK)))  # highlight works on stems
        elif isinstance(sub, wq.FuzzyTerm):
            terms.update(terms_of(str(sub.text).removeprefix(RAW_MARK)))
        elif isinstance(sub, wq.Term):
            terms.update(str(sub.text).split(PAIR_SEP))
        elif isinstance(sub, wq.Phrase):
            terms.update(str(w) for w in sub.words)
    return terms


def _leaves(q: Any) -> list[Any]:
    if isinstance(q, wq.Not):
        return []
    if isinstance(q, wq.CompoundQuery):
        return [leaf for sub in q.subqueries for leaf in _leaves(sub)]
    return [q]


def build(session: Session, plan: Plan, keys: Sequence[str], reader: Any = None) -> list[Snippet]:
    terms = query_terms(plan.text_query, reader)
    fiches = {f.key: f for f in session.scalars(select(Fiche).where(Fiche.key.in_(list(keys))))}
    concept_keys = _concept_keys(session, [f.id for f in fiches.values()])
    result = []
    for key in keys:
        f = fiches.get(key)
        if f is None:
            continue
        text = re.sub(r"\s+", " ", fiche_text(f)).strip()
        fragment = _fragment(text, terms) if terms else ""
        if not fragment:
            fragment = html.escape(text[:FRAGMENT_CHARS]) + (
                "…" if len(text) > FRAGMENT_CHARS else ""
            )
        words = _matched_words(f"{f.title} {text}", terms)
        why = _why(words, concept_keys.get(f.id, set()), plan)
        plain = re.sub(r"<[^>]+>", "", fragment)
        result.append(Snippet(key, fragment, html.unescape(plain), why))
    return result


def _fragment(text: str, terms: set[str]) -> str:
    fragmenter = ContextFragmenter(maxchars=FRAGMENT_CHARS, surround=70)
    formatter = HtmlFormatter(tagname="b", classname="", termclass="", between="… ")
    out = highlight(text, terms, french(), fragmenter, formatter, top=1)
    return re.sub(r' class="[^"]*"', "", out)


def _matched_words(text: str, terms: set[str]) -> list[str]:
    seen: dict[str, None] = {}
    for token in french()(text, chars=True):
        if token.text in terms:
            seen.setdefault(text[token.startchar : token.endchar].lower(), None)
        if len(seen) >= 6:
            break
    return list(seen)


def _concept_keys(session: Session, ids: list[int]) -> dict[int, set[str]]:
    stmt = (
        select(FicheConcept.fiche_id, Concept.key)
        .join(Concept, Concept.id == FicheConcept.concept_id)
        .where(FicheConcept.fiche_id.in_(ids))
    )
    result: dict[int, set[str]] = {}
    for fid, key in session.execute(stmt):
        result.setdefault(fid, set()).add(key)
    return result


def _why(words: list[str], concepts: set[str], plan: Plan) -> str:
    parts = []
    if words:
        parts.append("mots : " + ", ".join(words))
    for exp in plan.expansions:
        if exp.key in concepts:
            parts.append(f"indexée avec « {exp.label} »")
        else:
            via = sorted(exp.narrower[k] for k in concepts if k in exp.narrower)
            if via:
                parts.append(f"indexée avec « {via[0]} », terme spécifique de « {exp.label} »")
    if plan.fallback:
        parts.append("requête lue comme une simple liste de mots")
    return " ; ".join(parts)
