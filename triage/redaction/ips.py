"""IPv4 and IPv6 addresses, checked with the standard library's rules (IPv4 by its rules
written out, without its exceptions). An IPv4 address with its dots hidden in brackets or said
in words ("192[.]168[.]0[.]12", "10 dot 0 dot 0 dot 7") is one too."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from triage import word_lists
from triage.redaction.spans import Hints, looked_for, match_each_at

_V4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)")
_V6 = re.compile(
    r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![\w:])"
)


# a dot in brackets, or a dot word of the e-mail lists ("dot", "point", "punto", "точка")
_DOT_SPELLINGS = {word.lower() for word in word_lists.words("emails", "dot")}
_DOT_WORD_SET = looked_for(word for word in _DOT_SPELLINGS if " " not in word)
_DOT_WORDS = "|".join(map(re.escape, sorted(_DOT_SPELLINGS, key=len, reverse=True)))
_HIDDEN_DOT = rf"(?: ?[\[({{] ?\. ?[\])}}] ?| (?:{_DOT_WORDS}) )"
_V4_HIDDEN = re.compile(rf"(?i)(?<![\d.])\d{{1,3}}(?:{_HIDDEN_DOT}\d{{1,3}}){{3}}(?![\d.])")
_V4_HIDDEN_SIGNS = ("[.]", "(.)", "{.}", "[ . ]", "( . )")


def _hidden_v4(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    """IPv4 addresses with their dots in brackets or said in words, valid once written plainly."""
    if not (any(sign in text for sign in _V4_HIDDEN_SIGNS) or hints.has_any(_DOT_WORD_SET)):
        return
    for match in _V4_HIDDEN.finditer(text):
        if _valid_v4(".".join(re.findall(r"\d+", match.group()))):
            yield match.span()


def _valid(candidate: str) -> bool:
    try:
        ipaddress.ip_address(candidate)
    except ValueError:
        return False
    return True


def _valid_v4(candidate: str) -> bool:
    """What `ipaddress.ip_address` accepts among `_V4` matches (four groups of one to three
    digits), told without its exceptions: ASCII digits only, no group with a leading zero
    ("010"), none above 255."""
    if not candidate.isascii():
        return False
    for group in candidate.split("."):  # noqa: SIM110 - a loop costs less than all() over a generator
        if (group[0] == "0" and group != "0") or int(group) > 255:
            return False
    return True


def find_ips(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    if len(hints.digit_runs) >= 4:
        yield from _hidden_v4(text, hints)
    v4_starts = _v4_starts(text, hints) if "." in text else None
    if v4_starts:
        for start, end in match_each_at(text, v4_starts, (_V4,)):
            if _valid_v4(text[start:end]):
                yield start, end
    if "::" in text or text.count(":") >= 3:
        for match in _V6.finditer(text):
            if match.group().count(":") >= 2 and _valid(match.group()):
                yield match.span()


def _v4_starts(text: str, hints: Hints) -> list[int]:
    """Where _V4 can start: a digit run of the message, of one to three digits, still followed
    by a dot and a digit in `text`."""
    return [
        start
        for start, end in hints.digit_runs
        if end - start <= 3 and text[end : end + 1] == "." and text[end + 1 : end + 2].isdecimal()
    ]
