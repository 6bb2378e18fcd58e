"""Finding the same work twice: identity (set aside on import) and likeness (flagged).

**Identity** — the only thing an import sets aside (or updates with ``--update``):

- the same DOI;
- the same ISBN (ISBN-10 and -13 compared as ISBN-13) *and* the same normalised title;
- the same entry: every bibliographic field equal once normalised (accents, case,
  punctuation), people included.

**Likeness** — two references that look like one work: the same first author's family name
(or, without people, the same first title word), the same year when both have one, and
titles that agree once folded (accents, case, punctuation, « & »/« et »/« and », a leading
article) or nearly so (rapidfuzz), with the subtitle dropped when only one side has one.
A likeness is imported and flagged for review, never dropped.

**Vetoes** — never the same work, whatever the titles say: a different DOI, ISBN, ISSN,
volume, number/issue, pages, part, edition or publisher, a web page's different address, a
different unread date, a chapter and the book it is in, or different part markers in the
title (« volume 1 » / « volume 2 », « t. II », « A-B » / « C-C », « January » / « May », any
other number). Vetoes apply to the ISBN identity, to « the same entry » and to every likeness.

Candidates are found by blocks (author family, else first title word), so planning stays
linear in practice: no comparison of every entry with every other.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, String, and_, cast, func, or_, select, true
from sqlalchemy.orm import Session

from kb_app.core.dto import DuplicatePair, FicheDraft
from kb_app.core.interchange.record import TYPE_TO_CSL
from kb_app.core.storage.models import Agent, Fiche, FicheAgent
from kb_app.core.text import fold

#: rapidfuzz ``ratio`` (0-100) from which two folded titles are « very similar ».
FUZZY_THRESHOLD = 90.0
#: Identity reasons (set aside) and likeness reasons (flagged), vocabulary « reason ».
IDENTITIES = ("doi", "isbn", "same-entry")
LIKENESSES = ("title-year-author", "similar-title")
ORDER = {r: n for n, r in enumerate((*IDENTITIES, *LIKENESSES))}

_NON_WORD = re.compile(r"[^a-z0-9]+")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
#: Where a subtitle glued to its title starts: « : », a dash between spaces, « . » after a
#: word of three letters or more (not after the initials of « J. R. R. Tolkien »), « ? », « ! ».
_SUBTITLE_SEP = re.compile(r"\s*(?::|\s[-–—]\s|(?<=\w\w\w)\.\s|\?\s|!\s)\s*")
_ARTICLES = _words(
    "le la les l un une des du the a an der die das den dem ein eine el los las lo il gli "
    "i uno de het"
)
_CONJUNCTIONS = frozenset({"and", "et", "und", "y", "e"})
_ROMAN = re.compile(r"^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_MARKER_WORDS = _words(
    "t tome tomes vol vols volume volumes v part parts partie parties livre book books no "
    "n numero number nr fascicule fasc cahier chapitre chapter ch serie series band bd "
    "teil tomo issue heft"
)
_MONTHS = {
    name: n
    for n, names in enumerate(
        (
            "janvier january jan janv",
            "fevrier february feb fev fevr",
            "mars march mar",
            "avril april apr avr",
            "mai may",
            "juin june jun",
            "juillet july jul juil",
            "aout august aug",
            "septembre september sep sept",
            "octobre october oct",
            "novembre november nov",
            "decembre december dec",
            "printemps spring",
            "ete summer",
            "automne autumn fall",
            "hiver winter",
        ),
        start=1,
    )
    for name in names.split()
    if len(name) > 3 or name in ("mai", "may", "ete")
}
_ORDINALS = {
    "premier": 1,
    "premiere": 1,
    "first": 1,
    "deuxieme": 2,
    "second": 2,
    "seconde": 2,
    "troisieme": 3,
    "third": 3,
    "quatrieme": 4,
    "fourth": 4,
    "cinquieme": 5,
    "fifth": 5,
    "sixieme": 6,
    "sixth": 6,
}
_PUBLISHER_NOISE = _words(
    "editions edition editeur editeurs ed eds publishing publishers publisher press "
    "verlag inc ltd llc co company sa sarl gmbh ag the les le la de des du d l et and"
)
#: Fields of an entry a file format may lose (RIS has no event): « the same entry » compares
#: them only when both sides have them. Everything else must be equal.
LOOSE_FIELDS = ("container_title", "event", "place", "collection", "date_note")
#: The people that make an entry (the others — publisher as a body, rapporteur… — are often
#: lost by a file format, and never tell two works apart on their own).
ENTRY_ROLES = ("author", "editor")


# --- normalising --------------------------------------------------------------------------


@lru_cache(maxsize=8192)  # names and publishers come back entry after entry
def norm_title(title: str) -> str:
    return _NON_WORD.sub(" ", fold(title)).strip()


def norm_doi(doi: str | None) -> str | None:
    if not doi:
        return None
    value = _DOI_PREFIX.sub("", str(doi).strip()).lower()
    return value if value.startswith("10.") else None


def norm_isbn(isbn: str | None) -> str | None:
    if not isbn:
        return None
    words = str(isbn).split()
    digits = re.sub(r"[^0-9Xx]", "", words[0] if words else "").upper()
    if len(digits) == 10:
        core = "978" + digits[:9]
        total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(core))
        return core + str((10 - total % 10) % 10)
    return digits if len(digits) == 13 else None


def norm_issn(issn: object) -> str | None:
    digits = re.sub(r"[^0-9Xx]", "", str(issn or "")).upper()
    return digits[:8] if len(digits) >= 8 else None


def family_of(name: str) -> str:
    """« de Beauvoir, Simone » -> « beauvoir »; an organisation keeps its folded name."""
    family = name.split(",")[0]
    words = norm_title(family).split()
    return words[-1] if "," in name and words else " ".join(words)


def comparable(title: str) -> str:
    """A title as likeness compares it: folded, « & » as « and », no leading article, no
    conjunction (« & », « et », « and » are the same word)."""
    words = _NON_WORD.sub(" ", fold(title).replace("&", " and ")).split()
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(w for w in words if w not in _CONJUNCTIONS)


def _numbers(text: str) -> tuple[str, ...]:
    """The numbers of a field (« 63-II » -> 63, 2; « 2nd » -> 2), else its folded words."""
    words = _NON_WORD.sub(" ", fold(text)).split()
    found: list[str] = []
    for w in words:
        digits = re.match(r"^0*(\d+)", w)
        if digits:
            found.append(digits.group(1) or "0")
        elif _ROMAN.match(w) and w:
            found.append(str(_roman(w)))
        elif w in _ORDINALS:
            found.append(str(_ORDINALS[w]))
    return tuple(found) if found else tuple(words)


def _roman(word: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    for ch, nxt in zip(word, [*word[1:], ""], strict=True):
        v = values[ch]
        total += -v if nxt and values[nxt] > v else v
    return total


def title_markers(title: str) -> frozenset[str]:
    """What tells one part, volume, issue or date of a work from another, in its title."""
    text = fold(title)
    marks: set[str] = set()
    for a, b in re.findall(r"(?<![a-z0-9])([a-z])\s*[-–]\s*([a-z])(?![a-z0-9])", text):
        marks.add(f"range:{a}-{b}")
    words = _NON_WORD.sub(" ", text).split()
    previous = ""
    for w in words:
        digits = re.match(r"^0*(\d+)", w)
        if digits:
            marks.add(digits.group(1) or "0")
        elif w in _ORDINALS:
            marks.add(str(_ORDINALS[w]))
        elif w in _MONTHS:
            marks.add(f"month:{_MONTHS[w]}")
        elif previous in _MARKER_WORDS and (_ROMAN.match(w) or len(w) == 1):
            marks.add(str(_roman(w)) if _ROMAN.match(w) else f"letter:{w}")
        elif len(w) >= 2 and _ROMAN.match(w):
            marks.add(str(_roman(w)))
        previous = w
    return frozenset(marks)


def _publisher(value: str) -> frozenset[str]:
    return frozenset(w for w in norm_title(value).split() if w not in _PUBLISHER_NOISE)


#: CSL types whose web address is their identity: two pages of one site are two works.
WEB_TYPES = frozenset(("webpage", "post", "post-weblog"))
_SCHEME = re.compile(r"^(?:https?://)?(?:www\.)?", re.IGNORECASE)


def _url(value: str) -> str:
    """A web address compared without its scheme, « www. », case of the host or final « / »."""
    rest = _SCHEME.sub("", value.strip())
    host, _, path = rest.partition("/")
    return f"{host.lower()}/{path}".rstrip("/")


def _text(value: object) -> str | None:
    if value in (None, ""):
        return None
    return str(value)


# --- what is compared ---------------------------------------------------------------------


@dataclass(frozen=True)
class Identity:
    """One reference as duplicates see it (a fiche, or an entry of a file: key « #n »)."""

    key: str
    title: str  # norm_title of the title field
    year: int | None
    author: str  # the first author's (else editor's) family name, folded
    doi: str | None = None
    isbn: str | None = None
    full_title: str = ""  # with the subtitle (RIS and some catalogues merge the two)
    has_subtitle: bool = False
    main: str = ""  # comparable(main title): the title without a subtitle glued to it
    whole: str = ""  # comparable(title and subtitle)
    markers: frozenset[str] = frozenset()  # of the main title
    whole_markers: frozenset[str] = frozenset()
    fields: Mapping[str, Any] = field(default_factory=dict, hash=False)  # veto fields
    entry: str = ""  # the bibliographic fields that must be equal for « the same entry »
    loose: Mapping[str, str] = field(default_factory=dict, hash=False)  # LOOSE_FIELDS
    container: str = ""  # norm_title of the book or journal it is part of
    display: str = ""  # the title as written, for reports

    def titles(self) -> list[str]:
        return [t for t in dict.fromkeys((self.title, self.full_title)) if t]


@dataclass(frozen=True)
class Match:
    key: str
    reason: str  # a code of IDENTITIES or LIKENESSES (vocabulary « reason »)
    score: float = 100.0
    title: str = ""  # the partner's title, as written

    @property
    def certain(self) -> bool:
        """An identity (set aside, or updated): not a mere likeness."""
        return self.reason in IDENTITIES


def make_identity(
    key: str,
    *,
    title: str,
    subtitle: str | None,
    date: str | None,
    year: int | None,
    agents: Iterable[tuple[str, str]],
    details: Mapping[str, Any],
) -> Identity:
    """The identity of a reference from its fields (``agents``: (role, name), in order)."""
    people = list(agents)
    named = [n for r, n in people if r == "author"] or [n for r, n in people if r == "editor"]
    named = [n for n in named if norm_title(n) not in ("et al", "others", "al")]
    extra = details.get("extra") or {}
    extra = extra if isinstance(extra, Mapping) else {}
    issn = next((v for k, v in extra.items() if str(k).lower().endswith("issn")), None)
    part = next((v for k, v in extra.items() if str(k).lower().endswith(":part")), None)
    fields: dict[str, Any] = {
        "doi": norm_doi(_text(details.get("doi"))),
        "isbn": norm_isbn(_text(details.get("isbn"))),
        "issn": norm_issn(issn),
        "volume": _numbers(str(details["volume"])) if _text(details.get("volume")) else None,
        "issue": _numbers(str(details["issue"])) if _text(details.get("issue")) else None,
        "number": _numbers(str(details["number"])) if _text(details.get("number")) else None,
        "part": _numbers(str(part)) if _text(part) else None,
        "pages": _pages(str(details["pages"])) if _text(details.get("pages")) else None,
        "edition": _numbers(str(details["edition"])) if _text(details.get("edition")) else None,
        "url": _url(str(details["url"]))
        if _text(details.get("url")) and TYPE_TO_CSL.get(str(details.get("type"))) in WEB_TYPES
        else None,
        "publisher": _publisher(str(details["publisher"]))
        if _text(details.get("publisher"))
        else None,
    }
    sub = (subtitle or "").strip()
    main_title = title
    if not sub:
        parts = _SUBTITLE_SEP.split(title, maxsplit=1)
        if len(parts) == 2 and parts[0].strip() and parts[1].strip():
            main_title, sub = parts[0], parts[1]
    whole = f"{main_title} {sub}"
    full_title = norm_title(f"{title} {subtitle or ''}")
    entry = repr(
        (
            TYPE_TO_CSL.get(str(details.get("type") or "other"), "document"),
            full_title,
            date or "",
            tuple((r, _person(n)) for r, n in people if r in ENTRY_ROLES),
            tuple(sorted(name for name, value in fields.items() if value)),
        )
    )
    loose = {f: norm_title(str(details[f])) for f in LOOSE_FIELDS if _text(details.get(f))}
    return Identity(
        key=key,
        title=norm_title(title),
        full_title=full_title,
        year=year,
        author=family_of(named[0]) if named else "",
        doi=fields["doi"],
        isbn=fields["isbn"],
        has_subtitle=bool(sub),
        main=comparable(main_title),
        whole=comparable(whole),
        markers=title_markers(main_title),
        whole_markers=title_markers(whole),
        fields=fields,
        entry=entry,
        loose=loose,
        container=loose.get("container_title", ""),
        display=title,
    )


def _person(name: str) -> str:
    """« Valin, Serge » and « Valin, S. » -> « valin s »: the family name and initials."""
    if "," not in name:
        return norm_title(name)
    family, given = name.split(",", 1)
    initials = "".join(w[0] for w in norm_title(given).split())
    return f"{norm_title(family)} {initials}".strip()


def _pages(value: str) -> tuple[str, ...]:
    found = re.findall(r"\d+", value)
    return tuple(f.lstrip("0") or "0" for f in found[:2]) if found else (norm_title(value),)


def identity_of_draft(draft: FicheDraft, key: str = "") -> Identity:
    return make_identity(
        key,
        title=draft.title,
        subtitle=draft.subtitle,
        date=draft.date,
        year=int(draft.date[:4]) if draft.date and draft.date[:4].isdigit() else None,
        agents=[(a.role, a.name) for a in draft.agents],
        details=draft.details,
    )


def library_identities(
    session: Session, *, exclude: str | None = None, near: Identity | None = None
) -> Iterator[Identity]:
    """Every live reference of the library (``exclude``: a key left out, a fiche being edited);
    with ``near``, only those that could be identical to it or look like it (``_near``)."""
    live = (Fiche.kind == "reference", Fiche.deleted_at.is_(None))
    where = (*live, _near(near)) if near is not None else live
    people: dict[int, list[tuple[str, str]]] = defaultdict(list)
    rows = session.execute(
        select(FicheAgent.fiche_id, FicheAgent.role, Agent.name)
        .join(Agent, Agent.id == FicheAgent.agent_id)
        .join(Fiche, Fiche.id == FicheAgent.fiche_id)
        .where(*where)
        .order_by(FicheAgent.fiche_id, FicheAgent.position)
    )
    for fid, role, name in rows:
        people[fid].append((role, name))
    fiches = session.execute(
        select(
            Fiche.id, Fiche.key, Fiche.title, Fiche.subtitle, Fiche.date, Fiche.year, Fiche.details
        ).where(*where)
    )
    for fid, key, title, subtitle, date, year, details in fiches:
        if key == exclude:
            continue
        yield make_identity(
            key,
            title=title,
            subtitle=subtitle,
            date=date,
            year=year,
            agents=people.get(fid, []),
            details=details or {},
        )


def _near(ident: Identity) -> ColumnElement[bool]:
    """The references that may match ``ident``, narrowed in SQL on the folded search text
    (title, subtitle, people): an identity holds every word of its title (ISBN and title, the
    same entry) or its DOI; a likeness shares its block (the first author, else the first title
    word). Every word compared is a run of letters and digits of a folded field, so the
    search text of a matching reference holds it. Without a title word, nothing is narrowed."""
    title_words = ident.title.split()
    if not title_words:
        return true()
    terms = [and_(*(Fiche.search_text.contains(word) for word in set(title_words)))]
    block = _block(ident)
    if block is not None:
        terms.append(Fiche.search_text.contains(max(block[2:].split(), key=len)))
    if ident.doi:
        terms.append(func.lower(cast(Fiche.details, String)).contains(ident.doi, autoescape=True))
    return or_(*terms, Fiche.search_text == "")


# --- vetoes and likeness ------------------------------------------------------------------

VETO_FIELDS = (
    "doi", "isbn", "issn", "volume", "issue", "number", "part", "pages", "edition", "url",
)  # fmt: skip


def veto(a: Identity, b: Identity) -> str | None:
    """Why ``a`` and ``b`` cannot be one work (a field name, « title-markers »), or None."""
    for name in VETO_FIELDS:
        x, y = a.fields.get(name), b.fields.get(name)
        if x and y and x != y:
            if name == "pages" and (set(x) <= set(y) or set(y) <= set(x)):
                continue  # « 186 » and « 186-190 », or a range with its start page lost
            return name
    pa, pb = a.fields.get("publisher"), b.fields.get("publisher")
    if pa and pb and not (pa <= pb or pb <= pa):
        return "publisher"
    da, db = a.loose.get("date_note"), b.loose.get("date_note")
    if da and db and da != db:
        return "date"  # dates the importer could not read, and they differ
    if a.container and a.container in (b.title, b.full_title):
        return "part-of"  # a chapter and its book
    if b.container and b.container in (a.title, a.full_title):
        return "part-of"
    if a.markers != b.markers:
        return "title-markers"
    if a.has_subtitle and b.has_subtitle and a.whole_markers != b.whole_markers:
        return "title-markers"
    return None


def likeness(a: Identity, b: Identity) -> Match | None:
    """How much ``b`` looks like ``a`` (a likeness reason and a score), or None."""
    from rapidfuzz import fuzz  # lazy: only needed when comparing

    if a.year is not None and b.year is not None and a.year != b.year:
        return None
    if a.author != b.author or not (a.main or a.whole):
        return None
    if a.has_subtitle and b.has_subtitle:
        pairs = [(a.whole, b.whole)]
    else:  # a subtitle on one side only, or on neither: the main titles, and the whole
        pairs = [(a.main, b.main), (a.whole, b.whole)]
    if any(x == y and x for x, y in pairs):
        if veto(a, b) is not None:
            return None
        return Match(a.key, "title-year-author" if a.author else "similar-title", title=a.display)
    score = max(float(fuzz.ratio(x, y)) for x, y in pairs)
    if score < FUZZY_THRESHOLD or veto(a, b) is not None:
        return None
    return Match(a.key, "similar-title", round(score, 1), a.display)


def _loose_agree(a: Identity, b: Identity) -> bool:
    return all(a.loose[f] == b.loose[f] for f in a.loose.keys() & b.loose.keys())


def _block(ident: Identity) -> str | None:
    if ident.author:
        return f"a:{ident.author}"
    words = (ident.main or ident.whole).split()
    return f"t:{words[0]}" if words else None


class DuplicateIndex:
    """Identities by DOI, ISBN, entry, and blocks of candidates for likeness."""

    def __init__(self, identities: Iterable[Identity] = ()) -> None:
        self.by_doi: dict[str, Identity] = {}
        self.by_isbn: dict[str, list[Identity]] = defaultdict(list)
        self.by_entry: dict[str, list[Identity]] = defaultdict(list)
        self.blocks: dict[str, list[Identity]] = defaultdict(list)
        for identity in identities:
            self.add(identity)

    def add(self, ident: Identity) -> None:
        if ident.doi:
            self.by_doi.setdefault(ident.doi, ident)
        if ident.isbn:
            self.by_isbn[ident.isbn].append(ident)
        if ident.title:
            self.by_entry[ident.entry].append(ident)
        block = _block(ident)
        if block is not None and ident.title:
            self.blocks[block].append(ident)

    def identical(self, ident: Identity) -> Match | None:
        """The reference ``ident`` is exactly (same DOI; same ISBN and title; same entry)."""
        if ident.doi and ident.doi in self.by_doi:
            other = self.by_doi[ident.doi]
            return Match(other.key, "doi", title=other.display)
        if not ident.title:
            return None
        for other in self.by_isbn.get(ident.isbn or "", []):
            if set(ident.titles()) & set(other.titles()) and veto(other, ident) is None:
                return Match(other.key, "isbn", title=other.display)
        for same in self.by_entry.get(ident.entry, ()):
            if veto(same, ident) is None and _loose_agree(same, ident):
                return Match(same.key, "same-entry", title=same.display)
        return None

    def alike(self, ident: Identity, limit: int = 1) -> list[Match]:
        """The references ``ident`` looks like (best first), none identical to it."""
        block = _block(ident)
        if block is None or not ident.title:
            return []
        found = [m for other in self.blocks.get(block, ()) if (m := likeness(other, ident))]
        found.sort(key=lambda m: (ORDER[m.reason], -m.score))
        return found[:limit]

    def match(self, ident: Identity) -> Match | None:
        """The identity of ``ident`` if it has one, else its best likeness."""
        same = self.identical(ident)
        if same is not None:
            return same
        alike = self.alike(ident)
        return alike[0] if alike else None


def find_duplicates(
    session: Session, dismissed: Iterable[frozenset[str]] = ()
) -> list[DuplicatePair]:
    """Every pair of live references that are or look like one work, strongest reason first;
    ``dismissed``: pairs of keys judged to be two works, never listed again."""
    index = DuplicateIndex()
    apart = set(dismissed)
    pairs: list[DuplicatePair] = []
    for ident in sorted(library_identities(session), key=lambda i: i.key):
        same = index.identical(ident)
        for found in [*([same] if same else []), *index.alike(ident, limit=5)]:
            if frozenset((found.key, ident.key)) not in apart:
                pairs.append(DuplicatePair(found.key, ident.key, found.reason, found.score))
                break
        index.add(ident)
    return sorted(pairs, key=lambda p: (ORDER.get(p.reason, 9), -p.score, p.key_a, p.key_b))


def likely_of(session: Session, draft: FicheDraft, exclude: str | None = None) -> list[Match]:
    """The library's references a draft is identical to or looks like (best first)."""
    ident = identity_of_draft(draft, "#draft")
    index = DuplicateIndex(library_identities(session, exclude=exclude, near=ident))
    out: list[Match] = []
    same = index.identical(ident)
    if same is not None:
        out.append(same)
    out += [m for m in index.alike(ident, limit=5) if same is None or m.key != same.key]
    return out[:5]
