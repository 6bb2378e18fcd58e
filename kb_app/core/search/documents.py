"""Index documents built from the database, in batches, with a content hash.

The hash covers everything indexed, so ``kb check`` can compare the ``(key, hash)`` sets of
the database and of the index and name every fiche that drifted.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kb_app.core.rendering.markdown import plain_text
from kb_app.core.storage.models import (
    Agent,
    Attachment,
    Concept,
    ConceptLabel,
    DossierMember,
    Fiche,
    FicheAgent,
    FicheConcept,
)

BATCH = 500
_DETAIL_TEXT = (
    "place",
    "country",
    "publisher",
    "collection",
    "event",
    "container_title",
    "outcome",
)


def _by_fiche(rows: Sequence[Any]) -> dict[int, list[str]]:
    grouped: dict[int, list[str]] = {}
    for fid, value in rows:
        if value is not None:
            grouped.setdefault(fid, []).append(str(value))
    return grouped


def _concepts(
    session: Session, ids: list[int]
) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """``(labels, keys)`` per fiche: every label (FR, EN, alternative) and concept keys."""
    stmt = (
        select(FicheConcept.fiche_id, Concept.id, Concept.key, Concept.pref_fr, Concept.pref_en)
        .join(Concept, Concept.id == FicheConcept.concept_id)
        .where(FicheConcept.fiche_id.in_(ids))
    )
    links = session.execute(stmt).all()
    concept_ids = {cid for _, cid, _, _, _ in links}
    alt = _by_fiche(
        session.execute(
            select(ConceptLabel.concept_id, ConceptLabel.label).where(
                ConceptLabel.concept_id.in_(concept_ids)
            )
        ).all()
    )
    labels: dict[int, list[str]] = {}
    keys: dict[int, list[str]] = {}
    for fid, cid, key, fr, en in sorted(links, key=lambda r: (r[0], r[2])):
        labels.setdefault(fid, []).extend([fr, en or "", *sorted(alt.get(cid, []))])
        keys.setdefault(fid, []).append(key)
    return labels, keys


def build(session: Session, fiche_ids: Sequence[int]) -> list[dict[str, Any]]:
    """Whoosh documents for live fiches among ``fiche_ids`` (deleted ones are skipped)."""
    ids = list(fiche_ids)
    fiches = session.scalars(
        select(Fiche).where(Fiche.id.in_(ids), Fiche.deleted_at.is_(None)).order_by(Fiche.id)
    ).all()
    authors = _by_fiche(
        session.execute(
            select(FicheAgent.fiche_id, Agent.name)
            .join(Agent, Agent.id == FicheAgent.agent_id)
            .where(FicheAgent.fiche_id.in_(ids))
            .order_by(FicheAgent.fiche_id, FicheAgent.position)
        ).all()
    )
    attachments = _by_fiche(
        session.execute(
            select(Attachment.fiche_id, Attachment.text).where(
                Attachment.fiche_id.in_(ids), Attachment.text.is_not(None)
            )
        ).all()
    )
    labels, keys = _concepts(session, ids)
    concept_ids = _by_fiche(
        session.execute(
            select(FicheConcept.fiche_id, FicheConcept.concept_id)
            .where(FicheConcept.fiche_id.in_(ids))
            .order_by(FicheConcept.concept_id)
        ).all()
    )
    dossiers = _by_fiche(
        session.execute(
            select(DossierMember.fiche_id, DossierMember.dossier_id)
            .where(DossierMember.fiche_id.in_(ids))
            .order_by(DossierMember.dossier_id)
        ).all()
    )
    return [_document(f, authors, attachments, labels, keys, concept_ids, dossiers) for f in fiches]


def _document(
    f: Fiche,
    authors: dict[int, list[str]],
    attachments: dict[int, list[str]],
    labels: dict[int, list[str]],
    keys: dict[int, list[str]],
    concept_ids: dict[int, list[str]],
    dossiers: dict[int, list[str]],
) -> dict[str, Any]:
    details = f.details or {}
    extra = [str(details[k]) for k in _DETAIL_TEXT if details.get(k)]
    body = "\n".join(
        p
        for p in (
            f.subtitle or "",
            f.summary or "",
            plain_text(f.body),
            *extra,
            *attachments.get(f.id, []),
        )
        if p
    )
    names = " ; ".join(authors.get(f.id, []))
    concept_text = " ; ".join(x for x in labels.get(f.id, []) if x)
    full_text = "\n".join(p for p in (f.title, names, concept_text, body) if p)
    doc: dict[str, Any] = {
        "key": f.key,
        "fid": f.id,
        "text": full_text,
        "title": f.title,
        "authors": names,
        "concepts": concept_text,
        "cids": " ".join(keys.get(f.id, [])),
        "kind": f.kind.encode(),
        "year": f.year or 0,
        "concept_ids": " ".join(concept_ids.get(f.id, [])).encode(),
        "dossier_ids": " ".join(dossiers.get(f.id, [])).encode(),
    }
    doc["hash"] = content_hash(doc)
    return doc


def content_hash(doc: dict[str, Any]) -> str:
    plain = {k: v.decode() if isinstance(v, bytes) else v for k, v in doc.items() if k != "hash"}
    payload = json.dumps(plain, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def live_ids(session: Session) -> list[int]:
    return list(
        session.scalars(select(Fiche.id).where(Fiche.deleted_at.is_(None)).order_by(Fiche.id))
    )


def batches(
    session: Session, ids: Sequence[int], size: int = BATCH
) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(ids), size):
        yield build(session, ids[start : start + size])
