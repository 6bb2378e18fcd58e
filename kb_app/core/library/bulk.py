"""Changes to many fiches at once (a selection in the window): each verb is ONE transaction.

Every key is looked up first; a key that names no live fiche raises ``NotFound`` with that key
and nothing is written. Each verb returns what it really changed, so a caller can undo
exactly that (index → ``unindex_many`` of the concepts that were added, trash →
``restore_many``, dossier → ``dossier_remove_many`` of the fiches that were added...).
Queries go by chunks of keys, never one per fiche; the changed fiches are recorded in the
change log in the same transaction and the index follows after the commit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kb_app.core.errors import NotFound, UserError, ValidationError
from kb_app.core.library.context import Context
from kb_app.core.storage import changes
from kb_app.core.storage import fiches as store
from kb_app.core.storage.concepts import concept_ids_of
from kb_app.core.storage.models import BasketItem, Concept, Fiche, FicheConcept

#: Keys per ``IN (...)`` query (SQLite's default limit of host parameters is 999).
CHUNK = 900

#: ``{concept key: [fiche keys]}``: which fiches gained (or lost) which concept.
ConceptChanges = dict[str, list[str]]


class Bulk:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # -- concepts --------------------------------------------------------------------------

    def index_many(self, keys: Sequence[str], labels: Sequence[str]) -> ConceptChanges:
        """Add the concepts ``labels`` to every fiche of ``keys``; returns, per concept key,
        the fiches that did not have it yet (the others are left as they were)."""
        with self.ctx.write() as s:
            return _add_concepts(s, {label: keys for label in labels})

    def unindex_many(self, keys: Sequence[str], labels: Sequence[str]) -> ConceptChanges:
        """Remove the concepts ``labels`` from every fiche of ``keys``; returns, per concept
        key, the fiches that had it."""
        with self.ctx.write() as s:
            return _remove_concepts(s, {label: keys for label in labels})

    def index_pairs(self, wanted: Mapping[str, Sequence[str]]) -> ConceptChanges:
        """Each concept (key or label) added to its own fiches, all in ONE transaction: the
        exact reverse of an ``unindex_many`` (its result), so an undo is whole or nothing."""
        with self.ctx.write() as s:
            return _add_concepts(s, wanted)

    def unindex_pairs(self, wanted: Mapping[str, Sequence[str]]) -> ConceptChanges:
        """Each concept taken from its own fiches in ONE transaction (reverse of an
        ``index_many``)."""
        with self.ctx.write() as s:
            return _remove_concepts(s, wanted)

    # -- trash -----------------------------------------------------------------------------

    def delete_many(self, keys: Sequence[str]) -> list[str]:
        """Move every fiche of ``keys`` to the trash; returns their keys."""
        with self.ctx.write() as s:
            rows = live_rows(s, keys)
            now = self.ctx.clock()
            for row in rows:
                row.deleted_at = now
            trashed = [row.key for row in rows]
            changes.record(s, trashed, "delete")
            return trashed

    def restore_many(self, keys: Sequence[str]) -> list[str]:
        """Take every fiche of ``keys`` out of the trash (each must be in it)."""
        with self.ctx.write() as s:
            rows = _rows(s, keys, include_deleted=True)
            for row in rows:
                if row.deleted_at is None:
                    raise UserError("fiche.not_in_trash", key=row.key)
            for row in rows:
                row.deleted_at = None
            restored = [row.key for row in rows]
            changes.record(s, restored)
            return restored

    # -- dossiers --------------------------------------------------------------------------

    def dossier_add_many(self, dossier: str, keys: Sequence[str]) -> list[str]:
        """Append the fiches of ``keys`` to a dossier, in their order; returns those that were
        not members yet (members stay where they are; a dossier never contains itself)."""
        with self.ctx.write() as s:
            d = store.dossier_row(s, dossier)
            rows = live_rows(s, keys)
            members = store.member_ids(s, d.id)
            known = set(members)
            new = [row for row in rows if row.id not in known and row.id != d.id]
            store.set_members(s, d.id, members + [row.id for row in new])
            added = [row.key for row in new]
            changes.record(s, added)
            return added

    def dossier_remove_many(self, dossier: str, keys: Sequence[str]) -> list[str]:
        """Take the fiches of ``keys`` out of a dossier; returns those that were members."""
        with self.ctx.write() as s:
            d = store.dossier_row(s, dossier)
            rows = _rows(s, keys, include_deleted=True)
            members = store.member_ids(s, d.id)
            gone = {row.id for row in rows} & set(members)
            store.set_members(s, d.id, [m for m in members if m not in gone])
            removed = [row.key for row in rows if row.id in gone]
            changes.record(s, removed)
            return removed

    # -- basket ----------------------------------------------------------------------------

    def basket_add_many(self, keys: Sequence[str]) -> list[str]:
        """Put the fiches of ``keys`` at the end of the basket, in their order; returns those
        that were not in it yet."""
        with self.ctx.write() as s:
            rows = live_rows(s, keys)
            present = set(s.scalars(select(BasketItem.fiche_id)))
            top = s.scalar(select(func.max(BasketItem.position)))
            position = (top if top is not None else -1) + 1
            added = []
            for row in rows:
                if row.id not in present:
                    s.add(BasketItem(fiche_id=row.id, position=position))
                    position += 1
                    added.append(row.key)
            return added

    def basket_remove_many(self, keys: Sequence[str]) -> list[str]:
        """Take the fiches of ``keys`` out of the basket; returns those that were in it."""
        with self.ctx.write() as s:
            rows = _rows(s, keys, include_deleted=True)
            present = set(s.scalars(select(BasketItem.fiche_id)))
            gone = [row for row in rows if row.id in present]
            ids = [row.id for row in gone]
            for start in range(0, len(ids), CHUNK):
                s.execute(
                    delete(BasketItem).where(BasketItem.fiche_id.in_(ids[start : start + CHUNK]))
                )
            return [row.key for row in gone]


# -- looking fiches up by the chunk -------------------------------------------------------------


def live_rows(s: Session, keys: Sequence[str]) -> list[Fiche]:
    """The live fiches of ``keys``, in their order (each once); ``NotFound`` names the first
    key that is unknown or in the trash."""
    return _rows(s, keys, include_deleted=False)


def _rows(s: Session, keys: Sequence[str], *, include_deleted: bool) -> list[Fiche]:
    wanted = list(dict.fromkeys(keys))
    found: dict[str, Fiche] = {}
    for start in range(0, len(wanted), CHUNK):
        stmt = select(Fiche).where(Fiche.key.in_(wanted[start : start + CHUNK]))
        if not include_deleted:
            stmt = stmt.where(Fiche.deleted_at.is_(None))
        found.update((row.key, row) for row in s.scalars(stmt))
    missing = next((k for k in wanted if k not in found), None)
    if missing is not None:
        raise NotFound("fiche.not_found", key=missing)
    return [found[k] for k in wanted]


def _add_concepts(s: Session, wanted: Mapping[str, Sequence[str]]) -> ConceptChanges:
    """``{concept: fiche keys}``: add the pairs that are missing; every key and concept is
    checked before anything is written."""
    rows = {r.key: r for r in live_rows(s, [k for keys in wanted.values() for k in keys])}
    concepts = {label: _concept_keys(s, [label]) for label in wanted}
    added: ConceptChanges = {}
    done: set[tuple[int, int]] = set()
    for label, keys in wanted.items():
        ((ckey, cid),) = concepts[label].items()
        chosen = [rows[k] for k in dict.fromkeys(keys)]
        have = _pairs(s, chosen, {ckey: cid}) | done
        for row in chosen:
            if (row.id, cid) not in have:
                s.add(FicheConcept(fiche_id=row.id, concept_id=cid))
                done.add((row.id, cid))
                added.setdefault(ckey, []).append(row.key)
    _changed(s, list(rows.values()), added)
    return added


def _remove_concepts(s: Session, wanted: Mapping[str, Sequence[str]]) -> ConceptChanges:
    """``{concept: fiche keys}``: remove the pairs that exist; checked before any write."""
    rows = {r.key: r for r in live_rows(s, [k for keys in wanted.values() for k in keys])}
    concepts = {label: _concept_keys(s, [label]) for label in wanted}
    removed: ConceptChanges = {}
    for label, keys in wanted.items():
        ((ckey, cid),) = concepts[label].items()
        chosen = [rows[k] for k in dict.fromkeys(keys)]
        have = _pairs(s, chosen, {ckey: cid})
        ids = [row.id for row in chosen if (row.id, cid) in have]
        for start in range(0, len(ids), CHUNK):
            s.execute(
                delete(FicheConcept).where(
                    FicheConcept.concept_id == cid,
                    FicheConcept.fiche_id.in_(ids[start : start + CHUNK]),
                )
            )
        if ids:
            gone = removed.setdefault(ckey, [])
            gone += [row.key for row in chosen if (row.id, cid) in have and row.key not in gone]
    _changed(s, list(rows.values()), removed)
    return removed


def _concept_keys(s: Session, labels: Sequence[str]) -> dict[str, int]:
    """``{concept key: id}`` of the concepts ``labels`` name (a key, or any label)."""
    by_key = dict(s.execute(select(Concept.key, Concept.id).where(Concept.key.in_(labels))).all())
    ids, missing = concept_ids_of(s, [lb for lb in labels if lb not in by_key])
    if missing:
        raise ValidationError("fiche.unknown_concepts", labels=", ".join(missing))
    keys = dict(s.execute(select(Concept.id, Concept.key).where(Concept.id.in_(ids))).all())
    found = {**by_key, **{keys[cid]: cid for cid in ids}}
    order = [lb if lb in by_key else None for lb in labels]
    named = iter(keys[cid] for cid in ids)
    ordered = [lb if lb is not None else next(named) for lb in order]
    return {key: found[key] for key in dict.fromkeys(ordered)}


def _pairs(s: Session, rows: Sequence[Fiche], concepts: dict[str, int]) -> set[tuple[int, int]]:
    """The (fiche id, concept id) pairs that exist among these fiches and concepts."""
    ids = [row.id for row in rows]
    pairs: set[tuple[int, int]] = set()
    for start in range(0, len(ids), CHUNK):
        stmt = select(FicheConcept.fiche_id, FicheConcept.concept_id).where(
            FicheConcept.fiche_id.in_(ids[start : start + CHUNK]),
            FicheConcept.concept_id.in_(list(concepts.values())),
        )
        pairs.update((fid, cid) for fid, cid in s.execute(stmt))
    return pairs


def _changed(s: Session, rows: Sequence[Fiche], by_concept: ConceptChanges) -> None:
    """Refresh the search text of the fiches whose concepts changed, and record them."""
    keys = set().union(*by_concept.values()) if by_concept else set()
    touched = [row for row in rows if row.key in keys]
    if not touched:
        return
    s.flush()
    refresh_search_texts(s, touched)
    changes.record(s, [row.key for row in touched])


def refresh_search_texts(s: Session, rows: Sequence[Fiche]) -> None:
    """The plain-search text of each fiche, as a single change computes it (no flush of
    each new text before the next fiche's queries: one flush at the commit)."""
    with s.no_autoflush:
        for row in rows:
            store.refresh_search_text(s, row)
