"""E-mail addresses, plain ("ana@gmail.com") and obfuscated ("ana at gmail dot com",
"karim(at)outlook(dot)fr", "ana arobase hotmail point fr", "ana arroba gmail punto com")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage.redaction.spans import Hints

# "ana@gmail.com", "ana@gmail" (no domain ending: still an address), "ana @ gmail.com"; but not
# "his insta is @tony_99. it was" (a handle after a word).
_PLAIN = re.compile(
    r"(?<![\w.+-])[\w.+-]*\w@[\w-]+(?:\.[\w-]+)*|(?<![\w.+-])[\w.+-]*\w @ [\w-]+(?:\.[\w-]+)+", re.UNICODE
)

_AT_BRACKETED = (
    r"\s*(?:\(\s*(?:at|@|arobase|arroba)\s*\)|\[\s*(?:at|@|arobase|arroba)\s*\]|\{\s*at\s*\}|<\s*at\s*>)\s*"
)
_AT_WORD = r"\s+(?:at|arobase|arrobase|arobas|arroba|arrouba|@)\s+"
_DOT_BRACKETED = (
    r"\s*(?:\(\s*(?:dot|point|punto|ponto)\s*\)|\[\s*(?:dot|point|punto|ponto)\s*\]|\{\s*dot\s*\})\s*"
)
_DOT_WORD = r"\s+(?:dot|point|punto|ponto|pto)\s+"
_PROVIDERS = (
    "gmail|googlemail|hotmail|outlook|live|yahoo|ymail|icloud|me|msn|aol|proton|protonmail|videotron|"
    "sympatico|bell|rogers|shaw|telus|cogeco|globetrotter|orange|free|sfr|laposte|wanadoo|yandex|mail|"
    "qq|163|126|gmx|web|zoho|tutanota|prodigy|terra|uol|bol"
)
_TLDS = (
    "com|ca|fr|org|net|mx|es|ht|ph|in|cn|ru|ua|ro|md|io|co|info|edu|gov|qc|uk|de|be|ch|br|ar|cl|pe|ve|"
    "gt|hn|sv|ni|cr|pa|cu|do|ma|dz|tn|sn|ci|cm|cd|ng|gh|ke|et|vn|pk|bd|lk|np|ir|iq|sy|lb|jo|eg|sa|ae|tr|pl|"
    "bg|hu|it|pt|us|me|biz|online"
)
_LOCAL_BEFORE = re.compile(
    rf"(?<![\w.+-])[\w.+-]*\w(?:(?:{_DOT_BRACKETED}|{_DOT_WORD})[\w+-]+)*$", re.IGNORECASE | re.UNICODE
)
_DOMAIN_AFTER = re.compile(
    rf"[\w-]+(?:(?:{_DOT_BRACKETED}|{_DOT_WORD}|\s?\.\s?)[\w-]+){{0,3}}", re.IGNORECASE | re.UNICODE
)
_AT = re.compile(rf"{_AT_BRACKETED}|{_AT_WORD}", re.IGNORECASE)
# a cheap first pass: where an "at" word or an "@" is written at all
_AT_ANCHOR = re.compile(r"(?i)\b(?:at|arobase|arrobase|arobas|arroba|arrouba)\b|@")
_DOT = re.compile(rf"{_DOT_BRACKETED}|{_DOT_WORD}|\s?\.\s?", re.IGNORECASE)
_PROVIDER_NAMES = frozenset(_PROVIDERS.split("|"))
_TLD_NAMES = frozenset(_TLDS.split("|"))


_AT_WORDS = frozenset(["at", "arobase", "arrobase", "arobas", "arroba", "arrouba"])


def find_emails(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    """Spans of e-mail addresses; an obfuscated one needs a known provider or a known
    top-level domain after a written dot, so "I am at home" stays."""
    if "@" in text:
        for match in _PLAIN.finditer(text):
            end = match.end()
            while end > match.start() and text[end - 1] in ".-":
                end -= 1
            yield match.start(), end
    if not ("@" in text or hints.has_any(_AT_WORDS)):
        return
    for anchor in _AT_ANCHOR.finditer(text):
        # the full separator around the anchor: "(at)", " at ", " [@] "
        at = _AT.search(text, max(0, anchor.start() - 3), min(len(text), anchor.end() + 3))
        if at is None:
            continue
        local = _LOCAL_BEFORE.search(text, max(0, at.start() - 80), at.start())
        domain = _DOMAIN_AFTER.match(text, at.end())
        if local is None or domain is None:
            continue
        parts = [part.lower() for part in _DOT.split(domain.group()) if part]
        if parts and (parts[0] in _PROVIDER_NAMES or (len(parts) >= 2 and parts[-1] in _TLD_NAMES)):
            yield local.start(), domain.end()
