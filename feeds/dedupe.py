"""What is new, what changed, and what is another copy of a stored story. Pure.

Rules, tried in order for each incoming entry of one source:

1. **identity** – the same source already holds the same key (guid, or link
   when there is none): unchanged, or an update when its text hash differs;
2. **link** – a copy anywhere has the same canonical link;
3. **text** – a copy published within the window has the same folded title
   and lead;
4. **simhash** – a copy published within the window has a fingerprint of
   title + lead at most ``threshold`` bits away, and the titles agree on every
   number (so "ngày 11/7" never merges with "ngày 12/7", nor "Kỳ 1" with "Kỳ 2").

Rules 2-4 are the cross-source rules that ``cross_source: false`` turns off.
The store supplies the candidates (copies found by key, link, text key or
fingerprint band); this module only decides, so it is tested without I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from feeds.model import Action, Candidate, Decision, Entry

BANDS = 4  #: fingerprint split in 4 x 16 bits: with <= 3 differing bits one band is equal
_NUMBER = re.compile(r"\d+(?:[.,/:]\d+)*")


@dataclass(frozen=True, slots=True)
class Policy:
    """How eager merging is. Built from the ``dedupe:`` section of the config."""

    cross_source: bool = True
    window: timedelta = timedelta(hours=72)
    threshold: int = 3


def bands(fingerprint: int) -> tuple[int, ...]:
    """The 16-bit bands of a 64-bit fingerprint, the store's lookup keys for rule 4."""
    unsigned = fingerprint & 0xFFFF_FFFF_FFFF_FFFF
    return tuple((unsigned >> (16 * i)) & 0xFFFF for i in range(BANDS))


def hamming(a: int, b: int) -> int:
    return ((a ^ b) & 0xFFFF_FFFF_FFFF_FFFF).bit_count()


def numbers(title: str) -> tuple[str, ...]:
    """The numbers of a title, in order: a daily or numbered series differs exactly there."""
    return tuple(_NUMBER.findall(title))


def decide(
    entries: Sequence[Entry],
    candidates: Sequence[Candidate],
    *,
    source_id: int,
    priority: int,
    policy: Policy,
) -> list[Decision]:
    """One decision per entry, in order.

    Entries of the same batch can match each other (a feed listing one story
    under two guids): an entry inserted earlier in the batch becomes a
    candidate for the later ones, referenced by its position (``pending``).
    """
    pool = list(candidates)
    decisions: list[Decision] = []
    for entry in entries:
        decision = decide_one(entry, pool, source_id=source_id, priority=priority, policy=policy)
        if decision.action is Action.INSERT:
            pool.append(_as_candidate(entry, source_id, priority, pending=len(decisions)))
        decisions.append(decision)
    return decisions


def decide_one(
    entry: Entry,
    candidates: Sequence[Candidate],
    *,
    source_id: int,
    priority: int,
    policy: Policy,
) -> Decision:
    own = next((c for c in candidates if c.source_id == source_id and c.key == entry.key), None)
    if own is not None:
        if own.content_hash == entry.content_hash:
            return _to(Action.UNCHANGED, entry, own)
        primary_priority = _primary_priority(own, candidates)
        return _to(Action.UPDATE, entry, own, take_text=own.primary or priority >= primary_priority)
    if not policy.cross_source:
        return Decision(Action.INSERT, entry)
    match = _match(entry, candidates, policy)
    if match is None:
        return Decision(Action.INSERT, entry)
    candidate, rule = match
    take = priority > _primary_priority(candidate, candidates)
    return _to(Action.MERGE, entry, candidate, rule=rule, take_text=take)


def _match(
    entry: Entry, candidates: Sequence[Candidate], policy: Policy
) -> tuple[Candidate, str] | None:
    if entry.canonical_link:
        for c in candidates:
            if c.canonical_link == entry.canonical_link:
                return c, "link"
    near = [c for c in candidates if abs(c.published - entry.published) <= policy.window]
    for c in near:
        if c.text_key == entry.text_key and _has_words(entry.text_key):
            return c, "text"
    title_numbers = numbers(entry.title)
    best: tuple[int, Candidate] | None = None
    for c in near:
        distance = hamming(c.fingerprint, entry.fingerprint)
        if (
            distance <= policy.threshold
            and numbers(c.title) == title_numbers
            and (best is None or distance < best[0])
        ):
            best = (distance, c)
    return (best[1], "simhash") if best is not None and entry.fingerprint != 0 else None


def _has_words(key: str) -> bool:
    """A text key with an empty lead and a stock title ("Tin vắn") identifies nothing."""
    title, _, lead = key.partition("|")
    return len(lead.split()) >= 8 or len(title.split()) >= 6


def _primary_priority(candidate: Candidate, candidates: Sequence[Candidate]) -> int:
    primary = next((c for c in candidates if c.entry_id == candidate.entry_id and c.primary), None)
    return primary.priority if primary is not None else candidate.priority


def _to(
    action: Action,
    entry: Entry,
    target: Candidate,
    *,
    rule: str | None = None,
    take_text: bool = False,
) -> Decision:
    """A decision about an existing entry: stored (id > 0) or inserted earlier in this batch."""
    if target.entry_id < 0:
        return Decision(action, entry, pending=-target.entry_id - 1, rule=rule, take_text=take_text)
    return Decision(action, entry, entry_id=target.entry_id, rule=rule, take_text=take_text)


def _as_candidate(entry: Entry, source_id: int, priority: int, *, pending: int) -> Candidate:
    """An entry inserted earlier in the batch, as a candidate; its negative id marks it pending."""
    return Candidate(
        entry_id=-(pending + 1),
        source_id=source_id,
        key=entry.key,
        canonical_link=entry.canonical_link,
        content_hash=entry.content_hash,
        text_key=entry.text_key,
        fingerprint=entry.fingerprint,
        published=entry.published,
        title=entry.title,
        priority=priority,
        primary=True,
    )
