"""Text folding shared by the stages that compare text (categorize, normalize, dedupe). Pure.

Vietnamese text arrives in forms that look alike and compare unequal: NFD
(combining marks) against NFC, and two conventions for placing the tone mark
in the glides oa, oe and uy at the end of a syllable: "hoà"/"hòa",
"thuỷ"/"thủy", "Hoá"/"Hóa". Both are folded to one form here, so that
matching ignores them while keeping every diacritic that changes a word
("mưa" is not "mua", "bão" is not "báo").
"""

from __future__ import annotations

import functools
import re
import unicodedata

#: Tone marks on the second vowel of a final oa/oe/uy (the "new" style) -> on the first.
_TONED = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ"}
_BARE = {"a": "o", "e": "o", "y": "u"}
_FIRST = {"o": "òóỏõọ", "u": "ùúủũụ"}
#: The look-behind comes after the first letter so that the scan can skip to an o or u.
_GLIDE = re.compile(r"([ou])(?<!q[ou])([àáảãạèéẻẽẹỳýỷỹỵ])(?![^\W\d_])")
_SPACE = re.compile(r"\s+")


def _old_style(match: re.Match[str]) -> str:
    first, second = match.group(1), match.group(2)
    for base, marks in _TONED.items():
        if second in marks and _BARE[base] == first:
            tone = marks.index(second)
            return _FIRST[first][tone] + base
    return match.group(0)


#: Words of a lead's opening: the lookup key for copies of a story whose title was edited.
OPENING_WORDS = 8


def opening(folded_words: list[str]) -> str | None:
    """The opening of a folded lead, or None when it is too short to tell stories apart."""
    if len(folded_words) < OPENING_WORDS:
        return None
    return " ".join(folded_words[:OPENING_WORDS])


@functools.lru_cache(maxsize=1024)
def casefold(text: str) -> str:
    """NFC, case-folded, one tone-mark convention; punctuation and spacing kept.

    Character by character but for the tone marks, which stay within a word: the
    casefold of texts joined by a line break is theirs joined by one. Remembered for
    the last texts folded: an entry's title and lead are folded for its match keys,
    then again for its categories.
    """
    return _GLIDE.sub(_old_style, unicodedata.normalize("NFC", text).casefold())


def fold(text: str) -> str:
    """``casefold`` without punctuation or symbols, whitespace collapsed.

    "Mưa LỚN, diện rộng!" and "mưa lớn diện rộng" fold alike; "Mua lon" does not.
    """
    return " ".join(fold_words(text))


def fold_words(text: str) -> list[str]:
    """The words of ``fold(text)``, for callers that take them apart anyway (joining them
    only to split them again was a tenth of building an entry's match keys)."""
    folded = _PUNCTUATION.sub(" ", casefold(text))
    if not folded.isascii() and _ASTRAL.search(folded):  # emoji and other symbols beyond the table
        folded = _ASTRAL.sub(_astral_symbol, folded)
    return folded.split()


def _astral_symbol(match: re.Match[str]) -> str:
    return " " if unicodedata.category(match.group(0))[0] in "PS" else match.group(0)


def _punctuation_class() -> re.Pattern[str]:
    """Runs of punctuation or symbol characters of the Basic Multilingual Plane.

    Built once from the Unicode database (a few milliseconds); one regex
    substitution in C folds a text several times faster than ``str.translate``
    with a table, and profiling showed folding as a top cost of a poll.
    """
    ranges: list[str] = []
    start = None
    for code in range(0x10001):
        hit = code < 0x10000 and unicodedata.category(chr(code))[0] in "PS"
        if hit and start is None:
            start = code
        elif not hit and start is not None:
            ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(code - 1))}")
            start = None
    return re.compile(f"[{''.join(ranges)}]+")


_PUNCTUATION = _punctuation_class()
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
