"""Issue 2, item 7: ``feeds run`` serves, polls on schedule, stops cleanly on SIGTERM, and
survives SIGKILL mid-poll without losing or duplicating entries."""

from __future__ import annotations

import gzip
import os
import re
import signal
import socket
import subprocess
import threading
import time
from collections import Counter
from typing import Any

import pytest
from conftest import ConfigWriter, free_port, get, scrape, start, titles, wait_for
from samples import Item, rss, weather, welfare
from werkzeug import Request, Response

from feeds.config import load
from feeds.store import Store


def test_run_serves_polls_on_schedule_and_exits_on_sigterm(
    web: Any, write_config: ConfigWriter, processes: list[subprocess.Popen[bytes]]
) -> None:
    items = [welfare(guid="g1")]
    web.expect_request("/a.rss").respond_with_handler(lambda r: Response(rss(items)))
    port = free_port()
    config = write_config(
        sources=[{"name": "a", "url": web.url_for("/a.rss"), "interval": "1s"}],
        server={"host": "127.0.0.1", "port": port, "refresh": 0.2},
        polling={"interval": "1s", "min_interval": "1s", "tick": 0.2, "jitter": 0},
        site={"title": "Tin tổng hợp", "base_url": f"http://127.0.0.1:{port}", "language": "vi"},
    )
    process = start(config)
    processes.append(process)
    base = f"http://127.0.0.1:{port}"
    wait_for(lambda: titles(base) == [items[0].title], what="first poll published")

    items.append(weather(guid="g2"))  # the next scheduled poll must pick it up
    wait_for(lambda: len(titles(base)) == 2, what="scheduled re-poll published")
    assert len(web.log) >= 2

    status, headers, body = get(f"{base}/feeds/all.atom")
    assert status == 200 and headers["Content-Type"].startswith("application/atom+xml")
    assert get(f"{base}/feeds/all.atom", **{"If-None-Match": headers["ETag"]})[0] == 304
    assert get(f"{base}/feeds/all.rss")[1]["Content-Type"].startswith("application/rss+xml")
    assert get(f"{base}/feeds/nope.atom")[0] == 404
    assert get(f"{base}/healthz")[0] == 200
    status, _, page = get(f"{base}/")
    assert status == 200 and b'rel="alternate"' in page and b"an-sinh.atom" in page
    status, headers, zipped = get(f"{base}/feeds/all.atom", **{"Accept-Encoding": "gzip"})
    assert headers["Content-Encoding"] == "gzip" and gzip.decompress(zipped) == body

    process.send_signal(signal.SIGTERM)
    assert process.wait(10) == 0


def test_sigkill_mid_poll_loses_nothing_committed_and_duplicates_nothing(
    web: Any, write_config: ConfigWriter, processes: list[subprocess.Popen[bytes]], db_url: str
) -> None:
    release = threading.Event()
    slow_started = threading.Event()

    def slow(request: Request) -> Response:
        slow_started.set()
        release.wait(30)
        return Response(rss([Item("Tin chậm", "https://tuoitrethudo.vn/cham-1.html", "chậm")]))

    fast = {
        f"fast{i}": rss(
            [
                Item(
                    f"Tin nhanh số {i}",
                    f"https://tuoitrethudo.vn/n-{i}.html",
                    f"Nội dung tin nhanh số {i}",
                )
            ]
        )
        for i in range(5)
    }
    for name, body in fast.items():
        web.expect_request(f"/{name}.rss").respond_with_data(body)
    web.expect_request("/slow.rss").respond_with_handler(slow)
    port = free_port()
    config = write_config(
        sources=[{"name": n, "url": web.url_for(f"/{n}.rss")} for n in [*fast, "slow"]],
        database=db_url,
        server={"host": "127.0.0.1", "port": port, "refresh": 0.2},
        polling={"interval": "1h", "tick": 0.2, "timeout": "60s", "lease": "2s"},
    )
    process = start(config)
    processes.append(process)
    base = f"http://127.0.0.1:{port}"
    wait_for(lambda: len(titles(base)) == 5, what="fast sources published")
    assert slow_started.wait(10)
    process.send_signal(signal.SIGKILL)
    process.wait(10)

    store = Store.open(load(config).database)
    before = {e.title: e.uid for e in store.entries(None, 100)}
    assert sorted(before) == sorted(f"Tin nhanh số {i}" for i in range(5))
    requests_before = len(web.log)

    release.set()  # the slow source answers quickly now
    restarted = start(config)
    processes.append(restarted)
    wait_for(lambda: "Tin chậm" in titles(base), what="slow source polled after restart")
    after = {e.title: e.uid for e in store.entries(None, 100)}
    assert after == {**before, "Tin chậm": after["Tin chậm"]}
    assert store.count_entries() == 6
    fast_refetched = [r for r, _ in web.log[requests_before:] if "fast" in r.path]
    assert fast_refetched == []  # due times survived the restart: no re-poll of everything
    restarted.send_signal(signal.SIGINT)
    assert restarted.wait(10) == 0
    store.close()
    if db_url.startswith("sqlite:///"):
        assert os.path.exists(load(config).database.removeprefix("sqlite:///"))


def test_a_port_already_taken_is_one_clear_error_before_any_poll(
    web: Any, write_config: ConfigWriter
) -> None:
    web.expect_request("/a.rss").respond_with_data(rss([welfare()]))
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        config = write_config(
            sources=[{"name": "a", "url": web.url_for("/a.rss")}],
            server={"host": "127.0.0.1", "port": port},
            polling={"tick": 0.1},
        )
        process = start(config)
        output, _ = process.communicate(timeout=30)
    assert process.returncode == 1
    assert f"error: cannot listen on 127.0.0.1:{port}: Address already in use" in output.decode()
    assert "Traceback" not in output.decode()
    assert web.log == []  # nothing polled: the service stopped before it began


def test_parse_workers_do_not_outlive_a_killed_service(
    web: Any, write_config: ConfigWriter, processes: list[subprocess.Popen[bytes]]
) -> None:
    import psutil

    web.expect_request("/a.rss").respond_with_data(rss([welfare(guid="g1")]))
    port = free_port()
    config = write_config(
        sources=[{"name": "a", "url": web.url_for("/a.rss")}],
        server={"host": "127.0.0.1", "port": port, "refresh": 0.2},
        polling={"interval": "1h", "tick": 0.2, "parse_workers": 1},
    )
    process = start(config)
    processes.append(process)
    wait_for(lambda: titles(f"http://127.0.0.1:{port}") != [], what="first poll published")
    children = psutil.Process(process.pid).children(recursive=True)
    assert children  # the parse worker (and multiprocessing's helper)
    process.kill()
    process.wait(10)
    _, alive = psutil.wait_procs(children, timeout=10)
    assert alive == []


class _Watch:
    """A feed server's view of its clients: requests per path, and the most in flight."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.inflight: Counter[str] = Counter()
        self.most: Counter[str] = Counter()
        self.served: Counter[str] = Counter()

    def handle(self, request: Request) -> Response:
        path = request.path
        with self.lock:
            self.inflight[path] += 1
            self.most[path] = max(self.most[path], self.inflight[path])
        try:
            time.sleep(0.05)  # a poll that overlaps another would be seen overlapping
            n = path.removeprefix("/s").removesuffix(".rss")
            own = [Item(f"Tin riêng {n}-{k}", f"https://x.vn/{n}-{k}.html") for k in range(2)]
            shared = Item("Tin chung của mọi nguồn", f"https://x.vn/chung.html?utm_source={n}")
            return Response(rss([*own, shared]), content_type="application/rss+xml")
        finally:
            with self.lock:
                self.inflight[path] -= 1
                self.served[path] += 1


@pytest.mark.postgres
def test_two_services_share_one_postgresql_and_never_poll_a_source_at_once(
    web: Any,
    write_config: ConfigWriter,
    processes: list[subprocess.Popen[bytes]],
    pg_url: str,
) -> None:
    watch = _Watch()
    web.expect_request(re.compile(r"/s\d+\.rss")).respond_with_handler(watch.handle)
    sources = [{"name": f"s{i}", "url": web.url_for(f"/s{i}.rss")} for i in range(20)]
    ports = [free_port(), free_port()]
    # Either worker claims every due source at its tick, so with one tick period the one
    # ticking first after the due times would take them all; two periods and jittered
    # intervals make the two take turns.
    for i, (port, tick) in enumerate(zip(ports, (0.1, 0.17), strict=True)):
        config = write_config(
            sources=sources,
            database=pg_url,
            name=f"worker{i}.yaml",
            server={"host": "127.0.0.1", "port": port, "refresh": 0.2, "metrics_every": 0.2},
            polling={"interval": "1s", "min_interval": "1s", "jitter": 0.3, "tick": tick},
        )
        processes.append(start(config))

    def polls(port: int) -> float:
        """Polls the worker finished: an unchanged body is not parsed again (not_modified)."""
        samples = scrape(f"http://127.0.0.1:{port}")
        return sum(
            samples[("feeds_polls_total", (("outcome", o),))] for o in ("ok", "not_modified")
        )

    def each_polled_thrice_by_both() -> bool:
        with watch.lock:
            thrice = len(watch.served) == 20 and min(watch.served.values()) >= 3
        return thrice and all(polls(port) > 0 for port in ports)

    wait_for(each_polled_thrice_by_both, timeout=60, what="every source polled, by both workers")
    for process in processes:
        process.send_signal(signal.SIGTERM)
    assert [process.wait(15) for process in processes] == [0, 0]
    assert max(watch.most.values()) == 1  # never two polls of one source at once
    store = Store.open(pg_url)
    assert store.count_entries() == 20 * 2 + 1  # the shared story once, whoever stored it
    store.close()
