"""SIGHUP: the service reads its configuration file again without a restart, serving
throughout; a file with mistakes, or one changing what takes a restart, is logged (with
its line and key) and changes nothing."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import feedparser
import pytest
from conftest import ROOT, ConfigWriter, free_port, get, start, titles, wait_for
from samples import Item, rss, weather, welfare
from sqlalchemy.exc import OperationalError
from werkzeug import Response

from feeds import cli
from feeds.config import Settings, load, needs_restart
from feeds.service import Service
from feeds.store import Store


@pytest.mark.parametrize(
    ("change", "keys"),
    [
        ({"sources": [{"name": "b", "url": "https://x.vn/b.rss"}]}, []),
        ({"site": {"title": "Tin mới", "base_url": "https://x.vn/"}}, []),
        ({"polling": {"interval": "5m"}}, []),
        ({"database": "sqlite:///other.db"}, ["database"]),
        ({"server": {"port": 9090}}, ["server.port"]),
        ({"server": {"host": "0.0.0.0", "metrics": False}}, ["server.host", "server.metrics"]),
    ],
)
def test_what_a_reload_cannot_change(change: dict[str, Any], keys: list[str]) -> None:
    assert needs_restart(Settings(), Settings.model_validate(change)) == keys


def _listener(base: str, failures: list[str], stop: threading.Event) -> None:
    """A reader of the published feed throughout: any failed request is kept."""
    while not stop.wait(0.02):
        try:
            status = get(f"{base}/feeds/all.atom")[0]
        except OSError as exc:
            failures.append(repr(exc))
        else:
            if status != 200:
                failures.append(f"HTTP {status}")


def test_sighup_reloads_the_configuration_while_serving(
    web: Any,
    write_config: ConfigWriter,
    processes: list[subprocess.Popen[bytes]],
    tmp_path: Path,
) -> None:
    first = [welfare(guid="a1")]
    web.expect_request("/a.rss").respond_with_handler(lambda r: Response(rss(first)))
    web.expect_request("/b.rss").respond_with_data(rss([weather(guid="b1")]))
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = {"host": "127.0.0.1", "port": port, "refresh": 0.2}
    polling = {"interval": "1s", "min_interval": "1s", "tick": 0.2, "jitter": 0}
    a = {"name": "a", "url": web.url_for("/a.rss")}
    b = {"name": "b", "url": web.url_for("/b.rss")}

    def site(title: str) -> dict[str, str]:
        return {"title": title, "base_url": base, "language": "vi"}

    config = write_config(sources=[a], site=site("Tin"), server=server, polling=polling)
    log = tmp_path / "service.log"
    process = start(config, log)
    processes.append(process)
    wait_for(lambda: titles(base) == [first[0].title], what="first poll published")
    failures: list[str] = []
    stop = threading.Event()
    listener = threading.Thread(target=_listener, args=(base, failures, stop))
    listener.start()
    try:
        # a second source and a new site title
        write_config(sources=[a, b], site=site("Tin mới"), server=server, polling=polling)
        process.send_signal(signal.SIGHUP)
        wait_for(lambda: f"reloaded {config} (2 sources)" in log.read_text(), what="reloaded")
        both = {first[0].title, weather().title}
        wait_for(lambda: set(titles(base)) == both, what="the new source polled")
        feed = feedparser.parse(get(f"{base}/feeds/all.atom")[2]).feed
        assert feed.title.startswith("Tin mới")

        # a mistake: logged with its line and key; the service carries on as it was
        bad = write_config(
            sources=[a], site=site("Tin"), server=server, polling={**polling, "tick_": 1}
        )
        line = bad.read_text().splitlines().index("  tick_: 1") + 1
        process.send_signal(signal.SIGHUP)
        wait_for(lambda: f"{bad}:{line}: polling.tick_: unknown key" in log.read_text())
        first.append(Item("Tin mới của nguồn a", "https://x.vn/a-2.html", "Tin sau khi nạp lại"))
        wait_for(lambda: len(titles(base)) == 3, what="polling carried on after the mistake")

        # a new port takes a restart: refused, the old one still serves
        write_config(sources=[a], site=site("Tin"), server={**server, "port": free_port()})
        process.send_signal(signal.SIGHUP)
        wait_for(lambda: "server.port changed, which takes a restart" in log.read_text())
        assert feedparser.parse(get(f"{base}/feeds/all.atom")[2]).feed.title.startswith("Tin mới")
    finally:
        stop.set()
        listener.join()
    assert failures == []
    assert log.read_text().count("feeds.service: reloaded") == 1  # the refused ones changed nothing
    process.send_signal(signal.SIGTERM)
    assert process.wait(15) == 0


def test_feeds_serve_publishes_the_store_without_polling_and_reloads_too(
    web: Any, write_config: ConfigWriter, processes: list[subprocess.Popen[bytes]]
) -> None:
    web.expect_request("/a.rss").respond_with_data(rss([welfare(guid="a1")]))
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    sources = [{"name": "a", "url": web.url_for("/a.rss")}]
    server = {"host": "127.0.0.1", "port": port, "refresh": 0.2}

    def site(title: str) -> dict[str, str]:
        return {"title": title, "base_url": base, "language": "vi"}

    config = write_config(sources=sources, site=site("Tin"), server=server)
    assert cli.main(["poll", "-c", str(config)]) == 0
    polls = len(web.log)
    command = (
        f"import sys; from feeds.cli import main; sys.exit(main(['serve', '-c', {str(config)!r}]))"
    )
    process = subprocess.Popen([sys.executable, "-c", command], cwd=ROOT)
    processes.append(process)
    wait_for(lambda: titles(base) == [welfare().title], what="the stored story served")

    write_config(sources=sources, site=site("Tin mới"), server=server)
    process.send_signal(signal.SIGHUP)
    wait_for(
        lambda: feedparser.parse(get(f"{base}/feeds/all.atom")[2]).feed.title.startswith("Tin mới"),
        what="the new title served",
    )
    process.send_signal(signal.SIGTERM)
    assert process.wait(15) == 0
    assert len(web.log) == polls  # serving only: never polled


def test_new_settings_or_a_failed_write_rewrite_every_file_of_out_dir(
    write_config: ConfigWriter, tmp_path: Path
) -> None:
    """out_dir gets every file again when the settings change (a reload may move it) and
    after a write that failed, not only the files whose bytes changed since."""
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    settings = load(write_config(sources=[], publish={"out_dir": str(blocked / "public")}))
    service = Service(settings)
    store = service.store = Store.open(settings.database)

    async def run() -> None:
        with pytest.raises(OSError):
            await service.refresh()  # rendered, but the folder cannot be made
        blocked.unlink()
        await service.refresh()  # the store has not changed: written because the last failed
        assert {p.name for p in (blocked / "public").iterdir()} >= {"all.atom", "index.html"}

        moved = tmp_path / "moved"
        service.settings = settings.model_copy(
            update={"publish": settings.publish.model_copy(update={"out_dir": moved})}
        )
        await service.refresh()  # nothing changed in the store, the settings did
        assert {p.name for p in moved.iterdir()} == {p.name for p in (blocked / "public").iterdir()}

    asyncio.run(run())
    store.close()


def _one_source(web: Any, write_config: ConfigWriter) -> Service:
    """A poll-only service of one source, ``a``, ticking every 50 ms, without worker
    processes, to drive in-process."""
    web.expect_request("/a.rss").respond_with_data(rss([welfare(guid="a1")]))
    config = write_config(
        sources=[{"name": "a", "url": web.url_for("/a.rss")}],
        polling={"tick": 0.05, "jitter": 0, "parse_workers": 0},
    )
    return Service(load(config), serve=False)


async def _polled(service: Service) -> None:
    """Until the service's source ``a`` has been polled, successfully."""

    def polled() -> bool:
        state = None if service.store is None else service.store.source("a")
        return state is not None and state.last_success is not None

    await asyncio.to_thread(wait_for, polled, what="source a polled")


def test_a_generation_ending_mid_claim_lets_the_claimed_polls_run(
    web: Any, write_config: ConfigWriter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reload that ends a generation while its tick is claiming waits for the tick to
    start the claimed sources' polls, then for the polls: the tick was cancelled, and
    the sources it had claimed waited out their lease unpolled."""
    service = _one_source(web, write_config)
    claiming, release = threading.Event(), threading.Event()
    claim_due = Store.claim_due

    def slow_claim(self: Store, *args: Any, **kwargs: Any) -> Any:
        claiming.set()
        release.wait(10)
        return claim_due(self, *args, **kwargs)

    monkeypatch.setattr(Store, "claim_due", slow_claim)

    async def scenario() -> None:
        running = asyncio.create_task(service.run())
        await asyncio.to_thread(claiming.wait, 10)
        service.reload()  # the same file: valid, so the generation ends
        for _ in range(500):  # until the generation is ending, its tick still claiming
            if not service.ticking:
                break
            await asyncio.sleep(0.01)
        release.set()
        await _polled(service)
        service.stop()
        await running

    asyncio.run(scenario())
    store = Store.open(service.settings.database)
    state = store.source("a")
    stored = [e.title for e in store.entries(None, 10)]
    store.close()
    assert state is not None and (state.last_error, state.error_count) == (None, 0)
    assert stored == [welfare().title]


def test_a_claim_that_fails_is_logged_and_the_next_tick_claims_again(
    web: Any,
    write_config: ConfigWriter,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The database away for a moment (here: the first claim raises) costs a tick, not
    the service: it was the scheduler's job error, now one line naming what failed."""
    service = _one_source(web, write_config)
    claim_due = Store.claim_due
    failures = [OperationalError("SELECT", {}, Exception("the database is away"))]

    def flaky_claim(self: Store, *args: Any, **kwargs: Any) -> Any:
        if failures:
            raise failures.pop()
        return claim_due(self, *args, **kwargs)

    monkeypatch.setattr(Store, "claim_due", flaky_claim)

    async def scenario() -> None:
        running = asyncio.create_task(service.run())
        await _polled(service)  # at a later tick
        service.stop()
        await running

    asyncio.run(scenario())
    assert failures == []
    assert [r.getMessage() for r in caplog.records if r.levelname == "ERROR"] == [
        "cannot claim due sources"
    ]
