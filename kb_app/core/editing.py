"""Fiche use cases that change the library: add, update, trash, restore, link, index, dossiers.

Each public method is one transaction, validated before anything is written: a draft is
checked against the same JSON Schema as the seed files (relaxed for work in progress), its
concept labels and link targets must exist, and index work is enqueued with the change.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import asdict
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from kb_app.core.dto import AgentDraft, FicheDetail, FicheDraft, FicheRef, LinkDraft
from kb_app.core.errors import NotFound, Problem, UserError, ValidationError
from kb_app.core.storage import fiches as store
from kb_app.core.storage.base import utcnow
from kb_app.core.storage.concepts import label_index, set_fiche_concepts
from kb_app.core.storage.models import (
    Concept,
    DossierMember,
    Fiche,
    FicheConcept,
    FicheLink,
)
from kb_app.core.storage.session import transaction
from kb_app.core.text import slugify
from kb_app.core.vocabulary import LINK_TYPES


def _as_front_matter(draft: FicheDraft, key: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": key,
        "kind": draft.kind,
        "title": draft.title,
        "lang": draft.lang,
        "concepts": list(draft.concepts),
    }
    optional = {"subtitle": draft.subtitle, "date": draft.date, "summary": draft.summary}
    data.update({k: v for k, v in optional.items() if v is not None})
    data["agents"] = [{k: v for k, v in asdict(a).items() if v is not None} for a in draft.agents]
    data["links"] = [{k: v for k, v in asdict(ln).items() if v is not None} for ln in draft.links]
    data["sources"] = [dict(s) for s in draft.sources]
    data["unverified"] = list(draft.unverified)
    if draft.details or draft.kind == "dossier":
        details = dict(draft.details)
        if draft.kind == "dossier":
            details.setdefault("members", ["placeholder-member"])
        data[draft.kind] = details
    return data


P = ParamSpec("P")
R = TypeVar("R")
W = TypeVar("W", bound="FicheWriter")


def changes_index(method: Callable[Concatenate[W, P], R]) -> Callable[Concatenate[W, P], R]:
    """Run the writer's ``_changed`` hook after the (committed) change."""

    @functools.wraps(method)
    def wrapper(self: W, *args: P.args, **kwargs: P.kwargs) -> R:
        result = method(self, *args, **kwargs)
        self._changed()
        return result

    return wrapper  # type: ignore[return-value]


class FicheWriter:
    engine: Engine

    def _changed(self) -> None:
        """Hook run after each committed change (the search side drains the outbox)."""

    def _validated(self, s: Session, draft: FicheDraft, key: str) -> list[int]:
        where = f"fiche « {key} »"
        from kb_app.core.seed.frontmatter import draft_problems  # jsonschema: on first edit

        problems = draft_problems(_as_front_matter(draft, key), where)
        index = label_index(s)
        concept_ids: list[int] = []
        for label in draft.concepts:
            ckey = index.resolve(label)
            if ckey is None:
                problems.append(Problem(where, f"unknown (or ambiguous) concept « {label} »"))
            else:
                concept_ids.append(s.scalars(select(Concept.id).where(Concept.key == ckey)).one())
        for link in draft.links:
            if link.target == key:
                problems.append(Problem(where, "a fiche cannot link to itself"))
            elif s.scalars(select(Fiche.id).where(Fiche.key == link.target)).first() is None:
                problems.append(Problem(where, f"link to unknown fiche « {link.target} »"))
        if problems:
            raise ValidationError(f"{where} cannot be saved", problems)
        return concept_ids

    def _save(
        self, s: Session, row: Fiche, draft: FicheDraft, concept_ids: list[int]
    ) -> FicheDetail:
        store.fill(row, draft)
        s.flush()
        store.set_agents(s, row.id, draft.agents)
        ids = {
            k: i
            for k, i in s.execute(
                select(Fiche.key, Fiche.id).where(Fiche.key.in_([ln.target for ln in draft.links]))
            )
        }
        store.set_links(s, row.id, draft.links, ids)
        store.write_concepts(s, row, concept_ids)
        store.enqueue(s, row.key)
        s.flush()
        return store.detail(s, row)

    @changes_index
    def add(self, draft: FicheDraft) -> FicheDetail:
        """Create a fiche; its key is given or derived from the title (made unique)."""
        with transaction(self.engine) as s:
            key = draft.key or _free_key(s, draft)
            if s.scalars(select(Fiche.id).where(Fiche.key == key)).first() is not None:
                raise ValidationError(f"the id « {key} » is already used")
            concept_ids = self._validated(s, draft, key)
            row = Fiche(key=key)
            s.add(row)
            return self._save(s, row, draft, concept_ids)

    @changes_index
    def update(self, key: str, draft: FicheDraft) -> FicheDetail:
        """Replace a fiche's fields, agents, links and concepts (its key stays)."""
        with transaction(self.engine) as s:
            row = store.get_row(s, key, include_deleted=False)
            if draft.kind != row.kind and row.kind == "dossier":
                raise UserError("a dossier cannot change kind")
            concept_ids = self._validated(s, draft, row.key)
            return self._save(s, row, draft, concept_ids)

    @changes_index
    def delete(self, key: str) -> FicheRef:
        """Move a fiche to the trash (it keeps its links and can be restored)."""
        with transaction(self.engine) as s:
            row = store.get_row(s, key, include_deleted=False)
            row.deleted_at = utcnow()
            store.enqueue(s, row.key, "delete")
            return store.ref(row)

    @changes_index
    def restore(self, key: str) -> FicheRef:
        with transaction(self.engine) as s:
            row = store.get_row(s, key)
            if row.deleted_at is None:
                raise UserError(f"« {key} » is not in the trash")
            row.deleted_at = None
            store.enqueue(s, row.key)
            return store.ref(row)

    @changes_index
    def link(self, source: str, target: str, type_: str, note: str | None = None) -> None:
        if type_ not in LINK_TYPES:
            raise ValidationError(
                f"unknown link type « {type_} » (expected {', '.join(LINK_TYPES)})"
            )
        with transaction(self.engine) as s:
            src, dst = (
                store.get_row(s, source, include_deleted=False),
                store.get_row(s, target, include_deleted=False),
            )
            if src.id == dst.id:
                raise ValidationError("a fiche cannot link to itself")
            if s.get(FicheLink, (src.id, dst.id, type_)) is None:
                s.add(FicheLink(source_id=src.id, target_id=dst.id, type=type_, note=note))
                store.enqueue(s, src.key)

    @changes_index
    def unlink(self, source: str, target: str, type_: str) -> None:
        with transaction(self.engine) as s:
            src, dst = store.get_row(s, source), store.get_row(s, target)
            found = s.get(FicheLink, (src.id, dst.id, type_))
            if found is None:
                raise NotFound(f"no {type_} link from « {source} » to « {target} »")
            s.delete(found)
            store.enqueue(s, src.key)

    @changes_index
    def index(self, key: str, labels: list[str], *, replace: bool = False) -> FicheDetail:
        """Index a fiche with concepts (added to its own, or replacing them)."""
        with transaction(self.engine) as s:
            row = store.get_row(s, key, include_deleted=False)
            index = label_index(s)
            missing = [label for label in labels if index.resolve(label) is None]
            if missing:
                raise ValidationError(f"unknown concept(s): {', '.join(missing)}")
            wanted = [
                s.scalars(select(Concept.id).where(Concept.key == index.resolve(lb))).one()
                for lb in labels
            ]
            if not replace:
                wanted = (
                    list(
                        s.scalars(
                            select(FicheConcept.concept_id).where(FicheConcept.fiche_id == row.id)
                        )
                    )
                    + wanted
                )
            set_fiche_concepts(s, row.id, wanted)
            s.flush()
            store.refresh_search_text(s, row)
            store.enqueue(s, row.key)
            return store.detail(s, row)

    @changes_index
    def unindex(self, key: str, labels: list[str]) -> FicheDetail:
        with transaction(self.engine) as s:
            row = store.get_row(s, key, include_deleted=False)
            index = label_index(s)
            drop = {index.resolve(lb) for lb in labels}
            keep = [
                cid
                for cid, ckey in s.execute(
                    select(Concept.id, Concept.key)
                    .join(FicheConcept, FicheConcept.concept_id == Concept.id)
                    .where(FicheConcept.fiche_id == row.id)
                )
                if ckey not in drop
            ]
            set_fiche_concepts(s, row.id, keep)
            s.flush()
            store.refresh_search_text(s, row)
            store.enqueue(s, row.key)
            return store.detail(s, row)

    @changes_index
    def dossier_add(self, dossier: str, key: str, position: int | None = None) -> list[FicheRef]:
        with transaction(self.engine) as s:
            d, f = _dossier(s, dossier), store.get_row(s, key, include_deleted=False)
            order = _member_ids(s, d.id)
            if f.id in order:
                order.remove(f.id)
            order.insert(
                len(order) if position is None else max(0, min(position, len(order))), f.id
            )
            store.set_members(s, d.id, order)
            store.enqueue(s, f.key)
            return list(store.detail(s, d).members)

    @changes_index
    def dossier_remove(self, dossier: str, key: str) -> list[FicheRef]:
        with transaction(self.engine) as s:
            d, f = _dossier(s, dossier), store.get_row(s, key)
            order = _member_ids(s, d.id)
            if f.id not in order:
                raise NotFound(f"« {key} » is not in the dossier « {dossier} »")
            order.remove(f.id)
            store.set_members(s, d.id, order)
            store.enqueue(s, f.key)
            return list(store.detail(s, d).members)


def _dossier(s: Session, key: str) -> Fiche:
    row = store.get_row(s, key, include_deleted=False)
    if row.kind != "dossier":
        raise UserError(f"« {key} » is not a dossier")
    return row


def _member_ids(s: Session, dossier_id: int) -> list[int]:
    stmt = select(DossierMember.fiche_id).where(DossierMember.dossier_id == dossier_id)
    return list(s.scalars(stmt.order_by(DossierMember.position)))


def key_base(draft: FicheDraft) -> str:
    """The key a new fiche gets from its kind and title (made unique by the caller)."""
    prefix = {
        "reference": "ref",
        "analysis": "ana",
        "case": "case",
        "resource": "res",
        "dossier": "dossier",
    }
    return f"{prefix.get(draft.kind, 'fiche')}-{slugify(draft.title, 60)}"


def _free_key(s: Session, draft: FicheDraft) -> str:
    base = key_base(draft)
    taken = set(s.scalars(select(Fiche.key).where(Fiche.key.like(base + "%"))))
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    return key


def draft_of_detail(f: FicheDetail) -> FicheDraft:
    """The draft that would save ``f`` unchanged (dossier members are kept apart)."""
    return FicheDraft(
        kind=f.kind,
        title=f.title,
        key=f.key,
        lang=f.lang,
        subtitle=f.subtitle,
        date=f.date,
        summary=f.summary,
        body=f.body,
        concepts=tuple(c.label for c in f.concepts),
        agents=tuple(AgentDraft(a.name, a.role, a.type, a.note) for a in f.agents),
        links=tuple(LinkDraft(ln.type, ln.fiche.key, ln.note) for ln in f.links_out),
        details=dict(f.details),
        sources=f.sources,
        unverified=f.unverified,
    )
