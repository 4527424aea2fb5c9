"""Phone numbers dictated in words, or in words and digits mixed: "cinq un quatre cinq cinq
cinq zéro un quatre huit", "five one four, 555, oh one four eight", "cinco uno cuatro...",
"zéro six douze trente-quatre cinquante-six soixante-dix-huit", "quatre-vingt-dix",
"double five", "пятьсот четырнадцать", "cinci sute", "पाँच एक चार" (the number words of every
redaction lexicon, triage/lexicons/redaction/<lang>.toml [numbers]).

A run of number words and digit groups, separated only by spaces or punctuation (and "et",
"and", "y" inside a number), that spells 7 or more digits with at least two words is a phone:
nobody writes a date or an amount that way. Runs with "mille", "thousand", "mil", "million"
are amounts and stop the run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage import word_lists
from triage.folding import fold_word
from triage.redaction.latin1_tables import LATIN1_LETTER
from triage.redaction.spans import Hints, looked_for

# The number words of every language (triage/lexicons/redaction/<lang>.toml, [numbers]), folded.
_VALUES = word_lists.values("numbers", "values")
_UNITS = {word: value for word, value in _VALUES.items() if value < 10}
_TEENS = {word: value for word, value in _VALUES.items() if 10 <= value < 20}
_TENS = {word: value for word, value in _VALUES.items() if 20 <= value < 100 and value % 10 == 0}
# said in one word: "veintiuno"
_COMPOUNDS = {word: value for word, value in _VALUES.items() if 20 <= value < 100 and value % 10}
_HUNDREDS = {word: value for word, value in _VALUES.items() if value >= 100}
_REPEAT = word_lists.values("numbers", "repeats")


def _folded(key: str) -> frozenset[str]:
    return frozenset(fold_word(word) for word in word_lists.words("numbers", key))


_JOINERS = _folded("joiners")
_AMOUNT_WORDS = _folded("amounts")
# Haitian "de" (2) is French "de" too: it counts only between two number words ("senk de twa")
_BETWEEN_WORDS = _folded("between_words")
# French grammar, not vocabulary: "quatre-vingt(s)" is 80, "dix-sept" to "dix-neuf" 17 to 19
_FOUR, _SCORE, _TEN = "quatre", ("vingt", "vingts"), "dix"
_AFTER_TEN = ("sept", "huit", "neuf")
# a hundred said after a digit multiplies it: "cinq cent", "five hundred", "cinci sute"
_MULTIPLYING_HUNDREDS = _folded("multipliers")
_NUMBER_WORDS = frozenset(_VALUES) | frozenset(_REPEAT) | _MULTIPLYING_HUNDREDS
# a letter, or a vowel sign of an Indic script (not \w: "पाँच" would split at its signs), but not
# the Devanagari full stops
_LETTER = r"(?:[^\W\d_]|[\u0900-\u0963\u0970-\u0dff])"
_TOKEN = re.compile(rf"\d+|{_LETTER}+(?:['’ʼ]{_LETTER}+)*")  # "п'ять" whole
_LATIN1_TOKEN = re.compile(rf"[0-9]+|{LATIN1_LETTER}+")  # the same on a Latin-1 text, faster
_GAP = re.compile(r"[\s,.;:/()\-–+]{0,4}")


def _is_number_token(word: str) -> bool:
    return word.isdigit() or word in _NUMBER_WORDS


def _below_hundred(words: list[str], i: int) -> tuple[int, int] | None:
    """Parse 0-99 at words[i]; return (value, next index) or None."""
    word = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if word in _COMPOUNDS:
        return _COMPOUNDS[word], i + 1
    if word == _FOUR and nxt in _SCORE:
        value, j = 80, i + 2
        rest = _below_hundred_tail(words, j, allow_teen=True)
        return (value + rest[0], rest[1]) if rest else (value, j)
    if word in _TENS:
        value, j = _TENS[word], i + 1
        rest = _below_hundred_tail(words, j, allow_teen=value == 60)
        return (value + rest[0], rest[1]) if rest else (value, j)
    if word == _TEN and nxt in _AFTER_TEN:
        return 10 + _UNITS[nxt], i + 2
    if word in _TEENS:
        return _TEENS[word], i + 1
    return None


def _below_hundred_tail(words: list[str], j: int, *, allow_teen: bool) -> tuple[int, int] | None:
    """The unit (or, after soixante/quatre-vingt, the teen) that completes a tens word."""
    if j < len(words) and words[j] in _JOINERS and j + 1 < len(words):
        j += 1
    if j >= len(words):
        return None
    word = words[j]
    if allow_teen:
        teen = _below_hundred(words, j) if word in _TEENS or word == _TEN else None
        if teen and teen[0] < 20:
            return teen
    if word in _UNITS and _UNITS[word] > 0:
        return _UNITS[word], j + 1
    return None


def spell_digits(words: list[str]) -> str:
    """Digits spelled by a run of folded words and digit groups ("five", "14", "trente-quatre")."""
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word.isdigit():
            out.append(word)
            i += 1
        elif word in _REPEAT and i + 1 < len(words) and words[i + 1] in _UNITS:
            out.append(str(_UNITS[words[i + 1]]) * _REPEAT[word])
            i += 2
        elif word in _UNITS and i + 1 < len(words) and words[i + 1] in _MULTIPLYING_HUNDREDS:
            rest = _below_hundred(words, i + 2) if i + 2 < len(words) else None
            if rest is None and i + 2 < len(words) and words[i + 2] in _UNITS:
                rest = (_UNITS[words[i + 2]], i + 3)
            out.append(f"{_UNITS[word] * 100 + (rest[0] if rest else 0):03d}")
            i = rest[1] if rest else i + 2
        elif word in _HUNDREDS:
            rest = _below_hundred(words, i + 1) if i + 1 < len(words) else None
            if rest is None and i + 1 < len(words) and words[i + 1] in _UNITS:
                rest = (_UNITS[words[i + 1]], i + 2)
            out.append(f"{_HUNDREDS[word] + (rest[0] if rest else 0):03d}")
            i = rest[1] if rest else i + 1
        elif word in _UNITS:
            out.append(str(_UNITS[word]))
            i += 1
        else:
            parsed = _below_hundred(words, i)
            if parsed is None:
                i += 1
                continue
            out.append(f"{parsed[0]:02d}")
            i = parsed[1]
    return "".join(out)


# Number words that are also everyday words: alone they do not make a spelled number worth a scan.
_EVERYDAY_WORDS = _folded("everyday")
# Number words that only count inside a run ("five oh one"): a run never starts with one.
_INSIDE_ONLY = _folded("inside_only")
# What a message's words (lower case, not folded) are compared with: the number words folded
# and as written.
_LOWER_WORDS = looked_for(_NUMBER_WORDS) | looked_for(
    word.lower() for key in ("values", "repeats") for word in word_lists.spoken("numbers", key)
)


_NEVER_FIRST = _INSIDE_ONLY | _BETWEEN_WORDS
# issue 11, round 19: as written, never a number word though folded so (vi "từ", from: not "tư")
_NOT_NUMBERS = frozenset(word.casefold() for word in word_lists.words("numbers", "not_numbers"))
_NOT_NUMBER_KEYS = frozenset(map(fold_word, _NOT_NUMBERS))
# Number words written with the vowel signs of an Indic or the Thai script, which Hints splits:
# looked for as written in a message that is not Latin-1 ("पांच", not its folded "पाच")
_MARKED_WORDS = tuple(
    word
    for key in ("values", "repeats")
    for word in word_lists.spoken("numbers", key)
    if re.search("[\u0900-\u0e7f]", word) and fold_word(word) not in _EVERYDAY_WORDS
)


# Thai number words are written without spaces between them: a run of seven or more (digits
# allowed among them) is a phone, read as written
_THAI_WORDS = sorted(
    (word for word in word_lists.spoken("numbers", "values") if re.search("[\u0e00-\u0e7f]", word)),
    key=len,
    reverse=True,
)
_THAI_NUMBER = "|".join([*map(re.escape, _THAI_WORDS), r"\d"])
_THAI_RUN = re.compile(rf"(?:{_THAI_NUMBER})(?:[ \-,]?(?:{_THAI_NUMBER})){{6,}}")


def _number_token_indices(words: list[str]) -> list[int]:
    """Where a run can start: number words and digit groups, but not "o", "oh" or "en"
    (_INSIDE_ONLY), everyday words that only count inside a run, nor Haitian "de"."""
    return [
        i
        for i, word in enumerate(words)
        if (word in _NUMBER_WORDS or word.isdigit()) and (word not in _NEVER_FIRST or _opens_a_run(words, i))
    ]


def _opens_a_run(words: list[str], i: int) -> bool:
    """An inside-only word ("en", "oh") followed by another one starts a run: "en en de zewo kat
    senk uit uit" is a number dictated in Haitian Creole, not French "en" (Issue 11, round 22, after
    holdout22); "oh, five one four..." still leaves its "oh" out. The run still needs seven digits."""
    following = words[i + 1] if i + 1 < len(words) else ""
    return words[i] in _INSIDE_ONLY and following in _INSIDE_ONLY


def _worth_a_scan(text: str, hints: Hints) -> bool:
    if (hints.words & _LOWER_WORDS) - _EVERYDAY_WORDS - _BETWEEN_WORDS:
        return True
    return not hints.latin1 and any(word in text for word in _MARKED_WORDS)


def _joins_words(words: list[str], run: list[int], j: int) -> bool:
    """A between-word ("de") at j, with a number word (not digits) before it and after it."""
    before, after = words[run[-1]] if run else "", words[j + 1] if j + 1 < len(words) else ""
    return not before.isdigit() and after in _NUMBER_WORDS and not after.isdigit()


def find_spelled_phones(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    if not _worth_a_scan(text, hints):
        return
    if not hints.latin1 and _THAI_WORDS and any(word in text for word in _THAI_WORDS):
        yield from (run.span() for run in _THAI_RUN.finditer(text) if not run.group().isdigit())
    tokens = list((_LATIN1_TOKEN if hints.latin1 else _TOKEN).finditer(text))
    # folded like `fold` (a token holds no "’", the only difference); the map loops run in C
    words = list(map(fold_word, map(re.Match.group, tokens)))
    if not hints.latin1 and not _NOT_NUMBER_KEYS.isdisjoint(words):
        words = [
            "" if word in _NOT_NUMBER_KEYS and token.group().casefold() in _NOT_NUMBERS else word
            for word, token in zip(words, tokens, strict=True)
        ]
    spans = list(map(re.Match.span, tokens))
    resume = 0
    for i in _number_token_indices(words):
        if i < resume:
            continue
        run = [i]
        j = i + 1
        while j < len(words):
            if not _GAP.fullmatch(text, spans[j - 1][1], spans[j][0]):
                break
            word = words[j]
            if word in _AMOUNT_WORDS:
                run = []
                break
            if word in _BETWEEN_WORDS and not _joins_words(words, run, j):
                break
            if word in _NUMBER_WORDS or word.isdigit():
                run.append(j)
            elif word in _JOINERS and j + 1 < len(words) and _is_number_token(words[j + 1]):
                pass
            else:
                break
            j += 1
        resume = j
        if len(run) < 2:  # one word or digit group spells no phone
            continue
        run_words = words[run[0] : run[-1] + 1]
        spelled_words = sum(1 for w in run_words if not w.isdigit() and w not in _JOINERS)
        if spelled_words >= 2 and len(spell_digits(run_words)) >= 7:
            yield spans[run[0]][0], spans[run[-1]][1]


_REACH_BACK = 60  # characters before a phone read for the number words said before it
# the "+" said before a country code, per language ([phones] plus_words: "mais", "más", "плюс")
_PLUS_WORDS = frozenset(map(fold_word, word_lists.words("phones", "plus_words")))


def spelled_start(text: str, start: int) -> int:
    """Where the number words (and digits among them) said right before a phone in digits start
    ("восемь 916 123 45 67", "صفر خمسة خمسة ١٢٣ ٤٥٦٧", "5one4 555 0123"), or `start` when there
    are none, or only everyday words and digits ("o", "un", "12")."""
    tokens = list(_TOKEN.finditer(text, max(0, start - _REACH_BACK), start))
    new_start, everyday_only = start, True
    for k in range(len(tokens) - 1, -1, -1):
        token = tokens[k]
        word = fold_word(token.group())
        if not _GAP.fullmatch(text, token.end(), new_start):
            break
        # issue 11, round 22: "patruzeci și nouă" (a joiner between two number words), and the
        # "plus" said before a country code ("plus patruzeci și nouă, 152 ...")
        joined = word in _JOINERS and k > 0 and fold_word(tokens[k - 1].group()) in _NUMBER_WORDS
        # round 23: right before the phone too, when it is spelled ("mais um quatro um seis ...")
        if word in _PLUS_WORDS and (new_start == start or not everyday_only):
            return token.start()
        if not (word in _NUMBER_WORDS or word.isdigit() or joined):
            break
        new_start = token.start()
        everyday_only = everyday_only and (word in _EVERYDAY_WORDS or word.isdigit() or joined)
    return start if everyday_only else new_start
