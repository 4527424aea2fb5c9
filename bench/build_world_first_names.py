"""Write triage/data/first_names_world.txt from Faker's person and address providers (run
rarely, by hand; the output is committed and nothing reads Faker at run time):

    .venv/bin/pip download faker==40.63.0 --no-deps -d /tmp/fk && unzip -q /tmp/fk/faker-*.whl -d /tmp/fk
    PYTHONPATH=.:/tmp/fk .venv/bin/python bench/build_world_first_names.py

Faker (MIT licence) lists the first names of many countries. The caller lists of
triage/data/first_names.txt hold the names of the line's own populations; names of other
countries ("Sandro", "Rick", "Răzvan") leaked when no cue stood before them. Only Latin and
Cyrillic names are taken (scripts with capitals: the list is read in the "mid-sentence" tier,
a capital letter away from the sentence's start), and left out are: names already listed,
stop words, any name the corpus writes as a lower-case word (it is a word in some language),
and any word of Faker's own place lists or of a corpus keep item (places, organisations).
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
from collections.abc import Iterable
from pathlib import Path

from triage.data_files import data_lines, data_words
from triage.folding import fold_word
from triage.redaction.name_lists import word_facts

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "triage" / "data" / "first_names_world.txt"
CORPUS = ROOT / "tests" / "triage" / "data" / "corpus"
LOCALES = (
    "en",
    "en_US",
    "en_GB",
    "en_IE",
    "en_IN",
    "en_NG",
    "en_KE",
    "en_PK",
    "fr_FR",
    "fr_QC",
    "fr_BE",
    "fr_CH",
    "es_MX",
    "es_CO",
    "es_AR",
    "es_CL",
    "es_ES",
    "es_CA",
    "pt_BR",
    "pt_PT",
    "ro_RO",
    "ru_RU",
    "uk_UA",
    "tr_TR",
    "it_IT",
    "de_DE",
    "pl_PL",
    "id_ID",
    "sw",
    "yo_NG",
    "ig_NG",
    "ha_NG",
    "tw_GH",
    "zu_ZA",
)
_NAME = re.compile(r"[A-Za-zÀ-ɏЀ-ӿ'-]{3,}")
_WORD = re.compile(r"[^\W\d_]+")
_HEADER = """\
# First names of many countries, from the person providers of Faker 40.63.0 (MIT licence,
# https://github.com/joke2k/faker), Latin and Cyrillic scripts only, written by
# bench/build_world_first_names.py. Tier "mid-sentence" (see first_names_ambiguous.txt): a
# name when capitalised and not the first word of a sentence, or after a cue, or before a
# capitalised surname. Left out: names already in first_names*.txt, stop words, and every name
# the corpus writes as a lower-case word somewhere (a word in some language: "will", "mercy"),
# and every word of Faker's place lists or of a corpus keep item ("Oman", "Brooks").
"""


def _strings(value: object) -> Iterable[str]:
    items = value.keys() if isinstance(value, dict) else value
    if isinstance(items, (list, tuple, set, frozenset)) or isinstance(value, dict):
        yield from (item for item in items if isinstance(item, str))


def faker_first_names() -> set[str]:
    names: set[str] = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            names.update(n for n in _strings(getattr(provider, attribute, ())) if _NAME.fullmatch(n))
    return names


def faker_place_words() -> set[str]:
    package = importlib.import_module("faker.providers.address")
    words: set[str] = set()
    for module in pkgutil.iter_modules(package.__path__):
        provider = importlib.import_module(f"faker.providers.address.{module.name}").Provider
        for attribute in dir(provider):
            if not attribute.startswith("_"):
                for text in _strings(getattr(provider, attribute, ())):
                    if "{" not in text:
                        words.update(fold_word(w) for w in _WORD.findall(text))
    return words


def corpus_words() -> tuple[set[str], set[str]]:
    """Words the corpus writes in lower case, and words of its keep items."""
    lower: set[str] = set()
    kept: set[str] = set()
    for path in CORPUS.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                message = json.loads(line)
                lower.update(fold_word(w) for w in _WORD.findall(message["text"]) if w.islower())
                kept.update(fold_word(w) for item in message.get("keep", []) for w in _WORD.findall(item))
    return lower, kept


def listed_words() -> set[str]:
    """The names of the other lists, and the words of the place and organisation lists."""
    words = {
        fold_word(w) for name in ("first_names.txt", "first_names_ambiguous.txt") for w in data_words(name)
    }
    for name in ("places.txt", "places_world.txt", "organisations.txt"):
        words.update(fold_word(w) for line in data_lines(name) for w in _WORD.findall(line))
    return words


def main() -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    argparse.ArgumentParser(description=__doc__, formatter_class=formatter).parse_args()
    lower, kept = corpus_words()
    left_out = lower | kept | faker_place_words() | listed_words()
    names = [
        name
        for name in sorted(faker_first_names())
        if fold_word(name) not in left_out and not word_facts(name).stop
    ]
    rows = [" ".join(names[i : i + 16]) for i in range(0, len(names), 16)]
    OUT.write_text(_HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(names)} names")


if __name__ == "__main__":
    main()
