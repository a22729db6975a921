"""OPML subscription lists in and out, so sources move between feeds and other readers.

Readers disagree on where a feed's categories live: most nest feeds in folder
outlines, OPML 2.0 adds a ``category`` attribute ("/News/Hanoi,Weather").
``read_opml`` takes both. ``write_opml`` writes one folder per first category
and the others into ``category``, so reading its output gives the same
outlines back. Input is untrusted: entities are not expanded and nothing is
fetched while parsing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from lxml import etree

from feeds.errors import ParseError

__all__ = ["Outline", "read_opml", "write_opml"]

_CATEGORY_SPLIT = re.compile(r"[,/]")


@dataclass(frozen=True, slots=True)
class Outline:
    """One subscription. Produced by ``read_opml`` (or the CLI from the config), read by both."""

    title: str  #: the outline's text or title; the feed URL when it has neither
    xml_url: str
    html_url: str | None = None
    categories: tuple[str, ...] = ()  #: enclosing folders outermost first, then ``category``


def read_opml(data: bytes, *, name: str) -> list[Outline]:
    """Every feed outline (one with ``xmlUrl``) in document order.

    A feed listed in several folders is returned once, at its first place,
    with the categories of all of them. ``name`` identifies the input in errors.
    """
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ParseError(name, f"not an OPML file: {exc}") from exc
    if (tag := _local(root)) != "opml":
        raise ParseError(name, f"not an OPML file: the root element is <{tag}>, not <opml>")
    body = next((c for c in root if _local(c) == "body"), None)
    if body is None:
        raise ParseError(name, "not an OPML file: <opml> has no <body>")
    found: dict[str, Outline] = {}
    _walk(body, (), found)
    return list(found.values())


def _walk(parent: etree._Element, folders: tuple[str, ...], found: dict[str, Outline]) -> None:
    for node in parent:
        if _local(node) != "outline":
            continue
        label = _attr(node, "text") or _attr(node, "title")
        xml_url = _attr(node, "xmlUrl")
        if not xml_url:
            _walk(node, (*folders, label) if label else folders, found)
            continue
        own = (c.strip() for c in _CATEGORY_SPLIT.split(_attr(node, "category") or ""))
        categories = tuple(dict.fromkeys((*folders, *(c for c in own if c))))
        known = found.get(xml_url)
        if known is not None:
            merged = tuple(dict.fromkeys((*known.categories, *categories)))
            found[xml_url] = Outline(known.title, known.xml_url, known.html_url, merged)
        else:
            found[xml_url] = Outline(label or xml_url, xml_url, _attr(node, "htmlUrl"), categories)
        _walk(node, folders, found)


def write_opml(outlines: Iterable[Outline], *, title: str) -> bytes:
    """OPML 2.0, UTF-8. Same input, same bytes: no creation date, folders in first-seen order."""
    root = etree.Element("opml", version="2.0")
    etree.SubElement(etree.SubElement(root, "head"), "title").text = title
    body = etree.SubElement(root, "body")
    folders: dict[str, etree._Element] = {}
    for outline in outlines:
        parent, rest = body, outline.categories[1:]
        if outline.categories:
            first = outline.categories[0]
            if first not in folders:
                folders[first] = etree.SubElement(body, "outline", text=first, title=first)
            parent = folders[first]
        node = etree.SubElement(
            parent,
            "outline",
            type="rss",
            text=outline.title,
            title=outline.title,
            xmlUrl=outline.xml_url,
        )
        if outline.html_url:
            node.set("htmlUrl", outline.html_url)
        if rest:
            node.set("category", ",".join(rest))
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def _local(node: etree._Element) -> str:
    """Tag name without namespace; comments and processing instructions have none."""
    return etree.QName(node).localname if isinstance(node.tag, str) else ""


def _attr(node: etree._Element, name: str) -> str | None:
    """An attribute by name, case-insensitively (``xmlurl`` and ``xmlURL`` exist in the wild)."""
    value = node.get(name)
    if value is None:
        lowered = name.lower()
        value = next((v for k, v in node.attrib.items() if str(k).lower() == lowered), None)
    value = " ".join(str(value).split()) if value is not None else ""
    return value or None
