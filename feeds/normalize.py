"""ParsedEntry -> Entry: one place where every format's output is made uniform.

Text is NFC (Vietnamese arrives in NFD and in windows-1258, whose tone marks
are combining characters), trimmed and whitespace-collapsed; dates are UTC,
with zone-less dates read in the configured timezone; links are absolute; HTML
is sanitised; and each entry gets the keys ``dedupe`` matches on. Pure: the
clock comes in as ``now``.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, tzinfo
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit

from feeds.dates import parse_date
from feeds.model import Entry, ParsedEntry
from feeds.sanitize import sanitize_html
from feeds.text import fold, fold_words, opening

#: Query parameters that only track the reader; the same article carries any mix of them.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "zarsrc",
        "gidzl",
        "ref",
        "ref_src",
        "amp",
        "_hsenc",
        "_hsmi",
        "cmpid",
        "icid",
    }
)
_HOST_PREFIXES = ("www.", "m.", "amp.", "mobile.")
_DEFAULT_PORTS = (":80", ":443")
_TAG = re.compile(r"<[^>]*>")
_BLOCK_END = re.compile(r"</(p|div|li|h[1-6]|br|tr|blockquote)\s*>|<br\s*/?>", re.IGNORECASE)
_AGENCY = re.compile(
    r"^\s*[\(\[]?[A-ZĐÀ-Ỹ0-9.]{2,12}(?:\s[A-ZĐÀ-Ỹ0-9.]{2,12}){0,2}[\)\]]?\s*[-–—:]\s+"
)
_MAX_FUTURE = timedelta(minutes=10)
_LEAD_WORDS = 40
#: An absolute http(s) URL that urljoin gives back as it is: no space or control character,
#: no ``;params``, no empty ``?`` or ``#`` (which it would drop), no IPv6 brackets.
_PLAIN_URL = re.compile(
    r"https?://[^\x00-\x20\x7f/?#;\[\]]+"  # host (brackets: IPv6, which urllib checks)
    r"(?:/[^\x00-\x20\x7f?#;]*)?"  # path
    r"(?:\?[^\x00-\x20\x7f#]+)?"  # query
    r"(?:#[^\x00-\x20\x7f]+)?"  # fragment
)
#: A path segment that ``quote`` would leave as it is.
_SAFE_SEGMENT = re.compile(r"[A-Za-z0-9!$&'()*+,;=:@~._-]*")
#: A path of such segments.
_SAFE_PATH = re.compile(r"[A-Za-z0-9!$&'()*+,;=:@~._/-]*")


@dataclass(frozen=True, slots=True)
class Context:
    """What normalising needs besides the entry: the document's URL, the local zone, the clock."""

    base_url: str
    tz: tzinfo
    now: datetime  #: aware; first-seen time for entries without a date
    tracking_params: frozenset[str] = frozenset()


# --- text -------------------------------------------------------------------------------------


def clean_text(value: str | None) -> str:
    """NFC, entities decoded, whitespace collapsed and trimmed."""
    if not value:
        return ""
    return " ".join(unicodedata.normalize("NFC", html.unescape(value)).split())


def html_to_text(value: str | None) -> str:
    """Plain text of an HTML fragment, good enough for matching."""
    if not value:
        return ""
    if "<" not in value:  # no markup (most titles and leads): no regex to run
        return clean_text(value)
    return clean_text(_TAG.sub(" ", _BLOCK_END.sub("\n", value)))


def lead(summary_text: str) -> str:
    """The lead without the agency prefix ("TTTĐ - ", "(Dân trí) - ") that partners drop."""
    return _AGENCY.sub("", summary_text, count=1)


def match_keys(title: str, summary_text: str) -> tuple[str, str | None]:
    """The keys ``dedupe`` matches on, from one folding of the lead.

    ``text_key`` is the folded title and the first words of the folded lead,
    ``title|lead``: an exact key for copies of one text, and what ``dedupe``
    compares when copies differ a little. ``lead_key`` is the lead's opening
    words: the same story keeps them through title edits, truncation and
    re-punctuation; None when the lead is too short to tell stories apart.
    """
    words = fold_words(lead(summary_text))
    return f"{fold(title)}|{' '.join(words[:_LEAD_WORDS])}", opening(words)


# --- links ------------------------------------------------------------------------------------


def absolute(link: str | None, base: str) -> str | None:
    """``link`` resolved against ``base``; None unless it is an http(s) or file URL."""
    if not link:
        return None
    if _PLAIN_URL.fullmatch(link):  # what urljoin would return unchanged, without its cost
        return link
    if not link.strip():
        return None
    try:
        joined = urljoin(base, link.strip()) if base else link.strip()
        return joined if urlsplit(joined).scheme in ("http", "https", "file") else None
    except ValueError:  # "Invalid IPv6 URL" and the like: no link rather than no entry
        return None


def canonical_link(url: str | None, extra_tracking: Iterable[str] = ()) -> str | None:
    """The article's address with every cosmetic difference removed.

    Scheme, ``www.``/``m.``/``amp.`` prefixes, default ports, host case,
    fragment, trailing slash, AMP variants and tracking parameters do not name
    another article; remaining parameters are sorted. The result is a key, not
    a URL to fetch (it has no scheme).
    """
    if not url:
        return None
    split = _split_plain(url)
    if split is None:
        try:
            parts = urlsplit(url.strip())
            if parts.scheme not in ("http", "https") or not parts.hostname:
                return url.strip() or None
        except ValueError:  # a bracketed host that is no IP address: an opaque key
            return url.strip() or None
        split = parts.netloc, parts.path, parts.query
    netloc, path, query = split
    host = netloc.rsplit("@", 1)[-1].lower()
    for port in _DEFAULT_PORTS:
        host = host.removesuffix(port)
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix) :]
    if "amp" in path.lower() or not _SAFE_PATH.fullmatch(path):
        path = _canonical_path(path)
    else:  # nothing to decode, quote or drop (most paths): only the empty segments go
        path = "/".join(s for s in path.split("/") if s)
    if not query:
        return f"{host}/{path}"
    drop = TRACKING_PARAMS | {p.lower() for p in extra_tracking}
    kept = sorted(
        (k, v)
        for k, v in parse_qsl(query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in drop
    )
    return f"{host}/{path}" + (f"?{urlencode(kept)}" if kept else "")


def _canonical_path(path: str) -> str:
    """The path's segments decoded, NFC, without AMP markers, quoted back where needed."""
    segments = [_segment(s) for s in path.split("/") if s]
    segments = [s for s in segments if s.lower() != "amp"]
    if segments:
        last = segments[-1]
        for suffix in (".amp.html", ".amp.htm"):
            if last.lower().endswith(suffix):
                last = last[: -len(suffix)] + suffix[4:]
        last = last[:-4] if last.lower().endswith(".amp") else last
        segments[-1] = last
    return "/".join(
        s if _SAFE_SEGMENT.fullmatch(s) else quote(s, safe="!$&'()*+,;=:@~-._") for s in segments
    )


def _split_plain(url: str) -> tuple[str, str, str] | None:
    """Netloc, path and query of a plain http(s) URL, as urlsplit gives them (it was half
    the cost of a canonical link); None for anything else, which urlsplit reads."""
    if not _PLAIN_URL.fullmatch(url):
        return None
    rest = url.split("://", 1)[1].split("#", 1)[0]
    rest, _, query = rest.partition("?")
    netloc, slash, path = rest.partition("/")
    host = netloc.rpartition("@")[2]
    if not host.partition(":")[0]:  # "http://:80/" has no host
        return None
    return netloc, slash + path, query


def _segment(segment: str) -> str:
    """A path segment decoded and NFC (one article, percent-encoded or not, NFC or NFD)."""
    if "%" in segment:
        segment = unquote(segment)
    return segment if segment.isascii() else unicodedata.normalize("NFC", segment)


# --- entries ----------------------------------------------------------------------------------


def normalize_entries(parsed: Sequence[ParsedEntry], ctx: Context) -> list[Entry]:
    """Normalise a document's entries and give each its identity key within the source.

    The key is the guid, except where the document repeats a guid (some CMSs put
    the section URL in every ``<guid>``): then those items fall back to their
    link, which is what tells them apart. Entries sharing a key after that are
    one item listed twice; the first is kept.
    """
    guids = Counter(p.guid.strip() for p in parsed if p.guid and p.guid.strip())
    entries: list[Entry] = []
    seen: set[str] = set()
    for item in parsed:
        entry = normalize_entry(item, ctx, trust_guid=guids[(item.guid or "").strip()] <= 1)
        if entry.key not in seen:
            seen.add(entry.key)
            entries.append(entry)
    return entries


def normalize_entry(p: ParsedEntry, ctx: Context, *, trust_guid: bool = True) -> Entry:
    link = absolute(p.link, ctx.base_url)
    canonical_source = absolute(p.canonical_link, ctx.base_url) or link
    summary = sanitize_html(p.summary)
    content = sanitize_html(p.content) or summary
    if not summary and content:
        summary = _first_paragraph(content)
    summary_text = html_to_text(summary)
    title = html_to_text(p.title) or _fallback_title(summary_text, link)
    guid = clean_text(p.guid) or None
    key = (guid if trust_guid else None) or link or guid or _digest(title, summary_text)
    published = _entry_date(p.published_text, p.published, ctx)
    updated = _entry_date(p.updated_text, p.updated, ctx)
    stated = published or updated
    text_key, lead_key = match_keys(title, summary_text)
    return Entry(
        key=key,
        guid=guid,
        link=link,
        canonical_link=canonical_link(canonical_source, ctx.tracking_params),
        title=title,
        summary=summary,
        summary_text=summary_text,
        content=content,
        author=clean_text(", ".join(p.authors)) or None,
        published=stated or ctx.now,
        updated=updated,
        terms=tuple(dict.fromkeys(t for t in (clean_text(c) for c in p.categories) if t)),
        content_hash=_digest(title, link or "", summary, content),
        text_key=text_key,
        lead_key=lead_key,
        image=absolute(p.image, ctx.base_url),
        unread_date=p.published_text if p.published_text and published is None else None,
        undated=stated is None or stated == ctx.now,  # none, or one too far ahead (clamped)
    )


def with_article(
    entry: Entry,
    content_html: str,
    author: str | None,
    published_text: str | None,
    *,
    tz: tzinfo,
    now: datetime,
) -> Entry:
    """The entry with the full article body of its page (``full_text``).

    The identity and ``content_hash`` stay those of the feed's item: a re-poll
    of the unchanged item is then recognised as unchanged, not as an edit. The
    page's author and date fill in only what the feed did not give.
    """
    content = sanitize_html(content_html)
    if not content:
        return entry
    published = entry.published
    if entry.undated:  # the page may give the date the feed did not
        published = parse_date(published_text, tz, now) or published
    return replace(
        entry,
        content=content,
        author=entry.author or clean_text(author) or None,
        published=min(published, now),
        undated=published >= now,
    )


def _entry_date(text: str | None, fallback: datetime | None, ctx: Context) -> datetime | None:
    value = parse_date(text, ctx.tz, ctx.now) or fallback
    if value is None:
        return None
    value = value.astimezone(UTC)
    return min(value, ctx.now) if value > ctx.now + _MAX_FUTURE else value


def _first_paragraph(content_html: str) -> str:
    text = html_to_text(content_html.split("</p>", 1)[0])
    return html.escape(text[:400], quote=False)


def _fallback_title(summary_text: str, link: str | None) -> str:
    if summary_text:
        words = summary_text.split()
        return " ".join(words[:14]) + ("…" if len(words) > 14 else "")
    return link or "(untitled)"


def _digest(*parts: str) -> str:
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=16).hexdigest()
