"""not duplicate: pairs of fiches a librarian judged to be two works

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "not_duplicate",
        sa.Column("fiche_a_id", sa.Integer(), nullable=False),
        sa.Column("fiche_b_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("fiche_a_id < fiche_b_id", name=op.f("ck_not_duplicate_ordered")),
        sa.ForeignKeyConstraint(
            ["fiche_a_id"],
            ["fiche.id"],
            name=op.f("fk_not_duplicate_fiche_a_id_fiche"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["fiche_b_id"],
            ["fiche.id"],
            name=op.f("fk_not_duplicate_fiche_b_id_fiche"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("fiche_a_id", "fiche_b_id", name=op.f("pk_not_duplicate")),
    )
    op.create_index(
        op.f("ix_not_duplicate_fiche_b_id"), "not_duplicate", ["fiche_b_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_not_duplicate_fiche_b_id"), table_name="not_duplicate")
    op.drop_table("not_duplicate")
