"""What is new, what changed, and what is another copy of a stored story. Pure.

Rules, tried in order for each incoming entry of one source:

1. **identity**: the same source already holds the same key (guid, or link
   when there is none): unchanged, or an update when its text hash differs;
2. **link**: a copy anywhere has the same canonical link;
3. **text**: a copy published within the window has the same folded title
   and lead (case, punctuation, NFC/NFD and tone-mark placement ignored);
4. **lead**: a copy within the window opens with the same lead, nearly word
   for word, with the same numbers, under a related title: an edited title
   ("3" corrected to "2", a place name added) or a re-edited copy;
5. **similar**: a copy within the window whose title and lead are both close
   (word and word-pair overlap at least ``threshold``) and agree on every
   number, so "ngày 11/7" never merges with "ngày 12/7", nor "Kỳ 1" with "Kỳ 2".

Rules 2-5 are the cross-source rules that ``cross_source: false`` turns off.
Diacritics always count: "Mưa lớn" is not "Mua lon". The store supplies the
candidates (copies sharing a key, a canonical link, a text key or a lead opening);
this module only decides, so it is tested without I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from itertools import pairwise
from typing import Any

from feeds.model import Action, Candidate, Decision, Entry

_NUMBER = re.compile(r"\d+(?:[.,/:]\d+)*")


@dataclass(frozen=True, slots=True)
class Policy:
    """How eager merging is. Built from the ``dedupe:`` section of the config."""

    cross_source: bool = True
    window: timedelta = timedelta(hours=72)
    threshold: float = 0.6  #: least overlap of titles and of leads for the ``similar`` rule


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
    An entry whose key came earlier in the batch is that entry again: unchanged.
    """
    pool = _Pool(candidates)
    decisions: list[Decision] = []
    first: dict[str, int] = {}
    for entry in entries:
        if entry.key in first:
            earlier = decisions[first[entry.key]]
            pending = first[entry.key] if earlier.action is Action.INSERT else earlier.pending
            decisions.append(
                Decision(Action.UNCHANGED, entry, entry_id=earlier.entry_id, pending=pending)
            )
            continue
        first[entry.key] = len(decisions)
        decision = _decide_one(entry, pool, source_id=source_id, priority=priority, policy=policy)
        if decision.action is Action.INSERT:
            pool.add(_as_candidate(entry, source_id, priority, pending=len(decisions)))
        decisions.append(decision)
    return decisions


class _Pool:
    """Candidates indexed by what they can match on, so each entry meets only its peers."""

    def __init__(self, candidates: Sequence[Candidate]) -> None:
        self.own: dict[tuple[int, str], Candidate] = {}
        self.by_link: dict[str, list[Candidate]] = {}
        self.by_text: dict[str, list[Candidate]] = {}
        self.by_opening: dict[str, list[Candidate]] = {}
        for candidate in candidates:
            self.add(candidate)

    def add(self, c: Candidate) -> None:
        self.own[(c.source_id, c.key)] = c
        if c.canonical_link:
            self.by_link.setdefault(c.canonical_link, []).append(c)
        self.by_text.setdefault(c.text_key, []).append(c)
        if c.lead_key:
            self.by_opening.setdefault(c.lead_key, []).append(c)

    def text_peers(self, entry: Entry) -> list[Candidate]:
        """Copies with the same text key or the same lead opening, each once."""
        found = self.by_text.get(entry.text_key, [])
        openings = self.by_opening.get(entry.lead_key, []) if entry.lead_key else []
        if not openings or not found:
            return found or openings
        return list({id(c): c for c in (*found, *openings)}.values())


def _decide_one(
    entry: Entry, pool: _Pool, *, source_id: int, priority: int, policy: Policy
) -> Decision:
    own = pool.own.get((source_id, entry.key))
    if own is not None:
        if own.content_hash == entry.content_hash:
            return _to(Action.UNCHANGED, entry, own)
        take = own.primary or priority >= own.primary_priority
        return _to(Action.UPDATE, entry, own, take_text=take)
    if not policy.cross_source:
        return Decision(Action.INSERT, entry)
    match = _match(entry, pool, policy)
    if match is None:
        return Decision(Action.INSERT, entry)
    candidate, rule = match
    take = priority > candidate.primary_priority
    return _to(Action.MERGE, entry, candidate, rule=rule, take_text=take)


def _match(entry: Entry, pool: _Pool, policy: Policy) -> tuple[Candidate, str] | None:
    if entry.canonical_link and entry.canonical_link in pool.by_link:
        return pool.by_link[entry.canonical_link][0], "link"
    best: tuple[int, Candidate, str] | None = None
    for c in pool.text_peers(entry):
        if abs(c.published - entry.published) > policy.window:
            continue
        rule = same_story(entry.text_key, c.text_key, policy.threshold)
        if rule is not None and (best is None or _RANK[rule] < best[0]):
            best = (_RANK[rule], c, rule)
    return (best[1], best[2]) if best is not None else None


_RANK = {"text": 0, "lead": 1, "similar": 2}
_MIN_LEAD_WORDS = 8  #: fewer words of lead on either side: too little to compare
_SAME_LEAD = 0.9  #: word-pair overlap of two leads that are one lead
_RELATED_TITLE = 0.3  #: word overlap of titles that may be edits of each other
_LONG_LEAD_WORDS = 20  #: a lead this long, word for word, is one story's
_VERY_SAME_LEAD = 0.95


def same_story(a: str, b: str, threshold: float = 0.6) -> str | None:
    """Which text rule (``text``, ``lead``, ``similar``) says text keys ``a`` and ``b``
    (``title|lead``, folded) are one story, or None.

    Leads are compared over the length of the shorter one, so a truncated lead
    ("...") still matches its full form.
    """
    title_a, _, lead_a = a.partition("|")
    title_b, _, lead_b = b.partition("|")
    if a == b:
        return "text" if _has_words(title_a, lead_a) else None
    # Most candidates met here only share a stock opening: the cheap title test goes first.
    title_overlap = _overlap(set(title_a.split()), set(title_b.split()))
    if title_a != title_b and title_overlap < min(_RELATED_TITLE, threshold):
        return None
    words_a, words_b = lead_a.split(), lead_b.split()
    n = min(len(words_a), len(words_b))
    if n < _MIN_LEAD_WORDS:
        return None
    words_a, words_b = words_a[:n], words_b[:n]
    if _truncated(words_a, words_b) and title_a == title_b:
        return "text"
    lead_overlap = _overlap(_pairs(words_a), _pairs(words_b))
    if lead_overlap < min(_SAME_LEAD, threshold):
        return None
    same_lead_numbers = numbers(" ".join(words_a)) == numbers(" ".join(words_b))
    same_title_numbers = numbers(title_a) == numbers(title_b)
    # A title whose numbers changed ("3" corrected to "2") is the same story only over a
    # long identical lead: a daily series repeats a short stock lead under new dates.
    lead_is_one = (
        lead_overlap >= _SAME_LEAD
        and same_lead_numbers
        and (same_title_numbers or (n >= _LONG_LEAD_WORDS and lead_overlap >= _VERY_SAME_LEAD))
    )
    if lead_is_one and title_overlap >= _RELATED_TITLE:
        return "lead"
    if (
        lead_overlap >= threshold
        and title_overlap >= threshold
        and same_lead_numbers
        and same_title_numbers
    ):
        return "similar"
    return None


def _truncated(a: list[str], b: list[str]) -> bool:
    """Equal but for the last word, which a truncation may have cut in the middle."""
    return a[:-1] == b[:-1] and (a[-1].startswith(b[-1]) or b[-1].startswith(a[-1]))


def _pairs(words: list[str]) -> set[tuple[str, str]]:
    return set(pairwise(words))


def _overlap(a: set[Any], b: set[Any]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def _has_words(title: str, lead: str) -> bool:
    """A stock title ("Tin vắn") with no lead identifies nothing."""
    return len(lead.split()) >= _MIN_LEAD_WORDS or len(title.split()) >= 6


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
        lead_key=entry.lead_key,
        published=entry.published,
        primary=True,
        primary_priority=priority,
    )
