"""RSS and Atom through feedparser: the only module that imports it.

feedparser's result dict aliases keys (``updated`` answers with ``published``
when absent, ``description`` with ``summary``), so values are read here with
plain ``dict.get`` and copied into ``ParsedEntry``; the dict never leaves.
Options are passed per call, never through feedparser's module switches.
HTML is *not* sanitised here (``normalize`` does it once for every format),
but relative URIs are resolved here because only feedparser knows each
element's ``xml:base``.
"""

from __future__ import annotations

import calendar
from datetime import UTC, datetime
from typing import Any

import feedparser

from feeds.errors import ParseError
from feeds.model import ParsedEntry, ParsedFeed
from feeds.parse.hints import poll_interval

# Raised by feedparser on documents that are still fully usable: a charset
# override, or a server calling RSS text/html or text/plain (common).
_HARMLESS = ("CharacterEncodingOverride", "NonXMLContentType")


def parse_feed(body: bytes, *, url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse RSS 0.9x/1.0/2.0 or Atom 0.3/1.0.

    A malformed document whose entries were readable is kept, with ``warning``
    set; one that yields nothing raises ParseError.
    """
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    result = feedparser.parse(
        body, response_headers=headers, sanitize_html=False, resolve_relative_uris=True
    )
    entries = tuple(_entry(e) for e in result.get("entries", ()))
    warning = None
    if result.get("bozo"):
        exc = result.get("bozo_exception")
        reason = f"{type(exc).__name__}: {exc}" if exc is not None else "malformed document"
        if not entries and not result.get("version"):
            raise ParseError(url, f"not a feed ({reason})")
        if type(exc).__name__ not in _HARMLESS:
            warning = f"malformed feed, {len(entries)} entries kept: {reason}"
    feed = dict.get(result, "feed") or {}
    return ParsedFeed(
        title=_text(feed, "title"),
        link=_text(feed, "link"),
        entries=entries,
        warning=warning,
        ttl=_ttl(feed),
        format=str(result.get("version") or ""),
    )


def _entry(e: Any) -> ParsedEntry:
    contents = dict.get(e, "content") or []
    content = max((c.get("value") or "" for c in contents), key=len, default="") or None
    summary_detail = dict.get(e, "summary_detail")
    summary = summary_detail.get("value") if summary_detail else None
    if summary is not None and content is not None and summary == content:
        summary = None
    return ParsedEntry(
        guid=_text(e, "id"),
        link=_text(e, "link"),
        title=_text(e, "title"),
        summary=summary,
        content=content,
        published_text=_text(e, "published"),
        updated_text=_text(e, "updated"),
        published=_date(dict.get(e, "published_parsed")),
        updated=_date(dict.get(e, "updated_parsed")),
        categories=tuple(t["term"] for t in dict.get(e, "tags") or () if t.get("term")),
        authors=_authors(e),
        canonical_link=next(
            (
                link.get("href")
                for link in dict.get(e, "links") or ()
                if link.get("rel") == "canonical" and link.get("href")
            ),
            None,
        ),
        image=_image(e),
    )


def _text(d: Any, key: str) -> str | None:
    value = dict.get(d, key)
    return value if isinstance(value, str) and value.strip() else None


def _date(value: Any) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), UTC)
    except (OverflowError, ValueError, TypeError):
        return None


def _authors(e: Any) -> tuple[str, ...]:
    names = [a.get("name") for a in dict.get(e, "authors") or () if a.get("name")]
    if not names and _text(e, "author"):
        names = [dict.get(e, "author")]
    return tuple(names)


def _image(e: Any) -> str | None:
    for key in ("media_thumbnail", "media_content"):
        for item in dict.get(e, key) or ():
            if item.get("url") and item.get("medium", "image") == "image":
                return str(item["url"])
    for link in dict.get(e, "links") or ():
        if link.get("rel") == "enclosure" and str(link.get("type", "")).startswith("image/"):
            return str(link.get("href"))
    return None


def _ttl(feed: Any) -> int | None:
    return poll_interval(
        _text(feed, "ttl"), _text(feed, "sy_updateperiod"), _text(feed, "sy_updatefrequency")
    )
