"""Typo recovery: when a query finds nothing, the nearest words the index knows.

Runs only on the zero-result path (``WhooshEngine`` asks for it when a query found no
document): a query that finds something is never rewritten, and costs nothing here.

* **What is compared.** The text field holds, for every indexed word, its stem (« cooper »)
  and its unstemmed folded form (« =cooperation », ``analysis.CompositeFilter``). A typed word
  is unknown when its stem is not in the field; its folded form is then compared with the
  unstemmed forms (whole words, so the nearest term is a word one can show, which a stem
  such as « cooper » is not): one edit away (Whoosh's Levenshtein automaton over the term
  list, ``reader.terms_within``, plus the swaps of two neighbouring letters, looked up one by
  one: the automaton counts a swap as two edits), else two edits for words of six letters
  or more; the first letter kept; nearest first, then the form found in the most
  documents. Answers are kept for the index generation (the window asks for the page, then
  for the whole answer, of the same text).
* **Only what returns results.** Every candidate is a term of the index, and the corrected
  query is run, with the same filters, before it is proposed: the first combination of
  candidates that finds something wins (``MAX_TRIES`` runs at most).
* **What is shown.** Folded forms have no accents (« cooperation »): the word shown is the
  spelling found most often behind that form in the text (title, subtitle, abstract, body,
  names) of a few documents that hold it (« coopération »), read from the base (Whoosh stores
  no text) and searched with a pattern that accepts every letter folding to each letter of
  the form; the form itself when none is found (a word only in an attachment). Nothing is
  kept beside the index, so nothing can fall out of step with it.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Any, TypeVar, cast

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from whoosh import query as wq
from whoosh.support.levenshtein import distance

from kb_app.core.search.analysis import RAW_MARK, TOKEN_PATTERN, composite, folded
from kb_app.core.search.columns import View
from kb_app.core.search.query import MAX_QUERY_CHARS, structured_spans
from kb_app.core.search.schema import DEFAULT_FIELD
from kb_app.core.storage.models import Agent, Fiche, FicheAgent
from kb_app.core.storage.session import reading

#: Words shorter than this (once folded) are never corrected: too many neighbours.
MIN_LENGTH = 3
#: Up to this length a word may be one edit away from its correction, longer ones two.
ONE_EDIT_UP_TO = 5
#: Candidates kept for each unknown word, and corrected queries run at most.
CANDIDATES = 3
MAX_TRIES = 4
#: Unknown words corrected in one query (the others are left as typed).
MAX_WORDS = 6
#: Documents (and characters of each) read to find how a folded form is spelt.
SURFACE_DOCS = 8
SURFACE_CHARS = 50_000

_WORD = re.compile(TOKEN_PATTERN)
_OPERATORS = frozenset({"AND", "OR", "NOT", "ET", "OU", "SAUF"})
_NEGATED = re.compile(r"(?:^|\s)(?:NOT|SAUF)\s+$")
#: A character right before or after a word that makes it no plain word of the text:
#: a field name (« titre: »), a field's value, a prefix, a wildcard, a fuzzy term.
_NOT_FREE = frozenset(":*?~")

Found = TypeVar("Found")
Kept = TypeVar("Kept")


@dataclass(frozen=True)
class Word:
    """A free word of the query, where it was typed and how the index holds it unstemmed."""

    start: int
    end: int
    typed: str
    form: str


@lru_cache(maxsize=50_000)
def index_forms(text: str) -> tuple[str, ...]:
    """The unstemmed folded forms the index holds for ``text`` (« Coopération » → cooperation)."""
    return tuple(t.text for t in folded()(text))


def free_words(query: str) -> list[Word]:
    """The plain words of ``query`` a typo may hide in.

    Left alone: structured clauses (``type:cas``), operators, field names and fielded
    values (``titre:porto``), prefixes, wildcards, fuzzy terms, negated words, hyphenated
    words, numbers and words shorter than ``MIN_LENGTH``.
    """
    query = query[:MAX_QUERY_CHARS]
    skipped = structured_spans(query)
    words = []
    for m in _WORD.finditer(query):
        start, end = m.span()
        typed = m.group()
        before = query[start - 1] if start else ""
        after = query[end] if end < len(query) else ""
        if (
            typed in _OPERATORS
            or before in _NOT_FREE
            or after in _NOT_FREE
            or any(a <= start < b for a, b in skipped)
            or _NEGATED.search(query[:start])
            or "-" in typed
            or any(ch.isdigit() for ch in typed)
        ):
            continue
        forms = index_forms(typed)
        if len(forms) == 1 and len(forms[0]) >= MIN_LENGTH:
            words.append(Word(start, end, typed, forms[0]))
    return words


def known(reader: Any, word: Word) -> bool:
    """Whether the index knows the word as the query will search it (by its stem)."""
    stems = [t.text for t in composite()(word.typed)]
    return all(reader.doc_frequency(DEFAULT_FIELD, s) > 0 for s in stems)


def nearest(reader: Any, form: str, limit: int = CANDIDATES) -> list[str]:
    """Unstemmed forms of the index near ``form``: nearest first, then the most documents.

    One edit first (a swap of two neighbouring letters counts as one); two edits, for words
    of more than ``ONE_EDIT_UP_TO`` letters, only when nothing is one edit away. The first
    letter is kept.
    """
    target = RAW_MARK + form
    widest = 1 if len(form) <= ONE_EDIT_UP_TO else 2
    for maxdist in range(1, widest + 1):
        terms = set(reader.terms_within(DEFAULT_FIELD, target, maxdist, prefix=len(RAW_MARK) + 1))
        if maxdist == 1:
            terms |= {RAW_MARK + w for w in _swaps(form)}
        ranked: dict[str, tuple[int, int, str]] = {}
        for raw in terms:
            term = raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)
            if term == target or not term.startswith(RAW_MARK):
                continue
            docs = reader.doc_frequency(DEFAULT_FIELD, term)
            if docs > 0:
                ranked[term] = (distance(term, target), -docs, term)
        if ranked:
            best = sorted(ranked, key=ranked.__getitem__)[:limit]
            return [t[len(RAW_MARK) :] for t in best]
    return []


def _swaps(form: str) -> set[str]:
    """``form`` with two neighbouring letters swapped (the first letter stays)."""
    return {
        form[:i] + form[i + 1] + form[i] + form[i + 2 :]
        for i in range(1, len(form) - 1)
        if form[i] != form[i + 1]
    }


def surface(searcher: Any, view: View, engine: Engine, form: str) -> str:
    """How ``form`` is written in the library: the spelling found most often, in lower
    case unless it is only ever written capitalised (a name); ``form`` if none is found."""
    term = wq.Term(DEFAULT_FIELD, RAW_MARK + form)
    fids = [view.fids[d] for d in itertools.islice(searcher.docs_for_query(term), SURFACE_DOCS)]
    if not fids:
        return form
    pattern = _spellings_of(form)
    spellings: Counter[str] = Counter()
    with reading(engine) as s:
        for text in _texts(s, fids):
            for m in pattern.finditer(text[:SURFACE_CHARS]):
                if index_forms(m.group()) == (form,):
                    spellings[m.group()] += 1
    if not spellings:
        return form
    lowered: Counter[str] = Counter()
    for w, n in spellings.items():
        lowered[w.lower()] += n
    best = lowered.most_common(1)[0][0]
    if best in spellings:
        return best
    return max((w for w in spellings if w.lower() == best), key=spellings.__getitem__)


def _texts(session: Session, fids: Sequence[int]) -> Iterator[str]:
    """The words a fiche is found by, as written: title, subtitle, abstract, body, names."""
    rows = session.execute(
        select(Fiche.title, Fiche.subtitle, Fiche.summary, Fiche.body).where(Fiche.id.in_(fids))
    ).all()
    for row in rows:
        yield "\n".join(p for p in row if p)
    names = select(Agent.name).join(FicheAgent, FicheAgent.agent_id == Agent.id)
    yield "\n".join(session.scalars(names.where(FicheAgent.fiche_id.in_(fids))))


def _spellings_of(form: str) -> re.Pattern[str]:
    """A whole word whose letters fold to ``form``'s: « cooperation » finds « Coopération »,
    « oeuvre » finds « œuvre »."""
    parts, i = [], 0
    while i < len(form):
        ligatures = _folding_table().get(form[i : i + 2], ()) if i + 1 < len(form) else ()
        if ligatures:
            parts.append(f"(?:{_letter(form[i])}{_letter(form[i + 1])}|[{''.join(ligatures)}])")
            i += 2
        else:
            parts.append(_letter(form[i]))
            i += 1
    return re.compile(r"(?<![^\W_])" + "".join(parts) + r"(?![^\W_])", re.IGNORECASE)


def _letter(folded_letter: str) -> str:
    """A character class: the letter and every letter folding to it."""
    return "[" + re.escape(folded_letter) + "".join(_folding_table().get(folded_letter, ())) + "]"


@lru_cache(maxsize=1)
def _folding_table() -> dict[str, tuple[str, ...]]:
    """``{folded text: letters folding to it}`` over the Latin letters, read from the
    analyser itself (so the table follows whatever folding the index uses)."""
    table: dict[str, list[str]] = {}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        ch = chr(code)
        forms = index_forms(ch)
        if len(forms) == 1 and forms[0] != ch and forms[0].isascii():
            table.setdefault(forms[0], []).append(re.escape(ch))
    return {k: tuple(v) for k, v in table.items()}


class Memo:
    """Nearest forms and spellings already found, for one index generation (the window asks
    for the first page, then for the whole answer, of the same text)."""

    LIMIT = 2000

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._generation: Any = None
        self._found: dict[tuple[str, str], Any] = {}

    def get(self, generation: Any, what: str, form: str, find: Callable[[], Kept]) -> Kept:
        with self._lock:
            if generation != self._generation or len(self._found) > self.LIMIT:
                self._generation, self._found = generation, {}
            if (what, form) in self._found:
                return cast(Kept, self._found[what, form])
        answer = find()
        with self._lock:
            if generation == self._generation:
                self._found[what, form] = answer
        return answer


def in_typed_case(word: str, typed: str) -> str:
    """``word`` in the case the user typed: « BUDJET » → « BUDGET », « Budjet » → « Budget »."""
    if len(typed) > 1 and typed.isupper() and word.upper() not in _OPERATORS:
        return word.upper()
    if typed[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def rewrite(query: str, replacements: dict[Word, str]) -> str:
    """``query`` with the given words replaced, everything else as typed."""
    out, at = [], 0
    for word in sorted(replacements, key=lambda w: w.start):
        out += [query[at : word.start], in_typed_case(replacements[word], word.typed)]
        at = word.end
    return "".join(out) + query[at:]


def _combinations(options: Sequence[Sequence[str]]) -> Iterator[tuple[int, ...]]:
    """Candidate indices to try: the best of each word, then one word's next best at a time."""
    best = tuple(0 for _ in options)
    yield best
    for rank in range(1, CANDIDATES):
        for i, choices in enumerate(options):
            if rank < len(choices):
                yield (*best[:i], rank, *best[i + 1 :])


def recover(
    query: str,
    searcher: Any,
    view: View,
    engine: Engine,
    run: Callable[[str], Found | None],
    memo: Memo | None = None,
) -> tuple[str, Found] | None:
    """``(corrected query, what ``run`` found for it)``, or None when no correction finds
    anything. ``run(text)`` searches ``text`` as the query was searched (same filters) and
    returns None when nothing is found."""
    memo = memo or Memo()
    reader = searcher.reader()
    generation = reader.generation()
    unknown = [w for w in free_words(query) if not known(reader, w)][:MAX_WORDS]
    options = [
        (w, memo.get(generation, "near", w.form, partial(nearest, reader, w.form))) for w in unknown
    ]
    options = [(w, choices) for w, choices in options if choices]
    if not options:
        return None
    for combination in itertools.islice(_combinations([c for _, c in options]), MAX_TRIES):
        replacements = {}
        for (word, choices), rank in zip(options, combination, strict=True):
            form = choices[rank]
            replacements[word] = memo.get(
                generation, "shown", form, partial(surface, searcher, view, engine, form)
            )
        corrected = rewrite(query, replacements)
        found = run(corrected)
        if found is not None:
            return corrected, found
    return None
