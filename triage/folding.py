"""The one folding of the triage core: lower case, no accents, no stretched letters.

Lexicons, places, names, the redaction detectors and language detection all compare text
folded here, so a word folds the same wherever it is read ("Łódź" is `lodz`, "Đà Nẵng" is
`da nang`, "J'suis" is `j suis`). `WORD` is the one pattern that splits folded text into
words.

Every folded character remembers the position of the character it came from, so a
match in folded text can be shown as the words the person actually wrote.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Letters that carry no combining mark to strip but have a plain form.
_SPECIAL = {"đ": "d", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"}
# Arabic: tatweel out, alef and yeh variants and teh marbuta to one form each.
_ARABIC = {"ـ": "", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
# Apostrophes of every kind separate words, like spaces.
_APOSTROPHES = "'’`´ʼ‘"

# A word of folded text: letters, digits, and the vowel signs of Indic scripts (category Mc,
# kept by fold); the danda "।" and double danda "॥" end a sentence, they are no part of a word.
WORD = re.compile(r"[^\W_]+(?:[\u0900-\u0963\u0966-\u0DFF]+[^\W_]*)*")

# Combining marks (Latin accents, Cyrillic, Hebrew and Arabic vowels, Devanagari signs) belong
# to the word they sit on in the text as written; Python's \w leaves some of them out. Readers
# of unfolded text (names) keep them inside a word with this class.
COMBINING_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0a01-\u0a03\u0a3c-\u0a51"
    "\u0981-\u0983\u09bc\u09be-\u09cd\u09d7\u09e2\u09e3"  # Bengali vowel signs
)


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """The folded form of one character (possibly empty, possibly several characters)."""
    if ch in _APOSTROPHES:
        return " "
    lowered = ch.casefold()
    if lowered in _SPECIAL:
        return _SPECIAL[lowered]
    if lowered in _ARABIC:
        return _ARABIC[lowered]
    decomposed = unicodedata.normalize("NFKD", lowered)
    plain = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return "".join(_SPECIAL.get(c, _ARABIC.get(c, c)) for c in plain)


STRETCHED = re.compile(r"([^\W\d_])\1{2,}")


@dataclass(frozen=True, slots=True)
class Folded:
    """Folded text; `origin[i]` is the index in the source of folded character `i`
    (`origin` is None when every character folded to exactly one)."""

    text: str
    origin: tuple[int, ...] | None

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the source text that folded characters `start:end` came from."""
        if start >= end:
            return (0, 0)
        if self.origin is None:
            return start, end
        return self.origin[start], self.origin[end - 1] + 1


# Characters remembered by the translate tables below; past this, new ones are worked out
# each time (a message in a script never met before is still folded right, just slower).
TABLE_LIMIT = 8_192


class _FoldTable(dict[int, str]):
    """`fold_char` by code point, for `str.translate`, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code))
        if len(self) < TABLE_LIMIT:
            self[code] = folded
        return folded


class _UnevenTable(dict[int, str | None]):
    """For `str.translate`: a character that folds to exactly one is deleted, any other kept,
    so a text folds one character for one when its translation is empty."""

    def __missing__(self, code: int) -> str | None:
        kept = None if len(fold_char(chr(code))) == 1 else chr(code)
        if len(self) < TABLE_LIMIT:
            self[code] = kept
        return kept


FOLD_TABLE = _FoldTable()
_UNEVEN_TABLE = _UnevenTable()


def latin1(text: str) -> bytes | None:
    """`text` in Latin-1 (one byte a character), or None when it has a character past U+00FF."""
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        return None


def _latin1_tables() -> tuple[bytes, bytes]:
    """For `bytes.translate` on Latin-1 text: `fold_char` of each byte (where it is one
    Latin-1 character), and the bytes for which that holds."""
    folds = bytearray(range(256))
    one_for_one = bytearray()
    for byte in range(256):
        folded = fold_char(chr(byte))
        if len(folded) == 1 and ord(folded) < 256:
            folds[byte] = ord(folded)
            one_for_one.append(byte)
    return bytes(folds), bytes(one_for_one)


# Most messages are Latin-1 (English, French, Spanish...): they fold byte by byte, unless
# they hold one of the few characters that fold to two ("ß", "æ", "½") or out of Latin-1 ("µ").
LATIN1_FOLD, LATIN1_ONE_FOR_ONE = _latin1_tables()


def latin1_one_for_one(encoded: bytes | None) -> bool:
    """Latin-1 text (as `latin1` gives it) whose every byte folds to one Latin-1 character."""
    return encoded is not None and not encoded.translate(None, LATIN1_ONE_FOR_ONE)


def one_for_one(text: str) -> bool:
    """Every character of `text` folds to exactly one character (none dropped, none doubled)."""
    return not text.translate(_UNEVEN_TABLE)


def fold_chars(text: str) -> str:
    """`"".join(map(fold_char, text))`, through a translate table."""
    encoded = latin1(text)
    if latin1_one_for_one(encoded):
        assert encoded is not None
        return encoded.translate(LATIN1_FOLD).decode("latin-1")
    return text.translate(FOLD_TABLE)


def fold(text: str) -> Folded:
    """Fold `text`; a letter written three times or more in a row is kept once ("aideeeez")."""
    encoded = latin1(text)
    if latin1_one_for_one(encoded):
        assert encoded is not None
        folded = encoded.translate(LATIN1_FOLD).decode("latin-1")
    elif one_for_one(text):
        folded = text.translate(FOLD_TABLE)
    else:
        return fold_with_origin(text)
    if STRETCHED.search(folded) is None:
        return Folded(folded, None)  # the common case: one character for one
    return fold_with_origin(text)


def fold_with_origin(text: str) -> Folded:
    """`fold` for text where characters fold to more or fewer than one, or letters repeat."""
    pieces = list(map(fold_char, text))
    folded = "".join(pieces)
    origin = [index for index, piece in enumerate(pieces) for _ in piece]
    if STRETCHED.search(folded) is None:
        return Folded(folded, tuple(origin))
    out: list[str] = []
    kept: list[int] = []
    cursor = 0
    for match in STRETCHED.finditer(folded):
        if len(set(origin[match.start() : match.end()])) < 3:
            continue  # "ßs" is "sss" from two letters written, not a stretched one
        out.append(folded[cursor : match.start() + 1])
        kept.extend(origin[cursor : match.start() + 1])
        cursor = match.end()
    out.append(folded[cursor:])
    kept.extend(origin[cursor:])
    return Folded("".join(out), tuple(kept))


def fold_plain(text: str) -> str:
    """Folded text without positions (for lexicon terms and word lists)."""
    return fold(text).text


# Words whose folding is remembered: on the corpus, 8,192 answered 48 % of the calls and 4,096
# answer 39 % (most misses are words met once: about 2 microseconds a message), for 0.7 MB less.
FOLD_WORD_CACHE = 4_096


@lru_cache(maxsize=FOLD_WORD_CACHE)
def fold_word(word: str) -> str:
    """`fold_plain` for one written word, remembered: the key a word list is looked up by."""
    return fold(word).text


def words(folded: Folded) -> list[tuple[str, int, int]]:
    """The words of folded text with their folded spans."""
    return [(m.group(), m.start(), m.end()) for m in WORD.finditer(folded.text)]


_EDGES = re.compile(r"^[\W_]+|[\W_]+$")


def fold_keyword(text: str) -> str:
    """A whole message folded for comparison with a keyword ("STOP", "Arrêter !"): case,
    accents, stretched letters, the punctuation and spaces around it ignored, and spaces
    inside it made one."""
    return " ".join(_EDGES.sub("", fold_plain(text)).split())


# issue 11, round 23: Urdu and Persian write the Arabic yeh, kaf and heh with their own letters
# ("فیصل" for "فيصل", "فاطمہ" for "فاطمة"): the name lists, written in Arabic letters, are read in
# those too
_URDU_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")


def urdu_spellings(name: str) -> tuple[str, ...]:
    """The Urdu and Persian spellings of a name written in Arabic letters (none for another)."""
    if _ARABIC_LETTER.search(name) is None:
        return ()
    base = name.translate(_URDU_LETTERS)
    forms = {base, base.replace("ة", "ہ"), base.replace("ة", "ه"), base.replace("ه", "ہ").replace("ة", "ہ")}
    forms.discard(name)
    return tuple(forms)
