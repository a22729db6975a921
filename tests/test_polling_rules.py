"""pipeline: what a fetch outcome does to the source (moves, disables, backs off)."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from conftest import ConfigWriter, wait_for
from samples import rss, welfare
from werkzeug import Request, Response

from feeds.config import load
from feeds.model import PollOutcome, SourceState
from feeds.pipeline import Poller, make_fetcher, sync
from feeds.store import Store


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2024, 2, 27, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def rig(web: Any, write_config: ConfigWriter) -> Iterator[Any]:
    """One source at /feed on a local server, a store, and a poll function with a fake clock."""
    config = write_config(
        sources=[{"name": "a", "url": web.url_for("/feed")}],
        polling={"interval": "15m", "timeout": "5s"},
    )
    settings = load(config)
    store = Store.open(settings.database)
    clock = Clock()
    sync(settings, store, clock())

    def poll() -> tuple[PollOutcome, SourceState]:
        async def run() -> PollOutcome:
            [state] = store.claim_due(
                clock.now + timedelta(days=400), limit=1, lease=timedelta(minutes=5), worker="t"
            )
            async with make_fetcher(settings) as fetcher:
                return await Poller(settings, store, clock=clock, dice=lambda: 0.5).poll(
                    state, fetcher
                )

        outcome = asyncio.run(run())
        state = store.source("a")
        assert state is not None
        return outcome, state

    yield poll, clock, config
    store.close()


@pytest.mark.parametrize("status", [301, 308])
def test_permanent_redirect_moves_the_source_on_the_second_sighting(
    web: Any, rig: Any, status: int
) -> None:
    poll, _, config = rig
    web.expect_request("/feed").respond_with_data("", status=status, headers={"Location": "/moved"})
    web.expect_request("/moved").respond_with_data(rss([welfare()]))
    _, state = poll()
    assert state.url == web.url_for("/feed") and state.redirect_candidate == web.url_for("/moved")
    _, state = poll()
    assert state.url == web.url_for("/moved")
    _, state = poll()
    assert web.log[-1][0].path == "/moved"
    assert load(config).sources[0].url == web.url_for("/feed")  # the YAML is left alone


def test_temporary_redirect_does_not_move(web: Any, rig: Any) -> None:
    poll, _, _ = rig
    web.expect_request("/feed").respond_with_data("", status=302, headers={"Location": "/tmp"})
    web.expect_request("/tmp").respond_with_data(rss([welfare()]))
    poll()
    _, state = poll()
    assert state.url == web.url_for("/feed") and state.redirect_candidate is None


def test_gone_disables_the_source(web: Any, rig: Any) -> None:
    poll, _, _ = rig
    web.expect_request("/feed").respond_with_data("", status=410)
    outcome, state = poll()
    assert not outcome.ok and state.disabled_reason and "410" in state.disabled_reason


def test_repeated_404_backs_off_to_the_maximum(web: Any, rig: Any) -> None:
    poll, clock, _ = rig
    web.expect_request("/feed").respond_with_data("", status=404)
    _, state = poll()
    assert state.next_due - clock.now == timedelta(minutes=15)
    _, state = poll()
    assert state.next_due - clock.now == timedelta(hours=24)


@pytest.mark.parametrize("header", ["7200", "Tue, 27 Feb 2024 10:00:00 GMT"])
def test_retry_after_sets_the_next_poll(web: Any, rig: Any, header: str) -> None:
    poll, clock, _ = rig
    web.expect_request("/feed").respond_with_data("", status=429, headers={"Retry-After": header})
    _, state = poll()
    assert state.next_due - clock.now == timedelta(hours=2)
    assert state.error_count == 1


def test_one_success_resets_the_backoff(web: Any, rig: Any) -> None:
    poll, clock, _ = rig
    answers = iter([Response("x", status=500)] * 3 + [Response(rss([welfare()]))])
    web.expect_request("/feed").respond_with_handler(lambda r: next(answers))
    for expected in (15, 30, 60):
        _, state = poll()
        assert state.next_due - clock.now == timedelta(minutes=expected)
    _, state = poll()
    assert state.error_count == 0 and state.last_error is None
    assert state.next_due - clock.now == timedelta(minutes=15)


def test_unconditional_fetch_once_a_day_and_identical_body_not_reparsed(web: Any, rig: Any) -> None:
    poll, clock, _ = rig
    body = rss([welfare()])

    def stuck_cache(request: Request) -> Response:  # answers 304 to any validator, forever
        if request.headers.get("If-None-Match"):
            return Response(status=304)
        return Response(body, headers={"ETag": '"v1"'})

    web.expect_request("/feed").respond_with_handler(stuck_cache)
    first, _ = poll()
    assert first.new == 1
    clock.now += timedelta(hours=1)
    assert poll()[0].not_modified
    clock.now += timedelta(hours=24)
    outcome, _ = poll()
    assert "If-None-Match" not in web.log[-1][0].headers  # a full fetch after a day
    assert outcome.not_modified and outcome.new == 0  # same bytes: not parsed again


def test_feed_ttl_stretches_the_interval(web: Any, rig: Any) -> None:
    poll, clock, _ = rig
    web.expect_request("/feed").respond_with_data(rss([welfare()], extra_channel="<ttl>120</ttl>"))
    _, state = poll()
    assert state.next_due - clock.now == timedelta(hours=2)


@pytest.mark.parametrize("batch", [None, 10])
def test_polls_waiting_only_for_the_writer_leave_their_place(
    web: Any, write_config: ConfigWriter, batch: int | None
) -> None:
    """A poll that holds no body (an error, a 304) gives its place to the next source
    while its outcome waits for the writer's batch: with the store's first write held,
    more sources than the poll's capacity get fetched, up to two of the writer's batches
    more (all 130 with the default batch of 1,000)."""
    n = 130
    config = write_config(
        sources=[{"name": f"s{i}", "url": web.url_for(f"/f{i}")} for i in range(n)],
        polling={"concurrency": 1, "timeout": "5s"},
    )
    settings = load(config)
    store = Store.open(settings.database)
    clock = Clock()
    sync(settings, store, clock())
    web.expect_request(re.compile(r"/f\d+")).respond_with_data("", status=404)
    poller = Poller(settings, store, clock=clock, dice=lambda: 0.5)
    if batch is not None:
        poller.writer.limit = batch
    expected = n if batch is None else poller.capacity + 2 * batch
    assert poller.capacity < expected <= n
    write = store.write
    fetched_before_first_write: list[int] = []

    def held_write(writes: Any) -> Any:
        if not fetched_before_first_write:
            wait_for(lambda: len(web.log) >= expected, timeout=10, what="the fetches")
            time.sleep(0.3)  # would any more come? (a slow machine only hides an excess)
            fetched_before_first_write.append(len(web.log))
        return write(writes)

    store.write = held_write  # type: ignore[method-assign]

    async def run() -> list[PollOutcome]:
        states = store.claim_due(
            clock.now + timedelta(days=1), limit=n, lease=timedelta(minutes=5), worker="t"
        )
        async with make_fetcher(settings) as fetcher:
            return await poller.poll_many(states, fetcher)

    outcomes = asyncio.run(run())
    assert fetched_before_first_write == [expected]
    assert len(outcomes) == n and not any(o.ok for o in outcomes)
    assert all(s.error_count == 1 and s.last_status == 404 for s in store.sources())
    store.close()
