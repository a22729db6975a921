"""sanitize: nh3 is the rule; the shortcuts for text and for markup nh3 keeps must agree with it."""

from __future__ import annotations

import random
import unicodedata

import pytest
from conftest import benchmark_feeds, feed_fixtures

from feeds.errors import ParseError
from feeds.parse.fast import parse_fast
from feeds.parse.feed import parse_feed
from feeds.sanitize import (
    _ATTRIBUTES,
    _CLEANER,
    _as_written,
    _sort_attributes,
    sanitize_html,
)


def reference(value: str) -> str:
    """What nh3 makes of ``value``, attributes sorted as ``sanitize_html`` sorts them."""
    return _sort_attributes(_CLEANER.clean(unicodedata.normalize("NFC", value))).strip()


def shortcut(value: str) -> str | None:
    """What the fast path makes of ``value``; None where it leaves it to nh3."""
    kept = _as_written(unicodedata.normalize("NFC", value))
    return None if kept is None else kept.strip()


def test_sanitize_drops_scripts_and_handlers_keeps_markup() -> None:
    html = (
        '<p onclick="x()">Đoạn <b>đậm</b><script>alert(1)</script>'
        '<a href="javascript:alert(1)">x</a><img src="https://a.vn/i.jpg"></p>'
    )
    clean = sanitize_html(html)
    assert "<b>đậm</b>" in clean and '<img src="https://a.vn/i.jpg">' in clean
    assert "script" not in clean and "onclick" not in clean and "javascript" not in clean


def test_plain_text_is_what_the_sanitizer_would_make_of_it() -> None:
    """Text without markup is kept as it is where nh3 gives it back as it is."""
    rnd = random.Random(6)
    pools = [
        "ab \"'\t\n xyz=/\\;:%#\u200bừạ\u0301\x0c",
        "".join(chr(c) for c in range(0x20, 0x3100) if not 0xD800 <= c < 0xE000),
        "\ufeff\ufffd\ufdd0\uffff\U0001f600\u2028\u2029\x85 \x0c\t\n<>&\r\xa0\x0b\x01",
    ]
    plain = 0
    for _ in range(30000):
        pool = rnd.choice(pools)
        text = "".join(rnd.choice(pool) for _ in range(rnd.randrange(1, 40)))
        if not text.strip():
            continue
        if "<" not in text and shortcut(text) is not None:
            plain += 1
            assert sanitize_html(text) == reference(text), repr(text)
    assert plain > 10000


ARTICLE = (
    "<p><strong>Hà Nội</strong> - Sở Lao động &amp; Xã hội cho biết…</p>\n"
    '<figure><img src="https://cdn.baohanoi.vn/a/b.jpg" alt="Ảnh &quot;đẹp&quot;" width="680"'
    ' height="425"><figcaption>Chú thích <em>ảnh</em></figcaption></figure>\n'
    "<ul><li>Một</li><li>Hai<br>ba</li></ul><h2>Tiêu đề</h2><blockquote><p>Trích</p></blockquote>"
)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            ARTICLE,
            ARTICLE.replace(
                '<img src="https://cdn.baohanoi.vn/a/b.jpg" alt="Ảnh &quot;đẹp&quot;" width="680"'
                ' height="425">',
                '<img alt="Ảnh &quot;đẹp&quot;" height="425" src="https://cdn.baohanoi.vn/a/b.jpg"'
                ' width="680">',
            ),
        ),
        (
            '<a href="https://x.vn/a?b=1&amp;c=2">y</a>',
            '<a href="https://x.vn/a?b=1&amp;c=2" rel="noopener noreferrer">y</a>',
        ),
        (
            '<p lang="vi"><a title="t" href="http://x.vn:8080/">y</a> &lt;3 &gt; &nbsp;</p>',
            '<p lang="vi"><a href="http://x.vn:8080/" rel="noopener noreferrer" title="t">y</a>'
            " &lt;3 &gt; &nbsp;</p>",
        ),
        ("  <p>đầu</p>\n", "<p>đầu</p>"),
        (unicodedata.normalize("NFD", "<p>Thời tiết</p>"), "<p>Thời tiết</p>"),
    ],
    ids=["article", "link", "attributes-and-entities", "trimmed", "nfd"],
)
def test_markup_nh3_keeps_is_kept_without_it(html: str, expected: str) -> None:
    assert shortcut(html) == expected
    assert sanitize_html(html) == reference(html) == expected


@pytest.mark.parametrize(
    "html",
    [
        "<p>x<figure>y</figure></p>",  # html5ever closes the paragraph first
        "<p>a<hr>b</p>",
        "<p><b>x</p><p>y</b></p>",  # misnested: the bold is split in two
        "<ul><li>a<li>b</ul>",  # implied ends
        "<li>a</li>",  # a list item outside a list
        "<h2>a<h3>b</h3></h2>",
        '<a href="https://a.vn/"><a href="https://b.vn/">x</a></a>',
        "<p>unclosed",
        "<p<b>>x</b>",
        "<p>a<b</p>",
        "<p>a</p",
        "\ufeff<p>a</p>",
        "<p>a\x00b</p>",
        "<br/>",
        "</br>",
        "<IMG SRC='https://a.vn/x.jpg'>",
        '<img src="https://a.vn/x.jpg" >',
        '<p class="x">y</p>',  # nh3 drops the attribute
        '<p title="a" title="b">y</p>',
        '<img src="/relative.jpg">',
        '<img src="//cdn.vn/x.jpg">',
        '<img src="javascript:alert(1)">',
        '<a href="mailto:a@b.vn">y</a>',
        '<a href="https://a.vn/" rel="nofollow">y</a>',  # nh3 writes its own rel
        '<img src="https://1.2.3.4/x.jpg">',
        '<img src="https://a.vn.1/x.jpg">',
        '<img src="https://a.vn/x y.jpg">',
        "<p>AT&T</p>",
        "<p>&quot;x&quot;</p>",  # nh3 writes the quote itself
        "<p>a > b</p>",
        "<p>a\xa0b</p>",
        "<p>a\rb</p>",
        "<!-- c --><p>x</p>",
        "<table><tr><td>x</td></tr></table>",
        "<pre>\nx</pre>",
        "<section>x</section>",
        "<script>x</script>",
    ],
)
def test_markup_nh3_would_change_goes_to_nh3(html: str) -> None:
    assert shortcut(html) is None
    assert sanitize_html(html) == reference(html)


# --- random markup -----------------------------------------------------------------------------

_BLOCKS = ["p", "div", "ul", "ol", "h2", "h3", "figure", "figcaption", "blockquote", "hr"]
_PHRASING = ["span", "b", "strong", "em", "i", "a", "img", "br", "sub", "sup", "q", "cite"]
_VOID = ("img", "br", "hr", "IMG", "image")
#: Each pool: what the fast path reads, then what it must leave to nh3.
_TAGS = (
    [*_BLOCKS, *_PHRASING, "li"],
    ["table", "td", "pre", "dd", "section", "font", "script", "style", "IMG", "image"],
)
_URLS = (
    ['"https://a.vn/x.jpg"', '"http://b.vn:8080/p?q=1&amp;r=2#f"'],
    [
        *[
            '"HTTPS://A.VN/"',
            '"/rel"',
            '"//cdn.vn/x"',
            '"javascript:alert(1)"',
            '"https://1.2.3.4/"',
        ],
        *['"https://a.1/"', '"mailto:x@y.vn"', '"https://xn--zz.vn/"', '"https://a.vn/x y"'],
        *['"https://"', '"https://a.vn/\\x"', '"https://a-.vn/"', "'https://a.vn/'"],
        "https://a.vn/",
    ],
)
_VALUES = (
    ['""', '"x"', '"a&amp;b"', '"&quot;q&quot;"', '"&lt;&gt;"', '"Ảnh đẹp"', '"&nbsp;"', '"a\tb"'],
    ['"a>b"', '"&#39;"', "x", "'y'", '"a\xa0b"', '"a\rb"', '"\x00"', '"a<b"', '"&ampx"'],
)
_NAMES = (
    ["href", "src", "cite", "alt", "title", "lang", "width", "height", "hreflang"],
    ["class", "style", "onclick", "rel", "start", "ALT"],
)
_TEXTS = (
    ["Hà Nội", " ", "\n", "mưa lớn", "&amp;", "&lt;", "&gt;", "&nbsp;", "'", '"', "\t", "/"],
    ["&quot;", "&#39;", "&", ">", "<", "\xa0", "\x0c", "&ampx", "&amp", "\r", "<!-- c -->"],
)


def _pick(rnd: random.Random, pool: tuple[list[str], list[str]], wild: bool) -> str:
    """From both parts of the pool when ``wild``, else from what the fast path reads."""
    return rnd.choice(pool[0] + pool[1] if wild else pool[0])


def _attributes(rnd: random.Random, tag: str, mode: str) -> str:
    """Random attributes; in ``valid`` markup, ones nh3 allows on ``tag``, each once."""
    names = _NAMES[0] + _NAMES[1] if mode == "wild" else _NAMES[0]
    if mode == "valid":
        names = [n for n in names if n in _ATTRIBUTES.get(tag, ()) or n in _ATTRIBUTES["*"]]
        names = rnd.sample(names, min(len(names), rnd.choice((0, 1, 2, 3))))
    else:
        names = [rnd.choice(names) for _ in range(rnd.choice((0, 0, 1, 1, 2, 3)))]
    out = ""
    for name in names:
        value = _pick(rnd, _URLS if name in ("href", "src", "cite") else _VALUES, mode == "wild")
        out += (rnd.choice((" ", "  ", "\n")) if mode == "wild" else " ") + f"{name}={value}"
    return out


def _children(tag: str | None, inside: frozenset[str]) -> list[str]:
    """What HTML lets ``tag`` hold, where it sits inside ``inside``."""
    if tag in ("ul", "ol"):
        return ["li"]
    allowed = _PHRASING if tag in _PHRASING or tag in ("p", "h2", "h3") else _BLOCKS + _PHRASING
    return [t for t in allowed if t != "a" or "a" not in inside]


def _markup(
    rnd: random.Random, mode: str, tag: str | None = None, inside: frozenset[str] = frozenset()
) -> str:
    """Random markup inside ``tag``: ``valid`` keeps to what HTML lets each tag hold,
    ``random`` nests the tags the fast path reads at random, ``wild`` uses every pool."""
    wild = mode == "wild"
    out = []
    for _ in range(rnd.randrange(1, 4)):
        children = _children(tag, inside) if mode == "valid" else None
        if len(inside) > 4 or (rnd.random() < 0.4 and children != ["li"]):
            out.append("".join(_pick(rnd, _TEXTS, wild) for _ in range(rnd.randrange(1, 4))))
            continue
        child = rnd.choice(children) if children else _pick(rnd, _TAGS, wild)
        close = rnd.choice((">", "/>", " >")) if wild else ">"
        out.append(f"<{child}{_attributes(rnd, child, mode)}{close}")
        if child in _VOID:
            continue
        out.append(_markup(rnd, mode, child, inside | {child}))
        ending = rnd.random()
        if ending < 0.95 or mode == "valid":
            out.append(f"</{child}>")
        elif ending < 0.97:
            out.append(f"</{_pick(rnd, _TAGS, wild)}>")
    return "".join(out)


def test_random_markup_the_shortcut_keeps_is_what_nh3_makes_of_it() -> None:
    rnd = random.Random(7)
    kept = declined = 0
    for _ in range(40000):
        html = _markup(rnd, rnd.choice(("valid", "valid", "random", "wild")))
        if rnd.random() < 0.2:  # one character more, anywhere
            at = rnd.randrange(len(html) + 1)
            html = html[:at] + rnd.choice("<>&\"'/= \n\xa0a") + html[at:]
        got = shortcut(html)
        if got is None:
            declined += 1
        elif "<" in html:
            kept += 1
            assert got == reference(html), repr(html)
    assert kept > 10000 and declined > 10000, (kept, declined)


# --- real documents ----------------------------------------------------------------------------


def _corpus_texts() -> list[str]:
    """The summaries and contents of 36 feeds of the polling benchmark's corpus."""
    texts = []
    for _, body in benchmark_feeds():
        for entry in parse_fast(body).entries:
            texts += [t for t in (entry.summary, entry.content) if t]
    return texts


def test_the_benchmark_corpus_is_kept_as_nh3_keeps_it() -> None:
    texts = _corpus_texts()
    marked = [t for t in texts if "<" in t]
    kept = [t for t in marked if shortcut(t) is not None]
    for text in kept:
        assert shortcut(text) == reference(text)
    assert len(marked) > 1000 and len(kept) > 0.9 * len(marked)  # simple article markup


def _fixture_texts() -> list[str]:
    texts = []
    for path in feed_fixtures():
        try:
            entries = parse_feed(path.read_bytes(), url="https://example.vn/").entries
        except ParseError:  # the fixtures of broken feeds
            continue
        for entry in entries:
            texts += [t for t in (entry.summary, entry.content, entry.title) if t]
    return texts


def test_every_fixture_is_sanitised_as_nh3_would() -> None:
    texts = _fixture_texts()
    for text in texts:
        assert sanitize_html(text) == reference(text), repr(text)
    assert any("<" in t and shortcut(t) is not None for t in texts)
