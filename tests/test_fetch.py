"""fetch: every rule of the fetcher, against real local HTTP servers."""

from __future__ import annotations

import asyncio
import gzip
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import brotli
import pytest
from werkzeug import Request, Response

from feeds.errors import FetchError
from feeds.fetch import Fetcher
from feeds.model import Fetched

BODY = b"<rss version='2.0'><channel><title>t</title></channel></rss>"


def fetch(url: str, **kwargs: Any) -> Fetched:
    limits = {k: kwargs.pop(k) for k in ("timeout", "max_bytes", "per_host") if k in kwargs}

    async def run() -> Fetched:
        async with Fetcher(**limits) as fetcher:
            return await fetcher.fetch(url, **kwargs)

    return asyncio.run(run())


def test_conditional_get_and_304(web: Any) -> None:
    def handle(request: Request) -> Response:
        if (
            request.headers.get("If-None-Match") == '"v1"'
            or request.headers.get("If-Modified-Since") == "Tue, 27 Feb 2024 07:46:00 GMT"
        ):
            return Response(status=304)
        return Response(
            BODY,
            headers={
                "ETag": '"v1"',
                "Last-Modified": "Tue, 27 Feb 2024 07:46:00 GMT",
                "Cache-Control": "public, max-age=600",
            },
        )

    web.expect_request("/f").respond_with_handler(handle)
    first = fetch(web.url_for("/f"))
    assert first.status == 200 and first.body == BODY and first.etag == '"v1"'
    assert first.max_age == 600 and first.body_hash
    again = fetch(web.url_for("/f"), etag=first.etag, last_modified=first.last_modified)
    assert again.not_modified and again.body == b""
    unconditional = fetch(web.url_for("/f"), etag=first.etag, conditional=False)
    assert unconditional.status == 200
    sent = [r.headers for r, _ in web.log]
    assert "If-None-Match" not in sent[0] and sent[1]["If-None-Match"] == '"v1"'
    assert sent[1]["If-Modified-Since"] == "Tue, 27 Feb 2024 07:46:00 GMT"
    assert "If-None-Match" not in sent[2]
    assert sent[0]["User-Agent"].startswith("feeds/")


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br"])
def test_compressed_responses(web: Any, encoding: str) -> None:
    import zlib

    packed = {"gzip": gzip.compress, "deflate": zlib.compress, "br": brotli.compress}[encoding]
    web.expect_request("/f").respond_with_data(packed(BODY), headers={"Content-Encoding": encoding})
    assert fetch(web.url_for("/f")).body == BODY
    assert encoding in web.log[0][0].headers["Accept-Encoding"]


def test_size_limit_cuts_the_stream(web: Any) -> None:
    def endless(request: Request) -> Response:
        def chunks() -> Iterator[bytes]:
            for _ in range(1000):
                yield b"x" * 65536

        return Response(chunks())  # no Content-Length: must be cut while streaming

    web.expect_request("/big").respond_with_handler(endless)
    with pytest.raises(FetchError, match="over the 1 MB limit"):
        fetch(web.url_for("/big"), max_bytes=1024 * 1024)


def test_declared_size_over_limit_is_refused_up_front(web: Any) -> None:
    web.expect_request("/big").respond_with_data(b"x" * 2_000_000)
    with pytest.raises(FetchError, match="2000000 bytes is over the 1 MB limit"):
        fetch(web.url_for("/big"), max_bytes=1024 * 1024)


def test_gzip_bomb_stops_at_the_limit(web: Any) -> None:
    bomb = gzip.compress(b"\0" * 64 * 1024 * 1024)
    assert len(bomb) < 100_000
    web.expect_request("/bomb").respond_with_data(bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="over the 1 MB limit"):
        fetch(web.url_for("/bomb"), max_bytes=1024 * 1024)


def test_drip_server_is_cut_off_by_total_time(web: Any) -> None:
    def drip(request: Request) -> Response:
        def chunks() -> Iterator[bytes]:
            for _ in range(30):
                yield b"<"
                time.sleep(0.2)

        return Response(chunks())

    web.expect_request("/drip").respond_with_handler(drip)
    with pytest.raises(FetchError, match="timed out after 1 s"):
        fetch(web.url_for("/drip"), timeout=1.0)


def test_connection_refused_is_a_clear_error() -> None:
    with pytest.raises(FetchError, match="cannot connect"):
        fetch("http://127.0.0.1:9/feed.rss")


@pytest.mark.parametrize("url", ["http://[::1/feed.rss", "http://x.vn:99999/feed.rss"])
def test_a_malformed_url_is_a_clear_error(url: str) -> None:
    with pytest.raises(FetchError, match="invalid URL"):
        fetch(url)


def test_a_server_that_never_answers_is_cut_off_by_total_time(web: Any) -> None:
    def silent(request: Request) -> Response:
        time.sleep(3)
        return Response(BODY)

    web.expect_request("/silent").respond_with_handler(silent)
    with pytest.raises(FetchError, match="timed out after 1 s"):  # it would answer at 3 s
        fetch(web.url_for("/silent"), timeout=1.0)


@pytest.mark.parametrize(
    ("status", "permanent"), [(301, True), (308, True), (302, False), (307, False)]
)
def test_redirects_report_only_permanent_targets(web: Any, status: int, permanent: bool) -> None:
    web.expect_request("/old").respond_with_data("", status=status, headers={"Location": "/new"})
    web.expect_request("/new").respond_with_data(BODY)
    result = fetch(web.url_for("/old"))
    assert result.body == BODY and result.final_url == web.url_for("/new")
    assert result.permanent_redirect == (web.url_for("/new") if permanent else None)


def test_permanent_then_temporary_moves_only_to_the_temporary_hop(web: Any) -> None:
    web.expect_request("/a").respond_with_data("", status=301, headers={"Location": "/b"})
    web.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/c"})
    web.expect_request("/c").respond_with_data(BODY)
    assert fetch(web.url_for("/a")).permanent_redirect == web.url_for("/b")


def test_redirect_loop_and_long_chain_are_errors(web: Any) -> None:
    web.expect_request("/loop").respond_with_data("", status=302, headers={"Location": "/loop"})
    for i in range(7):
        web.expect_request(f"/hop{i}").respond_with_data(
            "", status=301, headers={"Location": f"/hop{i + 1}"}
        )
    web.expect_request("/hop7").respond_with_data(BODY)
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(web.url_for("/loop"))
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(web.url_for("/hop0"))


@pytest.mark.parametrize(
    ("status", "header"), [(429, "120"), (503, "Tue, 27 Feb 2024 08:46:00 GMT")]
)
def test_retry_after_is_reported(web: Any, status: int, header: str) -> None:
    web.expect_request("/f").respond_with_data(
        "slow down", status=status, headers={"Retry-After": header}
    )
    with pytest.raises(FetchError) as info:
        fetch(web.url_for("/f"))
    assert info.value.status == status and info.value.retry_after == header


def test_gone_is_permanent(web: Any) -> None:
    web.expect_request("/f").respond_with_data("", status=410)
    with pytest.raises(FetchError) as info:
        fetch(web.url_for("/f"))
    assert info.value.permanent and info.value.status == 410


def test_per_host_limit_is_observed_at_the_server(web: Any) -> None:
    lock = threading.Lock()
    active, peak = [0], [0]

    def handle(request: Request) -> Response:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.15)
        with lock:
            active[0] -= 1
        return Response(BODY)

    for i in range(10):
        web.expect_request(f"/s{i}").respond_with_handler(handle)

    async def run() -> list[Fetched]:
        async with Fetcher(per_host=2, concurrency=32) as fetcher:
            return await asyncio.gather(*(fetcher.fetch(web.url_for(f"/s{i}")) for i in range(10)))

    assert all(r.body == BODY for r in asyncio.run(run()))
    assert peak[0] == 2


def test_file_urls_are_sources_with_mtime_validators(tmp_path: Path) -> None:
    path = tmp_path / "a.xml"
    path.write_bytes(BODY)
    first = fetch(path.as_uri())
    assert first.status == 200 and first.body == BODY
    assert fetch(path.as_uri(), last_modified=first.last_modified).not_modified
    with pytest.raises(FetchError, match="no such file"):
        fetch((tmp_path / "missing.xml").as_uri())
