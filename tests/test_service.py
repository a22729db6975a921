"""Issue 2, item 7: ``feeds run`` serves, polls on schedule, stops cleanly on SIGTERM, and
survives SIGKILL mid-poll without losing or duplicating entries."""

from __future__ import annotations

import gzip
import os
import signal
import subprocess
import threading
from typing import Any

from conftest import ConfigWriter, free_port, get, start, titles, wait_for
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
    web: Any, write_config: ConfigWriter, processes: list[subprocess.Popen[bytes]]
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
    assert os.path.exists(load(config).database.removeprefix("sqlite:///"))


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
