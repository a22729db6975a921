"""JSON Feed 1.0 and 1.1 -> ParsedFeed.

The two versions differ where it matters here: 1.0 has one ``author``
object, 1.1 an ``authors`` list (and deprecates ``author``); an item without
authors inherits the feed's. Values are copied only when they have the type
the spec gives them, so a sloppy producer yields missing fields, not a crash.
Dates stay raw text for ``normalize``; ``summary`` and ``content_text`` are
plain text by the spec and are escaped here so no stage mistakes them for HTML.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from feeds.errors import ParseError
from feeds.model import ParsedEntry, ParsedFeed

__all__ = ["parse_jsonfeed"]

_VERSIONS = {"jsonfeed.org/version/1": "json10", "jsonfeed.org/version/1.1": "json11"}
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def parse_jsonfeed(body: bytes, *, url: str) -> ParsedFeed:
    """Parse a JSON Feed; ParseError unless it is a JSON object with an ``items`` list.

    An unknown ``version`` or items that are not objects still give a feed, with
    ``warning`` saying what was odd.
    """
    try:
        doc = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ParseError(url, f"not JSON: {exc}") from exc
    if not isinstance(doc, dict):
        raise ParseError(url, f"not a JSON Feed: the document is a {_kind(doc)}, not an object")
    items = doc.get("items")
    if not isinstance(items, list):
        raise ParseError(url, "not a JSON Feed: no `items` list")
    problems = []
    version = _text(doc, "version")
    format_ = _VERSIONS.get(_version_key(version))
    if format_ is None:
        problems.append(f"unknown JSON Feed version {version!r}")
    feed_authors = _authors(doc)
    entries = tuple(_entry(item, feed_authors) for item in items if isinstance(item, dict))
    if len(entries) < len(items):
        problems.append(f"{len(items) - len(entries)} items are not JSON objects and were skipped")
    return ParsedFeed(
        title=_text(doc, "title"),
        link=_text(doc, "home_page_url"),
        entries=entries,
        warning="; ".join(problems) or None,
        format=format_ or "json",
    )


def _entry(item: dict[str, Any], feed_authors: tuple[str, ...]) -> ParsedEntry:
    summary = _text(item, "summary")
    return ParsedEntry(
        guid=_id(item.get("id")),
        link=_text(item, "url") or _text(item, "external_url"),
        title=_text(item, "title"),
        summary=html.escape(summary, quote=False) if summary else None,
        content=_content(item),
        published_text=_text(item, "date_published"),
        updated_text=_text(item, "date_modified"),
        categories=tuple(t for t in item.get("tags") or () if isinstance(t, str) and t.strip()),
        authors=_authors(item) or feed_authors,
        image=_text(item, "image") or _text(item, "banner_image"),
    )


def _content(item: dict[str, Any]) -> str | None:
    if content_html := _text(item, "content_html"):
        return content_html
    if content_text := _text(item, "content_text"):
        return _paragraphs(content_text)
    return None


def _paragraphs(text: str) -> str:
    """Plain text as HTML paragraphs: blank lines part paragraphs, single newlines become <br>."""
    paragraphs = (p.strip() for p in _PARAGRAPH_BREAK.split(text.strip()))
    return "".join(
        "<p>" + html.escape(p, quote=False).replace("\n", "<br>") + "</p>" for p in paragraphs if p
    )


def _authors(obj: dict[str, Any]) -> tuple[str, ...]:
    """Names from 1.1 ``authors``, else from 1.0 ``author`` (producers mix them up)."""
    authors = obj.get("authors")
    candidates = authors if isinstance(authors, list) and authors else [obj.get("author")]
    names = (_text(a, "name") for a in candidates if isinstance(a, dict))
    return tuple(dict.fromkeys(n for n in names if n))


def _id(value: Any) -> str | None:
    """The spec says string, but numeric ids are common; both identify the item."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    return str(value).strip() or None


def _text(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    return value if isinstance(value, str) and value.strip() else None


def _version_key(version: str | None) -> str:
    """``https://jsonfeed.org/version/1.1/`` and the http form name the same version."""
    return (version or "").strip().lower().split("://", 1)[-1].rstrip("/")


def _kind(value: Any) -> str:
    kinds = {list: "JSON array", str: "JSON string", bool: "JSON boolean", type(None): "JSON null"}
    return kinds.get(type(value), "JSON number")
