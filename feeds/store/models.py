"""Tables. Typed SQLAlchemy 2 models; Alembic migrations in ``migrations/`` follow them.

A *story* is one row of ``entries``: what is published, with its stable
``uid``. Each time a source carries it, that is a row of ``copies`` (the
source's guid/link and the keys dedupe matches on), so a story reached from
three feeds under three URLs is one entry with three copies. Categories are
kept per copy, and an entry is in the union of its copies' categories.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


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


class Base(DeclarativeBase):
    pass


class SourceRow(Base):
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    config_url: Mapped[str] = mapped_column(Text)  #: as written in the YAML (resolved)
    url: Mapped[str] = mapped_column(Text)  #: polled now; differs after a permanent redirect
    priority: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)  #: still in the config
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    body_hash: Mapped[str | None] = mapped_column(String(64))
    last_fetch: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_success: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_unconditional: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_status: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_warning: Mapped[str | None] = mapped_column(Text)
    error_count: Mapped[int] = mapped_column(Integer, default=0)
    next_due: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(200))
    disabled_reason: Mapped[str | None] = mapped_column(Text)
    redirect_candidate: Mapped[str | None] = mapped_column(Text)


class EntryRow(Base):
    __tablename__ = "entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)  #: public id, never changes
    title: Mapped[str] = mapped_column(Text)
    link: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text)
    content: Mapped[str] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    image: Mapped[str | None] = mapped_column(Text)
    published: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    updated: Mapped[datetime] = mapped_column(UTCDateTime)
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime)


class CopyRow(Base):
    """One source's copy of a story.

    Candidates are looked up by 64-bit hashes of the keys dedupe matches on, not
    by the keys themselves: indexes of the texts (a folded title and lead is some
    300 bytes) were a tenth of the database and most of the pages every new
    story dirtied. A hash collision only adds a candidate that ``dedupe``, which
    compares the texts, turns down. The indexes hold the hash alone: the
    publication time beside it tripled their size on SQLite and filtered out
    almost nothing (migration 0005). Text and lead hashes share one index, the
    lead's first: copies with one text key have one lead opening, so the lead
    lookup finds them, and the text hash is needed only where the opening is too
    short or too common to look up (migration 0006).
    """

    __tablename__ = "copies"
    __table_args__ = (
        UniqueConstraint("source_id", "key", name="uq_copies_source_key"),
        Index("ix_copies_link_hash", "link_hash"),
        Index("ix_copies_lead_text", "lead_hash", "text_hash"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(Text)  #: guid, or link when the source gives no guid
    guid: Mapped[str | None] = mapped_column(Text)
    link: Mapped[str | None] = mapped_column(Text)
    canonical_link: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    text_key: Mapped[str] = mapped_column(Text)
    lead_key: Mapped[str | None] = mapped_column(Text)
    link_hash: Mapped[int | None] = mapped_column(BigInteger)  #: of canonical_link
    text_hash: Mapped[int | None] = mapped_column(BigInteger)  #: of text_key
    lead_hash: Mapped[int | None] = mapped_column(BigInteger)  #: of lead_key
    content_hash: Mapped[str] = mapped_column(String(64))
    published: Mapped[datetime] = mapped_column(UTCDateTime)
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime)
    primary: Mapped[bool] = mapped_column(Boolean, default=False)  #: gives the entry its text
    rule: Mapped[str | None] = mapped_column(String(20))  #: how it joined: None (first), link, ...


class CategoryRow(Base):
    __tablename__ = "categories"

    slug: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(Text)


class EntryCategoryRow(Base):
    __tablename__ = "entry_categories"
    __table_args__ = (Index("ix_entry_categories_slug", "slug", "entry_id"),)

    copy_id: Mapped[int] = mapped_column(
        ForeignKey("copies.id", ondelete="CASCADE"), primary_key=True
    )
    slug: Mapped[str] = mapped_column(String(64), primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), index=True)


class MetaRow(Base):
    """Small counters; ``revision`` grows whenever published content may have changed."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)
