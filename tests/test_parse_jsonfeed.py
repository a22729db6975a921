"""parse.jsonfeed: JSON Feed 1.0 and 1.1 into ParsedFeed, and what is refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from feeds.errors import ParseError
from feeds.parse.jsonfeed import parse_jsonfeed

SITE = Path(__file__).parent / "data" / "site"
URL = "https://tuoitrethudo.vn/feed.json"
WEATHER = (
    "https://tuoitrethudo.vn/mua-lon-dien-rong-de-phong-lu-quet-o-bac-bo-va-trung-bo-283415.html"
)
WELFARE = (
    "https://tuoitrethudo.vn/"
    "tang-cuong-tuyen-truyen-de-nguoi-dan-cung-thuc-hien-chinh-sach-an-sinh-257312.html"
)


def feed_bytes(**document: Any) -> bytes:
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", **document}).encode()


def test_json_feed_11() -> None:
    feed = parse_jsonfeed((SITE / "feed.json").read_bytes(), url=URL)
    assert (feed.format, feed.title, feed.link, feed.warning) == (
        "json11",
        "Tuổi Trẻ Thủ Đô - Tin mới",
        "https://tuoitrethudo.vn/",
        None,
    )
    assert len(feed.entries) == 3
    weather = feed.entries[0]
    assert weather.guid == weather.link == WEATHER
    assert weather.title == "Mưa lớn diện rộng, đề phòng lũ quét ở Bắc Bộ và Trung Bộ"
    assert weather.content is not None and weather.content.startswith("<p>TTTĐ - Theo Trung tâm")
    assert weather.summary is not None and weather.summary.startswith("TTTĐ - Theo Trung tâm")
    assert weather.published_text == "2025-07-11T06:00:00+07:00"
    assert weather.published is None  # normalize reads the text
    assert weather.updated_text is None
    assert weather.categories == ("Môi trường", "thời tiết", "mưa lớn", "lũ quét")
    assert weather.authors == ("Tuổi Trẻ Thủ Đô",)
    assert weather.image == "https://tuoitrethudo.vn/images/2025/07/283415.jpg"


def test_json_feed_10_with_author_object_and_content_text() -> None:
    feed = parse_jsonfeed((SITE / "feed-1.0.json").read_bytes(), url=URL)
    assert feed.format == "json10"
    welfare = feed.entries[1]
    assert welfare.link == WELFARE
    assert welfare.authors == ("Hạnh Nguyên",)
    assert welfare.published_text == "2024-02-27T14:46:00+07:00"
    assert welfare.categories == ("Xã hội", "an sinh xã hội", "Hoàng Mai")
    content = welfare.content or ""
    assert content.startswith("<p>TTTĐ - Quận Hoàng Mai cần tăng cường")
    assert content.count("<p>") == content.count("</p>") == 4


def test_content_text_is_escaped_into_paragraphs() -> None:
    item = {"id": "1", "content_text": "  a < b & c\nnext line\n\n\n  second  "}
    entry = parse_jsonfeed(feed_bytes(items=[item]), url=URL).entries[0]
    assert entry.content == "<p>a &lt; b &amp; c<br>next line</p><p>second</p>"


def test_content_html_wins_and_summary_is_text() -> None:
    item = {"id": "1", "content_html": "<p>x</p>", "content_text": "x", "summary": "1 < 2"}
    entry = parse_jsonfeed(feed_bytes(items=[item]), url=URL).entries[0]
    assert entry.content == "<p>x</p>"
    assert entry.summary == "1 &lt; 2"


def test_item_authors_fall_back_to_the_feed() -> None:
    data = feed_bytes(
        authors=[{"name": "Báo A"}, {"url": "https://x"}],
        items=[{"id": "1"}, {"id": "2", "authors": [{"name": "Phóng viên B"}]}],
    )
    entries = parse_jsonfeed(data, url=URL).entries
    assert [e.authors for e in entries] == [("Báo A",), ("Phóng viên B",)]


def test_optional_fields_and_their_fallbacks() -> None:
    item = {
        "id": 42,
        "external_url": "https://other.vn/a",
        "banner_image": "https://x/b.jpg",
        "date_modified": "2025-07-10T09:00:00Z",
        "tags": ["Xã hội", 7, " "],
    }
    entry = parse_jsonfeed(feed_bytes(items=[item]), url=URL).entries[0]
    assert entry.guid == "42"
    assert entry.link == "https://other.vn/a"
    assert entry.image == "https://x/b.jpg"
    assert entry.updated_text == "2025-07-10T09:00:00Z"
    assert entry.categories == ("Xã hội",)
    assert entry.title is entry.content is entry.summary is None


def test_odd_version_and_non_object_items_give_a_warning() -> None:
    data = json.dumps({"version": "https://jsonfeed.org/version/2", "items": [{"id": "1"}, "x"]})
    feed = parse_jsonfeed(data.encode(), url=URL)
    assert feed.format == "json"
    assert len(feed.entries) == 1
    assert feed.warning == (
        "unknown JSON Feed version 'https://jsonfeed.org/version/2'; "
        "1 items are not JSON objects and were skipped"
    )


def test_version_url_variants_are_recognised() -> None:
    data = json.dumps({"version": "http://jsonfeed.org/version/1.1/", "items": []}).encode()
    assert parse_jsonfeed(data, url=URL).format == "json11"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"<rss version='2.0'></rss>", "not JSON: "),
        (b"", "not JSON: "),
        (b"\xff\xfe\x00garbage", "not JSON: "),
        (b"[1, 2]", "not a JSON Feed: the document is a JSON array, not an object"),
        (b'"items"', "not a JSON Feed: the document is a JSON string, not an object"),
        (b'{"version": "https://jsonfeed.org/version/1.1"}', "not a JSON Feed: no `items` list"),
        (b'{"items": {"id": "1"}}', "not a JSON Feed: no `items` list"),
    ],
)
def test_not_a_json_feed(body: bytes, reason: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_jsonfeed(body, url=URL)
    assert caught.value.reason.startswith(reason)
    assert caught.value.url == URL
