"""The ceiling: one phase of a bare aiohttp fetch of every feed URL, run by ``bench/poll.py``.

Why it exists: it is the fastest a Python asyncio poller can go on this
machine against this server (same client library and event loop as
``feeds``), with no parsing and no storage. The gap between it and ``feeds``
is what parsing, normalising, de-duplicating and storing cost.

cold: GET every URL, read the body fully, save ETag and Last-Modified.
warm / changed: GET every URL with If-None-Match / If-Modified-Since from the
cold pass (expect 304, except for the changed feeds).

Prints one JSON line: phase, seconds, status counts, body bytes, errors.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections import Counter
from pathlib import Path

import aiohttp


async def fetch_all(
    urls: list[str], validators: dict[str, list[str | None]], connections: int
) -> tuple[Counter[int], int, list[str], dict[str, list[str | None]]]:
    statuses: Counter[int] = Counter()
    errors: list[str] = []
    seen: dict[str, list[str | None]] = {}
    total = 0
    connector = aiohttp.TCPConnector(limit=connections, limit_per_host=connections)
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:

        async def one(url: str) -> None:
            nonlocal total
            headers: dict[str, str] = {}
            etag, modified = validators.get(url, [None, None])
            if etag:
                headers["If-None-Match"] = etag
            if modified:
                headers["If-Modified-Since"] = modified
            try:
                async with session.get(url, headers=headers) as response:
                    body = await response.read()
                    total += len(body)
                    statuses[response.status] += 1
                    seen[url] = [
                        response.headers.get("ETag"),
                        response.headers.get("Last-Modified"),
                    ]
            except (aiohttp.ClientError, TimeoutError) as exc:
                errors.append(f"{url}: {exc!r}")

        await asyncio.gather(*(one(u) for u in urls))
    return statuses, total, errors, seen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--urls", required=True, type=Path, help="one feed URL per line")
    parser.add_argument("--phase", required=True, choices=["cold", "warm", "changed"])
    parser.add_argument("--validators", required=True, type=Path, help="JSON, written by cold")
    parser.add_argument("--connections", type=int, default=64)
    args = parser.parse_args()
    urls = args.urls.read_text().split()
    validators = {} if args.phase == "cold" else json.loads(args.validators.read_text())
    started = time.perf_counter()
    statuses, total, errors, seen = asyncio.run(fetch_all(urls, validators, args.connections))
    seconds = time.perf_counter() - started
    if args.phase == "cold":
        args.validators.write_text(json.dumps(seen))
    print(
        json.dumps(
            {
                "phase": args.phase,
                "seconds": seconds,
                "statuses": {str(k): v for k, v in sorted(statuses.items())},
                "bytes": total,
                "errors": len(errors),
                "first_errors": errors[:5],
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
