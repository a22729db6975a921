"""normalize: text, dates, links and HTML made uniform; canonical links for dedupe."""

from __future__ import annotations

import email.utils
import random
import unicodedata
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

import pytest

from feeds.dates import parse_date
from feeds.model import ParsedEntry
from feeds.normalize import (
    Context,
    absolute,
    canonical_link,
    clean_text,
    match_keys,
    normalize_entries,
    with_article,
)
from feeds.text import fold

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = datetime(2024, 3, 1, 5, 0, tzinfo=UTC)  # 12:00 in Hà Nội
CTX = Context(base_url="https://tuoitrethudo.vn/xa-hoi/", tz=HCM, now=NOW)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("27/02/2024 14:46", datetime(2024, 2, 27, 7, 46, tzinfo=UTC)),
        ("27/2/2024", datetime(2024, 2, 26, 17, 0, tzinfo=UTC)),
        ("Thứ ba, 27/02/2024 - 14:46", datetime(2024, 2, 27, 7, 46, tzinfo=UTC)),
        ("14:46 27/02/2024", datetime(2024, 2, 27, 7, 46, tzinfo=UTC)),
        ("ngày 27 tháng 2 năm 2024", datetime(2024, 2, 26, 17, 0, tzinfo=UTC)),
        ("2 giờ trước", datetime(2024, 3, 1, 3, 0, tzinfo=UTC)),
        ("15 phút trước", datetime(2024, 3, 1, 4, 45, tzinfo=UTC)),
        ("Hôm qua 08:15", datetime(2024, 2, 29, 1, 15, tzinfo=UTC)),
        ("Hôm qua", datetime(2024, 2, 28, 17, 0, tzinfo=UTC)),
        ("Tue, 27 Feb 2024 14:46:00 +0700", datetime(2024, 2, 27, 7, 46, tzinfo=UTC)),
        ("Tue, 27 Feb 2024 14:46:00 GMT", datetime(2024, 2, 27, 14, 46, tzinfo=UTC)),
        ("Tue, 27 Feb 2024 14:46:00", datetime(2024, 2, 27, 7, 46, tzinfo=UTC)),  # no zone: local
        ("2024-02-27T14:46:00", datetime(2024, 2, 27, 7, 46, tzinfo=UTC)),
        ("2024-02-27T14:46:00+07:00", datetime(2024, 2, 27, 7, 46, tzinfo=UTC)),
        ("2024-02-27T07:46:00Z", datetime(2024, 2, 27, 7, 46, tzinfo=UTC)),
        ("2024-02-27 14:46", datetime(2024, 2, 27, 7, 46, tzinfo=UTC)),
        (
            unicodedata.normalize("NFD", "Thứ ba, 27/02/2024 - 14:46"),
            datetime(2024, 2, 27, 7, 46, tzinfo=UTC),
        ),
    ],
)
def test_dates(text: str, expected: datetime) -> None:
    assert parse_date(text, HCM, NOW) == expected


def test_a_date_read_again_is_read_in_the_zone_it_is_read_in() -> None:
    """Readings are remembered only for texts that state their zone: a zone-less text read
    again in another zone, or a relative one read at another time, is read anew."""
    tokyo = ZoneInfo("Asia/Tokyo")
    later = datetime(2024, 3, 2, 5, 0, tzinfo=UTC)
    zoned = "Tue, 27 Feb 2024 14:46:00 +0700"
    assert parse_date(zoned, UTC, NOW) == parse_date(zoned, tokyo, later)
    for text in ("Tue, 27 Feb 2024 14:46:00", "2024-02-27T14:46:00", "27/02/2024 14:46"):
        assert parse_date(text, HCM, NOW) != parse_date(text, tokyo, NOW), text
    assert parse_date("2 giờ trước", HCM, NOW) != parse_date("2 giờ trước", HCM, later)


def test_remembered_readings_are_bounded() -> None:
    from feeds import dates

    remembered = dates._standard_reading
    limit = remembered.cache_info().maxsize
    assert limit is not None
    texts = [f"2024-02-27T14:46:00.{i:06d}+07:00" for i in range(limit + 10)]
    for text in texts:
        parse_date(text, HCM, NOW)
        assert remembered.cache_info().currsize <= limit
    hits = remembered.cache_info().hits
    assert parse_date(texts[-1], HCM, NOW) == parse_date(texts[-1], HCM, NOW)
    assert remembered.cache_info().hits == hits + 2


@pytest.mark.parametrize("text", ["", "   ", "không rõ", "32/13/2024", "Xem thêm"])
def test_unreadable_dates(text: str) -> None:
    assert parse_date(text, HCM, NOW) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://tuoitrethudo.vn/a-1.html", "http://tuoitrethudo.vn/a-1.html"),
        ("https://www.tuoitrethudo.vn/a-1.html", "https://tuoitrethudo.vn/a-1.html"),
        ("https://m.tuoitrethudo.vn/a-1.html", "https://tuoitrethudo.vn/a-1.html"),
        ("https://amp.tuoitrethudo.vn/a-1.html", "https://tuoitrethudo.vn/a-1.html"),
        ("https://TuoiTreThuDo.VN/a-1.html", "https://tuoitrethudo.vn/a-1.html"),
        ("https://tuoitrethudo.vn:443/a-1.html", "https://tuoitrethudo.vn/a-1.html"),
        ("http://tuoitrethudo.vn:80/a-1.html", "https://tuoitrethudo.vn/a-1.html"),
        ("https://tuoitrethudo.vn/a-1.html#binh-luan", "https://tuoitrethudo.vn/a-1.html"),
        ("https://tuoitrethudo.vn/xa-hoi/a-1/", "https://tuoitrethudo.vn/xa-hoi/a-1"),
        ("https://tuoitrethudo.vn/amp/a-1.html", "https://tuoitrethudo.vn/a-1.html"),
        ("https://tuoitrethudo.vn/a-1/amp", "https://tuoitrethudo.vn/a-1"),
        ("https://tuoitrethudo.vn/a-1.amp", "https://tuoitrethudo.vn/a-1"),
        ("https://tuoitrethudo.vn/a-1.amp.html", "https://tuoitrethudo.vn/a-1.html"),
        ("https://tuoitrethudo.vn/a-1.html?amp=1", "https://tuoitrethudo.vn/a-1.html"),
        (
            "https://tuoitrethudo.vn/a-1.html?utm_source=fb&utm_medium=social&utm_campaign=x",
            "https://tuoitrethudo.vn/a-1.html",
        ),
        ("https://tuoitrethudo.vn/a-1.html?fbclid=IwAR0abc", "https://tuoitrethudo.vn/a-1.html"),
        ("https://tuoitrethudo.vn/a-1.html?gclid=xyz", "https://tuoitrethudo.vn/a-1.html"),
        (
            "https://tuoitrethudo.vn/a-1.html?zarsrc=30&utm_source=zalo",
            "https://tuoitrethudo.vn/a-1.html",
        ),
        ("https://tuoitrethudo.vn/a-1.html?ref=home", "https://tuoitrethudo.vn/a-1.html"),
        ("https://tuoitrethudo.vn/tin?b=2&a=1", "https://tuoitrethudo.vn/tin?a=1&b=2"),
        ("https://tuoitrethudo.vn/t%C3%A2n", "https://tuoitrethudo.vn/tân"),
        (
            "https://tuoitrethudo.vn/" + unicodedata.normalize("NFD", "tân"),
            "https://tuoitrethudo.vn/tân",
        ),
    ],
)
def test_canonical_link_ignores_cosmetic_differences(a: str, b: str) -> None:
    assert canonical_link(a) == canonical_link(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://tuoitrethudo.vn/a-1.html", "https://tuoitrethudo.vn/a-2.html"),
        ("https://tuoitrethudo.vn/tin?id=1", "https://tuoitrethudo.vn/tin?id=2"),
        ("https://tuoitrethudo.vn/a-1.html", "https://baomoi.com/a-1.html"),
        ("https://tuoitrethudo.vn/Tin", "https://tuoitrethudo.vn/tin"),  # paths are case-sensitive
    ],
)
def test_canonical_link_keeps_real_differences(a: str, b: str) -> None:
    assert canonical_link(a) != canonical_link(b)


def test_canonical_link_configurable_tracking_parameters() -> None:
    a, b = "https://x.vn/a?src=rss&id=1", "https://x.vn/a?id=1"
    assert canonical_link(a) != canonical_link(b)
    assert canonical_link(a, ["src"]) == canonical_link(b, ["src"])


def test_text_is_nfc_trimmed_and_unescaped() -> None:
    nfd = unicodedata.normalize("NFD", "  Mưa   lớn &amp; lũ quét\n")
    assert clean_text(nfd) == "Mưa lớn & lũ quét"
    assert unicodedata.is_normalized("NFC", clean_text(nfd))


def test_fold_keeps_diacritics() -> None:
    assert fold("Mưa LỚN, diện rộng!") == fold("mưa lớn diện rộng")
    assert fold("Mưa lớn") != fold("Mua lon")


def test_casefold_of_texts_joined_by_a_line_break_is_theirs_joined() -> None:
    """What ``categorize`` relies on to fold a title and a lead apart (and find them
    already folded): no folding crosses a line break, tone marks and NFC included."""
    from feeds.text import casefold

    rnd = random.Random(4)
    pieces = [
        "o",
        "u",
        "q",
        "à",
        "ỳ",
        "a",
        "e",
        "y",
        "\u0300",
        "\u0301",
        "Σ",
        "İ",
        "ß",
        "Đ",
        " ",
        ".",
    ]
    for _ in range(20000):
        a, b = ("".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 6))) for _ in "ab")
        assert casefold(f"{a}\n{b}") == f"{casefold(a)}\n{casefold(b)}", (a, b)
    folded = casefold.cache_info()
    assert folded.maxsize is not None and folded.currsize <= folded.maxsize


def test_text_key_ignores_agency_prefix_and_punctuation() -> None:
    assert match_keys("Mưa lớn", "TTTĐ - Theo Trung tâm Dự báo") == match_keys(
        "Mưa lớn!", "Theo Trung tâm Dự báo"
    )


def test_entry_is_normalised() -> None:
    raw = ParsedEntry(
        guid=None,
        link="tang-cuong-257312.html?utm_source=rss",
        title=unicodedata.normalize("NFD", "  Tăng cường <b>tuyên truyền</b> "),
        summary="<p>TTTĐ - Quận Hoàng Mai</p>",
        content=None,
        published_text="27/02/2024 14:46",
        categories=(" Xã hội ", "Xã hội"),
        authors=("Hạnh Nguyên",),
    )
    [entry] = normalize_entries([raw], CTX)
    assert entry.title == "Tăng cường tuyên truyền"
    assert entry.link == "https://tuoitrethudo.vn/xa-hoi/tang-cuong-257312.html?utm_source=rss"
    assert entry.key == entry.link  # no guid: the link is the identity
    assert entry.canonical_link == "tuoitrethudo.vn/xa-hoi/tang-cuong-257312.html"
    assert entry.published == datetime(2024, 2, 27, 7, 46, tzinfo=UTC)
    assert entry.terms == ("Xã hội",)
    assert entry.author == "Hạnh Nguyên"
    assert entry.content == entry.summary == "<p>TTTĐ - Quận Hoàng Mai</p>"


def test_entry_without_date_gets_first_seen_and_future_dates_are_clamped() -> None:
    undated = ParsedEntry(guid="1", link=None, title="a", summary=None, content=None)
    future = ParsedEntry(
        guid="2",
        link=None,
        title="b",
        summary=None,
        content=None,
        published_text="2030-01-01T00:00:00Z",
    )
    updated_only = ParsedEntry(
        guid="3", link=None, title="c", summary=None, content=None, updated_text="27/02/2024"
    )
    dated = ParsedEntry(
        guid="4", link=None, title="d", summary=None, content=None, published_text="27/02/2024"
    )
    a, b, c, d = normalize_entries([undated, future, updated_only, dated], CTX)
    assert a.published == NOW and b.published == NOW
    # dated when seen: every poll of a feed still listing them dates them anew
    assert [e.undated for e in (a, b, c, d)] == [True, True, False, False]
    day = datetime(2024, 2, 26, 17, 0, tzinfo=UTC)
    article = partial(with_article, content_html="<p>Bài đầy đủ</p>", author=None, tz=HCM, now=NOW)
    assert article(a, published_text="27/02/2024") == replace(
        a, content="<p>Bài đầy đủ</p>", published=day, undated=False
    )  # the page gave the date the feed did not
    assert article(a, published_text=None).undated
    assert article(d, published_text="01/03/2024").published == day  # the feed's date stands


def test_repeated_guid_falls_back_to_links() -> None:
    items = [
        ParsedEntry(
            guid="https://x.vn/xa-hoi",
            link=f"https://x.vn/{i}.html",
            title=f"t{i}",
            summary=None,
            content=None,
        )
        for i in range(3)
    ]
    keys = [e.key for e in normalize_entries(items, CTX)]
    assert keys == [f"https://x.vn/{i}.html" for i in range(3)]


def test_same_item_twice_in_a_document_is_kept_once() -> None:
    item = ParsedEntry(guid=None, link="https://x.vn/1.html", title="t", summary=None, content=None)
    assert len(normalize_entries([item, item], CTX)) == 1


# --- fast paths: each must agree with the slow reference it stands in for -----------------


def _email_utils(text: str) -> datetime | None:
    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def test_rfc822_reading_agrees_with_email_utils() -> None:
    """The common RFC 822 form is read without email.utils; over every variation of day
    name, day, month, year, time and zone (valid or not) both readings agree, zone
    included ("-0000" is "zone unknown": naive, so read in the local zone)."""
    rnd = random.Random(7)
    forms = 0
    for _ in range(20000):
        day_name = rnd.choice(["Mon, ", "Tue,", "Sun,  ", "", "Foo, ", "mon, "])
        month = rnd.choice(["Jan", "Feb", "Dec", "jan", "Sept", "JAN"])
        year = rnd.choice([rnd.randrange(1970, 2100), rnd.randrange(0, 100), 1899])
        clock = f"{rnd.randrange(0, 26):02d}:{rnd.randrange(0, 62):02d}"
        clock += rnd.choice(["", f":{rnd.randrange(0, 62):02d}"])
        zone = rnd.choice(["+0700", "-0000", "+0000", "-0530", "GMT", "+2400", "EST", "+07:00"])
        text = f"{day_name}{rnd.randrange(0, 35)} {month} {year} {clock} {zone}"
        expected = _email_utils(text)
        forms += expected is not None
        if expected is not None and expected.tzinfo is None:
            expected = expected.replace(tzinfo=HCM)
        assert parse_date(text, HCM, NOW) == (expected.astimezone(UTC) if expected else None)
    assert forms > 5000  # most variations are valid dates


def test_plain_links_resolve_as_urljoin_would() -> None:
    links = [
        "https://tuoitrethudo.vn/a-1.html",
        "https://tuoitrethudo.vn/a-1.html?",  # urljoin drops an empty query
        "https://tuoitrethudo.vn/a-1.html#",
        "https://tuoitrethudo.vn/a;v=1",  # ;params
        "https://tuoitrethudo.vn/a?b=1#c",
        "http://tuoitrethudo.vn",
        "https://tuoitrethudo.vn/a b",
        " https://tuoitrethudo.vn/a\n",
        "HTTPS://tuoitrethudo.vn/a",
        "https://user@tuoitrethudo.vn:8443/a/../b",
        "/xa-hoi/a-2.html",
        "a-3.html",
        "//cdn.tuoitrethudo.vn/a.jpg",
        "javascript:alert(1)",
    ]
    for link in links:
        joined = urljoin(CTX.base_url, link.strip())
        expected = joined if urlsplit(joined).scheme in ("http", "https", "file") else None
        assert absolute(link, CTX.base_url) == expected, link


def test_fold_treats_every_punctuation_and_symbol_character_as_a_space() -> None:
    """The regex class behind ``fold`` covers exactly the P* and S* categories."""
    for code in range(0x10000):
        if 0xD800 <= code < 0xE000:
            continue
        char = chr(code)
        if unicodedata.normalize("NFC", char) != char:  # folded as what NFC makes of it
            continue
        if unicodedata.category(char)[0] in "PS":
            assert fold(f"x{char}y") == "x y", hex(code)
        elif not char.isspace():
            assert " " not in fold(f"x{char}y"), hex(code)
    assert fold("Mưa 🌧 lớn") == "mưa lớn"  # beyond the Basic Multilingual Plane too


def test_plain_links_split_as_urlsplit_splits_them() -> None:
    from feeds.normalize import _split_plain

    rnd = random.Random(2)
    links = ["https://a.vn/x/y.html?b=1&a=2#f", "http://u:p@a.vn:8080/p", "https://a.vn//x"]
    for _ in range(20000):
        tail = "".join(rnd.choice("ab/?#:@.[]%=&;-_~1") for _ in range(rnd.randrange(1, 20)))
        links.append(rnd.choice(["http://", "https://"]) + tail)
    for link in links:
        split = _split_plain(link)
        if split is not None:
            parts = urlsplit(link)
            assert split == (parts.netloc, parts.path, parts.query) and parts.hostname, link


def test_plain_paths_are_canonical_as_the_full_rule_makes_them() -> None:
    """Paths with nothing to decode, quote or drop skip the segment-by-segment rule; over
    random paths the result is what that rule gives."""
    from feeds.normalize import _canonical_path

    rnd = random.Random(3)
    pieces = ["/", "//", "a", "B", "1", "-", ".", "~", "amp", "AMP", ".amp", ".html", "%41", "é"]
    pieces.append(" ")
    for _ in range(20000):
        path = "/" + "".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 8)))
        link = f"https://x.vn{path}"
        expected = f"x.vn/{_canonical_path(urlsplit(link.strip()).path)}"
        assert canonical_link(link) == expected, link


@pytest.mark.parametrize("link", ["http://a[_]/x", "http://[x/y", "https://[::1/a", "http://]/"])
def test_a_link_urllib_refuses_costs_the_link_not_the_entry(link: str) -> None:
    assert canonical_link(link) == link  # an opaque key, still comparable
    assert absolute(link, CTX.base_url) is None
    raw = ParsedEntry(guid="g", link=link, title="Tin", summary="x", content=None)
    assert normalize_entries([raw], CTX)[0].link is None
