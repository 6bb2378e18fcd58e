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
from kb_app.core.storage.models import Attachment, Concept, Fiche, FicheConcept

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
    ids = [f.id for f in fiches.values()]
    concept_keys = _concept_keys(session, ids)
    attached = _attachment_texts(session, ids) if terms else {}
    result = []
    for key in keys:
        f = fiches.get(key)
        if f is not None:
            sources = _sources(f, attached.get(f.id, []))
            result.append(_snippet(f, sources, terms, concept_keys.get(f.id, set()), plan))
    return result


def _sources(f: Fiche, attached: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """Where an extract may come from, in order: ``(field, text, attachment name)``."""
    details = " ".join(str(v) for v in (f.details or {}).values() if isinstance(v, str))
    found = [
        ("text", fiche_text(f), ""),
        ("text", " ".join(p for p in (f.subtitle or "", details) if p), ""),
    ]
    found += [("attachment", text, name) for name, text in attached]
    return [(field, re.sub(r"\s+", " ", text).strip(), name) for field, text, name in found]


def _snippet(
    f: Fiche, sources: list[tuple[str, str, str]], terms: set[str], concepts: set[str], plan: Plan
) -> Snippet:
    """The extract shows a matched word whenever the fiche's texts hold one: its body first,
    then its subtitle and details, then the text of its attachments (said so in ``why``)."""
    text = sources[0][1]
    chosen = ("text", text, "")
    words: list[str] = []
    for source in sources if terms else ():
        words = _matched_words(source[1], terms)
        if words:
            chosen = source
            break
    field, text, attachment = chosen
    fragment = _fragment(text, terms) if words else ""
    if not fragment:
        fragment = html.escape(text[:FRAGMENT_CHARS]) + ("…" if len(text) > FRAGMENT_CHARS else "")
    in_title = _matched_words(f.title, terms) if terms else []
    fields = (["title"] if in_title else []) + ([field] if words else [])
    all_words = list(dict.fromkeys(in_title + words))[:6]
    via = _via_concepts(concepts, plan)
    why = _why(all_words, via, plan, attachment if field == "attachment" and words else "")
    plain = html.unescape(re.sub(r"<[^>]+>", "", fragment))
    return Snippet(
        f.key,
        fragment,
        plain,
        why,
        words=tuple(all_words),
        fields=tuple(fields),
        concepts=tuple(label for label, _ in via),
        attachment=attachment if field == "attachment" and words else "",
    )


def _attachment_texts(session: Session, ids: list[int]) -> dict[int, list[tuple[str, str]]]:
    stmt = (
        select(Attachment.fiche_id, Attachment.original_name, Attachment.text)
        .where(Attachment.fiche_id.in_(ids), Attachment.text.is_not(None))
        .order_by(Attachment.fiche_id, Attachment.id)
    )
    found: dict[int, list[tuple[str, str]]] = {}
    for fid, name, text in session.execute(stmt):
        found.setdefault(fid, []).append((name, text or ""))
    return found


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


def _via_concepts(concepts: set[str], plan: Plan) -> list[tuple[str, str]]:
    """``(label indexed, label asked)`` of each concept of the query the fiche is indexed with,
    itself or through a narrower concept."""
    via: list[tuple[str, str]] = []
    for exp in plan.expansions:
        if exp.key in concepts:
            via.append((exp.label, exp.label))
        else:
            narrower = sorted(exp.narrower[k] for k in concepts if k in exp.narrower)
            if narrower:
                via.append((narrower[0], exp.label))
    return via


def _why(words: list[str], via: list[tuple[str, str]], plan: Plan, attachment: str) -> str:
    parts = []
    if words:
        parts.append("mots : " + ", ".join(words))
    if attachment:
        parts.append(f"trouvés dans le texte du fichier joint « {attachment} »")
    for label, asked in via:
        if label == asked:
            parts.append(f"indexée avec « {label} »")
        else:
            parts.append(f"indexée avec « {label} », terme spécifique de « {asked} »")
    if plan.fallback:
        parts.append("requête lue comme une simple liste de mots")
    return " ; ".join(parts)
