"""Which categories an entry belongs to. Pure: rules in, slugs out.

An entry is in a category when its source lists the category, when one of the
entry's own category terms equals one of the category's ``terms``, or when a
keyword occurs as a whole word in its title or summary. Matching ignores case
and Unicode normalisation form but not diacritics: "mưa" is not "mua". A whole
word means the characters around the match are not letters or digits, so
"an sinh" does not match inside "Tân sinh viên".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from feeds.text import casefold

_fold = casefold


@dataclass(frozen=True, slots=True)
class Rule:
    """One category's matching rule, compiled once per configuration."""

    slug: str
    terms: frozenset[str]
    keywords: Keywords | None

    @classmethod
    def build(cls, slug: str, terms: Iterable[str], keywords: Iterable[str]) -> Rule:
        terms = frozenset(_fold(t).strip() for t in terms if t.strip())
        return cls(slug, terms, Keywords.build(keywords))


@dataclass(frozen=True, slots=True)
class Keywords:
    """Keywords matched as whole words over case-folded NFC text.

    A keyword may neither end before a letter or digit (the regex's lookahead:
    ``[^\\W_]``, since ``\\w`` would also let "_" glue words) nor start after one
    (``found``, with ``str.isalnum``, the same class). The check before the match is
    made in Python on each match rather than as a lookbehind opening the regex:
    a pattern that opens with a lookbehind loses the engine's scan for its first
    characters, and searched a title and lead four times slower.
    """

    pattern: re.Pattern[str]

    @classmethod
    def build(cls, keywords: Iterable[str]) -> Keywords | None:
        words = sorted({_fold(k).strip() for k in keywords if k.strip()}, key=len, reverse=True)
        if not words:
            return None
        alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
        return cls(re.compile(rf"(?:{alternatives})(?![^\W_])"))

    def found(self, text: str) -> bool:
        at = 0
        while (match := self.pattern.search(text, at)) is not None:
            start = match.start()
            if start == 0 or not text[start - 1].isalnum():  # isalnum() is [^\W_]
                return True
            at = start + 1  # another keyword may start inside this one
        return False


@dataclass(frozen=True, slots=True)
class Patterns:
    """A source's ``include`` or ``exclude`` list: keywords, and regexes written ``/.../``.

    Keywords match whole words of the title or summary, or a part of the link;
    regexes are searched (case-insensitively) in all three.
    """

    keywords: Keywords | None
    link_words: tuple[str, ...]
    regexes: tuple[re.Pattern[str], ...]

    @classmethod
    def build(cls, values: Iterable[str]) -> Patterns | None:
        values = [v for v in values if v.strip()]
        if not values:
            return None
        regexes = [v for v in values if len(v) > 2 and v.startswith("/") and v.endswith("/")]
        words = [v for v in values if v not in regexes]
        return cls(
            Keywords.build(words),
            tuple(_fold(w).strip() for w in words),
            tuple(re.compile(r[1:-1], re.IGNORECASE) for r in regexes),
        )

    def search(self, *, title: str, summary_text: str, link: str) -> bool:
        text = _folded(title, summary_text)
        if self.keywords is not None and self.keywords.found(text):
            return True
        folded_link = _fold(link)
        if any(word in folded_link for word in self.link_words):
            return True
        return any(r.search(s) for r in self.regexes for s in (title, summary_text, link))


def keep(
    include: Patterns | None, exclude: Patterns | None, *, title: str, summary_text: str, link: str
) -> bool:
    """Whether a source's filters let an entry through: it must match ``include`` (when
    given) and must not match ``exclude``."""
    fields = {"title": title, "summary_text": summary_text, "link": link}
    if include is not None and not include.search(**fields):
        return False
    return exclude is None or not exclude.search(**fields)


def categorize(
    rules: Iterable[Rule],
    *,
    source_categories: Iterable[str],
    terms: Iterable[str],
    title: str,
    summary_text: str,
) -> frozenset[str]:
    """The category slugs of one entry (``all`` is implicit and not returned)."""
    slugs = set(source_categories)
    # Folded only when a rule needs them: folding is most of the cost of an entry here.
    own_terms: set[str] | None = None
    text: str | None = None
    for rule in rules:
        if rule.slug in slugs:
            continue
        if rule.terms:
            if own_terms is None:
                own_terms = {_fold(t).strip() for t in terms}
            if rule.terms & own_terms:
                slugs.add(rule.slug)
                continue
        if rule.keywords is not None:
            if text is None:
                text = _folded(title, summary_text)
            if rule.keywords.found(text):
                slugs.add(rule.slug)
    return frozenset(slugs)


def _folded(title: str, summary_text: str) -> str:
    """Title and lead as keywords search them: folded apart, so that the casefold memo
    has them from the match keys (the title always, the lead unless it opened with an
    agency's name), and joined by a line break, which no folding crosses."""
    return f"{_fold(title)}\n{_fold(summary_text)}"
