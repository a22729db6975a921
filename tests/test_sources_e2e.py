"""Issue 4 end to end: scraped pages, JSON Feed, discovery, full text, filters and OPML,
through ``feeds poll`` against the fixture site on a local HTTP server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import feedparser
import pytest
from conftest import DATA, ConfigWriter
from samples import WEATHER_TITLE, WELFARE_LEAD, WELFARE_TITLE, Item, rss, weather, welfare

from feeds.cli import main
from feeds.config import load
from feeds.opml import read_opml
from feeds.site import render_site
from feeds.store import Store

SITE = DATA / "site"
LISTING = {
    "item": "div.list-news article.story",
    "title": "h3.story__title a",
    "link": "h3.story__title a@href",
    "date": "time.story__time",
    "summary": "p.story__sapo",
    "category": ".story__cat",
    "next": "a.next@href",
    "max_pages": 3,
}


@pytest.fixture
def site(web: Any) -> Any:
    """The fixture site: every file of tests/data/site at its path."""
    for path in SITE.rglob("*"):
        if path.is_file():
            kind = {
                ".html": "text/html; charset=utf-8",
                ".json": "application/feed+json",
                ".rss": "application/rss+xml",
                ".atom": "application/atom+xml",
            }
            web.expect_request(f"/{path.relative_to(SITE)}").respond_with_data(
                path.read_bytes(), content_type=kind.get(path.suffix, "text/plain")
            )
    return web


def poll(config: Path) -> int:
    return main(["poll", "-c", str(config)])


def published(config: Path, slug: str = "all") -> Any:
    settings = load(config)
    store = Store.open(settings.database)
    try:
        return feedparser.parse(render_site(settings, store)[f"{slug}.atom"])
    finally:
        store.close()


def test_listing_pages_are_scraped_with_pagination(site: Any, write_config: ConfigWriter) -> None:
    config = write_config(
        sources=[
            {
                "name": "tttd-html",
                "url": site.url_for("/xa-hoi.html"),
                "type": "html",
                "selectors": LISTING,
            }
        ]
    )
    assert poll(config) == 0
    entries = published(config).entries
    assert len(entries) == 10 + 4 + 4
    expected = json.loads((SITE / "expected-listing.json").read_text())["items"]
    by_title = {e.title: e for e in entries}
    for item in expected:
        entry = by_title[item["title"]]
        assert entry.link == site.url_for(item["link"])
        assert entry.summary == item["summary"]
    assert [e.title for e in published(config, "thoi-tiet").entries] == [WEATHER_TITLE]
    assert [p.path for p, _ in site.log] == ["/xa-hoi.html", "/xa-hoi-2.html", "/xa-hoi-3.html"]


def test_a_selector_that_matches_nothing_is_an_error_on_the_source(
    site: Any, write_config: ConfigWriter, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(
        sources=[
            {
                "name": "tttd-html",
                "url": site.url_for("/xa-hoi.html"),
                "type": "html",
                "selectors": {"item": "article.nope"},
            },
            {"name": "tttd-rss", "url": site.url_for("/rss/xa-hoi.rss")},
        ]
    )
    assert poll(config) == 1
    assert main(["sources", "-c", str(config)]) == 0
    shown = capsys.readouterr().out
    assert "item selector `article.nope` matched 0 elements" in " ".join(shown.split())
    assert "tttd-rss" in shown
    assert main(["sources", "-c", str(config), "--failing"]) == 0
    failing = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in failing[1:]] == ["tttd-html"]


@pytest.mark.parametrize(
    ("kind", "path"),
    [
        ("feed", "/rss/xa-hoi.rss"),
        ("feed", "/rss/moi-truong.atom"),
        ("jsonfeed", "/feed.json"),
        ("jsonfeed", "/feed-1.0.json"),
        (None, "/feed.json"),
    ],
)
def test_feeds_and_json_feeds_land_in_the_example_categories(
    site: Any, write_config: ConfigWriter, kind: str | None, path: str
) -> None:
    source = {"name": "s", "url": site.url_for(path)} | ({"type": kind} if kind else {})
    config = write_config(sources=[source])
    assert poll(config) == 0
    titles = {e.title for e in published(config).entries}
    assert titles
    an_sinh = {e.title for e in published(config, "an-sinh").entries}
    thoi_tiet = {e.title for e in published(config, "thoi-tiet").entries}
    assert (WELFARE_TITLE in titles) == (WELFARE_TITLE in an_sinh)
    assert (WEATHER_TITLE in titles) == (WEATHER_TITLE in thoi_tiet)
    assert WELFARE_TITLE not in thoi_tiet and WEATHER_TITLE not in an_sinh


def test_the_welfare_article_scraped_from_a_page_lands_in_an_sinh(
    web: Any, write_config: ConfigWriter
) -> None:
    page = (
        f'<html><body><div class="list"><article><h3><a href="/a-257312.html">{WELFARE_TITLE}'
        f'</a></h3><p class="lead">{WELFARE_LEAD}</p></article></div></body></html>'
    )
    web.expect_request("/list.html").respond_with_data(page, content_type="text/html")
    config = write_config(
        sources=[
            {
                "name": "s",
                "url": web.url_for("/list.html"),
                "type": "html",
                "selectors": {"item": "article", "summary": "p.lead"},
            }
        ]
    )
    assert poll(config) == 0
    assert [e.title for e in published(config, "an-sinh").entries] == [WELFARE_TITLE]
    assert published(config, "thoi-tiet").entries == []


def test_discovery_resolves_a_page_to_its_feed(
    site: Any, write_config: ConfigWriter, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(sources=[{"name": "home", "url": site.url_for("/index.html")}])
    assert poll(config) == 0
    assert WELFARE_TITLE in {e.title for e in published(config).entries}
    store = Store.open(load(config).database)
    state = store.source("home")
    assert state is not None and state.url == site.url_for("/rss/xa-hoi.rss")
    store.close()
    assert poll(config) == 0
    assert site.log[-1][0].path == "/rss/xa-hoi.rss"  # polled directly from now on

    capsys.readouterr()
    assert main(["discover", site.url_for("/index.html")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t")[:2] == [site.url_for("/rss/xa-hoi.rss"), "application/rss+xml"]
    assert len(lines) == 3


def test_full_text_replaces_the_lead_with_the_article_once_per_entry(
    site: Any, write_config: ConfigWriter
) -> None:
    items = [welfare(site.url_for("/article.html"), guid="g1")]
    site.expect_request("/full.rss").respond_with_handler(lambda r: _rss_response(items))
    config = write_config(
        sources=[{"name": "s", "url": site.url_for("/full.rss"), "full_text": True}]
    )
    assert poll(config) == 0
    [entry] = published(config).entries
    text = entry.content[0].value
    assert text.lstrip("<p>").startswith("TTTĐ - Quận Hoàng Mai cần tăng cường")
    assert "Chương trình số 08-CTr/TU" in text  # the body, not just the lead
    assert "Hải Phòng: Kiểm tra vận hành chính quyền" not in text  # no "Đọc thêm" list
    assert "Trang chủ" not in text  # no navigation

    items.append(weather(site.url_for("/nope.html"), guid="g2"))  # a page that 404s
    assert poll(config) == 0
    articles = [p for p, _ in site.log if p.path in ("/article.html", "/nope.html")]
    assert [p.path for p in articles] == ["/article.html", "/nope.html"]  # once per entry
    weather_entry = next(e for e in published(config).entries if e.title == WEATHER_TITLE)
    assert weather_entry.summary.startswith("TTTĐ - Theo Trung tâm")  # kept the feed's text


def _rss_response(items: list[Item]) -> Any:
    from werkzeug import Response

    return Response(rss(items), content_type="application/rss+xml")


def test_the_same_story_by_feed_and_by_scraping_is_stored_once(
    site: Any, write_config: ConfigWriter
) -> None:
    # Served from its real host, the listing's relative links are tuoitrethudo.vn links.
    page = (
        (SITE / "xa-hoi.html")
        .read_text(encoding="utf-8")
        .replace("<head>", '<head><base href="https://tuoitrethudo.vn/xa-hoi">', 1)
    )
    site.expect_request("/live.html").respond_with_data(page, content_type="text/html")
    config = write_config(
        sources=[
            {"name": "atom", "url": site.url_for("/rss/moi-truong.atom")},
            {
                "name": "html",
                "url": site.url_for("/live.html"),
                "type": "html",
                "selectors": LISTING | {"max_pages": 1},
            },
        ]
    )
    assert poll(config) == 0
    titles = [e.title for e in published(config).entries]
    assert titles.count(WEATHER_TITLE) == 1
    assert len(titles) == 10  # both atom entries are among the ten cards


def test_include_and_exclude_filters(web: Any, write_config: ConfigWriter) -> None:
    web.expect_request("/a.rss").respond_with_data(
        rss(
            [
                welfare(guid="1"),
                weather(guid="2"),
                Item(
                    "Video: toàn cảnh lũ quét",
                    "https://tuoitrethudo.vn/video/lu-1.html",
                    "xem",
                    "3",
                ),
                Item("Quảng cáo: mua nhà", "https://tuoitrethudo.vn/qc-1.html", "giá tốt", "4"),
            ]
        )
    )
    config = write_config(
        sources=[
            {
                "name": "s",
                "url": web.url_for("/a.rss"),
                "include": ["lũ quét", "an sinh"],
                "exclude": ["/^Video:/", "/video/"],
            }
        ]
    )
    assert poll(config) == 0
    assert {e.title for e in published(config).entries} == {WELFARE_TITLE, WEATHER_TITLE}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{not json", "not JSON"),
        (b'{"version": "https://jsonfeed.org/version/1.1", "title": "x"}', "items"),
    ],
)
def test_bad_json_feeds_are_clear_errors_and_store_nothing(
    web: Any, write_config: ConfigWriter, body: bytes, message: str
) -> None:
    web.expect_request("/f.json").respond_with_data(body, content_type="application/feed+json")
    config = write_config(
        sources=[{"name": "j", "url": web.url_for("/f.json"), "type": "jsonfeed"}]
    )
    assert poll(config) == 1
    store = Store.open(load(config).database)
    state = store.source("j")
    assert state is not None and message in (state.last_error or "")
    assert store.count_entries() == 0
    store.close()


def test_opml_round_trip_keeps_the_yaml_comments(tmp_path: Path) -> None:
    config = tmp_path / "feeds.yaml"
    original = (
        "# Nguồn tin của tòa soạn\n"
        "database: sqlite:///data/feeds.db  # SQLite\n"
        "categories:\n"
        "  - slug: moi-truong\n"
        '    title: "Môi trường"  # đã có\n'
        "sources: []\n"
    )
    config.write_text(original, encoding="utf-8")
    opml = DATA / "opml" / "subscriptions.opml"
    assert main(["import-opml", str(opml), "-c", str(config)]) == 0
    text = config.read_text(encoding="utf-8")
    assert text.startswith("# Nguồn tin của tòa soạn\n")
    assert "# SQLite" in text and '"Môi trường"  # đã có' in text
    assert text.count("slug: moi-truong") == 1  # the folder mapped to the existing category
    assert main(["check", "-c", str(config)]) == 0

    exported = tmp_path / "out.opml"
    assert main(["export-opml", "-c", str(config), "--out", str(exported)]) == 0

    def outlines(path: Path) -> list[tuple[str, str, str | None, frozenset[str]]]:
        return sorted(
            (o.title, o.xml_url, o.html_url, frozenset(o.categories))
            for o in read_opml(path.read_bytes(), name=str(path))
        )

    assert outlines(exported) == outlines(opml)
    assert main(["import-opml", str(opml), "-c", str(config)]) == 0  # again: nothing new
    assert config.read_text(encoding="utf-8") == text


def test_opml_that_is_not_xml_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "feeds.yaml"
    config.write_text("sources: []\n", encoding="utf-8")
    bad = tmp_path / "bad.opml"
    bad.write_text("this is not xml", encoding="utf-8")
    assert main(["import-opml", str(bad), "-c", str(config)]) == 1
    assert "not an OPML file" in capsys.readouterr().err
    assert config.read_text(encoding="utf-8") == "sources: []\n"


def test_an_unreadable_date_falls_back_to_first_seen_with_a_warning(
    web: Any, write_config: ConfigWriter
) -> None:
    page = (
        '<html><body><article><h3><a href="/a-1.html">Tin một</a></h3>'
        "<time>sáng nay, sau giờ cơm</time></article></body></html>"
    )
    web.expect_request("/list.html").respond_with_data(page, content_type="text/html")
    config = write_config(
        sources=[
            {
                "name": "s",
                "url": web.url_for("/list.html"),
                "type": "html",
                "selectors": {"item": "article", "date": "time"},
            }
        ]
    )
    assert poll(config) == 0
    [entry] = published(config).entries
    assert entry.title == "Tin một" and entry.published_parsed.tm_year >= 2026
    store = Store.open(load(config).database)
    state = store.source("s")
    assert state is not None
    assert "1 dates not understood" in (state.last_warning or "")
    assert "sáng nay, sau giờ cơm" in (state.last_warning or "")
    store.close()
