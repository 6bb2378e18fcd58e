"""Finding the same work twice: on import and on demand.

Identity, strongest first: the same DOI; the same ISBN (ISBN-10 and -13 compared as
ISBN-13); the same normalised title, year and first author's family name (accents, case,
punctuation and particles ignored); then a fuzzy title match (rapidfuzz) among references
of the same year and first author. A fuzzy match is reported, never merged automatically.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kb_app.core.dto import (
    DuplicatePair,
    FicheDraft,
)
from kb_app.core.storage.models import Agent, Fiche, FicheAgent
from kb_app.core.text import fold

FUZZY_THRESHOLD = 90.0
ISBN_TITLE_THRESHOLD = 80.0
_NON_WORD = re.compile(r"[^a-z0-9]+")
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)


@dataclass(frozen=True)
class Identity:
    key: str
    title: str
    year: int | None
    author: str
    doi: str | None = None
    isbn: str | None = None
    full_title: str = ""  # with the subtitle (RIS and some catalogues merge the two)

    def titles(self) -> list[str]:
        return [t for t in dict.fromkeys((self.title, self.full_title)) if t]


@dataclass(frozen=True)
class Match:
    key: str
    reason: str  # "doi", "isbn", "title-year-author", "similar-title"
    score: float = 100.0

    @property
    def certain(self) -> bool:
        return self.reason != "similar-title"


def norm_title(title: str) -> str:
    return _NON_WORD.sub(" ", fold(title)).strip()


def norm_doi(doi: str | None) -> str | None:
    if not doi:
        return None
    value = _DOI_PREFIX.sub("", doi.strip()).lower()
    return value if value.startswith("10.") else None


def norm_isbn(isbn: str | None) -> str | None:
    if not isbn:
        return None
    digits = re.sub(r"[^0-9Xx]", "", isbn.split()[0] if isbn.split() else "").upper()
    if len(digits) == 10:
        core = "978" + digits[:9]
        total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(core))
        return core + str((10 - total % 10) % 10)
    return digits if len(digits) == 13 else None


def family_of(name: str) -> str:
    """« de Beauvoir, Simone » -> « beauvoir »; an organisation keeps its folded name."""
    family = name.split(",")[0]
    words = norm_title(family).split()
    return words[-1] if "," in name and words else " ".join(words)


def identity_of_draft(draft: FicheDraft, key: str = "") -> Identity:
    authors = [a.name for a in draft.agents if a.role in ("author", "editor")]
    details = draft.details
    return Identity(
        key=key,
        title=norm_title(draft.title),
        full_title=norm_title(f"{draft.title} {draft.subtitle or ''}"),
        year=int(draft.date[:4]) if draft.date else None,
        author=family_of(authors[0]) if authors else "",
        doi=norm_doi(details.get("doi")),
        isbn=norm_isbn(details.get("isbn")),
    )


def library_identities(session: Session) -> Iterator[Identity]:
    """Every live reference of the library."""
    first: dict[int, str] = {}
    rows = session.execute(
        select(FicheAgent.fiche_id, Agent.name)
        .join(Agent, Agent.id == FicheAgent.agent_id)
        .join(Fiche, Fiche.id == FicheAgent.fiche_id)
        .where(Fiche.kind == "reference", FicheAgent.role.in_(("author", "editor")))
        .order_by(FicheAgent.fiche_id, FicheAgent.role, FicheAgent.position)
    )
    for fid, name in rows:
        first.setdefault(fid, name)
    fiches = session.execute(
        select(Fiche.id, Fiche.key, Fiche.title, Fiche.subtitle, Fiche.year, Fiche.details).where(
            Fiche.kind == "reference", Fiche.deleted_at.is_(None)
        )
    )
    for fid, key, title, subtitle, year, details in fiches:
        details = details or {}
        yield Identity(
            key=key,
            title=norm_title(title),
            full_title=norm_title(f"{title} {subtitle or ''}"),
            year=year,
            author=family_of(first[fid]) if fid in first else "",
            doi=norm_doi(details.get("doi")),
            isbn=norm_isbn(details.get("isbn")),
        )


class DuplicateIndex:
    """Identities by DOI, ISBN, exact (title, year, author), and (year, author) blocks."""

    def __init__(self, identities: Iterable[Identity] = ()) -> None:
        self.by_doi: dict[str, str] = {}
        self.by_isbn: dict[str, tuple[str, str]] = {}
        self.exact: dict[tuple[str, int | None, str], str] = {}
        self.blocks: dict[tuple[int | None, str], list[tuple[str, str]]] = defaultdict(list)
        for identity in identities:
            self.add(identity)

    def add(self, ident: Identity) -> None:
        if ident.doi:
            self.by_doi.setdefault(ident.doi, ident.key)
        if ident.isbn:
            self.by_isbn.setdefault(ident.isbn, (ident.key, ident.title))
        for title in ident.titles():
            self.exact.setdefault((title, ident.year, ident.author), ident.key)
            self.blocks[(ident.year, ident.author)].append((title, ident.key))

    def match(self, ident: Identity) -> Match | None:
        if ident.doi and ident.doi in self.by_doi:
            return Match(self.by_doi[ident.doi], "doi")
        if ident.isbn and ident.isbn in self.by_isbn and ident.title:
            # a chapter often carries its book's ISBN: the titles must agree as well
            other_key, other_title = self.by_isbn[ident.isbn]
            if _similar(ident.title, other_title) >= ISBN_TITLE_THRESHOLD:
                return Match(other_key, "isbn")
        if not ident.title:
            return None
        for title in ident.titles():
            exact = self.exact.get((title, ident.year, ident.author))
            if exact is not None:
                return Match(exact, "title-year-author")
        if ident.year is None and not ident.author:
            return None  # a title alone is too weak for « similar »
        return self._similar_title(ident)

    def _similar_title(self, ident: Identity) -> Match | None:
        from rapidfuzz import fuzz, process  # lazy; process.extractOne loops in C

        block = self.blocks.get((ident.year, ident.author), [])
        if not block:
            return None
        titles = [t for t, _ in block]
        best: tuple[float, str] | None = None
        for mine in ident.titles():
            found = process.extractOne(
                mine, titles, scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_THRESHOLD
            )
            if found is not None and (best is None or found[1] > best[0]):
                best = (float(found[1]), block[found[2]][1])
        return Match(best[1], "similar-title", round(best[0], 1)) if best else None


def _similar(a: str, b: str) -> float:
    from rapidfuzz import fuzz  # lazy: rapidfuzz is only needed when comparing

    return float(fuzz.token_sort_ratio(a, b))


def find_duplicates(session: Session) -> list[DuplicatePair]:
    """Every pair of live references that look like the same work, strongest reason first."""
    index = DuplicateIndex()
    pairs: list[DuplicatePair] = []
    for ident in sorted(library_identities(session), key=lambda i: i.key):
        found = index.match(ident)
        if found is not None:
            pairs.append(DuplicatePair(found.key, ident.key, found.reason, found.score))
        index.add(ident)
    order = {"doi": 0, "isbn": 1, "title-year-author": 2, "similar-title": 3}
    return sorted(pairs, key=lambda p: (order[p.reason], -p.score, p.key_a, p.key_b))
