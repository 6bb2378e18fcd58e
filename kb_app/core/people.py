"""Who made a work, each with the part they had: the one byline every display uses.

A fiche's agents carry a role of the domain (``vocabulary.AGENT_ROLES``). A record read from
a file may have kept a finer CSL role in ``details.extra`` (``csl:role:<name>``: a series
editor, ``collection-editor``, stored as an editor; a book's author, ``container-author``,
stored as a contributor) and CSL names no agent role holds (``csl:director``: a film's
director). ``credits`` gathers them all with the finest role known.

``byline`` says who a work is *by*:

- its authors, when it has any (persons and organisations alike);
- without an author, the first group of makers it has (a film's directors, a book's
  editors…), which every display marks with its role (« Ferré, Vincent (éd.) »), never
  bare as if they were authors;
- nobody else: a fiche with no author and no maker shows no name.

A part of a host work (a chapter, a conference paper, an article) never takes its host's
editors or author as its own: ``host`` gives them, for « In : Ferré, Vincent (éd.),
Tolkien, trente ans après ». ``names`` and ``in_host`` write either in French or English
(the marks are the ``role_mark`` vocabulary of ``core.messages``). Citations are not made
here: the CSL engine reads the roles itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from kb_app.core.dto import Credit
from kb_app.core.messages import Lang, is_word
from kb_app.core.messages import say as say_word
from kb_app.core.text import stored_list

__all__ = [
    "HOST_NAMED",
    "HOST_ROLES",
    "MAKERS",
    "PART_TYPES",
    "Credit",
    "People",
    "author_names",
    "byline",
    "credits",
    "host",
    "host_line",
    "in_host",
    "is_part",
    "mark",
    "names",
    "people",
]


class Agent(Protocol):
    """What ``credits`` reads of an agent (``AgentDraft``, ``AgentRole``)."""

    @property
    def name(self) -> str: ...

    @property
    def role(self) -> str: ...

    @property
    def type(self) -> str: ...


#: Reference types that are a part of a host work: their editors are the host's.
PART_TYPES = frozenset({"chapter", "conference", "article"})
#: Parts whose host is a book, named in a header (« In : … »).
HOST_NAMED = ("chapter", "conference")
#: The host's people, for a part: the book's author(s), then its editors.
HOST_ROLES = ("container-author", "editor")
#: Who a work without an author is by: the first of these groups it has.
MAKERS = (
    "director",
    "editorial-director",
    "editor",
    "compiler",
    "chair",
    "curator",
    "rapporteur",
    "composer",
    "illustrator",
    "interviewer",
    "translator",
)
#: Finer roles a record kept (``csl:role:<name>``), each with the agent role it is stored as.
_FINER = {"collection-editor": "editor", "container-author": "contributor"}
#: CSL name variables a record keeps in ``details.extra`` as ``csl:<variable>``.
EXTRA_NAME_ROLES = (
    "director",
    "editorial-director",
    "compiler",
    "chair",
    "curator",
    "composer",
    "illustrator",
    "interviewer",
    "performer",
    "producer",
    "executive-producer",
    "series-creator",
)
#: Roles said without a mark: a host's author reads « In : Tolkien, J. R. R., … ».
_UNMARKED = ("author", "container-author")
_ET_AL = "et al."


@dataclass(frozen=True)
class People:
    """A fiche's people, sorted for display: who it is by, who made its host, the others."""

    byline: tuple[Credit, ...]
    host: tuple[Credit, ...]
    others: tuple[Credit, ...]


def credits(
    agents: Iterable[Agent], details: Mapping[str, Any] | None = None
) -> tuple[Credit, ...]:
    """Every agent with the finest role known, then the CSL names ``details.extra`` kept;
    the same name in the same role once."""
    extra = _extra(details)
    found: list[Credit] = []
    for agent in agents:
        role = agent.role
        finer = extra.get(f"csl:role:{agent.name}")
        if isinstance(finer, str) and _FINER.get(finer) == role:
            role = finer
        found.append(Credit(agent.name, role, agent.type))
    for variable in EXTRA_NAME_ROLES:
        for name, type_ in _names_kept(extra.get(f"csl:{variable}")):
            found.append(Credit(name, variable, type_))
    return tuple(dict.fromkeys(found))


def is_part(details: Mapping[str, Any] | None) -> bool:
    """True for a reference that is a part of a host work (a chapter, an article…)."""
    return str((details or {}).get("type") or "") in PART_TYPES


def byline(found: Sequence[Credit], *, part: bool = False) -> tuple[Credit, ...]:
    """Who the work is by: its authors; else its first group of makers (shown marked);
    else nobody. A part leaves its host's people to ``host``."""
    authors = tuple(c for c in found if c.role == "author")
    if authors:
        return authors
    for role in MAKERS:
        if part and role in HOST_ROLES:
            continue
        group = tuple(c for c in found if c.role == role)
        if group:
            return group
    return ()


def host(found: Sequence[Credit], *, part: bool) -> tuple[Credit, ...]:
    """A part's host people (the book's authors, then its editors); nobody for a whole work."""
    if not part:
        return ()
    return tuple(c for role in HOST_ROLES for c in found if c.role == role)


def people(agents: Iterable[Agent], details: Mapping[str, Any] | None = None) -> People:
    """A fiche's people, from its agents and details."""
    found = credits(agents, details)
    part = is_part(details)
    by = byline(found, part=part)
    of_host = host(found, part=part)
    shown = set(by) | set(of_host)
    return People(by, of_host, tuple(c for c in found if c not in shown))


def names(found: Sequence[Credit], lang: Lang, *, limit: int | None = 3) -> str:
    """Names joined by « ; » (a space before it in French), each group of one role then its
    mark: « Ferré, Vincent (éd.) ». Past ``limit`` names, « et al. ». Authors are unmarked."""
    shown = list(found if limit is None else found[:limit])
    more = limit is not None and len(found) > limit
    groups: list[tuple[str, list[str]]] = []
    for credit in shown:
        if groups and groups[-1][0] == credit.role:
            groups[-1][1].append(credit.name)
        else:
            groups.append((credit.role, [credit.name]))
    between = " ; " if lang == "fr" else "; "
    parts = []
    for n, (role, said) in enumerate(groups):
        text = between.join(said)
        if more and n == len(groups) - 1:
            text += " " + _ET_AL
        if role not in _UNMARKED:
            text += f" ({mark(role, lang)})"
        parts.append(text)
    return between.join(parts)


def author_names(found: Sequence[Credit], *, limit: int = 3) -> str:
    """The authors' names only, « ; »-joined, « et al. » past ``limit``: the ``authors``
    of a result row or an import preview (an editor is never among them)."""
    names = [c.name for c in found if c.role == "author"]
    return "; ".join(names[:limit]) + (" " + _ET_AL if len(names) > limit else "")


def mark(role: str, lang: Lang) -> str:
    """The short mark of a role (« éd. », « trad. »), or its name when it has no mark."""
    if is_word("role_mark", role):
        return say_word("role_mark", role, lang)
    return say_word("role", role, lang)


def in_host(of_host: Sequence[Credit], title: str | None, lang: Lang) -> str:
    """« In : Ferré, Vincent (éd.), Tolkien, trente ans après »; empty when the host is
    neither named nor credited."""
    parts = [p for p in (names(of_host, lang, limit=None), (title or "").strip()) if p]
    if not parts:
        return ""
    return ("In : " if lang == "fr" else "In: ") + ", ".join(parts)


def host_line(found: People, details: Mapping[str, Any] | None, lang: Lang) -> str:
    """The « In : … » line of a fiche's header: for a chapter or a paper (its book named,
    its editors marked), or any part whose host has people; an article's journal alone
    stays a field (« publié dans »)."""
    details = details or {}
    if not is_part(details):
        return ""
    if not found.host and details.get("type") not in HOST_NAMED:
        return ""
    return in_host(found.host, str(details.get("container_title") or ""), lang)


def _extra(details: Mapping[str, Any] | None) -> Mapping[str, Any]:
    extra = (details or {}).get("extra")
    return extra if isinstance(extra, Mapping) else {}


def _names_kept(value: Any) -> list[tuple[str, str]]:
    """Names a record kept as a CSL variable (``text.stored_list``: a JSON list of CSL names,
    a list, or, from older imports, names written one after the other)."""
    return [n for n in (_name(item) for item in stored_list(value)) if n is not None]


def _name(item: Any) -> tuple[str, str] | None:
    if isinstance(item, str):
        return (item.strip(), "person") if item.strip() else None
    if not isinstance(item, dict):
        return None
    literal = str(item.get("literal") or "").strip()
    if literal:
        return literal, "organisation"
    family = str(item.get("family") or "").strip()
    given = str(item.get("given") or "").strip()
    particle = " ".join(
        str(item.get(k) or "").strip() for k in ("dropping-particle", "non-dropping-particle")
    ).strip()
    if particle and family:
        family = f"{particle} {family}"
    name = ", ".join(p for p in (family, given) if p)
    return (name, "person") if name else None
