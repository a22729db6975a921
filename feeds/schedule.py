"""When is a source next due. Pure: every input, the clock and the dice included, is passed in.

* First polls are spread by a stable hash of the source name, so a fresh
  start with ten thousand sources does not fire them all in the first second.
* After a success the interval is the configured one, raised to what the feed
  asks for (RSS ``<ttl>``, ``sy:updatePeriod``, ``Cache-Control: max-age``)
  and, when adaptive, set from the observed publishing rate; always within
  ``[min_interval, max_interval]``, with +-jitter so sources drift apart.
* After a failure the wait doubles per consecutive error (capped at
  ``max_interval``), a ``Retry-After`` is honoured, and repeated 404s go
  straight to the cap. One success resets it.
"""

from __future__ import annotations

import email.utils
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

#: Sources whose first poll may start per second on a fresh start.
START_RATE = 20.0
#: A full (unconditional) fetch at least this often: some servers answer 304 forever.
UNCONDITIONAL_EVERY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Policy:
    """Scheduling settings, from ``polling:`` in the config."""

    min_interval: float = 60.0
    max_interval: float = 86400.0
    jitter: float = 0.1
    adaptive: bool = False


def stable_fraction(name: str) -> float:
    """A number in [0, 1) fixed for a name: the same on every host and every restart."""
    digest = hashlib.blake2b(name.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


def first_due(name: str, interval: float, now: datetime, *, sources: int) -> datetime:
    """Due time of a source never polled: spread over at most one interval."""
    spread = min(interval, sources / START_RATE)
    return now + timedelta(seconds=spread * stable_fraction(name))


def interval_after_success(
    configured: float,
    policy: Policy,
    *,
    feed_ttl: float | None = None,
    max_age: float | None = None,
    entries_per_day: float | None = None,
) -> float:
    """Seconds until the next poll of a source that just answered."""
    interval = configured
    if policy.adaptive and entries_per_day is not None:
        interval = 86400.0 / entries_per_day if entries_per_day > 0 else policy.max_interval
    for hint in (feed_ttl, max_age):
        if hint is not None and hint > interval:
            interval = hint
    return min(max(interval, policy.min_interval), policy.max_interval)


def interval_after_failure(
    configured: float,
    policy: Policy,
    *,
    errors: int,
    status: int | None = None,
    retry_after: float | None = None,
) -> float:
    """Seconds until the retry of a source that failed ``errors`` times in a row (>= 1)."""
    if status == 404 and errors >= 2:
        return policy.max_interval
    base = max(configured, policy.min_interval)
    interval = min(base * 2.0 ** max(errors - 1, 0), policy.max_interval)
    if retry_after is not None:
        interval = max(interval, min(retry_after, policy.max_interval))
    return interval


def with_jitter(seconds: float, policy: Policy, dice: float) -> float:
    """``seconds`` moved by up to +-jitter; ``dice`` is a uniform number in [0, 1)."""
    return seconds * (1.0 + policy.jitter * (2.0 * dice - 1.0))


def retry_after_seconds(header: str | None, now: datetime) -> float | None:
    """Read Retry-After, either delay-seconds or an HTTP date."""
    if not header or not header.strip():
        return None
    value = header.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - now).total_seconds(), 0.0)


def needs_unconditional(last_unconditional: datetime | None, now: datetime) -> bool:
    """Whether to drop the validators this time."""
    return last_unconditional is None or now - last_unconditional >= UNCONDITIONAL_EVERY


def entries_per_day(published: list[datetime], now: datetime, days: int = 7) -> float:
    """Observed publishing rate over the last ``days`` days."""
    since = now - timedelta(days=days)
    return sum(1 for p in published if since < p <= now) / days
