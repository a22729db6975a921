"""The fast feed reader against feedparser, its reference: wherever the fast reader accepts a
document, the normalised entries must be identical; it must accept the common formats."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from conftest import DATA, benchmark_feeds, feed_fixtures

from feeds.normalize import Context, normalize_entries
from feeds.parse.fast import Unsupported, parse_fast
from feeds.parse.feed import parse_feed

NOW = datetime(2025, 7, 12, tzinfo=UTC)
URL = "https://tuoitrethudo.vn/rss/feed.xml"
FIELDS = (
    "key",
    "guid",
    "link",
    "canonical_link",
    "title",
    "summary",
    "content",
    "author",
    "published",
    "updated",
    "terms",
    "image",
)


def normalised(entries: Any) -> list[tuple[Any, ...]]:
    ctx = Context(base_url=URL, tz=ZoneInfo("Asia/Ho_Chi_Minh"), now=NOW)
    return [tuple(getattr(e, f) for f in FIELDS) for e in normalize_entries(entries, ctx)]


def compare(body: bytes) -> bool:
    """True when the fast reader accepted and agreed; False when it declined."""
    try:
        fast = parse_fast(body)
    except Unsupported:
        return False
    reference = parse_feed(body, url=URL)
    assert normalised(fast.entries) == normalised(reference.entries)
    assert fast.ttl == reference.ttl
    assert unicodedata.normalize("NFC", fast.title or "") == unicodedata.normalize(
        "NFC", reference.title or ""
    )
    return True


@pytest.mark.parametrize("path", feed_fixtures(), ids=lambda p: p.name)
def test_fixtures_read_alike(path: Path) -> None:
    compare(path.read_bytes())


def test_the_benchmark_corpus_reads_alike_and_fast() -> None:
    documents = benchmark_feeds()
    accepted = [name for name, body in documents if compare(body)]
    assert len(accepted) == len(documents)  # every common-format feed takes the fast path


@pytest.mark.parametrize(
    "name", ["welfare-nfd.rss", "welfare-cp1258.rss", "rss10.rdf", "naive-dates.rss"]
)
def test_common_fixtures_take_the_fast_path(name: str) -> None:
    assert compare((DATA / "feeds" / name).read_bytes())


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("broken.rss", "not well-formed"),
        ("garbage.bin", "not well-formed"),
        ("relative-links.atom", "xml:base"),
        ("atom03.xml", "root element"),
    ],
)
def test_the_rest_is_left_to_feedparser(name: str, reason: str) -> None:
    with pytest.raises(Unsupported, match=reason):
        parse_fast((DATA / "feeds" / name).read_bytes())


@pytest.mark.parametrize("encoding", ["utf-8", "windows-1258", "utf-16", "utf-32"])
def test_xml_base_is_found_in_any_encoding(encoding: str) -> None:
    """An ``xml:base`` anywhere sends the document to feedparser, whatever its encoding
    (windows-1258 for legacy Vietnamese sites; UTF-16 and UTF-32, whose bytes hold no
    ASCII names)."""
    rss = (
        f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel>'
        "<title>Đê</title><item{}><title>Mưa</title></item></channel></rss>"
    )
    assert len(parse_fast(rss.format("").encode(encoding)).entries) == 1
    with pytest.raises(Unsupported, match="xml:base"):
        parse_fast(rss.format(' xml:base="https://x.vn/a/"').encode(encoding))


#: The rule ``_relative_url`` follows, as a regex over the lowered text (what it replaced).
_RELATIVE_RULE = tuple(
    re.compile(rf"""{name}\s*=\s*["']?(?!https?://|mailto:|data:|#|["'\s>])""")
    for name in ("href", "src")
)
_PIECES = (
    *("href", "HREF", "Href", "src", "SRC", "sRc", "h", "ref", "s", "rc", "x", "/", "a.html"),
    *("=", "==", " ", "\t", "\n", "\xa0", "\u2003", '"', "'", ">", "<", "#", "İ"),
    *("http://", "HTTPS://", "https:/", "mailto:", "data:"),
)


@pytest.mark.parametrize(
    ("html", "relative"),
    [
        ('<img src="https://x.vn/a.jpg" alt="a">', False),
        ("<a href = 'a.html'>", True),
        ("<a HREF=/b>", True),
        ('<a href="#top">', False),
        ('<a href="">', False),
        ("<a href=", True),
        ('<img data-src="i.jpg">', True),
        ("1 + 1 = 2", False),
    ],
)
def test_relative_urls_are_found_as_the_rule_says(html: str, relative: bool) -> None:
    from feeds.parse.fast import _relative_url

    assert any(p.search(html.lower()) for p in _RELATIVE_RULE) is relative
    assert _relative_url(html) is relative


def test_relative_urls_are_found_as_the_rule_says_in_any_arrangement() -> None:
    """300,000 random strings of the pieces that matter (names in any case, spacing,
    quotes, absolute prefixes, a character that lowers to two)."""
    import random

    from feeds.parse.fast import _relative_url

    rng = random.Random(1)
    for _ in range(300_000):
        html = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 8)))
        expected = any(p.search(html.lower()) for p in _RELATIVE_RULE)
        assert _relative_url(html) == expected, html
