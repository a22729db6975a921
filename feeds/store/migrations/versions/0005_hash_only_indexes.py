"""copies: index the text and lead hashes alone, without the publication time

A 64-bit hash with the time beside it made an index entry of some 45 bytes on
SQLite (the time is text there), three times one of the hash alone; and a
batch of new stories dirties a page of each hash index per story, so the
bigger entries cost as many more pages written per transaction (a cold poll of
5,000 feeds: 6.1 -> 5.1 GB written, 10 % less time in the store). The time was
no filter worth having: a feed's entries span days, and the window around them
more, so the range matched nearly every copy of a hash anyway; candidates are
few, and the time is checked on their rows.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 17:20:00
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_INDEXES = {"ix_copies_text_hash": "text_hash", "ix_copies_lead_hash": "lead_hash"}


def upgrade() -> None:
    for name, column in _INDEXES.items():
        op.drop_index(name, table_name="copies")
        op.create_index(name, "copies", [column])


def downgrade() -> None:
    for name, column in _INDEXES.items():
        op.drop_index(name, table_name="copies")
        op.create_index(name, "copies", [column, "published"])
