"""store: ingest, merge, claims and leases; on a SQLite file and on the real PostgreSQL."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from conftest import wait_for

from feeds import dedupe
from feeds.errors import StoreError
from feeds.model import Action, Candidate, Decision, Entry, ParsedEntry
from feeds.normalize import Context, normalize_entry
from feeds.store import Counts, SourceConfig, Store, Write

NOW = datetime(2024, 2, 27, 8, 0, tzinfo=UTC)
POLICY = dedupe.Policy()
CTX = Context(base_url="https://tuoitrethudo.vn/", tz=ZoneInfo("Asia/Ho_Chi_Minh"), now=NOW)
AN_SINH = frozenset({"an-sinh"})


def entry(
    guid: str,
    link: str,
    title: str = "Tăng cường tuyên truyền chính sách an sinh",
    categories: frozenset[str] = frozenset(),
    summary: str = "Quận Hoàng Mai",
) -> Entry:
    raw = ParsedEntry(
        guid=guid,
        link=link,
        title=title,
        summary=summary,
        content=None,
        published_text="27/02/2024 14:46",
    )
    return replace(normalize_entry(raw, CTX), categories=categories)


def open_store(url: str, sources: int = 2) -> Store:
    return _synced(Store.open(url), sources)


def store_at(url: str, revision: str) -> Store:
    """A store whose schema is at an older ``revision``, as an earlier release left it."""
    old = Store.open(url, migrate=False)
    old.migrate(revision)
    return old


def open_store_at(url: str, revision: str, sources: int = 2) -> Store:
    """``open_store`` for a store left at an older schema ``revision``."""
    return _synced(store_at(url, revision), sources)


def _synced(store: Store, sources: int) -> Store:
    store.sync_sources(
        [SourceConfig(f"s{i}", f"https://x.vn/{i}.rss") for i in range(sources)],
        [("an-sinh", "An sinh xã hội"), ("thoi-tiet", "Thời tiết")],
        first_due=lambda name: NOW,
    )
    return store


def insert_story(store: Store, source: str, stored: Entry, slug: str | None = None) -> None:
    """``stored`` as an earlier release left it, written by SQL in the columns every schema
    since 0002 has (the code of today writes those of today's)."""
    from sqlalchemy import text

    state = store.source(source)
    assert state is not None
    when = NOW.replace(tzinfo=None)
    with store.engine.begin() as conn:
        entry_id = conn.execute(
            text(
                "INSERT INTO entries (uid, title, summary, content, published, updated, "
                "first_seen) VALUES (:uid, :t, '', '', :p, :p, :p) RETURNING id"
            ),
            {"uid": f"urn:uuid:{uuid.uuid4()}", "t": stored.title, "p": when},
        ).scalar_one()
        copy_id = conn.execute(
            text(
                "INSERT INTO copies (entry_id, source_id, key, canonical_link, title, text_key, "
                'lead_key, content_hash, published, first_seen, "primary") VALUES '
                "(:e, :s, :k, :link, :t, :tk, :lk, 'h', :p, :p, :yes) RETURNING id"
            ),
            {
                "e": entry_id,
                "s": state.id,
                "k": stored.key,
                "link": stored.canonical_link,
                "t": stored.title,
                "tk": stored.text_key,
                "lk": stored.lead_key,
                "p": when,
                "yes": True,
            },
        ).scalar_one()
        if slug is not None:
            conn.execute(
                text("INSERT INTO entry_categories (copy_id, slug, entry_id) VALUES (:c, :s, :e)"),
                {"c": copy_id, "s": slug, "e": entry_id},
            )


def ingest(store: Store, source: str, entries: list[Entry], priority: int = 0):  # type: ignore[no-untyped-def]
    state = store.source(source)
    assert state is not None
    decide = partial(dedupe.decide, entries, source_id=state.id, priority=priority, policy=POLICY)
    return store.ingest(state.id, entries, decide, now=NOW, window=POLICY.window)


def test_insert_unchanged_update_keep_the_id(db_url: str) -> None:
    store = open_store(db_url)
    first = entry("g1", "https://tuoitrethudo.vn/a-1.html", categories=frozenset({"an-sinh"}))
    assert ingest(store, "s0", [first]).new == 1
    [stored] = store.entries(None, 10)
    revision = store.revision()

    assert ingest(store, "s0", [first]).unchanged == 1
    assert store.revision() == revision  # nothing changed, nothing to re-render

    edited = replace(
        entry(
            "g1",
            "https://tuoitrethudo.vn/a-1.html",
            title="Tiêu đề mới",
            categories=frozenset({"thoi-tiet"}),
        )
    )
    counts = ingest(store, "s0", [edited])
    assert counts.updated == 1 and store.revision() > revision
    [after] = store.entries(None, 10)
    assert after.uid == stored.uid and after.title == "Tiêu đề mới"
    assert after.updated > stored.updated
    assert after.categories == ("thoi-tiet",)  # the copy's categories follow its text
    assert store.entries("an-sinh", 10) == []


def test_same_canonical_link_from_two_sources_is_one_entry(db_url: str) -> None:
    store = open_store(db_url)
    ingest(
        store,
        "s0",
        [entry("a", "https://tuoitrethudo.vn/a-1.html", categories=frozenset({"an-sinh"}))],
    )
    counts = ingest(
        store,
        "s1",
        [
            entry(
                "b",
                "http://www.tuoitrethudo.vn/a-1.html?utm_source=x",
                categories=frozenset({"thoi-tiet"}),
            )
        ],
    )
    assert counts.duplicate == 1 and counts.new == 0
    [stored] = store.entries(None, 10)
    assert stored.categories == ("an-sinh", "thoi-tiet")
    assert stored.link == "https://tuoitrethudo.vn/a-1.html"  # the first copy's, equal priority
    assert stored.related == ("http://www.tuoitrethudo.vn/a-1.html?utm_source=x",)
    assert store.entries("thoi-tiet", 10)[0].uid == stored.uid
    groups = store.merged_groups(NOW - timedelta(days=1))
    assert [c["rule"] for c in groups[0][1]] == ["first", "link"]
    assert {s.name: s.entry_count for s in store.sources()} == {"s0": 1, "s1": 1}


def test_higher_priority_copy_provides_the_text_but_not_the_id(db_url: str) -> None:
    store = open_store(db_url)
    ingest(store, "s0", [entry("a", "https://baomoi.com/a-1.html?utm_source=x", title="Bản sao")])
    [first] = store.entries(None, 10)
    ingest(store, "s1", [entry("b", "https://baomoi.com/a-1.html", title="Bản gốc")], priority=5)
    [merged] = store.entries(None, 10)
    assert merged.uid == first.uid and merged.title == "Bản gốc"
    assert merged.link == "https://baomoi.com/a-1.html"


def test_the_primary_copys_priority_counts_when_only_another_copy_matches(db_url: str) -> None:
    """A copy from a lower-priority source matches only a second copy of the story (its
    link), not the primary one: the story keeps the text of its highest-priority copy."""
    store = Store.open(db_url)
    store.sync_sources(
        [
            SourceConfig(name, f"https://x.vn/{name}.rss", priority=p)
            for name, p in (("s0", 5), ("s1", 0), ("s2", 3))
        ],
        [],
        first_due=lambda name: NOW,
    )
    lead = "Quận Hoàng Mai tổ chức hội nghị tuyên truyền chính sách bảo hiểm xã hội tự nguyện"
    original = entry("a", "https://tuoitrethudo.vn/a-1.html", title="Bản gốc", summary=lead)
    assert ingest(store, "s0", [original], priority=5).new == 1
    syndicated = entry("b", "https://baomoi.com/b.epi", title="Bản gốc", summary=lead)
    assert ingest(store, "s1", [syndicated]).duplicate == 1  # by its text, not its link
    rewritten = entry("c", "https://baomoi.com/b.epi", title="Bản viết lại", summary="Khác hẳn")
    assert ingest(store, "s2", [rewritten], priority=3).duplicate == 1  # by s1's link only
    [stored] = store.entries(None, 10)
    assert stored.title == "Bản gốc"  # s2 (3) is below the primary copy's s0 (5), not s1's 0


def test_sources_of_one_priority_keep_the_first_copys_text(db_url: str) -> None:
    """Every source at priority 2: candidates carry 2 as their primary copy's priority
    without looking the primary copies up, and a later copy of a story never takes its
    text (it would if they carried 0)."""
    from feeds.store import _uniform_priority

    store = Store.open(db_url)
    configs = [SourceConfig(f"s{i}", f"https://x.vn/{i}.rss", priority=2) for i in range(2)]
    store.sync_sources(configs, [], first_due=lambda name: NOW)
    with store.engine.connect() as conn:
        assert _uniform_priority(conn) == 2
    ingest(store, "s0", [entry("a", "https://baomoi.com/a-1.html", title="Bản gốc")], priority=2)
    copy = entry("b", "https://baomoi.com/a-1.html?utm_source=x", title="Bản sao")
    assert ingest(store, "s1", [copy], priority=2).duplicate == 1
    assert [e.title for e in store.entries(None, 10)] == ["Bản gốc"]
    store.sync_sources([configs[0], replace(configs[1], priority=3)], [], first_due=lambda n: NOW)
    with store.engine.connect() as conn:
        assert _uniform_priority(conn) is None  # then each primary copy is looked up


def test_claims_are_exclusive_between_workers(db_url: str) -> None:
    open_store(db_url, sources=60).close()
    stores = [Store.open(db_url, migrate=False) for _ in range(4)]
    claimed: list[list[str]] = [[] for _ in stores]
    barrier = threading.Barrier(len(stores))

    def work(i: int) -> None:
        barrier.wait()
        while True:
            got = stores[i].claim_due(NOW, limit=3, lease=timedelta(minutes=5), worker=f"w{i}")
            if not got:
                return
            claimed[i].extend(s.name for s in got)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(stores))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    everything = [name for names in claimed for name in names]
    assert sorted(everything) == sorted(f"s{i}" for i in range(60))  # each exactly once


def test_lease_expires_and_release_frees_the_source(db_url: str) -> None:
    store = open_store(db_url, sources=1)
    lease = timedelta(minutes=5)
    [state] = store.claim_due(NOW, limit=10, lease=lease, worker="a")
    assert store.claim_due(NOW, limit=10, lease=lease, worker="b") == []
    assert [
        s.name
        for s in store.claim_due(
            NOW + lease + timedelta(seconds=1), limit=10, lease=lease, worker="b"
        )
    ] == ["s0"]
    store.record_fetch(state.id, next_due=NOW)
    assert len(store.claim_due(NOW, limit=10, lease=lease, worker="c")) == 1


def test_not_due_sources_are_not_claimed_unless_named(db_url: str) -> None:
    store = open_store(db_url, sources=2)
    state = store.source("s0")
    assert state is not None
    store.record_fetch(state.id, next_due=NOW + timedelta(hours=1))
    lease = timedelta(minutes=1)
    assert [s.name for s in store.claim_due(NOW, limit=10, lease=lease, worker="a")] == ["s1"]
    assert [
        s.name for s in store.claim_due(NOW, limit=10, lease=lease, worker="a", names=["s0"])
    ] == ["s0"]


def test_a_claim_returns_each_source_as_stored(db_url: str) -> None:
    store = open_store(db_url, sources=3)
    s0, s1, s2 = (store.source(f"s{i}") for i in range(3))
    assert s0 is not None and s1 is not None and s2 is not None
    seen = NOW - timedelta(minutes=3, microseconds=250)
    store.record_fetch(
        s0.id,
        etag='"abc"',
        last_modified="Tue, 27 Feb 2024 07:46:00 GMT",
        last_fetch=seen,
        last_success=seen,
        last_status=304,
        error_count=0,
        next_due=NOW - timedelta(seconds=1),
    )
    store.record_fetch(s1.id, disabled_reason="gone: HTTP 410 Gone", next_due=NOW)
    store.record_fetch(s2.id, last_error="timed out", error_count=3, next_due=NOW)
    lease = timedelta(minutes=5)
    claimed = {s.name: s for s in store.claim_due(NOW, limit=10, lease=lease, worker="a")}
    assert set(claimed) == {"s0", "s2"}  # a disabled source is never claimed
    assert claimed["s0"] == replace(
        s0,
        etag='"abc"',
        last_modified="Tue, 27 Feb 2024 07:46:00 GMT",
        last_fetch=seen,
        last_success=seen,
        last_status=304,
        next_due=NOW - timedelta(seconds=1),
    )
    assert claimed["s0"].last_fetch is not None and claimed["s0"].last_fetch.tzinfo == UTC
    assert (claimed["s2"].last_error, claimed["s2"].error_count) == ("timed out", 3)
    assert list(claimed) == ["s0", "s2"]  # the most overdue first


def test_a_claim_by_name_takes_more_sources_than_one_statement_binds(db_url: str) -> None:
    store = _synced(Store.open(db_url), 33_000)  # SQLite binds 32,766 values at most
    names = [f"s{i}" for i in range(33_000)]
    lease = timedelta(minutes=5)
    claimed = store.claim_due(NOW, limit=len(names), lease=lease, worker="a", names=names)
    assert sorted(s.name for s in claimed) == sorted(names)
    assert store.claim_due(NOW, limit=10, lease=lease, worker="b", names=names[:10]) == []


def test_concurrent_ingest_of_one_story_from_two_sources_stores_it_once(db_url: str) -> None:
    open_store(db_url, sources=8).close()
    stores = [Store.open(db_url, migrate=False) for _ in range(8)]
    barrier = threading.Barrier(len(stores))
    stories = [
        entry(
            f"g{i}",
            f"https://tuoitrethudo.vn/tin-{i}.html?utm_source=s",
            title=f"Tin số {i} về chính sách an sinh xã hội",
        )
        for i in range(20)
    ]

    def work(i: int) -> None:
        barrier.wait()
        ingest(stores[i], f"s{i}", [replace(s, key=f"{s.key}-{i}") for s in stories])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(stores))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert stores[0].count_entries() == 20
    assert all(len(e.related) == 0 for e in stores[0].entries(None, 50))  # same link everywhere


def _sync_at(
    barrier: threading.Barrier, store: Store, wanted: list[SourceConfig], failures: list[Exception]
) -> None:
    barrier.wait()
    try:
        store.sync_sources(wanted, [], first_due=lambda name: NOW)
    except Exception as exc:  # reported by the test
        failures.append(exc)


def test_workers_started_together_sync_the_same_new_sources(db_url: str) -> None:
    """Two workers starting at once on one store each bring it in line with the config:
    both find the new sources missing, and only one may insert them."""
    stores = [Store.open(db_url), Store.open(db_url)]
    for round_ in range(5):
        wanted = [SourceConfig(f"r{round_}-{i}", f"https://x.vn/{i}.rss") for i in range(20)]
        barrier = threading.Barrier(len(stores))
        failures: list[Exception] = []
        threads = [
            threading.Thread(target=_sync_at, args=(barrier, store, wanted, failures))
            for store in stores
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert failures == []
        assert {s.name for s in stores[0].sources()} == {c.name for c in wanted}
    for store in stores:
        store.close()


def test_opening_twice_keeps_data(db_url: str) -> None:
    store = open_store(db_url)
    ingest(store, "s0", [entry("a", "https://tuoitrethudo.vn/a.html")])
    store.close()
    assert Store.open(db_url).count_entries() == 1


def test_migrations_build_exactly_the_models(db_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from feeds.store.models import metadata

    store = Store.open(db_url)
    with store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []
    store.close()


STOCK = "Theo ghi nhận của phóng viên, sáng nay nhiều tuyến phố"


def stock_stories(count: int = 30) -> list[Entry]:
    """Stories that open alike: past ``_STOCK_OPENING`` copies, their opening is stock."""
    return [
        entry(
            f"g{i}",
            f"https://tuoitrethudo.vn/{i}.html",
            title=f"Tin riêng số {i} hôm nay",
            summary=f"{STOCK} ở quận {i} ngập sâu sau mưa",
        )
        for i in range(count)
    ]


def test_a_stock_opening_finds_no_candidates(db_url: str) -> None:
    store = open_store(db_url, sources=1)
    ingest(store, "s0", stock_stories())
    state = store.source("s0")
    assert state is not None
    with store.engine.connect() as conn:
        from feeds.store import _bulk_for, _candidates, _Lookup

        edited = entry(
            "x",
            "https://baomoi.com/x.epi",
            title="Tin riêng số 3 hôm nay (sửa)",
            summary=f"{STOCK} ở quận 3 ngập sâu sau mưa",
        )
        lookup = _Lookup.of(_bulk_for(conn.dialect), [edited], POLICY.window)
        for priority in (None, 0):  # primary copies' priorities looked up, or all alike
            assert _candidates(conn, state.id + 1, lookup, priority) == []


def test_a_copy_under_a_stock_opening_still_merges_by_its_text(db_url: str) -> None:
    """A stock opening is not looked up, but the pair (opening, text key) is: another
    site's copy of one of those stories, under its own URL, is still that story."""
    store = open_store(db_url)
    ingest(store, "s0", stock_stories())
    copy = entry(
        "x",
        "https://baomoi.com/x.epi",
        title="Tin riêng số 3 hôm nay",
        summary=f"{STOCK} ở quận 3 ngập sâu sau mưa",
    )
    assert ingest(store, "s1", [copy]).duplicate == 1
    assert store.count_entries() == 30


def test_a_copy_whose_lead_is_too_short_for_an_opening_merges_by_its_text(db_url: str) -> None:
    store = open_store(db_url)
    title = "Hà Nội mở thêm ba điểm tiếp nhận hồ sơ trợ cấp cho người cao tuổi"
    ingest(store, "s0", [entry("a", "https://tuoitrethudo.vn/a.html", title=title)])
    copy = entry("b", "https://baomoi.com/b.epi", title=title)  # the lead: "Quận Hoàng Mai"
    assert copy.lead_key is None
    assert ingest(store, "s1", [copy]).duplicate == 1
    assert store.count_entries() == 1


def test_an_opening_that_keeps_coming_back_is_stock_even_if_rare_in_the_window(
    db_url: str,
) -> None:
    """A weekly column opens the same way each time: only last week's issue is within the
    window, but counted over every stored copy the opening is a stock phrase, and this
    week's issue matches no earlier one by its lead."""
    store = open_store(db_url, sources=1)
    stock = "Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, trong tuần tới"
    weekly = [
        replace(
            entry(
                f"w{i}",
                f"https://tuoitrethudo.vn/tuan-{i}.html",
                title=f"Thời tiết tuần thứ {i} trong năm",
                summary=f"{stock} miền Bắc có mưa rào rải rác, tuần {i}",
            ),
            published=NOW - timedelta(days=1, weeks=i),
        )
        for i in range(24)
    ]
    ingest(store, "s0", weekly)
    state = store.source("s0")
    assert state is not None
    latest = entry(
        "x",
        "https://baomoi.com/x.epi",
        title="Dự báo thời tiết tuần này",
        summary=f"{stock} miền Bắc có mưa rào rải rác, tuần 1",
    )
    from feeds.store import _bulk_for, _candidates, _Lookup

    with store.engine.connect() as conn:
        lookup = _Lookup.of(_bulk_for(conn.dialect), [latest], POLICY.window)
        for priority in (None, 0):
            assert _candidates(conn, state.id + 1, lookup, priority) == []


def _write(store: Store, source: str, entries: list[Entry], **fields: object) -> Write:
    state = store.source(source)
    assert state is not None
    decide = partial(dedupe.decide, entries, source_id=state.id, priority=0, policy=POLICY)
    return Write(state.id, fields, entries, decide, NOW, POLICY.window)


def test_one_batch_stores_every_poll_and_later_polls_see_earlier_stories(db_url: str) -> None:
    store = open_store(db_url, sources=3)
    link = "https://tuoitrethudo.vn/a-1.html"
    due = NOW + timedelta(hours=1)
    results = store.write(
        [
            _write(store, "s0", [entry("a", link)], next_due=due, last_status=200),
            _write(store, "s1", [entry("b", f"{link}?utm_source=x")], next_due=due),
            Write(store.source("s2").id, {"last_status": 304, "next_due": due}),  # type: ignore[union-attr]
        ]
    )
    assert [(r.new, r.duplicate) for r in results if isinstance(r, Counts)] == [
        (1, 0),
        (0, 1),
        (0, 0),
    ]
    assert store.count_entries() == 1
    states = {s.name: s for s in store.sources()}
    assert {n: s.next_due for n, s in states.items()} == {"s0": due, "s1": due, "s2": due}
    assert states["s2"].last_status == 304


def story(key: str) -> Entry:
    """A story of its own (no key, link or text shared with another), for batch tests."""
    return entry(key, f"https://x.vn/{key}.html", title=f"Tin riêng {key} của ngày hôm nay")


def test_a_poll_that_fails_to_store_leaves_the_rest_of_its_batch_stored(db_url: str) -> None:
    store = open_store(db_url, sources=3)
    due = NOW + timedelta(hours=1)

    def broken(candidates: Sequence[Candidate]) -> list[Decision]:
        raise RuntimeError("a bug in a decision")

    bad = _write(store, "s1", [story("b")], next_due=due)
    results = store.write(
        [
            _write(store, "s0", [story("a")], next_due=due),
            replace(bad, decide=broken),
            _write(store, "s2", [story("c")], next_due=due),
        ]
    )
    assert isinstance(results[1], RuntimeError)
    assert [r.new for r in (results[0], results[2]) if isinstance(r, Counts)] == [1, 1]
    assert store.count_entries() == 2
    states = {s.name: s for s in store.sources()}
    assert states["s1"].next_due == NOW  # its fetch outcome was not recorded either
    assert states["s0"].next_due == states["s2"].next_due == due


def test_a_poll_whose_lookup_cannot_be_built_leaves_the_rest_of_its_batch_stored(
    db_url: str,
) -> None:
    """What the lookups need is computed before the write lock, outside each source's
    savepoint: an entry that cannot be looked up (a time without a zone, a bug upstream)
    still fails its own source only."""
    store = open_store(db_url, sources=3)
    due = NOW + timedelta(hours=1)

    naive = replace(story("b"), published=NOW.replace(tzinfo=None))
    results = store.write(
        [
            _write(store, "s0", [story("a")], next_due=due),
            _write(store, "s1", [naive], next_due=due),
            _write(store, "s2", [story("c")], next_due=due),
        ]
    )
    assert isinstance(results[1], ValueError) and "naive" in str(results[1])
    assert [r.new for r in (results[0], results[2]) if isinstance(r, Counts)] == [1, 1]
    states = {s.name: s for s in store.sources()}
    assert states["s1"].next_due == NOW  # its fetch outcome was not recorded either
    assert states["s0"].next_due == states["s2"].next_due == due


def test_a_poll_the_database_refuses_leaves_the_rest_of_its_batch_stored(db_url: str) -> None:
    """An error of the database itself (here a foreign key) in one source's ingest undoes
    that source's rows only; the transaction goes on with the next source."""
    store = open_store(db_url, sources=3)

    def into_nowhere(candidates: Sequence[Candidate]) -> list[Decision]:
        return [Decision(Action.INSERT, story("b1")), Decision(Action.MERGE, story("b2"), 10**9)]

    bad = _write(store, "s1", [story("b1"), story("b2")])
    results = store.write(
        [
            _write(store, "s0", [story("a")]),
            replace(bad, decide=into_nowhere),
            _write(store, "s2", [story("c")]),
        ]
    )
    assert isinstance(results[1], StoreError)
    assert [r.new for r in (results[0], results[2]) if isinstance(r, Counts)] == [1, 1]
    assert store.count_entries() == 2  # b1 was inserted, then undone with its source
    assert ingest(store, "s1", [story("d")]).new == 1  # the store takes writes as before


def test_schema_head_is_the_newest_migration() -> None:
    from alembic.script import ScriptDirectory

    from feeds.store import SCHEMA_HEAD, alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == SCHEMA_HEAD


def test_creating_a_store_logs_nothing_of_alembic_s_own(tmp_path: Path) -> None:
    """Alembic reports each plugin it sets up, at INFO, when it is first imported: a new
    store's log (the service logs at INFO) must not start with a dozen such lines. In a
    fresh interpreter, since only the first import logs them."""
    url = f"sqlite:///{tmp_path / 'feeds.db'}"
    script = (
        "import logging, sys; logging.basicConfig(level=logging.INFO, stream=sys.stdout)\n"
        "from feeds.store import Store\n"
        f"Store.open({url!r}).close()\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert (tmp_path / "feeds.db").exists()
    assert "alembic" not in run.stdout + run.stderr


def test_sync_follows_the_config_and_keeps_what_is_gone(db_url: str) -> None:
    store = open_store(db_url, sources=3)
    s1 = store.source("s1")
    assert s1 is not None
    store.record_fetch(s1.id, etag='"v1"', body_hash="abc", error_count=2)
    store.sync_sources(
        [
            SourceConfig("s0", "https://x.vn/0.rss", priority=5),
            SourceConfig("s1", "https://y.vn/1"),
        ],
        [("an-sinh", "An sinh"), ("moi", "Mới")],
        first_due=lambda name: NOW,
    )
    states = {s.name: s for s in store.sources()}
    assert set(states) == {"s0", "s1"}  # s2 kept, no longer polled (inactive)
    assert states["s1"].url == "https://y.vn/1"
    assert (states["s1"].etag, states["s1"].body_hash, states["s1"].error_count) == (None, None, 0)
    assert store.categories() == {"an-sinh": "An sinh", "thoi-tiet": "Thời tiết", "moi": "Mới"}
    lease = timedelta(minutes=1)
    assert [s.name for s in store.claim_due(NOW, limit=10, lease=lease, worker="a")] == ["s0", "s1"]


def test_upgrading_keeps_every_copy_s_categories(db_url: str) -> None:
    """A migration that rebuilds a table (0007 rebuilds ``copies`` on SQLite) keeps the
    rows that refer to it: with foreign keys on, dropping the old table deleted every
    category of every copy (ON DELETE CASCADE)."""
    old = open_store_at(db_url, "0006")
    insert_story(old, "s0", entry("a", "https://tuoitrethudo.vn/a-1.html"), "an-sinh")
    old.close()

    store = Store.open(db_url)  # upgrades to the head
    assert [e.categories for e in store.entries("an-sinh", 10)] == [("an-sinh",)]
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM entry_categories").scalar() == 1


def test_an_upgrade_that_would_leave_broken_keys_is_rolled_back(tmp_path: Path) -> None:
    """With foreign keys off during a migration, their check before the commit is what
    stops a migration that leaves rows pointing nowhere: the store stays as it was."""
    url = f"sqlite:///{tmp_path / 'feeds.db'}"
    old = open_store_at(url, "0006")
    insert_story(old, "s0", entry("a", "https://tuoitrethudo.vn/a-1.html"), "an-sinh")
    old.close()
    with contextlib.closing(sqlite3.connect(tmp_path / "feeds.db")) as raw:  # keys off
        raw.execute("INSERT INTO entry_categories VALUES (999, 'an-sinh', 999)")
        raw.commit()

    with pytest.raises(StoreError, match="foreign keys broken after migrating"):
        Store.open(url)
    with contextlib.closing(sqlite3.connect(tmp_path / "feeds.db")) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0006",)


def test_upgrading_to_key_hashes_keeps_stored_stories_findable(db_url: str) -> None:
    """Migration 0004 fills the hashes of copies stored before it: a new copy of an old
    story, found by those hashes, still merges with it."""
    from sqlalchemy import text

    from feeds.store import key_hash

    old = store_at(db_url, "0003")
    stored = entry("a", "https://tuoitrethudo.vn/a-1.html", title="Tin cũ trước khi nâng cấp")
    old.sync_sources([SourceConfig("s0", "https://x.vn/0.rss")], [], first_due=lambda n: NOW)
    insert_story(old, "s0", stored)
    old.close()

    store = open_store(db_url)  # upgrades to the head
    with store.engine.connect() as conn:
        hashes = conn.execute(text("SELECT link_hash, text_hash, lead_hash FROM copies")).one()
    assert tuple(hashes) == (
        key_hash(stored.canonical_link),
        key_hash(stored.text_key),
        key_hash(stored.lead_key),
    )
    again = entry("b", "http://www.tuoitrethudo.vn/a-1.html?utm_source=x", title="Khác")
    assert ingest(store, "s1", [again]).duplicate == 1
    assert store.count_entries() == 1


def test_public_ids_are_time_ordered_uuids() -> None:
    import uuid
    from itertools import pairwise

    from feeds.store import _time_ordered_uuids

    batches = [_time_ordered_uuids(NOW + timedelta(milliseconds=i), 3) for i in range(0, 2000, 7)]
    ids = [u for batch in batches for u in batch]
    assert all(u.version == 7 and u.variant == uuid.RFC_4122 for u in ids)
    # the index appends them: each batch's ids sort after every id of the batch before
    assert all(max(map(str, a)) < min(map(str, b)) for a, b in pairwise(batches))
    assert len(set(ids)) == len(ids)


def test_the_write_ahead_log_is_copied_into_the_database_after_writes(tmp_path: Path) -> None:
    """SQLite checkpoints in the store's own thread (not at commit, which is told not to):
    while the store is open, what was written reaches the database file itself, which a
    copy of that file alone, without its log, shows."""
    import shutil
    import sqlite3

    store = open_store(f"sqlite:///{tmp_path / 'feeds.db'}", sources=1)
    for i in range(30):
        ingest(store, "s0", [entry(f"g{i}", f"https://x.vn/{i}.html", title=f"Tin thứ {i} mới")])

    def in_the_file() -> int:
        shutil.copy(tmp_path / "feeds.db", tmp_path / "alone.db")
        with sqlite3.connect(tmp_path / "alone.db") as raw:
            try:
                return int(raw.execute("SELECT count(*) FROM entries").fetchone()[0])
            except sqlite3.OperationalError:  # not even the tables have reached the file
                return 0

    deadline = time.monotonic() + 10
    while in_the_file() < 30 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert in_the_file() == 30
    store.close()


def test_the_write_ahead_log_is_truncated_once_past_its_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reader of an old snapshot (another process's transaction) stops passive
    checkpoints from copying the whole log, and SQLite then never starts it over: it grew
    to 7.4 GB in a cold poll of 20,000 sources. Past the store's limit, the checkpointer
    waits for such readers and truncates it; nothing written is lost."""
    import sqlite3

    monkeypatch.setattr("feeds.store._LOG_LIMIT", 64 * 1024)
    path = tmp_path / "feeds.db"
    log = Path(f"{path}-wal")
    store = open_store(f"sqlite:///{path}", sources=1)
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM entries").fetchone() == (0,)  # a snapshot
    for i in range(40):
        title = f"Tin thứ {i} về mưa lớn ở các tỉnh miền núi phía Bắc"
        ingest(store, "s0", [entry(f"g{i}", f"https://x.vn/{i}.html", title=title)])
    wait_for(lambda: log.stat().st_size > 64 * 1024, what="the log to grow past the limit")
    reader.execute("COMMIT")  # the old snapshot ends: the checkpointer may truncate now
    ingest(store, "s0", [entry("last", "https://x.vn/last.html", title="Tin cuối cùng")])
    wait_for(lambda: log.stat().st_size < 64 * 1024, what="the log to be truncated")
    assert reader.execute("SELECT count(*) FROM entries").fetchone() == (41,)
    reader.close()
    store.close()


def test_a_new_postgresql_store_gathers_statistics_at_its_first_thousand_copies(
    pg_url: str,
) -> None:
    """Until autovacuum's first look, a new store's tables have no statistics and the
    planner reads candidates in scans that grow with the table: the store analyses them
    itself, once, when it holds a thousand copies (not before: statistics of a handful
    of rows mislead the planner worse)."""
    from sqlalchemy import text

    store = open_store(pg_url, sources=3)

    def estimated_rows() -> float:
        with store.engine.connect() as conn:
            return float(
                conn.execute(
                    text("SELECT reltuples FROM pg_class WHERE relname = 'copies'")
                ).scalar_one()
            )

    def stories(source: str, start: int, count: int) -> None:
        ingest(
            store,
            source,
            [
                entry(
                    f"{source}-{i}",
                    f"https://{source}.vn/{i}.html",
                    title=f"Tin số {i} của {source}",
                )
                for i in range(start, start + count)
            ],
        )

    stories("s0", 0, 600)
    assert estimated_rows() < 0  # never analysed: PostgreSQL's -1
    stories("s1", 0, 600)
    assert estimated_rows() == 1200
    stories("s2", 0, 600)
    assert estimated_rows() == 1200  # once: later growth is autovacuum's
    store.close()
