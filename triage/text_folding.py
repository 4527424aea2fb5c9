"""Case and accent folding shared by the place list and the redaction detectors."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Combining marks (Latin accents, Cyrillic, Hebrew and Arabic vowels, Devanagari signs) belong
# to the word they sit on; Python's \w leaves some of them out.
COMBINING_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0a01-\u0a03\u0a3c-\u0a51"
)


def fold(text: str) -> str:
    """Lower case without accents: 'Québec' and 'QUEBEC' both give 'quebec'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=50_000)
def fold_word(word: str) -> str:
    """`fold` for one word, with a fast path for plain ASCII and ’ read as an apostrophe."""
    if word.isascii():
        return word.lower()
    return fold(word.replace("’", "'"))
