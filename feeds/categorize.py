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
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


@dataclass(frozen=True, slots=True)
class Rule:
    """One category's matching rule, compiled once per configuration."""

    slug: str
    terms: frozenset[str]
    pattern: re.Pattern[str] | None

    @classmethod
    def build(cls, slug: str, terms: Iterable[str], keywords: Iterable[str]) -> Rule:
        words = sorted({_fold(k).strip() for k in keywords if k.strip()}, key=len, reverse=True)
        pattern = None
        if words:
            alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
            # [^\W_] is "a letter or digit": \w alone would also let "_" glue words.
            pattern = re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])")
        return cls(slug, frozenset(_fold(t).strip() for t in terms if t.strip()), pattern)


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
