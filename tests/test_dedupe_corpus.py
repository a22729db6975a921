"""dedupe on the labelled corpus (tests/data/dedupe/pairs.jsonl): precision >= 0.995, recall
>= 0.95. Each pair is judged the way the pipeline would: b arrives while a is stored."""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import conftest

from feeds.dedupe import Policy, decide
from feeds.model import Action, Candidate, Entry, ParsedEntry
from feeds.normalize import Context, normalize_entry

PAIRS = Path(__file__).parent / "data" / "dedupe" / "pairs.jsonl"
HCM = ZoneInfo("Asia/Ho_Chi_Minh")


def entry(side: dict[str, Any]) -> Entry:
    published = datetime.fromisoformat(side["published"])
    ctx = Context(base_url=side["link"], tz=HCM, now=published)
    raw = ParsedEntry(
        guid=side["guid"] or None,
        link=side["link"],
        title=side["title"],
        summary=side["summary"],
        content=None,
        published_text=side["published"],
    )
    return normalize_entry(raw, ctx)


def judged_duplicate(pair: dict[str, Any]) -> tuple[bool, str | None]:
    a, b = entry(pair["a"]), entry(pair["b"])
    sources = {pair["a"]["source"]: 1}
    sources.setdefault(pair["b"]["source"], 2)
    stored = Candidate(
        entry_id=1,
        source_id=1,
        key=a.key,
        canonical_link=a.canonical_link,
        content_hash=a.content_hash,
        text_key=a.text_key,
        lead_key=a.lead_key,
        published=a.published,
        primary=True,
        primary_priority=0,
    )
    [decision] = decide(
        [b], [stored], source_id=sources[pair["b"]["source"]], priority=0, policy=Policy()
    )
    return decision.action is not Action.INSERT, decision.rule


def test_precision_and_recall_on_the_labelled_corpus() -> None:
    pairs = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line]
    assert len(pairs) >= 300
    outcome: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    mistakes = []
    for pair in pairs:
        predicted, rule = judged_duplicate(pair)
        actual = pair["label"] == "duplicate"
        outcome[("t" if predicted == actual else "f") + ("p" if predicted else "n")] += 1
        if predicted:
            rules[str(rule)] += 1
        if predicted != actual:
            mistakes.append(f"{pair['id']} {pair['kind']} ({'merged' if predicted else 'missed'})")
    precision = outcome["tp"] / max(outcome["tp"] + outcome["fp"], 1)
    recall = outcome["tp"] / max(outcome["tp"] + outcome["fn"], 1)
    conftest.REPORT.append(
        f"dedupe corpus: {len(pairs)} pairs, precision {precision:.4f}, recall {recall:.4f} "
        f"(tp {outcome['tp']}, fp {outcome['fp']}, fn {outcome['fn']}, tn {outcome['tn']}); "
        f"merged by rule: {dict(rules)}"
    )
    assert precision >= 0.995, mistakes
    assert recall >= 0.95, mistakes
