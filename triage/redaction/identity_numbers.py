"""Identity numbers: Canadian SIN (Luhn), US SSN, Québec health card (RAMQ), Mexican CURP,
passport-like codes, and any number after a cue word in French, English, Spanish,
Portuguese and a few more ("passeport", "work permit", "permiso", "NAS", "UCI", "numéro de
dossier", "claim number", "expediente", "carte soleil", "licencia", "CURP", "паспорт", ...)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from triage import word_lists
from triage.folding import fold_word
from triage.redaction.checksums import luhn_valid
from triage.redaction.spans import Hints, digit_runs, looked_for, match_at, unmasked_runs


# The word just before the number (fillers like "number", "is", "#" skipped), compared folded;
# the words are listed per language in triage/lexicons/redaction/<lang>.toml, [identity].
def _folded_words(words: Iterable[str]) -> frozenset[str]:
    return frozenset(fold_word(part) for word in words for part in word.split())


_CUE_WORDS = looked_for(_folded_words(word_lists.words("identity", "cues")))
_UPPER_CUES = frozenset(word_lists.words("identity", "cues_capitals"))  # words too when lower case
_UNSPACED_CUES = word_lists.words("identity", "cues_unspaced")
_PHONE_CUES_UNSPACED = word_lists.words("identity", "phone_cues_unspaced")
assert not any(cue.isascii() or all(ord(ch) < 256 for ch in cue) for cue in _UNSPACED_CUES)
_FILLER_SIGNS = ("#", ":", "=", "-")
_FILLERS = _folded_words(word_lists.words("identity", "fillers")) | frozenset(_FILLER_SIGNS)
_NUMBER_WORDS = looked_for(_folded_words(word_lists.words("identity", "number_words")))
_BACK_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|[#:=°º]")
# a series in capitals before the number, Latin or Cyrillic: "AB 123456", "ЕК 123456"
_CAPITALS = "A-ZА-ЯЁІЇЄҐ"
_LETTER_PREFIX = re.compile(rf"(?<![\w-])[{_CAPITALS}]{{1,4}} $")
_VALUE = re.compile(
    r"(?:[A-Za-z]{1,5}[ -]?|[А-ЯЁІЇЄҐ]{1,4} )?\d[A-Za-z0-9]*"
    # "1287/P/2024": a file number of a Romanian prosecutor, a letter between two slashes (or
    # two dashes: "21-H-0447", issue 11, sixteenth round)
    r"(?:[ \-/.]\d[A-Za-z0-9]*|[ \-/][A-Za-z]{1,3}\d[A-Za-z0-9]*"
    r"|/[A-Za-z]{1,3}(?=/\d)|-[A-Za-z]{1,3}(?=-\d)"
    # issue 11, round 20: a province's character between dashes ("2024-粤-0567")
    r"|-[\u4e00-\u9fff]{1,2}(?=-\d)){0,5}"
    # issue 11, round 20: a letter closing a case number ("88213-B", "88213-Б")
    r"(?:-[A-Za-zА-ЯЁІЇЄҐ]{1,2}(?![\w-]))?"
    # a file's office code after its last slash: "24/0871/TR"
    r"(?:/[A-Z]{1,3}\b(?![/\-]))?"
)
# capitals and dashes glued before a number after a cue are part of it: "Файл № TOR-SW-6612"
_CODE_HEAD = re.compile(rf"(?<![\w-])(?:[{_CAPITALS}]{{1,5}}-){{1,3}}$")
# a number spaced out, one letter or digit at a time: "passport A B 1 2 3 4 5 6" (issue 11,
# sixteenth round); at least five digits, its letters before them
_SPACED_LETTERS = re.compile(r"(?<!\w)(?:[A-Za-z] ){1,3}$")
_SPACED = re.compile(r"(?:[A-Za-z] ){0,3}(?:\d ){4,}\d(?: [A-Za-z])?(?![\w.,-]\w)")
_SIN = re.compile(r"(?<![\d\-.])(?<!\d[ .\-])\d{3}([ \-.]?)\d{3}\1\d{3}(?![\d\-])(?![ .\-]\d)")
_INTERNATIONAL_PREFIX = re.compile(r"(?:\+|\b00)\s?\d{1,4}[ .\-]?$|\+\s?$")
_NOT_DIGIT = re.compile(r"\D")
_SSN = re.compile(r"(?<![\d\-])\d{3}-\d{2}-\d{4}(?![\d\-])")
_TWO_CAPITALS = re.compile(r"[A-Z][A-Z]|[A-Z]\d|\d[A-Z]")
_RAMQ = re.compile(r"\b[A-Z]{4}[ -]?\d{4}[ -]?\d{4}\b")
_CURP = re.compile(r"\b[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d\b", re.IGNORECASE)
_NEAR = 16  # characters before a number that hold the few words a cue look-back usually reads
_NOT_IN_WORDS = " 0123456789.,-+()/"  # characters _BACK_WORD never takes
# "W309 552 187": an immigration file's letter and digits in groups of three or four; a
# particle of a script written without spaces may be glued after it ("M12345678로", issue 11,
# fourteenth round)
_GLUED_END = r"(?:\b|(?=[\u3040-\u9fff\uac00-\ud7af]))"
_CODE = re.compile(
    rf"\b(?=[A-Z0-9-]*[A-Z])(?=(?:[A-Z-]*\d){{5}})[A-Z0-9]+(?:-[A-Z0-9]+)*{_GLUED_END}"
    rf"|\b[A-Z]{{1,2}}\d{{2,4}}(?: \d{{3,4}}){{2,3}}{_GLUED_END}"
)


def find_identity_numbers(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    if not hints.digit_starts:
        return
    runs = unmasked_runs(text, hints)  # where the patterns tried at the message's digit runs can match
    unspaced_cue = not hints.latin1 and any(cue in text for cue in _UNSPACED_CUES)  # none is Latin-1
    if _has_word(hints, _CUE_WORDS) or unspaced_cue or "SIN" in text:
        yield from _cued(text, runs, unspaced_cue, series_only=False)
    elif _has_word(hints, _NUMBER_WORDS):
        # with no cue, only a series in capitals after the word for number ("FT 482913")
        series = [(start, end) for start, end in runs if start >= 2 and _after_capital(text, start)]
        if series:
            yield from _cued(text, series, unspaced_cue, series_only=True)
    sin_starts = _sin_starts(text, runs)
    if sin_starts:
        yield from _sins(text, sin_starts)
        yield from match_at(text, _SSN, sin_starts)
    yield from _capital_codes(text, hints)


_GROUP_SEPARATORS = (" ", "-", ".")


def _sin_starts(text: str, runs: Sequence[tuple[int, int]]) -> list[int]:
    """Where a SIN or an SSN can start: one of the message's digit `runs` (as `unmasked_runs`
    gives them) of exactly nine digits, or of three followed by a space, a dash or a dot."""
    starts = []
    for start, end in runs:
        length = end - start
        if length == 9 or (length == 3 and text[end : end + 1] in _GROUP_SEPARATORS):
            starts.append(start)
    return starts


def _sins(text: str, starts: list[int]) -> Iterator[tuple[int, int]]:
    """Luhn-valid SINs at `starts`, unless an international phone prefix comes just before."""
    for start, end in match_at(text, _SIN, starts):
        # "+48 512 345 000" is a phone whose last nine digits happen to pass Luhn
        if _INTERNATIONAL_PREFIX.search(text, max(0, start - 8), start):
            continue
        if luhn_valid(_NOT_DIGIT.sub("", text[start:end])):
            yield start, end


def _has_word(hints: Hints, listed: frozenset[str]) -> bool:
    """The message has one of the `listed` words. They are compared folded and the message's
    words are lower case, not folded: a word with an accent ("cédula", "identité") is folded first."""
    if hints.has_any(listed):
        return True
    if hints.ascii_words:  # no word to fold
        return False
    return not _folded_non_ascii(hints).isdisjoint(listed)


_FOLDED: list[tuple[Hints | None, frozenset[str]]] = [(None, frozenset())]


def _folded_non_ascii(hints: Hints) -> frozenset[str]:
    """The message's words with a letter past ASCII, folded; the last message's answer is kept
    (asked twice a message, a pure function of its Hints)."""
    known, folded = _FOLDED[0]
    if known is not hints:
        folded = frozenset([fold_word(word) for word in hints.written if not word.isascii()])
        _FOLDED[0] = (hints, folded)
    return folded


def _capital_codes(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    """Health cards, CURP and codes, in a message with two capitals side by side (or a capital
    next to a digit). Each has digits, so each is tried only at the letters before a digit run."""
    if not hints.paired_capitals:  # then no masked copy of the message has two either
        return
    runs = digit_runs(text, hints)
    ramq_starts, curp_starts = _health_card_starts(text, runs)
    ramq = list(match_at(text, _RAMQ, ramq_starts)) if ramq_starts else []
    curp = list(match_at(text, _CURP, curp_starts)) if curp_starts else []
    code_starts = _code_starts(text, runs)
    codes = list(match_at(text, _CODE, code_starts)) if code_starts else []
    if (ramq or curp or codes) and _TWO_CAPITALS.search(text):
        yield from ramq
        yield from curp
        yield from codes


def _health_card_starts(text: str, runs: Sequence[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Where a RAMQ number (four capitals, maybe a space or a dash, then digits) and a CURP (four
    letters, then digits) can start, given the digit runs of `text`."""
    ramq_starts, curp_starts = [], []
    for digit, _ in runs:
        if digit < 4:
            continue
        before = text[digit - 1]
        if before.isalpha():
            letters = text[digit - 4 : digit]
            if letters.isalpha():  # a CURP's four letters
                curp_starts.append(digit - 4)
                if _is_capitals(letters):
                    ramq_starts.append(digit - 4)
        elif (
            (before == " " or before == "-")
            and "A" <= text[digit - 2] <= "Z"
            and digit >= 5
            and _is_capitals(text[digit - 5 : digit - 1])
        ):
            ramq_starts.append(digit - 5)
    return ramq_starts, curp_starts


def _is_capitals(letters: str) -> bool:
    """Only capitals A to Z."""
    return letters.isascii() and letters.isalpha() and letters.isupper()


def _code_starts(text: str, runs: Sequence[tuple[int, int]]) -> list[int]:
    """A code starts on a word boundary, then capitals and dashes lead to its first digit (the
    start of one of the digit `runs` of `text`); its first five characters are capitals, digits,
    dashes or spaces (it has five digits and a capital, or digits in groups: "W309 552 187")."""
    starts = []
    for digit, _ in runs:
        start = digit
        while True:
            before = text[start - 1] if start > 0 else " "
            if not (before.isalnum() or before == "_"):  # a word boundary
                piece = text[start : start + 5]  # five letters, digits, dashes or spaces
                if len(piece) == 5 and piece.replace("-", "a").replace(" ", "a").isalnum():
                    starts.append(start)
            if not ("A" <= before <= "Z" or before == "-"):
                break
            start -= 1
    return starts


def _cue_before(text: str, pos: int, unspaced_cue: bool, known: dict[int, tuple[int, bool]]) -> bool:
    """A cue word ends the words before `pos` (within 60 characters), give or take a few fillers
    ("number", "is", "#"). `unspaced_cue`: the message has a cue written without spaces.
    `known`: answers already read for the message, by where the words end."""
    start = max(0, pos - 60)
    if unspaced_cue and _unspaced_cue_before(text, start, pos):
        return True
    # Digits and separators just before `pos` are in no word: the words end at `words_end`.
    words = text[start:pos].rstrip(_NOT_IN_WORDS)
    words_end = start + len(words)
    # The common case: a plain word (letters only, after a space) ends them, and decides.
    chunks = words.rsplit(maxsplit=1)
    last_word = chunks[-1] if chunks else ""
    if last_word.isalpha():
        if last_word in _UPPER_CUES:
            return True
        folded = fold_word(last_word)
        if folded in _CUE_WORDS:
            # "Пишу насчёт своего дело. 2019 году": a sentence ends after the cue
            return not (last_word.islower() and len(last_word) > 3 and text.startswith(". ", words_end))
        if folded not in _FILLERS:
            return False
    if words_end in known:  # the same words, read for an earlier group of the same number
        space, answer = known[words_end]
        if space >= start:
            return answer
    # The answer is nearly always in the last few words, so read first only those after the last
    # space before the last _NEAR characters (a space is in no word, so they are the last words
    # of the whole window), and the whole window only when they were all fillers.
    space = text.rfind(" ", start, words_end - _NEAR)
    if space != -1:
        near_answer = _cue_ends(_words_between(text, space + 1, words_end))
        if near_answer is not None:
            known[words_end] = space, near_answer
            return near_answer
    return _cue_ends(_words_between(text, start, pos)) is True


def _unspaced_cue_before(text: str, start: int, pos: int) -> bool:
    """An id cue written without spaces in text[start:pos], with no phone cue, sentence end or
    address label after it ("护照号码E12345678", not "护照在老板那里，电话226-555-0191")."""
    window = text[start:pos]
    cue_at = max(window.rfind(cue) for cue in _UNSPACED_CUES)
    if cue_at == -1:
        return False
    # a sentence ends or an address starts between them: "老板收了她护照。地址是… 8188号"
    if any(stop in window[cue_at:] for stop in ("。", "！", "？", "।", "\n", "地址", "住址")):
        return False
    # "电话号码": a phone cue right before the cue counts too
    return not any(window.find(phone, max(0, cue_at - len(phone))) != -1 for phone in _PHONE_CUES_UNSPACED)


def _words_between(text: str, start: int, end: int) -> list[str]:
    """_BACK_WORD's words in text[start:end]; plain words and spaces are simply split."""
    piece = text[start:end]
    if piece.replace(" ", "").isalpha():  # letters are word characters, not digits nor "_"
        return piece.split()
    return _BACK_WORD.findall(piece)


def _elided_cue(folded: str) -> bool:
    """A cue after an elided article or preposition: "d'identité", "l'assurance" (folded, the
    apostrophe is a space)."""
    return " " in folded and folded.rsplit(" ", 1)[1] in _CUE_WORDS


def _cue_ends(words: list[str]) -> bool | None:
    """True if a cue word ends `words` (fillers after it allowed), False if another word or a sixth
    filler does, None if `words` are all fillers (fewer than six)."""
    for skipped, word in enumerate(reversed(words)):
        if word in _UPPER_CUES:
            return True
        folded = fold_word(word)
        if folded in _CUE_WORDS or _elided_cue(folded):
            return True
        # a passport's series in capitals between the cue and the number: "серії ВК номер"
        series = len(word) <= 3 and word.isupper()
        if (folded not in _FILLERS and not series) or skipped >= 5:
            return False
    return None


def _cued(
    text: str, runs: Sequence[tuple[int, int]], unspaced_cue: bool, *, series_only: bool
) -> Iterator[tuple[int, int]]:
    """A number (letters allowed: "AB123456", "ES-2024-118734") right after a cue word, tried at
    the message's digit `runs` that `text` still shows (`unmasked_runs`). `series_only`: the
    message has no cue, only a word for number, and only a series in capitals can follow it."""
    covered = -1
    known: dict[int, tuple[int, bool]] = {}
    for digit, _ in runs:
        if digit < covered:
            continue
        spaced = _spaced_at(text, digit) if not series_only else None
        if spaced is not None and _cue_before(text, spaced.start(), unspaced_cue, known):
            covered = spaced.end()
            yield spaced.span()
            continue
        start = digit
        farthest = max(0, digit - 5)
        while start > farthest and (
            text[start - 1] in "-" or (text[start - 1].isascii() and text[start - 1].isalpha())
        ):
            start -= 1
        if start > 0 and text[start - 1].isalnum() and _glued(text[start - 1]):
            start = digit
            if start > 0 and text[start - 1].isalnum() and _glued(text[start - 1]):
                continue
        if start == digit and _may_follow_letter_prefix(text, start):
            prefix = _LETTER_PREFIX.search(text, max(0, start - 6), start)
            if prefix is not None:  # "TREM 1234 5678", "AB 123456"
                start = prefix.start()
        if series_only and start == digit:
            continue
        # with the capitals before it ("AB 123456"), then, when those capitals are the cue
        # itself ("CPF 123.456.789-00"), without them
        for value_start in (start, digit) if start != digit else (start,):
            value = _VALUE.match(text, value_start)
            if value is None or not _long_enough(value.group()):
                continue
            if value_start and text[value_start - 1].isalnum() and len(value.group()) < 6:
                continue  # touching Chinese, only a long code ("号码E12345678", not "给800加币")
            if (not series_only and _cue_before(text, value.start(), unspaced_cue, known)) or (
                value_start != digit and _series_after_number_word(text, value.group(), value_start)
            ):
                covered = value.end()
                head = _CODE_HEAD.search(text, max(0, value.start() - 18), value.start())
                yield (head.start() if head else value.start()), value.end()
                break


def _spaced_at(text: str, digit: int) -> re.Match[str] | None:
    """A number spaced out one character at a time from the digit at `digit`, its spaced
    letters before it included: "A B 1 2 3 4 5 6"."""
    if text[digit + 1 : digit + 2] != " ":
        return None
    letters = _SPACED_LETTERS.search(text, max(0, digit - 6), digit)
    start = letters.start() if letters else digit
    if start == digit and digit and text[digit - 1].isalnum():
        return None
    return _SPACED.match(text, start)


def _series_after_number_word(text: str, value: str, start: int) -> bool:
    """A series in capitals and at least five digits ("FT 482913") after the word for number,
    fillers between ("Номер був FT 482913", "the number was AB 123456"): an id, not a phone."""
    if not value[:1].isupper() or sum(map(str.isdigit, value)) < 5:
        return False
    for skipped, word in enumerate(reversed(_words_between(text, max(0, start - 30), start))):
        folded = fold_word(word)
        if folded in _NUMBER_WORDS:
            return True
        if folded not in _FILLERS or skipped >= 2:
            return False
    return False


def _after_capital(text: str, start: int) -> bool:
    """A capital letter or a dash, or a capital and a space, just before `start` (where a
    series may end: "AB123456", "FT-482913", "FT 482913")."""
    before = text[start - 1]
    return before.isupper() or before == "-" or (before in " \n" and text[start - 2].isupper())


def _glued(char: str) -> bool:
    """A letter or digit (`char`, one) the number may not touch; a character of a script
    written without spaces may ("护照号码E12345678")."""
    return not ("\u3040" <= char <= "\u9fff" or "\uac00" <= char <= "\ud7af")


def _long_enough(value: str) -> bool:
    """Three digits, or two in five characters: "AB12" or "7" after a cue is not an id."""
    if len(value) >= 3 and value[:3].isdigit():
        return True
    digits = sum(map(str.isdigit, value))
    return digits >= 3 or (digits >= 2 and len(value) >= 5)


def _may_follow_letter_prefix(text: str, pos: int) -> bool:
    """What _LETTER_PREFIX needs just before `pos`: a capital, then a space (and maybe a newline,
    since its `$` also fits before a newline that ends the text searched)."""
    end = pos - 1 if text[pos - 1 : pos] == "\n" else pos
    return (
        end >= 2
        and text[end - 1] == " "
        and ("A" <= text[end - 2] <= "Z" or "А" <= text[end - 2] <= "Я" or text[end - 2] in "ЁІЇЄҐ")
    )
