"""Frozen data the core returns: plain values that may cross threads, never ORM objects."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from kb_app.core.errors import Message


@dataclass(frozen=True)
class FicheRef:
    key: str
    kind: str
    title: str
    year: int | None


@dataclass(frozen=True)
class ConceptRef:
    key: str
    label: str
    label_en: str | None


@dataclass(frozen=True)
class AgentRole:
    name: str
    type: str
    role: str
    note: str | None = None


@dataclass(frozen=True)
class Credit:
    """A name with the part its bearer had in a work, as displays say it (``core.people``).

    ``role`` is an agent role (``author``, ``editor``, ``translator``…) or a finer one a
    file gave (``collection-editor``, ``container-author``, ``director``…)."""

    name: str
    role: str
    type: str = "person"


@dataclass(frozen=True)
class LinkView:
    type: str
    fiche: FicheRef
    note: str | None = None


@dataclass(frozen=True)
class AgentDraft:
    name: str
    role: str
    type: str = "person"
    note: str | None = None


@dataclass(frozen=True)
class LinkDraft:
    type: str
    target: str
    note: str | None = None


@dataclass(frozen=True)
class FicheDraft:
    """What a caller gives to create or replace a fiche. Concepts are labels."""

    kind: str
    title: str
    key: str | None = None
    lang: str = "fr"
    subtitle: str | None = None
    date: str | None = None
    summary: str | None = None
    body: str = ""
    concepts: tuple[str, ...] = ()
    agents: tuple[AgentDraft, ...] = ()
    links: tuple[LinkDraft, ...] = ()
    details: dict[str, Any] = field(default_factory=dict)
    sources: tuple[dict[str, str], ...] = ()
    unverified: tuple[str, ...] = ()


#: The fields a draft shares, under the same names, with a stored fiche, a fiche read from a
#: file (``seed.frontmatter.FicheRecord``) and a ``FicheDetail``: the one list every mapping
#: between them uses (concepts, agents and links differ in shape and are mapped apart).
DRAFT_FIELDS = ("kind", "title", "lang", "subtitle", "date", "summary", "body")
#: Fields copied as containers: ``details`` a dict, ``sources`` and ``unverified`` tuples.
DRAFT_CONTAINERS = ("details", "sources", "unverified")


def draft_from(
    source: Any,
    *,
    key: str | None,
    concepts: tuple[str, ...],
    agents: tuple[AgentDraft, ...],
    links: tuple[LinkDraft, ...],
) -> FicheDraft:
    """A draft from any object carrying ``DRAFT_FIELDS`` and ``DRAFT_CONTAINERS``."""
    return FicheDraft(
        key=key,
        concepts=concepts,
        agents=agents,
        links=links,
        details=dict(source.details or {}),
        sources=tuple(source.sources or ()),
        unverified=tuple(source.unverified or ()),
        **{name: getattr(source, name) for name in DRAFT_FIELDS},
    )


@dataclass(frozen=True)
class FicheDetail:
    """One fiche with everything linked to it."""

    id: int
    key: str
    uid: str
    kind: str
    title: str
    subtitle: str | None
    lang: str
    date: str | None
    year: int | None
    summary: str | None
    body: str
    details: dict[str, Any]
    sources: tuple[dict[str, str], ...]
    unverified: tuple[str, ...]
    concepts: tuple[ConceptRef, ...]
    agents: tuple[AgentRole, ...]
    links_out: tuple[LinkView, ...]
    links_in: tuple[LinkView, ...]
    dossiers: tuple[FicheRef, ...]
    members: tuple[FicheRef, ...]
    deleted: bool
    created_at: str
    updated_at: str

    def ref(self) -> FicheRef:
        return FicheRef(self.key, self.kind, self.title, self.year)

    def questions(self) -> tuple[str, ...]:
        """What a student should be able to answer after reading (front matter
        ``questions``, kept in ``details``)."""
        asked = self.details.get("questions") or ()
        return tuple(q for q in asked if isinstance(q, str) and q.strip())

    def reading_order(self) -> tuple[tuple[FicheRef, str], ...]:
        """A dossier's members in its reading order (``dossier.reading``), each with why it
        is read there; members the order leaves out follow in the dossier's order, with no
        reason given. Entries naming no current member are passed over."""
        by_key = {m.key: m for m in self.members}
        order: list[tuple[FicheRef, str]] = []
        for entry in self.details.get("reading") or ():
            key = entry.get("fiche") if isinstance(entry, dict) else None
            member = by_key.pop(key, None) if isinstance(key, str) else None
            if member is not None:
                order.append((member, str(entry.get("why") or "")))
        return (*order, *((m, "") for m in self.members if m.key in by_key))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ConceptDetail:
    key: str
    uri: str | None
    label: str
    label_en: str | None
    alt_labels: tuple[str, ...]
    definition: str | None
    scope_note: str | None
    broader: tuple[ConceptRef, ...]
    narrower: tuple[ConceptRef, ...]
    related: tuple[ConceptRef, ...]
    groups: tuple[str, ...]
    count_direct: int
    count_total: int
    fiches: tuple[FicheRef, ...]
    fiches_via_narrower: tuple[tuple[FicheRef, str], ...]  # (fiche, narrower concept label)
    definition_en: str | None = None  # the English definition, if the thesaurus gives one

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["fiches_via_narrower"] = [
            {**asdict(ref), "via": via} for ref, via in self.fiches_via_narrower
        ]
        return data


@dataclass(frozen=True)
class ConceptTreeRow:
    key: str
    label: str
    label_en: str | None
    depth: int
    count_direct: int
    count_total: int


@dataclass(frozen=True)
class Stats:
    library: str
    schema_version: int
    fiches: dict[str, int]
    total_fiches: int
    trash: int
    concepts: int
    concept_groups: int
    agents: int
    links: int
    basket: int
    history: int
    attachments: int
    index_pending: int
    index_state: str = ""
    index_documents: int = 0
    #: bytes free on the library's volume (-1: unknown); ``disk_full`` below ``FULL_BELOW``
    #: or after a write refused for want of space
    free_bytes: int = -1
    disk_full: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class IndexLag:
    """The search index could not follow a committed write: the write is saved, the
    index is ``pending`` fiches behind and catches up at the next opening with space.

    ``reason``: ``disk_full`` or ``unwritable`` (the ``write_failure`` vocabulary)."""

    pending: int
    reason: str
    database: str
    free_bytes: int = -1
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class SearchHit:
    id: str
    kind: str
    title: str
    year: int | None
    score: float
    snippet: str
    concepts: tuple[str, ...]
    why: str = ""
    #: who the work is by, with their roles (``core.people.byline``)
    people: tuple[Credit, ...] = ()


@dataclass(frozen=True)
class SearchResult:
    query: str
    total: int
    hits: tuple[SearchHit, ...]
    took_ms: float
    facets: dict[str, Any]
    partial: bool = False
    fallback: bool = False
    #: the query with its typos corrected, when it found nothing and the hits are the
    #: corrected query's (``IdSearch.suggestion``); None otherwise
    suggestion: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["hits"] = [
            {**asdict(h), "concepts": list(h.concepts), "people": [asdict(p) for p in h.people]}
            for h in self.hits
        ]
        # The `kb search --json` contract: query, total, hits, took_ms, facets, suggestion.
        del data["partial"], data["fallback"]
        return data


@dataclass(frozen=True)
class CheckReport:
    """``kb check``: SQLite's own checks as it words them, then our findings as messages
    (``problems`` still there, ``repaired`` what was fixed), and the thesaurus upkeep list."""

    integrity: tuple[str, ...]
    foreign_keys: tuple[str, ...]
    pragmas: dict[str, Any]
    problems: tuple[Message, ...]
    repaired: tuple[Message, ...] = ()
    quality: dict[str, Any] = field(default_factory=dict)  # thesaurus upkeep, not damage
    #: conditions that are not damage: a full disk, an index behind (``outcome.*``)
    notices: tuple[Message, ...] = ()

    @property
    def ok(self) -> bool:
        return self.integrity == ("ok",) and not self.foreign_keys and not self.problems

    def to_dict(self) -> dict[str, Any]:
        """JSON: ``problems`` and ``repaired`` as English sentences (as before), and the same
        findings with their codes in ``problem_codes`` and ``repaired_codes``."""
        return {
            "integrity": list(self.integrity),
            "foreign_keys": list(self.foreign_keys),
            "pragmas": dict(self.pragmas),
            "problems": [m.message for m in self.problems],
            "repaired": [m.message for m in self.repaired],
            "problem_codes": [_coded(m) for m in self.problems],
            "repaired_codes": [_coded(m) for m in self.repaired],
            "quality": self.quality,
            "ok": self.ok,
            "notices": [m.message for m in self.notices],
            "notice_codes": [_coded(m) for m in self.notices],
        }


def _coded(message: Message) -> dict[str, Any]:
    return {"code": message.code, "params": dict(message.params)}


@dataclass(frozen=True)
class BackupInfo:
    path: str
    size: int
    verified: bool
    created_at: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class SearchFilters:
    """Structured filters applied beside the text query (facet clicks in the window)."""

    kind: str | None = None
    concept: str | None = None  # label or key; narrower concepts count too
    year_from: int | None = None
    year_to: int | None = None
    dossier: str | None = None  # dossier key


@dataclass(frozen=True)
class IdSearch:
    """Ranked keys of every match: what a results list needs before it shows a row."""

    query: str
    keys: tuple[str, ...]
    total: int
    facets: dict[str, Any]
    took_ms: float
    scores: tuple[float, ...] = ()  # of the ranked keys
    fallback: bool = False  # the query did not parse and was searched as plain words
    partial: bool = False  # the index is behind the database (rebuilding or draining)
    ranked: int = 0  # the first ``ranked`` keys are in relevance order, the rest in library order
    total_exact: bool = True  # False: ``total`` is Whoosh's estimate (a page search)
    #: The query found nothing: this is its text with typos corrected, and the keys (total,
    #: facets...) are what the corrected text finds; ``query`` stays the text asked for.
    suggestion: str | None = None


@dataclass(frozen=True)
class FicheRow:
    """One line of a results list."""

    key: str
    kind: str
    title: str
    year: int | None
    authors: str  # the authors' names only (never an editor): « A; B; C et al. »
    concepts: tuple[str, ...]
    #: who the work is by, with their roles: what a display shows (``core.people``)
    people: tuple[Credit, ...] = ()
    #: when the fiche was added to the library: an ISO date (« 2024-03-01 »)
    added: str = ""


#: The columns a result list can be sorted by (``Library.sort_keys``).
SORT_COLUMNS = ("title", "authors", "year", "kind", "added", "concepts")


@dataclass(frozen=True)
class Snippet:
    """Highlighted extract (HTML with <b> around matches) and why the fiche matched.

    ``why`` says it in one French sentence (``kb search``); the other fields say it in parts
    for a display in any language: the words of the fiche that matched, where they matched
    (``title``, ``text``, ``attachment``), the concepts the fiche matched through (the
    query's concept, or a narrower one), and the attached file the extract comes from when
    the words were found in its text only.
    """

    key: str
    html: str
    text: str
    why: str
    words: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    concepts: tuple[str, ...] = ()
    attachment: str = ""


def draft_of_detail(f: FicheDetail) -> FicheDraft:
    """The draft that would save ``f`` unchanged (dossier members are kept apart)."""
    return draft_from(
        f,
        key=f.key,
        concepts=tuple(c.label for c in f.concepts),
        agents=tuple(AgentDraft(a.name, a.role, a.type, a.note) for a in f.agents),
        links=tuple(LinkDraft(ln.type, ln.fiche.key, ln.note) for ln in f.links_out),
    )
