"""Reading dates as news sites write them. Pure: the clock and the zone are arguments.

Used by ``normalize`` for every entry and by the fast feed parser to decide
whether it can read a document's dates itself.
"""

from __future__ import annotations

import email.utils
import functools
import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone, tzinfo

_DMY = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")
_YMD = re.compile(r"(?<!\d)(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)")
_WORDY = re.compile(
    r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?", re.IGNORECASE
)
_HM = re.compile(r"(?<![\d/.-])(\d{1,2})\s*[:hg]\s*(\d{2})(?::(\d{2}))?(?![\d/])", re.IGNORECASE)
_AGO = re.compile(r"(\d+)\s*(giây|phút|giờ|tiếng|ngày|tuần|tháng|năm)\s*trước", re.IGNORECASE)
_AGO_UNITS = {
    "giây": 1,
    "phút": 60,
    "giờ": 3600,
    "tiếng": 3600,
    "ngày": 86400,
    "tuần": 604800,
    "tháng": 2592000,
    "năm": 31536000,
}
_DAY_WORDS = {"hôm nay": 0, "hôm qua": 1, "hôm kia": 2}
_MONTHS = {
    name: number
    for number, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}
_RFC822 = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s*)?(\d{1,2})\s+("
    + "|".join(_MONTHS)
    + r")\s+([1-9]\d{3})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s+([+-]\d{4})"
)
_ISO_START = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]|$)")


def parse_date(text: str | None, tz: tzinfo, now: datetime) -> datetime | None:
    """Read a date as news sites write it; UTC-aware, or None when not understood.

    Zone-less dates are local times in ``tz``. Besides RFC 822 and ISO 8601 this
    reads the Vietnamese forms: ``27/02/2024 14:46``, ``Thứ ba, 27/02/2024 -
    14:46``, ``14:46 27/2/2024``, ``ngày 27 tháng 2 năm 2024``, ``2 giờ trước``,
    ``Hôm qua 08:15``.
    """
    if not text:
        return None
    cleaned, parsed = _standard_reading(text)
    if parsed is not None and parsed.tzinfo is not None:  # stated its zone: read in UTC
        return parsed
    if not cleaned:
        return None
    parsed = parsed or _vietnamese(cleaned, tz, now)
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=tz)
    return parsed.astimezone(UTC)


@functools.lru_cache(maxsize=4096)
def _standard_reading(text: str) -> tuple[str, datetime | None]:
    """The text cleaned (NFC, trimmed), and its reading as RFC 822 or ISO 8601 if it is one,
    in UTC when it states its zone. Neither depends on the zone or the clock, so both are
    remembered for the last texts read: the fast feed reader reads each date to know it
    can, then ``normalize`` reads it again (a tenth of preparing a feed)."""
    cleaned = unicodedata.normalize("NFC", text).strip()
    if not cleaned:
        return cleaned, None
    # An ISO date is never RFC 822: that spares email.utils' slow failure.
    parsed = _iso(cleaned) if _ISO_START.match(cleaned) else _rfc822(cleaned) or _iso(cleaned)
    if parsed is not None and parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC)
    return cleaned, parsed


def _rfc822(text: str) -> datetime | None:
    """RFC 822 as email.utils reads it; the form nearly every RSS feed writes
    (``Tue, 27 Feb 2024 14:46:00 +0700``) is read here directly, five times faster."""
    common = _RFC822.fullmatch(text)
    if common is not None and common.group(7) != "-0000":  # -0000: "zone unknown", naive
        day, month, year, hour, minute, second, zone = common.groups()
        try:
            return datetime(
                int(year),
                _MONTHS[month],
                int(day),
                int(hour),
                int(minute),
                int(second or 0),
                tzinfo=_offset(zone),
            )
        except ValueError:
            pass  # out of range: email.utils decides
    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


@functools.lru_cache(maxsize=64)
def _offset(zone: str) -> timezone:
    """``+0700`` as a timezone; a site writes one or two offsets, built once."""
    minutes = int(zone[1:3]) * 60 + int(zone[3:5])
    return timezone(timedelta(minutes=-minutes if zone[0] == "-" else minutes))


def _iso(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        return None


def _vietnamese(text: str, tz: tzinfo, now: datetime) -> datetime | None:
    lowered = text.lower()
    ago = _AGO.search(lowered)
    if ago:
        return now - timedelta(seconds=int(ago.group(1)) * _AGO_UNITS[ago.group(2)])
    local_now = now.astimezone(tz)
    day: tuple[int, int, int] | None = None
    for phrase, back in _DAY_WORDS.items():
        if phrase in lowered:
            d = (local_now - timedelta(days=back)).date()
            day = (d.year, d.month, d.day)
    if day is None and (m := _DMY.search(text)):
        day = (int(m.group(3)), int(m.group(2)), int(m.group(1)))
    if day is None and (m := _YMD.search(text)):
        day = (int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if day is None and (m := _WORDY.search(text)):
        day = (int(m.group(3) or local_now.year), int(m.group(2)), int(m.group(1)))
    if day is None:
        return None
    time_match = _HM.search(_DMY.sub(" ", _YMD.sub(" ", text)))
    hour, minute, second = (
        (int(time_match.group(1)), int(time_match.group(2)), int(time_match.group(3) or 0))
        if time_match
        else (0, 0, 0)
    )
    try:
        return datetime(day[0], day[1], day[2], hour, minute, second)
    except ValueError:
        return None
