"""Names in Hindi or Urdu written in Latin letters, marked by the postposition after them
(issue 11, round 22): "mujhe aur Sohan ko kamre me band kar diya" (Sohan is the object, "ko"),
"Sohan ne mera passport le liya" (the agent, "ne"). In a message with words of Hindi in Latin
letters, a capitalised word in the middle of a sentence right before "ko" or "ne" is a person
when no list knows it as a place, a stop word, a relation or an acronym, and it is not one of
the words for God, the government or an employer written with a capital (`_NOT_PERSONS`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from triage.redaction.spans import looked_for

if TYPE_CHECKING:
    from triage.redaction.name_finder import NameFinder

_POSTPOSITIONS = frozenset(["ko", "ne"])
POSTPOSITION_WORDS = looked_for(_POSTPOSITIONS)
# words only Hindi or Urdu in Latin letters writes, one of which the message must have
HINDI_WORDS = looked_for(
    [
        "hai",
        "hain",
        "hu",
        "hoon",
        "nahi",
        "nahin",
        "mujhe",
        "mera",
        "meri",
        "mere",
        "kar",
        "diya",
        "gaya",
        "raha",
        "rahi",
        "bahut",
        "kya",
        "hum",
        "aap",
        "tha",
        "thi",
    ]
)
_NOT_PERSONS = frozenset(
    [
        "allah",
        "bhagwan",
        "khuda",
        "sahab",
        "saheb",
        "sahib",
        "thekedar",
        "kafeel",
        "company",
        "sarkar",
        "sarkaar",
        "mummy",
        "ji",
        "maa",
        "baap",
    ]
)


def take_postposed(finder: NameFinder) -> None:
    """Claim a capitalised word, mid-sentence, right before "ko" or "ne" (see the docstring)."""
    tokens = finder.tokens
    for i in range(1, len(tokens) - 1):
        if tokens[i + 1].folded not in _POSTPOSITIONS or i in finder.taken:
            continue
        token = tokens[i]
        if (
            not token.capitalised
            or token.stop
            or token.shouted
            or token.marker
            or token.folded in _NOT_PERSONS
        ):
            continue
        if finder.joined(i, i + 1) and not finder.sentence_initial(i) and not finder.is_place(i):
            finder.claim(i, i)
