"""copies: one index of (lead hash, text hash) instead of one of each

Copies with the same text key (folded title and first words of the lead) open
with the same lead, so the lead lookup already finds them: the text hash is
looked up only beside an opening too short to have a lead key (NULL) or too
common to look up (a stock phrase), and there the pair is the key. Each new
copy then dirties a page of two random-key indexes instead of three (a cold
poll of 5,000 feeds: 4.2 -> 4.0 GB written, about 9 % less time; see
bench/README.md).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 01:10:00
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_copies_text_hash", table_name="copies")
    op.drop_index("ix_copies_lead_hash", table_name="copies")
    op.create_index("ix_copies_lead_text", "copies", ["lead_hash", "text_hash"])


def downgrade() -> None:
    op.drop_index("ix_copies_lead_text", table_name="copies")
    op.create_index("ix_copies_text_hash", "copies", ["text_hash"])
    op.create_index("ix_copies_lead_hash", "copies", ["lead_hash"])
