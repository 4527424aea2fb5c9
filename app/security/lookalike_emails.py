"""E-mail addresses that look like another one: refused where accounts are made.

`auth.email_key` folds width and case (`ＡＤＭＩＮ@…` is `admin@…`), but a Cyrillic `а` in
`аdmin@hotline.example` is another character that looks the same on screen: a second account an
operator or a partner would take for the first. Two rules after Unicode TR39 (security mechanisms):

- mixed scripts: the local part, or one label of the domain, has letters of more than one script
  (Latin with Cyrillic, Greek, Armenian...). Latin with the Japanese, Chinese or Korean scripts is
  allowed, as in TR39's "highly restrictive" level.
- confusable: its skeleton (each character replaced by the Latin letter it looks like, marks kept)
  is the skeleton of an existing account's address.

No maintained Python library in reach computes TR39 skeletons (confusable-homoglyphs lists
look-alike characters but gives no skeleton), so `_LOOK_ALIKES` is a small table from Unicode's
confusables.txt: the Cyrillic, Greek and Armenian lower-case letters that look like a Latin one, and
the Latin sequences that look like another letter. Mixed scripts are refused whatever the table
says; the table only matters for an address written in one look-alike script.
"""

from __future__ import annotations

import unicodedata

# fmt: off
_LOOK_ALIKES = {
    # Cyrillic
    "а": "a", "с": "c", "ԁ": "d", "е": "e", "һ": "h", "і": "i", "ј": "j", "ӏ": "l", "о": "o",
    "р": "p", "ԛ": "q", "ѕ": "s", "ѵ": "v", "ԝ": "w", "х": "x", "у": "y", "ү": "y",
    # Greek
    "α": "a", "ϲ": "c", "η": "n", "ι": "i", "ϳ": "j", "ν": "v", "ο": "o", "ρ": "p", "υ": "u",
    "χ": "x", "γ": "y",
    # Armenian
    "ա": "w", "հ": "h", "ո": "n", "ս": "u", "օ": "o", "զ": "q", "ց": "g",
    # Latin and digits
    "ı": "i", "ɑ": "a", "ɡ": "g", "0": "o", "1": "l",
}
# fmt: on
_LATIN_SEQUENCES = (("rn", "m"), ("vv", "w"), ("cl", "d"))
# TR39 "highly restrictive": Latin alone, or with one East Asian set of scripts.
_EAST_ASIAN = (
    {"LATIN", "CJK", "HIRAGANA", "KATAKANA"},
    {"LATIN", "CJK", "BOPOMOFO"},
    {"LATIN", "CJK", "HANGUL"},
)


def _script(character: str) -> str | None:
    """The script of a letter, from its Unicode name (`CYRILLIC SMALL LETTER A`); None for the
    rest (digits, `.`, `-`, `_`, marks), which belong to every script."""
    if not unicodedata.category(character).startswith("L"):
        return None
    return unicodedata.name(character, "UNKNOWN").split(" ")[0]


def mixes_scripts(part: str) -> bool:
    scripts = {script for character in part if (script := _script(character))}
    return len(scripts) > 1 and not any(scripts <= allowed for allowed in _EAST_ASIAN)


def skeleton(email: str) -> str:
    """The address as it looks: every look-alike character as the Latin letter it resembles."""
    decomposed = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", email).casefold())
    mapped = "".join(_LOOK_ALIKES.get(character, character) for character in decomposed)
    for sequence, letter in _LATIN_SEQUENCES:
        mapped = mapped.replace(sequence, letter)
    return unicodedata.normalize("NFD", mapped)


def refusal(email: str, *, existing: list[str]) -> str | None:
    """Why a new account's address (in `auth.email_key` form) is refused: it mixes scripts, or
    looks like one of `existing` (the addresses of the accounts there are); None if it is not."""
    local, _, domain = email.rpartition("@")
    if mixes_scripts(local) or any(mixes_scripts(label) for label in domain.split(".")):
        return (
            "this e-mail address mixes alphabets (Latin with Cyrillic or Greek letters, say): "
            "type it again with one keyboard layout"
        )
    looks = skeleton(email)
    if any(skeleton(other) == looks and other != email for other in existing):
        return "this e-mail address looks the same as an existing account's: choose another one"
    return None
