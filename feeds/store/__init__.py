"""The store: the only module that knows SQL.

SQLite (WAL mode) by default; PostgreSQL for several workers on one or many
hosts. Workers coordinate through the database alone:

* ``claim_due`` hands each due source to exactly one worker (PostgreSQL:
  ``FOR UPDATE SKIP LOCKED``; SQLite: one writer at a time) with a lease, so
  a worker killed mid-poll only delays its sources until the lease ends;
* ``ingest`` runs dedupe's decision inside the transaction that applies it,
  after locking the keys it matches on, so two workers never both insert the
  same story.

Every write is one transaction: a crash loses at most the source in flight,
never half of it.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import threading
import uuid
from array import array
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Connection,
    Dialect,
    Engine,
    Row,
    create_engine,
    delete,
    event,
    exists,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from feeds.errors import StoreError
from feeds.model import (
    Action,
    Candidate,
    Decision,
    Entry,
    SourceState,
    StoredEntry,
    StoreSummary,
)
from feeds.store.models import (
    CATEGORIES,
    COPIES,
    ENTRIES,
    ENTRY_CATEGORIES,
    META,
    SOURCES,
    UTCDateTime,
)

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

__all__ = ["Counts", "SourceConfig", "Store", "Write", "key_hash"]

log = logging.getLogger("feeds.store")
_MIGRATIONS = Path(__file__).with_name("migrations")
_INGEST_LOCK = 7201  #: advisory lock key held by the one ingesting transaction
#: the SQLite log size past which the checkpointer truncates it (``_Checkpointer``)
_LOG_LIMIT = 64 * 2**20
_BUSY_TIMEOUT_MS = 30_000  #: how long SQLite retries a locked database
_TRUNCATE_WAIT_MS = 100  #: how long truncating the log waits for an older reader
#: The newest migration in ``migrations/versions`` (a test checks they agree).
SCHEMA_HEAD = "0008"
_MIGRATE_LOCK = 7202
_SYNC_LOCK = 7203  #: held by the transaction bringing sources in line with a config
_PURGE_CHUNK = 500  #: stories deleted per write transaction (``Store.purge``)
#: Sources the service polls: still in the config and not disabled.
_POLLED = SOURCES.c.active & SOURCES.c.disabled_reason.is_(None)


@dataclass(frozen=True, slots=True)
class SourceConfig:
    """What the store keeps of a configured source."""

    name: str
    url: str
    priority: int = 0


@dataclass(slots=True)
class Counts:
    """What one ingest did."""

    new: int = 0
    updated: int = 0
    duplicate: int = 0
    unchanged: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.new or self.updated or self.duplicate)


Decider = Callable[[Sequence[Candidate]], list[Decision]]


@dataclass(frozen=True, slots=True)
class Write:
    """One source's poll to store: its entries, judged by ``decide`` against the stored
    copies, then its fetch outcome. A poll that stored nothing (304, an error) has no
    entries."""

    source_id: int
    #: ``sources`` columns to set; writing them (even none) releases the claim. None: the
    #: source row is left as it is.
    fields: Mapping[str, Any] | None
    entries: Sequence[Entry] = ()
    decide: Decider | None = None
    #: the time of the poll that parsed the entries (None: nothing parsed, e.g. a 304):
    #: first-seen time of new ones, and the date of those the document gives none
    now: datetime | None = None
    window: timedelta = timedelta(0)  #: how far apart in time copies of one story may be


#: Copies in a new PostgreSQL store at which it gathers statistics (``_first_statistics``).
_FIRST_STATISTICS_AT = 1000
#: Whether anything ever analysed the copies, and how many there are, counted up to ``:n``.
_STATISTICS_STATE = text(
    "SELECT EXISTS (SELECT 1 FROM pg_stat_user_tables WHERE relname = 'copies' "
    "AND (last_analyze IS NOT NULL OR last_autoanalyze IS NOT NULL)), "
    "(SELECT count(*) FROM (SELECT 1 FROM copies LIMIT :n) AS c)"
)


class Store:
    """A database of sources, stories and their copies. Thread-safe; one per process."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self._writer: contextlib.AbstractContextManager[Any] = contextlib.nullcontext()
        self._checkpointer: _Checkpointer | None = None
        self._statistics_checked = self.dialect != "postgresql"
        if self.dialect == "sqlite":
            database = engine.url.database
            on_disk = database and database != ":memory:" and not database.startswith("file:")
            self._writer = _WriterQueue(Path(f"{database}.lock") if on_disk else None)
            if on_disk:
                self._checkpointer = _Checkpointer(engine, self._writer, _LOG_LIMIT)

    # --- opening ----------------------------------------------------------------------------

    @classmethod
    def open(cls, url: str, *, migrate: bool = True) -> Store:
        """Connect, create a SQLite file's folder, and bring the schema to the newest version."""
        parsed = make_url(url)
        kwargs: dict[str, Any] = {}
        if parsed.get_backend_name() == "sqlite":
            database = parsed.database
            if database and database != ":memory:" and not database.startswith("file:"):
                Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"timeout": 30, "check_same_thread": False}
        else:
            kwargs.update(pool_pre_ping=True, pool_size=10, max_overflow=20)
        try:
            engine = create_engine(url, **kwargs)
        except (SQLAlchemyError, ImportError, ValueError) as exc:
            raise StoreError(f"cannot use database {parsed!r}: {exc}") from exc
        if engine.dialect.name == "sqlite":
            _sqlite_setup(engine)
        store = cls(engine)
        if migrate:
            store.migrate()
        return store

    def migrate(self, revision: str = SCHEMA_HEAD) -> None:
        """Upgrade to the newest schema (or to an older ``revision``, as an earlier release
        left its stores: the upgrade tests start there); on PostgreSQL one worker at a time.

        A store already there is left alone without asking Alembic, whose import and
        script scan were a tenth of a warm poll.
        """
        try:
            with self.engine.connect() as conn:
                current = conn.scalar(text("SELECT version_num FROM alembic_version"))
        except SQLAlchemyError:  # a new database
            current = None
        if current == revision:
            return
        cfg = alembic_config()  # first: it quiets Alembic's logger before Alembic loads
        from alembic import command  # slow to import; only needed here

        try:
            with self.engine.connect() as conn, _foreign_keys_off(conn), conn.begin():
                self._lock(conn, _MIGRATE_LOCK)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                if self.dialect == "sqlite":
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:  # the transaction is rolled back: the store stays as it was
                        raise StoreError(f"foreign keys broken after migrating: {broken[:5]}")
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot migrate {self.engine.url!r}: {exc}") from exc

    def close(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.stop()
        self.engine.dispose()

    # --- sources ----------------------------------------------------------------------------

    def sync_sources(
        self,
        sources: Sequence[SourceConfig],
        categories: Iterable[tuple[str, str]],
        *,
        first_due: Callable[[str], datetime],
    ) -> None:
        """Make the stored sources and categories match the config.

        A source gone from the config is kept (its stories stay published) but
        no longer polled; a changed URL resets the fetch state. Workers started
        together on one PostgreSQL sync one after the other: each would otherwise
        insert the new sources, and all but the first fail on their names.
        """
        stored: dict[str, Any] = {}
        with self._write_connection() as conn:
            self._lock(conn, _SYNC_LOCK)
            for row in conn.execute(
                select(SOURCES.c.id, SOURCES.c.name, SOURCES.c.config_url).add_columns(
                    SOURCES.c.priority, SOURCES.c.active
                )
            ):
                stored[row.name] = row
            new: list[dict[str, Any]] = []
            for source in sources:
                row = stored.pop(source.name, None)
                if row is None:
                    new.append(
                        {
                            "name": source.name,
                            "config_url": source.url,
                            "url": source.url,
                            "priority": source.priority,
                            "active": True,
                            "error_count": 0,
                            "next_due": first_due(source.name),
                        }
                    )
                    continue
                changes: dict[str, Any] = {}
                if (row.priority, row.active) != (source.priority, True):
                    changes.update(priority=source.priority, active=True)
                if row.config_url != source.url:
                    changes.update(config_url=source.url, url=source.url, error_count=0)
                    changes.update(dict.fromkeys(_FETCH_STATE))
                if changes:
                    conn.execute(update(SOURCES).where(SOURCES.c.id == row.id).values(changes))
            if new:
                conn.execute(insert(SOURCES), new)
            gone = [row.id for row in stored.values() if row.active]
            if gone:
                conn.execute(update(SOURCES).where(SOURCES.c.id.in_(gone)).values(active=False))
            wanted = dict(categories)
            titles = select(CATEGORIES.c.slug, CATEGORIES.c.title)
            for slug, title in conn.execute(titles):
                if slug in wanted and wanted[slug] != title:
                    conn.execute(
                        update(CATEGORIES)
                        .where(CATEGORIES.c.slug == slug)
                        .values(title=wanted[slug])
                    )
                wanted.pop(slug, None)
            if wanted:
                conn.execute(
                    insert(CATEGORIES), [{"slug": s, "title": t} for s, t in wanted.items()]
                )

    def claim_due(
        self,
        now: datetime,
        *,
        limit: int,
        lease: timedelta,
        worker: str,
        names: Sequence[str] | None = None,
    ) -> list[SourceState]:
        """Take up to ``limit`` due sources for this worker until ``now + lease``.

        With ``names``, those sources are taken whether due or not (``feeds poll``),
        unless another worker holds them.

        Read through the driver, as ``_Bulk`` does: SQLAlchemy's type processing of the
        returned rows (five times each) was three quarters of claiming 5,000 sources, which
        a warm ``feeds poll`` waits for.
        """
        bulk = _bulk_for(self.engine.dialect)
        claimed = (bulk.time(now + lease), worker, bulk.time(now))
        if names is None:
            sql, params = bulk.claim_due, (*claimed, bulk.time(now), limit)
        else:
            sql, params = bulk.claim_named, (*claimed, bulk.array(list(names)), limit)
        with self._write_connection() as conn:
            rows = bulk.rows(conn, sql, params)
        states = [_state(bulk.source_values(row)) for row in rows]
        return sorted(states, key=lambda s: (s.next_due or now, s.id))

    def record_fetch(self, source_id: int, **fields: Any) -> None:
        """Store a fetch's outcome and release the claim. ``fields`` are ``sources`` columns."""
        self.write([Write(source_id, fields)])

    def sources(self) -> list[SourceState]:
        with self.engine.connect() as conn:
            counts: dict[int, int] = dict(
                conn.execute(
                    select(COPIES.c.source_id, func.count()).group_by(COPIES.c.source_id)
                ).all()
            )
            rows = conn.execute(select(SOURCES).where(SOURCES.c.active).order_by(SOURCES.c.name))
            return [_state(r._mapping, counts.get(r.id, 0)) for r in rows]

    def summary(self) -> StoreSummary:
        """The configured sources by state and the stories' count (``metrics``)."""
        disabled = SOURCES.c.disabled_reason.is_not(None)
        failing = SOURCES.c.disabled_reason.is_(None) & (SOURCES.c.error_count > 0)
        sources = select(
            func.count(), func.count().filter(failing), func.count().filter(disabled)
        ).where(SOURCES.c.active)
        with self.engine.connect() as conn:
            total, failed, off = conn.execute(sources).one()
        return StoreSummary(total - failed - off, failed, off, self.count_entries())

    def source(self, name: str) -> SourceState | None:
        return next((s for s in self.sources() if s.name == name), None)

    def published_since(self, source_id: int, since: datetime) -> list[datetime]:
        """Publication times of a source's copies since ``since`` (its publishing rate)."""
        with self.engine.connect() as conn:
            return list(
                conn.scalars(
                    select(COPIES.c.published).where(
                        COPIES.c.source_id == source_id, COPIES.c.published >= since
                    )
                )
            )

    # --- entries ----------------------------------------------------------------------------

    def ingest(
        self,
        source_id: int,
        entries: Sequence[Entry],
        decide: Decider,
        *,
        now: datetime,
        window: timedelta,
    ) -> Counts:
        """Find candidates, let ``decide`` judge them, apply the decisions: one transaction."""
        [result] = self.write([Write(source_id, None, entries, decide, now, window)])
        if isinstance(result, Exception):
            raise result
        return result

    def write(self, writes: Sequence[Write]) -> list[Counts | Exception]:
        """Store several sources' polls in one transaction (a group commit).

        A poll is the hot path, and a commit per source was a fifth of a cold
        poll's time in the store and most of a warm one's: the pipeline hands
        over every poll that finished while the previous transaction ran. Each
        source's ingest runs in a savepoint, so one that fails (its exception is
        its result, and its fields are not written) leaves the others stored.
        Later sources of a batch see the stories of earlier ones.

        Ingest runs on statements built once: one UNION finds the candidates, and
        each table gets one executemany through the driver. What the lookups need of
        the entries (their keys hashed and encoded) is computed before the write lock
        is taken: writers wait for each other, not for that.
        """
        results: list[Counts | Exception] = []
        done: list[tuple[int, Mapping[str, Any]]] = []
        lookups = [self._lookup(w) for w in writes]
        with self._write_connection() as conn:
            priority = None
            if any(w.entries for w in writes):
                self._lock_ingest(conn)
                priority = _uniform_priority(conn)
            for w, lookup in zip(writes, lookups, strict=True):
                counts = Counts()
                if isinstance(lookup, Exception):
                    results.append(lookup)
                    continue
                if lookup is not None:
                    try:
                        with _savepoint(conn):
                            _ingest(conn, w, lookup, counts, priority)
                    except Exception as exc:  # the store or a bug: that source only
                        log.exception("store: source %d: ingest failed", w.source_id)
                        failed = StoreError(f"cannot store entries: {exc}")
                        results.append(failed if isinstance(exc, SQLAlchemyError) else exc)
                        continue
                elif w.now is not None:  # a document parsed, and nothing in it
                    _mark_listed(conn, w.source_id, listing=[], kept=[])
                results.append(counts)
                if w.fields is not None:
                    done.append((w.source_id, w.fields))
            _record_fetches(conn, done)
            if any(isinstance(r, Counts) and r.changed for r in results):
                _bump_revision(conn)
        if not self._statistics_checked and any(isinstance(r, Counts) and r.new for r in results):
            self._first_statistics()
        return results

    def _lookup(self, w: Write) -> _Lookup | Exception | None:
        """``w``'s lookup, or what stopped it (a bug upstream, such as a time without a
        zone), which fails that source only, as an error inside its savepoint would."""
        if not w.entries:
            return None
        try:
            return _Lookup.of(_bulk_for(self.engine.dialect), w.entries, w.window)
        except Exception as exc:
            log.exception("store: source %d: ingest failed", w.source_id)
            return exc

    def _first_statistics(self) -> None:
        """On PostgreSQL, gather the stories' statistics once, if nothing ever has, when
        the store holds its first thousand copies.

        A new store fills faster than autovacuum's first look (a minute or more):
        without statistics the planner could not tell that a key hash matches one
        row in a thousand and read candidates in ever larger scans, so the first
        cold poll slowed as it went (1,000 -> 240 stories/s over 20,000 in
        ``bench/dedupe.py``; with one ANALYZE at 500 it held ~950/s). Not at the
        first stories: statistics of ten rows, all of one source, misled it worse
        (76/s). Taken at a thousand they still serve later, the keys' distinct
        counts being kept as a share of the rows.
        """
        tables = ("entries", "copies", "entry_categories")
        try:
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                analysed, rows = conn.execute(_STATISTICS_STATE, {"n": _FIRST_STATISTICS_AT}).one()
                if not analysed and rows >= _FIRST_STATISTICS_AT:
                    conn.execute(text(f"ANALYZE {', '.join(tables)}"))
                self._statistics_checked = bool(analysed) or rows >= _FIRST_STATISTICS_AT
        except SQLAlchemyError as exc:  # statistics are an optimisation: never fail a poll
            self._statistics_checked = True
            log.warning("store: could not gather statistics: %s", exc)

    @contextmanager
    def _write_connection(self) -> Iterator[Connection]:
        """A write transaction. On SQLite it takes the write lock up front (BEGIN
        IMMEDIATE), so read-then-write sequences cannot deadlock between processes, and
        leaves the copy of the log into the database to the checkpointer."""
        with self._writer, self.engine.connect() as conn:
            if self.dialect == "sqlite":
                conn = conn.execution_options(feeds_write=True)
            with conn.begin():
                yield conn
        if self._checkpointer is not None:
            self._checkpointer.wake()

    def _lock_ingest(self, conn: Connection) -> None:
        """PostgreSQL: one ingesting transaction at a time across workers, so two never
        both insert the same story (SQLite: BEGIN IMMEDIATE already serialises writers).

        One lock rather than one per key: a batch of sources matches on thousands of
        keys, as many advisory locks would fill PostgreSQL's shared lock table (64
        per connection by default), and 150 keys per source hashed into buckets
        collided between nearly any two sources anyway. Fetching and parsing, the
        bulk of a poll, stay parallel across workers.
        """
        self._lock(conn, _INGEST_LOCK)

    def _lock(self, conn: Connection, key: int) -> None:
        """On PostgreSQL, wait for and hold advisory lock ``key`` until ``conn``'s
        transaction ends (SQLite lets one writer in at a time already)."""
        if self.dialect == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": key})

    def known_keys(self, source_id: int, keys: Sequence[str]) -> set[str]:
        """Which of these entry keys the source already has stored."""
        with self.engine.connect() as conn:
            return set(
                conn.scalars(
                    select(COPIES.c.key).where(
                        COPIES.c.source_id == source_id, COPIES.c.key.in_(keys)
                    )
                )
            )

    def revision(self) -> int:
        """Grows whenever published content may have changed; cheap enough to poll."""
        with self.engine.connect() as conn:
            value = conn.scalar(select(META.c.value).where(META.c.key == "revision"))
            return int(value or 0)

    def categories(self) -> dict[str, str]:
        with self.engine.connect() as conn:
            titles = select(CATEGORIES.c.slug, CATEGORIES.c.title)
            return {slug: title for slug, title in conn.execute(titles)}

    def entries(self, slug: str | None, limit: int) -> list[StoredEntry]:
        """The newest ``limit`` stories of a category (``None``: of all), newest first."""
        query = select(ENTRIES)
        if slug is not None:
            query = query.where(
                ENTRIES.c.id.in_(
                    select(ENTRY_CATEGORIES.c.entry_id).where(ENTRY_CATEGORIES.c.slug == slug)
                )
            )
        query = query.order_by(ENTRIES.c.published.desc(), ENTRIES.c.id.desc()).limit(limit)
        with self.engine.connect() as conn:
            rows = list(conn.execute(query))
            ids = [r.id for r in rows]
            slugs: defaultdict[int, set[str]] = defaultdict(set)
            for entry_id, s in conn.execute(
                select(ENTRY_CATEGORIES.c.entry_id, ENTRY_CATEGORIES.c.slug).where(
                    ENTRY_CATEGORIES.c.entry_id.in_(ids)
                )
            ):
                slugs[entry_id].add(s)
            links: defaultdict[int, list[str]] = defaultdict(list)
            for entry_id, link in conn.execute(
                select(COPIES.c.entry_id, COPIES.c.link)
                .where(COPIES.c.entry_id.in_(ids))
                .order_by(COPIES.c.id)
            ):
                if link:
                    links[entry_id].append(link)
            return [
                _stored(
                    r,
                    categories=tuple(sorted(slugs[r.id])),
                    related=tuple(dict.fromkeys(u for u in links[r.id] if u != r.link)),
                )
                for r in rows
            ]

    def purge(
        self,
        horizon: datetime,
        keep_per_source: int,
        *,
        dry_run: bool = False,
        stop: Callable[[], bool] = lambda: False,
    ) -> int:
        """Delete the stories every copy of which was published before ``horizon``, but
        those with a copy among its source's ``keep_per_source`` newest (``retention``
        says why); their copies and categories go with them. Returns how many went (with
        ``dry_run``, how many would).

        Nor are stories deleted that a source still lists undated (``COPIES.listed``).
        Only sources still polled keep their newest or their listed: one removed from
        the config, or disabled (410 Gone), no longer lists anything, and its stories
        would otherwise stay for good.

        The expired ids are read first, outside any write, then deleted
        ``_PURGE_CHUNK`` at a time in short write transactions, so that polls storing
        meanwhile wait for one chunk, not for the whole purge (the first purge of a
        store run for years deletes millions). Each chunk checks again that no copy
        published since the horizon joined its stories in between. ``stop`` is asked
        before each chunk, so that a service stopping need not wait for the whole purge.
        """
        polled = COPIES.c.source_id.in_(select(SOURCES.c.id).where(_POLLED))
        still_listed = COPIES.c.listed & polled
        recent = exists().where(
            COPIES.c.entry_id == ENTRIES.c.id, or_(COPIES.c.published >= horizon, still_listed)
        )
        expired = select(ENTRIES.c.id).where(ENTRIES.c.published < horizon, ~recent)
        if keep_per_source:
            newest = func.row_number().over(
                partition_by=COPIES.c.source_id,
                order_by=(COPIES.c.published.desc(), COPIES.c.id.desc()),
            )
            # An anti-join, not NOT IN: PostgreSQL runs NOT IN over a subquery whose ids
            # outgrow work_mem as a scan per story (a dry run on 200,000 stories took over
            # two minutes with work_mem at 256 kB, against 0.26 s this way).
            ranked = select(COPIES.c.entry_id, newest.label("n")).where(polled).subquery()
            kept = (
                select(ranked.c.entry_id).where(ranked.c.n <= keep_per_source).distinct().subquery()
            )
            expired = expired.outerjoin(kept, kept.c.entry_id == ENTRIES.c.id).where(
                kept.c.entry_id.is_(None)
            )
        with self.engine.connect() as conn:
            ids = array("q", conn.scalars(expired.order_by(ENTRIES.c.id)))
        if dry_run:
            return len(ids)
        deleted = 0
        for start in range(0, len(ids), _PURGE_CHUNK):
            if stop():
                break
            chunk = ids[start : start + _PURGE_CHUNK].tolist()
            with self._write_connection() as conn:
                self._lock_ingest(conn)
                gone = conn.execute(
                    delete(ENTRIES).where(ENTRIES.c.id.in_(chunk), ~recent)
                ).rowcount
                if gone:
                    _bump_revision(conn)
            deleted += gone
        return deleted

    def count_entries(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(ENTRIES)) or 0)

    def merged_groups(self, since: datetime) -> list[tuple[StoredEntry, list[dict[str, Any]]]]:
        """Stories with more than one copy, first seen since ``since``, with every copy."""
        with self.engine.connect() as conn:
            multi = select(COPIES.c.entry_id).group_by(COPIES.c.entry_id).having(func.count() > 1)
            rows = list(
                conn.execute(
                    select(ENTRIES)
                    .where(ENTRIES.c.id.in_(multi), ENTRIES.c.first_seen >= since)
                    .order_by(ENTRIES.c.first_seen.desc())
                )
            )
            copies: defaultdict[int, list[dict[str, Any]]] = defaultdict(list)
            for copy in conn.execute(
                select(
                    COPIES.c.entry_id,
                    COPIES.c.link,
                    COPIES.c.title,
                    COPIES.c.rule,
                    COPIES.c.primary,
                    SOURCES.c.name,
                )
                .join(SOURCES, SOURCES.c.id == COPIES.c.source_id)
                .where(COPIES.c.entry_id.in_([r.id for r in rows]))
                .order_by(COPIES.c.id)
            ):
                copies[copy.entry_id].append(
                    {
                        "source": copy.name,
                        "link": copy.link,
                        "title": copy.title,
                        "rule": copy.rule or "first",
                        "primary": copy.primary,
                    }
                )
        return [(_stored(r), copies[r.id]) for r in rows]


def _stored(
    r: Row[Any], categories: tuple[str, ...] = (), related: tuple[str, ...] = ()
) -> StoredEntry:
    """A StoredEntry from a row of the entries table."""
    return StoredEntry(
        uid=r.uid,
        title=r.title,
        link=r.link,
        summary=r.summary,
        content=r.content,
        author=r.author,
        published=r.published,
        updated=r.updated,
        categories=categories,
        related=related,
        image=r.image,
    )


def _text_of(entry: Entry) -> dict[str, Any]:
    return {
        "title": entry.title,
        "link": entry.link,
        "summary": entry.summary,
        "content": entry.content,
        "author": entry.author,
        "image": entry.image,
        "published": entry.published,
    }


#: More stored copies than this opening the same way: a stock phrase ("Theo ghi nhận của
#: phóng viên, ..."), not a story. Such openings find no candidates. Counted over every
#: copy, not in the window: one story's copies are a handful, while a stock phrase keeps
#: coming back, and counting copies of a hash alone stops after the first few entries of
#: its index (in a window, it read the row of every copy the phrase ever opened).
_STOCK_OPENING = 20
#: An entry's key hashes (``key_hash``): of its canonical link, its text key, its lead opening.
_KeyHashes = tuple[int | None, int | None, int | None]


_BUMP_REVISION = update(META).where(META.c.key == "revision").values(value=META.c.value + 1)


@contextmanager
def _savepoint(conn: Connection) -> Iterator[None]:
    """A savepoint around one source's ingest, issued through the driver: SQLAlchemy's
    ``begin_nested`` and its bookkeeping cost 5 % of a cold poll's time in the store, for
    two statements. Undone (and the error raised) when the block fails."""
    driver = _driver(conn)
    driver.execute("SAVEPOINT feeds_ingest")
    try:
        yield
    except BaseException:
        driver.execute("ROLLBACK TO SAVEPOINT feeds_ingest")
        driver.execute("RELEASE SAVEPOINT feeds_ingest")
        raise
    driver.execute("RELEASE SAVEPOINT feeds_ingest")


def _driver(conn: Connection) -> Any:
    """The DB-API connection under ``conn``, for the statements of the hot path that skip
    SQLAlchemy's per-statement and per-row work."""
    driver = conn.connection.driver_connection
    assert driver is not None, "a connection in a transaction has its driver's"
    return driver


def _ingest(
    conn: Connection, w: Write, lookup: _Lookup, counts: Counts, priority: int | None
) -> None:
    if w.decide is None or w.now is None:
        raise ValueError("a write with entries needs decide and now")
    decisions = w.decide(_candidates(conn, w.source_id, lookup, priority))
    if len(decisions) != len(w.entries):  # _apply pairs them with the entries' hashes
        raise StoreError(f"{len(decisions)} decisions for {len(w.entries)} entries")
    _apply(conn, w.source_id, decisions, lookup.hashes, w.now, counts)


@dataclass(frozen=True, slots=True)
class _Lookup:
    """What one source's ingest needs of its entries besides the entries: the candidate
    query's parameters and each entry's key hashes (link, text, lead), for the lookup and
    then for the copies' rows. Built outside the write lock (``Store.write``)."""

    keys: Any  #: the entries' own keys
    links: Any  #: hashes of canonical links, sorted, each once
    leads: list[int]  #: of lead openings: a list, as stock openings are taken out under the lock
    unopened: Any  #: text hashes of the entries whose lead is too short for an opening
    lo: Any  #: the time window of text and lead matches, in the database's form
    hi: Any
    hashes: list[_KeyHashes]  #: per entry, in order

    @classmethod
    def of(cls, bulk: _Bulk, entries: Sequence[Entry], window: timedelta) -> _Lookup:
        hashes = [
            (key_hash(e.canonical_link), key_hash(e.text_key), key_hash(e.lead_key))
            for e in entries
        ]
        return cls(
            keys=bulk.array(sorted({e.key for e in entries})),
            links=bulk.array(sorted({link for link, _, _ in hashes if link is not None})),
            leads=sorted({lead for _, _, lead in hashes if lead is not None}),
            unopened=bulk.array(_texts_of(hashes, {None})),
            lo=bulk.time(min(e.published for e in entries) - window),
            hi=bulk.time(max(e.published for e in entries) + window),
            hashes=hashes,
        )


def _texts_of(hashes: Sequence[_KeyHashes], leads: Container[int | None]) -> list[int]:
    """The text hashes, sorted and each once, of the entries whose lead hash is in ``leads``."""
    return sorted({text for _, text, lead in hashes if lead in leads and text is not None})


def _uniform_priority(conn: Connection) -> int | None:
    """The priority every source has, if they all have one (the default: none is set)."""
    priorities = _Bulk.of(conn).rows(conn, "SELECT DISTINCT priority FROM sources LIMIT 2", ())
    return int(priorities[0][0]) if len(priorities) == 1 else None


def _candidates(
    conn: Connection, source_id: int, lookup: _Lookup, priority: int | None
) -> list[Candidate]:
    """Every stored copy an entry of the batch could match: those sharing a key (the
    source's own key, a canonical link, a lead opening that is not a stock phrase, or a
    text key where the opening is too short or a stock phrase), each with the priority
    of its story's primary copy. Copies with an entry's text key open as it does, so the
    lead lookup finds them too (``COPIES``).

    When every source has one ``priority``, so has every primary copy: the query then
    skips finding each candidate's primary copy, a fifth of its time."""
    driver = _Bulk.of(conn)
    leads = lookup.leads
    stock: set[int] = set()
    if leads:
        counts = driver.rows(conn, driver.openings, (driver.array(leads),))
        stock = {lead for lead, count in counts if count > _STOCK_OPENING}
        leads = [lead for lead in leads if lead not in stock]
    lo, hi = lookup.lo, lookup.hi
    params: tuple[Any, ...] = (
        *(source_id, lookup.keys, lookup.links, driver.array(leads), lo, hi),
        *(driver.array(sorted(stock)), driver.array(_texts_of(lookup.hashes, stock)), lo, hi),
        *(lookup.unopened, lo, hi),
    )
    sql = driver.candidates
    if priority is not None:
        sql, params = driver.candidates_alike, (priority, *params)
    return [
        Candidate(e, s, k, link, content, text, lead, driver.read_time(at), bool(prim), pp)
        for e, s, k, link, content, text, lead, at, prim, pp in driver.rows(conn, sql, params)
    ]


def _apply(
    conn: Connection,
    source_id: int,
    decisions: Sequence[Decision],
    hashes: Sequence[_KeyHashes],
    now: datetime,
    counts: Counts,
) -> None:
    """Carry out dedupe's decisions for one source's batch (one per entry, in order, with
    its entry's key hashes in ``hashes``), a few statements in all."""
    bulk = _Bulk.of(conn)
    inserts = [i for i, d in enumerate(decisions) if d.action is Action.INSERT]
    inserted = dict(zip(inserts, bulk.ids(conn, "entries", len(inserts)), strict=True))
    if inserts:
        seen = bulk.time(now)
        rows = []
        for i, uid in zip(inserts, _time_ordered_uuids(now, len(inserts)), strict=True):
            e = decisions[i].entry
            published = bulk.time(e.published)
            updated = bulk.time(e.updated) if e.updated is not None else published
            rows.append(
                (
                    *(inserted[i], f"urn:uuid:{uid}", e.title, e.link, e.summary, e.content),
                    *(e.author, e.image, published, updated, seen),
                )
            )
        bulk.insert(conn, "entries", rows)

    def target(index: int, d: Decision) -> int:
        if d.action is Action.INSERT:
            return inserted[index]
        if d.entry_id is not None:
            return d.entry_id
        if d.pending is None or d.pending not in inserted:
            raise StoreError(f"decision refers to a missing entry: {d!r}")
        return inserted[d.pending]

    fresh = [(i, d) for i, d in enumerate(decisions) if d.action in (Action.INSERT, Action.MERGE)]
    copy_ids = dict(zip((i for i, _ in fresh), bulk.ids(conn, "copies", len(fresh)), strict=True))
    if fresh:
        seen = bulk.time(now)
        rows = [
            (
                *(copy_ids[i], target(i, d), source_id, d.entry.key),
                *_copy_values(d.entry, hashes[i], bulk.time),
                *(seen, d.action is Action.INSERT, d.rule, d.entry.undated),
            )
            for i, d in fresh
        ]
        bulk.insert(conn, "copies", rows)
    merged = [
        (bulk.time(d.entry.published), target(i, d)) for i, d in fresh if d.action is Action.MERGE
    ]
    if merged:
        conn.exec_driver_sql(bulk.earlier_published, merged)
    for i, d in enumerate(decisions):
        if d.action is Action.UPDATE:
            copy_ids[i] = conn.scalars(
                select(COPIES.c.id).where(
                    COPIES.c.source_id == source_id, COPIES.c.key == d.entry.key
                )
            ).one()
            conn.execute(
                update(COPIES)
                .where(COPIES.c.id == copy_ids[i])
                .values(**_copy_fields(d.entry, hashes[i]))
            )
            conn.execute(delete(ENTRY_CATEGORIES).where(ENTRY_CATEGORIES.c.copy_id == copy_ids[i]))
    categories = [
        (copy_ids[i], slug, target(i, d))
        for i, d in enumerate(decisions)
        if i in copy_ids
        for slug in sorted(d.entry.categories)
    ]
    if categories:
        bulk.insert(conn, "entry_categories", categories)
    for i, d in enumerate(decisions):
        if d.take_text and d.action in (Action.UPDATE, Action.MERGE):
            _take_text(conn, target(i, d), copy_ids[i], d.entry, now)
    undated = [d for d in decisions if d.entry.undated]
    _mark_listed(
        conn,
        source_id,
        listing=[d.entry.key for d in undated],
        kept=[d.entry.key for d in undated if d.action in _KNOWN],
    )
    counts.new += len(inserts)
    counts.duplicate += sum(1 for d in decisions if d.action is Action.MERGE)
    counts.updated += sum(1 for d in decisions if d.action is Action.UPDATE)
    counts.unchanged += sum(1 for d in decisions if d.action is Action.UNCHANGED)


_KNOWN = (Action.UNCHANGED, Action.UPDATE)  #: decisions about the source's own stored copy


def _mark_listed(conn: Connection, source_id: int, listing: list[str], kept: list[str]) -> None:
    """After a parse of the source: of its undated copies, only those the document lists
    stay ``listed`` (keys in ``listing``): the new ones, inserted so, and the ``kept``
    (its copies stored before)."""
    bulk = _Bulk.of(conn)
    conn.exec_driver_sql(bulk.unlisted, (source_id, bulk.array(listing)))
    if kept:
        conn.exec_driver_sql(bulk.relisted, (source_id, bulk.array(kept)))


_COPY_FIELDS = (
    *("link", "canonical_link", "title", "text_key", "lead_key"),
    *("link_hash", "text_hash", "lead_hash", "content_hash", "published"),
)
#: Columns of the rows ``_apply`` builds, in the order it builds them.
_BULK_COLUMNS = {
    "entries": (
        *("id", "uid", "title", "link", "summary", "content", "author", "image"),
        *("published", "updated", "first_seen"),
    ),
    "copies": (
        *("id", "entry_id", "source_id", "key", *_COPY_FIELDS),
        *("first_seen", "primary", "rule", "listed"),
    ),
    "entry_categories": ("copy_id", "slug", "entry_id"),
}


@dataclass(frozen=True, slots=True)
class _Bulk:
    """The rows a poll adds, inserted straight through the driver's executemany.

    SQLAlchemy runs every bound value of an executemany through its type
    processors in Python; for a feed's 50 entries and 50 copies that was most of
    the time spent applying its decisions. Here values are given in the
    database's own form (``time``), and ids are allocated up front (the writer
    holds the write lock on SQLite; PostgreSQL has the table's sequence), so no
    RETURNING is needed either.
    """

    sqlite: bool
    statements: Mapping[str, str]
    quote: Callable[[str], str]
    candidates: str  #: copies sharing a key with a batch (``_candidates``)
    candidates_alike: str  #: the same, given the priority every source has
    openings: str  #: how many copies open as each lead, up to a stock phrase's count
    earlier_published: str  #: a story's publication time moved back to a merged copy's
    unlisted: str  #: a source's listed copies not among some keys (``_mark_listed``)
    relisted: str  #: a source's copies with some keys, listed
    claim_due: str  #: due sources claimed, returned (``Store.claim_due``)
    claim_named: str  #: sources of some names claimed, due or not, returned

    @classmethod
    def of(cls, conn: Connection) -> _Bulk:
        return _bulk_for(conn.dialect)

    def time(self, value: datetime) -> Any:
        """A datetime as UTCDateTime stores it (on SQLite, SQLAlchemy's text form)."""
        if value.tzinfo is None:
            raise ValueError(f"naive datetime given to the store: {value!r}")
        if not self.sqlite:
            return value
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")

    def read_time(self, value: Any) -> datetime:
        """A stored time, aware UTC (as UTCDateTime reads it). SQLite's are naive text in
        UTC: read with the zone appended, five times faster than ``replace`` after."""
        if isinstance(value, str):
            return datetime.fromisoformat(value + "+00:00")
        stored: datetime = value
        return stored.replace(tzinfo=UTC) if stored.tzinfo is None else stored.astimezone(UTC)

    def rows(self, conn: Connection, sql: str, params: Sequence[Any]) -> list[Any]:
        """A read inside ``conn``'s transaction, as the driver's plain tuples: SQLAlchemy's
        Row objects for the hundred candidate rows of a feed cost more than the query."""
        try:
            return list(_driver(conn).execute(sql, params).fetchall())
        except conn.dialect.loaded_dbapi.Error as exc:
            raise StoreError(f"cannot read the store: {exc}") from exc

    def source_values(self, row: Sequence[Any]) -> dict[str, Any]:
        """A row of every ``sources`` column, by name, its times read (``read_time``)."""
        values = dict(zip(_SOURCE_COLUMNS, row, strict=True))
        for name in _SOURCE_TIMES:
            if values[name] is not None:
                values[name] = self.read_time(values[name])
        return values

    def array(self, values: list[Any]) -> Any:
        """A list as one parameter: JSON for SQLite's json_each, an array for PostgreSQL.
        One statement then fits every batch, instead of one per length of each list."""
        return json.dumps(values) if self.sqlite else values

    def ids(self, conn: Connection, table: str, count: int) -> Sequence[int]:
        if count == 0:
            return ()
        if self.sqlite:
            [(last,)] = self.rows(conn, f"SELECT coalesce(max(id), 0) FROM {table}", ())
            return range(int(last) + 1, int(last) + 1 + count)
        return list(
            conn.scalars(
                text(
                    "SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"
                ),
                {"t": table, "n": count},
            )
        )

    def insert(self, conn: Connection, table: str, rows: list[tuple[Any, ...]]) -> None:
        conn.exec_driver_sql(self.statements[table], rows)

    def update_source(self, names: tuple[str, ...]) -> str:
        """UPDATE of these columns of a source (then its id), releasing its claim."""
        mark = "?" if self.sqlite else "%s"
        columns = ("claimed_until", "claimed_by", *names)
        values = ["NULL", "NULL", *[mark] * len(names)]
        assigned = ", ".join(f"{self.quote(c)} = {v}" for c, v in zip(columns, values, strict=True))
        return f"UPDATE sources SET {assigned} WHERE id = {mark}"


@cache
def _bulk_for(dialect: Dialect) -> _Bulk:
    quote = dialect.identifier_preparer.quote
    mark = "?" if dialect.name == "sqlite" else "%s"
    statements = {
        table: f"INSERT INTO {table} ({', '.join(map(quote, columns))}) "
        f"VALUES ({', '.join([mark] * len(columns))})"
        for table, columns in _BULK_COLUMNS.items()
    }
    sqlite = dialect.name == "sqlite"
    mark = "?" if sqlite else "%s"

    def listed(kind: str) -> str:
        """Membership in a list parameter."""
        return f"IN (SELECT value FROM json_each({mark}))" if sqlite else f"= ANY({mark}::{kind}[])"

    window = f"published BETWEEN {mark} AND {mark}"
    fields = (
        'c.entry_id, c.source_id, c."key", c.canonical_link, c.content_hash, '
        'c.text_key, c.lead_key, c.published, c."primary"'
    )
    source_keys = f'source_id = {mark} AND "key" {listed("text")}'  # a source's own copies
    keyed = (
        "WHERE c.id IN ("
        f"SELECT id FROM copies WHERE {source_keys} "
        f"UNION SELECT id FROM copies WHERE link_hash {listed('bigint')} "
        f"UNION SELECT id FROM copies WHERE lead_hash {listed('bigint')} AND {window} "
        f"UNION SELECT id FROM copies WHERE lead_hash {listed('bigint')} "
        f"AND text_hash {listed('bigint')} AND {window} "
        f"UNION SELECT id FROM copies WHERE lead_hash IS NULL "
        f"AND text_hash {listed('bigint')} AND {window})"
    )
    candidates = (
        f"SELECT {fields}, coalesce(ps.priority, s.priority) "
        "FROM copies AS c JOIN sources AS s ON s.id = c.source_id "
        'LEFT JOIN copies AS p ON p.entry_id = c.entry_id AND p."primary" '
        f"LEFT JOIN sources AS ps ON ps.id = p.source_id {keyed}"
    )
    candidates_alike = f"SELECT {fields}, {mark} FROM copies AS c {keyed}"
    capped = (
        "(SELECT count(*) FROM (SELECT 1 FROM copies WHERE lead_hash = h.value "
        f"LIMIT {_STOCK_OPENING + 1}) AS capped)"
    )
    openings = (
        f"SELECT h.value, {capped} FROM json_each({mark}) AS h"
        if sqlite
        else f"SELECT h.value, {capped} FROM unnest({mark}::bigint[]) AS h(value)"
    )
    earliest = "min" if sqlite else "LEAST"  # SQLite's times are ISO text: they sort as times
    earlier_published = (
        f"UPDATE entries SET published = {earliest}(published, {mark}) WHERE id = {mark}"
    )
    yes, no = ("1", "0") if sqlite else ("true", "false")
    # "listed" alone, as the partial index ix_copies_listed states it, so that it is used
    unlisted = (
        f"UPDATE copies SET listed = {no} "
        f'WHERE source_id = {mark} AND listed AND NOT ("key" {listed("text")})'
    )
    relisted = f"UPDATE copies SET listed = {yes} WHERE {source_keys} AND NOT listed"
    # Claimable: polled (``_POLLED``, as the rest of the store says it), and no other
    # worker's claim running.
    claimable = (
        f"SELECT id FROM sources WHERE {_POLLED.compile(dialect=dialect)} "
        f"AND (claimed_until IS NULL OR claimed_until < {mark})"
    )
    taken = "ORDER BY next_due LIMIT " + mark + ("" if sqlite else " FOR UPDATE SKIP LOCKED")
    claim = (
        f"UPDATE sources SET claimed_until = {mark}, claimed_by = {mark} WHERE id IN "
        "({}) RETURNING " + ", ".join(map(quote, _SOURCE_COLUMNS))
    )
    return _Bulk(
        sqlite,
        statements,
        quote,
        candidates,
        candidates_alike,
        openings,
        earlier_published,
        unlisted,
        relisted,
        claim.format(f"{claimable} AND next_due <= {mark} {taken}"),
        claim.format(f"{claimable} AND name {listed('text')} {taken}"),
    )


def _copy_values(
    entry: Entry, hashes: _KeyHashes, time: Callable[[datetime], Any]
) -> tuple[Any, ...]:
    """What a copy stores of its entry, in ``_COPY_FIELDS`` order: ``hashes`` are its link,
    text and lead hashes (``_Lookup``), times go through ``time``."""
    return (
        *(entry.link, entry.canonical_link, entry.title, entry.text_key),
        *(entry.lead_key, *hashes, entry.content_hash, time(entry.published)),
    )


def _copy_fields(entry: Entry, hashes: _KeyHashes) -> dict[str, Any]:
    return dict(zip(_COPY_FIELDS, _copy_values(entry, hashes, lambda t: t), strict=True))


def _time_ordered_uuids(now: datetime, count: int) -> list[uuid.UUID]:
    """UUIDs version 7 (RFC 9562): milliseconds since the epoch, then 74 random bits.

    A new story's public id then lands at the end of the uids' unique index; a
    random (version 4) one dirtied a random page of it for every new story. The
    random bits of a batch come from one read of the system's generator (one
    system call per id was 1 % of a cold poll's time in the store).
    """
    ms = int(now.timestamp() * 1000) & (2**48 - 1)
    pool = os.urandom(10 * count)
    ids = []
    for at in range(0, 10 * count, 10):
        random = int.from_bytes(pool[at : at + 10], "big")
        rand_a, rand_b = random >> 68, random & (2**62 - 1)
        ids.append(uuid.UUID(int=ms << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b))
    return ids


def key_hash(value: str | None) -> int | None:
    """A signed 64-bit hash of a lookup key (a canonical link, a text key, a lead opening);
    the copies' indexes hold these rather than the keys (see ``COPIES``)."""
    if value is None:
        return None
    digest = hashlib.blake2b(value.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _take_text(conn: Connection, entry_id: int, copy_id: int, entry: Entry, now: datetime) -> None:
    """Make a copy the story's primary copy and its text the story's text; ``updated``
    moves only when the text changed."""
    conn.execute(
        update(COPIES).where(COPIES.c.entry_id == entry_id).values(primary=COPIES.c.id == copy_id)
    )
    current = conn.execute(select(ENTRIES).where(ENTRIES.c.id == entry_id)).one()
    fields = _text_of(entry)
    fields["published"] = min(current.published, fields["published"])
    if any(getattr(current, k) != v for k, v in fields.items() if k != "published"):
        stated = entry.updated
        fields["updated"] = (
            stated if stated is not None and stated > current.updated else max(now, current.updated)
        )
    conn.execute(update(ENTRIES).where(ENTRIES.c.id == entry_id).values(**fields))


def _record_fetches(conn: Connection, outcomes: Sequence[tuple[int, Mapping[str, Any]]]) -> None:
    """Fetch outcomes, one executemany per set of fields (a warm poll is mostly alike
    304s), through the driver as ``_Bulk`` does; each releases its source's claim."""
    bulk = _Bulk.of(conn)
    groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
    for source_id, fields in outcomes:
        names = tuple(sorted(fields))
        unknown = set(names) - _SOURCE_COLUMNS.keys()
        if unknown:
            raise StoreError(f"unknown source fields: {sorted(unknown)}")
        values = tuple(
            bulk.time(fields[n]) if _SOURCE_COLUMNS[n] and fields[n] is not None else fields[n]
            for n in names
        )
        groups[names].append((*values, source_id))
    for names, rows in groups.items():
        conn.exec_driver_sql(bulk.update_source(names), rows)


#: Source columns, and whether each holds a time.
_SOURCE_COLUMNS = {c.name: isinstance(c.type, UTCDateTime) for c in SOURCES.c}
_SOURCE_TIMES = [name for name, time in _SOURCE_COLUMNS.items() if time]
#: What a new URL makes stale.
_FETCH_STATE = ("etag", "last_modified", "body_hash", "redirect_candidate", "disabled_reason")


def _bump_revision(conn: Connection) -> None:
    if not conn.execute(_BUMP_REVISION).rowcount:
        conn.execute(insert(META).values(key="revision", value=1))


def _state(row: Mapping[Any, Any], entry_count: int = 0) -> SourceState:
    """A SourceState from a row of the sources table, its times read (aware UTC)."""
    return SourceState(**{name: row[name] for name in _STATE_COLUMNS}, entry_count=entry_count)


#: The columns of ``sources`` a SourceState holds.
_STATE_COLUMNS = tuple(f.name for f in dataclass_fields(SourceState) if f.name != "entry_count")


class _Checkpointer:
    """Copies SQLite's write-ahead log into the database in a thread of its own, after
    each write transaction of this process.

    SQLite does it at commit otherwise (every 1,000 pages of log), inside the
    writer's transaction time: a batch of new stories dirties thousands of
    index pages, and the copy and its fsync were three quarters of the
    commit, during which no other process could write. A passive checkpoint
    blocks no writer or reader; what it cannot copy yet, the next one does.

    But SQLite starts the log over only after a checkpoint that copied all of
    it, which a passive one never manages while writers and readers of other
    processes keep busy: in a cold poll of 20,000 sources the log grew to
    7.4 GB beside a 2.2 GB database. Once the log passes ``limit``, the
    checkpointer takes the writers' queue, waits for readers of older
    snapshots, copies the rest and truncates the log.
    """

    def __init__(
        self, engine: Engine, writers: contextlib.AbstractContextManager[Any], limit: int
    ) -> None:
        self.engine = engine
        self.writers = writers
        self.limit = limit
        self.log = Path(f"{engine.url.database}-wal")
        self.wanted = threading.Event()
        self.stopped = False
        self.thread: threading.Thread | None = None

    def wake(self) -> None:
        if self.thread is None:
            self.thread = threading.Thread(target=self._run, name="feeds-checkpoint", daemon=True)
            self.thread.start()
        self.wanted.set()

    def stop(self) -> None:
        self.stopped = True
        self.wanted.set()
        if self.thread is not None:
            self.thread.join(timeout=30)

    def _run(self) -> None:
        while not self.stopped:
            self.wanted.wait()
            self.wanted.clear()
            try:
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
                if self._log_size() > self.limit:
                    self._truncate()
            except Exception as exc:  # never die: the log would grow; the next write retries
                log.warning("checkpoint of %s failed: %s", self.engine.url.database, exc)

    def _truncate(self) -> None:
        """Copy the rest of the log and empty it, with writers queued meanwhile. A reader
        of an older snapshot makes it wait: for 0.1 s at most, then it is the next
        wake's turn (writers must not queue behind a long read)."""
        with self.writers, self.engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA busy_timeout={_TRUNCATE_WAIT_MS}")
            try:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.exec_driver_sql(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")

    def _log_size(self) -> int:
        try:
            return self.log.stat().st_size
        except OSError:  # no log (yet, or any more)
            return 0


class _WriterQueue:
    """SQLite's writers, one at a time: this process's threads queue on a lock, other
    processes (worker processes, a ``feeds poll`` beside the service) on an advisory
    lock of a file beside the database.

    Without it they queue in SQLite's busy handler, which sleeps up to 100 ms
    between tries: with polls finishing dozens at a time and several worker
    processes writing, waiting writers spent much of a cold poll asleep while
    the lock was free.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.thread_lock = threading.Lock()
        self.fd: int | None = None

    def __enter__(self) -> None:
        self.thread_lock.acquire()
        if self.path is None:
            return
        try:
            if self.fd is None:
                self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            fcntl.flock(self.fd, fcntl.LOCK_EX)
        except OSError as exc:  # a read-only folder, say: SQLite's own locking still holds
            log.debug("no writer lock file %s: %s", self.path, exc)
            self.path = None

    def __exit__(self, *exc: object) -> None:
        try:
            if self.path is not None and self.fd is not None:
                fcntl.flock(self.fd, fcntl.LOCK_UN)
        finally:
            self.thread_lock.release()


@contextmanager
def _foreign_keys_off(conn: Connection) -> Iterator[None]:
    """SQLite: foreign keys off while the schema changes, as SQLite's procedure for
    rebuilding a table says. A batch migration copies a table, drops the old one and
    renames the copy: with them on, dropping the old ``copies`` deleted every row of
    ``entry_categories`` (ON DELETE CASCADE). The pragma does nothing inside a
    transaction, so it goes to the driver's connection before the migration's begins;
    ``migrate`` checks the keys before committing."""
    if conn.dialect.name != "sqlite":
        yield
        return
    driver = conn.connection.driver_connection
    assert driver is not None
    driver.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        driver.execute("PRAGMA foreign_keys=ON")


def alembic_config() -> AlembicConfig:
    """Alembic's configuration for the store's migrations (the package's own folder).
    Alembic's logger is quieted first: importing it reports every plugin it sets up."""
    logging.getLogger("alembic").setLevel(logging.WARNING)
    from alembic.config import Config  # slow to import; only needed to migrate

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


def _sqlite_setup(engine: Engine) -> None:
    """WAL for concurrent readers, and explicit BEGINs so write transactions lock up front."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.isolation_level = None  # let SQLAlchemy's begin event emit BEGIN
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
        # 8 MB of page cache keeps the upper levels of the indexes a poll writes into
        # in memory (the default 2 MB does not; 16 and 64 MB were no faster). No
        # memory-mapped reads: each process would count up to mmap_size of the file as
        # its own memory (320 MB per worker at 5,000 feeds, for no gain in speed).
        cursor.execute("PRAGMA cache_size=-8192")
        cursor.execute("PRAGMA temp_store=MEMORY")
        cursor.execute("PRAGMA wal_autocheckpoint=0")  # the store's _Checkpointer copies it

        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("feeds_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
