"""Thesaurus maintenance: rename, merge, move, delete and relate concepts.

The session-level functions validate everything before the first write and never commit;
the ``ThesaurusMaintenance`` mixin runs each of them in one transaction, then calls the
``_changed`` hook so the search index catches up. Concept labels are indexed with the
fiches: an operation that changes a concept's labels re-indexes the fiches using it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from kb_app.core.dto import DeleteSummary, MergeSummary
from kb_app.core.errors import NotFound, Problem, ValidationError
from kb_app.core.storage.concept_views import find
from kb_app.core.storage.concepts import broader_edges, children, concept_ref
from kb_app.core.storage.models import (
    Concept,
    ConceptBroader,
    ConceptGroupMember,
    ConceptLabel,
    ConceptRelated,
    Fiche,
    FicheConcept,
    HistoryEntry,
)
from kb_app.core.text import fold
from kb_app.core.thesaurus.graph import descendants, find_cycle
from kb_app.core.thesaurus.ops import reindex_fiches_of

MAX_LABEL = 300  # the width of the label columns


# -- labels --------------------------------------------------------------------------------


def _key(label: str) -> str:
    return fold(label).strip()


def label_owners(session: Session) -> dict[str, set[int]]:
    """``{folded label: {ids of the concepts using it}}``, every kind of label included."""
    owners: dict[str, set[int]] = {}
    for cid, fr, en in session.execute(select(Concept.id, Concept.pref_fr, Concept.pref_en)):
        for label in (fr, en):
            if label:
                owners.setdefault(_key(label), set()).add(cid)
    for cid, label in session.execute(select(ConceptLabel.concept_id, ConceptLabel.label)):
        owners.setdefault(_key(label), set()).add(cid)
    return owners


def _checked_label(session: Session, label: str, owners: dict[str, set[int]], own: int) -> str:
    label = label.strip()
    if len(label) > MAX_LABEL:
        raise ValidationError("concept.label_too_long", limit=MAX_LABEL)
    others = owners.get(_key(label), set()) - {own}
    if others:
        other = session.get(Concept, min(others))
        name = other.pref_fr if other is not None else "?"
        raise ValidationError("concept.label_used_by_concept", label=label, concept=name)
    return label


def _own_labels(session: Session, concept_id: int) -> list[ConceptLabel]:
    stmt = select(ConceptLabel).where(ConceptLabel.concept_id == concept_id)
    return list(session.scalars(stmt))


def rename_concept(
    session: Session,
    key: str,
    new_label_fr: str,
    new_label_en: str | None = None,
    *,
    keep_old_as_alt: bool = True,
) -> Concept:
    """Give a concept new preferred labels; the old ones become alternative labels.

    ``new_label_en`` None keeps the English label, a blank one removes it. A label another
    concept already uses (as any kind of label) is refused.
    """
    concept = find(session, key)
    owners = label_owners(session)
    label = _checked_label(session, new_label_fr, owners, concept.id)
    if not label:
        raise ValidationError("concept.french_label_needed")
    label_en = concept.pref_en
    if new_label_en is not None:
        label_en = _checked_label(session, new_label_en, owners, concept.id) or None
    old = [(concept.pref_fr, "fr"), (concept.pref_en, "en")]
    prefs = {_key(label)} | ({_key(label_en)} if label_en else set())
    existing = _own_labels(session, concept.id)
    for row in existing:  # an alternative label promoted to preferred is no longer an alt
        if _key(row.label) in prefs:
            session.delete(row)
    taken = prefs | {_key(r.label) for r in existing}
    concept.pref_fr, concept.pref_en = label, label_en
    session.flush()
    for old_label, lang in old if keep_old_as_alt else ():
        if not old_label or _key(old_label) in taken:
            continue
        if not owners[_key(old_label)] - {concept.id}:  # another concept's label: skipped
            session.add(ConceptLabel(concept_id=concept.id, label=old_label, lang=lang, kind="alt"))
            taken.add(_key(old_label))
    session.flush()
    reindex_fiches_of(session, concept.id)
    return concept


# -- merge ---------------------------------------------------------------------------------


def _labels_of(session: Session, concept: Concept) -> list[tuple[str, str, str]]:
    """``(label, lang, kind)`` of every label of ``concept``, preferred ones as alternative."""
    rows = [(concept.pref_fr, "fr", "alt")]
    if concept.pref_en:
        rows.append((concept.pref_en, "en", "alt"))
    rows += [(r.label, r.lang or "fr", r.kind) for r in _own_labels(session, concept.id)]
    return rows


def _move_labels(
    session: Session, source: Concept, target: Concept
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    owners = label_owners(session)
    added: list[str] = []
    skipped: list[str] = []
    for label, lang, kind in _labels_of(session, source):
        others = owners.get(_key(label), set()) - {source.id}
        if target.id in others:
            continue  # the target already answers to it
        if others:
            skipped.append(label)
            continue
        session.add(ConceptLabel(concept_id=target.id, label=label, lang=lang, kind=kind))
        owners.setdefault(_key(label), set()).add(target.id)
        added.append(label)
    return tuple(added), tuple(skipped)


def _move_fiches(session: Session, source_id: int, target_id: int) -> tuple[int, int]:
    def fiches(cid: int) -> set[int]:
        stmt = select(FicheConcept.fiche_id).where(FicheConcept.concept_id == cid)
        return set(session.scalars(stmt))

    moved, already = fiches(source_id), fiches(target_id)
    session.execute(delete(FicheConcept).where(FicheConcept.concept_id == source_id))
    session.add_all(FicheConcept(fiche_id=f, concept_id=target_id) for f in sorted(moved - already))
    return len(moved), len(moved & already)


def _remapped(pairs: Iterable[tuple[int, int]], old: int, new: int) -> set[tuple[int, int]]:
    """The pairs with ``old`` replaced by ``new``, without self-loops."""
    result = {(new if a == old else a, new if b == old else b) for a, b in pairs}
    return {(a, b) for a, b in result if a != b}


def _move_edges(session: Session, source_id: int, target_id: int) -> None:
    cb, cr = ConceptBroader, ConceptRelated
    involved = or_(cb.narrower_id == source_id, cb.broader_id == source_id)
    edges = session.execute(select(cb.narrower_id, cb.broader_id).where(involved)).all()
    new_edges = _remapped(edges, source_id, target_id) - set(broader_edges(session))
    session.execute(delete(cb).where(involved))
    session.add_all(cb(narrower_id=n, broader_id=b) for n, b in sorted(new_edges))
    involved = or_(cr.a_id == source_id, cr.b_id == source_id)
    pairs = session.execute(select(cr.a_id, cr.b_id).where(involved)).all()
    existing = {(a, b) for a, b in session.execute(select(cr.a_id, cr.b_id))}
    new_pairs = {(min(p), max(p)) for p in _remapped(pairs, source_id, target_id)} - existing
    session.execute(delete(cr).where(involved))
    session.add_all(cr(a_id=a, b_id=b) for a, b in sorted(new_pairs))


def _move_groups(session: Session, source_id: int, target_id: int) -> None:
    def groups(cid: int) -> set[int]:
        stmt = select(ConceptGroupMember.group_id).where(ConceptGroupMember.concept_id == cid)
        return set(session.scalars(stmt))

    new = groups(source_id) - groups(target_id)
    session.add_all(ConceptGroupMember(group_id=g, concept_id=target_id) for g in sorted(new))


def _cycle_text(session: Session, cycle: Sequence[int]) -> str:
    labels = dict(session.execute(select(Concept.id, Concept.pref_fr)).all())
    return " → ".join(f"« {labels.get(c, c)} »" for c in cycle)


def merge_concepts(session: Session, source_key: str, target_key: str) -> MergeSummary:
    """Fold ``source`` into ``target`` (fiches, labels, links, groups), then delete it."""
    source, target = find(session, source_key), find(session, target_key)
    if source.id == target.id:
        raise ValidationError("concept.merge_itself", name=source.pref_fr)
    cycle = find_cycle(_remapped(broader_edges(session), source.id, target.id))
    if cycle:
        if target.id in cycle:  # start the sentence at the target (it is in any new cycle)
            at = cycle.index(target.id)
            cycle = [*cycle[at:-1], *cycle[:at], target.id]
        raise ValidationError(
            "concept.merge_cycle",
            source=source.pref_fr,
            target=target.pref_fr,
            cycle=_cycle_text(session, cycle),
        )
    source_ref, target_ref = concept_ref(source), concept_ref(target)
    added, skipped = _move_labels(session, source, target)
    moved, already = _move_fiches(session, source.id, target.id)
    _move_edges(session, source.id, target.id)
    _move_groups(session, source.id, target.id)
    history = update(HistoryEntry).where(HistoryEntry.concept_id == source.id)
    session.execute(history.values(concept_id=target.id))
    target.definition = target.definition or source.definition
    target.definition_en = target.definition_en or source.definition_en
    target.scope_note = target.scope_note or source.scope_note
    target.sources = list(dict.fromkeys([*(target.sources or []), *(source.sources or [])]))
    session.flush()
    session.delete(source)
    session.flush()
    reindex_fiches_of(session, target.id)
    return MergeSummary(source_ref, target_ref, moved, already, added, skipped)


# -- move, delete ------------------------------------------------------------------------


def _path_up(start: int, goal: int, edges: Iterable[tuple[int, int]]) -> list[int]:
    """The broader chain from ``start`` up to ``goal`` (breadth first), both included."""
    parents: dict[int, list[int]] = {}
    for n, b in edges:
        parents.setdefault(n, []).append(b)
    came: dict[int, int] = {start: start}
    queue = [start]
    for node in queue:
        if node == goal:
            break
        for b in sorted(parents.get(node, ())):
            if b not in came:
                came[b] = node
                queue.append(b)
    path = [goal]
    while path[-1] != start and path[-1] in came:
        path.append(came[path[-1]])
    return path[::-1]


def _resolve_all(session: Session, keys: Sequence[str], name: str) -> list[Concept]:
    """The concepts ``keys`` name, for a change to the concept ``name``."""
    found: list[Concept] = []
    problems: list[Problem] = []
    where = f"concept « {name} »"
    for key in dict.fromkeys(keys):
        try:
            concept = find(session, key)
        except NotFound as exc:  # the lookup's own code and parameters, located
            problems.append(Problem(where, exc.code, None, exc.params))
            continue
        if concept not in found:
            found.append(concept)
    if problems:
        raise ValidationError("concept.cannot_change", problems, name=name)
    return found


def move_concept(session: Session, key: str, new_broader_keys: Sequence[str]) -> Concept:
    """Replace a concept's broader concepts; an empty list makes it a top concept."""
    concept = find(session, key)
    parents = _resolve_all(session, new_broader_keys, concept.pref_fr)
    below = descendants(concept.id, children(session))
    for parent in parents:
        if parent.id == concept.id:
            raise ValidationError("concept.own_broader", name=concept.pref_fr)
        if parent.id in below:
            path = _path_up(parent.id, concept.id, broader_edges(session))
            raise ValidationError(
                "concept.under_narrower",
                name=concept.pref_fr,
                narrower=parent.pref_fr,
                cycle=_cycle_text(session, [concept.id, *path]),
            )
    stmt = select(ConceptBroader.broader_id).where(ConceptBroader.narrower_id == concept.id)
    if set(session.scalars(stmt)) != {p.id for p in parents}:
        session.execute(delete(ConceptBroader).where(ConceptBroader.narrower_id == concept.id))
        session.add_all(ConceptBroader(narrower_id=concept.id, broader_id=p.id) for p in parents)
        session.flush()
    return concept


def delete_concept(session: Session, key: str) -> DeleteSummary:
    """Delete an unused concept; its narrower concepts move under its broader ones."""
    concept = find(session, key)
    rows = session.execute(
        select(Fiche.deleted_at.is_(None), func.count())
        .join(FicheConcept, FicheConcept.fiche_id == Fiche.id)
        .where(FicheConcept.concept_id == concept.id)
        .group_by(Fiche.deleted_at.is_(None))
    )
    counts = {bool(live): int(n) for live, n in rows}
    total = sum(counts.values())
    if total:
        if counts.get(False):
            raise ValidationError(
                "concept.in_use_trash", name=concept.pref_fr, count=total, trashed=counts[False]
            )
        raise ValidationError("concept.in_use", name=concept.pref_fr, count=total)
    edges = set(broader_edges(session))
    parents = sorted(b for n, b in edges if n == concept.id)
    kids = sorted(n for n, b in edges if b == concept.id)
    new = {(k, p) for k in kids for p in parents} - edges
    summary = DeleteSummary(
        concept_ref(concept),
        tuple(sorted(session.scalars(select(Concept.key).where(Concept.id.in_(kids))))),
    )
    session.delete(concept)
    session.flush()
    session.add_all(ConceptBroader(narrower_id=k, broader_id=p) for k, p in sorted(new))
    session.flush()
    return summary
