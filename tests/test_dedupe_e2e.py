"""Issue 3 end to end: three local sources, 100 stories, 40 of them carried twice in
different forms -> exactly 100 entries in all.atom, with stable ids; plus merge behaviour
through the store and the ``feeds duplicates`` audit."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import feedparser
from conftest import DATA, ConfigWriter
from samples import Item, rss
from werkzeug import Request, Response

from feeds.cli import main
from feeds.config import load
from feeds.site import render_site
from feeds.store import Store


def corpus_stories() -> list[dict[str, Any]]:
    """Duplicate pairs of the labelled corpus: ``a`` is a story, ``b`` the same story again."""
    lines = (DATA / "dedupe" / "pairs.jsonl").read_text(encoding="utf-8").splitlines()
    pairs = [json.loads(line) for line in lines if line]
    return [p for p in pairs if p["label"] == "duplicate"]


def item(side: dict[str, Any]) -> Item:
    from datetime import datetime
    from email.utils import format_datetime

    return Item(
        side["title"],
        side["link"],
        side["summary"],
        side["guid"] or None,
        format_datetime(datetime.fromisoformat(side["published"])),
    )


def all_atom(config: Path) -> Any:
    settings = load(config)
    store = Store.open(settings.database)
    try:
        return feedparser.parse(render_site(settings, store)["all.atom"])
    finally:
        store.close()


def test_100_stories_40_shared_give_100_entries_with_stable_ids(
    web: Any, write_config: ConfigWriter
) -> None:
    pairs = corpus_stories()[:100]
    a_items = [item(p["a"]) for p in pairs[:80]]  # source a: 80 stories
    b_items = [item(p["b"]) for p in pairs[:20]] + [item(p["a"]) for p in pairs[80:90]]
    c_items = [item(p["b"]) for p in pairs[20:40]] + [item(p["a"]) for p in pairs[90:100]]
    build = {"n": 0}

    def serve(items: list[Item]) -> Any:
        def handle(request: Request) -> Response:  # a new lastBuildDate each time: re-parsed
            build["n"] += 1
            return Response(
                rss(items, extra_channel=f"<lastBuildDate>{build['n']}</lastBuildDate>")
            )

        return handle

    for name, items in (("a", a_items), ("b", b_items), ("c", c_items)):
        web.expect_request(f"/{name}.rss").respond_with_handler(serve(items))
    config = write_config(
        sources=[{"name": n, "url": web.url_for(f"/{n}.rss")} for n in "abc"],
        publish={"entries_per_feed": 500},
    )
    assert main(["poll", "-c", str(config)]) == 0

    feed = all_atom(config)
    assert len(feed.entries) == 100
    ids = {e.title: e.id for e in feed.entries}
    assert len(ids) == 100 and len(set(ids.values())) == 100  # each story listed once
    merged = [e for e in feed.entries if any(link.rel == "related" for link in e.links)]
    other_urls = sum(1 for p in pairs[:40] if p["a"]["link"] != p["b"]["link"])
    assert len(merged) == other_urls > 30  # a copy under the same URL has nothing to list
    assert all("Also at:" in e.content[0].value for e in merged)

    assert main(["poll", "-c", str(config)]) == 0  # re-poll: re-parsed, nothing new
    assert {e.title: e.id for e in all_atom(config).entries} == ids
    b_items.reverse()  # a restart (new process, new store handle) and another order
    assert main(["poll", "-c", str(config)]) == 0
    assert {e.title: e.id for e in all_atom(config).entries} == ids


def test_cross_source_off_and_extra_tracking_parameters(
    web: Any, write_config: ConfigWriter, tmp_path: Path
) -> None:
    story = Item(
        "Hà Nội ra quân lập lại trật tự vỉa hè sau Tết",
        "https://tuoitrethudo.vn/via-he-1.html",
        "TTTĐ - Ngay sau kỳ nghỉ Tết Nguyên đán, các quận nội thành Hà Nội đã đồng "
        "loạt ra quân xử lý tình trạng lấn chiếm vỉa hè, lòng đường.",
        "g1",
    )
    copy = Item(
        story.title, "https://tuoitrethudo.vn/via-he-1.html?src=partner", story.description, "p1"
    )
    web.expect_request("/a.rss").respond_with_data(rss([story]))
    web.expect_request("/b.rss").respond_with_data(rss([copy]))
    sources = [{"name": n, "url": web.url_for(f"/{n}.rss")} for n in "ab"]

    off = write_config(
        sources=sources,
        dedupe={"cross_source": False},
        name="off.yaml",
        database=f"sqlite:///{tmp_path / 'off.db'}",
    )
    on = write_config(
        sources=sources, dedupe={"tracking_params": ["src"], "window": "24h"}, name="on.yaml"
    )
    assert main(["poll", "-c", str(off)]) == 0
    assert len(all_atom(off).entries) == 2
    assert main(["poll", "-c", str(on)]) == 0
    assert len(all_atom(on).entries) == 1


def test_duplicates_command_shows_each_group_with_its_rules(
    web: Any, write_config: ConfigWriter, capsys: Any
) -> None:
    pair = corpus_stories()[0]
    web.expect_request("/a.rss").respond_with_data(rss([item(pair["a"])]))
    web.expect_request("/b.rss").respond_with_data(rss([item(pair["b"])]))
    config = write_config(sources=[{"name": n, "url": web.url_for(f"/{n}.rss")} for n in "ab"])
    assert main(["poll", "-c", str(config)]) == 0
    capsys.readouterr()
    assert main(["duplicates", "-c", str(config), "--since", "7d"]) == 0
    out = capsys.readouterr().out
    assert pair["a"]["title"] in out
    copies = {tuple(line.split()[-3:-1]) for line in out.splitlines() if line.startswith("  ")}
    assert copies in (  # both sources are polled at once: either may come first
        {("[first]", "a:"), ("[text]", "b:")},
        {("[first]", "b:"), ("[text]", "a:")},
    )
    assert out.rstrip().endswith("UTC") and "1 merged stories" in out


def test_an_edit_of_any_copy_updates_the_merged_entry(web: Any, write_config: ConfigWriter) -> None:
    pair = corpus_stories()[0]
    first, second = item(pair["a"]), item(pair["b"])
    web.expect_request("/a.rss").respond_with_data(rss([first]))
    b_items = [second]
    web.expect_request("/b.rss").respond_with_handler(lambda r: Response(rss(b_items)))
    config = write_config(sources=[{"name": n, "url": web.url_for(f"/{n}.rss")} for n in "ab"])
    assert main(["poll", "-c", str(config)]) == 0
    [before] = all_atom(config).entries

    edited = item(pair["b"])
    edited.title = second.title + " (cập nhật)"
    b_items[0] = edited
    assert main(["poll", "-c", str(config), "--source", "b"]) == 0
    [after] = all_atom(config).entries
    assert after.id == before.id and after.title == edited.title
    assert after.updated_parsed >= before.updated_parsed
