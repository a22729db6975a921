"""copies: ``listed``, undated copies their source still lists

An entry without a date is dated when first seen. Retention deleted such a
story ``max_age`` after that even while its feed still listed it, and the
next poll then stored it again as new. ``listed`` marks the undated copies in
their source's last parsed document, which retention keeps; a partial index
holds only those, so clearing them at each parse is one probe per source.
Copies stored before this migration start unmarked: an undated one is marked
again at its source's next parse.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 12:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "copies", sa.Column("listed", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.create_index(
        "ix_copies_listed",
        "copies",
        ["source_id"],
        sqlite_where=sa.text("listed"),
        postgresql_where=sa.text("listed"),
    )


def downgrade() -> None:
    op.drop_index("ix_copies_listed", table_name="copies")
    with op.batch_alter_table("copies") as batch:
        batch.drop_column("listed")
