"""publish: Atom (RFC 4287), RSS and JSON Feed from stored entries; deterministic bytes."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import feedparser
from conftest import assert_valid_atom
from lxml import etree

from feeds.model import FeedInfo, StoredEntry
from feeds.publish import render, render_index, render_opml

INFO = FeedInfo(
    slug="an-sinh",
    title="An sinh xã hội",
    base_url="http://127.0.0.1:8080",
    language="vi",
    site_title="Tin tổng hợp",
    category_titles={"an-sinh": "An sinh xã hội", "thoi-tiet": "Thời tiết"},
)
ENTRY = StoredEntry(
    uid="urn:uuid:0f7c1a7e-1b7e-4a61-9d4c-2f3e0e1f1a01",
    title="Tăng cường tuyên truyền để người dân cùng thực hiện chính sách an sinh",
    link="https://tuoitrethudo.vn/tang-cuong-257312.html",
    summary="<p>TTTĐ - Quận Hoàng Mai cần tăng cường công tác tuyên truyền</p>",
    content="<p>TTTĐ - Quận Hoàng Mai</p><p>Ủy viên Trung ương Đảng...</p>",
    author="Hạnh Nguyên",
    published=datetime(2024, 2, 27, 7, 46, tzinfo=UTC),
    updated=datetime(2024, 2, 27, 9, 0, tzinfo=UTC),
    categories=("an-sinh", "thoi-tiet"),
    related=("https://baomoi.com/tang-cuong/c/1.epi",),
)
BARE = StoredEntry(
    uid="urn:uuid:2",
    title="Tin & <không> link",
    link=None,
    summary="",
    content="",
    author=None,
    published=datetime(2024, 2, 26, tzinfo=UTC),
    updated=datetime(2024, 2, 26, tzinfo=UTC),
    categories=(),
)


def test_atom_validates_and_round_trips() -> None:
    data = render(INFO, [ENTRY, BARE], "atom")
    assert_valid_atom(data)
    feed = feedparser.parse(data)
    assert not feed.bozo
    assert feed.feed.updated_parsed[:6] == (2024, 2, 27, 9, 0, 0)
    assert etree.fromstring(data).get("{http://www.w3.org/XML/1998/namespace}lang") == "vi"
    first, second = feed.entries
    assert first.id == ENTRY.uid and first.title == ENTRY.title and first.link == ENTRY.link
    assert [t.term for t in first.tags] == ["an-sinh", "thoi-tiet"]
    assert [t.label for t in first.tags] == ["An sinh xã hội", "Thời tiết"]
    assert [(link.rel, link.href) for link in first.links] == [
        ("alternate", ENTRY.link),
        ("related", ENTRY.related[0]),
    ]
    assert "Also at:" in first.content[0].value and "baomoi.com" in first.content[0].value
    assert first.author == "Hạnh Nguyên"
    assert second.title == "Tin & <không> link"
    self_link = next(link.href for link in feed.feed.links if link.rel == "self")
    assert self_link == "http://127.0.0.1:8080/feeds/an-sinh.atom"


def test_rss_round_trips() -> None:
    feed = feedparser.parse(render(INFO, [ENTRY, BARE], "rss"))
    assert not feed.bozo
    assert [e.id for e in feed.entries] == [ENTRY.uid, BARE.uid]
    assert feed.entries[0].published_parsed[:5] == (2024, 2, 27, 7, 46)


def test_json_feed() -> None:
    document = json.loads(render(INFO, [ENTRY], "json"))
    assert document["version"] == "https://jsonfeed.org/version/1.1"
    item = document["items"][0]
    assert item["id"] == ENTRY.uid and item["date_published"] == "2024-02-27T07:46:00+00:00"
    assert item["tags"] == ["An sinh xã hội", "Thời tiết"]


def test_output_is_deterministic_and_empty_feeds_are_valid() -> None:
    for fmt in ("atom", "rss", "json"):
        assert render(INFO, [ENTRY], fmt) == render(INFO, [ENTRY], fmt)
    empty = render(INFO, [], "atom")
    assert_valid_atom(empty)
    assert not feedparser.parse(render(INFO, [], "rss")).bozo


def test_index_and_opml_list_every_feed() -> None:
    other = FeedInfo(
        slug="all",
        title="Tin tổng hợp",
        base_url=INFO.base_url,
        language="vi",
        site_title="Tin tổng hợp",
    )
    page = render_index(other, [other, INFO]).decode()
    assert page.count('rel="alternate"') == 4
    assert 'href="http://127.0.0.1:8080/feeds/an-sinh.atom"' in page
    opml = etree.fromstring(render_opml(other, [other, INFO]))
    assert [o.get("xmlUrl") for o in opml.iter("outline")] == [
        "http://127.0.0.1:8080/feeds/all.atom",
        "http://127.0.0.1:8080/feeds/an-sinh.atom",
    ]
