"""Drafts on their way into the base: validation, keys, the front-matter form, the save.

Shared by the use cases that write fiches (one at a time, merges, imports): a draft is checked
against the same JSON Schema as the seed files (relaxed for work in progress), its concept
labels and link targets must exist; saving writes the row, its agents, links and concepts,
and records the change (``storage.changes``), all in the caller's transaction.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kb_app.core.dto import FicheDetail, FicheDraft
from kb_app.core.errors import Problem, ValidationError
from kb_app.core.storage import changes
from kb_app.core.storage import fiches as store
from kb_app.core.storage.concepts import concept_ids_of
from kb_app.core.storage.models import Fiche
from kb_app.core.text import slugify

KEY_PREFIXES = {
    "reference": "ref",
    "analysis": "ana",
    "case": "case",
    "resource": "res",
    "dossier": "dossier",
}


def schema_problems(draft: FicheDraft, key: str) -> list[Problem]:
    """The JSON Schema's problems with a draft (jsonschema is loaded on the first edit)."""
    from kb_app.core.seed import frontmatter

    return frontmatter.schema_problems(draft, key)


def key_base(draft: FicheDraft) -> str:
    """The key a new fiche gets from its kind and title (made unique by the caller)."""
    return f"{KEY_PREFIXES.get(draft.kind, 'fiche')}-{slugify(draft.title, 60)}"


def unique_key(base: str, taken: set[str]) -> str:
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    return key


def free_key(s: Session, draft: FicheDraft) -> str:
    base = key_base(draft)
    return unique_key(base, set(s.scalars(select(Fiche.key).where(Fiche.key.like(base + "%")))))


def validated(s: Session, draft: FicheDraft, key: str) -> list[int]:
    """The ids of the draft's concepts; a ValidationError listing every problem otherwise."""
    where = f"fiche « {key} »"
    problems = schema_problems(draft, key)
    concept_ids, unknown = concept_ids_of(s, draft.concepts)
    for label in unknown:
        problems.append(Problem(where, "fiche.unknown_concept", None, {"label": label}))
    for link in draft.links:
        if link.target == key:
            problems.append(Problem(where, "link.to_itself"))
        elif s.scalars(select(Fiche.id).where(Fiche.key == link.target)).first() is None:
            problems.append(Problem(where, "link.unknown_target", None, {"target": link.target}))
    if problems:
        raise ValidationError("fiche.cannot_save", problems)
    return concept_ids


def save(s: Session, row: Fiche, draft: FicheDraft, concept_ids: list[int]) -> FicheDetail:
    """Write a validated draft into ``row`` with its agents, links and concepts."""
    store.fill(row, draft)
    s.flush()
    store.set_agents(s, row.id, draft.agents)
    targets = [ln.target for ln in draft.links]
    ids = {k: i for k, i in s.execute(select(Fiche.key, Fiche.id).where(Fiche.key.in_(targets)))}
    store.set_links(s, row.id, draft.links, ids)
    store.write_concepts(s, row, concept_ids)
    changes.record(s, [row.key])
    s.flush()
    return store.detail(s, row)


def save_validated(s: Session, row: Fiche, draft: FicheDraft) -> FicheDetail:
    return save(s, row, draft, validated(s, draft, row.key))
