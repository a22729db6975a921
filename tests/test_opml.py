"""opml: subscription lists read with their folder categories, written back deterministically."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from feeds.errors import ParseError
from feeds.opml import Outline, read_opml, write_opml

DATA = Path(__file__).parent / "data"
OPML = DATA / "opml"
XA_HOI = "https://tuoitrethudo.vn/rss/xa-hoi.rss"

EXPECTED = [
    Outline(
        "Tuổi Trẻ Thủ Đô - Xã hội",
        XA_HOI,
        "https://tuoitrethudo.vn/xa-hoi",
        ("Thời sự", "Môi trường"),
    ),
    Outline(
        "Tin Hà Nội",
        "https://example.vn/ha-noi.rss",
        None,
        ("Thời sự", "Hà Nội", "Đô thị", "Giao thông", "Thủ đô"),
    ),
    Outline(
        "Tuổi Trẻ Thủ Đô - Môi trường",
        "https://tuoitrethudo.vn/rss/moi-truong.atom",
        None,
        ("Môi trường",),
    ),
    Outline(
        "https://tuoitrethudo.vn/feed.json",
        "https://tuoitrethudo.vn/feed.json",
        "https://tuoitrethudo.vn/",
        (),
    ),
]


def test_read_folders_categories_and_duplicates() -> None:
    assert read_opml((OPML / "subscriptions.opml").read_bytes(), name="subs.opml") == EXPECTED


def test_write_groups_by_first_category_and_reads_back_the_same() -> None:
    data = write_opml(EXPECTED, title="Nguồn tin")
    assert data == write_opml(EXPECTED, title="Nguồn tin")
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    root = etree.fromstring(data)
    assert root.get("version") == "2.0"
    assert root.findtext("head/title") == "Nguồn tin"
    body = root.find("body")
    assert [(o.get("text"), o.get("xmlUrl")) for o in body] == [
        ("Thời sự", None),
        ("Môi trường", None),
        ("https://tuoitrethudo.vn/feed.json", "https://tuoitrethudo.vn/feed.json"),
    ]
    hanoi = body[0][1]
    assert hanoi.get("category") == "Hà Nội,Đô thị,Giao thông,Thủ đô"
    assert hanoi.get("type") == "rss"
    assert read_opml(data, name="written") == EXPECTED


def test_write_without_outlines() -> None:
    data = write_opml([], title="Trống")
    assert read_opml(data, name="empty") == []


def test_external_entities_are_never_expanded() -> None:
    with pytest.raises(ParseError) as caught:
        read_opml((OPML / "entities.opml").read_bytes(), name="entities.opml")
    assert caught.value.reason.startswith("not an OPML file: ")
    hostname = Path("/etc/hostname")
    if hostname.exists() and hostname.read_text().strip():
        assert hostname.read_text().strip() not in str(caught.value)


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("opml/no-body.opml", "not an OPML file: <opml> has no <body>"),
        ("site/rss/xa-hoi.rss", "not an OPML file: the root element is <rss>, not <opml>"),
        ("feeds/garbage.bin", "not an OPML file: "),
        ("site/index.html", "not an OPML file: "),
    ],
)
def test_not_opml(path: str, reason: str) -> None:
    with pytest.raises(ParseError) as caught:
        read_opml((DATA / path).read_bytes(), name=path)
    assert caught.value.url == path
    assert caught.value.reason.startswith(reason)
