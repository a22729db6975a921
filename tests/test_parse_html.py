"""parse.html: listing pages read through CSS/XPath selectors, pagination, decoding."""

from __future__ import annotations

import html
import json
import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from feeds.dates import parse_date
from feeds.errors import ParseError
from feeds.parse.html import Selectors, next_page, parse_listing

SITE = Path(__file__).parent / "data" / "site"
HOST = "https://tuoitrethudo.vn"
PAGE_URL = f"{HOST}/xa-hoi.html"
HCM = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = datetime(2025, 7, 11, 3, 0, tzinfo=UTC)  # 10:00 in Hà Nội
EXPECTED = json.loads((SITE / "expected-listing.json").read_text(encoding="utf-8"))["items"]

FULL = Selectors(
    item="div.list-news article.story",
    title="h3 a",
    link="h3 a@href",
    date="time.story__time",
    summary=".story__sapo",
    category=".story__cat",
    image="a.thumb img",
    next="a.next",
)


def page(name: str) -> bytes:
    return (SITE / name).read_bytes()


def vn(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def test_listing_matches_expected_items() -> None:
    feed = parse_listing(page("xa-hoi.html"), url=PAGE_URL, selectors=FULL)
    assert feed.format == "html"
    assert feed.title == "Xã hội | Tuổi Trẻ Thủ Đô"
    assert feed.link == PAGE_URL
    assert feed.warning is None
    assert [
        (e.title, e.link, e.categories, html.unescape(e.summary or ""), e.published_text)
        for e in feed.entries
    ] == [
        (i["title"], HOST + i["link"], (i["category"],), i["summary"], i["date_text"])
        for i in EXPECTED
    ]
    first = feed.entries[0]
    assert first.guid is None
    assert first.content is None
    assert first.image == f"{HOST}/images/2025/07/283415.jpg"


def test_defaults_take_the_heading_and_the_first_link() -> None:
    selectors = Selectors(item="article.story")
    feed = parse_listing(page("xa-hoi.html"), url=PAGE_URL, selectors=selectors)
    assert [(e.title, e.link) for e in feed.entries] == [
        (i["title"], HOST + i["link"]) for i in EXPECTED
    ]
    assert all(e.summary is None and e.image is None and not e.categories for e in feed.entries)


def test_xpath_selectors_read_the_same_items() -> None:
    selectors = Selectors(
        item="//div[@class='list-news']/article",
        title="//h3/a",  # made relative to the card, not the page's first h3
        link="xpath:.//h3/a/@href",
        category="//span[contains(@class, 'cat')]",
        date="xpath:string(.//time)",
    )
    feed = parse_listing(page("xa-hoi.html"), url=PAGE_URL, selectors=selectors)
    assert [(e.title, e.link, e.categories, e.published_text) for e in feed.entries] == [
        (i["title"], HOST + i["link"], (i["category"],), i["date_text"]) for i in EXPECTED
    ]


def test_summary_is_escaped_text() -> None:
    body = b"""<html><body><div class="c"><a href="/a">A &lt;b&gt; &amp; c</a>
        <p class="s">x &lt; y &amp;&amp; <b>bold</b>   here</p></div></body></html>"""
    entry = parse_listing(
        body, url=PAGE_URL, selectors=Selectors(item="div.c", summary="p.s")
    ).entries[0]
    assert entry.title == "A <b> & c"
    assert entry.summary == "x &lt; y &amp;&amp; bold here"


@pytest.mark.parametrize(
    ("date_text", "expected_local"),
    [
        ("2 giờ trước", datetime(2025, 7, 11, 8, 0)),
        ("Hôm qua", datetime(2025, 7, 10, 0, 0)),
        ("10/07/2025 19:30", datetime(2025, 7, 10, 19, 30)),
        ("10/7/2025", datetime(2025, 7, 10, 0, 0)),
        ("Thứ năm, 10/07/2025 - 16:20", datetime(2025, 7, 10, 16, 20)),
        ("15:40 10/07/2025", datetime(2025, 7, 10, 15, 40)),
        ("10/07/2025 14:10", datetime(2025, 7, 10, 14, 10)),
        ("Thứ năm, 10/07/2025 - 12:30", datetime(2025, 7, 10, 12, 30)),
        ("12:05 10/07/2025", datetime(2025, 7, 10, 12, 5)),
        ("09/07/2025 20:10", datetime(2025, 7, 9, 20, 10)),
        ("9/7/2025", datetime(2025, 7, 9, 0, 0)),
        ("Thứ tư, 09/07/2025 - 10:00", datetime(2025, 7, 9, 10, 0)),
        ("15:20 08/07/2025", datetime(2025, 7, 8, 15, 20)),
        ("Thứ hai, 07/07/2025 - 17:40", datetime(2025, 7, 7, 17, 40)),
        ("06/07/2025 09:15", datetime(2025, 7, 6, 9, 15)),
        ("14:00 05/07/2025", datetime(2025, 7, 5, 14, 0)),
        ("4/7/2025", datetime(2025, 7, 4, 0, 0)),
    ],
)
def test_every_card_date_form_reads_in_local_time(date_text: str, expected_local: datetime) -> None:
    texts = {
        e.published_text
        for name in ("xa-hoi.html", "xa-hoi-2.html", "xa-hoi-3.html")
        for e in parse_listing(page(name), url=f"{HOST}/{name}", selectors=FULL).entries
    }
    assert date_text in texts
    assert parse_date(date_text, HCM, NOW) == expected_local.replace(tzinfo=HCM).astimezone(UTC)


def test_date_format_gives_zoneless_iso_and_reports_misses() -> None:
    selectors = Selectors(item="article.story", date="time", date_format="%d/%m/%Y %H:%M")
    feed = parse_listing(page("xa-hoi.html"), url=PAGE_URL, selectors=selectors)
    dates = [e.published_text for e in feed.entries]
    assert dates[2] == "2025-07-10T19:30:00"
    assert dates[6] == "2025-07-10T14:10:00"
    assert dates[0] == "2 giờ trước"  # kept for normalize to try
    assert parse_date(dates[2], HCM, NOW) == datetime(2025, 7, 10, 12, 30, tzinfo=UTC)
    assert feed.warning == (
        "8 dates did not match date_format `%d/%m/%Y %H:%M`, e.g. `2 giờ trước`"
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("xa-hoi.html", f"{HOST}/xa-hoi-2.html"),
        ("xa-hoi-2.html", f"{HOST}/xa-hoi-3.html"),
        ("xa-hoi-3.html", None),
    ],
)
def test_next_page_follows_the_pagination(name: str, expected: str | None) -> None:
    assert next_page(page(name), url=f"{HOST}/{name}", selectors=FULL) == expected


def test_next_page_without_selector_or_pointing_at_itself_is_none() -> None:
    assert next_page(page("xa-hoi.html"), url=PAGE_URL, selectors=Selectors(item="x")) is None
    body = b'<html><body><a class="next" href="#top">Trang sau</a></body></html>'
    assert next_page(body, url=PAGE_URL, selectors=FULL) is None
    body = b'<html><body><a class="next" href="xa-hoi.html#p2">Trang sau</a></body></html>'
    assert next_page(body, url=PAGE_URL, selectors=FULL) is None


def test_links_and_images_respect_base_href() -> None:
    body = b"""<html><head><base href="https://cdn.example.vn/tin/"></head><body>
        <div class="card"><h2><a href="bai-1.html">Bai 1</a></h2>
          <img data-src="anh/1.jpg" src="data:image/gif;base64,R0lGOD"></div>
        <a class="next" href="?page=2">Sau</a></body></html>"""
    selectors = Selectors(item=".card", image="img", next="a.next")
    feed = parse_listing(body, url="https://example.vn/tin-moi", selectors=selectors)
    assert feed.entries[0].link == "https://cdn.example.vn/tin/bai-1.html"
    assert feed.entries[0].image == "https://cdn.example.vn/tin/anh/1.jpg"
    assert next_page(body, url="https://example.vn/tin-moi", selectors=selectors) == (
        "https://cdn.example.vn/tin/?page=2"
    )


def test_cards_without_title_or_link_are_skipped_with_a_warning() -> None:
    body = b"""<html><body><div class="c"><h3><a href="/a">A</a></h3></div>
        <div class="c"><span>ad</span></div>
        <div class="c"><a href="javascript:void(0)"></a></div></body></html>"""
    feed = parse_listing(body, url=PAGE_URL, selectors=Selectors(item="div.c"))
    assert [e.link for e in feed.entries] == [f"{HOST}/a"]
    assert feed.warning == "2 of 3 items had no title or link"


def test_several_categories_and_authors_are_kept_once_each() -> None:
    body = """<html><body><div class="c"><h3><a href="/a">A</a></h3>
        <a class="tag">Xã hội</a><a class="tag">An sinh</a><a class="tag">Xã hội</a>
        <span class="by">Hạnh Nguyên</span></div></body></html>""".encode()
    selectors = Selectors(item="div.c", category="a.tag", author=".by")
    entry = parse_listing(body, url=PAGE_URL, selectors=selectors).entries[0]
    assert entry.categories == ("Xã hội", "An sinh")
    assert entry.authors == ("Hạnh Nguyên",)


def test_item_selector_matching_nothing_names_selector_and_page() -> None:
    with pytest.raises(ParseError) as caught:
        parse_listing(page("xa-hoi.html"), url=PAGE_URL, selectors=Selectors(item="article.card"))
    assert caught.value.reason == f"item selector `article.card` matched 0 elements on {PAGE_URL}"


@pytest.mark.parametrize(
    ("selectors", "bad"),
    [
        (Selectors(item="article["), "article["),
        (Selectors(item="//article[", title="h3"), "//article["),
        (Selectors(item="article.story", title="h3 >> a"), "h3 >> a"),
        (Selectors(item="article.story", date="xpath:.//time[@"), "xpath:.//time[@"),
    ],
)
def test_invalid_selector_is_a_parse_error_naming_it(selectors: Selectors, bad: str) -> None:
    with pytest.raises(ParseError, match=r"invalid \w+ selector") as caught:
        parse_listing(page("xa-hoi.html"), url=PAGE_URL, selectors=selectors)
    assert f"`{bad}`" in caught.value.reason


def test_empty_body_is_a_parse_error() -> None:
    with pytest.raises(ParseError, match="not an HTML page"):
        parse_listing(b"  ", url=PAGE_URL, selectors=FULL)


def test_windows_1258_page_is_decoded_from_http_equiv() -> None:
    feed = parse_listing(
        page("cp1258.html"),
        url=PAGE_URL,
        selectors=Selectors(item="article.story", category=".cat", date="time"),
    )
    assert [vn(e.title or "") for e in feed.entries] == [
        "Tăng cường tuyên truyền để người dân cùng thực hiện chính sách an sinh",
        "Mưa lớn diện rộng, đề phòng lũ quét ở Bắc Bộ và Trung Bộ",
    ]
    assert vn(feed.entries[1].categories[0]) == "Môi trường"
    assert feed.entries[0].published_text == "27/02/2024 14:46"


@pytest.mark.parametrize(
    ("head", "content_type"),
    [
        ('<meta charset="windows-1258">', None),
        ("", "text/html; charset=windows-1258"),
        ('<meta charset="utf-8">', "text/html; charset=windows-1258"),  # the header wins
    ],
)
def test_charset_from_meta_or_header(head: str, content_type: str | None) -> None:
    # windows-1258 writes tone marks as combining characters after the letter
    title = "B\u0103\u0301c B\u00f4\u0323".encode("cp1258")
    body = f"<html><head>{head}</head><body><h3><a href='/a'>".encode() + title + b"</a></h3>"
    feed = parse_listing(
        body, url=PAGE_URL, selectors=Selectors(item="h3"), content_type=content_type
    )
    assert vn(feed.entries[0].title or "") == "Bắc Bộ"


def test_undeclared_charset_falls_back_to_utf8() -> None:
    body = "<html><body><h3><a href='/a'>Hà Nội</a></h3></body></html>".encode()
    feed = parse_listing(body, url=PAGE_URL, selectors=Selectors(item="h3"))
    assert feed.entries[0].title == "Hà Nội"
