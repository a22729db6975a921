#!/usr/bin/env python3
"""Feed parsing throughput: feeds' lxml reader against feedparser, on the polling corpus.

    python bench/parse.py [--feeds 300]

Reads the first N feeds of the corpus that ``bench/poll.py`` generated (run it once, any
N), parses each with feedparser (the reference) and with ``feeds.parse.fast`` in the same
process, one after the other, and prints feeds/s and entries/s for both and their ratio,
plus ``prepare`` (parse + normalise + categorise, what a poll does per feed) with the fast
reader, and how it compares with feedparser on this CPU (it moves from one VM to the next,
and the cold ratio of ``bench/poll.py`` with it).
Both readers give identical normalised entries on this corpus
(``tests/test_parse_fast.py``).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from feeds.parse.fast import parse_fast
from feeds.parse.feed import parse_feed

CORPUS = Path(__file__).parent / ".corpus"


def corpus_files(count: int) -> list[bytes]:
    roots = sorted(CORPUS.glob("n*-e50-*"), key=lambda p: int(p.name[1:].split("-")[0]))
    if not roots:
        sys.exit("no corpus: run `python bench/poll.py --feeds 1000 --pollers ''` once")
    files = sorted((roots[-1] / "www").rglob("*.xml"))[:count]
    return [f.read_bytes() for f in files]


def rate(label: str, bodies: list[bytes], parse: Callable[[bytes], int]) -> float:
    started = time.perf_counter()
    entries = sum(parse(body) for body in bodies)
    seconds = time.perf_counter() - started
    print(f"  {label:28} {len(bodies) / seconds:8.1f} feeds/s  {entries / seconds:9.0f} entries/s")
    return len(bodies) / seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=300)
    args = parser.parse_args()
    bodies = corpus_files(args.feeds)
    size = sum(map(len, bodies)) / len(bodies) / 1024
    print(f"{len(bodies)} feeds of the polling corpus, {size:.0f} KB each on average")
    reference = rate("feedparser 6", bodies, lambda b: len(parse_feed(b, url="http://x/").entries))
    fast = rate("feeds.parse.fast (lxml)", bodies, lambda b: len(parse_fast(b).entries))

    from feeds.categorize import Rule
    from feeds.model import Fetched
    from feeds.pipeline import Document, Spec, prepare

    spec = Spec("Asia/Ho_Chi_Minh", frozenset(), (Rule.build("t", [], ["mưa lớn"]),), frozenset())
    now = datetime.now(UTC)

    def prepared(body: bytes) -> int:
        fetched = Fetched(url="http://x/a.xml", final_url="http://x/a.xml", status=200, body=body)
        return len(prepare([Document(fetched, "feed")], spec, now).entries)

    whole = rate("prepare (fast reader)", bodies, prepared)
    print(f"\nfast / feedparser: {fast / reference:.1f}x; prepare per feed: {1000 / whole:.1f} ms")
    # reader's cold poll is mostly feedparser, feeds' mostly prepare: how their speeds compare
    # on this machine's CPU moves the cold ratio of bench/poll.py before any contention.
    print(f"prepare / feedparser, one thread: {whole / reference:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
