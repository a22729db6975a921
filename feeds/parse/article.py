"""Article page -> the story's full text and metadata: the only trafilatura importer.

Used when a source gives only a title and a lead (a listing page, a summary
feed) and the story body must be read from the article itself. A configured
``content`` selector is the site owner's word and wins; trafilatura is the
general fallback. Two repairs are made to either result because Vietnamese
news templates cause them everywhere: the lead (``sapo``) usually sits outside
the body container and is lost, so it is put back; and a body that opens with
the headline would show the title twice, so that heading is dropped.
Sanitising is left to ``normalize``; only relative URLs are resolved here,
where the page's base is known.
"""

from __future__ import annotations

import copy
import html
import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import lxml.html
import trafilatura

from feeds.parse.html import collapse, compile_selector, load_page, resolve

__all__ = ["Article", "extract_article"]

#: Class names news templates give the lead paragraph ("sapo" in Vietnamese newsrooms).
_LEAD_CLASS = re.compile(
    r"sapo|chap+eau|\blead\b|summary|description|excerpt|standfirst", re.IGNORECASE
)
_LEAD_TAGS = ("p", "h2", "h3", "div", "span", "strong")
_PUBLISHED_META = ("article:published_time", "datepublished")
_MIN_LEAD = 20  # shorter "leads" are labels, not paragraphs
_MATCH_CHARS = 60  # a truncated meta description still shares this much with the lead


@dataclass(frozen=True, slots=True)
class Article:
    """One story read from its page. Produced by ``extract_article``, read by ``pipeline``."""

    title: str | None
    content_html: str  #: the story body, links absolute, not yet sanitised
    author: str | None
    published_text: str | None  #: raw, for ``normalize.parse_date``
    canonical_link: str | None  #: ``<link rel="canonical">``, absolute
    section: str | None  #: the site's own section name (``article:section``)


def extract_article(
    body: bytes, *, url: str, content: str | None = None, content_type: str | None = None
) -> Article | None:
    """Read an article page; None when no story body can be found.

    ``content`` is a selector (CSS or XPath, as in ``Selectors``) for the body;
    when it matches nothing with text, trafilatura looks instead.
    """
    page = load_page(body, url=url, content_type=content_type)
    root = page.root
    container = _selected(root, content, url) if content else None
    if container is None:
        container = _extracted(root, url)
    if container is None:
        return None
    meta = _meta(root)
    metadata = trafilatura.extract_metadata(copy.deepcopy(root), default_url=url)
    title = collapse(metadata.title) or meta.get("og:title")
    _drop_title_heading(container, title)
    container.make_links_absolute(page.base_url, resolve_base_href=False, handle_failures="discard")
    _restore_lead(container, root, meta)
    return Article(
        title=title,
        content_html=_inner_html(container),
        author=collapse(metadata.author) or None,
        published_text=(
            next((meta[k] for k in _PUBLISHED_META if k in meta), None)
            or _jsonld_published(root)
            or metadata.date
        ),
        canonical_link=resolve(
            root.xpath("string((//link[@rel='canonical'][@href])[1]/@href)"), page.base_url
        ),
        section=meta.get("article:section") or next(iter(metadata.categories or ()), None),
    )


def _selected(root: lxml.html.HtmlElement, selector: str, url: str) -> lxml.html.HtmlElement | None:
    """The configured body: every outermost match, in page order, or None without text."""
    query = compile_selector(selector, field="content", url=url, relative=False)
    matches = query.elements(root, url)
    chosen = set(matches)
    container = lxml.html.Element("div")
    for element in matches:
        if not any(a in chosen for a in element.iterancestors()):
            piece = copy.deepcopy(element)
            piece.tail = None
            container.append(piece)
    return container if collapse(container.text_content()) else None


def _extracted(root: lxml.html.HtmlElement, url: str) -> lxml.html.HtmlElement | None:
    result = trafilatura.extract(
        copy.deepcopy(root),
        url=url,
        output_format="html",
        include_comments=False,
        include_tables=True,
        include_images=True,
        favor_precision=True,
    )
    if not result:
        return None
    container = lxml.html.document_fromstring(result).body
    container.tag = "div"
    return container if collapse(container.text_content()) else None


def _drop_title_heading(container: lxml.html.HtmlElement, title: str | None) -> None:
    """Remove the headline when it is the first thing in the body, however deeply nested."""
    for element in container.iter():
        if element.tag in ("h1", "h2"):
            if title and _fold(element.text_content()) == _fold(title):
                element.drop_tree()
            return
        if element is not container and collapse(element.text):
            return


def _restore_lead(
    container: lxml.html.HtmlElement, root: lxml.html.HtmlElement, meta: dict[str, str]
) -> None:
    """Put the page's lead first when the body lacks it.

    The lead is the page's lead-classed element that agrees with its meta
    description (full text, and proven to be this story's, not a related
    card's); else the description itself; else, on a page without one, the
    first lead-classed element.
    """
    descriptions = [d for d in (meta.get("description"), meta.get("og:description")) if d]
    visible = [
        t for t in (collapse(e.text_content()) for e in _lead_elements(root)) if len(t) >= _MIN_LEAD
    ]
    lead = next((v for v in visible if any(_agree(v, d) for d in descriptions)), None)
    lead = lead or next(iter(descriptions), None) or next(iter(visible), None)
    if not lead or _fold(lead)[: _MATCH_CHARS * 2] in _fold(container.text_content()):
        return
    paragraph = lxml.html.fragment_fromstring(f"<p>{html.escape(lead, quote=False)}</p>")
    paragraph.tail = container.text
    container.text = None
    container.insert(0, paragraph)


def _lead_elements(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    return [
        e
        for e in root.iter(*_LEAD_TAGS)
        if _LEAD_CLASS.search(e.get("class") or "")
        and not any(a.tag in ("nav", "header", "footer", "aside") for a in e.iterancestors())
    ]


def _agree(lead: str, description: str) -> bool:
    a, b = _fold(lead), _fold(description.rstrip(".… "))
    n = min(_MATCH_CHARS, len(a), len(b))
    return n > 0 and a[:n] == b[:n]


def _fold(text: str) -> str:
    return collapse(unicodedata.normalize("NFC", text)).casefold()


def _meta(root: lxml.html.HtmlElement) -> dict[str, str]:
    """``<meta>`` contents by lower-cased property/name/itemprop; the first one of a key wins."""
    found: dict[str, str] = {}
    for element in root.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop") or ""
        value = collapse(element.get("content"))
        if key.strip() and value:
            found.setdefault(key.strip().lower(), value)
    return found


def _jsonld_published(root: lxml.html.HtmlElement) -> str | None:
    """``datePublished`` from schema.org JSON-LD, which news CMSs fill even without meta tags.

    trafilatura's own date comes from htmldate, which keeps only the day.
    """
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        if found := _find(data, "datePublished"):
            return found
    return None


def _find(data: Any, key: str) -> str | None:
    if isinstance(data, dict):
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        data = list(data.values())
    if isinstance(data, list):
        return next((f for f in (_find(v, key) for v in data) if f), None)
    return None


def _inner_html(container: lxml.html.HtmlElement) -> str:
    lead_text = html.escape(container.text or "", quote=False).strip()
    children = "".join(lxml.html.tostring(c, encoding="unicode") for c in container)
    return (lead_text + children).strip()
