"""Fiche records read from files, checked against each other and the thesaurus, and turned
into drafts. Pure functions: nothing here reads or writes the base."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from kb_app.core.dto import AgentDraft, FicheDraft, LinkDraft, draft_from
from kb_app.core.errors import Problem
from kb_app.core.rendering.markdown import wikilinks
from kb_app.core.seed.frontmatter import FicheRecord


def check_records(
    records: list[FicheRecord],
    resolve: Callable[[str], str | None],
    known_keys: frozenset[str] = frozenset(),
) -> list[Problem]:
    """Every cross-reference problem in a set of records (concepts, links, members, wikilinks)."""
    problems: list[Problem] = []
    keys: dict[str, str] = {}
    for r in records:
        if r.key in keys:
            used = {"key": r.key, "other": keys[r.key]}
            problems.append(Problem(r.where, "seed.id_used", 2, used))
        keys.setdefault(r.key, r.where)
    all_keys = set(keys) | known_keys
    for r in records:
        problems += _record_problems(r, resolve, all_keys)
    return problems


def _record_problems(
    r: FicheRecord, resolve: Callable[[str], str | None], keys: set[str]
) -> Iterator[Problem]:
    for label, line in r.concepts:
        if resolve(label) is None:
            yield Problem(r.where, "fiche.unknown_concept", line, {"label": label})
    for link in r.links:
        if link.target not in keys:
            yield Problem(r.where, "link.unknown_target", link.line, {"target": link.target})
        elif link.target == r.key:
            yield Problem(r.where, "link.to_itself", link.line)
    for member, line in r.members:
        if member not in keys:
            yield Problem(r.where, "seed.unknown_member", line, {"member": member})
    yield from _reading_problems(r)
    for wl in wikilinks(r.body):
        if wl.target not in keys and resolve(wl.target) is None:
            line = r.body_line + wl.line - 1 if wl.line else None
            yield Problem(r.where, "seed.wikilink", line, {"target": wl.target})


def _reading_problems(r: FicheRecord) -> Iterator[Problem]:
    """A dossier's reading order names its members only, each once."""
    member_keys = {m for m, _ in r.members}
    seen: set[str] = set()
    for fiche, line in r.reading:
        if fiche in seen:
            yield Problem(r.where, "seed.reading_twice", line, {"member": fiche})
        elif fiche not in member_keys:
            yield Problem(r.where, "seed.reading_not_member", line, {"member": fiche})
        seen.add(fiche)


def draft_of(record: FicheRecord) -> FicheDraft:
    return draft_from(
        record,
        key=record.key,
        concepts=tuple(label for label, _ in record.concepts),
        agents=tuple(AgentDraft(a.name, a.role, a.type, a.note) for a in record.agents),
        links=tuple(LinkDraft(ln.type, ln.target, ln.note) for ln in record.links),
    )
