"""Duplicates on demand and merging two fiches field by field.

``merge_fields`` lists every field of both fiches side by side (what the merge dialog
shows); ``merge`` keeps one fiche, takes each field from the side the caller chose, and moves
everything attached to the other one: concepts, links in both directions, dossier places,
attachments, basket, history and personal notes. The other fiche goes to the trash (it can
be restored), marked with the key it was merged into. One transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, aliased

from kb_app.core.dto import (
    DuplicatePair,
    FicheDetail,
    FicheDraft,
    LikelyDuplicate,
    MergeField,
    draft_of_detail,
)
from kb_app.core.errors import UserError, ValidationError
from kb_app.core.interchange.duplicates import find_duplicates, likely_of
from kb_app.core.library.context import Context
from kb_app.core.library.drafts import save_validated
from kb_app.core.storage import changes
from kb_app.core.storage import fiches as store
from kb_app.core.storage.models import (
    Attachment,
    BasketItem,
    DossierMember,
    Fiche,
    FicheConcept,
    FicheLink,
    HistoryEntry,
    NotDuplicate,
    PersonalNote,
)

TOP_FIELDS = ("title", "subtitle", "date", "lang", "summary", "body", "agents")


def _fields(a: FicheDraft, b: FicheDraft) -> list[MergeField]:
    out = [MergeField(n, getattr(a, n), getattr(b, n)) for n in TOP_FIELDS]
    names = list(dict.fromkeys([*a.details, *b.details]))
    out += [MergeField(f"details.{n}", a.details.get(n), b.details.get(n)) for n in names]
    return out


def _merged(a: FicheDraft, b: FicheDraft, choices: Mapping[str, str]) -> FicheDraft:
    values: dict[str, Any] = {}
    details: dict[str, Any] = {}
    for f in _fields(a, b):
        side = choices.get(f.name, f.default)
        if side not in ("a", "b"):
            raise ValidationError("merge.bad_choice", field=f.name)
        value = f.value_a if side == "a" else f.value_b
        if f.name.startswith("details."):
            if value is not None:
                details[f.name[8:]] = value
        else:
            values[f.name] = value
    concepts = tuple(dict.fromkeys(a.concepts + b.concepts))
    return replace(a, **values, details=details, concepts=concepts, links=())


class Merging:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def duplicates(self) -> list[DuplicatePair]:
        """Pairs of live references that are or look like the same work (those judged to be
        two works by ``not_duplicate`` left out)."""
        with self.ctx.read() as s:
            return find_duplicates(s, _dismissed(s))

    def not_duplicate(self, key_a: str, key_b: str) -> None:
        """Record that two fiches are two works: ``duplicates`` no longer lists the pair."""
        with self.ctx.write() as s:
            a, b = _pair(s, key_a, key_b)
            low, high = sorted((a.id, b.id))
            if s.get(NotDuplicate, (low, high)) is None:
                s.add(NotDuplicate(fiche_a_id=low, fiche_b_id=high))

    def likely_duplicates(self, draft: FicheDraft, key: str | None = None) -> list[LikelyDuplicate]:
        """The references a draft (a fiche being typed; ``key`` when it already exists) is
        identical to or looks like, best first: what the fiche editor says before saving."""
        if draft.kind != "reference" or not draft.title.strip():
            return []
        with self.ctx.read() as s:
            found = likely_of(s, draft, exclude=key)
        return [LikelyDuplicate(m.key, m.title, m.reason, m.score, m.certain) for m in found]

    def merge_fields(self, key_a: str, key_b: str) -> list[MergeField]:
        with self.ctx.read() as s:
            a, b = _pair(s, key_a, key_b)
            return _fields(_draft(s, a), _draft(s, b))

    def merge(self, keep: str, other: str, choices: Mapping[str, str] | None = None) -> FicheDetail:
        """Merge ``other`` into ``keep``; ``choices`` maps field names to "a" (keep) or "b"."""
        with self.ctx.write() as s:
            a, b = _pair(s, keep, other)
            draft = _merged(_draft(s, a), _draft(s, b), choices or {})
            _move_relations(s, a.id, b.id)
            s.flush()
            links = tuple(draft_of_detail(store.detail(s, a)).links)
            draft = replace(draft, links=links)
            save_validated(s, a, draft)
            b.deleted_at = self.ctx.clock()
            extra = dict((b.details or {}).get("extra") or {})
            extra["merged-into"] = a.key
            b.details = (
                {**(b.details or {}), "extra": extra} if b.kind == "reference" else b.details
            )
            changes.record(s, [b.key], "delete")
            return store.detail(s, a)


def _dismissed(s: Session) -> list[frozenset[str]]:
    a, b = aliased(Fiche), aliased(Fiche)
    rows = s.execute(
        select(a.key, b.key)
        .select_from(NotDuplicate)
        .join(a, a.id == NotDuplicate.fiche_a_id)
        .join(b, b.id == NotDuplicate.fiche_b_id)
    )
    return [frozenset(row) for row in rows]


def _pair(s: Session, key_a: str, key_b: str) -> tuple[Fiche, Fiche]:
    a = store.get_row(s, key_a, include_deleted=False)
    b = store.get_row(s, key_b, include_deleted=False)
    if a.id == b.id:
        raise UserError("merge.itself")
    if a.kind != b.kind:
        raise UserError("merge.kinds_differ", a=a.key, kind_a=a.kind, b=b.key, kind_b=b.kind)
    return a, b


def _draft(s: Session, row: Fiche) -> FicheDraft:
    return draft_of_detail(store.detail(s, row))


def _move_relations(s: Session, keep: int, other: int) -> None:
    """Re-point everything attached to ``other`` to ``keep``, without duplicates."""
    have = set(s.scalars(select(FicheConcept.concept_id).where(FicheConcept.fiche_id == keep)))
    s.execute(
        delete(FicheConcept).where(
            FicheConcept.fiche_id == other, FicheConcept.concept_id.in_(have)
        )
    )
    s.execute(update(FicheConcept).where(FicheConcept.fiche_id == other).values(fiche_id=keep))
    _move_links(s, keep, other)
    _move_unique(s, DossierMember, DossierMember.dossier_id, keep, other)
    keep_hashes = select(Attachment.sha256).where(Attachment.fiche_id == keep)
    s.execute(
        delete(Attachment).where(Attachment.fiche_id == other, Attachment.sha256.in_(keep_hashes))
    )
    s.execute(update(Attachment).where(Attachment.fiche_id == other).values(fiche_id=keep))
    if s.get(BasketItem, keep) is not None:
        s.execute(delete(BasketItem).where(BasketItem.fiche_id == other))
    else:
        s.execute(update(BasketItem).where(BasketItem.fiche_id == other).values(fiche_id=keep))
    s.execute(update(HistoryEntry).where(HistoryEntry.fiche_id == other).values(fiche_id=keep))
    _move_note(s, keep, other)


def _move_links(s: Session, keep: int, other: int) -> None:
    rows = s.execute(
        select(FicheLink.source_id, FicheLink.target_id, FicheLink.type, FicheLink.note).where(
            (FicheLink.source_id == other) | (FicheLink.target_id == other)
        )
    ).all()
    s.execute(
        delete(FicheLink).where((FicheLink.source_id == other) | (FicheLink.target_id == other))
    )
    s.flush()
    for src, dst, type_, note in rows:
        src, dst = (keep if src == other else src), (keep if dst == other else dst)
        if src != dst and s.get(FicheLink, (src, dst, type_)) is None:
            s.add(FicheLink(source_id=src, target_id=dst, type=type_, note=note))
            s.flush()


def _move_unique(s: Session, model: Any, group_col: Any, keep: int, other: int) -> None:
    groups_with_keep = select(group_col).where(model.fiche_id == keep)
    s.execute(delete(model).where(model.fiche_id == other, group_col.in_(groups_with_keep)))
    s.execute(update(model).where(model.fiche_id == other).values(fiche_id=keep))


def _move_note(s: Session, keep: int, other: int) -> None:
    theirs = s.scalars(select(PersonalNote).where(PersonalNote.fiche_id == other)).first()
    if theirs is None:
        return
    mine = s.scalars(select(PersonalNote).where(PersonalNote.fiche_id == keep)).first()
    if mine is None:
        theirs.fiche_id = keep
    else:
        mine.body = f"{mine.body}\n\n{theirs.body}"
        s.delete(theirs)
