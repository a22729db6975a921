"""Listing pages -> ParsedFeed through configured selectors: the only cssselect user.

A site without a feed is read from the HTML of its section page: one selector
finds the story cards, the others are evaluated *inside* each card. A selector
is CSS unless it starts with ``/`` or ``xpath:``; ``a@href`` reads an attribute
(XPath reads one natively with ``/@href``). Inside a card a leading ``/`` is
made relative (``//h3/a`` means the card's ``h3 a``, not the page's first one);
write ``xpath:`` to state an expression exactly as meant.

Extraction is pure: bytes in, ``ParsedFeed`` out; fetching the next page is
the caller's business (``next_page`` only says where it is). Dates stay text
for ``normalize``, except when the source states a ``date_format``.
``load_page`` and ``compile_selector`` are shared with ``discover`` and
``article`` so every HTML reader decodes and selects the same way.
"""

from __future__ import annotations

import codecs
import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.html
from cssselect import SelectorError
from lxml import etree
from lxml.cssselect import CSSSelector

from feeds.errors import ParseError
from feeds.model import ParsedEntry, ParsedFeed

__all__ = [
    "Page",
    "Query",
    "Selectors",
    "collapse",
    "compile_selector",
    "load_page",
    "next_page",
    "parse_listing",
    "resolve",
]

#: Where a picture's address is read from when a selector names the element, lazy-loading first.
_IMAGE_ATTRS = ("data-src", "data-original", "data-lazy-src", "src")
_LINK_ATTRS = ("href",)
_URL_SCHEMES = ("http", "https", "file")
_ATTR_NAME = re.compile(r"[A-Za-z_][\w:.-]*")
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Browsers read these labels as windows-1252 (WHATWG Encoding), and so do the pages' authors.
_AS_CP1252 = frozenset({"iso8859-1", "ascii"})
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True, slots=True)
class Selectors:
    """How to read one site's listing (and article) pages. Built from the config, read here.

    Every field but ``item`` is optional. Omitted ``title`` means the first
    heading (h1-h3) of the card, else its first link text; omitted ``link``
    means the card's first ``a@href``.
    """

    item: str  #: one match per story card, evaluated on the whole page
    title: str | None = None
    link: str | None = None
    date: str | None = None
    date_format: str | None = None  #: ``strptime`` format; else ``normalize`` reads the text
    summary: str | None = None
    image: str | None = None
    category: str | None = None  #: every match becomes a category term
    author: str | None = None  #: every match becomes an author
    next: str | None = None  #: the next-page link, evaluated on the whole page
    max_pages: int = 1  #: how many pages the caller follows through ``next``
    content: str | None = None  #: the story body on an article page (see ``article``)


@dataclass(frozen=True, slots=True)
class Page:
    """A decoded HTML document and the URL its relative links resolve against."""

    root: lxml.html.HtmlElement
    base_url: str  #: the page URL, or its ``<base href>`` when it has one


@dataclass(frozen=True, slots=True)
class Query:
    """A compiled selector: the XPath to run and the attribute to read from what it finds."""

    source: str  #: as configured, for error messages
    field: str
    xpath: etree.XPath
    attr: str | None  #: from a trailing ``@attr`` in CSS

    def hits(self, context: lxml.html.HtmlElement, url: str) -> list[Any]:
        """Raw matches: elements, or strings when the XPath selects text or attributes."""
        try:
            result = self.xpath(context)
        except etree.XPathError as exc:
            raise ParseError(url, f"{self.field} selector `{self.source}` failed: {exc}") from exc
        return list(result) if isinstance(result, list) else [result]

    def elements(self, context: lxml.html.HtmlElement, url: str) -> list[lxml.html.HtmlElement]:
        return [h for h in self.hits(context, url) if isinstance(h, lxml.html.HtmlElement)]

    def texts(self, context: lxml.html.HtmlElement, url: str) -> list[str]:
        """Whitespace-collapsed text of each match (or its ``@attr``), empty ones dropped."""
        values = []
        for hit in self.hits(context, url):
            if isinstance(hit, lxml.html.HtmlElement):
                value = hit.get(self.attr) if self.attr else hit.text_content()
            else:
                value = str(hit)
            if text := collapse(value):
                values.append(text)
        return values

    def urls(self, context: lxml.html.HtmlElement, page: Page, attrs: Sequence[str]) -> list[str]:
        """Absolute URLs of the matches.

        An element matched without ``@attr`` gives its own or a descendant's first
        of ``attrs``, so ``img`` or ``h3`` serve where ``img@src`` or ``h3 a@href`` is meant.
        """
        found = []
        for hit in self.hits(context, page.base_url):
            if isinstance(hit, lxml.html.HtmlElement):
                value = hit.get(self.attr) if self.attr else _natural_url(hit, attrs)
            else:
                value = str(hit)
            if absolute := resolve(value, page.base_url):
                found.append(absolute)
        return found


def load_page(body: bytes, *, url: str, content_type: str | None = None) -> Page:
    """Decode and parse an HTML page; ParseError when there is nothing to parse."""
    text = _XML_DECLARATION.sub("", _decode(body, content_type), count=1).replace("\x00", "")
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise ParseError(url, f"not an HTML page: {exc}") from exc
    base = root.xpath("string((//base[@href])[1]/@href)").strip()
    return Page(root=root, base_url=urljoin(url, base) if base else url)


def _decode(body: bytes, content_type: str | None) -> str:
    """Bytes -> text the way browsers choose: BOM, HTTP charset, ``<meta>`` charset, then UTF-8.

    Decoding here rather than in libxml2 keeps legacy Vietnamese encodings
    (windows-1258, whose tone marks are combining characters) under Python's codecs.
    """
    for bom, bom_codec in _BOMS:
        if body.startswith(bom):
            return body.decode(bom_codec, "replace")
    header = _HEADER_CHARSET.search(content_type or "")
    meta = _META_CHARSET.search(body[:4096])
    for label in (
        header.group(1) if header else None,
        meta.group(1).decode("ascii", "replace") if meta else None,
    ):
        if label and (codec := _codec(label)):
            return body.decode(codec, "replace")
    return body.decode("utf-8", "replace")


def _codec(label: str) -> str | None:
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name.startswith("utf-16") or name.startswith("utf-32"):
        return "utf-8"  # a <meta> readable as ASCII cannot be in UTF-16; the page lies
    return "cp1252" if name in _AS_CP1252 else name


def compile_selector(selector: str, *, field: str, url: str, relative: bool = True) -> Query:
    """CSS (default), XPath (leading ``/``) or exact XPath (``xpath:``); ParseError if invalid.

    ``relative`` selectors run inside an element, so a leading ``/`` becomes ``./``.
    """
    source = selector.strip()
    try:
        if source.startswith("xpath:"):
            return Query(selector, field, etree.XPath(source.removeprefix("xpath:").strip()), None)
        if source.startswith("/"):
            return Query(selector, field, etree.XPath("." + source if relative else source), None)
        css, at, attr = source.rpartition("@")
        if not at or not _ATTR_NAME.fullmatch(attr):
            css, attr = source, ""
        xpath = CSSSelector(css, translator="html") if css.strip() else etree.XPath("self::*")
        return Query(selector, field, xpath, attr or None)
    except (SelectorError, etree.XPathError) as exc:
        raise ParseError(url, f"invalid {field} selector `{selector}`: {exc}") from exc


def collapse(text: str | None) -> str:
    """Whitespace (including NBSP) collapsed to single spaces and trimmed."""
    return " ".join(text.split()) if text else ""


def resolve(value: str | None, base: str) -> str | None:
    """An absolute http(s)/file URL, or None for empty, fragment-only or script links."""
    value = (value or "").strip()
    if not value or value.startswith("#"):
        return None
    joined = urljoin(base, value)
    return joined if urlsplit(joined).scheme in _URL_SCHEMES else None


def parse_listing(
    body: bytes, *, url: str, selectors: Selectors, content_type: str | None = None
) -> ParsedFeed:
    """One listing page -> its story cards as entries, in page order.

    The card's link is its identity (``guid`` is None). A card with neither
    title nor link is skipped, and a date not matching ``date_format`` is kept
    as text; both are reported in ``warning`` so a broken selector shows up in
    ``feeds sources`` instead of silently thinning the feed.
    """
    page = load_page(body, url=url, content_type=content_type)
    cards = compile_selector(selectors.item, field="item", url=url, relative=False)
    fields = _Fields.compile(selectors, url)
    items = cards.elements(page.root, url)
    if not items:
        raise ParseError(url, f"item selector `{selectors.item}` matched 0 elements on {url}")
    entries: list[ParsedEntry] = []
    bad_dates: list[str] = []
    for item in items:
        entry = fields.entry(item, page, selectors.date_format, bad_dates)
        if entry.title or entry.link:
            entries.append(entry)
    problems = []
    if len(entries) < len(items):
        problems.append(f"{len(items) - len(entries)} of {len(items)} items had no title or link")
    if bad_dates:
        problems.append(
            f"{len(bad_dates)} dates did not match date_format "
            f"`{selectors.date_format}`, e.g. `{bad_dates[0]}`"
        )
    return ParsedFeed(
        title=collapse(page.root.findtext(".//title")) or None,
        link=url,
        entries=tuple(entries),
        warning="; ".join(problems) or None,
        format="html",
    )


def next_page(
    body: bytes, *, url: str, selectors: Selectors, content_type: str | None = None
) -> str | None:
    """The absolute URL of the page after this one, or None (no ``next`` selector, no match,
    or a link back to this very page, as some sites put on their last page)."""
    if not selectors.next:
        return None
    page = load_page(body, url=url, content_type=content_type)
    query = compile_selector(selectors.next, field="next", url=url, relative=False)
    here = urldefrag(url).url
    return next(
        (u for u in query.urls(page.root, page, _LINK_ATTRS) if urldefrag(u).url != here), None
    )


@dataclass(frozen=True, slots=True)
class _Fields:
    """The per-card selectors, compiled once per page."""

    title: Query | None
    link: Query | None
    date: Query | None
    summary: Query | None
    image: Query | None
    category: Query | None
    author: Query | None

    @classmethod
    def compile(cls, s: Selectors, url: str) -> _Fields:
        def one(field: str, selector: str | None) -> Query | None:
            return compile_selector(selector, field=field, url=url) if selector else None

        return cls(
            title=one("title", s.title),
            link=one("link", s.link),
            date=one("date", s.date),
            summary=one("summary", s.summary),
            image=one("image", s.image),
            category=one("category", s.category),
            author=one("author", s.author),
        )

    def entry(
        self, item: lxml.html.HtmlElement, page: Page, date_format: str | None, bad_dates: list[str]
    ) -> ParsedEntry:
        url = page.base_url
        title = _first(self.title.texts(item, url)) if self.title else _default_title(item)
        link = (
            _first(self.link.urls(item, page, _LINK_ATTRS))
            if self.link
            else _first(resolve(a.get("href"), url) for a in item.iter("a"))
        )
        summary = _first(self.summary.texts(item, url)) if self.summary else None
        date = _first(self.date.texts(item, url)) if self.date else None
        return ParsedEntry(
            guid=None,
            link=link,
            title=title,
            summary=html.escape(summary, quote=False) if summary else None,
            content=None,
            published_text=_date_text(date, date_format, bad_dates),
            categories=_unique(self.category.texts(item, url)) if self.category else (),
            authors=_unique(self.author.texts(item, url)) if self.author else (),
            image=_first(self.image.urls(item, page, _IMAGE_ATTRS)) if self.image else None,
        )


def _default_title(item: lxml.html.HtmlElement) -> str | None:
    for tags in (("h1", "h2", "h3"), ("a",)):
        for element in item.iter(*tags):
            if text := collapse(element.text_content()):
                return text
    return None


def _natural_url(element: lxml.html.HtmlElement, attrs: Sequence[str]) -> str | None:
    for candidate in element.iter():
        for attr in attrs:
            value = candidate.get(attr)
            if value and not value.strip().startswith("data:"):
                return str(value)
    return None


def _date_text(text: str | None, date_format: str | None, bad_dates: list[str]) -> str | None:
    """With a format, the ISO form ``normalize`` reads in the source's zone; else the text."""
    if not text or not date_format:
        return text
    try:
        return datetime.strptime(text, date_format).isoformat()
    except ValueError:
        bad_dates.append(text)
        return text


def _first(values: Iterable[str | None]) -> str | None:
    return next((v for v in values if v), None)


def _unique(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))
