"""The query language (DESIGN.md), French first with English aliases.

Structured clauses (``type:``/``kind:``, ``annee:``/``year:`` with ranges, ``dossier:``,
``concept:``) are lifted out of the text and become SQL filters or a concept expansion; the
rest goes to Whoosh's parser over the text fields (words, "phrases", AND/ET, OR/OU,
NOT/SAUF, prefix*, fuzzy~, ``titre:``/``title:``, ``auteur:``/``author:``). Anything that
does not parse is searched as plain words: a query never raises.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from whoosh import query as wq
from whoosh.qparser import (
    AndGroup,
    FieldAliasPlugin,
    FuzzyTermPlugin,
    OperatorsPlugin,
    QueryParser,
)

from kb_app.core.search.analysis import PAIR_SEP, RAW_MARK, folded, french
from kb_app.core.search.schema import (
    DEFAULT_FIELD,
    TITLE_BOOST,
    schema,
)
from kb_app.core.text import fold

MAX_QUERY_CHARS = 1000
MAX_PREFIX_TERMS = 64
#: While typing, a prefix is completed by its most frequent words only: the best page
#: comes from them; the full search that follows uses ``MAX_PREFIX_TERMS``.
PAGE_PREFIX_TERMS = 2
#: Words the parser would stem but that must stay whole: prefixes, wildcards, typos.
_PATTERN_WORD = re.compile(r"(?<![\w:~*?])((?=[\w'’-]*[*?])[^\W_][\w'’*?-]*|[^\W_][\w'’-]*(?=~))")

KIND_ALIASES = {
    "reference": "reference",
    "references": "reference",
    "ref": "reference",
    "analyse": "analysis",
    "analyses": "analysis",
    "analysis": "analysis",
    "cas": "case",
    "case": "case",
    "cases": "case",
    "etude": "case",
    "etudes": "case",
    "experience": "case",
    "ressource": "resource",
    "ressources": "resource",
    "resource": "resource",
    "resources": "resource",
    "organisation": "resource",
    "organisme": "resource",
    "dossier": "dossier",
    "dossiers": "dossier",
    "seance": "dossier",
    "session": "dossier",
}
_FIELD_NAMES = {
    "type": "kind",
    "kind": "kind",
    "annee": "year",
    "year": "year",
    "date": "year",
    "dossier": "dossier",
    "concept": "concept",
    "descripteur": "concept",
}
_STRUCTURED = re.compile(
    r"(?P<neg>(?<!\S)-|(?<!\S)(?:NOT|SAUF)\s+)?(?<![\w:])(?P<field>"
    + "|".join(sorted(_FIELD_NAMES, key=len, reverse=True))
    + r"|année)\s*:\s*(?P<value>\"[^\"]*\"|\[[^\]]*\]|[^\s()]+)",
    re.IGNORECASE,
)
_RANGE = re.compile(r"^\[\s*(\*|\d{1,4})?\s*(?:TO|À|A|-|,)?\s*(\*|\d{1,4})?\s*\]$", re.IGNORECASE)


@dataclass
class ParsedQuery:
    text: str  # what remains for the full-text parser
    kinds: list[str] = field(default_factory=list)
    excluded_kinds: list[str] = field(default_factory=list)
    year_from: int | None = None
    year_to: int | None = None
    dossiers: list[str] = field(default_factory=list)
    concepts: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was not understood


def lift_structured(query: str) -> ParsedQuery:
    """Split structured clauses from free text."""
    parsed = ParsedQuery(text="")

    def take(match: re.Match[str]) -> str:
        name = _FIELD_NAMES.get(fold(match.group("field")), "year")
        value = match.group("value").strip('"').strip()
        negated = bool(match.group("neg"))
        _apply(parsed, name, value, negated)
        return " "

    parsed.text = re.sub(r"\s+", " ", _STRUCTURED.sub(take, query)).strip()
    return parsed


def structured_spans(query: str) -> list[tuple[int, int]]:
    """Where the structured clauses (``type:cas``, ``annee:[2000 TO 2010]``...) sit in
    ``query``: the words there are not free text (the spelling check leaves them alone)."""
    return [m.span() for m in _STRUCTURED.finditer(query)]


def _apply(parsed: ParsedQuery, name: str, value: str, negated: bool) -> None:
    if name == "kind":
        kind = KIND_ALIASES.get(fold(value))
        if kind is None:
            parsed.notes.append(f"type inconnu « {value} »")
        else:
            (parsed.excluded_kinds if negated else parsed.kinds).append(kind)
    elif name == "year":
        _apply_year(parsed, value)
    elif name == "dossier":
        parsed.dossiers.append(value)
    elif name == "concept" and value:
        parsed.concepts.append(value)


def _apply_year(parsed: ParsedQuery, value: str) -> None:
    if re.fullmatch(r"\d{1,4}", value):
        parsed.year_from = parsed.year_to = int(value)
        return
    span = re.fullmatch(r"(\d{1,4})\s*-\s*(\d{1,4})", value)
    ranged = _RANGE.match(value)
    if span:
        parsed.year_from, parsed.year_to = int(span.group(1)), int(span.group(2))
    elif ranged:
        low, high = ranged.group(1), ranged.group(2)
        parsed.year_from = int(low) if low and low != "*" else None
        parsed.year_to = int(high) if high and high != "*" else None
    else:
        parsed.notes.append(f"année illisible « {value} »")


@lru_cache(maxsize=1)
def parser() -> QueryParser:
    p = QueryParser(DEFAULT_FIELD, schema(), group=AndGroup)
    p.replace_plugin(
        OperatorsPlugin(
            And=r"(?<=\s)(AND|ET)(?=\s)",
            Or=r"(?<=\s)(OR|OU)(?=\s)",
            Not=r"(^|(?<=(\s|[()])))(NOT|SAUF)(?=\s)",
            AndNot=None,
            AndMaybe=None,
            Require=None,
        )
    )
    p.add_plugin(FuzzyTermPlugin())
    p.add_plugin(
        FieldAliasPlugin(
            {
                "title": ["titre", "titres", "titles"],
                "authors": ["auteur", "auteurs", "author"],
                "text": ["texte", "resume", "contenu", "body"],
                "concepts": ["descripteurs", "motcle", "motscles"],
            }
        )
    )
    return p


def text_query(text: str) -> tuple[Any, bool]:
    """``(Whoosh query or None, fallback used)`` for the free text of a query."""
    text = _clean(text)
    if not text:
        return None, False
    # The parser stems « cooperati* » or « cooperativs~ », but prefixes and typos must be
    # compared with whole words: keep the typed forms, in order.
    typos = iter([fold(m.group(1)) for m in _PATTERN_WORD.finditer(text)])
    try:
        q = parser().parse(fold_accents(text))
        q = _normalise(q, typos)
    except Exception:  # noqa: BLE001  the parser failed: plain words, never an error
        q = None
    if q is None or q is wq.NullQuery:
        return plain_words_query(text), True
    return q, False


def _clean(text: str) -> str:
    text = "".join(ch if ch.isprintable() else " " for ch in text[:MAX_QUERY_CHARS])
    return re.sub(r"\s+", " ", text).strip()


def fold_accents(text: str) -> str:
    """Remove accents but keep case (AND/OR/NOT must stay upper case)."""
    return "".join(
        fold(ch) if ch.islower() else fold(ch).upper() if fold(ch) != ch.lower() else ch
        for ch in text
    )


def plain_words_query(text: str) -> Any:
    """Every word in the text (the fallback for queries that do not parse)."""
    words = list(dict.fromkeys(t.text for t in french()(text)))
    if not words:
        return None
    terms = [wq.Term(DEFAULT_FIELD, w) for w in words]
    return wq.And(terms) if len(terms) > 1 else terms[0]


def with_title_boost(q: Any) -> Any:
    """Same matches; words also found in the title score more (scored on matches only)."""
    words = sorted({t.text for t in _positive_terms(q)})
    if not words:
        return q
    boost = wq.Or([wq.Term("title", w, boost=TITLE_BOOST) for w in words])
    return wq.AndMaybe(q, boost)


def _positive_terms(q: Any) -> list[Any]:
    if isinstance(q, wq.Not):
        return []
    if isinstance(q, wq.CompoundQuery):
        return [t for sub in q.subqueries for t in _positive_terms(sub)]
    if isinstance(q, wq.Term) and q.fieldname == DEFAULT_FIELD:
        return [q]
    return []


def _normalise(q: Any, typos: Any) -> Any:
    """Prefix, typo and phrase queries of the text field use its unstemmed forms and pairs."""
    pattern = isinstance(q, wq.FuzzyTerm | wq.Prefix | wq.Wildcard)
    if getattr(q, "fieldname", None) == DEFAULT_FIELD and (pattern or isinstance(q, wq.Phrase)):
        if isinstance(q, wq.Phrase):
            return _phrase_as_pairs(q)
        word = next(typos, fold(q.text))
        if isinstance(q, wq.FuzzyTerm):
            return wq.FuzzyTerm(
                DEFAULT_FIELD,
                RAW_MARK + word,
                boost=q.boost,
                maxdist=q.maxdist,
                prefixlength=1 + q.prefixlength,
            )
        if word.endswith("*") and not any(c in word[:-1] for c in "*?"):
            return wq.Prefix(DEFAULT_FIELD, RAW_MARK + word[:-1], boost=q.boost)
        return wq.Wildcard(DEFAULT_FIELD, RAW_MARK + word, boost=q.boost)
    if isinstance(q, wq.Prefix | wq.Wildcard | wq.FuzzyTerm):  # title:, auteur: ...
        analyzer = folded() if q.fieldname == "authors" else french()
        stems = [t.text for t in analyzer(q.text.rstrip("*?"))]
        text = stems[0] if stems else fold(q.text.rstrip("*?"))
        if isinstance(q, wq.FuzzyTerm):
            return wq.FuzzyTerm(
                q.fieldname, text, boost=q.boost, maxdist=q.maxdist, prefixlength=q.prefixlength
            )
        if isinstance(q, wq.Wildcard) and not q.text.endswith("*"):
            return q
        return wq.Prefix(q.fieldname, text, boost=q.boost)
    if isinstance(q, wq.CompoundQuery | wq.Not):
        return q.apply(lambda sub: _normalise(sub, typos))
    return q


def _phrase_as_pairs(q: Any) -> Any:
    """A phrase of the text field as adjacent-stem pairs (no positions to read)."""
    words = [str(w) for w in q.words]
    if not words:
        return wq.NullQuery
    if len(words) == 1:
        return wq.Term(DEFAULT_FIELD, words[0], boost=q.boost)
    pairs = [wq.Term(DEFAULT_FIELD, a + PAIR_SEP + b) for a, b in itertools.pairwise(words)]
    return wq.And(pairs, boost=q.boost) if len(pairs) > 1 else pairs[0]


def bounded(q: Any, reader: Any, limit: int = MAX_PREFIX_TERMS) -> Any:
    """Expand prefixes to at most ``limit`` most frequent completions (fast, stable)."""
    if isinstance(q, wq.Prefix):
        candidates = []
        for term in reader.expand_prefix(q.fieldname, q.text):
            text = term.decode("utf-8") if isinstance(term, bytes) else term
            candidates.append((reader.doc_frequency(q.fieldname, text), text))
        best = sorted(candidates, reverse=True)[:limit]
        if not best:
            return wq.NullQuery
        return wq.Or([wq.Term(q.fieldname, t) for _, t in best], boost=q.boost)
    if isinstance(q, wq.CompoundQuery | wq.Not):
        return q.apply(lambda sub: bounded(sub, reader, limit))
    return q
