"""copies: drop the guid column, written and never read

``copies.key`` already holds the source's guid, or its link when it gives
none: the identity a source's own entries are matched by. The guid beside it
was read by nothing and took about 7 % of the copies table. A downgrade brings
the column back empty: which keys were guids is not recorded anywhere else.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 23:55:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("copies") as batch:
        batch.drop_column("guid")


def downgrade() -> None:
    with op.batch_alter_table("copies") as batch:
        batch.add_column(sa.Column("guid", sa.Text(), nullable=True))
