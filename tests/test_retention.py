"""retention: which stories expire, the store deleting them, polls not bringing them back,
``feeds purge`` and the service's purge; on a SQLite file and on the real PostgreSQL."""

from __future__ import annotations

import asyncio
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from functools import partial
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from conftest import ConfigWriter, free_port, start, titles, wait_for
from samples import Item, rss, weather, welfare
from werkzeug import Response

from feeds import cli, dedupe, retention
from feeds import service as service_module
from feeds import store as store_module
from feeds.config import Settings, load
from feeds.errors import ConfigError
from feeds.model import Entry, ParsedEntry
from feeds.normalize import Context, normalize_entry
from feeds.pipeline import Poller, make_fetcher, purge, sync
from feeds.service import Service
from feeds.store import SourceConfig, Store, Write

NOW = datetime(2024, 6, 30, 8, 0, tzinfo=UTC)
DAY = 86400.0


@pytest.mark.parametrize(
    ("published", "max_age", "expired"),
    [
        (NOW - timedelta(days=31), 30 * DAY, True),
        (NOW - timedelta(days=29), 30 * DAY, False),
        (NOW - timedelta(days=30), 30 * DAY, False),  # the horizon itself has not expired
        (NOW - timedelta(days=3650), None, False),  # no max_age: nothing ever expires
    ],
)
def test_an_entry_expires_once_published_before_the_horizon(
    published: datetime, max_age: float | None, expired: bool
) -> None:
    assert retention.expired(published, retention.horizon(NOW, max_age)) is expired


def test_the_horizon_is_max_age_before_now() -> None:
    assert retention.horizon(NOW, 30 * DAY) == NOW - timedelta(days=30)
    assert retention.horizon(NOW, None) is None


# --- the store ----------------------------------------------------------------------------


def story(link: str, title: str, published: datetime, slugs: frozenset[str] = frozenset()) -> Entry:
    ctx = Context(base_url="https://x.vn/", tz=ZoneInfo("Asia/Ho_Chi_Minh"), now=NOW)
    raw = ParsedEntry(guid=link, link=link, title=title, summary=f"Tin {title}", content=None)
    dated = replace(normalize_entry(raw, ctx), published=published, undated=False)
    return replace(dated, categories=slugs)


def put(store: Store, source: str, entries: list[Entry]) -> None:
    state = store.source(source)
    assert state is not None
    policy = dedupe.Policy()
    decide = partial(dedupe.decide, entries, source_id=state.id, priority=0, policy=policy)
    store.ingest(state.id, entries, decide, now=NOW, window=policy.window)


@pytest.fixture
def aged(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Store:
    """Three sources: s0 with an old story and a new one, a story s0 carried long ago and
    s1 carries now (one story, two copies), and s2's only story, older still."""
    monkeypatch.setattr(store_module, "_PURGE_CHUNK", 1)  # every story its own chunk
    store = Store.open(db_url)
    store.sync_sources(
        [SourceConfig(f"s{i}", f"https://x.vn/{i}.rss") for i in range(3)],
        [("an-sinh", "An sinh xã hội")],
        first_due=lambda name: NOW,
    )

    def ago(days: int) -> datetime:
        return NOW - timedelta(days=days)

    put(store, "s0", [story("https://x.vn/cu.html", "Tin cũ", ago(100), frozenset({"an-sinh"}))])
    put(store, "s0", [story("https://x.vn/moi.html", "Tin mới", ago(1))])
    put(store, "s0", [story("https://x.vn/chung.html", "Tin chung", ago(90))])
    put(store, "s1", [story("https://www.x.vn/chung.html", "Tin chung lại", ago(2))])
    put(store, "s2", [story("https://x.vn/hiem.html", "Tin hiếm", ago(200))])
    return store


def stored_titles(store: Store) -> set[str]:
    return {e.title for e in store.entries(None, 100)}


def test_purge_deletes_stories_whose_every_copy_is_past_the_horizon(aged: Store) -> None:
    store = aged
    horizon = NOW - timedelta(days=30)
    assert stored_titles(store) == {"Tin cũ", "Tin mới", "Tin chung", "Tin hiếm"}
    assert [e.title for e in store.entries("an-sinh", 10)] == ["Tin cũ"]

    assert store.purge(horizon, 1, dry_run=True) == 1
    assert store.count_entries() == 4  # a dry run deletes nothing

    revision = store.revision()
    assert store.purge(horizon, 1) == 1
    # "Tin chung" has a recent copy; "Tin hiếm" is its source's newest copy
    assert stored_titles(store) == {"Tin mới", "Tin chung", "Tin hiếm"}
    assert store.revision() > revision  # the published feeds change
    assert store.entries("an-sinh", 10) == []  # its categories went with it
    s0 = store.source("s0")
    assert s0 is not None and store.known_keys(s0.id, ["https://x.vn/cu.html"]) == set()

    assert store.purge(horizon, 0) == 1  # no copy kept for its source's sake
    assert stored_titles(store) == {"Tin mới", "Tin chung"}
    revision = store.revision()
    assert store.purge(horizon, 0) == 0
    assert store.revision() == revision  # nothing deleted, nothing to re-render
    store.close()


@pytest.mark.parametrize("how", ["removed from the config", "disabled"])
def test_only_sources_still_polled_keep_their_newest(aged: Store, how: str) -> None:
    """A source that no longer lists anything keeps none: its stories age like the rest."""
    store = aged
    s2 = store.source("s2")
    assert s2 is not None
    if how == "disabled":
        store.record_fetch(s2.id, disabled_reason="410 Gone")
    else:
        store.sync_sources(
            [SourceConfig(f"s{i}", f"https://x.vn/{i}.rss") for i in range(2)],
            [("an-sinh", "An sinh xã hội")],
            first_due=lambda name: NOW,
        )
    assert store.purge(NOW - timedelta(days=30), 1) == 2
    assert stored_titles(store) == {"Tin mới", "Tin chung"}
    store.close()


def test_purge_keeps_a_story_a_copy_joined_after_the_ids_were_read(aged: Store) -> None:
    """Each chunk checks again: a copy published since the horizon may join a story the
    purge read as expired (another worker storing meanwhile)."""
    store = aged
    horizon = NOW - timedelta(days=30)
    joined = False

    def join_then_delete(*args: Any, **kwargs: Any) -> Any:
        nonlocal joined
        if not joined:
            joined = True
            put(store, "s1", [story("https://www.x.vn/cu.html", "Tin cũ lại", NOW)])
        return original(*args, **kwargs)

    original = store._write_connection
    store._write_connection = join_then_delete  # type: ignore[method-assign]
    assert store.purge(horizon, 0) == 1  # "Tin hiếm" only
    assert "Tin cũ" in stored_titles(store)
    store.close()


def test_a_purge_told_to_stop_ends_after_its_chunk(aged: Store) -> None:
    asked: list[int] = []

    def stop() -> bool:
        asked.append(len(asked))
        return len(asked) > 1  # the first chunk goes, then stop

    assert aged.purge(NOW - timedelta(days=30), 0, stop=stop) == 1  # of the two expired
    assert aged.purge(NOW - timedelta(days=30), 0) == 1  # the rest, at the next purge
    aged.close()


def test_cancelling_the_service_purge_stops_its_thread(
    write_config: ConfigWriter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stop or a reload cancels the purge job: its thread is told to stop, so the
    service does not wait for a purge of millions of stories to end."""
    told = threading.Event()
    started = threading.Event()

    def purge_until_told(*args: Any, stop: Callable[[], bool], **kwargs: Any) -> int:
        started.set()
        for _ in range(1000):
            if stop():
                told.set()
                return 0
            time.sleep(0.01)
        return 0

    monkeypatch.setattr(service_module, "purge", purge_until_told)
    settings = load(write_config(sources=[], retention={"max_age": "30d"}))
    service = Service(settings, serve=False)
    service.store = Store.open(settings.database)

    async def cancel_it() -> None:
        job = asyncio.create_task(service.purge_expired())
        await asyncio.to_thread(started.wait, 10)
        job.cancel()
        with pytest.raises(asyncio.CancelledError):
            await job

    asyncio.run(cancel_it())
    assert told.wait(10)
    service.store.close()


# --- polls --------------------------------------------------------------------------------


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def rfc822(when: datetime) -> str:
    return format_datetime(when.astimezone(ZoneInfo("Asia/Ho_Chi_Minh")))


def one_feed(
    web: Any, write_config: ConfigWriter, items: list[Item], clock: Clock, keep_per_source: int
) -> tuple[Settings, Store, Callable[[], int]]:
    """One source serving ``items`` (as they are at each request), with a retention of 30
    days; its settings, its store, and a poll of it at ``clock.now``, giving its new
    stories."""
    web.expect_request("/feed").respond_with_handler(lambda r: _response(rss(items)))
    config = write_config(
        sources=[{"name": "a", "url": web.url_for("/feed")}],
        retention={"max_age": "30d", "keep_per_source": keep_per_source},
    )
    settings = load(config)
    store = Store.open(settings.database)
    sync(settings, store, clock())

    def poll() -> int:
        async def run() -> int:
            [state] = store.claim_due(
                clock.now + timedelta(days=400), limit=1, lease=timedelta(minutes=5), worker="t"
            )
            async with make_fetcher(settings) as fetcher:
                outcome = await Poller(settings, store, clock=clock).poll(state, fetcher)
            assert outcome.ok
            return outcome.new

        return asyncio.run(run())

    return settings, store, poll


def test_entries_past_the_horizon_are_not_stored_and_purged_ones_do_not_come_back(
    web: Any, write_config: ConfigWriter
) -> None:
    clock = Clock(datetime(2024, 3, 30, 8, 0, tzinfo=UTC))
    dateless = Item("Thông báo lịch tiếp công dân", "https://x.vn/lich.html", pub_date="")
    fresh = weather(pub_date=rfc822(clock.now - timedelta(days=1)))
    items = [welfare(), fresh, dateless]  # welfare: 27/02/2024, 32 days before
    settings, store, poll = one_feed(web, write_config, items, clock, keep_per_source=1)
    poll()
    assert stored_titles(store) == {fresh.title, dateless.title}

    clock.now += timedelta(days=92)  # both are past the horizon now
    assert purge(settings, store, clock.now, dry_run=True) == 1
    assert purge(settings, store, clock.now) == 1  # the dateless one is the source's newest
    assert stored_titles(store) == {dateless.title}

    newer = Item("Tin mới trong tuần", "https://x.vn/moi.html", pub_date=rfc822(clock.now))
    items.insert(0, newer)  # a changed body, parsed again: the weather story is still listed
    poll()
    assert stored_titles(store) == {dateless.title, newer.title}
    store.close()


def test_an_undated_entry_its_feed_still_lists_is_kept_and_never_comes_back_as_new(
    web: Any, write_config: ConfigWriter
) -> None:
    """An undated entry is dated when first seen; while its feed lists it, retention keeps
    its story (deleted, the next changed body would bring it back as a new story)."""
    clock = Clock(datetime(2024, 3, 30, 8, 0, tzinfo=UTC))
    pinned = Item("Thông báo lịch tiếp công dân", "https://x.vn/lich.html", pub_date="")
    items = [pinned, weather(pub_date=rfc822(clock.now - timedelta(hours=1)))]
    settings, store, poll = one_feed(web, write_config, items, clock, keep_per_source=0)
    assert poll() == 2
    clock.now += timedelta(days=92)
    assert poll() == 0  # the same body: not parsed again, the listing stands
    assert purge(settings, store, clock.now) == 1  # the weather story; the pinned one is listed
    assert stored_titles(store) == {pinned.title}

    newer = Item("Tin mới trong tuần", "https://x.vn/moi.html", pub_date=rfc822(clock.now))
    items.insert(1, newer)  # a changed body that still lists the pinned entry
    assert poll() == 1  # the newer story only
    assert purge(settings, store, clock.now) == 0
    assert stored_titles(store) == {pinned.title, newer.title}

    items.remove(pinned)  # no longer listed: it ages like the rest
    clock.now += timedelta(days=1)
    assert poll() == 0
    assert purge(settings, store, clock.now) == 1
    assert stored_titles(store) == {newer.title}
    store.close()


def test_a_listed_undated_copy_protects_its_story_while_its_source_is_polled(
    aged: Store,
) -> None:
    """The store's side: a parse listing the copy marks it, one without it (even with no
    entries at all) clears it, a write of a 304 leaves it; a source no longer polled
    protects nothing."""
    store = aged
    later = NOW + timedelta(days=100)
    horizon = later - timedelta(days=30)
    undated = replace(story("https://x.vn/lich.html", "Lịch tiếp công dân", NOW), undated=True)
    s1 = store.source("s1")
    assert s1 is not None
    put(store, "s1", [undated])  # at NOW: its date is the time it was first seen
    assert store.purge(horizon, 0, dry_run=True) == 4  # the rest has expired by then
    store.write([Write(s1.id, {})])  # a 304: nothing parsed
    assert store.purge(horizon, 0, dry_run=True) == 4
    put(store, "s1", [story("https://x.vn/khac.html", "Tin khác", NOW)])  # no longer listed
    assert store.purge(horizon, 0, dry_run=True) == 6  # with "Tin khác", dated and old
    put(store, "s1", [undated])  # listed again
    assert store.purge(horizon, 0, dry_run=True) == 5
    store.write([Write(s1.id, {}, (), now=NOW)])  # a parse that found no entries
    assert store.purge(horizon, 0, dry_run=True) == 6
    put(store, "s1", [undated])
    store.record_fetch(s1.id, disabled_reason="410 Gone")
    assert store.purge(horizon, 0, dry_run=True) == 6
    assert store.purge(horizon, 0) == 6 and store.count_entries() == 0
    store.close()


def _response(body: bytes) -> Response:
    return Response(body, content_type="application/rss+xml")


# --- the command and the service ----------------------------------------------------------


def test_feeds_purge_counts_then_deletes(
    web: Any, write_config: ConfigWriter, capsys: pytest.CaptureFixture[str]
) -> None:
    recent = weather(pub_date=rfc822(datetime.now(UTC) - timedelta(days=1)))
    web.expect_request("/feed").respond_with_data(rss([welfare(), recent]))
    sources = [{"name": "a", "url": web.url_for("/feed")}]
    keep_all = write_config(sources=sources)
    assert cli.main(["poll", "-c", str(keep_all)]) == 0
    assert cli.main(["purge", "-c", str(keep_all)]) == 0
    assert "retention.max_age is not set" in capsys.readouterr().out

    limited = write_config(
        sources=sources, retention={"max_age": "30d", "keep_per_source": 0}, name="limited.yaml"
    )
    assert cli.main(["purge", "-c", str(limited), "--dry-run"]) == 0
    assert "1 story would be deleted" in capsys.readouterr().out
    assert cli.main(["purge", "-c", str(limited)]) == 0
    assert "1 story deleted" in capsys.readouterr().out
    store = Store.open(load(limited).database)
    assert stored_titles(store) == {recent.title}
    store.close()


def test_the_service_purges_at_start_and_keeps_expired_stories_out(
    web: Any, write_config: ConfigWriter, processes: list[subprocess.Popen[bytes]]
) -> None:
    recent = weather(pub_date=rfc822(datetime.now(UTC) - timedelta(hours=1)))
    items = [welfare()]  # published 27/02/2024
    web.expect_request("/a.rss").respond_with_handler(lambda r: _response(rss(items)))
    port = free_port()
    sources = [{"name": "a", "url": web.url_for("/a.rss"), "interval": "1s"}]
    common: dict[str, Any] = {
        "server": {"host": "127.0.0.1", "port": port, "refresh": 0.2},
        "polling": {"interval": "1s", "min_interval": "1s", "tick": 0.2, "jitter": 0},
        "site": {"title": "Tin", "base_url": f"http://127.0.0.1:{port}", "language": "vi"},
    }
    assert cli.main(["poll", "-c", str(write_config(sources=sources, **common))]) == 0
    items.append(recent)
    config = write_config(
        sources=sources,
        retention={"max_age": "30d", "keep_per_source": 0},
        name="limited.yaml",
        **common,
    )
    processes.append(start(config))
    wait_for(lambda: titles(f"http://127.0.0.1:{port}") == [recent.title], what="purged")


def test_retention_mistakes_name_the_line_and_key(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text("retention:\n  max_age: 2d\n  keep: 5\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load(path)
    found = {(p.line, p.key) for p in info.value.problems}
    assert found == {(2, "retention.max_age"), (3, "retention.keep")}
    assert any("at least 7d" in p.message for p in info.value.problems)
