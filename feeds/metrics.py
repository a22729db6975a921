"""What monitoring scrapes at ``/metrics``: the Prometheus text format (prometheus_client).

A service left running for years fails quietly: a site is redesigned and its
source errors every poll, a disk fills and nothing is stored, the scheduler
stops and the feeds go stale while still being served. These are the numbers
to alert on, as Miniflux exports its own. They are aggregates only, no source
names (the endpoint is as public as the feeds): which sources fail is for
``feeds sources``.

Counters count this process's polls since it started (each worker of a shared
PostgreSQL store exports its own); gauges read from the store describe the
whole store, read by the service every ``server.metrics_every``, so a scrape
never queries the database.
"""

from __future__ import annotations

from datetime import datetime

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    disable_created_metrics,
    generate_latest,
)
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from feeds.model import PollOutcome, StoreSummary

MEDIA_TYPE = CONTENT_TYPE_LATEST

# A ``_created`` sample beside every counter only tells when this process started.
disable_created_metrics()  # type: ignore[no-untyped-call]  # untyped upstream


class Metrics:
    """One process's metrics, in a registry of its own (tests start several services)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.polls = Counter(
            "feeds_polls",
            "Polls of a source finished by this process, by outcome.",
            ["outcome"],
            registry=self.registry,
        )
        self.entries = Counter(
            "feeds_entries",
            "Entries this process's polls stored, by what they were.",
            ["kind"],
            registry=self.registry,
        )
        self.last_poll = Gauge(
            "feeds_last_poll_timestamp_seconds",
            "When this process last finished polling a source.",
            registry=self.registry,
        )
        self.sources = Gauge(
            "feeds_sources",
            "Configured sources in the store, by state (failing: the last poll failed).",
            ["state"],
            registry=self.registry,
        )
        self.stories = Gauge("feeds_stories", "Stories in the store.", registry=self.registry)
        self.rendered = Gauge(
            "feeds_rendered_timestamp_seconds",
            "When the published files were last rendered from a changed store.",
            registry=self.registry,
        )
        for outcome in ("ok", "not_modified", "failed"):
            self.polls.labels(outcome)  # present at 0 before the first poll
        for kind in ("new", "updated", "duplicate"):
            self.entries.labels(kind)

    def polled(self, outcome: PollOutcome, now: datetime) -> None:
        """Count one finished poll."""
        label = "failed" if not outcome.ok else "not_modified" if outcome.not_modified else "ok"
        self.polls.labels(label).inc()
        self.entries.labels("new").inc(outcome.new)
        self.entries.labels("updated").inc(outcome.updated)
        self.entries.labels("duplicate").inc(outcome.duplicate)
        self.last_poll.set(now.timestamp())

    def read(self, summary: StoreSummary) -> None:
        """Take the store's gauges from a fresh ``Store.summary``."""
        self.sources.labels("ok").set(summary.sources_ok)
        self.sources.labels("failing").set(summary.sources_failing)
        self.sources.labels("disabled").set(summary.sources_disabled)
        self.stories.set(summary.stories)

    def render(self) -> bytes:
        return generate_latest(self.registry)
