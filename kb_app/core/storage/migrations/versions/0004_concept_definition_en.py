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
    # SQLite >= 3.35 drops a column in place; a batch copy of the table would trip the
    # foreign keys that point at concept.
    op.drop_column("concept", "definition_en")
