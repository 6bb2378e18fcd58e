"""ORM entities of the whole domain (DESIGN.md): fiches, agents, concepts, links, personal state.

Kind-specific fields (a reference's publisher, a case's place and period, a dossier's
organisation...) live in the ``details`` JSON column, validated by the core against
``schema/fiche-front-matter.schema.json``; columns are kept for what is filtered or sorted.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from kb_app.core.storage.base import Base, HasUid, Timestamped, utcnow
from kb_app.core.vocabulary import AGENT_ROLES, FICHE_KINDS, LINK_TYPES


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Fiche(Base, HasUid, Timestamped):
    __tablename__ = "fiche"
    __table_args__ = (
        CheckConstraint(_in("kind", FICHE_KINDS), name="kind"),
        Index("ix_fiche_kind_title", "kind", "title"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(500))
    subtitle: Mapped[str | None] = mapped_column(String(1000))
    lang: Mapped[str] = mapped_column(String(8), default="fr")
    date: Mapped[str | None] = mapped_column(String(10))
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    summary: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    sources: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    unverified: Mapped[list[str]] = mapped_column(JSON, default=list)
    search_text: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)


class Agent(Base, HasUid, Timestamped):
    __tablename__ = "agent"
    __table_args__ = (
        UniqueConstraint("name", "type", name="name_type"),
        CheckConstraint("type IN ('person', 'organisation')", name="type"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    type: Mapped[str] = mapped_column(String(16), default="person")


class FicheAgent(Base, Timestamped):
    __tablename__ = "fiche_agent"
    __table_args__ = (CheckConstraint(_in("role", AGENT_ROLES), name="role"),)

    fiche_id: Mapped[int] = mapped_column(
        ForeignKey("fiche.id", ondelete="CASCADE"), primary_key=True
    )
    agent_id: Mapped[int] = mapped_column(
        ForeignKey("agent.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(String(16), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str | None] = mapped_column(Text)


class Concept(Base, HasUid, Timestamped):
    __tablename__ = "concept"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    uri: Mapped[str | None] = mapped_column(String(500), unique=True)
    pref_fr: Mapped[str] = mapped_column(String(300), unique=True)
    pref_en: Mapped[str | None] = mapped_column(String(300))
    definition: Mapped[str | None] = mapped_column(Text)
    definition_en: Mapped[str | None] = mapped_column(Text)  # the English definition, if any
    scope_note: Mapped[str | None] = mapped_column(Text)
    sources: Mapped[list[str]] = mapped_column(JSON, default=list)


class ConceptLabel(Base, Timestamped):
    """Alternative and hidden labels (the preferred ones are columns of ``concept``)."""

    __tablename__ = "concept_label"
    __table_args__ = (CheckConstraint("kind IN ('alt', 'hidden')", name="kind"),)

    concept_id: Mapped[int] = mapped_column(
        ForeignKey("concept.id", ondelete="CASCADE"), primary_key=True
    )
    label: Mapped[str] = mapped_column(String(300), primary_key=True)
    lang: Mapped[str] = mapped_column(String(8), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8), default="alt")


class ConceptBroader(Base, Timestamped):
    """``narrower_id`` skos:broader ``broader_id``; the graph is kept acyclic by the core."""

    __tablename__ = "concept_broader"
    __table_args__ = (CheckConstraint("narrower_id <> broader_id", name="not_self"),)

    narrower_id: Mapped[int] = mapped_column(
        ForeignKey("concept.id", ondelete="CASCADE"), primary_key=True
    )
    broader_id: Mapped[int] = mapped_column(
        ForeignKey("concept.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ConceptRelated(Base, Timestamped):
    """Symmetric skos:related, stored once with ``a_id < b_id``."""

    __tablename__ = "concept_related"
    __table_args__ = (CheckConstraint("a_id < b_id", name="ordered"),)

    a_id: Mapped[int] = mapped_column(
        ForeignKey("concept.id", ondelete="CASCADE"), primary_key=True
    )
    b_id: Mapped[int] = mapped_column(
        ForeignKey("concept.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ConceptGroup(Base, HasUid, Timestamped):
    """A facet of the thesaurus (skos:Collection), e.g. « Types d'acteurs »."""

    __tablename__ = "concept_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    label_fr: Mapped[str] = mapped_column(String(300))
    label_en: Mapped[str | None] = mapped_column(String(300))


class ConceptGroupMember(Base, Timestamped):
    __tablename__ = "concept_group_member"

    group_id: Mapped[int] = mapped_column(
        ForeignKey("concept_group.id", ondelete="CASCADE"), primary_key=True
    )
    concept_id: Mapped[int] = mapped_column(
        ForeignKey("concept.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class FicheConcept(Base, Timestamped):
    """Indexing of a fiche with a descriptor."""

    __tablename__ = "fiche_concept"

    fiche_id: Mapped[int] = mapped_column(
        ForeignKey("fiche.id", ondelete="CASCADE"), primary_key=True
    )
    concept_id: Mapped[int] = mapped_column(
        ForeignKey("concept.id", ondelete="RESTRICT"), primary_key=True, index=True
    )


class FicheLink(Base, Timestamped):
    """Typed fiche-to-fiche link (cites, analyses, illustrates, related)."""

    __tablename__ = "fiche_link"
    __table_args__ = (
        CheckConstraint(_in("type", LINK_TYPES), name="type"),
        CheckConstraint("source_id <> target_id", name="not_self"),
    )

    source_id: Mapped[int] = mapped_column(
        ForeignKey("fiche.id", ondelete="CASCADE"), primary_key=True
    )
    target_id: Mapped[int] = mapped_column(
        ForeignKey("fiche.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    type: Mapped[str] = mapped_column(String(16), primary_key=True)
    note: Mapped[str | None] = mapped_column(Text)


class DossierMember(Base, Timestamped):
    """Ordered membership of a fiche in a dossier (the ``part_of`` link)."""

    __tablename__ = "dossier_member"

    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("fiche.id", ondelete="CASCADE"), primary_key=True
    )
    fiche_id: Mapped[int] = mapped_column(
        ForeignKey("fiche.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer)


class Attachment(Base, HasUid, Timestamped):
    """A file stored by content hash inside the library; the original name is kept here."""

    __tablename__ = "attachment"
    __table_args__ = (UniqueConstraint("fiche_id", "sha256", name="fiche_sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    fiche_id: Mapped[int] = mapped_column(ForeignKey("fiche.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    original_name: Mapped[str] = mapped_column(String(1000))
    media_type: Mapped[str | None] = mapped_column(String(200))
    size: Mapped[int] = mapped_column(Integer)
    text: Mapped[str | None] = mapped_column(Text)


class NotDuplicate(Base, Timestamped):
    """Two fiches a librarian judged to be two works: never listed as duplicates again.
    The pair is stored once, lower fiche id first."""

    __tablename__ = "not_duplicate"
    __table_args__ = (CheckConstraint("fiche_a_id < fiche_b_id", name="ordered"),)

    fiche_a_id: Mapped[int] = mapped_column(
        ForeignKey("fiche.id", ondelete="CASCADE"), primary_key=True
    )
    fiche_b_id: Mapped[int] = mapped_column(
        ForeignKey("fiche.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class BasketItem(Base, Timestamped):
    __tablename__ = "basket_item"

    fiche_id: Mapped[int] = mapped_column(
        ForeignKey("fiche.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer)


class HistoryEntry(Base, Timestamped):
    __tablename__ = "history_entry"
    __table_args__ = (
        CheckConstraint("(fiche_id IS NULL) <> (concept_id IS NULL)", name="fiche_xor_concept"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    fiche_id: Mapped[int | None] = mapped_column(ForeignKey("fiche.id", ondelete="CASCADE"))
    concept_id: Mapped[int | None] = mapped_column(ForeignKey("concept.id", ondelete="CASCADE"))
    visited_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, index=True
    )


class SavedSearch(Base, HasUid, Timestamped):
    __tablename__ = "saved_search"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    query: Mapped[str] = mapped_column(Text)


class PersonalNote(Base, HasUid, Timestamped):
    """A reader's own note on a fiche (one per fiche)."""

    __tablename__ = "personal_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    fiche_id: Mapped[int] = mapped_column(ForeignKey("fiche.id", ondelete="CASCADE"), unique=True)
    body: Mapped[str] = mapped_column(Text)


class IndexOutbox(Base):
    """Index work enqueued in the same transaction as the change (calibre's dirtied queue)."""

    __tablename__ = "index_outbox"
    __table_args__ = (
        CheckConstraint("op IN ('upsert', 'delete')", name="op"),
        CheckConstraint("state IN ('pending', 'in_progress')", name="state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    fiche_key: Mapped[str] = mapped_column(String(120), index=True)
    op: Mapped[str] = mapped_column(String(8))
    state: Mapped[str] = mapped_column(String(12), default="pending")
    enqueued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class LibraryInfo(Base, Timestamped):
    """Facts about the library itself, e.g. its ``uid`` (the index manifest names it)."""

    __tablename__ = "library_info"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
