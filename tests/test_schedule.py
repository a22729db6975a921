"""schedule: pure due-time decisions, as tables."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from feeds.schedule import (
    Policy,
    entries_per_day,
    first_due,
    interval_after_failure,
    interval_after_success,
    needs_unconditional,
    retry_after_seconds,
    stable_fraction,
    with_jitter,
)

NOW = datetime(2024, 2, 27, 7, 46, tzinfo=UTC)
P = Policy(min_interval=60, max_interval=86400, jitter=0.1)


@pytest.mark.parametrize(
    ("errors", "status", "retry_after", "expected"),
    [
        (1, 500, None, 900),
        (2, 500, None, 1800),
        (3, None, None, 3600),
        (7, 500, None, 57600),
        (8, 500, None, 86400),
        (30, 500, None, 86400),  # capped
        (1, 429, 7200.0, 7200),
        (3, 503, 60.0, 3600),  # Retry-After is a minimum
        (1, 429, 10**9, 86400),  # ... within the cap
        (1, 404, None, 900),
        (2, 404, None, 86400),  # repeated 404s go to the cap
    ],
)
def test_backoff(
    errors: int, status: int | None, retry_after: float | None, expected: float
) -> None:
    assert (
        interval_after_failure(900, P, errors=errors, status=status, retry_after=retry_after)
        == expected
    )


@pytest.mark.parametrize(
    ("configured", "kwargs", "expected"),
    [
        (900, {}, 900),
        (900, {"feed_ttl": 3600}, 3600),  # the feed asks for less frequent polls
        (900, {"feed_ttl": 60}, 900),  # never more often than configured
        (900, {"max_age": 1800}, 1800),
        (10, {}, 60),  # min_interval
        (900, {"feed_ttl": 10**7}, 86400),  # max_interval
        (900, {"entries_per_day": 48.0}, 900),  # adaptive off: ignored
    ],
)
def test_interval_after_success(
    configured: float, kwargs: dict[str, float], expected: float
) -> None:
    assert interval_after_success(configured, P, **kwargs) == expected


@pytest.mark.parametrize(
    ("rate", "expected"), [(96.0, 900), (24.0, 3600), (1.0, 86400), (0.0, 86400), (10000.0, 60)]
)
def test_adaptive_interval_follows_publishing_rate(rate: float, expected: float) -> None:
    adaptive = Policy(min_interval=60, max_interval=86400, adaptive=True)
    assert interval_after_success(900, adaptive, entries_per_day=rate) == expected


def test_jitter_bounds() -> None:
    assert with_jitter(1000, P, 0.0) == 900
    assert with_jitter(1000, P, 0.5) == 1000
    assert with_jitter(1000, P, 0.999999) == pytest.approx(1100, abs=0.01)


def test_first_polls_are_spread_stably() -> None:
    names = [f"source-{i}" for i in range(10000)]
    dues = [first_due(n, 900, NOW, sources=len(names)) for n in names]
    assert dues == [first_due(n, 900, NOW, sources=len(names)) for n in names]
    offsets = sorted((d - NOW).total_seconds() for d in dues)
    assert offsets[0] >= 0 and offsets[-1] <= 500  # 10,000 sources at 20/s
    in_first_second = sum(1 for o in offsets if o < 1)
    assert in_first_second < 60
    assert first_due("a", 900, NOW, sources=2) - NOW <= timedelta(seconds=0.1)
    assert 0 <= stable_fraction("x") < 1


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("120", 120.0),
        ("0", 0.0),
        (" 30 ", 30.0),
        ("Tue, 27 Feb 2024 08:46:00 GMT", 3600.0),
        ("Tue, 27 Feb 2024 06:00:00 GMT", 0.0),  # in the past
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_retry_after(header: str | None, expected: float | None) -> None:
    assert retry_after_seconds(header, NOW) == expected


def test_unconditional_fetch_once_a_day() -> None:
    assert needs_unconditional(None, NOW)
    assert not needs_unconditional(NOW - timedelta(hours=23), NOW)
    assert needs_unconditional(NOW - timedelta(hours=24), NOW)


def test_entries_per_day() -> None:
    published = [NOW - timedelta(hours=h) for h in range(0, 24 * 10, 12)]
    assert entries_per_day(published, NOW) == 2.0
