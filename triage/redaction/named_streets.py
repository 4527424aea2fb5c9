"""The house number said before a street, with its label and an "of" word ("número 47 da
Kennedy Rd", "numéro 12 de la rue Saint-Denis", "number 47 on Kennedy Road"): the label, the
number and the street are one address. A street named without any number ("a motel on Airport
Rd") is a place in the town, which the writers keep; only the number makes it a door.

A street type after one to three capitalised words names a street when the type is one that is
no everyday word once capitalised after a name: the full words Street, Avenue, Road, Boulevard,
Lane, Crescent, Drive, Parkway, and the abbreviations of the types that come after a name.
"St" and "Dr" before a capitalised word are "Saint" and "Doctor" ("St Catharines", "Dr Lee"),
not a type, and a capitalised word after the type makes the whole a business's name ("Wall
Street Journal", "Bay Street Clinic"). A stop word opening the words ("I", "The", "On") is no
part of the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage import word_lists
from triage.codes import PiiType
from triage.data_files import data_words
from triage.folding import fold_word
from triage.redaction.spans import MASK, Found, Hints, looked_for

_FULL_TYPES = ("street", "avenue", "road", "boulevard", "lane", "crescent", "drive", "parkway")
_ABBREVIATIONS = tuple(
    sorted(
        {
            abbreviation.lower().rstrip(".")
            for _, forms in word_lists.abbreviations("addresses", "types_after")
            for abbreviation in forms
            if abbreviation.isalpha() and len(abbreviation) >= 2
        }
    )
)
_TYPE_WORDS = looked_for((*_FULL_TYPES, *_ABBREVIATIONS))
_TYPES = "|".join(
    [
        *(rf"{word[0].upper()}{word[1:]}|{word.upper()}|{word}" for word in _FULL_TYPES),
        *(rf"(?i:{re.escape(form)})\.?" for form in _ABBREVIATIONS),
    ]
)
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_NAMED_STREET = re.compile(
    rf"(?<![\w'’@.#-])(?:{_CAPITALISED}[ \t]+){{1,3}}(?:{_TYPES})(?![\w'’-])(?![ \t]+[A-Z][a-z])"
)
# "St" and "Dr" before a capitalised word are "Saint" and "Doctor"
_SAINT_OR_DOCTOR = re.compile(r"(?i:st|dr)\.?[ \t]+[A-Z]")
_STOP = frozenset(
    fold_word(word) for word in (*data_words("name_stopwords.txt"), *word_lists.words("names", "not_names"))
)


# a house number's label, the number, and one or two "of" words, right before a street
_LABEL = r"(?i:n[uú]mero|num[ée]ro|number|num\.|nr\.?|no\.?|n[°º]|#|№|номер)"
_OF = r"(?i:de la|de l'|da|de|do|du|del|of|on|sur|em|na|no|en|on)"
_NUMBER_BEFORE = re.compile(rf"(?<!\w){_LABEL}[ \t]*\d{{1,5}}[A-Za-z]?[ \t]*,?[ \t]+(?:{_OF})[ \t]+$")
_LABEL_BEFORE = re.compile(rf"(?<!\w){_LABEL}[ \t]*$")


def find_named_streets(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    """Streets named by capitalised words and a type after them, after a labelled house number."""
    if hints.words.isdisjoint(_TYPE_WORDS):
        return
    for match in _NAMED_STREET.finditer(text):
        words = match.group().split()
        if _SAINT_OR_DOCTOR.match(text, match.start() + len(match.group()) - len(words[-1])):
            continue
        start = match.start()
        names = words[:-1]
        while names and fold_word(names[0]) in _STOP:
            start = text.index(names[0], start) + len(names[0])
            names = names[1:]
        if not names:
            continue
        # without a house number before it, a street is a place in the town ("a motel on Airport
        # Rd"), kept; with one ("número 47 da Kennedy Rd"), it pins a door
        start = text.index(names[0], start)
        number = _NUMBER_BEFORE.search(text, max(0, start - 40), start)
        if number is not None:
            yield number.start(), match.end()


# Read for every span found (an Enum member read off its class costs a slow hook in Python 3.11).
_ADDRESS = PiiType.ADDRESS


def with_house_numbers(text: str, claimed: str, found: list[Found]) -> list[Found]:
    """`found` with each address stretched back over the house number said before it with its
    label ("número 47 da [street]"), or over the label of the number it starts with
    ("número [47 da Kennedy Rd]"): the label is part of the address."""
    stretched: list[Found] = []
    for start, end, kind in found:
        if kind is _ADDRESS:
            window = max(0, start - 40)
            before = _NUMBER_BEFORE.search(text, window, start)
            if before is None and text[start : start + 1].isdigit():
                before = _LABEL_BEFORE.search(text, window, start)
            if before is not None and MASK not in claimed[before.start() : start]:
                start = before.start()
        stretched.append((start, end, kind))
    return stretched
