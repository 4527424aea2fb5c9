"""Given names and nicknames after an article, which Spanish, Portuguese and Italian speakers
put before a person's name (issue 11, ninth round): "el Flaco lo está esperando", "O capataz,
o Valdir, e os filhos", "il Moro mi ha chiuso". A capitalised word after a lower-case article
is a person when a clitic pronoun follows it (a verb done by the person: "lo está", "me
bateu", "mi ha"), or, for a listed first name, a comma (an apposition). Places, stop words,
relations ("el Patrón me"), shouted acronyms and shops stay; "a" (also "to") takes only the
comma frame. Found with one pattern per message; the words are in the pattern below."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from triage.redaction.name_cues import business_follows

if TYPE_CHECKING:
    from triage.redaction.name_finder import NameFinder

_CLITICS = "lo|la|le|los|las|les|me|te|nos|se|lhe|lhes|mi|ti|ci|si|gli|ne|já|ya|ja|no|não|nao|non"
ARTICLED = re.compile(
    rf"(?<![\w'’])(?P<article>el|la|o|a|il|lo) (?P<name>[^\W\d_][\w'’-]*)"
    rf"(?P<after>\s*,|\s+(?:{_CLITICS})\s)"
)


def take_articled(finder: NameFinder) -> None:
    """Claim the names after an article (see the module docstring)."""
    for match in ARTICLED.finditer(finder.text):
        name = match.group("name")
        if not name[0].isupper():
            continue
        comma = match.group("after").strip() == ","
        if not comma and match.group("article") == "a":
            continue  # "llamé a Migración me dijeron": "a" is also "to"
        j = bisect_left(finder.starts, match.start("name"))
        if j >= len(finder.tokens) or finder.starts[j] != match.start("name") or j in finder.taken:
            continue
        token = finder.tokens[j]
        if token.stop or token.marker or token.shouted or finder.is_place(j) or business_follows(finder, j):
            continue
        if comma and token.tier is None:
            continue  # "en el Walmart, ...": only a listed first name before a comma
        finder.claim(j, j)
