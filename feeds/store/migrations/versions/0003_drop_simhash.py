"""drop the SimHash fingerprint and its band indexes

Candidates are found by exact keys now (canonical link, text key, lead
opening); 16-bit bands matched more rows the larger the store grew.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 17:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_BANDS = ("band0", "band1", "band2", "band3")


def upgrade() -> None:
    with op.batch_alter_table("copies") as batch:
        for band in _BANDS:
            batch.drop_index(f"ix_copies_{band}")
        for column in (*_BANDS, "fingerprint"):
            batch.drop_column(column)


def downgrade() -> None:
    with op.batch_alter_table("copies") as batch:
        batch.add_column(
            sa.Column("fingerprint", sa.BigInteger(), nullable=False, server_default="0")
        )
        for band in _BANDS:
            batch.add_column(sa.Column(band, sa.Integer(), nullable=False, server_default="0"))
            batch.create_index(f"ix_copies_{band}", [band, "published"], unique=False)
