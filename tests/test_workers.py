"""pipeline.Workers: fetched feeds prepared and stored in batches, in processes or a thread."""

from __future__ import annotations

import asyncio
import ctypes
import os
import signal
import subprocess
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import psutil
import pytest
from samples import Item, rss

from feeds import dedupe, schedule
from feeds.errors import FeedsError, StoreError
from feeds.model import Fetched
from feeds.pipeline import Document, Due, Job, Spec, Stored, Workers, Writer, batch_share
from feeds.store import Counts, SourceConfig, Store, Write

NOW = datetime(2024, 2, 27, 9, 0, tzinfo=UTC)
SPEC = Spec("Asia/Ho_Chi_Minh", frozenset(), (), frozenset())
DUE = Due(900.0, schedule.Policy(), None, 0.5)


def open_store(tmp_path: Path, sources: int) -> tuple[str, Store, list[int]]:
    url = f"sqlite:///{tmp_path / 'feeds.db'}"
    store = Store.open(url)
    store.sync_sources(
        [SourceConfig(f"s{i}", f"https://x.vn/{i}.rss") for i in range(sources)],
        [],
        first_due=lambda name: NOW,
    )
    return url, store, [s.id for s in store.sources()]


def job(source_id: int) -> Job:
    """A feed of one story of its own."""
    body = rss([Item(f"Tin riêng số {source_id} hôm nay", f"https://x.vn/{source_id}.html")])
    feed = "https://x.vn/a.rss"
    fetched = Fetched(url=feed, final_url=feed, status=200, body=body)
    fields = {"last_status": 200, "last_fetch": NOW}
    return Job(source_id, (Document(fetched, "feed"),), SPEC, NOW, 0, dedupe.Policy(), fields, DUE)


def worker_processes() -> list[psutil.Process]:
    return [
        p
        for p in psutil.Process().children(recursive=True)
        if "resource_tracker" not in " ".join(p.cmdline())
    ]


def test_jobs_arriving_while_the_worker_is_busy_share_one_transaction(tmp_path: Path) -> None:
    url, store, ids = open_store(tmp_path, sources=10)
    batches: list[int] = []
    write = store.write

    def counted(writes: Sequence[Write]) -> list[Counts | Exception]:
        batches.append(len(writes))
        return write(writes)

    store.write = counted  # type: ignore[method-assign]
    workers = Workers(store, url, processes=0)

    async def run() -> list[Stored]:
        return list(await asyncio.gather(*(workers.store_job(job(i)) for i in ids)))

    results = asyncio.run(run())
    assert [r.counts.new if r.counts else r.error for r in results] == [1] * 10
    assert batches == [1, 9]  # the first went at once; the others waited for it, together
    assert store.count_entries() == 10
    assert {s.last_status for s in store.sources()} == {200}
    store.close()


@pytest.mark.parametrize(
    ("waiting", "workers", "takes"),
    [
        (200, 2, 48),  # enough for every worker: full batches
        (96, 2, 48),
        (70, 2, 35),  # the end of a poll: equal shares
        (35, 1, 35),  # one worker takes what is left, up to a batch
        (3, 2, 2),
        (1, 2, 1),  # the first job goes at once, alone
        (9, 1, 9),
    ],
)
def test_a_free_worker_takes_a_full_batch_or_an_equal_share(
    waiting: int, workers: int, takes: int
) -> None:
    assert batch_share(waiting, workers, batch=48) == takes


def test_the_last_jobs_of_a_poll_are_shared_out_evenly() -> None:
    """Two workers taking turns as each frees up: the jobs left after the full batches go
    to both, each batch no larger than the one before, and none is lost or taken twice."""
    waiting, taken = 130, []
    while waiting:
        take = batch_share(waiting, 2, batch=48)
        taken.append(take)
        waiting -= take
    assert taken == [48, 41, 21, 10, 5, 3, 1, 1]
    assert sum(taken) == 130


def test_a_killed_worker_process_fails_its_batch_and_is_replaced(tmp_path: Path) -> None:
    url, store, ids = open_store(tmp_path, sources=3)
    workers = Workers(store, url, processes=1)

    async def run() -> list[Stored]:
        first = await workers.store_job(job(ids[0]))
        [worker] = worker_processes()
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait(10)
        lost = await workers.store_job(job(ids[1]))
        again = await workers.store_job(job(ids[1]))
        return [first, lost, again]

    try:
        first, lost, again = asyncio.run(run())
    finally:
        workers.close(wait=True)
    assert first.counts is not None and first.counts.new == 1
    assert isinstance(lost.error, FeedsError) and "worker process died" in str(lost.error)
    assert again.counts is not None and again.counts.new == 1  # a new worker took over
    assert store.count_entries() == 2
    store.close()


def test_the_writer_stores_a_cancelled_wait_and_raises_a_failure(tmp_path: Path) -> None:
    """Outcomes arriving together share a transaction; one whose wait was cancelled is
    still recorded; a poll whose outcome could not be stored gets the store's error."""
    _, store, ids = open_store(tmp_path, sources=4)
    writer = Writer(store)

    async def together() -> list[Counts]:
        waits = [writer.write(Write(i, {"last_status": 304, "last_fetch": NOW})) for i in ids[1:]]
        waits[-1].cancel()
        return list(await asyncio.gather(*waits[:-1]))

    async def failing() -> Counts:
        return await writer.write(Write(ids[0], {"no_such_column": 1}))

    assert all(isinstance(c, Counts) for c in asyncio.run(together()))
    with pytest.raises(StoreError, match="no_such_column"):
        asyncio.run(failing())
    statuses = {s.id: s.last_status for s in store.sources()}
    assert statuses == {ids[0]: None, ids[1]: 304, ids[2]: 304, ids[3]: 304}
    store.close()


MALLINFO_PROBE = """
import ctypes, sys

class Mallinfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd",
        "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]

libc = ctypes.CDLL(None)
libc.mallinfo2.restype = Mallinfo2

def held():
    info = libc.mallinfo2()
    return info.arena + info.hblkhd

if sys.argv[1] == "mapped":
    from feeds.pipeline import map_large_blocks
    map_large_blocks()
pickle = bytearray(4_000_000)  # a batch's jobs, unpickled and freed
del pickle
before = held()
bodies, kept = [], []
for _ in range(200):
    bodies.append(bytearray(100_000))  # a feed's body in the bench corpus
    kept.append(bytearray(2_000))  # what outlives it: an entry's text, say
del bodies
print(held() - before)
"""


@pytest.mark.parametrize(("mode", "mapped"), [("mapped", True), ("default", False)])
def test_a_worker_gives_back_the_memory_of_freed_feed_bodies(mode: str, mapped: bool) -> None:
    """200 bodies of 100 KB freed, with small blocks that outlive them between: a worker
    holds nearly none of their 20 MB afterwards, where glibc's defaults (the threshold
    raised by a freed 4 MB block) keep it all in the heap. The default run shows the probe
    can tell the two apart."""
    if not hasattr(ctypes.CDLL(None), "mallinfo2"):
        pytest.skip("mallinfo2 needs glibc 2.33 or newer")
    probe = subprocess.run(
        [sys.executable, "-c", MALLINFO_PROBE, mode],
        capture_output=True,
        text=True,
        check=True,
    )
    held = int(probe.stdout)
    assert (held < 2_000_000) if mapped else (held > 10_000_000)
