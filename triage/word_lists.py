"""The words the redaction detectors (and the street test of triage.places) look for, read from
`triage/lexicons/redaction/<lang>.toml`.

One file per language, in sections (`[names]`, `[identity]`, `[addresses]`, ...); each key holds
a list of words or phrases, or a table: a word and its abbreviations (`avenue = ["av", "ave"]`),
or a number and the words that say it (`5 = ["cinq"]`). The format is documented in
`triage/lexicons/README.md`. The lists of every language are joined, in file-name order and then
in the order written. A file that cannot be used is an error naming the file and the key, never
a silent skip: a missing cue can leak a name.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from triage.folding import fold_word

REDACTION_DIR: Path = Path(__file__).resolve().parent / "lexicons" / "redaction"


def _lower(entry: str) -> str:
    return entry.lower()


class Shape(Enum):
    LIST = "a list of strings"
    ABBREVIATIONS = "a table: each word = the list of its abbreviations"
    VALUES = "a table: each number = the list of the words that say it"


class Key(NamedTuple):
    """How a key is read: its shape, and how two of its entries are told apart (a list looked
    up folded may not hold two entries that fold alike; phrases and honorifics, read as written,
    may not differ only by case)."""

    same: Callable[[str], str]
    shape: Shape = Shape.LIST


_FOLDED, _CASELESS = Key(fold_word), Key(_lower)
KEYS: dict[str, dict[str, Key]] = {
    "names": {
        "cues": _CASELESS,  # a name follows: "my name is", "je m'appelle"
        "cues_unspaced": _CASELESS,  # the same, in a script written without spaces ("我叫")
        "origin_phrases": _CASELESS,  # where one comes from follows: "soy de", "I'm from" (a place, no name)
        "alias_cues": _CASELESS,  # a name follows, capitalised: "se fait appeler Big Dee", "un certain Jo"
        "nickname_prefixes": _CASELESS,  # capitalised, before a capitalised word, a nickname: "Ti Blan"
        "nickname_prefix_words": _CASELESS,  # the same before a short or listed name only: "Big Dee"
        "weak_cues": _CASELESS,  # a listed first name follows: "this is", "ici"
        "copulas": _FOLDED,  # "I am": what follows may say where one is from ("I'm Filipino from")
        "relations": _FOLDED,  # a capitalised word after one is a name: "my boss", "ma coloc"
        "titles": _CASELESS,  # honorifics, written with a capital or in lower case: "Mr", "mme"
        "titles_capitalised": _CASELESS,  # honorifics that are everyday words too: only "Don", "Miss"
        "relative_intros": _CASELESS,  # "c'est" in "c'est Xochitl qui ..."
        "relative_pronouns": _FOLDED,  # "qui" in "c'est Xochitl qui ..."
        "particles": _FOLDED,  # inside a name: "de", "van", "bin"
        "business_words": _FOLDED,  # a name followed by one is a business: "Tremblay Transport"
        "closings": _CASELESS,  # the capitalised words after one, at the end, are a signature
        "self_closings": _CASELESS,  # "I" before a name that ends the message: "moi Abdou"
        "not_names": _FOLDED,  # never a name, in scripts without capitals too: "है", "في"
        "state_words": _FOLDED,  # how the writer is, after a weak cue: "c'est Grave", "soy Menor"
        "place_titles": _FOLDED,  # capitalised, a saint, feast or place follows: "São João", "Lake Louise"
        "place_words": _FOLDED,  # a listed name right after one is a place: "ở Hà Tĩnh"
        "organisation_heads": _FOLDED,  # opens an organisation or a programme: "Centre", "programme"
        "place_words_marked": _CASELESS,  # the same, only written with marks: "bên", not "ben"
        "possessions": _FOLDED,  # a capitalised word after one and an "of" word is a name: "celular do"
        "of_words": _FOLDED,  # "do" in "celular do Edivaldo", "de" in "chum de ferme Edgar"
        "contact_cues": _CASELESS,  # a name follows, after ":" or a dash: "Контакт: Василь"
        "family_names": _CASELESS,  # a full name starts with one: "Trần Thị Bích"
        "middle_names": _CASELESS,  # one marks a full name in lower case: "tran thi bich"
        "surnames_after_names": _CASELESS,  # family names that are words or given names too: "Cruz" after one
        "possessives_after": _FOLDED,  # after a relation, before the name: "zanmi m Djenane"
        "relations_unspaced": _CASELESS,  # a nickname follows: "我表姐小红", "老板王总"
        "kin_titles": _CASELESS,  # as written, a capitalised name follows: "anh Khoa", "chị Huệ"
        "titles_in_names": _CASELESS,  # familiar titles of address, taken with the name: "Seu Dico"
        "cues_weak_unspaced": _CASELESS,  # a Chinese full name follows (a family name first): "我是"
        "after_relations": _FOLDED,  # a possessive after a relation, then a name: "kouzin mwen", "pinsan ko"
        "relation_qualifiers": _FOLDED,  # which relation, before the name: "pitit gason m", "hermano menor"
        "greetings": _FOLDED,  # opening a message, a capitalised name and a comma follow: "Dear Nnenna,"
        "apposition_relatives": _FOLDED,  # ", Cosmin, care": a name between commas before one
        "person_verbs": _FOLDED,  # a capitalised word after one is a person: "I told Efosa"
        "article_nicknames": _FOLDED,  # after an article, capitalised, a person: "el Chino", "o Zé"
        "acts_of_persons": _FOLDED,  # a listed first name before one is a person: "Jordan took"
        "subject_followers": _FOLDED,  # after a subject: "is", "no" ("my sister yuli is locked in")
        "not_subjects": _FOLDED,  # lower-case words after a relation that are no name: "menor", "abhi"
        "possessives_before": _FOLDED,  # "my" in "my sister yuli is": a relation said with one
        "coordinators": _FOLDED,  # "and": a capitalised word joined by one to a name is a name
        "relation_copulas": _FOLDED,  # "is" in "my boss is Kofi Mensah": a listed or full name follows
        "family_names_unspaced": _CASELESS,  # a Japanese full name starts with one: "田中美咲"
        "person_nouns": _FOLDED,  # "woman" in "the woman who took me, Cleide Andrade."
        "cues_before": _CASELESS,  # a name comes before: "Faadumo ayaan ahay", "Joy po pangalan ko"
        "roles_hangul": _CASELESS,  # a Korean name before or after one: "사장 김성호가", "김철수 사장이"
        "owned_after_hangul_name": _CASELESS,  # "사촌 이지은 얘기": a name before, whatever it ends in
    },
    "identity": {
        "cues": _FOLDED,  # a number after one is an id: "passport", "NAS", "expediente"
        "cues_capitals": _CASELESS,  # the same, only in capitals ("SIN", "PR")
        "cues_unspaced": _CASELESS,  # the same, in a script written without spaces ("护照")
        "fillers": _FOLDED,  # words a cue may be followed by: "number", "is", "numéro"
        "phone_cues_unspaced": _CASELESS,  # "电话": an unspaced id cue before it does not reach past it
        "number_words": _FOLDED,  # a capital series and digits after one is an id: "номер FT 482913"
    },
    "addresses": {
        "types_before": Key(fold_word, Shape.ABBREVIATIONS),  # "rue", "calle": before the name
        "types_after": Key(fold_word, Shape.ABBREVIATIONS),  # "street", "road": after the name
        "units": _FOLDED,  # an apartment or unit before its number: "apt", "app", "depto"
        "connectors": _FOLDED,  # small words inside a street name: "de", "la", "saint"
        "directions": _FOLDED,  # after a street's name, before its unit: "rue Jarry Est, app. 3"
        "always_streets": _FOLDED,  # types never a common word: a lower-case name after is a street
        "corners": _CASELESS,  # an intersection follows: "coin", "corner of", "esquina de"
        "corner_joiners": _CASELESS,  # between the two streets of a corner: "et", "and", "y"
        "lodgings": _CASELESS,  # a named one pins a building: "motel", "hôtel", "inn"
        "types_transliterated": _CASELESS,  # an English street type in another script: "стрит"
        "buildings": _CASELESS,  # a building: in a message with one, "la fille du 302" is a door
        "door_prepositions": _CASELESS,  # before a door number: "du", "do", "from", "in"
        "rooms_in_lodgings": _CASELESS,  # in a message naming a lodging, a room: "номер 418"
    },
    "handles": {
        "cues": _CASELESS,  # a user name follows: "insta", "WeChat id", "snap", "pseudo"
        "cues_capitals": Key(str),  # the same, only written so: "LINE", "QQ"
        "cues_unspaced": _CASELESS,  # the same, in a script written without spaces: "微信号"
        "cues_colon": _CASELESS,  # a user name follows only after ":": "line: somchai.t"
        "not_handles": _FOLDED,  # words after a cue that are no user name: "page", "account"
        "slashes": _CASELESS,  # "/" said in words: "leolist dot cc slash lily902"
    },
    "places": {
        "street_before": _FOLDED,  # a place name after one is a street: "rue Laval"
        "street_after": _FOLDED,  # a place name before one is a street: "Victoria Street"
    },
    "emails": {
        "at": _FOLDED,  # "ana at gmail dot com", "ana (arobase) hotmail"
        "dot": _FOLDED,  # "gmail dot com", "hotmail point fr"
    },
    "numbers": {
        "values": Key(fold_word, Shape.VALUES),  # digits spelled: 5 = ["five"], 20 = ["twenty"]
        "repeats": Key(fold_word, Shape.VALUES),  # "double five": 2 = ["double"]
        "joiners": _FOLDED,  # inside a number: "and", "et", "y"
        "amounts": _FOLDED,  # a run with one is an amount, not a phone: "thousand", "mille"
        "everyday": _FOLDED,  # number words that are everyday words too: alone they start no scan
        "not_numbers": _CASELESS,  # as written, no number word though folded so: vi "từ" (from), not "tư"
        "inside_only": _FOLDED,  # number words that only count inside a run ("oh"): never start one
        "between_words": _FOLDED,  # count only between two number words: Haitian "de" (2), "senk de twa"
        "multipliers": _FOLDED,  # hundreds after a digit: "cinq cent", "cinci sute", "पाँच सौ"
    },
    "phones": {
        "extensions": _CASELESS,  # an extension after a phone is part of it: "ext. 221", "poste 3307"
        "between_groups": _CASELESS,  # said between a phone's groups: "647 555, then 0143", "tapos"
        "plus_words": _FOLDED,  # the "+" said before a country code: "plus", "mais", "плюс"
    },
    "keep": {
        "months": _CASELESS,  # "24 décembre", "March 3": every spelling, accents as written
        "currencies": _CASELESS,  # after an amount: "500 $", "2 000 pesos" (any case)
        "currencies_before": Key(str),  # before an amount, as written: "$500", "CAD 300"
        "units": _CASELESS,  # after a number, a duration, an age, a count: "16 hours", "15 ans"
    },
}
_CODE = re.compile(r"[a-z]{2}")
# an entry: a word (or a number, in a VALUES table) and the words that go with it (its
# abbreviations, or the words that say the number); a plain list's entries have none
Entry = tuple[str, tuple[str, ...]]


class WordListError(ValueError):
    """A word-list file that cannot be used, with the file and the key that is wrong."""


def _strings(values: object, where: str) -> list[str]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise WordListError(f"{where}: must be a list of strings")
    return values


def _distinct(words: Iterable[str], where: str, same: Callable[[str], str]) -> None:
    seen: dict[str, str] = {}
    for value in words:
        if not value.strip() or not same(value).strip():
            raise WordListError(f"{where}: empty entry {value!r}")
        key = same(value)
        if key in seen:
            raise WordListError(f"{where}: {value!r} is listed twice (as {seen[key]!r} too)")
        seen[key] = value


def _entries(values: object, where: str, key: Key) -> tuple[Entry, ...]:
    if key.shape is Shape.LIST:
        words = _strings(values, where)
        _distinct(words, where, key.same)
        return tuple((word, ()) for word in words)
    if not isinstance(values, dict):
        raise WordListError(f"{where}: must be {key.shape.value}")
    entries = [(head, tuple(_strings(words, f"{where} {head}"))) for head, words in values.items()]
    if key.shape is Shape.VALUES:
        for head, _ in entries:
            if not head.isascii() or not head.isdecimal():
                raise WordListError(f"{where}: {head!r} is not a number")
        _distinct([word for _, words in entries for word in words], where, key.same)
    else:
        _distinct([form for head, words in entries for form in (head, *words)], where, key.same)
    return tuple(entries)


def parse(path: Path) -> dict[tuple[str, str], tuple[Entry, ...]]:
    """Read and check one file: (section, key) -> its entries."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise WordListError(f"{path.name}: not valid TOML: {error}") from None
    language = data.pop("language", None)
    if not isinstance(language, dict) or set(language) != {"code"}:
        raise WordListError(f"{path.name}: needs a [language] table with only `code`")
    code = language["code"]
    if not isinstance(code, str) or not _CODE.fullmatch(code) or code != path.stem:
        raise WordListError(f"{path.name}: [language] code must be {path.stem!r} (ISO 639-1), not {code!r}")
    lists: dict[tuple[str, str], tuple[Entry, ...]] = {}
    for section, keys in data.items():
        known = KEYS.get(section)
        if known is None or not isinstance(keys, dict):
            raise WordListError(f"{path.name}: unknown section [{section}] (known: {', '.join(KEYS)})")
        for key, values in keys.items():
            if key not in known:
                raise WordListError(f"{path.name} [{section}]: unknown key {key!r}")
            lists[(section, key)] = _entries(values, f"{path.name} [{section}] {key}", known[key])
    if not lists:
        raise WordListError(f"{path.name}: no word list")
    return lists


def parse_all(paths: Iterable[Path]) -> dict[tuple[str, str], tuple[Entry, ...]]:
    """The lists of every file joined, in file-name order."""
    joined: dict[tuple[str, str], list[Entry]] = {}
    for path in sorted(paths):
        for name, entries in parse(path).items():
            joined.setdefault(name, []).extend(entries)
    return {name: tuple(entries) for name, entries in joined.items()}


@lru_cache(maxsize=1)
def _shipped() -> dict[tuple[str, str], tuple[Entry, ...]]:
    return parse_all(REDACTION_DIR.glob("*.toml"))


def _shipped_entries(section: str, key: str, shape: Shape) -> tuple[Entry, ...]:
    known = KEYS[section].get(key)
    if known is None or known.shape is not shape:
        raise KeyError(f"{section}.{key}")
    return _shipped().get((section, key), ())


def words(section: str, *keys: str) -> tuple[str, ...]:
    """Every language's entries for the lists `keys` of `section`, as written."""
    return tuple(word for key in keys for word, _ in _shipped_entries(section, key, Shape.LIST))


def abbreviations(section: str, key: str) -> tuple[Entry, ...]:
    """Every language's words of the table `key` of `section`, each with its abbreviations."""
    return _shipped_entries(section, key, Shape.ABBREVIATIONS)


def spoken(section: str, key: str) -> tuple[str, ...]:
    """Every language's words of the table `key` of `section` (numbers and the words that say
    them), as written."""
    return tuple(word for _, words in _shipped_entries(section, key, Shape.VALUES) for word in words)


def values(section: str, key: str) -> dict[str, int]:
    """Every language's words of the table `key` of `section`, each with the number it says,
    folded (the first language that lists a word gives its number)."""
    table: dict[str, int] = {}
    for number, spoken in _shipped_entries(section, key, Shape.VALUES):
        for word in spoken:
            table.setdefault(fold_word(word), int(number))
    return table


def counted(lists: dict[tuple[str, str], tuple[Entry, ...]]) -> int:
    """How many entries `lists` holds, the words of its tables included."""
    return sum(1 + len(more) for entries in lists.values() for _, more in entries)
