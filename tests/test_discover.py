"""parse.discover: feeds announced by a page, and telling feeds, JSON Feeds and pages apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.parse.discover import DiscoveredFeed, discover, looks_like_html, sniff

DATA = Path(__file__).parent / "data"
SITE = DATA / "site"
HOME = "https://tuoitrethudo.vn/"


def test_home_page_announces_three_feeds() -> None:
    assert discover((SITE / "index.html").read_bytes(), url=HOME) == [
        DiscoveredFeed(f"{HOME}rss/xa-hoi.rss", "application/rss+xml", "Xã hội"),
        DiscoveredFeed(f"{HOME}rss/moi-truong.atom", "application/atom+xml", "Môi trường"),
        DiscoveredFeed(f"{HOME}feed.json", "application/feed+json", "Tin mới"),
    ]


def test_article_page_announces_its_section_feed() -> None:
    found = discover((SITE / "article.html").read_bytes(), url=f"{HOME}tin/bai.html")
    assert found == [
        DiscoveredFeed(f"{HOME}rss/xa-hoi.rss", "application/rss+xml", "Tuổi Trẻ Thủ Đô - Xã hội")
    ]


def test_rel_tokens_type_case_base_and_duplicates() -> None:
    body = b"""<html><head>
      <base href="https://cdn.example.vn/">
      <link rel="Alternate Feed" type="Application/RSS+XML; charset=utf-8" href="tin.rss">
      <link rel="alternate" type="application/json" href="/tin.json" title="  JSON  ">
      <link rel="alternate" type="application/rss+xml" href="tin.rss" title="again">
      <link rel="alternate" hreflang="en" type="text/html" href="/en/">
      <link rel="stylesheet alternate" type="text/css" href="x.css">
      <link rel="feed" type="application/atom+xml" href="not-alternate.atom">
      <link rel="alternate" type="application/atom+xml">
    </head><body>
      <link rel="alternate" type="application/atom+xml" href="/in-body.atom">
    </body></html>"""
    assert discover(body, url="https://example.vn/") == [
        DiscoveredFeed("https://cdn.example.vn/tin.rss", "application/rss+xml", None),
        DiscoveredFeed("https://cdn.example.vn/tin.json", "application/json", "JSON"),
    ]


def test_a_page_without_announcements() -> None:
    assert discover((SITE / "cp1258.html").read_bytes(), url=HOME) == []


@pytest.mark.parametrize(
    ("path", "content_type", "expected"),
    [
        ("site/rss/xa-hoi.rss", "application/rss+xml", "feed"),
        ("site/rss/xa-hoi.rss", "text/html; charset=utf-8", "feed"),  # misdeclared, bytes win
        ("site/rss/moi-truong.atom", None, "feed"),
        ("feeds/rss10.rdf", "application/xml", "feed"),
        ("feeds/rss091.xml", None, "feed"),  # Netscape DOCTYPE before <rss>
        ("feeds/welfare-cp1258.rss", "text/xml", "feed"),
        ("feeds/atom03.xml", None, "feed"),
        ("site/feed.json", "application/feed+json", "jsonfeed"),
        ("site/feed-1.0.json", None, "jsonfeed"),
        ("site/feed.json", "text/plain", "jsonfeed"),
        ("site/index.html", "text/html", "html"),
        ("site/article.html", None, "html"),
        ("site/cp1258.html", "application/octet-stream", "html"),
        ("feeds/garbage.bin", None, "feed"),  # feedparser gets to say what is wrong
        ("feeds/garbage.bin", "text/html", "html"),
    ],
)
def test_sniff_fixtures(path: str, content_type: str | None, expected: str) -> None:
    body = (DATA / path).read_bytes()
    assert sniff(body, content_type) == expected
    assert looks_like_html(body, content_type) is (expected == "html")


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (b'{"items": []}', "application/json", "jsonfeed"),
        (b"<html><body>oops</body></html>", "application/atom+xml", "feed"),  # the type is believed
        (b'\xef\xbb\xbf  \n{"items": []}', None, "jsonfeed"),
        (b"\n\n<?xml version='1.0'?>\n<!-- generated -->\n<rss/>", None, "feed"),
        (b"<?xml version='1.0'?><!DOCTYPE html><html/>", None, "html"),  # XHTML
        (b"<!DOCTYPE HTML PUBLIC '-//W3C//DTD HTML 4.01//EN'><HTML>", None, "html"),
        (b"<?xml version='1.0'?><unknown/>", None, "feed"),
        (b"<div>fragment</div>", None, "html"),
        (b"", None, "feed"),
        (b"", "text/html", "html"),
    ],
)
def test_sniff_bytes(body: bytes, content_type: str | None, expected: str) -> None:
    assert sniff(body, content_type) == expected
