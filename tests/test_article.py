"""parse.article: full text and metadata of an article page, by selector or by trafilatura."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from feeds.dates import parse_date
from feeds.normalize import html_to_text
from feeds.parse.article import Article, extract_article

SITE = Path(__file__).parent / "data" / "site"
URL = (
    "https://tuoitrethudo.vn/"
    "tang-cuong-tuyen-truyen-de-nguoi-dan-cung-thuc-hien-chinh-sach-an-sinh-257312.html"
)
TITLE = "Tăng cường tuyên truyền để người dân cùng thực hiện chính sách an sinh"
LEAD = "TTTĐ - Quận Hoàng Mai cần tăng cường"
FULL_LEAD = (
    LEAD + " công tác tuyên truyền để người dân hiểu và cùng tham gia thực hiện các "
    "chính sách liên quan tới bảo đảm an sinh xã hội, nâng cao phúc lợi xã hội, "
    "chất lượng cuộc sống của Nhân dân."
)
LAST_PARAGRAPH = "Quận cũng cần tiếp tục thực hiện đồng bộ các giải pháp tạo việc làm"
HCM = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = datetime(2025, 7, 11, 3, 0, tzinfo=UTC)
READ_MORE = [
    i["title"]
    for i in json.loads((SITE / "expected-listing.json").read_text(encoding="utf-8"))["items"]
]
RELATED = [
    "Không ngừng chăm lo an sinh và nâng cao phúc lợi xã hội",
    "Tiếp tục chăm lo an sinh xã hội, vì cuộc sống người dân",
]
CHROME = [
    "Trang chủ",
    "Thời sự",
    "Đoàn - Hội",
    "Pháp luật",
    "Tìm kiếm",
    "Đọc thêm",
    "Xem thêm",
    "Tổng Biên tập",
    "Cơ quan của Thành đoàn",
    "Giảm cỡ chữ",
    "gtag",
    "Tag",
]


def article_page(name: str = "article.html") -> str:
    return (SITE / name).read_text(encoding="utf-8")


def extract(page: str, content: str | None = None) -> Article:
    article = extract_article(page.encode(), url=URL, content=content)
    assert article is not None
    return article


def body_text(article: Article) -> str:
    return html_to_text(article.content_html)


def assert_story_only(article: Article) -> None:
    text = body_text(article)
    assert text.startswith(LEAD)
    assert text.count(LEAD) == 1
    assert LAST_PARAGRAPH in text
    for unwanted in [*READ_MORE, *RELATED, *CHROME, TITLE]:
        assert unwanted not in text, unwanted


def test_fixture_article() -> None:
    article = extract(article_page())
    assert article.title == TITLE
    assert article.author is not None and "Hạnh Nguyên" in article.author
    published = parse_date(article.published_text, HCM, NOW)
    assert published == datetime(2024, 2, 27, 14, 46, tzinfo=timezone(timedelta(hours=7)))
    assert article.canonical_link == URL
    assert article.section == "Xã hội"
    assert_story_only(article)


def test_lead_outside_the_body_is_put_back() -> None:
    """Thanh Niên-style ``div.detail-sapo``: trafilatura leaves the lead out."""
    article = extract(article_page("article-div-sapo.html"))
    assert_story_only(article)
    assert article.content_html.startswith(f"<p>{FULL_LEAD}</p>")


def test_the_full_visible_lead_beats_a_truncated_description() -> None:
    page = article_page("article-div-sapo.html").replace(
        'chất lượng cuộc sống của Nhân dân.">', 'chất lượng cuộc...">'
    )
    assert page.count("chất lượng cuộc...") == 2  # description and og:description
    assert extract(page).content_html.startswith(f"<p>{FULL_LEAD}</p>")


def test_the_description_serves_when_no_element_holds_the_lead() -> None:
    page = article_page("article-div-sapo.html").replace('class="detail-sapo"', 'class="x"')
    text = body_text(extract(page))
    assert text.startswith(FULL_LEAD)


@pytest.mark.parametrize(
    "selector",
    [
        "div.detail-content",
        "//div[@class='detail-content']",
        "xpath://div[@class='detail-content']/*",
    ],
)
def test_content_selector_wins_and_gets_the_lead(selector: str) -> None:
    article = extract(article_page(), content=selector)
    assert_story_only(article)
    assert '<img src="https://tuoitrethudo.vn/images/2024/02/27/257312-1.jpg"' in (
        article.content_html
    )
    assert "<figcaption>Quang cảnh buổi làm việc</figcaption>" in article.content_html


def test_content_selector_over_the_whole_story_drops_the_repeated_title() -> None:
    article = extract(article_page(), content="article.detail")
    text = body_text(article)
    assert not text.startswith(TITLE)
    assert text.count(LEAD) == 1


def test_content_selector_matching_nothing_falls_back_to_trafilatura() -> None:
    assert extract(article_page(), content="div.no-such-thing") == extract(article_page())


def test_published_time_falls_back_to_json_ld_then_trafilatura() -> None:
    page = article_page().replace(
        '<meta property="article:published_time" content="2024-02-27T14:46:00+07:00">', ""
    )
    assert extract(page).published_text == "2024-02-27T14:46:00+07:00"  # JSON-LD
    page = re.sub(r'\s*"date(Published|Modified)": "[^"]*",', "", page)
    assert "datePublished" not in page
    assert extract(page).published_text == "2024-02-27"  # htmldate, day only


def test_a_page_without_a_story_gives_none() -> None:
    """A script-rendered shell: nothing to read without running JavaScript."""
    page = (
        "<html><head><title>Trang chủ</title></head><body><div id='app'></div>"
        "<script>render(document.getElementById('app'))</script></body></html>"
    ).encode()
    assert extract_article(page, url=URL) is None
    assert extract_article(page, url=URL, content="div.detail-content") is None
