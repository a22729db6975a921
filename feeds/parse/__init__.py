"""Bytes -> ParsedFeed. One adapter per format, each the only importer of its library.

``parse_document`` picks the adapter for a document whose kind is known
(``sniff`` tells it from the bytes when the config does not); every adapter
returns the same ``ParsedFeed`` of ``ParsedEntry`` so that later stages never
see a format-specific object. Feeds go through the fast lxml reader first and
through feedparser whenever the fast reader declines.
"""

from __future__ import annotations

from feeds.errors import ParseError
from feeds.model import Fetched, ParsedFeed
from feeds.parse.fast import Unsupported, parse_fast
from feeds.parse.feed import parse_feed
from feeds.parse.html import Selectors, parse_listing
from feeds.parse.jsonfeed import parse_jsonfeed

__all__ = ["parse_document"]


def parse_document(fetched: Fetched, kind: str, selectors: Selectors | None = None) -> ParsedFeed:
    """Parse a fetched body as ``kind``: ``feed``, ``jsonfeed`` or ``html`` (with selectors)."""
    url, content_type = fetched.final_url, fetched.content_type
    if kind == "jsonfeed":
        return parse_jsonfeed(fetched.body, url=url)
    if kind == "html":
        if selectors is None:
            raise ParseError(url, "an HTML page, and no selectors to scrape it with")
        return parse_listing(fetched.body, url=url, selectors=selectors, content_type=content_type)
    try:
        return parse_fast(fetched.body)
    except Unsupported:
        return parse_feed(fetched.body, url=url, content_type=content_type)
