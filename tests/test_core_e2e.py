"""Issue 2 end to end: local HTTP sources -> feeds poll -> store -> published feeds, parsed back."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import feedparser
import pytest
from conftest import DATA, ConfigWriter, assert_valid_atom
from samples import WEATHER_TITLE, WELFARE_TITLE, Item, rss, weather, welfare
from werkzeug import Request, Response

from feeds.cli import main
from feeds.config import load
from feeds.site import render_site
from feeds.store import Store


def poll(config: Path, *extra: str) -> int:
    return main(["poll", "-c", str(config), *extra])


def site(config: Path) -> dict[str, bytes]:
    settings = load(config)
    store = Store.open(settings.database)
    try:
        return render_site(settings, store)
    finally:
        store.close()


def parsed(files: dict[str, bytes], name: str) -> Any:
    result = feedparser.parse(files[name])
    assert not result.bozo, result.get("bozo_exception")
    return result


def conditional_handler(body: bytes, etag: str = '"v1"') -> Any:
    """Answers like a real server: 304 when the validator matches."""

    def handle(request: Request) -> Response:
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        return Response(body, headers={"ETag": etag, "Content-Type": "application/rss+xml"})

    return handle


def test_same_article_under_two_urls_is_one_entry_in_both_categories(
    web: Any, write_config: ConfigWriter
) -> None:
    web.expect_request("/a.rss").respond_with_data(
        rss([welfare("https://tuoitrethudo.vn/tang-cuong-257312.html", guid="tttd-257312")]),
        content_type="application/rss+xml",
    )
    web.expect_request("/b.rss").respond_with_data(
        rss(
            [
                welfare(
                    "http://tuoitrethudo.vn/tang-cuong-257312.html?utm_source=x", guid="partner-99"
                )
            ],
            title="Partner",
        ),
        content_type="application/rss+xml",
    )
    config = write_config(
        sources=[
            {"name": "a", "url": web.url_for("/a.rss"), "categories": ["an-sinh"]},
            {"name": "b", "url": web.url_for("/b.rss"), "categories": ["thoi-tiet"]},
        ]
    )
    assert poll(config) == 0

    files = site(config)
    everything = parsed(files, "all.atom")
    assert len(everything.entries) == 1
    entry = everything.entries[0]
    assert entry.title == WELFARE_TITLE
    assert {t.term for t in entry.tags} == {"an-sinh", "thoi-tiet"}
    for slug in ("an-sinh", "thoi-tiet"):
        assert [e.id for e in parsed(files, f"{slug}.atom").entries] == [entry.id]


def test_polling_twice_unchanged_is_conditional_and_byte_identical(
    web: Any, write_config: ConfigWriter
) -> None:
    web.expect_request("/a.rss").respond_with_handler(
        conditional_handler(rss([welfare(guid="g1"), weather(guid="g2")]))
    )
    config = write_config(sources=[{"name": "a", "url": web.url_for("/a.rss")}])
    assert poll(config) == 0
    first = site(config)
    assert poll(config) == 0
    second = site(config)

    assert first == second
    (req1, resp1), (req2, resp2) = web.log
    assert "If-None-Match" not in req1.headers and resp1.status_code == 200
    assert req2.headers["If-None-Match"] == '"v1"' and resp2.status_code == 304
    settings = load(config)
    store = Store.open(settings.database)
    assert store.count_entries() == 2
    state = store.source("a")
    assert state is not None and state.last_status == 304 and state.etag == '"v1"'


def test_edited_article_is_updated_in_place(web: Any, write_config: ConfigWriter) -> None:
    web.expect_request("/a.rss").respond_with_data(rss([welfare(guid="g1")]))
    config = write_config(sources=[{"name": "a", "url": web.url_for("/a.rss")}])
    assert poll(config) == 0
    before = parsed(site(config), "all.atom").entries[0]

    time.sleep(1.1)  # Atom dates have one-second resolution: let "updated" be able to move
    web.clear()
    edited = welfare(guid="g1")
    edited.title = WELFARE_TITLE + " (cập nhật)"
    web.expect_request("/a.rss").respond_with_data(rss([edited]))
    assert poll(config) == 0
    files = site(config)
    after = parsed(files, "all.atom").entries
    assert len(after) == 1
    assert after[0].id == before.id
    assert after[0].title == WELFARE_TITLE + " (cập nhật)"
    assert after[0].updated_parsed > before.updated_parsed
    assert parsed(files, "all.atom").feed.updated_parsed > before.updated_parsed


@pytest.mark.parametrize(
    ("fixture", "workers"),
    [(None, 0), ("welfare-nfd.rss", 0), ("welfare-cp1258.rss", 0), ("welfare-cp1258.rss", 2)],
)
def test_welfare_and_weather_land_in_their_own_categories(
    web: Any, write_config: ConfigWriter, fixture: str | None, workers: int
) -> None:
    body = (DATA / "feeds" / fixture).read_bytes() if fixture else rss([welfare(), weather()])
    web.expect_request("/a.rss").respond_with_data(body, content_type="application/rss+xml")
    config = write_config(
        sources=[{"name": "a", "url": web.url_for("/a.rss")}],
        polling={"interval": "15m", "timeout": "5s", "parse_workers": workers},
    )
    assert poll(config) == 0
    files = site(config)

    an_sinh = [e.title for e in parsed(files, "an-sinh.atom").entries]
    thoi_tiet = [e.title for e in parsed(files, "thoi-tiet.atom").entries]
    assert an_sinh == [WELFARE_TITLE]
    assert thoi_tiet == [WEATHER_TITLE]


def test_published_feeds_validate_and_parse_back(web: Any, write_config: ConfigWriter) -> None:
    web.expect_request("/a.rss").respond_with_data(
        rss(
            [
                welfare(guid="g1"),
                weather(guid="g2"),
                Item(
                    'Tin <b>đậm</b> & "trích dẫn"',
                    "https://tuoitrethudo.vn/t-1.html",
                    "<p>Đoạn <script>alert(1)</script><a href='/rel'>liên kết</a></p>",
                ),
            ]
        )
    )
    config = write_config(sources=[{"name": "a", "url": web.url_for("/a.rss")}])
    assert poll(config) == 0
    files = site(config)
    for slug in ("all", "an-sinh", "thoi-tiet"):
        assert_valid_atom(files[f"{slug}.atom"])
        atom, rss_ = parsed(files, f"{slug}.atom"), parsed(files, f"{slug}.rss")
        assert [e.title for e in atom.entries] == [e.title for e in rss_.entries]
        assert atom.feed.language == "vi" if hasattr(atom.feed, "language") else True
    everything = parsed(files, "all.atom")
    assert len(everything.entries) == 3
    assert all("<script" not in e.content[0].value for e in everything.entries)
    assert everything.feed.links[0].href == "http://127.0.0.1:8080/feeds/all.atom"


def test_failing_sources_are_recorded_and_backed_off_while_others_publish(
    web: Any, write_config: ConfigWriter
) -> None:
    def slow(request: Request) -> Response:
        time.sleep(3)
        return Response(rss([weather()]))

    web.expect_request("/good.rss").respond_with_data(rss([welfare(guid="g1")]))
    web.expect_request("/slow.rss").respond_with_handler(slow)
    web.expect_request("/error.rss").respond_with_data("boom", status=500)
    web.expect_request("/garbage.rss").respond_with_data(
        (DATA / "feeds" / "garbage.bin").read_bytes(), content_type="application/octet-stream"
    )
    config = write_config(
        sources=[
            {"name": n, "url": web.url_for(f"/{n}.rss")}
            for n in ("good", "slow", "error", "garbage")
        ],
        polling={"interval": "10m", "timeout": "1s", "concurrency": 8, "parse_workers": 1},
    )
    assert poll(config) == 1  # some sources failed

    assert [e.title for e in parsed(site(config), "all.atom").entries] == [WELFARE_TITLE]
    store = Store.open(load(config).database)
    states = {s.name: s for s in store.sources()}
    assert states["good"].error_count == 0 and states["good"].last_error is None
    assert "timed out after 1 s" in (states["slow"].last_error or "")
    assert states["error"].last_status == 500 and "HTTP 500" in (states["error"].last_error or "")
    assert "not a feed" in (states["garbage"].last_error or "")
    first_wait = {}
    for name in ("slow", "error", "garbage"):
        state = states[name]
        assert state.error_count == 1
        assert state.next_due is not None and state.last_fetch is not None
        first_wait[name] = (state.next_due - state.last_fetch).total_seconds()
        assert 540 <= first_wait[name] <= 660  # the interval, +-10 % jitter

    assert poll(config) == 1
    states = {s.name: s for s in store.sources()}
    for name in ("slow", "error", "garbage"):
        state = states[name]
        assert state.error_count == 2
        assert state.next_due is not None and state.last_fetch is not None
        assert (state.next_due - state.last_fetch).total_seconds() >= 1080  # doubled, -10 %
    store.close()


def test_out_dir_is_rewritten_after_each_poll_only_where_changed(
    web: Any, write_config: ConfigWriter, tmp_path: Path
) -> None:
    items = [welfare(guid="g1")]
    web.expect_request("/a.rss").respond_with_handler(lambda r: Response(rss(items)))
    out = tmp_path / "public"
    config = write_config(
        sources=[{"name": "a", "url": web.url_for("/a.rss")}],
        publish={"entries_per_feed": 50, "out_dir": str(out)},
    )
    assert poll(config) == 0
    names = {p.name for p in out.iterdir()}
    assert {
        "all.atom",
        "all.rss",
        "an-sinh.atom",
        "thoi-tiet.rss",
        "index.html",
        "feeds.opml",
    } <= names
    assert [e.title for e in feedparser.parse((out / "an-sinh.atom").read_bytes()).entries] == [
        WELFARE_TITLE
    ]
    weather_file = (out / "thoi-tiet.atom").stat()

    items.append(weather(guid="g2"))
    assert poll(config) == 0
    assert len(feedparser.parse((out / "all.atom").read_bytes()).entries) == 2
    assert (out / "an-sinh.atom").read_bytes().count(b"<entry>") == 1
    assert (out / "thoi-tiet.atom").stat().st_ino != weather_file.st_ino  # replaced, not edited
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
