"""normalize: text, dates, links and HTML made uniform; canonical links for dedupe."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from feeds.dates import parse_date
from feeds.model import ParsedEntry
from feeds.normalize import (
    Context,
    canonical_link,
    clean_text,
    fold,
    normalize_entries,
    sanitize_html,
    text_key,
)

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


def test_text_key_ignores_agency_prefix_and_punctuation() -> None:
    assert text_key("Mưa lớn", "TTTĐ - Theo Trung tâm Dự báo") == text_key(
        "Mưa lớn!", "Theo Trung tâm Dự báo"
    )


def test_sanitize_drops_scripts_and_handlers_keeps_markup() -> None:
    html = (
        '<p onclick="x()">Đoạn <b>đậm</b><script>alert(1)</script>'
        '<a href="javascript:alert(1)">x</a><img src="https://a.vn/i.jpg"></p>'
    )
    clean = sanitize_html(html)
    assert "<b>đậm</b>" in clean and '<img src="https://a.vn/i.jpg">' in clean
    assert "script" not in clean and "onclick" not in clean and "javascript" not in clean


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
    a, b = normalize_entries([undated, future], CTX)
    assert a.published == NOW and b.published == NOW


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
