"""Fiche use cases: read, add, update, trash, restore, link, index, dossiers, render.

Each change is one transaction, validated before anything is written (``drafts``); the
change is recorded in the same transaction and the index follows after the commit.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from kb_app.core.dto import FicheDetail, FicheDraft, FicheRef, draft_of_detail
from kb_app.core.errors import NotFound, UserError, ValidationError
from kb_app.core.library.context import Context
from kb_app.core.library.drafts import free_key, save, validated
from kb_app.core.rendering import reading_list
from kb_app.core.storage import changes
from kb_app.core.storage import fiches as store
from kb_app.core.storage.concepts import concept_ids_of, label_index, set_fiche_concepts
from kb_app.core.storage.models import Concept, Fiche, FicheConcept, FicheLink
from kb_app.core.vocabulary import LINK_TYPES


class Fiches:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # -- reading ---------------------------------------------------------------------------

    def get(self, key: str | int) -> FicheDetail:
        with self.ctx.read() as s:
            return store.detail(s, store.get_row(s, key))

    def list_fiches(
        self,
        kind: str | None = None,
        *,
        deleted: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[FicheRef]:
        with self.ctx.read() as s:
            stmt = select(Fiche).where(
                Fiche.deleted_at.is_not(None) if deleted else Fiche.deleted_at.is_(None)
            )
            if kind:
                stmt = stmt.where(Fiche.kind == kind)
            stmt = stmt.order_by(Fiche.kind, Fiche.title).offset(offset).limit(limit)
            return [store.ref(f) for f in s.scalars(stmt)]

    def trash(self) -> list[FicheRef]:
        return self.list_fiches(deleted=True)

    def draft(self, key: str) -> FicheDraft:
        """The editable form of a fiche (for an edit form, or to undo a change)."""
        return draft_of_detail(self.get(key))

    def render_body(self, key: str) -> str:
        """HTML of a fiche's body with its wikilinks resolved to ``kb:`` URLs."""
        from kb_app.core.rendering.markdown import render_html

        with self.ctx.read() as s:
            body = store.get_row(s, key).body
            labels = label_index(s)
            keys = set(s.scalars(select(Fiche.key).where(Fiche.deleted_at.is_(None))))

        def resolve(target: str) -> str | None:
            if target in keys:
                return f"kb:fiche/{target}"
            concept = labels.resolve(target)
            return f"kb:concept/{concept}" if concept else None

        return render_html(body, resolve)

    def reading_list(self, keys: Sequence[str], fmt: str = "markdown", title: str = "") -> str:
        """The given fiches as a reading list: ``markdown`` or standalone ``html``."""
        fiches = [self.get(k) for k in keys]
        heading = title or "Liste de lecture"
        if fmt == "html":
            return reading_list.html_document(heading, fiches)
        if fmt == "markdown":
            return reading_list.markdown(heading, fiches)
        raise ValidationError("fiche.reading_list_format", format=fmt)

    # -- changing ----------------------------------------------------------------------------

    def add(self, draft: FicheDraft) -> FicheDetail:
        """Create a fiche; its key is given or derived from the title (made unique)."""
        with self.ctx.write() as s:
            key = draft.key or free_key(s, draft)
            if s.scalars(select(Fiche.id).where(Fiche.key == key)).first() is not None:
                raise ValidationError("fiche.id_taken", key=key)
            concept_ids = validated(s, draft, key)
            row = Fiche(key=key)
            s.add(row)
            return save(s, row, draft, concept_ids)

    def update(self, key: str, draft: FicheDraft) -> FicheDetail:
        """Replace a fiche's fields, agents, links and concepts (its key stays)."""
        with self.ctx.write() as s:
            row = store.get_row(s, key, include_deleted=False)
            if draft.kind != row.kind and row.kind == "dossier":
                raise UserError("fiche.dossier_kind")
            return save(s, row, draft, validated(s, draft, row.key))

    def delete(self, key: str) -> FicheRef:
        """Move a fiche to the trash (it keeps its links and can be restored)."""
        with self.ctx.write() as s:
            row = store.get_row(s, key, include_deleted=False)
            row.deleted_at = self.ctx.clock()
            changes.record(s, [row.key], "delete")
            return store.ref(row)

    def restore(self, key: str) -> FicheRef:
        with self.ctx.write() as s:
            row = store.get_row(s, key)
            if row.deleted_at is None:
                raise UserError("fiche.not_in_trash", key=key)
            row.deleted_at = None
            changes.record(s, [row.key])
            return store.ref(row)

    def link(self, source: str, target: str, type_: str, note: str | None = None) -> None:
        if type_ not in LINK_TYPES:
            raise ValidationError("link.unknown_type", type=type_, known=", ".join(LINK_TYPES))
        with self.ctx.write() as s:
            src, dst = (
                store.get_row(s, source, include_deleted=False),
                store.get_row(s, target, include_deleted=False),
            )
            if src.id == dst.id:
                raise ValidationError("link.to_itself")
            if s.get(FicheLink, (src.id, dst.id, type_)) is None:
                s.add(FicheLink(source_id=src.id, target_id=dst.id, type=type_, note=note))
                changes.record(s, [src.key])

    def unlink(self, source: str, target: str, type_: str) -> None:
        with self.ctx.write() as s:
            src, dst = store.get_row(s, source), store.get_row(s, target)
            found = s.get(FicheLink, (src.id, dst.id, type_))
            if found is None:
                raise NotFound("link.not_found", type=type_, source=source, target=target)
            s.delete(found)
            changes.record(s, [src.key])

    def index(self, key: str, labels: list[str], *, replace: bool = False) -> FicheDetail:
        """Index a fiche with concepts (added to its own, or replacing them)."""
        with self.ctx.write() as s:
            row = store.get_row(s, key, include_deleted=False)
            wanted, missing = concept_ids_of(s, labels)
            if missing:
                raise ValidationError("fiche.unknown_concepts", labels=", ".join(missing))
            if not replace:
                wanted = _concept_ids(s, row.id) + wanted
            return _set_concepts(s, row, wanted)

    def unindex(self, key: str, labels: list[str]) -> FicheDetail:
        with self.ctx.write() as s:
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
            return _set_concepts(s, row, keep)

    def dossier_add(self, dossier: str, key: str, position: int | None = None) -> list[FicheRef]:
        with self.ctx.write() as s:
            d, f = store.dossier_row(s, dossier), store.get_row(s, key, include_deleted=False)
            order = store.member_ids(s, d.id)
            if f.id in order:
                order.remove(f.id)
            where = len(order) if position is None else max(0, min(position, len(order)))
            order.insert(where, f.id)
            return _set_members(s, d, f, order)

    def dossier_remove(self, dossier: str, key: str) -> list[FicheRef]:
        with self.ctx.write() as s:
            d, f = store.dossier_row(s, dossier), store.get_row(s, key)
            order = store.member_ids(s, d.id)
            if f.id not in order:
                raise NotFound("dossier.not_member", key=key, dossier=dossier)
            order.remove(f.id)
            return _set_members(s, d, f, order)


def _concept_ids(s: Session, fiche_id: int) -> list[int]:
    stmt = select(FicheConcept.concept_id).where(FicheConcept.fiche_id == fiche_id)
    return list(s.scalars(stmt))


def _set_concepts(s: Session, row: Fiche, concept_ids: list[int]) -> FicheDetail:
    set_fiche_concepts(s, row.id, concept_ids)
    s.flush()
    store.refresh_search_text(s, row)
    changes.record(s, [row.key])
    return store.detail(s, row)


def _set_members(s: Session, dossier: Fiche, member: Fiche, order: list[int]) -> list[FicheRef]:
    store.set_members(s, dossier.id, order)
    changes.record(s, [member.key])
    return list(store.detail(s, dossier).members)
