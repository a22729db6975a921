"""The one place that joins the stages for a source: fetch -> parse -> normalize ->
categorize -> dedupe -> store, and the fetch outcome -> schedule -> store.

Fetching is async; the CPU-bound middle (``prepare``) and the store calls run
in worker threads (or, with ``polling.parse_workers``, parsing runs in
processes) so an HTTP server sharing the event loop keeps answering. Whatever
goes wrong with one source is caught here, recorded on that source with a
backed-off due time, and never reaches the other sources.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from feeds import dedupe, schedule
from feeds.categorize import Rule, categorize
from feeds.config import Settings
from feeds.errors import FeedsError, FetchError
from feeds.fetch import Fetcher, user_agent
from feeds.model import Entry, Fetched, PollOutcome, SourceState
from feeds.normalize import Context, html_to_text, normalize_entries
from feeds.parse import parse_document
from feeds.store import SourceConfig, Store

log = logging.getLogger("feeds.pipeline")
Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Spec:
    """Everything ``prepare`` needs about a source; small and picklable for worker processes."""

    timezone: str
    tracking_params: frozenset[str]
    rules: tuple[Rule, ...]
    source_categories: frozenset[str]


@dataclass(frozen=True, slots=True)
class Prepared:
    entries: list[Entry]
    warning: str | None
    ttl: int | None


def prepare(fetched: Fetched, spec: Spec, now: datetime) -> Prepared:
    """Parse, normalise and categorise one fetched document. Pure CPU; runs off the loop."""
    parsed = parse_document(fetched)
    ctx = Context(
        base_url=fetched.final_url,
        tz=ZoneInfo(spec.timezone),
        now=now,
        tracking_params=spec.tracking_params,
    )
    entries = [
        replace(
            e,
            categories=categorize(
                spec.rules,
                source_categories=spec.source_categories,
                terms=e.terms,
                title=e.title,
                summary_text=html_to_text(e.summary),
            ),
        )
        for e in normalize_entries(parsed.entries, ctx)
    ]
    return Prepared(entries, parsed.warning, parsed.ttl)


def rules_of(settings: Settings) -> tuple[Rule, ...]:
    return tuple(
        Rule.build(c.slug, c.match.terms if c.match else (), c.match.keywords if c.match else ())
        for c in settings.categories
    )


def sync(settings: Settings, store: Store, now: datetime) -> None:
    """Bring the store's sources and categories in line with the config."""
    active = [s for s in settings.sources if s.enabled]
    store.sync_sources(
        [SourceConfig(s.name, s.url, s.priority) for s in active],
        [(c.slug, c.title) for c in settings.categories],
        first_due=lambda name: schedule.first_due(
            name, settings.interval_of(settings.source(name)), now, sources=len(active)
        ),
    )


def make_fetcher(settings: Settings) -> Fetcher:
    p = settings.polling
    return Fetcher(
        concurrency=p.concurrency,
        per_host=p.per_host,
        timeout=p.timeout,
        max_bytes=p.max_bytes,
        agent=p.user_agent or user_agent(settings.site.base_url),
    )


class Poller:
    """Polls claimed sources and records each outcome. One per process."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        *,
        clock: Clock = utcnow,
        executor: Executor | None = None,
        dice: Callable[[], float] = random.random,
    ) -> None:
        self.settings = settings
        self.store = store
        self.clock = clock
        self.executor = executor
        self.dice = dice
        self.rules = rules_of(settings)
        p = settings.polling
        self.policy = schedule.Policy(
            min_interval=p.min_interval,
            max_interval=p.max_interval,
            jitter=p.jitter,
            adaptive=p.adaptive,
        )
        d = settings.dedupe
        self.dedupe = dedupe.Policy(
            cross_source=d.cross_source, window=timedelta(seconds=d.window), threshold=d.threshold
        )

    async def poll_many(
        self,
        states: Sequence[SourceState],
        fetcher: Fetcher,
        on_done: Callable[[PollOutcome], None] | None = None,
    ) -> list[PollOutcome]:
        async def one(state: SourceState) -> PollOutcome:
            outcome = await self.poll(state, fetcher)
            if on_done is not None:
                on_done(outcome)
            return outcome

        return list(await asyncio.gather(*(one(s) for s in states)))

    async def poll(self, state: SourceState, fetcher: Fetcher) -> PollOutcome:
        """Poll one claimed source; never raises except on cancellation."""
        try:
            return await self._poll(state, fetcher)
        except asyncio.CancelledError:
            await asyncio.shield(self._call(self.store.record_fetch, state.id))
            raise
        except Exception as exc:  # a bug or the store: record it, keep the other sources going
            log.exception("poll %s failed", state.name)
            reason = str(exc) if isinstance(exc, FeedsError) else f"internal error: {exc!r}"
            return await self._failed(state, reason, status=None, retry_after=None)

    async def _poll(self, state: SourceState, fetcher: Fetcher) -> PollOutcome:
        now = self.clock()
        conditional = not schedule.needs_unconditional(state.last_unconditional, now)
        try:
            fetched = await fetcher.fetch(
                state.url,
                etag=state.etag,
                last_modified=state.last_modified,
                conditional=conditional,
            )
        except FetchError as exc:
            retry = schedule.retry_after_seconds(exc.retry_after, now)
            disabled = f"gone: {exc.reason}" if exc.permanent else None
            return await self._failed(
                state, str(exc), status=exc.status, retry_after=retry, disabled=disabled
            )
        moved = _redirect_fields(state, fetched)
        fields: dict[str, Any] = {
            "last_fetch": now,
            "last_success": now,
            "last_status": fetched.status,
            "last_error": None,
            "error_count": 0,
            **moved,
            "etag": fetched.etag or state.etag,
            "last_modified": fetched.last_modified or state.last_modified,
        }
        if not conditional or not (state.etag or state.last_modified):
            fields["last_unconditional"] = now
        if fetched.not_modified or (fetched.body_hash and fetched.body_hash == state.body_hash):
            fields["next_due"] = await self._due_after_success(state, now, fetched.max_age, None)
            await self._call(self.store.record_fetch, state.id, **fields)
            return PollOutcome(state.name, ok=True, status=fetched.status, not_modified=True)

        source = self.settings.source(state.name)
        spec = Spec(
            self.settings.timezone,
            frozenset(self.settings.dedupe.tracking_params),
            self.rules,
            frozenset(source.categories),
        )
        try:
            prepared = await self._prepare(fetched, spec, now)
        except FeedsError as exc:
            return await self._failed(state, str(exc), status=fetched.status, retry_after=None)
        decide = partial(
            dedupe.decide,
            prepared.entries,
            source_id=state.id,
            priority=source.priority,
            policy=self.dedupe,
        )
        counts = await self._call(
            self.store.ingest,
            state.id,
            prepared.entries,
            decide,
            now=now,
            window=self.dedupe.window,
        )
        fields.update(
            body_hash=fetched.body_hash,
            last_warning=prepared.warning,
            next_due=await self._due_after_success(state, now, fetched.max_age, prepared.ttl),
        )
        await self._call(self.store.record_fetch, state.id, **fields)
        if prepared.warning:
            log.warning("%s: %s", state.name, prepared.warning)
        return PollOutcome(
            state.name,
            ok=True,
            status=fetched.status,
            warning=prepared.warning,
            new=counts.new,
            updated=counts.updated,
            duplicate=counts.duplicate,
            unchanged=counts.unchanged,
        )

    async def _prepare(self, fetched: Fetched, spec: Spec, now: datetime) -> Prepared:
        if self.executor is not None:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self.executor, prepare, fetched, spec, now)
        return await asyncio.to_thread(prepare, fetched, spec, now)

    async def _due_after_success(
        self, state: SourceState, now: datetime, max_age: int | None, ttl: int | None
    ) -> datetime:
        rate = None
        if self.policy.adaptive:
            since = now - timedelta(days=7)
            published = await self._call(self.store.published_since, state.id, since)
            rate = schedule.entries_per_day(published, now)
        interval = schedule.interval_after_success(
            self._configured(state),
            self.policy,
            feed_ttl=ttl,
            max_age=max_age,
            entries_per_day=rate,
        )
        return now + timedelta(seconds=schedule.with_jitter(interval, self.policy, self.dice()))

    async def _failed(
        self,
        state: SourceState,
        reason: str,
        *,
        status: int | None,
        retry_after: float | None,
        disabled: str | None = None,
    ) -> PollOutcome:
        now = self.clock()
        errors = state.error_count + 1
        interval = schedule.interval_after_failure(
            self._configured(state),
            self.policy,
            errors=errors,
            status=status,
            retry_after=retry_after,
        )
        if retry_after is None:
            interval = schedule.with_jitter(interval, self.policy, self.dice())
        log.warning("%s: %s (attempt %d, next in %.0f s)", state.name, reason, errors, interval)
        await self._call(
            self.store.record_fetch,
            state.id,
            last_fetch=now,
            last_status=status,
            last_error=reason,
            error_count=errors,
            disabled_reason=disabled,
            next_due=now + timedelta(seconds=interval),
        )
        return PollOutcome(state.name, ok=False, status=status, error=reason)

    def _configured(self, state: SourceState) -> float:
        try:
            return self.settings.interval_of(self.settings.source(state.name))
        except KeyError:
            return self.settings.polling.interval

    @staticmethod
    async def _call(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return await asyncio.to_thread(fn, *args, **kwargs)


def _redirect_fields(state: SourceState, fetched: Fetched) -> dict[str, Any]:
    """A permanent redirect moves the source once it is seen on two polls in a row."""
    target = fetched.permanent_redirect
    if target is None:
        return {"redirect_candidate": None}
    if state.redirect_candidate == target:
        log.info("%s: moved permanently to %s", state.name, target)
        return {"url": target, "redirect_candidate": None}
    return {"redirect_candidate": target}


def summary_line(outcomes: Sequence[PollOutcome]) -> str:
    ok = sum(o.ok for o in outcomes)
    return (
        f"sources: {ok} ok, {len(outcomes) - ok} failed; entries: "
        f"{sum(o.new for o in outcomes)} new, {sum(o.updated for o in outcomes)} updated, "
        f"{sum(o.duplicate for o in outcomes)} duplicate"
    )
