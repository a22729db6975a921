r"""Tables, as SQLAlchemy Core ``Table``\s; Alembic migrations in ``migrations/`` follow them.

A *story* is one row of ``entries``: what is published, with its stable
``uid``. Each time a source carries it, that is a row of ``copies`` (the
source's guid/link and the keys dedupe matches on), so a story reached from
three feeds under three URLs is one entry with three copies. Categories are
kept per copy, and an entry is in the union of its copies' categories.

Core tables rather than ORM classes: the store reads and writes rows, never
objects, and declaring six mapped classes (with the ORM's import) cost a fifth of
a second at every start of ``feeds poll`` and of each worker process.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    text,
)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in and out, on SQLite (naive text) and PostgreSQL (timestamptz)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime given to the store: {value!r}")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        stored: datetime = value
        return stored.replace(tzinfo=UTC) if stored.tzinfo is None else stored.astimezone(UTC)


metadata = MetaData()


def _required(name: str, kind: Any, *args: Any, **kwargs: Any) -> Column[Any]:
    """A NOT NULL column (nullable is the default of ``Column``)."""
    return Column(name, kind, *args, nullable=False, **kwargs)


SOURCES = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
    _required("name", String(200), unique=True),
    _required("config_url", Text),  # as written in the YAML (resolved)
    _required("url", Text),  # polled now; differs after a permanent redirect
    _required("priority", Integer, default=0),
    _required("active", Boolean, default=True),  # still in the config
    Column("etag", Text),
    Column("last_modified", Text),
    Column("body_hash", String(64)),
    Column("last_fetch", UTCDateTime),
    Column("last_success", UTCDateTime),
    Column("last_unconditional", UTCDateTime),
    Column("last_status", Integer),
    Column("last_error", Text),
    Column("last_warning", Text),
    _required("error_count", Integer, default=0),
    _required("next_due", UTCDateTime, index=True),
    Column("claimed_until", UTCDateTime),
    Column("claimed_by", String(200)),
    Column("disabled_reason", Text),
    Column("redirect_candidate", Text),
)

ENTRIES = Table(
    "entries",
    metadata,
    Column("id", Integer, primary_key=True),
    _required("uid", String(64), unique=True),  # public id, never changes
    _required("title", Text),
    Column("link", Text),
    _required("summary", Text),
    _required("content", Text),
    Column("author", Text),
    Column("image", Text),
    _required("published", UTCDateTime, index=True),
    _required("updated", UTCDateTime),
    _required("first_seen", UTCDateTime),
)

#: One source's copy of a story.
#:
#: Candidates are looked up by 64-bit hashes of the keys dedupe matches on, not
#: by the keys themselves: indexes of the texts (a folded title and lead is some
#: 300 bytes) were a tenth of the database and most of the pages every new
#: story dirtied. A hash collision only adds a candidate that ``dedupe``, which
#: compares the texts, turns down. The indexes hold the hash alone: the
#: publication time beside it tripled their size on SQLite and filtered out
#: almost nothing (migration 0005). Text and lead hashes share one index, the
#: lead's first: copies with one text key have one lead opening, so the lead
#: lookup finds them, and the text hash is needed only where the opening is too
#: short or too common to look up (migration 0006).
COPIES = Table(
    "copies",
    metadata,
    Column("id", Integer, primary_key=True),
    _required("entry_id", Integer, ForeignKey("entries.id", ondelete="CASCADE"), index=True),
    _required("source_id", Integer, ForeignKey("sources.id", ondelete="CASCADE")),
    _required("key", Text),  # guid, or link when the source gives no guid
    Column("link", Text),
    Column("canonical_link", Text),
    _required("title", Text),
    _required("text_key", Text),
    Column("lead_key", Text),
    Column("link_hash", BigInteger),  # of canonical_link
    Column("text_hash", BigInteger),  # of text_key
    Column("lead_hash", BigInteger),  # of lead_key
    _required("content_hash", String(64)),
    _required("published", UTCDateTime),
    _required("first_seen", UTCDateTime),
    _required("primary", Boolean, default=False),  # gives the entry its text
    Column("rule", String(20)),  # how it joined: None (first), link, ...
    # An undated copy (its date is the time it was first seen) that its source's last
    # parsed document still lists: retention keeps its story, which would otherwise come
    # back as new the next time the source lists it (``feeds.retention``).
    _required("listed", Boolean, default=False, server_default=false()),
    UniqueConstraint("source_id", "key", name="uq_copies_source_key"),
    Index("ix_copies_link_hash", "link_hash"),
    Index("ix_copies_lead_text", "lead_hash", "text_hash"),
    Index(
        "ix_copies_listed",
        "source_id",
        sqlite_where=text("listed"),
        postgresql_where=text("listed"),
    ),
)

#: Category titles by slug.
CATEGORIES = Table(
    "categories",
    metadata,
    Column("slug", String(64), primary_key=True),
    _required("title", Text),
)

#: The categories of each copy; an entry is in the union of its copies'.
ENTRY_CATEGORIES = Table(
    "entry_categories",
    metadata,
    Column("copy_id", Integer, ForeignKey("copies.id", ondelete="CASCADE"), primary_key=True),
    Column("slug", String(64), primary_key=True),
    _required("entry_id", Integer, ForeignKey("entries.id", ondelete="CASCADE"), index=True),
    Index("ix_entry_categories_slug", "slug", "entry_id"),
)

#: Small counters; ``revision`` grows whenever published content may have changed.
META = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    _required("value", BigInteger),
)
