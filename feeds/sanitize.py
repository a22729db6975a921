"""HTML from feeds made safe to republish: nh3 is the rule, markup it would keep is kept.

nh3 (ammonia over html5ever) builds a whole HTML tree for every fragment: 26-44 µs for a
1.2 KB article of the benchmark corpus, and the attribute sort after it 8-13 µs more, a
quarter of the time it takes to prepare a feed. Most articles arrive as simple markup
that nh3 gives back unchanged: well-nested tags it allows, double-quoted attributes it
keeps, and entities only where its serialiser writes them. ``_as_written`` recognises that
form and returns it without nh3; anything else (a tag it does not know, a nesting the HTML
parser would rearrange, a relative URL, a comment) goes to nh3, so the fast path can only
decline, never differ. ``tests/test_sanitize.py`` holds it to nh3's output on the benchmark
corpus, the fixtures and random markup.
"""

from __future__ import annotations

import re
import unicodedata
from typing import cast

import nh3

#: The article markup nh3 keeps: ammonia's defaults less what only page chrome uses.
_ALLOWED_TAGS = nh3.ALLOWED_TAGS - {"area", "map", "nav", "header", "footer"}
#: ammonia's defaults, written out so that the fast path reads the same table: per tag, and
#: ``lang`` and ``title`` on any tag.
_ATTRIBUTES: dict[str, set[str]] = {**nh3.ALLOWED_ATTRIBUTES, "*": {"lang", "title"}}
_LINK_REL = "noopener noreferrer"
#: Built once: ``nh3.clean`` would rebuild its rules on every call (half its time).
_CLEANER = nh3.Cleaner(
    tags=_ALLOWED_TAGS,
    attributes=_ATTRIBUTES,
    url_schemes={"http", "https", "mailto"},
    link_rel=_LINK_REL,
)

#: The entities html5ever writes: in text and attribute values; in attribute values only.
_ENTITIES = ("&amp;", "&lt;", "&gt;", "&nbsp;")
_QUOTE = "&quot;"
#: An absolute http(s) URL whose host the URL standard reads without complaint (no IP
#: literal, no number as the last label, no punycode to check), so ammonia keeps it as is.
_KEPT_URL = re.compile(
    r"https?://(?:(?!xn--)[a-z0-9-]+\.)*(?!xn--)[a-z][a-z0-9-]*"  # host
    r"(?::[0-9]{1,4})?(?:[/?#][^\x00-\x20\x7f\\]*)?",
    re.IGNORECASE,
)
_URL_ATTRIBUTES = frozenset({"href", "src", "cite"})
_VOID = frozenset({"br", "img", "wbr", "hr"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: Start tags that close an open ``<p>``: html5ever would move what follows out of it.
_CLOSES_P = _HEADINGS | {"p", "div", "blockquote", "figure", "figcaption", "ul", "ol", "li", "hr"}
#: The tags the fast path reads. Where they nest as written, html5ever builds the tree as
#: written: no table (it adds ``tbody``), no ``pre`` (it drops a leading newline), no
#: ``dd``/``dt`` (implied ends), and nothing nh3 removes.
_FAST_TAGS = (
    _CLOSES_P
    | _VOID
    | {"a", "b", "strong", "i", "em", "u", "s", "small", "sub", "sup", "span", "code"}
    | {"cite", "q", "abbr", "mark", "time", "del", "ins"}
) & _ALLOWED_TAGS
#: Per tag, its attributes nh3 keeps, as they are written after the tag's name: `` alt=``.
_KEPT_ATTRIBUTES = {
    tag: {f" {a}=": a for a in _ATTRIBUTES.get(tag, set()) | _ATTRIBUTES["*"]} for tag in _FAST_TAGS
}
#: The tags whose place ``_nests`` checks.
_NESTING = _CLOSES_P | {"a"}
#: Start and end tags without attributes, between ``<`` and ``>``: name, and whether an end.
_BARE_TAGS = {t: (t, False) for t in _FAST_TAGS} | {f"/{t}": (t, True) for t in _FAST_TAGS - _VOID}


def sanitize_html(value: str | None) -> str:
    """Keep the article markup, drop scripts, styles, event handlers and unsafe URLs.

    Attributes come out in name order, so markup that differs only in attribute
    order (parsers re-serialise tags differently) is the same text: the same
    content hash, no false "edit".
    """
    if not value or value.isspace():
        return ""
    value = unicodedata.normalize("NFC", value)
    cleaned = _as_written(value)  # plain text, and most article markup
    if cleaned is None:
        cleaned = _sort_attributes(_CLEANER.clean(value))
    return cleaned.strip()


def _as_written(value: str) -> str | None:
    """``value`` as nh3 would write it, if nh3 would only add ``rel`` to its links and
    the attributes come sorted; else None.

    Tags must be closed in order (html5ever repairs the rest), block tags may not open
    inside ``<p>``, list items only directly in a list, no heading inside another, no
    link inside another; attributes must be ones nh3 keeps, URLs absolute http(s).
    A scan with Python's ``re`` costs about 10 ns a character of Vietnamese text, for an
    article a third of nh3's time: the text is checked with ``str`` methods only, and
    Python runs once per tag.
    """
    pieces = value.split("<")  # text, then "tag>text" for each tag
    if value.count(">") != len(pieces) - 1:
        return None  # a ``>`` in the text
    # html5ever drops NUL (and a byte-order mark at the start), writes CR as LF and the
    # no-break space as &nbsp;
    if "\x00" in value or "\r" in value or "\xa0" in value or "\ufeff" in value:
        return None
    ampersands = value.count("&")
    if ampersands:
        quotes = value.count(_QUOTE)
        if ampersands != quotes + sum(value.count(e) for e in _ENTITIES):
            return None  # an ``&`` html5ever would escape, or another entity it would decode
    else:
        quotes = 0
    open_tags: list[str] = []
    for at in range(1, len(pieces)):
        tag, closed, text = pieces[at].partition(">")
        if not closed:
            return None
        bare = _BARE_TAGS.get(tag)  # most tags: p, /p, strong...
        if bare is not None:
            name, end = bare
        else:
            written = _with_attributes(tag)
            if written is None:
                return None
            name, end = written[0], False
            if quotes:
                quotes -= tag.count(_QUOTE)
            if written[1] != tag:
                pieces[at] = f"{written[1]}>{text}"
        if end:  # it must close the innermost open element
            if not open_tags or open_tags.pop() != name:
                return None
            continue
        if name in _NESTING and not _nests(name, open_tags):
            return None
        if name == "a" and bare is not None:
            pieces[at] = f'a rel="{_LINK_REL}">{text}'
        if name not in _VOID:
            open_tags.append(name)
    if open_tags or quotes:  # html5ever would close them; a quote in the text
        return None
    return "<".join(pieces)


def _with_attributes(tag: str) -> tuple[str, str] | None:
    """The name of a start tag with attributes, and the tag as nh3 writes it, attributes
    sorted (with ``rel`` on a link); None unless nh3 keeps every attribute as it is.

    Split at the quotes: ``img src="a" alt="b"`` gives ``img src=``, ``a``, `` alt=``,
    ``b`` and an empty end. No ``<`` or ``>`` is left in a value (``_as_written`` split
    at those) and its entities were counted over the whole fragment.
    """
    parts = tag.split('"')
    name, space, first = parts[0].partition(" ")
    kept = _KEPT_ATTRIBUTES.get(name)
    if kept is None or not space or len(parts) % 2 == 0 or parts[-1]:
        return None
    parts[0] = f" {first}"
    found = [kept.get(written) for written in parts[:-1:2]]  # " name=", a name nh3 keeps
    if None in found or len(set(found)) < len(found):
        return None  # html5ever keeps the first of two
    names = cast(list[str], found)
    values = parts[1::2]
    for url in _URL_ATTRIBUTES.intersection(names):
        if not _KEPT_URL.fullmatch(values[names.index(url)]):
            return None
    if name == "a":
        names.append("rel")
        values.append(_LINK_REL)
    elif names == sorted(names):
        return name, tag
    return name, " ".join(
        [name, *(f'{n}="{v}"' for n, v in sorted(zip(names, values, strict=True)))]
    )


def _nests(tag: str, open_tags: list[str]) -> bool:
    """Whether html5ever would open ``tag`` inside the innermost open element, as written."""
    if tag in _CLOSES_P and "p" in open_tags:
        return False
    if tag == "li":
        return bool(open_tags) and open_tags[-1] in ("ul", "ol")
    if tag == "a":
        return "a" not in open_tags
    if tag in _HEADINGS:
        return not _HEADINGS.intersection(open_tags)
    return True


#: A start tag as nh3 writes it: every attribute value double-quoted, quotes escaped inside.
_START_TAG = re.compile(r'<([a-z][a-z0-9]*)((?:\s+[a-z][a-z0-9_:-]*="[^"]*")+)\s*(/?)>')
_QUOTED_ATTRIBUTE = re.compile(r'[a-z][a-z0-9_:-]*="[^"]*"')


def _sort_attributes(cleaned: str) -> str:
    if '" ' not in cleaned:  # no tag with two attributes: nothing to sort
        return cleaned
    return _START_TAG.sub(_sorted_attributes, cleaned)


def _sorted_attributes(match: re.Match[str]) -> str:
    attributes = _QUOTED_ATTRIBUTE.findall(match.group(2))
    if len(attributes) < 2:
        return match.group(0)
    return f"<{match.group(1)} {' '.join(sorted(attributes))}{match.group(3)}>"
