"""dedupe: the pure decision, rule by rule, with hand-built entries and candidates."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from feeds.dedupe import Policy, decide, numbers, same_story
from feeds.model import Action, Candidate, Decision, Entry, ParsedEntry
from feeds.normalize import Context, normalize_entries, normalize_entry

NOW = datetime(2025, 7, 11, 1, 0, tzinfo=UTC)
CTX = Context(base_url="https://tuoitrethudo.vn/", tz=ZoneInfo("Asia/Ho_Chi_Minh"), now=NOW)
POLICY = Policy()
TITLE = "Mưa lớn diện rộng, đề phòng lũ quét ở Bắc Bộ và Trung Bộ"
LEAD = (
    "TTTĐ - Theo Trung tâm Dự báo khí tượng thủy văn Quốc gia, ngày 11/7, thành phố Hà Nội "
    "có mưa, mưa vừa và dông, cục bộ có nơi mưa to. Gió tây bắc cấp 2-3."
)


def make(
    guid: str | None,
    link: str,
    title: str = TITLE,
    summary: str = LEAD,
    published: str = "2025-07-11T06:00:00+07:00",
) -> Entry:
    return normalize_entry(
        ParsedEntry(
            guid=guid,
            link=link,
            title=title,
            summary=summary,
            content=None,
            published_text=published,
        ),
        CTX,
    )


def stored(
    entry: Entry,
    *,
    entry_id: int = 1,
    source_id: int = 1,
    priority: int = 0,
    primary: bool = True,
    primary_priority: int | None = None,
) -> Candidate:
    return Candidate(
        entry_id=entry_id,
        source_id=source_id,
        key=entry.key,
        canonical_link=entry.canonical_link,
        content_hash=entry.content_hash,
        text_key=entry.text_key,
        lead_key=entry.lead_key,
        published=entry.published,
        primary=primary,
        primary_priority=priority if primary_priority is None else primary_priority,
    )


def one(
    entry: Entry,
    candidates: list[Candidate],
    *,
    source_id: int = 2,
    priority: int = 0,
    policy: Policy = POLICY,
) -> Decision:
    [decision] = decide([entry], candidates, source_id=source_id, priority=priority, policy=policy)
    return decision


ORIGINAL = make("tttd-283400", "https://tuoitrethudo.vn/mua-lon-dien-rong-283400.html")


def test_same_source_same_guid_unchanged_or_updated() -> None:
    candidate = stored(ORIGINAL, source_id=2)
    assert one(ORIGINAL, [candidate]).action is Action.UNCHANGED
    edited = make("tttd-283400", ORIGINAL.link or "", title=TITLE + " (cập nhật)")
    decision = one(edited, [candidate])
    assert decision.action is Action.UPDATE and decision.entry_id == 1 and decision.take_text


def test_update_of_a_lower_priority_copy_does_not_take_the_text() -> None:
    primary = stored(ORIGINAL, source_id=1, priority=5)
    copy = stored(ORIGINAL, source_id=2, primary=False, primary_priority=5)
    edited = make("tttd-283400", ORIGINAL.link or "", title=TITLE + " (cập nhật)")
    decision = one(edited, [primary, copy], source_id=2, priority=0)
    assert decision.action is Action.UPDATE and not decision.take_text
    assert one(edited, [primary, copy], source_id=2, priority=5).take_text  # a tie: any copy


@pytest.mark.parametrize(
    "link",
    [
        "http://tuoitrethudo.vn/mua-lon-dien-rong-283400.html",
        "https://www.tuoitrethudo.vn/mua-lon-dien-rong-283400.html?utm_source=zalo&zarsrc=30",
        "https://m.tuoitrethudo.vn/mua-lon-dien-rong-283400.html#comments",
        "https://amp.tuoitrethudo.vn/amp/mua-lon-dien-rong-283400.html",
        "https://tuoitrethudo.vn/mua-lon-dien-rong-283400.amp.html?amp=1",
    ],
)
def test_same_canonical_link_merges_even_with_other_text(link: str) -> None:
    copy = make("partner-1", link, title="Tiêu đề khác hẳn", summary="Tóm tắt khác")
    decision = one(copy, [stored(ORIGINAL)])
    assert (decision.action, decision.entry_id, decision.rule) == (Action.MERGE, 1, "link")


def test_canonical_link_stated_by_the_source_wins() -> None:
    raw = ParsedEntry(
        guid="x",
        link="https://baomoi.com/mua-lon/c/123.epi",
        title="Khác",
        summary="Khác",
        content=None,
        canonical_link="https://tuoitrethudo.vn/mua-lon-dien-rong-283400.html",
    )
    decision = one(normalize_entry(raw, CTX), [stored(ORIGINAL)])
    assert decision.rule == "link"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (TITLE, LEAD),
        (TITLE.upper(), LEAD.removeprefix("TTTĐ - ")),  # case, agency prefix
        (unicodedata.normalize("NFD", TITLE), unicodedata.normalize("NFD", LEAD)),
        (TITLE.replace(",", " –"), LEAD.replace(".", " .")),  # punctuation
    ],
)
def test_same_text_under_another_url_merges(title: str, summary: str) -> None:
    copy = make("b-1", "https://baomoi.com/mua-lon/c/123.epi", title=title, summary=summary)
    decision = one(copy, [stored(ORIGINAL)])
    assert (decision.action, decision.rule) == (Action.MERGE, "text")


def test_an_edited_title_over_the_same_lead_merges_by_lead() -> None:
    copy = make(
        "b-1",
        "https://baomoi.com/mua-lon/c/123.epi",
        title="Bắc Bộ, Trung Bộ mưa lớn diện rộng, đề phòng lũ quét",
        summary=LEAD + " Người dân cần chủ động phòng tránh.",
    )
    assert one(copy, [stored(ORIGINAL)]).rule == "lead"


def test_a_truncated_lead_still_matches() -> None:
    copy = make(
        "b-1", "https://baomoi.com/mua-lon/c/123.epi", summary=LEAD[:90].rsplit(" ", 1)[0] + "…"
    )
    assert one(copy, [stored(ORIGINAL)]).rule == "text"


def test_close_titles_and_leads_merge_as_similar() -> None:
    lead = (
        "theo trung tâm dự báo khí tượng thủy văn quốc gia thành phố hà nội có mưa vừa và "
        "dông cục bộ có nơi mưa to gió tây bắc cấp hai đến ba người dân cần chủ động"
    )
    a = f"mưa lớn diện rộng đề phòng lũ quét ở bắc bộ và trung bộ|{lead}"
    b = (
        f"mưa lớn diện rộng cần đề phòng lũ quét ở bắc bộ và trung bộ|"
        f"{lead.replace('thành phố hà nội', 'thủ đô hà nội')}"
    )
    assert same_story(a, b) == "similar"
    assert same_story(a, b, threshold=0.95) is None


def test_old_and_new_tone_mark_placement_fold_alike() -> None:
    old = make(
        "b-1",
        "https://baomoi.com/x.epi",
        title="Văn hóa, thủy lợi và hòa bình",
        summary="Nhiều di tích văn hóa mở cửa miễn phí dịp Ngày Di sản Văn hóa Việt Nam",
    )
    new = make(
        "b-2",
        "https://other.vn/y.html",
        title="Văn hoá, thuỷ lợi và hoà bình",
        summary="Nhiều di tích văn hoá mở cửa miễn phí dịp Ngày Di sản Văn hoá Việt Nam",
    )
    assert one(new, [stored(old)]).rule == "text"


def test_text_rules_respect_the_window() -> None:
    earlier = make(
        "b-1", "https://baomoi.com/mua-lon/c/123.epi", published="2025-07-07T06:00:00+07:00"
    )
    assert one(earlier, [stored(ORIGINAL)]).action is Action.INSERT


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Dự báo thời tiết ngày 11/7: Hà Nội có mưa dông",
            "Dự báo thời tiết ngày 12/7: Hà Nội có mưa dông",
        ),
        ("Hành trình về nguồn - Kỳ 1: Đất tổ", "Hành trình về nguồn - Kỳ 2: Đất tổ"),
        ("Giá vàng hôm nay 11/7", "Giá vàng hôm nay 12/7"),
    ],
)
def test_series_with_different_numbers_stay_apart(a: str, b: str) -> None:
    lead = "Theo Trung tâm Dự báo khí tượng thủy văn Quốc gia, Hà Nội có mưa rào và dông"
    first = make("1", "https://x.vn/1.html", title=a, summary=lead)
    second = make("2", "https://x.vn/2.html", title=b, summary=lead)
    assert numbers(a) != numbers(b)
    assert one(second, [stored(first)]).action is Action.INSERT


def test_diacritics_are_significant() -> None:
    plain = make(
        "2",
        "https://x.vn/2.html",
        title="Mua lon dien rong, de phong lu quet o Bac Bo va Trung Bo",
        summary="Theo Trung tam Du bao khi tuong thuy van Quoc gia",
    )
    assert one(plain, [stored(ORIGINAL)]).action is Action.INSERT


def test_short_stock_titles_do_not_merge_on_text() -> None:
    a = make("1", "https://x.vn/1.html", title="Tin vắn", summary="")
    b = make("2", "https://y.vn/2.html", title="Tin vắn", summary="")
    assert one(b, [stored(a)]).action is Action.INSERT


def test_cross_source_off_keeps_only_identity() -> None:
    copy = make("b-1", "http://tuoitrethudo.vn/mua-lon-dien-rong-283400.html")
    off = Policy(cross_source=False)
    assert one(copy, [stored(ORIGINAL)], policy=off).action is Action.INSERT


def test_higher_priority_copy_takes_the_text() -> None:
    copy = make("b-1", "http://tuoitrethudo.vn/mua-lon-dien-rong-283400.html")
    assert one(copy, [stored(ORIGINAL, priority=0)], priority=1).take_text
    assert not one(copy, [stored(ORIGINAL, priority=1)], priority=1).take_text


def test_copies_inside_one_batch_merge_with_each_other() -> None:
    a = make("g1", "https://tuoitrethudo.vn/a.html")
    b = make("g2", "https://tuoitrethudo.vn/a.html?utm_source=rss")
    first, second = decide([a, b], [], source_id=1, priority=0, policy=POLICY)
    assert first.action is Action.INSERT
    assert (second.action, second.pending, second.entry_id) == (Action.MERGE, 0, None)


def test_a_guid_repeated_for_every_item_falls_back_to_links() -> None:
    items = [
        ParsedEntry(
            guid="https://tuoitrethudo.vn/rss",
            link=f"https://tuoitrethudo.vn/{i}.html",
            title=f"Tin số {i} về giao thông Hà Nội",
            summary=f"Nội dung {i}",
            content=None,
        )
        for i in range(3)
    ]
    entries = normalize_entries(items, CTX)
    decisions = decide(entries, [], source_id=1, priority=0, policy=POLICY)
    assert [d.action for d in decisions] == [Action.INSERT] * 3


def test_windows_1258_and_nfd_feeds_fold_alike() -> None:
    from pathlib import Path

    from feeds.parse.feed import parse_feed

    data = Path(__file__).parent / "data" / "feeds"
    keys = []
    for name in ("welfare-cp1258.rss", "welfare-nfd.rss"):
        parsed = parse_feed((data / name).read_bytes(), url="https://tuoitrethudo.vn/rss")
        keys.append(sorted(e.text_key for e in normalize_entries(parsed.entries, CTX)))
    assert keys[0] == keys[1]


def test_a_key_twice_in_one_batch_is_one_copy() -> None:
    a = make("g1", "https://tuoitrethudo.vn/a.html")
    first, again = decide([a, a], [], source_id=1, priority=0, policy=POLICY)
    assert first.action is Action.INSERT
    assert (again.action, again.pending) == (Action.UNCHANGED, 0)
