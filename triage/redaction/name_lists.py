"""The word lists the name finder reads, and what it knows of each written word.

First names, family names and stop words come from triage/data; cue phrases, relations,
honorifics and the other small lists from triage/lexicons/redaction/<lang>.toml
(`word_lists`). Every list is compared folded (`triage.folding`), except honorifics, read as
written.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from triage import word_lists
from triage.data_files import data_lines, data_words
from triage.folding import COMBINING_MARKS, fold_word, latin1, urdu_spellings
from triage.redaction.name_keys import name_keys, written_keys
from triage.redaction.spans import looked_for

_CYRILLIC = re.compile("[\u0400-\u04ff]")
# Russian and Ukrainian case endings, by how the name ends (feminine -а/-я, masculine -й/-ь/-о
# or a consonant): "Оксану", "Наташи", "с Олегом", "Светлане", "з Тарасом", "Сергею".
_ENDINGS = {
    "а": ("у", "ы", "и", "е", "ой", "ою", "і", "ою"),
    "я": ("ю", "и", "е", "ей", "ею", "і", "ї"),
    "й": ("я", "ю", "ем", "е", "єм", "єві", "еві"),
    "ь": ("я", "ю", "ем", "е", "і", "еві"),
    "о": ("а", "у", "ом", "і", "ові"),
}
_CONSONANT_ENDINGS = ("а", "у", "ом", "е", "і", "ові", "я", "ю", "ем", "еві")
# declined forms that are everyday words ("марка" a brand, "марку")
_NOT_DECLINED = frozenset(["марка", "марку", "марки", "марке", "маркой"])


def _declined(name: str) -> list[str]:
    """A Cyrillic first name's forms in the other cases, lower case."""
    lower = name.casefold()
    last = lower[-1]
    if last in _ENDINGS:
        forms = [lower[:-1] + ending for ending in _ENDINGS[last]]
    elif last in "еєиіїоуюыэ":
        return []  # "Зоє", "Марі": not declined here
    else:
        forms = [lower + ending for ending in _CONSONANT_ENDINGS]
    return [form for form in forms if form not in _NOT_DECLINED]


def _polish_declined(name: str) -> list[str]:
    """A Polish first name's forms in the other cases, as written and folded: "Darek" -> "darka",
    "darkiem", "darku"; "Krzysiek" -> "krzyśka"; "Dariusz" -> "dariusza"; "Kasia" -> "kasi",
    "kasię", "kasią"; "Beata" -> "beaty", "beatę"; "Agnieszka" -> "agnieszki"."""
    lower = name.casefold()
    if lower.endswith("a"):
        stem = lower[:-1]
        genitive = stem if stem.endswith("i") else stem + ("i" if stem.endswith(("k", "g")) else "y")
        forms = [genitive, stem + "ę", stem + "ą"]
    elif lower.endswith("iek") and lower[-4:-3] in "sncz":  # Krzysiek -> Krzyśka, Maciek -> Maćka
        forms = [lower[:-3] + "k" + ending for ending in ("a", "owi", "iem", "u")]
    elif lower.endswith("ek"):  # Darek -> Darka: the "e" drops
        forms = [lower[:-2] + "k" + ending for ending in ("a", "owi", "iem", "u")]
    elif lower[-1] not in "aeiouyąęó":
        forms = [lower + ending for ending in ("a", "owi", "em")]
    else:
        return []
    return [key for form in forms for key in {form, fold_word(form)}]  # as written too: the gate


DECLINED: set[str] = set()  # the declined Cyrillic and Polish forms among the tiers' keys


def _load_tiers() -> dict[str, str]:
    tiers: dict[str, str] = {}
    names = data_words("first_names.txt")
    for name in names:
        for key in name_keys(name):
            tiers[key] = "any"
    # a Cyrillic name in another case is a name only with its capital ("Оксану продали")
    for name in names:
        if _CYRILLIC.match(name):
            for form in _declined(name):
                if form not in tiers:
                    tiers[form] = "capitalised"
                    DECLINED.add(form)
    # Polish given names, capitalised, and their other cases ("u Krzyśka", "zobaczyłam Darka")
    for name in data_words("first_names_polish.txt"):
        for key in name_keys(name):
            tiers.setdefault(key, "capitalised")
        for form in _polish_declined(name):
            tiers.setdefault(form, "capitalised")
            DECLINED.add(form)  # "z Gosią" folds to the nominative
    # names of many countries no caller list above holds: capitalised and mid-sentence only
    # (not a stop word of a caller's language: "letzten Sommer", last summer)
    for name in data_words("first_names_world.txt"):
        for key in name_keys(name):
            if key not in STOP:
                tiers.setdefault(key, "mid-sentence")
    tier = "mid-sentence"
    for line in data_lines("first_names_ambiguous.txt"):
        if line.startswith("["):
            tier = line.strip("[] ")
            continue
        for name in line.split():
            for key in written_keys(name):
                tiers[key] = tier
            for key in urdu_spellings(name):  # "علي" needs a cue; "علی" is Persian for it, listed
                tiers.setdefault(key, tier)
    return tiers


_STOP_WORDS = [*data_words("name_stopwords.txt"), *word_lists.words("names", "not_names", "state_words")]
STOP = frozenset(fold_word(word) for word in _STOP_WORDS)
TIERS = _load_tiers()
SURNAMES = frozenset(fold_word(name) for name in data_words("surnames.txt"))
# The stop words as written: a word with capitals written with a letter past Latin-1 ("Mỹ")
# is a stop word only when listed so, not because it folds to one ("my").
_STOP_WRITTEN = frozenset(word.lower() for word in _STOP_WORDS)


def folded(key: str) -> frozenset[str]:
    """The entries of `key` in the names word lists, folded (`fold_word`)."""
    return frozenset(fold_word(word) for word in word_lists.words("names", key))


def as_written_and_lower(key: str) -> frozenset[str]:
    """The entries of `key` as written and in lower case: what a message's lower-case
    words (Hints) are compared with."""
    entries = word_lists.words("names", key)
    return frozenset(form for word in entries for form in (word.casefold(), fold_word(word)))


PARTICLES = folded("particles")
# Turkish "I am" after a vowel: "Ben Gürcüyüm" (I am Georgian), no surname; a name has it after
# an apostrophe ("Nino'yum")
COPULA_ENDINGS = ("yım", "yüm", "yum")
PLACE_WORDS = folded("place_words")
# issue 11, fourteenth round: a few place words are one only written with their marks ("bên",
# "về"); without, their spelling is another language's word (Turkish "ben", I, before the
# writer's name: "ben Ahmet."; "ve", and)
_PLACE_WORDS_MARKED = frozenset(word.lower() for word in word_lists.words("names", "place_words_marked"))
_MARKED_PLACE_WORDS = frozenset(map(fold_word, _PLACE_WORDS_MARKED))
_PLACE_TITLES = folded("place_titles")  # issue 11, round 19: capitalised, "São João", "Lake Louise"
ORGANISATION_HEADS = folded("organisation_heads")  # issue 11, round 20: "Centre", "programme"


def is_place_word(token: Word) -> bool:
    """A name right after this word is a place or an organisation's (`place_words`, `place_titles`)."""
    if token.folded not in PLACE_WORDS:
        return (token.capitalised and token.folded in _PLACE_TITLES) or token.folded in ORGANISATION_HEADS
    return token.folded not in _MARKED_PLACE_WORDS or token.text.lower() in _PLACE_WORDS_MARKED


BUSINESS_WORDS = folded("business_words")
RELATIVE_PRONOUNS = folded("relative_pronouns")
RELATION_WORDS = folded("relations")
POSSESSIVES_AFTER = folded("possessives_after")  # "m" in "zanmi m Djenane"
# Honorifics match as written: "Mr" or "mr", but "Don" and "Miss" only with their capital.
HONORIFICS = frozenset(
    [form for title in word_lists.words("names", "titles") for form in (title, title.lower())]
    + list(word_lists.words("names", "titles_capitalised"))
)
CJK_CUES = word_lists.words("names", "cues_unspaced")
# a closing word, or a first-person pronoun that ends the message with the writer's name in
# broken speech ("... douleur beaucoup. moi Abdou", "yo Pedro")
_CLOSINGS = "|".join(
    map(re.escape, (*word_lists.words("names", "closings"), *word_lists.words("names", "self_closings")))
)
CLOSING = re.compile(rf"(?i)(?<!\w)(?:{_CLOSINGS})\s*[,!.\-،，、]*\s*$")  # "،", "，": Arabic, Chinese commas
# A word, hyphenated and elided ones whole ("Jean-Pierre", "m'appelle"), with its combining marks.
TOKEN = re.compile(rf"(?:[^\W\d_]|[{COMBINING_MARKS}])+(?:['’\-](?:[^\W\d_]|[{COMBINING_MARKS}])+)*")


def _phrase_index(phrases: tuple[str, ...]) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(fold_word(m.group()) for m in TOKEN.finditer(phrase))
        if words:
            index.setdefault(words[0], []).append(words)
    return index


STRONG_INDEX = _phrase_index(word_lists.words("names", "cues"))
WEAK_INDEX = _phrase_index(word_lists.words("names", "weak_cues"))
RELATIVE_INDEX = _phrase_index(word_lists.words("names", "relative_intros"))
CONTACT_INDEX = _phrase_index(word_lists.words("names", "contact_cues"))
BEFORE_INDEX = _phrase_index(word_lists.words("names", "cues_before"))
_CUE_FIRST_WORDS = (
    frozenset(STRONG_INDEX)
    | frozenset(WEAK_INDEX)
    | frozenset(RELATIVE_INDEX)
    | frozenset(CONTACT_INDEX)
    | frozenset(BEFORE_INDEX)
)
POSSESSION_WORDS = folded("possessions")
# every cue phrase by its first word, with its kind (0 strong, 1 weak, 2 contact, 3 relative,
# 4 a name before it):
# the kinds of the one-word phrases, and the longer phrases by their second word (most fail
# on it: one look-up instead of a loop)
CUE_PHRASES: dict[str, tuple[list[int], dict[str, list[tuple[int, tuple[str, ...]]]]]] = {}
for _kind, _index in enumerate((STRONG_INDEX, WEAK_INDEX, CONTACT_INDEX, RELATIVE_INDEX, BEFORE_INDEX)):
    for _first, _phrases in _index.items():
        _single, _by_second = CUE_PHRASES.setdefault(_first, ([], {}))
        for _phrase in _phrases:
            if len(_phrase) == 1:
                _single.append(_kind)
            else:
                _by_second.setdefault(_phrase[1], []).append((_kind, _phrase))


class Word(NamedTuple):
    """What a written word is, wherever it stands; built once per spelling and cached."""

    text: str
    folded: str
    capitalised: bool
    shouted: bool  # all capitals, two letters or more
    uncased: bool  # in a script without capitals (Arabic, Devanagari, Chinese...)
    stop: bool  # a stop word: never a name
    tier: str | None  # its first-name tier, None if it is not a listed first name
    cue: bool  # the first word of a cue phrase: phrase_ends looks only at these
    marker: bool  # an honorific or a relation word ("Mme", "boss", "ma coloc")
    listed: bool  # a listed first name or a capitalised listed surname
    matters: bool  # any of the three above


# Russian and Ukrainian case endings of first names, and what the listed (nominative) form
# ends with instead: "Виктору", "Ольге", "Андрею", "Игорем", "Марии", "Тарасові", "Оксані".
_CYRILLIC_CASES = (
    ("ові", ("",)),
    ("еві", ("ь", "й")),
    ("ой", ("а", "я")),
    ("ей", ("я", "а", "ь")),
    ("ою", ("а", "я")),
    ("ею", ("я",)),
    ("ом", ("",)),
    ("ем", ("ь", "й", "")),
    ("ём", ("ь",)),
    ("у", ("", "а")),
    ("ю", ("ь", "й", "я")),
    ("е", ("а", "я", "")),
    ("а", ("", "й", "ь")),
    ("я", ("й", "ь")),
    ("ы", ("а",)),
    ("и", ("я", "ь", "а", "й")),
    ("і", ("а", "я", "ь", "й")),
)
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _oblique_tier(text: str) -> str | None:
    """The tier of a capitalised Cyrillic first name in an oblique case ("к Виктору",
    "с Ольгой"), found from its listed nominative; None when it is none. Only capitalised: an
    oblique form is taken as a name only when written with its capital."""
    if len(text) < 4 or not text[0].isupper() or not _CYRILLIC.match(text):
        return None
    lower = text.casefold()
    for ending, replacements in _CYRILLIC_CASES:
        if lower.endswith(ending):
            stem = lower[: -len(ending)]
            for replacement in replacements:
                tier = TIERS.get(stem + replacement)
                if tier is not None:
                    return "capitalised" if tier == "any" else tier
    return None


def _relations_by_fold() -> dict[str, frozenset[str]]:
    forms: dict[str, set[str]] = {}
    for word in word_lists.words("names", "relations"):
        forms.setdefault(fold_word(word), set()).add(word.casefold())
    return {key: frozenset(value) for key, value in forms.items()}


_RELATION_FORMS = _relations_by_fold()


def _relation(text: str, folded: str) -> bool:
    """A relation word: folded, but a word in lower case with marks only as a listed form
    writes it, unless the list has it without marks ("cầu", a bridge, is not "cậu", uncle;
    "patrão" is "patrao")."""
    forms = _RELATION_FORMS.get(folded)
    if forms is None:
        return False
    if text.isascii() or not text.islower():
        return True
    return text.casefold() in forms or any(form.isascii() for form in forms)


_MARKED_SURNAMES = frozenset(name.casefold() for name in data_words("surnames_marked.txt"))
WORDS: dict[str, Word] = {}
_WORDS_LIMIT = 8_192  # spellings kept; past it the cache starts again (a result never depends on it)


def word_facts(text: str) -> Word:
    """The facts of one written word (a pure function of its spelling, cached for speed)."""
    word = WORDS.get(text)
    if word is not None:
        return word
    folded = fold_word(text)
    tier = TIERS.get(folded)
    if not text.isascii():
        # a word in lower case with marks is a listed name only as written: "tìm" (find),
        # "dân" (people), "mãe" (mother) are not "Tim", "Dan", "Mae"
        tier = TIERS.get(text.casefold()) if text.islower() else tier or TIERS.get(text.casefold())
    if tier is None and text[-2:] in ("'s", "’s") and len(text) > 3:
        tier = TIERS.get(fold_word(text[:-2]))  # "Fatima's boss", "Kofi’s uncle"
    elif tier is None and text[0].isupper():
        # issue 11, fourteenth round: a Turkish case ending after an apostrophe ("Ayşe'yi
        # dövdü", "Ahmet'in patronu")
        mark = max(text.rfind("'"), text.rfind("’"))
        if mark >= 2 and 1 <= len(text) - mark - 1 <= 5:
            tier = TIERS.get(fold_word(text[:mark]))
    capitalised = text[0].isupper()
    cue = folded in _CUE_FIRST_WORDS
    relation = folded in RELATION_WORDS and _relation(text, folded)
    marker = text in HONORIFICS or relation or folded in POSSESSION_WORDS
    listed = tier is not None or (capitalised and folded in SURNAMES)
    first = text[0]
    uncased = first.isalpha() and not first.isupper() and not first.islower()
    word = Word(
        text=text,
        folded=folded,
        capitalised=capitalised,
        shouted=len(text) > 1 and text.isupper(),
        uncased=uncased,
        stop=folded in STOP
        and text.casefold() not in _MARKED_SURNAMES
        and (latin1(text) is not None or uncased or text.lower() in _STOP_WRITTEN),
        tier=tier,
        cue=cue,
        marker=marker,
        listed=listed,
        matters=cue or marker or listed,
    )
    if len(WORDS) >= _WORDS_LIMIT:
        WORDS.clear()
    WORDS[text] = word
    return word


_HINT_WORD = re.compile(r"[^\W\d_]+")


def _oblique_forms() -> set[str]:
    """Every Cyrillic listed first name in the oblique cases _oblique_tier reads ("виктору")."""
    forms: set[str] = set()
    for name in TIERS:
        if _CYRILLIC.match(name):
            for ending, replacements in _CYRILLIC_CASES:
                forms.update(name[: len(name) - len(r)] + ending for r in replacements if name.endswith(r))
    return forms


def _gate_words() -> frozenset[str]:
    """Words one of which a message must contain for a name to be found in it by a cue or a
    list (the longest word of each cue phrase, every listed name, relation and honorific)."""
    words: set[str] = set(TIERS) | SURNAMES | RELATION_WORDS | {h.lower() for h in HONORIFICS}
    # The message's words are lower case, not folded: the relations as written, lower case, too
    # ("sœur" folds to "soeur").
    words |= as_written_and_lower("relations")
    words |= as_written_and_lower("possessions")
    words |= {name.casefold() for name in word_lists.words("names", "family_names")}
    words |= {title.casefold() for title in word_lists.words("names", "kin_titles")}
    for phrase in (
        *word_lists.words("names", "cues"),
        *word_lists.words("names", "contact_cues"),
        *word_lists.words("names", "cues_before"),
        *word_lists.words("names", "weak_cues"),
    ):
        parts = _HINT_WORD.findall(phrase.lower())
        if parts:
            words.add(max(parts, key=len))
    return frozenset(words)


GATE = looked_for(_gate_words())


def _organisations() -> dict[str, list[tuple[str, ...]]]:
    """triage/data/organisations.txt as phrases of folded words, by their first word."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for line in data_lines("organisations.txt"):
        words = tuple(fold_word(m.group()) for m in TOKEN.finditer(line))
        if words:
            index.setdefault(words[0], []).append(words)
    return index


# Shops and brands named like people ("Tim Hortons", "Jean Coutu"): their words are no name.
ORGANISATIONS = _organisations()
looked_for(ORGANISATIONS)  # their first words, which the name finder looks for in a message
# The relative pronouns as a message's lower-case words may write them ("quién", "quien").
RELATIVE_WORDS = looked_for(as_written_and_lower("relative_pronouns"))
