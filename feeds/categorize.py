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
    pattern: re.Pattern[str] | None

    @classmethod
    def build(cls, slug: str, terms: Iterable[str], keywords: Iterable[str]) -> Rule:
        terms = frozenset(_fold(t).strip() for t in terms if t.strip())
        return cls(slug, terms, _keyword_pattern(keywords))


def _keyword_pattern(keywords: Iterable[str]) -> re.Pattern[str] | None:
    """One regex matching any keyword as whole words, over case-folded NFC text."""
    words = sorted({_fold(k).strip() for k in keywords if k.strip()}, key=len, reverse=True)
    if not words:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    # [^\W_] is "a letter or digit": \w alone would also let "_" glue words.
    return re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])")


@dataclass(frozen=True, slots=True)
class Patterns:
    """A source's ``include`` or ``exclude`` list: keywords, and regexes written ``/.../``.

    Keywords match whole words of the title or summary, or a part of the link;
    regexes are searched (case-insensitively) in all three.
    """

    keywords: re.Pattern[str] | None
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
            _keyword_pattern(words),
            tuple(_fold(w).strip() for w in words),
            tuple(re.compile(r[1:-1], re.IGNORECASE) for r in regexes),
        )

    def search(self, *, title: str, summary_text: str, link: str) -> bool:
        text = _fold(f"{title}\n{summary_text}")
        if self.keywords is not None and self.keywords.search(text):
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
    own_terms = {_fold(t).strip() for t in terms}
    text = _fold(f"{title}\n{summary_text}")
    for rule in rules:
        if rule.slug in slugs:
            continue
        if rule.terms & own_terms or (rule.pattern is not None and rule.pattern.search(text)):
            slugs.add(rule.slug)
    return frozenset(slugs)
