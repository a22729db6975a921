"""server: bytes from memory, with ETag/Last-Modified, 304, HEAD, gzip and 404, over real HTTP."""

from __future__ import annotations

import gzip
import http.client
from datetime import UTC, datetime, timedelta

from conftest import ThreadServer

from feeds.server import SiteCache, create_app

NOW = datetime(2024, 2, 27, 8, 0, tzinfo=UTC)
ATOM = b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>" + b"x" * 2000 + b"</feed>"


def request(
    base: str, method: str, path: str, **headers: str
) -> tuple[int, http.client.HTTPMessage, bytes]:
    host, port = base.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=5)
    conn.request(method, path, headers=headers)
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, response.headers, body


def cache() -> SiteCache:
    site = SiteCache()
    site.update(
        {
            "all.atom": ATOM,
            "all.rss": b"<rss/>",
            "index.html": b"<html></html>",
            "feeds.opml": b"<opml/>",
        },
        revision=1,
        now=NOW,
    )
    return site


def test_get_head_conditional_gzip_and_404() -> None:
    with ThreadServer(create_app(cache())) as base:
        status, headers, body = request(base, "GET", "/feeds/all.atom")
        assert status == 200 and body == ATOM
        assert headers["Content-Type"] == "application/atom+xml; charset=utf-8"
        assert headers["Last-Modified"] == "Tue, 27 Feb 2024 08:00:00 GMT"
        etag = headers["ETag"]

        assert request(base, "GET", "/feeds/all.atom", **{"If-None-Match": etag})[0] == 304
        assert request(base, "GET", "/feeds/all.atom", **{"If-None-Match": f"W/{etag}"})[0] == 304
        assert request(base, "GET", "/feeds/all.atom", **{"If-None-Match": '"other"'})[0] == 200
        assert (
            request(
                base,
                "GET",
                "/feeds/all.atom",
                **{"If-Modified-Since": "Tue, 27 Feb 2024 08:00:00 GMT"},
            )[0]
            == 304
        )
        assert (
            request(
                base,
                "GET",
                "/feeds/all.atom",
                **{"If-Modified-Since": "Tue, 27 Feb 2024 07:59:59 GMT"},
            )[0]
            == 200
        )

        status, headers, body = request(base, "HEAD", "/feeds/all.atom")
        assert status == 200 and body == b"" and int(headers["Content-Length"]) == len(ATOM)

        status, headers, body = request(
            base, "GET", "/feeds/all.atom", **{"Accept-Encoding": "gzip, br"}
        )
        assert headers["Content-Encoding"] == "gzip" and gzip.decompress(body) == ATOM
        assert headers["Vary"] == "Accept-Encoding"
        assert (
            request(base, "GET", "/feeds/all.atom", **{"Accept-Encoding": "gzip;q=0"})[1].get(
                "Content-Encoding"
            )
            is None
        )
        assert (
            request(
                base,
                "GET",
                "/feeds/all.atom",
                **{"Accept-Encoding": "gzip", "If-None-Match": headers["ETag"]},
            )[0]
            == 304
        )

        assert request(base, "GET", "/feeds/nope.atom")[0] == 404
        assert request(base, "GET", "/feeds/all.exe")[0] == 404
        assert request(base, "GET", "/")[1]["Content-Type"].startswith("text/html")
        assert request(base, "GET", "/feeds.opml")[0] == 200
        assert request(base, "GET", "/healthz")[0] == 200


def test_unchanged_bytes_keep_their_validators() -> None:
    site = cache()
    before = site.files["all.atom"]
    changed = site.update(
        {"all.atom": ATOM, "all.rss": b"<rss>new</rss>"}, revision=2, now=NOW + timedelta(hours=1)
    )
    assert changed == ["all.rss"]
    assert site.files["all.atom"] is before
    assert site.files["all.rss"].last_modified == NOW + timedelta(hours=1)


def test_health_is_503_before_the_first_render() -> None:
    with ThreadServer(create_app(SiteCache())) as base:
        assert request(base, "GET", "/healthz")[0] == 503
        assert request(base, "GET", "/feeds/all.atom")[0] == 404
