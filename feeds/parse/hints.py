"""What a feed says about how often to poll it, read the same way by every feed reader."""

from __future__ import annotations

_PERIOD_SECONDS = {
    "hourly": 3600,
    "daily": 86400,
    "weekly": 604800,
    "monthly": 2592000,
    "yearly": 31536000,
}


def poll_interval(ttl: str | None, period: str | None, frequency: str | None) -> int | None:
    """Seconds between polls asked for by RSS ``<ttl>`` (minutes), else by
    ``sy:updatePeriod`` / ``sy:updateFrequency``; None when the feed says nothing usable."""
    ttl = (ttl or "").strip()
    if ttl.isdigit() and int(ttl) > 0:
        return int(ttl) * 60
    seconds = _PERIOD_SECONDS.get((period or "").strip().lower())
    if seconds is None:
        return None
    count = (frequency or "1").strip()
    return seconds // (int(count) if count.isdigit() and int(count) > 0 else 1)
