"""Build triage/data/places_countries.txt: the world's countries under their names in the
callers' languages, so that a country no hand-made list spells ("Almanya'da", "Niemcy",
"Jerman", "Kıbrıs") is kept as a place instead of being redacted as a person, and gives the
message a region.

The source is the Unicode CLDR territory names (Unicode licence), as packaged by Babel, which
is needed only to build the file, never at run time:

    .venv/bin/python bench/build_country_names.py

Kept: the two-letter territories but islands, under their name in each language of LANGUAGES
(Latin and Cyrillic scripts; the others are written without spaces or are in places.txt by
hand; every language more costs memory in every process, which must stay under 100 MB). Left out,
as in bench/build_world_places.py: forms of fewer than four letters, every form that is a first
name, a surname or a name stop word of triage/data, a word of any triage lexicon, or already in
places.txt or places_world.txt. Every form matches only when written with a capital letter.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from babel import Locale  # noqa: E402

from bench.build_world_places import _known_words  # noqa: E402
from triage.data_files import data_lines, data_words  # noqa: E402
from triage.folding import fold_plain  # noqa: E402

OUT = ROOT / "triage" / "data" / "places_countries.txt"
LANGUAGES = ("en", "fr", "es", "pt", "ro", "it", "de", "pl", "tr", "id", "vi", "fil", "nl", "sw", "so")
LANGUAGES += ("ru", "uk")
RANK_COUNTRY = 5
MIN_LENGTH = 4
# territories that are no country a caller comes from or goes to
_NOT_COUNTRIES = frozenset(["ZZ", "EU", "EZ", "UN", "QO", "XA", "XB", "AQ", "BV", "HM", "UM", "TF", "IO"])


def _known() -> set[str]:
    known = _known_words()
    for name in ("first_names_world.txt", "first_names_polish.txt", "surnames_marked.txt"):
        known.update(fold_plain(word) for word in data_words(name))
    for line in data_lines("places_world.txt"):
        _, canonical, variants = [*line.split("\t"), "", ""][:3]
        known.update(fold_plain(form.lstrip("!")) for form in (canonical, *variants.split("|")))
    return known


def _usable(form: str, known: set[str]) -> bool:
    folded = fold_plain(form)
    if len(folded.replace(" ", "")) < MIN_LENGTH or folded in known or len(folded.split()) > 3:
        return False
    if "|" in form or "(" in form or "&" in form:
        return False
    first = form[0]
    latin_or_cyrillic = first.isupper() and (first.isascii() or "\u00c0" <= first <= "\u04ff")
    return latin_or_cyrillic and not (" " not in form and any(w in known for w in folded.split()))


def build() -> int:
    known = _known()
    english = Locale("en").territories
    names = {code: [Locale(lang).territories.get(code, "") for lang in LANGUAGES] for code in english}
    lines = [
        "# Countries under their names in the callers' languages (Unicode CLDR, through Babel),",
        "# built by bench/build_country_names.py: do not edit by hand. Same format as places.txt.",
    ]
    seen: set[str] = set()
    for code in sorted(english):
        if len(code) != 2 or not code.isalpha() or code in _NOT_COUNTRIES or "Island" in english[code]:
            continue  # small islands cost memory in every process, and callers hardly name them
        forms = [form for form in dict.fromkeys(names[code]) if form and _usable(form, known)]
        forms = [form for form in forms if fold_plain(form) not in seen]
        if not forms:
            continue
        seen.update(fold_plain(form) for form in forms)
        variants = "|".join("!" + form for form in dict.fromkeys([english[code], *forms]))
        lines.append(f"{RANK_COUNTRY}\t{english[code]}\t{variants}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 2


def main() -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    argparse.ArgumentParser(description=__doc__, formatter_class=formatter).parse_args()
    print(f"{build()} countries written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
