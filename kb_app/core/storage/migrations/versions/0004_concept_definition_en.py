"""concept.definition_en: a concept's English definition (skos:definition @en)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("concept", sa.Column("definition_en", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("concept") as batch:
        batch.drop_column("definition_en")
