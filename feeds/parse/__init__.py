"""Bytes -> ParsedFeed. One adapter per format, each the only importer of its library.

``parse_document`` picks the adapter; every adapter returns the same
``ParsedFeed`` of ``ParsedEntry`` so that later stages never see a
format-specific object.
"""

from __future__ import annotations

from feeds.model import Fetched, ParsedFeed
from feeds.parse.feed import parse_feed

__all__ = ["parse_document"]


def parse_document(fetched: Fetched) -> ParsedFeed:
    """Parse a fetched body with the adapter its content calls for."""
    return parse_feed(fetched.body, url=fetched.final_url, content_type=fetched.content_type)
