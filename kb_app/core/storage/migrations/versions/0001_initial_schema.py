"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("type IN ('person', 'organisation')", name=op.f("ck_agent_type")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agent")),
        sa.UniqueConstraint("name", "type", name="name_type"),
        sa.UniqueConstraint("uid", name=op.f("uq_agent_uid")),
    )
    op.create_table(
        "concept",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("uri", sa.String(length=500), nullable=True),
        sa.Column("pref_fr", sa.String(length=300), nullable=False),
        sa.Column("pref_en", sa.String(length=300), nullable=True),
        sa.Column("definition", sa.Text(), nullable=True),
        sa.Column("scope_note", sa.Text(), nullable=True),
        sa.Column("sources", sa.JSON(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_concept")),
        sa.UniqueConstraint("key", name=op.f("uq_concept_key")),
        sa.UniqueConstraint("pref_fr", name=op.f("uq_concept_pref_fr")),
        sa.UniqueConstraint("uid", name=op.f("uq_concept_uid")),
        sa.UniqueConstraint("uri", name=op.f("uq_concept_uri")),
    )
    op.create_table(
        "concept_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("label_fr", sa.String(length=300), nullable=False),
        sa.Column("label_en", sa.String(length=300), nullable=True),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_concept_group")),
        sa.UniqueConstraint("key", name=op.f("uq_concept_group_key")),
        sa.UniqueConstraint("uid", name=op.f("uq_concept_group_uid")),
    )
    op.create_table(
        "fiche",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("subtitle", sa.String(length=1000), nullable=True),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("sources", sa.JSON(), nullable=False),
        sa.Column("unverified", sa.JSON(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind IN ('reference', 'analysis', 'case', 'resource', 'dossier')",
            name=op.f("ck_fiche_kind"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fiche")),
        sa.UniqueConstraint("key", name=op.f("uq_fiche_key")),
        sa.UniqueConstraint("uid", name=op.f("uq_fiche_uid")),
    )
    with op.batch_alter_table("fiche", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fiche_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index("ix_fiche_kind_title", ["kind", "title"], unique=False)
        batch_op.create_index(batch_op.f("ix_fiche_year"), ["year"], unique=False)

    op.create_table(
        "index_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fiche_key", sa.String(length=120), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("enqueued_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("op IN ('upsert', 'delete')", name=op.f("ck_index_outbox_op")),
        sa.CheckConstraint(
            "state IN ('pending', 'in_progress')", name=op.f("ck_index_outbox_state")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_index_outbox")),
    )
    with op.batch_alter_table("index_outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_index_outbox_fiche_key"), ["fiche_key"], unique=False)

    op.create_table(
        "saved_search",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_search")),
        sa.UniqueConstraint("name", name=op.f("uq_saved_search_name")),
        sa.UniqueConstraint("uid", name=op.f("uq_saved_search_uid")),
    )
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fiche_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("original_name", sa.String(length=1000), nullable=False),
        sa.Column("media_type", sa.String(length=200), nullable=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["fiche_id"],
            ["fiche.id"],
            name=op.f("fk_attachment_fiche_id_fiche"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
        sa.UniqueConstraint("fiche_id", "sha256", name="fiche_sha256"),
        sa.UniqueConstraint("uid", name=op.f("uq_attachment_uid")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_fiche_id"), ["fiche_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_sha256"), ["sha256"], unique=False)

    op.create_table(
        "basket_item",
        sa.Column("fiche_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["fiche_id"],
            ["fiche.id"],
            name=op.f("fk_basket_item_fiche_id_fiche"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("fiche_id", name=op.f("pk_basket_item")),
    )
    op.create_table(
        "concept_broader",
        sa.Column("narrower_id", sa.Integer(), nullable=False),
        sa.Column("broader_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("narrower_id <> broader_id", name=op.f("ck_concept_broader_not_self")),
        sa.ForeignKeyConstraint(
            ["broader_id"],
            ["concept.id"],
            name=op.f("fk_concept_broader_broader_id_concept"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["narrower_id"],
            ["concept.id"],
            name=op.f("fk_concept_broader_narrower_id_concept"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("narrower_id", "broader_id", name=op.f("pk_concept_broader")),
    )
    with op.batch_alter_table("concept_broader", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_concept_broader_broader_id"), ["broader_id"], unique=False
        )

    op.create_table(
        "concept_group_member",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("concept_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["concept_id"],
            ["concept.id"],
            name=op.f("fk_concept_group_member_concept_id_concept"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["concept_group.id"],
            name=op.f("fk_concept_group_member_group_id_concept_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("group_id", "concept_id", name=op.f("pk_concept_group_member")),
    )
    with op.batch_alter_table("concept_group_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_concept_group_member_concept_id"), ["concept_id"], unique=False
        )

    op.create_table(
        "concept_label",
        sa.Column("concept_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('alt', 'hidden')", name=op.f("ck_concept_label_kind")),
        sa.ForeignKeyConstraint(
            ["concept_id"],
            ["concept.id"],
            name=op.f("fk_concept_label_concept_id_concept"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("concept_id", "label", "lang", name=op.f("pk_concept_label")),
    )
    op.create_table(
        "concept_related",
        sa.Column("a_id", sa.Integer(), nullable=False),
        sa.Column("b_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("a_id < b_id", name=op.f("ck_concept_related_ordered")),
        sa.ForeignKeyConstraint(
            ["a_id"],
            ["concept.id"],
            name=op.f("fk_concept_related_a_id_concept"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["b_id"],
            ["concept.id"],
            name=op.f("fk_concept_related_b_id_concept"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("a_id", "b_id", name=op.f("pk_concept_related")),
    )
    with op.batch_alter_table("concept_related", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_concept_related_b_id"), ["b_id"], unique=False)

    op.create_table(
        "dossier_member",
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("fiche_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["dossier_id"],
            ["fiche.id"],
            name=op.f("fk_dossier_member_dossier_id_fiche"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["fiche_id"],
            ["fiche.id"],
            name=op.f("fk_dossier_member_fiche_id_fiche"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("dossier_id", "fiche_id", name=op.f("pk_dossier_member")),
    )
    with op.batch_alter_table("dossier_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dossier_member_fiche_id"), ["fiche_id"], unique=False)

    op.create_table(
        "fiche_agent",
        sa.Column("fiche_id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "role IN ('author', 'editor', 'publisher', 'translator', 'contributor', 'actor', 'organiser', 'funder', 'rapporteur')",
            name=op.f("ck_fiche_agent_role"),
        ),
        sa.ForeignKeyConstraint(
            ["agent_id"],
            ["agent.id"],
            name=op.f("fk_fiche_agent_agent_id_agent"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["fiche_id"],
            ["fiche.id"],
            name=op.f("fk_fiche_agent_fiche_id_fiche"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("fiche_id", "agent_id", "role", name=op.f("pk_fiche_agent")),
    )
    with op.batch_alter_table("fiche_agent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fiche_agent_agent_id"), ["agent_id"], unique=False)

    op.create_table(
        "fiche_concept",
        sa.Column("fiche_id", sa.Integer(), nullable=False),
        sa.Column("concept_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["concept_id"],
            ["concept.id"],
            name=op.f("fk_fiche_concept_concept_id_concept"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["fiche_id"],
            ["fiche.id"],
            name=op.f("fk_fiche_concept_fiche_id_fiche"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("fiche_id", "concept_id", name=op.f("pk_fiche_concept")),
    )
    with op.batch_alter_table("fiche_concept", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_fiche_concept_concept_id"), ["concept_id"], unique=False
        )

    op.create_table(
        "fiche_link",
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "type IN ('cites', 'analyses', 'illustrates', 'related')",
            name=op.f("ck_fiche_link_type"),
        ),
        sa.CheckConstraint("source_id <> target_id", name=op.f("ck_fiche_link_not_self")),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["fiche.id"],
            name=op.f("fk_fiche_link_source_id_fiche"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["fiche.id"],
            name=op.f("fk_fiche_link_target_id_fiche"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("source_id", "target_id", "type", name=op.f("pk_fiche_link")),
    )
    with op.batch_alter_table("fiche_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fiche_link_target_id"), ["target_id"], unique=False)

    op.create_table(
        "history_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fiche_id", sa.Integer(), nullable=True),
        sa.Column("concept_id", sa.Integer(), nullable=True),
        sa.Column("visited_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(fiche_id IS NULL) <> (concept_id IS NULL)",
            name=op.f("ck_history_entry_fiche_xor_concept"),
        ),
        sa.ForeignKeyConstraint(
            ["concept_id"],
            ["concept.id"],
            name=op.f("fk_history_entry_concept_id_concept"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["fiche_id"],
            ["fiche.id"],
            name=op.f("fk_history_entry_fiche_id_fiche"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_history_entry")),
    )
    with op.batch_alter_table("history_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_history_entry_visited_at"), ["visited_at"], unique=False
        )

    op.create_table(
        "personal_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fiche_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["fiche_id"],
            ["fiche.id"],
            name=op.f("fk_personal_note_fiche_id_fiche"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_personal_note")),
        sa.UniqueConstraint("fiche_id", name=op.f("uq_personal_note_fiche_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_personal_note_uid")),
    )


def downgrade() -> None:
    op.drop_table("personal_note")
    with op.batch_alter_table("history_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_history_entry_visited_at"))

    op.drop_table("history_entry")
    with op.batch_alter_table("fiche_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fiche_link_target_id"))

    op.drop_table("fiche_link")
    with op.batch_alter_table("fiche_concept", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fiche_concept_concept_id"))

    op.drop_table("fiche_concept")
    with op.batch_alter_table("fiche_agent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fiche_agent_agent_id"))

    op.drop_table("fiche_agent")
    with op.batch_alter_table("dossier_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dossier_member_fiche_id"))

    op.drop_table("dossier_member")
    with op.batch_alter_table("concept_related", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_concept_related_b_id"))

    op.drop_table("concept_related")
    op.drop_table("concept_label")
    with op.batch_alter_table("concept_group_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_concept_group_member_concept_id"))

    op.drop_table("concept_group_member")
    with op.batch_alter_table("concept_broader", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_concept_broader_broader_id"))

    op.drop_table("concept_broader")
    op.drop_table("basket_item")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_sha256"))
        batch_op.drop_index(batch_op.f("ix_attachment_fiche_id"))

    op.drop_table("attachment")
    op.drop_table("saved_search")
    with op.batch_alter_table("index_outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_index_outbox_fiche_key"))

    op.drop_table("index_outbox")
    with op.batch_alter_table("fiche", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fiche_year"))
        batch_op.drop_index("ix_fiche_kind_title")
        batch_op.drop_index(batch_op.f("ix_fiche_deleted_at"))

    op.drop_table("fiche")
    op.drop_table("concept_group")
    op.drop_table("concept")
    op.drop_table("agent")
