"""copies: look candidates up by 64-bit hashes of their keys, not by the keys

The indexes of canonical_link, text_key and lead_key are replaced by indexes of
their hashes (the texts stay, dedupe compares them): the text_key index alone
was a tenth of the database, and every new story dirtied a page of each.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from feeds.store import key_hash

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_KEYS = {"link_hash": "canonical_link", "text_hash": "text_key", "lead_hash": "lead_key"}
_BATCH = 10000


def upgrade() -> None:
    for column in _KEYS:
        op.add_column("copies", sa.Column(column, sa.BigInteger(), nullable=True))
    conn = op.get_bind()
    copies = sa.table("copies", sa.column("id"), *(sa.column(c) for c in (*_KEYS, *_KEYS.values())))
    fill = (
        sa.update(copies)
        .where(copies.c.id == sa.bindparam("row"))
        .values({c: sa.bindparam(c) for c in _KEYS})
    )
    last = 0
    while True:
        rows = conn.execute(
            sa.select(copies.c.id, *(copies.c[k] for k in _KEYS.values()))
            .where(copies.c.id > last)
            .order_by(copies.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            break
        conn.execute(
            fill,
            [
                {"row": row.id, **{c: key_hash(getattr(row, k)) for c, k in _KEYS.items()}}
                for row in rows
            ],
        )
        last = rows[-1].id
    op.drop_index("ix_copies_canonical_link", table_name="copies")
    op.drop_index("ix_copies_text_key", table_name="copies")
    op.drop_index("ix_copies_lead_key", table_name="copies")
    op.create_index("ix_copies_link_hash", "copies", ["link_hash"])
    op.create_index("ix_copies_text_hash", "copies", ["text_hash", "published"])
    op.create_index("ix_copies_lead_hash", "copies", ["lead_hash", "published"])


def downgrade() -> None:
    op.drop_index("ix_copies_lead_hash", table_name="copies")
    op.drop_index("ix_copies_text_hash", table_name="copies")
    op.drop_index("ix_copies_link_hash", table_name="copies")
    op.create_index("ix_copies_canonical_link", "copies", ["canonical_link"])
    op.create_index("ix_copies_text_key", "copies", ["text_key", "published"])
    op.create_index("ix_copies_lead_key", "copies", ["lead_key", "published"])
    with op.batch_alter_table("copies") as batch:
        for column in _KEYS:
            batch.drop_column(column)
