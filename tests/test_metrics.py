"""/metrics: what monitoring scrapes, in the Prometheus text format, parsed back with
prometheus_client's own parser; over real HTTP, and from a running service."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from typing import Any

from conftest import ConfigWriter, ThreadServer, free_port, get, scrape, start, wait_for
from samples import rss, weather, welfare

from feeds.metrics import Metrics
from feeds.model import PollOutcome, StoreSummary
from feeds.server import SiteCache, create_app
from feeds.store import SourceConfig, Store

NOW = datetime(2024, 2, 27, 8, 0, tzinfo=UTC)


def test_metrics_count_polls_and_show_the_store() -> None:
    metrics = Metrics()
    metrics.polled(PollOutcome("a", ok=True, status=200, new=3, duplicate=1), NOW)
    metrics.polled(PollOutcome("a", ok=True, status=304, not_modified=True), NOW)
    metrics.polled(PollOutcome("b", ok=False, status=404, error="HTTP 404"), NOW)
    metrics.read(StoreSummary(sources_ok=5, sources_failing=1, sources_disabled=2, stories=40))
    with ThreadServer(create_app(SiteCache(), metrics)) as base:
        samples = scrape(base)
    assert samples[("feeds_polls_total", (("outcome", "ok"),))] == 1
    assert samples[("feeds_polls_total", (("outcome", "not_modified"),))] == 1
    assert samples[("feeds_polls_total", (("outcome", "failed"),))] == 1
    assert samples[("feeds_entries_total", (("kind", "new"),))] == 3
    assert samples[("feeds_entries_total", (("kind", "duplicate"),))] == 1
    assert samples[("feeds_entries_total", (("kind", "updated"),))] == 0
    assert samples[("feeds_last_poll_timestamp_seconds", ())] == NOW.timestamp()
    assert samples[("feeds_sources", (("state", "ok"),))] == 5
    assert samples[("feeds_sources", (("state", "failing"),))] == 1
    assert samples[("feeds_sources", (("state", "disabled"),))] == 2
    assert samples[("feeds_stories", ())] == 40


def test_no_metrics_endpoint_when_turned_off() -> None:
    with ThreadServer(create_app(SiteCache())) as base:
        assert get(f"{base}/metrics")[0] == 404


def test_the_store_summary_counts_configured_sources_by_state(db_url: str) -> None:
    store = Store.open(db_url)
    configured = [SourceConfig(f"s{i}", f"https://x.vn/{i}.rss") for i in range(4)]
    store.sync_sources(configured, [], first_due=lambda name: NOW)
    ids = {s.name: s.id for s in store.sources()}
    store.record_fetch(ids["s1"], error_count=2, last_error="HTTP 500")
    store.record_fetch(ids["s2"], error_count=1, disabled_reason="410 Gone")
    store.sync_sources(configured[:3], [], first_due=lambda name: NOW)  # s3 left the config
    assert store.summary() == StoreSummary(
        sources_ok=1, sources_failing=1, sources_disabled=1, stories=0
    )
    store.close()


def test_a_running_service_exports_its_polls_and_its_store(
    web: Any, write_config: ConfigWriter, processes: list[subprocess.Popen[bytes]]
) -> None:
    web.expect_request("/a.rss").respond_with_data(rss([welfare(), weather()]))
    web.expect_request("/b.rss").respond_with_data("gone missing", status=404)
    port = free_port()
    config = write_config(
        sources=[
            {"name": "a", "url": web.url_for("/a.rss")},
            {"name": "b", "url": web.url_for("/b.rss")},
        ],
        server={"host": "127.0.0.1", "port": port, "refresh": 0.2, "metrics_every": 0.2},
        polling={"interval": "1h", "tick": 0.2},
    )
    processes.append(start(config))
    base = f"http://127.0.0.1:{port}"

    expected = {
        ("feeds_polls_total", (("outcome", "ok"),)): 1,
        ("feeds_polls_total", (("outcome", "failed"),)): 1,
        ("feeds_entries_total", (("kind", "new"),)): 2,
        ("feeds_sources", (("state", "ok"),)): 1,
        ("feeds_sources", (("state", "failing"),)): 1,
        ("feeds_stories", ()): 2,
    }

    def shown() -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
        samples = scrape(base)
        return {key: samples[key] for key in expected}

    wait_for(lambda: shown() == expected, what="both polls and the store in /metrics")
    assert scrape(base)[("feeds_rendered_timestamp_seconds", ())] > 0
