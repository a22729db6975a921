"""Issue 5: the service keeps serving feeds while it polls 5,000 sources."""

from __future__ import annotations

import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from conftest import ConfigWriter, free_port, wait_for
from samples import Item, rss
from werkzeug import Request, Response

from feeds.config import load
from feeds.store import Store

ROOT = Path(__file__).parent.parent
SOURCES = 5000


@pytest.mark.timeout(900)
def test_feeds_are_served_throughout_a_5000_source_poll(
    web: Any, write_config: ConfigWriter
) -> None:
    def feed(request: Request) -> Response:
        n = int(request.path.rsplit("/", 1)[1].split(".")[0])
        return Response(
            rss(
                [
                    Item(
                        f"Tin số {n} của nguồn {n}",
                        f"https://x{n}.vn/tin-{n}.html",
                        f"Nội dung riêng của tin số {n}",
                        f"g{n}",
                    )
                ]
            ),
            content_type="application/rss+xml",
        )

    web.expect_request(re.compile(r"/s/\d+\.rss")).respond_with_handler(feed)
    port = free_port()
    config = write_config(
        sources=[{"name": f"s{n}", "url": web.url_for(f"/s/{n}.rss")} for n in range(SOURCES)],
        server={"host": "127.0.0.1", "port": port, "refresh": 0.5},
        polling={
            "interval": "1h",
            "tick": 0.2,
            "concurrency": 64,
            "per_host": 64,
            "timeout": "30s",
        },
    )
    store = Store.open(load(config).database)
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "scheduler.py"), "-c", str(config)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
    )
    base = f"http://127.0.0.1:{port}"
    served: list[tuple[int, int]] = []  # (HTTP status, entries stored when answered)
    try:
        wait_for(
            lambda: urllib.request.urlopen(f"{base}/healthz", timeout=5).status == 200,
            timeout=60,
            what="service up",
        )
        stored = 0
        while stored < SOURCES:
            stored = store.count_entries()
            with urllib.request.urlopen(f"{base}/feeds/all.atom", timeout=10) as response:
                response.read()
                served.append((response.status, stored))
            assert len(served) < 100000, "the poll never finished"
            time.sleep(0.005)  # a steady reader, not a flood that starves the feeds' server
        during = [s for s in served if 0 < s[1] < SOURCES]
        assert all(status == 200 for status, _ in served)
        assert len(during) >= 20  # answered again and again while the poll was under way
        assert len({stored for _, stored in during}) >= 10  # ... at many points of it
    finally:
        process.terminate()
        assert process.wait(15) == 0
        store.close()
