"""The long-running service: APScheduler ticks that claim due sources, the pipeline that
polls them, and the HTTP server, all on one event loop.

Due times live in the store, not in the scheduler: APScheduler only drives a
short tick that asks the store which sources are due and claims them. So a
restart resumes the schedule instead of re-polling everything, and several
workers (processes or hosts) can share one PostgreSQL store without polling a
source twice at once. SIGTERM/SIGINT stop the ticks, let in-flight polls finish
for a few seconds, cancel (and release) the rest, and exit 0.

SIGHUP reloads the configuration file without a restart: the server keeps
serving throughout. A file with mistakes is logged (file, line, key) and the
service carries on as it was; a valid one ends the current *generation* (its
ticks and in-flight polls, drained as on a stop), brings the store's sources in
line with it, and starts the next generation on it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import socket
import threading
from collections.abc import Awaitable, Callable, Iterator
from datetime import timedelta

import uvicorn
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from feeds.config import Settings, load, needs_restart
from feeds.errors import ConfigError, ServeError
from feeds.fetch import Fetcher
from feeds.metrics import Metrics
from feeds.model import PollOutcome
from feeds.pipeline import Clock, Poller, Workers, make_fetcher, purge, sync, utcnow
from feeds.server import SiteCache, create_app
from feeds.site import render_site, write_site
from feeds.store import Store

log = logging.getLogger("feeds.service")
GRACE = 7.0  #: seconds in-flight polls get to finish after a stop or a reload


class _Server(uvicorn.Server):
    """uvicorn without its own signal handling: the service owns SIGTERM/SIGINT
    (uvicorn would re-raise the signal after shutdown and the exit status would be lost)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


class Service:
    """``feeds run`` (poll + serve), ``feeds serve`` (serve only), or a poll-only worker."""

    def __init__(
        self, settings: Settings, *, poll: bool = True, serve: bool = True, clock: Clock = utcnow
    ) -> None:
        self.settings = settings
        self.poll_enabled = poll
        self.serve_enabled = serve
        self.clock = clock
        self.worker = f"{socket.gethostname()}:{os.getpid()}"
        self.cache = SiteCache()
        self.rendered_with: Settings | None = None  #: the settings of the files in the cache
        self.inflight: set[asyncio.Task[PollOutcome]] = set()
        self.stopping = asyncio.Event()
        self.wake = asyncio.Event()  #: set by a stop or a reload request
        self.ticking = False  #: whether ticks may start polls (a generation is running)
        self.claiming = asyncio.Lock()  #: held by a tick from its claim to its polls' start
        self.started = asyncio.Event()  #: set once the first render is served
        self.store: Store | None = None
        self.metrics = Metrics() if settings.server.metrics else None

    def stop(self) -> None:
        self.stopping.set()
        self.wake.set()

    def reload(self) -> None:
        """Read the configuration file again (SIGHUP)."""
        self.wake.set()

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        for sig, handler in (
            (signal.SIGTERM, self.stop),
            (signal.SIGINT, self.stop),
            (signal.SIGHUP, self.reload),
        ):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, handler)
        listening = self._listen() if self.serve_enabled else None
        try:
            store = self.store = await asyncio.to_thread(Store.open, self.settings.database)
            await self._run_on(store, listening)
        finally:
            if listening is not None:  # closed by the server already, if it started
                listening.close()
        log.info("stopped")

    async def _run_on(self, store: Store, listening: socket.socket | None) -> None:
        """Sync, render, serve on ``listening``, and run generations until a stop."""
        server: _Server | None = None
        server_task = None
        try:
            if self.poll_enabled:
                await asyncio.to_thread(sync, self.settings, store, self.clock())
            await self.refresh()  # before the server starts: it never serves an empty site
            if listening is not None:
                server = self._server()
                server_task = asyncio.create_task(server.serve(sockets=[listening]))
            while (reloaded := await self._generation(store)) is not None:
                await self._apply(reloaded, store)
        finally:
            if server is not None and server_task is not None:
                server.should_exit = True
                await server_task
            store.close()

    async def _generation(self, store: Store) -> Settings | None:
        """Poll and publish on ``self.settings`` until a stop (None) or a valid reload
        (the new settings); in-flight polls are drained either way."""
        workers = Workers.of(self.settings, store)
        try:
            async with make_fetcher(self.settings) as fetcher:
                poller = Poller(self.settings, store, clock=self.clock, workers=workers)
                return await self._until_stop_or_reload(poller, fetcher)
        finally:
            workers.close(wait=False)

    async def _apply(self, reloaded: Settings, store: Store) -> None:
        """Bring the store's sources in line with a reloaded file, then run on it; if the
        store cannot, carry on with the settings before (sync is one transaction)."""
        if self.poll_enabled:
            try:
                await asyncio.to_thread(sync, reloaded, store, self.clock())
            except Exception:
                log.exception("reload: cannot update the store; carrying on as before")
                return
        self.settings = reloaded
        log.info("reloaded %s (%d sources)", reloaded.path, len(reloaded.sources))
        try:
            await self.refresh()
        except Exception:  # the next scheduled refresh tries again: the settings differ
            log.exception("reload: cannot render the site yet")

    async def _reloaded(self) -> Settings | None:
        """The configuration file read again, or None (logged) when it cannot be used."""
        path = self.settings.path
        if path is None:
            log.warning("reload: the configuration came from no file; nothing to read")
            return None
        try:
            reloaded = await asyncio.to_thread(load, path)
        except ConfigError as exc:
            log.error("reload: %s; carrying on as before", exc)
            return None
        fixed = needs_restart(self.settings, reloaded)
        if fixed:
            log.error(
                "reload: %s changed, which takes a restart; carrying on as before",
                ", ".join(fixed),
            )
            return None
        return reloaded

    def _listen(self) -> socket.socket:
        """The server's socket, bound before anything else: a port another process holds
        is one clear error at start, not a traceback once polling has begun."""
        host, port = self.settings.server.host, self.settings.server.port
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        try:
            return socket.create_server((host, port), family=family, backlog=2048)
        except OSError as exc:
            reason = os.strerror(exc.errno) if exc.errno else str(exc)
            raise ServeError(f"cannot listen on {host}:{port}: {reason}") from None

    def _server(self) -> _Server:
        config = uvicorn.Config(
            create_app(self.cache, self.metrics),
            host=self.settings.server.host,
            port=self.settings.server.port,
            log_level="warning",
            access_log=False,
            lifespan="off",
            server_header=False,
        )
        log.info("serving on http://%s:%d/", self.settings.server.host, self.settings.server.port)
        return _Server(config)

    async def _until_stop_or_reload(self, poller: Poller, fetcher: Fetcher) -> Settings | None:
        """Run the ticks and the periodic jobs until a stop (None) or a reload that can
        be applied (its settings); a reload that cannot leaves them running."""
        scheduler = AsyncIOScheduler(event_loop=asyncio.get_running_loop())
        now = self.clock()

        def every(
            seconds: float, job: Callable[..., Awaitable[None]], *args: object, first: bool = True
        ) -> None:
            """``job`` every ``seconds`` (and at once, if ``first``): never two runs at once,
            runs missed while one lasted merged into one. The scheduler's shutdown (a stop,
            a reload) cancels a running job: it then just ends, which the scheduler would
            otherwise log as the job's error."""

            async def run(*args: object) -> None:
                with contextlib.suppress(asyncio.CancelledError):
                    await job(*args)

            at_once = {"next_run_time": now} if first else {}
            scheduler.add_job(
                run,
                "interval",
                args=args,
                id=job.__name__,
                name=job.__qualname__,
                seconds=seconds,
                max_instances=1,
                coalesce=True,
                **at_once,
            )

        if self.poll_enabled:
            every(self.settings.polling.tick, self._tick, poller, fetcher)
            if self.settings.retention.max_age is not None:
                every(self.settings.retention.every, self.purge_expired)
        every(self.settings.server.refresh, self.refresh, first=False)  # rendered before start
        if self.metrics is not None:
            every(self.settings.server.metrics_every, self.read_metrics)
        self.ticking = True
        scheduler.start()
        self.started.set()
        try:
            while True:
                await self.wake.wait()
                self.wake.clear()
                if self.stopping.is_set():
                    return None
                reloaded = await self._reloaded()
                if reloaded is not None:
                    return reloaded
        finally:
            self.ticking = False
            scheduler.shutdown(wait=False)
            async with self.claiming:  # a tick claiming now starts its polls, then stops
                pass
            await self._drain()

    async def _tick(self, poller: Poller, fetcher: Fetcher) -> None:
        """Claim as many due sources as there are free polling slots and start them.

        Shielded: the scheduler cancels its running jobs when a generation ends, and a
        tick cancelled during its claim left the sources it claimed to wait out their
        lease (five minutes) unpolled. The generation's end waits for it instead
        (``claiming``), then drains the polls it started.
        """
        await asyncio.shield(self._claim_and_start(poller, fetcher))

    async def _claim_and_start(self, poller: Poller, fetcher: Fetcher) -> None:
        async with self.claiming:
            if not self.ticking or self.stopping.is_set() or self.store is None:
                return
            free = poller.capacity - len(self.inflight)
            if free <= 0:
                return
            lease = timedelta(seconds=self.settings.polling.lease)
            try:
                states = await asyncio.to_thread(
                    self.store.claim_due, self.clock(), limit=free, lease=lease, worker=self.worker
                )
            except Exception:  # the database away for a while: the next tick tries again
                log.exception("cannot claim due sources")
                return
            for state in states:
                task: asyncio.Task[PollOutcome] = asyncio.create_task(poller.poll(state, fetcher))
                self.inflight.add(task)
                task.add_done_callback(self.inflight.discard)
                task.add_done_callback(self._count)

    def _count(self, task: asyncio.Task[PollOutcome]) -> None:
        """A finished poll, into the metrics (a cancelled one did not finish)."""
        if self.metrics is None or task.cancelled() or task.exception() is not None:
            return
        self.metrics.polled(task.result(), self.clock())

    async def read_metrics(self) -> None:
        """The store's gauges; an error is logged and the last reading kept."""
        if self.metrics is None or self.store is None:
            return
        try:
            self.metrics.read(await asyncio.to_thread(self.store.summary))
        except Exception:
            log.exception("metrics: cannot read the store")

    async def purge_expired(self) -> None:
        """Delete expired stories (``retention``); an error is logged and tried again at the
        next run, never stops the service. Cancelled (the scheduler's shutdown, at a stop
        or a reload), it tells the purge's thread to end after its chunk."""
        if self.store is None:
            return
        cancelled = threading.Event()
        try:
            await asyncio.to_thread(
                purge, self.settings, self.store, self.clock(), stop=cancelled.is_set
            )
        except asyncio.CancelledError:  # a stop or a reload: the thread ends after its chunk
            cancelled.set()
            raise
        except Exception:
            log.exception("purge failed; trying again in %.0f s", self.settings.retention.every)

    async def _drain(self) -> None:
        if not self.inflight:
            return
        log.info("waiting up to %.0f s for %d polls in flight", GRACE, len(self.inflight))
        _, pending = await asyncio.wait(set(self.inflight), timeout=GRACE)
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending, timeout=2.0)

    async def refresh(self) -> None:
        """Re-render the site when the store or the settings changed; write changed files
        to out_dir (after new settings, every file that differs on disk: a reload may
        have moved out_dir)."""
        store = self.store
        if store is None:
            return
        settings = self.settings
        revision = await asyncio.to_thread(store.revision)
        if revision == self.cache.revision and settings is self.rendered_with:
            return
        files = await asyncio.to_thread(render_site, settings, store)
        changed = self.cache.update(files, revision, self.clock())
        written = files if settings is not self.rendered_with else {n: files[n] for n in changed}
        self.rendered_with = None  # until written: a failed write is tried again, whole
        if self.metrics is not None:
            self.metrics.rendered.set(self.clock().timestamp())
        out_dir = settings.publish.out_dir
        if out_dir is not None and written:
            await asyncio.to_thread(write_site, written, out_dir)
        self.rendered_with = settings
        if changed:
            log.info("published %d changed files (revision %d)", len(changed), revision)
