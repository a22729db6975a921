"""The fast feed reader against feedparser, its reference: wherever the fast reader accepts a
document, the normalised entries must be identical; it must accept the common formats."""

from __future__ import annotations

import sys
import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from conftest import DATA

from feeds.normalize import Context, normalize_entries
from feeds.parse.fast import Unsupported, parse_fast
from feeds.parse.feed import parse_feed

ROOT = Path(__file__).parent.parent
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


def fixtures() -> list[Path]:
    found = [
        p
        for p in (DATA / "feeds").iterdir()
        if p.suffix in (".rss", ".xml", ".atom", ".rdf", ".bin")
    ]
    found += sorted((ROOT / "config" / "samples").iterdir())
    found += sorted((DATA / "site" / "rss").iterdir())
    return sorted(found)


def generated() -> list[tuple[str, bytes]]:
    """Feeds of the polling benchmark's corpus: 12 feeds of each format."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import _corpus as corpus
    finally:
        sys.path.remove(str(ROOT / "bench"))
    feeds = corpus.feeds_for(150)
    sites = corpus.sites_for(150)
    anchor = datetime(2025, 7, 11, 8, tzinfo=UTC)
    documents = []
    for feed in feeds[::4][:36]:
        items = corpus.feed_items(1, feed, 50, anchor, 500, sites)
        documents.append((feed.path, corpus.render(feed, items, anchor)))
    return documents


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


@pytest.mark.parametrize("path", fixtures(), ids=lambda p: p.name)
def test_fixtures_read_alike(path: Path) -> None:
    compare(path.read_bytes())


def test_the_benchmark_corpus_reads_alike_and_fast() -> None:
    documents = generated()
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
