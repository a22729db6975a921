"""Plain typed objects passed between the pipeline stages.

Each stage consumes the previous one's objects and produces its own::

    fetch     -> Fetched
    parse     -> ParsedFeed of ParsedEntry   (format-shaped, raw strings, naive or aware dates)
    normalize -> Entry                        (NFC, UTC, absolute URLs, sanitised HTML, keys)
    dedupe    -> Decision per Entry           (insert / update / unchanged / merge)
    store     -> StoredEntry, SourceState     (what was kept, with stable ids)
    publish   <- FeedInfo + StoredEntry       -> bytes

Nothing here imports anything of ours or does I/O, so every stage can be
tested with hand-built values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum


@dataclass(frozen=True, slots=True)
class Fetched:
    """What the fetcher got for one source URL. Produced by ``fetch``, read by ``pipeline``."""

    url: str  #: the URL asked for
    final_url: str  #: after redirects; the base for relative links
    status: int  #: HTTP status (200 for file: URLs; 304 when not modified)
    body: bytes  #: empty when not modified
    content_type: str | None = None  #: the Content-Type header, charset included
    etag: str | None = None
    last_modified: str | None = None  #: the raw header, sent back verbatim next time
    max_age: int | None = None  #: Cache-Control max-age in seconds, a polling hint
    permanent_redirect: str | None = None  #: target of a 301/308 seen on this fetch
    body_hash: str | None = None  #: hex digest of the body, to skip re-parsing it

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(frozen=True, slots=True)
class ParsedEntry:
    """One item as the format gave it. Produced by ``parse``, read by ``normalize``.

    Dates are given twice: the raw text (so a date without zone can be read in the
    configured timezone) and the parser's own reading, used when the text is not
    understood.
    """

    guid: str | None
    link: str | None
    title: str | None
    summary: str | None  #: HTML or text
    content: str | None  #: HTML; the longest content block
    published_text: str | None = None
    updated_text: str | None = None
    published: datetime | None = None  #: aware; the parser's reading of published_text
    updated: datetime | None = None
    categories: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    canonical_link: str | None = None  #: rel="canonical" when the source states one
    image: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A whole document. ``warning`` is set when it was malformed but entries were readable."""

    title: str | None
    link: str | None
    entries: tuple[ParsedEntry, ...]
    warning: str | None = None
    ttl: int | None = None  #: seconds between polls the feed asks for (RSS ttl, sy:updatePeriod)
    format: str = ""  #: e.g. "rss20", "atom10", "json11", "html"
    feed_url: str | None = None  #: set when an HTML page pointed to a feed (discovery)


@dataclass(frozen=True, slots=True)
class Entry:
    """A normalised entry: every string NFC and trimmed, dates aware UTC, URLs absolute.

    Produced by ``normalize``, read by ``categorize``, ``dedupe`` and ``store``.
    """

    key: str  #: identity within its source: the guid, or the link when there is none
    guid: str | None
    link: str | None
    canonical_link: str | None  #: the link with every cosmetic difference removed
    title: str
    summary: str  #: sanitised HTML
    summary_text: str  #: the summary as plain text, for matching
    content: str  #: sanitised HTML, may equal summary
    author: str | None
    published: datetime  #: UTC; first-seen time when the source gave none
    updated: datetime | None  #: UTC, as the source stated it
    terms: tuple[str, ...]  #: the entry's own category terms
    content_hash: str  #: over title, link, summary, content: tells an edit from a re-poll
    text_key: str  #: ``title|lead`` folded (see normalize.text_key): what dedupe compares
    lead_key: str | None  #: the lead's opening words folded, a lookup key for edited copies
    image: str | None = None
    categories: frozenset[str] = frozenset()  #: set by ``categorize`` before storing
    unread_date: str | None = None  #: a date text nobody could read (first-seen time used)
    #: the source gave no date (or one too far ahead): ``published`` is the poll's time,
    #: so every poll of a feed still listing it dates it anew (``retention``)
    undated: bool = False


class Action(Enum):
    """What the store must do with one entry."""

    INSERT = "insert"  #: a story not seen before
    UPDATE = "update"  #: a known copy whose text changed
    UNCHANGED = "unchanged"  #: a known copy, nothing to do but remember it was seen
    MERGE = "merge"  #: a new copy of a stored story (another source or URL)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stored copy that may be the same story as an incoming entry. Built by ``store``."""

    entry_id: int
    source_id: int
    key: str  #: the copy's identity within its source
    canonical_link: str | None
    content_hash: str
    text_key: str
    lead_key: str | None
    published: datetime
    primary: bool  #: this copy provides the stored entry's text
    primary_priority: int  #: priority of the source whose copy provides the entry's text


@dataclass(frozen=True, slots=True)
class Decision:
    """The verdict of ``dedupe`` on one entry; ``store`` carries it out."""

    action: Action
    entry: Entry
    entry_id: int | None = None  #: the stored entry concerned, when already stored
    pending: int | None = None  #: else: index of the INSERT decision earlier in the same batch
    rule: str | None = None  #: for MERGE: which rule matched ("link", "text", "lead", "similar")
    take_text: bool = False  #: the stored entry's text should come from this copy


@dataclass(frozen=True, slots=True)
class SourceState:
    """A source as the store knows it. Produced by ``store``, read by the scheduler and CLI."""

    id: int
    name: str
    url: str  #: the URL polled now (the config's, or where a permanent redirect moved it)
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    last_fetch: datetime | None = None
    last_success: datetime | None = None
    last_unconditional: datetime | None = None
    last_status: int | None = None
    last_error: str | None = None
    last_warning: str | None = None
    error_count: int = 0
    next_due: datetime | None = None
    entry_count: int = 0
    disabled_reason: str | None = None
    redirect_candidate: str | None = None  #: a permanent redirect seen once, confirmed next poll


@dataclass(frozen=True, slots=True)
class StoredEntry:
    """An entry ready to publish. Produced by ``store``, read by ``publish``."""

    uid: str  #: stable public id (``urn:uuid:...``), never changes once published
    title: str
    link: str | None
    summary: str
    content: str
    author: str | None
    published: datetime
    updated: datetime  #: when the stored text last changed
    categories: tuple[str, ...]  #: category slugs
    related: tuple[str, ...] = ()  #: links of the other copies of this story
    image: str | None = None


@dataclass(frozen=True, slots=True)
class FeedInfo:
    """One published feed (a category or ``all``). Built by ``pipeline`` from the config."""

    slug: str
    title: str
    base_url: str  #: the site's public base URL, no trailing slash
    language: str
    site_title: str
    category_titles: dict[str, str] = field(default_factory=dict)  #: slug -> title for labels


@dataclass(frozen=True, slots=True)
class PollOutcome:
    """The result of polling one source once. Produced by ``pipeline``."""

    source: str
    ok: bool
    status: int | None = None
    error: str | None = None
    warning: str | None = None
    new: int = 0
    updated: int = 0
    duplicate: int = 0
    unchanged: int = 0
    not_modified: bool = False


@dataclass(frozen=True, slots=True)
class StoreSummary:
    """The store in a few numbers, for monitoring. Produced by ``store``."""

    sources_ok: int  #: configured, enabled, last poll succeeded
    sources_failing: int  #: configured, enabled, last poll failed
    sources_disabled: int  #: configured but disabled by the server (410 Gone)
    stories: int
