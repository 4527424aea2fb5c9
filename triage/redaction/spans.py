"""Found spans and the masking that keeps later detectors off text already claimed."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from triage.codes import PiiType
from triage.digit_runs import latin1_digit_runs, matches_at
from triage.redaction.latin1_tables import (
    CAPITALS_AND_DIGITS,
    LATIN1_WORDS,
    LETTERS_AND_MASKS,
    latin1,
    lower_case,
)

MASK = "\x1a"  # not a letter, digit or space: words and numbers break on it

# A span a detector found and the pipeline kept: (start, end, type), in that order so that
# found spans sort by where they start.
Found = tuple[int, int, PiiType]


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with every span replaced by MASK characters (same length, same offsets)."""
    if not spans:
        return text
    pieces: list[str] = []
    cursor = 0
    for start, end in sorted(spans):
        if start < cursor:
            start = cursor
        if end <= start:
            continue
        pieces.append(text[cursor:start])
        pieces.append(MASK * (end - start))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def mask_merged(text: str, spans: list[tuple[int, int]]) -> str:
    """`mask` for spans already sorted, merged and not empty (what the pipeline keeps)."""
    if not spans:
        return text
    pieces: list[str] = []
    cursor = 0
    for start, end in spans:
        pieces.append(text[cursor:start])
        pieces.append(MASK * (end - start))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span so it neither starts nor ends with spaces or trailing punctuation."""
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.-"):
        end -= 1
    return start, end


_DIGIT_RUN = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]+")


# Every word some detector looks for among a message's words (`looked_for`): one look-up a
# word of the message, once, gives each detector the few words it can care about.
_LOOKED_FOR: set[str] = set()


def looked_for(words: Iterable[str]) -> frozenset[str]:
    """`words` (lower case, as Hints lists a message's words), registered as words a detector
    looks for: `Hints.words` holds the message's words among all those registered. Every set
    compared with `Hints.words` is registered so, at import."""
    frozen = frozenset(words)
    _LOOKED_FOR.update(frozen)
    return frozen


@dataclass(slots=True)  # not frozen: made per message, and a frozen one sets each field slowly
class Hints:
    """Computed once per message so detectors can skip work: the message's lower-case words
    that some detector looks for (`looked_for`; one scan of the words for all detectors), all
    its lower-case words as written (`written`) and whether one has a letter past ASCII (to
    look up folded), where its digit runs start (number patterns are tried only there), the
    digit runs themselves as (start, end), in order, whether the message is Latin-1 (a masked
    copy is then too: MASK is U+001A), for the patterns written for Latin-1, and False in
    `paired_capitals` when it is Latin-1 with no two capitals A-Z side by side nor a capital
    beside a digit (so no masked copy of it has any)."""

    words: AbstractSet[str]
    written: list[str]
    ascii_words: bool
    digit_starts: tuple[int, ...]
    digit_runs: tuple[tuple[int, int], ...]
    latin1: bool
    paired_capitals: bool = True

    @classmethod
    def of(cls, text: str) -> Hints:
        data = latin1(text)
        if data is None:
            written = _WORD.findall(text.lower())
            runs = tuple([m.span() for m in _DIGIT_RUN.finditer(text)])
            ascii_words, paired_capitals = False, True  # not looked for
        else:  # most messages: a table look-up a character instead of a regex scan
            lowered = data.translate(LATIN1_WORDS)
            written = lowered.decode("latin-1").split()
            runs = latin1_digit_runs(data)
            ascii_words = lowered.isascii()
            capitals = data.translate(CAPITALS_AND_DIGITS)  # A-Z as "A", a digit as "0"
            paired_capitals = b"AA" in capitals or b"A0" in capitals or b"0A" in capitals
        starts = tuple([start for start, _ in runs])
        return cls(
            words=_LOOKED_FOR.intersection(written),
            written=written,
            ascii_words=ascii_words,
            digit_starts=starts,
            digit_runs=runs,
            latin1=data is not None,
            paired_capitals=paired_capitals,
        )

    def has_any(self, words: AbstractSet[str]) -> bool:
        """The message has one of `words` (a set registered with `looked_for`)."""
        return not self.words.isdisjoint(words)


def match_at_digits(
    text: str, hints: Hints, patterns: tuple[re.Pattern[str], ...]
) -> Iterator[tuple[int, int]]:
    """Spans of `patterns` (which all start with a digit) tried only where a digit run starts;
    a run inside a number already matched ("2026-12-24") is not tried again."""
    return match_each_at(text, hints.digit_starts, patterns)


# MASK twice, not MASK + "+": a pattern that starts with a literal is searched for with a fast
# character scan, one that starts with a repeat is tried at every position (ten times slower)
_MASK_RUN = re.compile(MASK + MASK + "*")
_NO_SPELLINGS: Mapping[str, str] = {}


def _is_letter(ch: str) -> bool:
    """What Hints counts as part of a word: `[^\\W\\d_]`."""
    return ch.isalnum() and not ch.isdecimal()


def _masks_cut_words(text: str) -> bool:
    """True when a masked span touches a letter: the piece of word left beside it is a word of
    the masked copy that Hints, made from the original message, may not list."""
    if MASK not in text:
        return False
    data = latin1(text)
    if data is not None:  # most messages: the letters and masks marked by table, searched in C
        marks = data.translate(LETTERS_AND_MASKS)
        return b"aM" in marks or b"Ma" in marks
    for run in _MASK_RUN.finditer(text):
        start, end = run.span()
        if (start > 0 and _is_letter(text[start - 1])) or (end < len(text) and _is_letter(text[end])):
            return True
    return False


def has_odd_case(text: str) -> bool:
    """True when `text` holds a letter that a case-insensitive pattern pairs with an ASCII
    letter although str.lower() does not make it that letter: long s (s), Kelvin sign (k),
    dotted capital and dotless small I (i; 'İ' also lower-cases to two characters, which would
    shift offsets). Lower-casing such a text does not tell where such a pattern can match."""
    return "\u017f" in text or "\u212a" in text or "\u0130" in text or "\u0131" in text


_LISTED: list[tuple[str, bool]] = [("", True)]  # the last text asked about, and the answer


def _hints_list_words(text: str) -> bool:
    """True when every word a case-insensitive pattern can find in `text` (the message or a
    masked copy of it) is in Hints, lower-cased: no masked span cuts a word, no odd case letter.
    The detectors of one layer ask about the same masked copy: the last answer is kept (a
    pure function of the text, so the kept answer never changes a result)."""
    last_text, last_answer = _LISTED[0]
    if text is last_text:
        return last_answer
    answer = not (_masks_cut_words(text) or has_odd_case(text))
    _LISTED[0] = (text, answer)
    return answer


def word_starts(
    text: str, hints: Hints, words: AbstractSet[str], spelled: Mapping[str, str] = _NO_SPELLINGS
) -> list[int] | None:
    """Sorted positions where one of `words` (lower case) that the message contains is written
    in `text`, in any case; `spelled` gives what to look for when it is not the word itself
    ("r" -> "r.").

    Every place where a case-insensitive pattern can match that starts with one of `words`
    written as a whole word (not inside a longer run of letters) is among them, so the pattern
    tried there only (`finditer_at`) finds what a scan of the whole text finds. None when that
    cannot be promised, and the caller scans: `text`, a masked copy, cuts a word that Hints may
    therefore not list, or it `has_odd_case`.
    """
    if not _hints_list_words(text):
        return None
    present = hints.words & words
    if not present:
        return []
    lower = lower_case(text)
    starts: set[int] = set()
    for word in present:
        needle = spelled.get(word, word)
        start = lower.find(needle)
        while start != -1:
            starts.add(start)
            start = lower.find(needle, start + 1)
    return sorted(starts)


def finditer_at(pattern: re.Pattern[str], text: str, starts: list[int] | None) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text)` when the pattern can only match at `starts`
    (sorted): the same leftmost, non-overlapping matches, with the pattern tried there only.
    None (what `word_starts` gives when it cannot tell) scans the whole text."""
    if starts is None:
        yield from pattern.finditer(text)
        return
    yield from matches_at(pattern, text, starts)


def match_at(text: str, pattern: re.Pattern[str], starts: Iterable[int]) -> Iterator[tuple[int, int]]:
    """The spans `pattern.finditer(text)` finds, with `pattern` tried only at `starts`: the same
    answer, without a scan of the whole text, when every place a match can start is among
    `starts` (given in any order, with repeats or extra places) and no match is empty."""
    return (match.span() for match in finditer_at(pattern, text, sorted(starts)))


def run_starts(text: str, hints: Hints) -> list[int]:
    """Where a digit run of `text` may start: where the message's digit runs start and, when
    earlier detectors masked parts of `text`, just after each masked part (the digits there
    may be the tail of a masked run)."""
    if MASK not in text:
        return list(hints.digit_starts)
    after_masks = [masked.end() for masked in _MASK_RUN.finditer(text) if masked.end() < len(text)]
    return sorted(set(hints.digit_starts).union(after_masks))


def digits_at(text: str, start: int, count: int) -> bool:
    """`count` digits (as the regex \\d means them) start at `start`."""
    piece = text[start : start + count]
    return len(piece) == count and piece.isdecimal()


# The last masked copy asked about, with its answer, for each of the two functions below: the
# detectors of one layer read the same copy (a pure function of the text and its Hints, so a
# kept answer never changes a result).
Runs = tuple[tuple[int, int], ...] | list[tuple[int, int]]
_NO_HINTS = Hints(frozenset(), [], True, (), (), True)
_LAST_UNMASKED: list[tuple[str, Hints, Runs]] = [("", _NO_HINTS, ())]
_LAST_DIGITS: list[tuple[str, Hints, Runs]] = [("", _NO_HINTS, ())]
_Compute = Callable[[str, Hints], list[tuple[int, int]]]


def _remembered(slot: list[tuple[str, Hints, Runs]], text: str, hints: Hints, compute: _Compute) -> Runs:
    """`compute(text, hints)`, or the message's own runs when nothing is masked; the last answer
    is kept in `slot` for the next detector that asks about the same copy."""
    if MASK not in text:
        return hints.digit_runs
    known_text, known_hints, runs = slot[0]
    if known_text is not text or known_hints is not hints:
        runs = compute(text, hints)
        slot[0] = (text, hints, runs)
    return runs


def unmasked_runs(text: str, hints: Hints) -> Runs:
    """The message's digit runs whose first digit `text` (the message or a masked copy) still
    shows, each cut short at its first masked digit: what a detector that tries its patterns
    at `hints.digit_starts` can still find a number at."""
    return _remembered(_LAST_UNMASKED, text, hints, _unmasked_runs)


def _unmasked_runs(text: str, hints: Hints) -> list[tuple[int, int]]:
    runs = []
    for start, end in hints.digit_runs:
        if text[start] != MASK:
            piece = text[start:end]
            runs.append((start, end) if MASK not in piece else (start, start + piece.index(MASK)))
    return runs


def digit_runs(text: str, hints: Hints) -> Runs:
    """Every digit run of `text` (the message or a masked copy) as (start, end), in order: the
    unmasked parts of the message's digit runs. Its starts are exactly where `run_starts` says
    a digit run may start and a digit does."""
    return _remembered(_LAST_DIGITS, text, hints, _digit_runs)


def _digit_runs(text: str, hints: Hints) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for start, end in hints.digit_runs:
        piece = text[start:end]
        if MASK not in piece:
            runs.append((start, end))
        elif piece.strip(MASK):  # some of its digits are left: rare
            runs.extend(_unmasked_parts(text, start, end))
    return runs


def _unmasked_parts(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The pieces of text[start:end] (digits or MASK) that are not masked."""
    part = -1
    for position in range(start, end):
        if text[position] == MASK:
            if part != -1:
                yield part, position
                part = -1
        elif part == -1:
            part = position
    if part != -1:
        yield part, end


def match_each_at(
    text: str, starts: Iterable[int], patterns: tuple[re.Pattern[str], ...]
) -> Iterator[tuple[int, int]]:
    """What `match_at_digits` finds, with `patterns` tried at `starts` (sorted) instead of at
    every digit run: the caller has ruled out the other runs."""
    covered = -1
    for start in starts:
        if start < covered:
            continue
        for pattern in patterns:
            match = pattern.match(text, start)
            if match is not None:
                covered = max(covered, match.end())
                yield match.span()
