"""Stories -> Atom, RSS, JSON Feed, the index page and OPML. The only importer of feedgen.

Output is a pure function of its input: the feed's ``updated`` is the newest
entry's, never "now", so re-publishing unchanged stories gives byte-identical
files (and stable ETags). feedgen prepends entries and stamps the current time
by default; both are overridden here, once.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from urllib.parse import urlsplit
from xml.etree import ElementTree

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.feed import FeedGenerator
from lxml import etree

from feeds import __version__
from feeds.model import FeedInfo, StoredEntry

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  #: ``updated`` of a feed with no entries yet
FORMATS = {
    "atom": "application/atom+xml; charset=utf-8",
    "rss": "application/rss+xml; charset=utf-8",
    "json": "application/feed+json; charset=utf-8",
}


class _NoFeedExtension(BaseExtension):  # type: ignore[misc]
    """feedgen wants a feed-level class for every extension; ours adds nothing there."""


class _RelatedLinks(BaseEntryExtension):  # type: ignore[misc]
    """``<link rel="related">`` per other copy of a story.

    feedgen 1.0 drops ``rel`` and ``type`` from entry links (its loop variable
    shadows the link dict), which would turn every related link into a second
    alternate; so they are written here, through feedgen's extension hook.
    """

    def __init__(self) -> None:
        self.links: tuple[str, ...] = ()

    def extend_ns(self) -> dict[str, str]:
        return {}

    def extend_atom(self, entry: etree._Element) -> etree._Element:
        for href in self.links:
            etree.SubElement(entry, "link", href=href, rel="related", type="text/html")
        return entry

    def extend_rss(self, item: etree._Element) -> etree._Element:
        return item


def feed_url(info: FeedInfo, fmt: str, slug: str | None = None) -> str:
    return f"{info.base_url}/feeds/{slug or info.slug}.{fmt}"


def render(info: FeedInfo, entries: Sequence[StoredEntry], fmt: str) -> bytes:
    """One feed in ``fmt`` (``atom``, ``rss`` or ``json``)."""
    if fmt == "json":
        return render_json(info, entries)
    generator = _generator(info, entries, fmt)
    if fmt == "atom":
        return bytes(generator.atom_str(pretty=True))
    if fmt == "rss":
        return bytes(generator.rss_str(pretty=True))
    raise ValueError(f"unknown feed format {fmt!r}")


def _title(info: FeedInfo) -> str:
    return info.site_title if info.slug == "all" else f"{info.title} – {info.site_title}"


def _generator(info: FeedInfo, entries: Sequence[StoredEntry], fmt: str) -> FeedGenerator:
    fg = FeedGenerator()
    fg.register_extension("related", _NoFeedExtension, _RelatedLinks, atom=True, rss=False)
    self_url = feed_url(info, fmt)
    fg.id(feed_url(info, "atom"))
    fg.title(_title(info))
    fg.subtitle(info.title)
    fg.description(info.title)
    fg.link(href=self_url, rel="self", type=FORMATS[fmt].split(";")[0])
    fg.link(href=f"{info.base_url}/", rel="alternate", type="text/html")
    fg.language(info.language)
    fg.author(name=info.site_title, uri=f"{info.base_url}/")
    fg.generator("feeds", version=__version__)
    fg.updated(max((e.updated for e in entries), default=EPOCH))
    for entry in entries:
        _add(fg, info, entry)
    return fg


def _add(fg: FeedGenerator, info: FeedInfo, entry: StoredEntry) -> None:
    fe = fg.add_entry(order="append")
    fe.id(entry.uid)
    fe.guid(entry.uid, permalink=False)
    fe.title(entry.title)
    if entry.link:
        fe.link(href=entry.link, rel="alternate")
    fe.related.links = entry.related
    fe.published(entry.published)
    fe.updated(entry.updated)
    if entry.summary:
        fe.summary(entry.summary, type="html")
        fe.description(entry.summary)
    fe.content(_content(entry), type="html")
    if entry.author:
        fe.author(name=entry.author)
    for slug in entry.categories:
        fe.category(
            term=slug, label=info.category_titles.get(slug, slug), scheme=f"{info.base_url}/feeds/"
        )


def _content(entry: StoredEntry) -> str:
    """The article HTML, with an "Also at:" line naming the other copies of the story."""
    body = entry.content or entry.summary or html.escape(entry.title)
    if not entry.related:
        return body
    links = ", ".join(
        f'<a href="{html.escape(u)}">{html.escape(urlsplit(u).netloc or u)}</a>'
        for u in entry.related
    )
    return f"{body}\n<p>Also at: {links}</p>"


def render_json(info: FeedInfo, entries: Sequence[StoredEntry]) -> bytes:
    """JSON Feed 1.1."""
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": _title(info),
        "home_page_url": f"{info.base_url}/",
        "feed_url": feed_url(info, "json"),
        "language": info.language,
        "items": [
            {
                "id": e.uid,
                **({"url": e.link} if e.link else {}),
                "title": e.title,
                "content_html": _content(e),
                **({"summary": e.summary} if e.summary else {}),
                **({"image": e.image} if e.image else {}),
                "date_published": e.published.isoformat(),
                "date_modified": e.updated.isoformat(),
                **({"authors": [{"name": e.author}]} if e.author else {}),
                "tags": [info.category_titles.get(s, s) for s in e.categories],
                **({"external_url": e.related[0]} if e.related else {}),
            }
            for e in entries
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode()


def render_index(site: FeedInfo, feeds: Sequence[FeedInfo]) -> bytes:
    """The HTML page listing every feed, with autodiscovery links for readers."""
    esc = html.escape
    head = "".join(
        f'<link rel="alternate" type="{FORMATS[fmt].split(";")[0]}" '
        f'title="{esc(_title(info))}" href="{esc(feed_url(info, fmt))}">\n'
        for info in feeds
        for fmt in ("atom", "rss")
    )
    rows = "".join(
        f"<li><strong>{esc(info.title)}</strong> "
        + " · ".join(f'<a href="{esc(feed_url(info, fmt))}">{fmt.upper()}</a>' for fmt in FORMATS)
        + "</li>\n"
        for info in feeds
    )
    page = (
        f'<!doctype html>\n<html lang="{esc(site.language)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(site.site_title)}</title>\n{head}</head>\n<body>\n"
        f"<h1>{esc(site.site_title)}</h1>\n<ul>\n{rows}</ul>\n"
        f'<p><a href="{esc(site.base_url)}/feeds.opml">OPML</a></p>\n</body>\n</html>\n'
    )
    return page.encode()


def render_opml(site: FeedInfo, feeds: Sequence[FeedInfo]) -> bytes:
    """OPML 2.0 of the published feeds, to subscribe to all of them at once."""
    opml = ElementTree.Element("opml", version="2.0")
    head = ElementTree.SubElement(opml, "head")
    ElementTree.SubElement(head, "title").text = site.site_title
    body = ElementTree.SubElement(opml, "body")
    for info in feeds:
        ElementTree.SubElement(
            body,
            "outline",
            type="rss",
            text=info.title,
            title=info.title,
            xmlUrl=feed_url(info, "atom"),
            htmlUrl=f"{info.base_url}/",
        )
    ElementTree.indent(opml)
    return bytes(ElementTree.tostring(opml, encoding="utf-8", xml_declaration=True)) + b"\n"
