"""What a response is, and which feeds an HTML page points to.

``sniff`` picks the adapter for a body. A feed-specific Content-Type is
believed; a generic one (``text/html``, ``text/xml``, ``text/plain``, none) is
not, because servers routinely send RSS as ``text/html``: then the first
bytes decide, and the generic type only breaks a tie. ``discover`` reads the
``<link rel="alternate">`` feed announcements of a page, so a source
configured with a site's home page can be switched to its real feed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from feeds.parse.html import collapse, load_page, resolve

__all__ = ["FEED_TYPES", "DiscoveredFeed", "discover", "looks_like_html", "sniff"]

#: The ``type`` values of ``<link rel="alternate">`` that announce a feed.
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/feed+json",
        "application/json",
    }
)
_XML_FEED_MIMES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/x-rss+xml",
    }
)
_HTML_MIMES = frozenset({"text/html", "application/xhtml+xml"})
_FEED_ROOTS = (b"<rss", b"<feed", b"<rdf", b"<channel")
# Prologue that says nothing about the root: XML declaration, comments, processing
# instructions and a non-HTML doctype (RSS 0.91's Netscape DOCTYPE).
_PROLOGUE = re.compile(rb"\s*(?:<\?.*?\?>|<!--.*?-->|<!doctype\s+(?!html)[^>]*>)", re.DOTALL)


@dataclass(frozen=True, slots=True)
class DiscoveredFeed:
    """A feed a page announces. Produced by ``discover``, read by the CLI and ``pipeline``."""

    url: str  #: absolute
    type: str  #: the announced MIME type, lower case, parameters dropped
    title: str | None


def discover(body: bytes, *, url: str, content_type: str | None = None) -> list[DiscoveredFeed]:
    """The feeds a page's ``<head>`` announces, in page order, each URL once."""
    page = load_page(body, url=url, content_type=content_type)
    found: dict[str, DiscoveredFeed] = {}
    for link in page.root.xpath("//head//link[@href]"):
        if "alternate" not in (link.get("rel") or "").lower().split():
            continue
        mime = _mime(link.get("type"))
        href = resolve(link.get("href"), page.base_url)
        if mime in FEED_TYPES and href and href not in found:
            found[href] = DiscoveredFeed(href, mime, collapse(link.get("title")) or None)
    return list(found.values())


def sniff(body: bytes, content_type: str | None) -> str:
    """``"feed"`` (RSS/Atom/RDF), ``"jsonfeed"`` or ``"html"``: which adapter reads this body.

    An unrecognisable body goes to ``"feed"`` unless the server called it
    HTML, so that feedparser's error names what was wrong with it.
    """
    mime = _mime(content_type)
    if mime in _XML_FEED_MIMES:
        return "feed"
    if mime == "application/json" or mime.endswith("+json"):
        return "jsonfeed"
    return _sniff_bytes(body) or ("html" if mime in _HTML_MIMES else "feed")


def looks_like_html(body: bytes, content_type: str | None) -> bool:
    """True when the body is a web page rather than a feed (a candidate for discovery)."""
    return sniff(body, content_type) == "html"


def _sniff_bytes(body: bytes) -> str | None:
    head = body[:2048].removeprefix(b"\xef\xbb\xbf").lstrip()
    if head.startswith(b"{"):
        return "jsonfeed"
    lowered = head.lower()
    declared_xml = lowered.startswith(b"<?xml")
    while match := _PROLOGUE.match(lowered):
        lowered = lowered[match.end() :]
    lowered = lowered.lstrip()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return "html"
    if lowered.startswith(_FEED_ROOTS) or declared_xml:
        return "feed"
    return "html" if re.match(rb"<[a-z]", lowered) else None


def _mime(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()
