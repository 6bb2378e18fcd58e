"""French analysis for the full-text index.

Order matters (PLATFORM.md, measured): tokenize → lowercase → stop words → fold accents →
Snowball French stemming. Folding before stemming makes « democratie » and « démocratie »
the same term; elided articles (l', d', qu'...) are split off by the tokenizer and dropped as
stop words, so « l'épistémologie » indexes « epistemolog ». Authors and exact titles are
folded but not stemmed.

Bump ``ANALYZER_VERSION`` whenever anything here changes: the index is then rebuilt.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from whoosh.analysis import (
    CharsetFilter,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.lang import stopwords_for_language
from whoosh.support.charset import accent_map

from kb_app.core.text import fold

ANALYZER_VERSION = 2

#: Whoosh's French list lacks these common words (PLATFORM.md), and elided particles.
EXTRA_STOP_WORDS = frozenset(
    [
        "les",
        "cette",
        "cet",
        "ces",
        "ils",
        "elles",
        "leurs",
        "sans",
        "cela",
        "ceci",
        "être",
        "avoir",
        "plus",
        "comme",
        "aussi",
        "dont",
        "où",
        "entre",
        "sous",
        "vers",
        "chez",
        "tout",
        "tous",
        "toute",
        "toutes",
        "autre",
        "autres",
        "donc",
        "alors",
        "ainsi",
        "lors",
        "afin",
        "car",
        "si",
        "non",
        "ni",
        "d",
        "l",
        "j",
        "m",
        "n",
        "s",
        "t",
        "c",
        "qu",
        "jusqu",
        "lorsqu",
        "puisqu",
        "quoiqu",
        "presqu",
    ]
)

#: Whoosh's accent map, plus the ligatures it leaves alone (« œconomie » = « oeconomie »).
FOLDING = {**accent_map, ord("œ"): "oe", ord("æ"): "ae", ord("ß"): "ss"}

#: Letters and digits; hyphenated words stay one token for ``HyphenFilter``; apostrophes
#: (straight or curly) and other punctuation split tokens.
TOKEN_PATTERN = r"[^\W_]+(?:-[^\W_]+)*"


class HyphenFilter(Filter):  # type: ignore[misc]
    """« co-production » → « co », « production » and « coproduction », positions kept.

    The parts take consecutive positions (phrases across the hyphen work) and the joined
    form shares the first part's position; later tokens are shifted to stay consecutive.
    """

    def __call__(self, tokens: Any) -> Any:
        shift = 0
        for t in tokens:
            if t.positions:
                t.pos += shift
            if "-" not in t.text:
                yield t
                continue
            parts = [p for p in t.text.split("-") if p]
            first = t.pos if t.positions else 0
            for i, part in enumerate(parts):
                t.text = part
                if t.positions:
                    t.pos = first + i
                yield t
            t.text = "".join(parts)
            if t.positions:
                t.pos = first
            yield t
            shift += len(parts) - 1


def stop_words() -> frozenset[str]:
    base = set(stopwords_for_language("fr")) | EXTRA_STOP_WORDS
    return frozenset(base | {fold(w) for w in base})


@lru_cache(maxsize=1)
def french() -> Any:
    """Analyzer for titles, bodies, abstracts and concept labels."""
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | StopFilter(stoplist=stop_words(), minsize=1)  # renumbers positions
        | HyphenFilter()
        | CharsetFilter(FOLDING)
        | StemFilter(lang="fr", cachesize=50000)
    )


#: Marks the unstemmed (folded) form of a word in the composite text field.
RAW_MARK = "="
#: Joins two adjacent stems in the composite text field (« bien_commun »).
PAIR_SEP = "_"


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return str(_stemmer()(word))


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    from whoosh.lang import stemmer_for_language

    return stemmer_for_language("fr")


class CompositeFilter(Filter):  # type: ignore[misc]
    """When indexing, each word gives three terms in one field, from one analysis pass:

    * its stem (« cooper ») for ordinary queries, scored with BM25;
    * its folded unstemmed form (« =cooperatives ») for prefix and typo queries, which must
      compare whole words, not stems;
    * the pair with the previous stem (« bien_commun ») for phrase queries, which then need
      no positions (stop words are gone before pairing, as in a typed phrase).

    When a query is analysed, only stems come out.
    """

    def __call__(self, tokens: Any) -> Any:
        previous: str | None = None
        for t in tokens:
            folded_word = t.text
            stemmed = stem(folded_word)
            if t.mode == "index":
                t.text = RAW_MARK + folded_word
                yield t
                if previous is not None:
                    t.text = previous + PAIR_SEP + stemmed
                    yield t
            t.text = stemmed
            yield t
            previous = stemmed


@lru_cache(maxsize=1)
def composite() -> Any:
    """Analyzer of the searched text field: stems, unstemmed forms and stem pairs."""
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | StopFilter(stoplist=stop_words(), minsize=1)
        | HyphenFilter()
        | CharsetFilter(FOLDING)
        | CompositeFilter()
    )


@lru_cache(maxsize=1)
def folded() -> Any:
    """Analyzer for names and exact title forms: lowercase and accent folding, no stemming."""
    return (
        RegexTokenizer(TOKEN_PATTERN) | HyphenFilter() | LowercaseFilter() | CharsetFilter(FOLDING)
    )


def terms(text: str, analyzer: Any = None) -> list[str]:
    """The indexed terms of ``text`` (for tests, snippets and "why it matched")."""
    return [t.text for t in (analyzer or french())(text)]
