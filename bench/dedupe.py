#!/usr/bin/env python3
"""Ingest throughput with de-duplication, on an empty store and on a store of 1,000,000 entries.

    python bench/dedupe.py                      # SQLite and PostgreSQL, 100,000 entries, 30 % dups
    python bench/dedupe.py --db sqlite --entries 20000 --prefill 200000

What it measures: ``Store.ingest`` with ``dedupe.decide``, exactly as the
pipeline calls them, feed by feed (batches of 50 entries from 2,000 sources),
for N entries of which 30 % are copies of earlier stories in another source
(a third each: the same link with tracking parameters and another scheme; the
same text under another URL; an edited title over the same lead). The entries
are normalised before the clock starts: this is the store and dedupe cost.

Run twice per database: into an empty store, then into a store pre-filled with
``--prefill`` stories (bulk-inserted with SQLAlchemy Core, published over the
same 30 days, so the windowed lookups meet a realistic density). The ratio
prefilled/empty shows whether lookups stay indexed: a scan of the store would
make it fall with the store's size. The acceptance line is a ratio above 0.5.

PostgreSQL: ``$FEEDS_BENCH_POSTGRES_URL`` (default
postgresql+psycopg://postgres@127.0.0.1:5432/test); a scratch database is
created and dropped.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import insert, text

from feeds import dedupe
from feeds.model import Entry, ParsedEntry
from feeds.normalize import Context, normalize_entry
from feeds.store import SourceConfig, Store, key_hash
from feeds.store.models import COPIES, ENTRIES

WORK = Path(__file__).parent / ".work"
NOW = datetime(2025, 7, 31, tzinfo=UTC)
SPAN = timedelta(days=30)
BATCH = 50
SOURCES = 2000
PG_URL = os.environ.get(
    "FEEDS_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
WORDS = [
    "Hà",
    "Nội",
    "TP.HCM",
    "Đà",
    "Nẵng",
    "Hải",
    "Phòng",
    "Cần",
    "Thơ",
    "Huế",
    "quận",
    "huyện",
    "phường",
    "xã",
    "Sở",
    "Bộ",
    "UBND",
    "Công",
    "an",
    "Trung",
    "tâm",
    "tăng",
    "cường",
    "triển",
    "khai",
    "kiểm",
    "tra",
    "xử",
    "lý",
    "hỗ",
    "trợ",
    "người",
    "dân",
    "học",
    "sinh",
    "bệnh",
    "viện",
    "trường",
    "học",
    "giao",
    "thông",
    "mưa",
    "lớn",
    "nắng",
    "nóng",
    "an",
    "sinh",
    "phúc",
    "lợi",
    "doanh",
    "nghiệp",
    "xuất",
    "khẩu",
    "giá",
    "vàng",
    "lễ",
    "hội",
    "di",
    "tích",
    "du",
    "lịch",
    "metro",
    "cầu",
    "đường",
    "vỉa",
    "hè",
    "dự",
    "án",
    "vốn",
    "đầu",
    "tư",
    "thuế",
    "điện",
    "nước",
    "rác",
    "thải",
    "khởi",
    "tố",
    "bắt",
    "giữ",
    "cứu",
    "hộ",
    "cháy",
    "nổ",
    "sạt",
    "lở",
    "lũ",
    "quét",
    "bão",
    "áp",
    "thấp",
    "dự",
    "báo",
    "khí",
    "tượng",
    "chính",
    "sách",
]


@dataclass(frozen=True)
class Arrival:
    source: int
    entry: Entry


def story_words(rng: random.Random, n: int) -> list[str]:
    return [rng.choice(WORDS) for _ in range(n)]


def make_arrivals(count: int, dup_share: float, seed: int = 7) -> list[list[Arrival]]:
    """``count`` entries in batches of ``BATCH`` per source; ``dup_share`` are copies."""
    rng = random.Random(seed)
    tz = ZoneInfo("Asia/Ho_Chi_Minh")
    originals: list[ParsedEntry] = []
    raw: list[tuple[int, ParsedEntry]] = []
    for i in range(count):
        published = NOW - SPAN * rng.random()
        stamp = published.isoformat()
        if originals and rng.random() < dup_share:
            base = rng.choice(originals)
            kind = rng.randrange(3)
            link = base.link or ""
            title: str | None
            summary: str | None
            if kind == 0:
                link = link.replace("https://", "http://www.") + "?utm_source=bench"
                title, summary = "Khác hẳn " + (base.title or ""), "Tóm tắt khác"
            elif kind == 1:
                link = f"https://aggregator.vn/c/{i}.epi"
                title, summary = base.title, base.summary
            else:
                link = f"https://partner.vn/{i}.html"
                title, summary = f"Cập nhật: {base.title}", base.summary
            item = ParsedEntry(
                guid=None,
                link=link,
                title=title,
                summary=summary,
                content=None,
                published_text=base.published_text,
            )
        else:
            title = f"{' '.join(story_words(rng, 8))} mã {i}"
            summary = f"TTTĐ - Tin số {i}: {' '.join(story_words(rng, 30))}."
            item = ParsedEntry(
                guid=None,
                link=f"https://tuoitrethudo.vn/tin-{i}.html",
                title=title,
                summary=summary,
                content=None,
                published_text=stamp,
            )
            originals.append(item)
        raw.append((rng.randrange(SOURCES), item))
    by_source: dict[int, list[Arrival]] = {}
    for source, item in raw:
        ctx = Context(base_url=item.link or "", tz=tz, now=NOW)
        by_source.setdefault(source, []).append(Arrival(source, normalize_entry(item, ctx)))
    batches: list[list[Arrival]] = []
    for arrivals in by_source.values():
        batches.extend(arrivals[i : i + BATCH] for i in range(0, len(arrivals), BATCH))
    rng.shuffle(batches)
    return batches


def prefill(store: Store, count: int, seed: int = 11) -> None:
    """Bulk-insert ``count`` stories of one copy each, published over SPAN."""
    rng = random.Random(seed)
    first_source = store.source("s0")
    assert first_source is not None
    chunk = 20000
    for start in range(0, count, chunk):
        entries, copies = [], []
        for i in range(start, min(start + chunk, count)):
            published = NOW - SPAN * rng.random()
            entries.append(
                {
                    "uid": f"urn:uuid:{uuid.uuid4()}",
                    "title": f"pf {i}",
                    "link": f"https://prefill.vn/{i}.html",
                    "summary": "",
                    "content": "",
                    "published": published,
                    "updated": published,
                    "first_seen": NOW,
                }
            )
        with store.engine.begin() as conn:
            ids = conn.scalars(
                insert(ENTRIES).returning(ENTRIES.c.id, sort_by_parameter_order=True), entries
            )
            for i, entry_id in enumerate(ids, start=start):
                text_key = f"prefill {i}|{' '.join(story_words(rng, 12))}"
                lead_key = f"prefill {i} {' '.join(story_words(rng, 7))}"
                copies.append(
                    {
                        "entry_id": entry_id,
                        "source_id": first_source.id + i % SOURCES,
                        "key": f"https://prefill.vn/{i}.html",
                        "link": f"https://prefill.vn/{i}.html",
                        "canonical_link": f"prefill.vn/{i}.html",
                        "title": f"pf {i}",
                        "text_key": text_key,
                        "lead_key": lead_key,
                        # looked up by these (migration 0004), as the store writes them
                        "link_hash": key_hash(f"prefill.vn/{i}.html"),
                        "text_hash": key_hash(text_key),
                        "lead_hash": key_hash(lead_key),
                        "content_hash": f"{i:032x}",
                        "published": entries[i - start]["published"],
                        "first_seen": NOW,
                        "primary": True,
                        "rule": None,
                    }
                )
            conn.execute(insert(COPIES), copies)
        print(f"  prefill {min(start + chunk, count):>9,}/{count:,}", end="\r", flush=True)
    print()


def settle(store: Store) -> None:
    """Let the bulk-loaded store settle as one grown over months would be: statistics
    gathered, dead tuples vacuumed, dirty pages checkpointed. Without it PostgreSQL's
    autovacuum and checkpointer work through the million new rows during the measurement."""
    if store.dialect == "postgresql":
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
            conn.execute(text("CHECKPOINT"))
    else:
        with store.engine.connect() as conn:
            conn.execute(text("ANALYZE"))
            conn.commit()  # a checkpoint cannot run inside this connection's write
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))


def ingest(store: Store, batches: list[list[Arrival]]) -> tuple[float, int, int]:
    policy = dedupe.Policy()
    ids = {s.name: s.id for s in store.sources()}
    new = duplicate = 0
    started = time.perf_counter()
    for batch in batches:
        source_id = ids[f"s{batch[0].source}"]
        entries = [a.entry for a in batch]
        decide = partial(dedupe.decide, entries, source_id=source_id, priority=0, policy=policy)
        counts = store.ingest(source_id, entries, decide, now=NOW, window=policy.window)
        new, duplicate = new + counts.new, duplicate + counts.duplicate
    return time.perf_counter() - started, new, duplicate


@contextmanager
def database(kind: str, label: str) -> Iterator[str]:
    if kind == "sqlite":
        WORK.mkdir(parents=True, exist_ok=True)
        path = WORK / f"dedupe-{label}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        yield f"sqlite:///{path}"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    import psycopg

    admin = PG_URL.replace("postgresql+psycopg://", "postgresql://")
    name = f"feeds_bench_{label}_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
    try:
        yield f"{PG_URL.rpartition('/')[0]}/{name}"
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(kind: str, batches: list[list[Arrival]], prefill_count: int) -> dict[str, float]:
    result: dict[str, float] = {}
    for label, size in (("empty", 0), ("prefilled", prefill_count)):
        with database(kind, label) as url:
            store = Store.open(url)
            store.sync_sources(
                [SourceConfig(f"s{i}", f"https://b.vn/{i}.rss") for i in range(SOURCES)],
                [],
                first_due=lambda name: NOW,
            )
            if size:
                prefill(store, size)
                settle(store)
            seconds, new, dup = ingest(store, batches)
            total = sum(len(b) for b in batches)
            result[label] = total / seconds
            print(
                f"  {kind:10} {label:9} store {size:>9,}: {total:,} entries in {seconds:6.1f} s"
                f" = {total / seconds:7.0f} entries/s ({new:,} new, {dup:,} merged)"
            )
            store.close()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--prefill", type=int, default=1_000_000)
    parser.add_argument("--dup", type=float, default=0.3)
    args = parser.parse_args()
    print(f"generating {args.entries:,} entries ({args.dup:.0%} copies)...")
    batches = make_arrivals(args.entries, args.dup)
    kinds = ["sqlite", "postgresql"] if args.db == "both" else [args.db]
    rows = []
    for kind in kinds:
        result = run(kind, batches, args.prefill)
        rows.append((kind, result["empty"], result["prefilled"]))
    print()
    print(f"| store | empty (entries/s) | {args.prefill:,} stored (entries/s) | ratio |")
    print("|---|---|---|---|")
    ok = True
    for kind, empty, full in rows:
        ratio = full / empty
        ok &= ratio > 0.5
        print(f"| {kind} | {empty:,.0f} | {full:,.0f} | {ratio:.2f} |")
    print(f"\nratio above 0.5 on every store: {'yes' if ok else 'NO'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
