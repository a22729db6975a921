"""copies.lead_key: the lead's opening words, to find edited copies of a story

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 16:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("copies") as batch:
        batch.add_column(sa.Column("lead_key", sa.Text(), nullable=True))
        batch.create_index("ix_copies_lead_key", ["lead_key", "published"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("copies") as batch:
        batch.drop_index("ix_copies_lead_key")
        batch.drop_column("lead_key")
