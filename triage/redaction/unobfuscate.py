"""Undo the usual ways of hiding a number or an e-mail from a filter, keeping every offset.

Before the detectors run, the message is rewritten character for character (same length, so
a span found in the rewritten text is the same span of the message):
- digits of any script ("٥١٤", "५१४", full-width "５１４"), and superscript, subscript and
  circled ones ("⁵¹⁴", "①②③"), become ASCII digits;
- a full-width "＠" or a small "﹫" becomes "@";
- zero-width spaces and joiners (U+200B, U+200C, U+200D, U+2060, U+FEFF) and soft hyphens
  (U+00AD) between two digits, with a space beside them or not, and a line break between two
  digits, become spaces, so "514\\u200b555\\u200b0161", "555\\u200b 014" and "418 555\\n0146"
  read as digit groups;
- hidden characters and a line break next to a dash or a dot inside a number too
  ("438\u200b-\u200b555", "204-555-\n0173");
- hidden characters inside an e-mail address become letters, so it reads as one address
  ("a\u200bna@ex\u200bample.org", "ana.silva\u00ad@gmail.com");
- full-width and typographic dashes ("－", "‐", "–", "—", "―", "−") become "-", and an
  ideographic, thin or figure space between two digits a space ("５１４　５５５　０１２３");
- full-width letters, dots and underscores ("ａｎａ＠ｇｍａｉｌ．ｃｏｍ") become ASCII ones;
- the marks of a keycap digit ("5️⃣1️⃣4️⃣": a digit, U+FE0F, U+20E3) are hidden characters, so
  keycaps read as digits split by spaces;
- the letter O (Latin or Cyrillic, either case) written for a zero and the letter l or I for
  a one among digits ("514 5O5 O123", "4l6 555 0l99") become "0" and "1": in a group of
  digits and such letters, with two digits at least, three characters at least, and no other
  letter next to it; and in a chain of such groups split by single spaces, dots or dashes
  that holds seven digits or more, five of them real digits ("514 555 O1 2O", "916 ООО 45 67"),
  every group;
- a middle dot or a bullet between two digits ("5·1·4·5·5·5") becomes a space, and one inside
  an e-mail address ("ana·lopez@gmail·com") a dot; a star, a tilde or a bar between two digit
  groups ("514*555*0123", "514 | 555 | 0123") a dash;
- Chinese numerals written for digits, in a run of seven or more of them, spaces and dashes
  allowed between ("四三八 五五五 零一二一"), become ASCII digits: no word of seven numerals
  is anything but a number. So do the numerals of a run of seven or more numerals and digits
  with three numerals at least ("138 五五五 0123"), the "幺" said for a one and "两" for a two
  in phone numbers, and the financial numerals ("壹叁捌伍伍伍").
"""

from __future__ import annotations

import re
import unicodedata

from triage.folding import latin1

_HIDDEN = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_BETWEEN_DIGITS = re.compile(
    rf"(?<=[\d.\-])(?: ?[{_HIDDEN}]+ ?|[ \t{_HIDDEN}]*\r?\n[ \t{_HIDDEN}]*)(?=[\d.\-])"
)
_FULL_WIDTH = "".join(map(chr, [*range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)])) + "\uff0e\uff3f"
# dashes, full-width letters, dot and underscore, and keycap marks (hidden: they stand between digits)
_PLAIN_FORMS = str.maketrans(
    "\uff0d\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63" + _FULL_WIDTH + "\ufe0f\u20e3",
    "---------" + "".join(chr(ord(ch) - 0xFEE0) for ch in _FULL_WIDTH) + "\u200b\u200b",
)
_OS = "OoОоlI"
# an ideographic, thin or figure space between two digits, or a digit and a letter ("５１４　５５５",
# "Ｈ２Ｘ　１Ｙ４") is a space
_WIDE_SPACES = "\u3000\u2009\u202f\u2007"
_WIDE_SPACE_BETWEEN_DIGITS = re.compile(
    rf"(?<=[^\W_])[{_WIDE_SPACES}](?=\d)|(?<=\d)[{_WIDE_SPACES}](?=[^\W_])"
)
# an O next to a digit, or alone between digits typed one by one ("5 5 5 O 1 2"); the pattern
# starts with a character set, so the engine skips ahead to
# the O's instead of trying every position
# , or first of a group of two to four of them between two digit groups ("916 ООО 45 67")
_O_BY_A_DIGIT = re.compile(
    rf"[{_OS}](?:(?<=\d[{_OS}])|(?=\d)|(?<=\d [{_OS}])(?= \d)|(?<=\d[ .\-][{_OS}])(?=[{_OS}]{{1,3}}[ .\-]\d))"
)
_ZEROS = str.maketrans(_OS, "000011")
# For bytes.translate on a Latin-1 text: a digit becomes "0", an O, o, l or I becomes "O", anything
# else a space.
_O_MARKS = bytes(
    0x30 if 0x30 <= code <= 0x39 else 0x4F if chr(code) in "OolI" else 0x20 for code in range(256)
)
# a chain of groups of digits and such letters, split by one space, dot or dash, with no
# letter before or after it
_CHAIN = re.compile(rf"(?<![^\W\d_])[\d{_OS}]+(?:[ .\-][\d{_OS}]+)+(?![^\W\d_])")
_LETTER = re.compile(r"[^\W\d_]")
_CHAIN_REACH = 40  # characters before an O that a chain of digit groups can start
_CHINESE_DIGITS = "〇零一二三四五六七八九幺两兩壹贰貳叁參肆伍陆陸柒捌玖"
# a run of numerals and digits; spaces, dashes, dots and commas between ("一三八 - 〇〇一三", "幺三八，零零")
_CHINESE_RUN = re.compile(rf"[{_CHINESE_DIGITS}0-9](?:[ \-.,，、]{{0,3}}[{_CHINESE_DIGITS}0-9]){{6,}}")
_FROM_CHINESE = str.maketrans(_CHINESE_DIGITS, "00123456789122122334566789")
_CHINESE_NUMERAL = re.compile(f"[{_CHINESE_DIGITS}]")
# digits that are no decimal digits: superscript, subscript, circled, dingbat ("⁵¹⁴", "①②③", "➊")
_DIGIT_SIGNS = (
    "\u2070\u00b9\u00b2\u00b3\u2074-\u2079\u2080-\u2089"  # superscript, subscript
    "\u2460-\u2468\u24ea\u24f5-\u24fd\u2776-\u277e\u2780-\u2788\u278a-\u2792"  # circled
)
# a digit outside ASCII, "＠" or "﹫"
_OTHER_DIGIT = re.compile(rf"(?![0-9])\d|[\uff20\ufe6b{_DIGIT_SIGNS}]")


def _plain(match: re.Match[str]) -> str:
    char = match.group()
    return "@" if char in "\uff20\ufe6b" else str(unicodedata.digit(char))


def _spaces(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _zeros(text: str, o_by_a_digit: list[int]) -> str:
    """`text` with the O's (and l's, I's) of each group of digits and such letters that has two
    digits at least, three characters at least, and no letter right before or after it,
    written as zeros (and ones)."""
    pieces: list[str] = []
    done = 0
    for at in o_by_a_digit:
        if at < done:
            continue
        start, end = at, at + 1
        while start > 0 and (text[start - 1].isdigit() or text[start - 1] in _OS):
            start -= 1
        while end < len(text) and (text[end].isdigit() or text[end] in _OS):
            end += 1
        group = text[start:end]
        done = end
        before = text[start - 1] if start > 0 else " "
        after = text[end] if end < len(text) else " "
        digits = sum(map(str.isdigit, group))
        if len(group) >= 3 and digits >= 2 and not (before.isalpha() or after.isalpha()):
            if len(group) == 4 and _in_iban(text, start, end):
                continue
            pieces += [text[len("".join(pieces)) : start], group.translate(_ZEROS)]
    if not pieces:
        return text
    return "".join(pieces) + text[len("".join(pieces)) :]


def _in_iban(text: str, start: int, end: int) -> bool:
    """The group of four at text[start:end] stands among groups of four with two capitals or
    more ("RO49 AAAA 1B31 JO20 56O4 KKBX"): an IBAN, whose letter O is a letter."""
    for neighbour in (text[max(0, start - 5) : start - 1], text[end + 1 : end + 5]):
        if len(neighbour) == 4 and neighbour.isalnum() and sum(map(str.isupper, neighbour)) >= 2:
            return not (text[start - 1 : start].isalnum() or text[end : end + 1].isalnum())
    return False


_GROUP_RUN = re.compile(rf"[\d{_OS}]+")


def _chain_search(text: str, start: int) -> re.Match[str] | None:
    """`_CHAIN.search(text, start)`, tried once per run of digits and such letters: a chain's
    first group is the rest of its run (no separator inside), so every place in a run that the
    look-behind lets start meets the same rest, and only the first can be the match. Tried at
    every place of a run, "go" and 3,998 digits took 1.3 s (`tests/security/test_triage_time.py`)."""
    for run in _GROUP_RUN.finditer(text, start):
        first = next(
            (at for at in range(run.start(), run.end()) if not at or not _LETTER.match(text, at - 1)), None
        )
        if first is not None and (chain := _CHAIN.match(text, first)) is not None:
            return chain
    return None


def _zero_chains(text: str, o_by_a_digit: list[int]) -> str:
    """`text` with the O's, l's and I's of each chain of digit groups that holds seven
    characters or more, five of them digits, written as digits: "514 555 O1 2O", where the
    short groups alone have too few digits. Only the chains around `o_by_a_digit` are read."""
    pieces: list[str] = []
    cursor = 0
    for at in o_by_a_digit:
        if at < cursor:
            continue
        chain = _chain_search(text, max(cursor, at - _CHAIN_REACH))
        if chain is None:
            break
        if not chain.start() <= at < chain.end():
            continue
        group = chain.group()
        digits = sum(map(str.isdigit, group))
        if (
            digits >= 5
            and digits + sum(ch in _OS for ch in group) >= 7
            and digits < len(group.replace(" ", ""))
        ):
            pieces += [text[cursor : chain.start()], group.translate(_ZEROS)]
            cursor = chain.end()
    return "".join(pieces) + text[cursor:] if pieces else text


# an e-mail address with hidden characters inside ("a\u200bna@ex\u200bample.org",
# "ana.silva\u00ad@gmail.com"): each becomes a letter, so the address reads as one
_EMAIL_CHAR = rf"[\w.+\-{_HIDDEN}]"
_HIDDEN_IN_EMAIL = re.compile(
    rf"{_EMAIL_CHAR}*[{_HIDDEN}]{_EMAIL_CHAR}*@{_EMAIL_CHAR}+|[\w.+\-]+@{_EMAIL_CHAR}*[{_HIDDEN}]{_EMAIL_CHAR}*"
)
_HIDDEN_LETTERS = str.maketrans(_HIDDEN, "x" * len(_HIDDEN))


def _hidden_as_letters(match: re.Match[str]) -> str:
    return match.group().translate(_HIDDEN_LETTERS)


# middle dots and bullets typed for a filter ("5·1·4·5·5·5", "ana·lopez@gmail·com"): a
# space between two digits, a dot inside an e-mail address (Catalan "l·l" is left alone)
_MIDDLE_DOTS = "\u00b7\u2022\u2219\u22c5\u30fb"
_DOT_BETWEEN_DIGITS = re.compile(rf"(?<=\d)[{_MIDDLE_DOTS}](?=\d)")
# a star, a tilde or a bar between two digits ("514*555*0123") is a dash, and between spaced
# groups in the shape of a phone ("514 | 555 | 0123", not "100 | 200 | 300 dollars") too
_SIGN_BETWEEN_DIGITS = re.compile(
    r"(?<=\d)[*~|](?=\d)"
    r"|(?<=(?<!\d)\d{3} )[*~|](?= \d{3} [*~|] \d{4}(?!\d))"
    r"|(?<=(?<!\d)\d{3} [*~|] \d{3} )[*~|](?= \d{4}(?!\d))"
)
_DOTTED_EMAIL = re.compile(
    rf"[\w.+\-{_MIDDLE_DOTS}]*[{_MIDDLE_DOTS}][\w.+\-{_MIDDLE_DOTS}]*@[\w.\-{_MIDDLE_DOTS}]+"
    rf"|[\w.+\-]+@[\w.\-{_MIDDLE_DOTS}]*[{_MIDDLE_DOTS}][\w.\-{_MIDDLE_DOTS}]*"
)
_AS_DOTS = str.maketrans(_MIDDLE_DOTS, "." * len(_MIDDLE_DOTS))


def _middle_dots(text: str) -> str:
    text = _DOT_BETWEEN_DIGITS.sub(" ", text)
    if "@" in text:
        text = _DOTTED_EMAIL.sub(lambda match: match.group().translate(_AS_DOTS), text)
    return text


def _as_digits(run: re.Match[str]) -> str:
    numerals = run.group()
    if sum(char in _CHINESE_DIGITS for char in numerals) < 3:  # "五一" (May Day) beside a year
        return numerals
    return numerals.translate(_FROM_CHINESE)


def _chinese_numerals(text: str) -> str:
    if not _CHINESE_NUMERAL.search(text):
        return text
    return _CHINESE_RUN.sub(_as_digits, text)


def unobfuscate(text: str) -> str:
    """`text` with hidden digits and at signs written plainly, offsets unchanged."""
    latin = latin1(text)  # Latin-1 has no digit but 0-9, no other at sign, no hidden character but
    # the soft hyphen
    if latin is None:
        text = _OTHER_DIGIT.sub(_plain, text).translate(_PLAIN_FORMS)
        if any(space in text for space in _WIDE_SPACES):
            text = _WIDE_SPACE_BETWEEN_DIGITS.sub(" ", text)
        text = _chinese_numerals(text)
    if "\n" in text or (not text.isascii() and any(hidden in text for hidden in _HIDDEN)):
        text = _BETWEEN_DIGITS.sub(_spaces, text)
        if "@" in text:
            text = _HIDDEN_IN_EMAIL.sub(_hidden_as_letters, text)
    if not text.isascii() and any(dot in text for dot in _MIDDLE_DOTS):
        text = _middle_dots(text)
    if ("*" in text or "~" in text or "|" in text) and _SIGN_BETWEEN_DIGITS.search(text):
        text = _SIGN_BETWEEN_DIGITS.sub("-", text)
    if latin is not None and "\n" not in text:
        # most messages: an O, l or I beside a digit is looked for in C, on a copy where digits
        # are "0", those letters "O" and anything else a space (the text itself is unchanged)
        marks = latin.translate(_O_MARKS)
        if b"0O" not in marks and b"O0" not in marks and b"0 O 0" not in marks and b"0 OO" not in marks:
            return text
    o_by_a_digit = [match.start() for match in _O_BY_A_DIGIT.finditer(text)]
    return _zero_chains(_zeros(text, o_by_a_digit), o_by_a_digit) if o_by_a_digit else text
