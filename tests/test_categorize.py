"""categorize: source categories, own terms, whole-word keywords; case and NFC/NFD blind,
diacritics significant."""

from __future__ import annotations

import unicodedata

import pytest

from feeds.categorize import Rule, categorize

RULES = [
    Rule.build(
        "an-sinh", ["An sinh", "Xã hội"], ["an sinh", "phúc lợi", "bảo hiểm y tế", "hộ nghèo"]
    ),
    Rule.build("thoi-tiet", [], ["mưa lớn", "lũ quét", "dự báo khí tượng", "nắng nóng"]),
]


def slugs(
    title: str, summary: str = "", terms: tuple[str, ...] = (), source: tuple[str, ...] = ()
) -> set[str]:
    return set(
        categorize(RULES, source_categories=source, terms=terms, title=title, summary_text=summary)
    )


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        ("Tăng cường tuyên truyền để người dân cùng thực hiện chính sách an sinh", "", {"an-sinh"}),
        ("Mưa lớn diện rộng, đề phòng lũ quét ở Bắc Bộ và Trung Bộ", "", {"thoi-tiet"}),
        ("Tin sáng", "Theo Trung tâm Dự báo khí tượng thủy văn Quốc gia", {"thoi-tiet"}),
        ("MƯA LỚN Ở HÀ NỘI", "", {"thoi-tiet"}),
        ("Tân sinh viên nhập học", "", set()),  # "an sinh" is not a whole word here
        ("Mua lon giam gia", "", set()),  # no diacritics, other words
        ("Nắng nóng gay gắt, hộ nghèo cần hỗ trợ", "", {"an-sinh", "thoi-tiet"}),
        ("an_sinh", "", set()),
        ("Phúc lợi.", "", {"an-sinh"}),
        ("Mưa  lớn", "", {"thoi-tiet"}),
        ("Bảo hiểm y tếxyz", "", set()),
    ],
)
def test_keywords(title: str, summary: str, expected: set[str]) -> None:
    assert slugs(title, summary) == expected
    nfd = unicodedata.normalize("NFD", title), unicodedata.normalize("NFD", summary)
    assert slugs(*nfd) == expected


def test_own_terms_match_exactly_ignoring_case_and_form() -> None:
    assert slugs("Tin", terms=("xã hội",)) == {"an-sinh"}
    assert slugs("Tin", terms=(unicodedata.normalize("NFD", "Xã hội"),)) == {"an-sinh"}
    assert slugs("Tin", terms=("Xã hội 24h",)) == set()
    assert slugs("Tin", terms=("Xa hoi",)) == set()


def test_source_categories_always_apply() -> None:
    assert slugs("Bóng đá", source=("thoi-tiet",)) == {"thoi-tiet"}
