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
import multiprocessing
import os
import random
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from feeds import dedupe, schedule
from feeds.categorize import Patterns, Rule, categorize, keep
from feeds.config import Settings
from feeds.config import Source as SourceSettings
from feeds.errors import FeedsError, FetchError, ParseError
from feeds.fetch import Fetcher, user_agent
from feeds.model import Entry, Fetched, PollOutcome, SourceState
from feeds.normalize import Context, normalize_entries, with_article
from feeds.parse import parse_document
from feeds.parse.article import extract_article
from feeds.parse.discover import discover, sniff
from feeds.parse.html import Selectors, next_page
from feeds.store import Counts, SourceConfig, Store, Write

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
    selectors: Selectors | None = None
    include: Patterns | None = None
    exclude: Patterns | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A fetched body and what it is (``feed``, ``jsonfeed`` or ``html``)."""

    fetched: Fetched
    kind: str


@dataclass(frozen=True, slots=True)
class Prepared:
    entries: list[Entry]
    warning: str | None
    ttl: int | None


def prepare(documents: Sequence[Document], spec: Spec, now: datetime) -> Prepared:
    """Parse, normalise, filter and categorise a source's documents (a feed, or the pages
    of a listing). Pure CPU; runs off the event loop."""
    entries: dict[str, Entry] = {}
    warnings: list[str] = []
    ttl = None
    for document in documents:
        parsed = parse_document(document.fetched, document.kind, spec.selectors)
        ttl = ttl or parsed.ttl
        if parsed.warning:
            warnings.append(parsed.warning)
        ctx = Context(
            base_url=document.fetched.final_url,
            tz=ZoneInfo(spec.timezone),
            now=now,
            tracking_params=spec.tracking_params,
        )
        normalized = normalize_entries(parsed.entries, ctx)
        unreadable = [e.unread_date for e in normalized if e.unread_date]
        if unreadable:
            warnings.append(
                f"{len(unreadable)} dates not understood, first-seen time used "
                f"(e.g. {unreadable[0]!r})"
            )
        for e in normalized:
            text = e.summary_text
            link = e.link or ""
            if e.key in entries or not keep(
                spec.include, spec.exclude, title=e.title, summary_text=text, link=link
            ):
                continue
            categories = categorize(
                spec.rules,
                source_categories=spec.source_categories,
                terms=e.terms,
                title=e.title,
                summary_text=text,
            )
            entries[e.key] = replace(e, categories=categories)
    return Prepared(list(entries.values()), "; ".join(warnings) or None, ttl)


def spec_of(settings: Settings, source: SourceSettings, rules: tuple[Rule, ...]) -> Spec:
    selectors = None
    if source.selectors is not None:
        selectors = Selectors(**source.selectors.model_dump(), content=source.content)
    return Spec(
        timezone=settings.timezone,
        tracking_params=frozenset(settings.dedupe.tracking_params),
        rules=rules,
        source_categories=frozenset(source.categories),
        selectors=selectors,
        include=Patterns.build(source.include),
        exclude=Patterns.build(source.exclude),
    )


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


def parse_executor(settings: Settings) -> ProcessPoolExecutor | None:
    """Worker processes for the CPU-bound middle of a poll (parse, normalise, categorise).

    Threads cannot run it in parallel (the GIL), and in the service it would
    also delay the HTTP server's replies. ``spawn`` because the parent has
    threads (asyncio, APScheduler) that ``fork`` would copy in a broken state.
    """
    workers = settings.polling.parse_workers
    if workers is None:
        workers = max((os.cpu_count() or 1) - 1, 0)
    if workers == 0:
        return None
    return ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_exit_with_parent,
        initargs=(os.getpid(),),
    )


def _exit_with_parent(parent: int) -> None:
    """In a parse worker: exit when the poller that started it is gone (killed with
    SIGKILL, say), instead of lingering as an orphan blocked on its task queue."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="feeds-parent-watch", daemon=True).start()


def make_fetcher(settings: Settings) -> Fetcher:
    p = settings.polling
    return Fetcher(
        concurrency=p.concurrency,
        per_host=p.per_host,
        timeout=p.timeout,
        max_bytes=p.max_bytes,
        agent=p.user_agent or user_agent(settings.site.base_url),
    )


class Writer:
    """Hands polls to the store in batches: each poll awaits its own result, and every
    poll finishing while the store is busy with the previous batch joins the next one
    (a group commit, one transaction per batch)."""

    def __init__(self, store: Store, limit: int = 64) -> None:
        self.store = store
        self.limit = limit
        self.pending: list[tuple[Write, asyncio.Future[Counts | Exception]]] = []
        self.flusher: asyncio.Task[None] | None = None

    async def write(self, write: Write) -> Counts:
        """Store one poll; raises what storing it raised."""
        done: asyncio.Future[Counts | Exception] = asyncio.get_running_loop().create_future()
        self.pending.append((write, done))
        if self.flusher is None or self.flusher.done():
            self.flusher = asyncio.create_task(self._flush())
        result = await asyncio.shield(done)
        if isinstance(result, Exception):
            raise result
        return result

    async def _flush(self) -> None:
        await asyncio.sleep(0)  # let polls finishing in this same turn join
        while self.pending:
            batch, self.pending = self.pending[: self.limit], self.pending[self.limit :]
            try:
                results = await asyncio.to_thread(self.store.write, [w for w, _ in batch])
            except Exception as exc:  # the transaction itself failed: every poll in it
                results = [exc] * len(batch)
            for (_, done), result in zip(batch, results, strict=True):
                if not done.done():
                    done.set_result(result)


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
        self.writer = Writer(store)
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
        """Poll sources, at most ``polling.concurrency`` of them in progress at once.

        The bound is on the whole poll, not only the download: fetching outruns parsing
        and storing by far, and without it every fetched body would wait in memory
        (measured: 2.1 GB for 5,000 feeds of 110 KB).
        """
        slots = asyncio.Semaphore(self.settings.polling.concurrency)

        async def one(state: SourceState) -> PollOutcome:
            async with slots:
                outcome = await self.poll(state, fetcher)
            if on_done is not None:
                on_done(outcome)
            return outcome

        return list(await asyncio.gather(*(one(s) for s in states)))

    async def poll(self, state: SourceState, fetcher: Fetcher) -> PollOutcome:
        """Poll one claimed source; never raises except on cancellation."""
        try:
            return await self._poll(state, fetcher)
        except asyncio.CancelledError:  # release the claim, record nothing
            await asyncio.shield(self.writer.write(Write(state.id, {})))
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
            await self.writer.write(Write(state.id, fields))
            return PollOutcome(state.name, ok=True, status=fetched.status, not_modified=True)

        source = self.settings.source(state.name)
        spec = spec_of(self.settings, source, self.rules)
        try:
            documents, resolved = await self._documents(source, fetched, fetcher, spec)
            prepared = await self._prepare(documents, spec, now)
            if source.full_text:
                prepared = await self._full_text(state, source, prepared, fetcher, now)
        except FeedsError as exc:
            return await self._failed(state, str(exc), status=fetched.status, retry_after=None)
        if resolved is not None:
            log.info("%s: %s is a page; its feed is %s", state.name, fetched.url, resolved)
            validators = documents[0].fetched
            fields.update(
                url=resolved, etag=validators.etag, last_modified=validators.last_modified
            )
        decide = partial(
            dedupe.decide,
            prepared.entries,
            source_id=state.id,
            priority=source.priority,
            policy=self.dedupe,
        )
        fields.update(
            body_hash=fetched.body_hash,
            last_warning=prepared.warning,
            next_due=await self._due_after_success(state, now, fetched.max_age, prepared.ttl),
        )
        counts = await self.writer.write(
            Write(state.id, fields, prepared.entries, decide, now, self.dedupe.window)
        )
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

    async def _documents(
        self, source: SourceSettings, fetched: Fetched, fetcher: Fetcher, spec: Spec
    ) -> tuple[list[Document], str | None]:
        """What to parse: the feed itself; a listing's pages (``next`` up to ``max_pages``);
        or, for an HTML page without selectors, the feed it links to (discovery), whose URL
        is returned so that the source polls it directly from now on."""
        kind = source.type or sniff(fetched.body, fetched.content_type)
        if kind != "html":
            return [Document(fetched, kind)], None
        if spec.selectors is None:
            found = await asyncio.to_thread(
                discover, fetched.body, url=fetched.final_url, content_type=fetched.content_type
            )
            if not found:
                raise ParseError(
                    fetched.final_url,
                    "an HTML page without feed links (<link rel=alternate>); "
                    "give the source type: html and selectors to scrape it",
                )
            feed = await fetcher.fetch(found[0].url, conditional=False)
            feed_kind = sniff(feed.body, feed.content_type)
            if feed_kind == "html":
                raise ParseError(found[0].url, "the page's feed link leads to another page")
            return [Document(feed, feed_kind)], found[0].url
        pages = [Document(fetched, "html")]
        seen = {fetched.final_url}
        while len(pages) < spec.selectors.max_pages:
            last = pages[-1].fetched
            url = await asyncio.to_thread(
                next_page,
                last.body,
                url=last.final_url,
                selectors=spec.selectors,
                content_type=last.content_type,
            )
            if url is None or url in seen:
                break
            seen.add(url)
            pages.append(Document(await fetcher.fetch(url, conditional=False), "html"))
        return pages, None

    async def _prepare(self, documents: list[Document], spec: Spec, now: datetime) -> Prepared:
        if self.executor is not None:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self.executor, prepare, documents, spec, now)
        return await asyncio.to_thread(prepare, documents, spec, now)

    async def _full_text(
        self,
        state: SourceState,
        source: SourceSettings,
        prepared: Prepared,
        fetcher: Fetcher,
        now: datetime,
    ) -> Prepared:
        """Fetch the page of each entry not stored yet (so once per entry) and take its
        article body; an entry whose page fails keeps the feed's own text."""
        keys = [e.key for e in prepared.entries]
        known = await self._call(self.store.known_keys, state.id, keys)
        wanted = [e for e in prepared.entries if e.key not in known and e.link]

        async def one(entry: Entry) -> Entry | None:
            assert entry.link is not None
            try:
                page = await fetcher.fetch(entry.link, conditional=False)
                article = await asyncio.to_thread(
                    extract_article,
                    page.body,
                    url=page.final_url,
                    content=source.content,
                    content_type=page.content_type,
                )
            except FeedsError as exc:
                log.info("%s: full text of %s: %s", state.name, entry.link, exc)
                return None
            if article is None:
                return None
            return with_article(
                entry,
                article.content_html,
                article.author,
                article.published_text,
                tz=self.settings.tz,
                now=now,
            )

        done = await asyncio.gather(*(one(e) for e in wanted))
        results = {e.key: r for e, r in zip(wanted, done, strict=True) if r is not None}
        warning = prepared.warning
        if len(results) < len(wanted):
            failed = len(wanted) - len(results)
            note = f"full text: {failed} of {len(wanted)} article pages could not be extracted"
            warning = f"{warning}; {note}" if warning else note
        entries = [results.get(e.key, e) for e in prepared.entries]
        return Prepared(entries, warning, prepared.ttl)

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
        fields = {
            "last_fetch": now,
            "last_status": status,
            "last_error": reason,
            "error_count": errors,
            "disabled_reason": disabled,
            "next_due": now + timedelta(seconds=interval),
        }
        await self.writer.write(Write(state.id, fields))
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
