"""Text folding shared by the stages that compare text (categorize, normalize, dedupe). Pure.

Vietnamese text arrives in forms that look alike and compare unequal: NFD
(combining marks) against NFC, and two conventions for placing the tone mark
in the glides oa, oe and uy at the end of a syllable: "hoà"/"hòa",
"thuỷ"/"thủy", "Hoá"/"Hóa". Both are folded to one form here, so that
matching ignores them while keeping every diacritic that changes a word
("mưa" is not "mua", "bão" is not "báo").
"""

from __future__ import annotations

import re
import unicodedata

#: Tone marks on the second vowel of a final oa/oe/uy (the "new" style) -> on the first.
_TONED = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ"}
_BARE = {"a": "o", "e": "o", "y": "u"}
_FIRST = {"o": "òóỏõọ", "u": "ùúủũụ"}
_GLIDE = re.compile(r"(?<!q)([ou])([àáảãạèéẻẽẹỳýỷỹỵ])(?![^\W\d_])")
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


def casefold(text: str) -> str:
    """NFC, case-folded, one tone-mark convention; punctuation and spacing kept."""
    folded = unicodedata.normalize("NFC", text).casefold()
    return _GLIDE.sub(_old_style, folded)


def fold(text: str) -> str:
    """``casefold`` without punctuation or symbols, whitespace collapsed.

    "Mưa LỚN, diện rộng!" and "mưa lớn diện rộng" fold alike; "Mua lon" does not.
    """
    folded = casefold(text).translate(_PUNCTUATION)
    if _ASTRAL.search(folded):  # emoji and other symbols beyond the table
        folded = _ASTRAL.sub(_astral_symbol, folded)
    return " ".join(folded.split())


def _astral_symbol(match: re.Match[str]) -> str:
    return " " if unicodedata.category(match.group(0))[0] in "PS" else match.group(0)


def _punctuation_table() -> dict[int, str]:
    """Every punctuation or symbol character of the Basic Multilingual Plane -> a space.

    Built once (a few milliseconds); ``str.translate`` then folds in C instead of
    a Python loop per character, which profiling showed as a top cost of a poll.
    """
    return {code: " " for code in range(0x10000) if unicodedata.category(chr(code))[0] in "PS"}


_PUNCTUATION = _punctuation_table()
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
