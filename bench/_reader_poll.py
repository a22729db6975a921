"""One phase of the reference poller, lemon24's reader, run by ``bench/poll.py``.

Why a separate process per phase: peak resident memory is read by the parent
from the kernel (``wait4``) for this process alone, and every poller pays its
own interpreter start and imports, as ``feeds poll`` does.

reader fetches with ``requests`` in ``workers`` threads and parses with its
vendored feedparser; storage is SQLite. ``scheduled=False`` makes it update
every feed on every call (by default it would skip feeds polled within the
last hour, and the warm and changed phases would measure nothing).

Prints one JSON line: phase, seconds (in-process), setup seconds (add_feed),
new and modified entries, feeds not modified, errors, entries stored.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--urls", required=True, type=Path, help="one feed URL per line")
    parser.add_argument("--phase", required=True, choices=["cold", "warm", "changed"])
    parser.add_argument("--workers", type=int, default=8)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    # requests keeps 10 connections per host; more worker threads log "pool is full".
    logging.getLogger("urllib3.connectionpool").setLevel(logging.ERROR)

    try:
        from reader import make_reader
    except ImportError as exc:
        print(
            f"error: reader is not importable ({exc}); "
            "pip install 'reader>=3.26' sgmllib3k (3.27 needs Python 3.12)",
            file=sys.stderr,
        )
        return 3

    urls = args.urls.read_text().split()
    started = time.perf_counter()
    reader = make_reader(str(args.db))
    setup = 0.0
    if args.phase == "cold":
        for url in urls:
            reader.add_feed(url, exist_ok=True)
        setup = time.perf_counter() - started
    new = modified = not_modified = 0
    errors: list[str] = []
    for result in reader.update_feeds_iter(scheduled=False, workers=args.workers):
        value = result.value
        if value is None:
            not_modified += 1
        elif isinstance(value, Exception):
            errors.append(f"{result.url}: {value}")
        else:
            new += value.new
            modified += value.modified
    seconds = time.perf_counter() - started
    stored = reader.get_entry_counts().total
    reader.close()
    print(
        json.dumps(
            {
                "phase": args.phase,
                "workers": args.workers,
                "seconds": seconds,
                "setup_seconds": setup,
                "new": new,
                "modified": modified,
                "not_modified": not_modified,
                "errors": len(errors),
                "first_errors": errors[:5],
                "stored": stored,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
