"""Nicknames said with an article (issue 11, fourteenth round): Spanish, Portuguese and Italian
speakers name a person by a trait or an origin, capitalised, after "el", "la", "o", "a", "il":
"trabajo para el Chino en la cocina", "eu trabalho para o Zé na obra", "il Moro mi ha chiuso".
The rule of name_articles.py needs a clitic or a comma after such a word; these words need
none, written with their capital after the article (in lower case, "el chino" is a Chinese man
or a corner shop, "o gordo", the fat one).

The nicknames are listed per language in triage/lexicons/redaction/<lang>.toml, [names]
`article_nicknames`. Portuguese makes more of them with a suffix, on any name (issue 11, round
18): the augmentative "-ão" and the diminutive "-inho", "-inha" ("o Marcão", "a Ritinha",
"o Zezinho"), taken after an article, capitalised, no place and not a noun in "-ção", "-são",
"-ião" ("a Imigração"); after a preposition joined to an article, places ("vim do Maranhão").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress, count
from typing import TYPE_CHECKING

from triage import word_lists
from triage.redaction.name_lists import as_written_and_lower, folded
from triage.redaction.spans import looked_for

if TYPE_CHECKING:
    from triage.redaction.name_finder import NameFinder

_NICKNAMES = folded("article_nicknames")
# the same, as a message's lower-case words (Hints) write them: the pass runs only with one
NICKNAME_WORDS = looked_for(as_written_and_lower("article_nicknames"))
_WRITTEN = tuple(sorted(word_lists.words("names", "article_nicknames")))


def has_article_nickname(text: str) -> bool:
    """A listed nickname with its capital, after a space (the message's lower-case words had one:
    "el viejo", "mi primo" make no reason to read further)."""
    return any(f" {word}" in text for word in _WRITTEN)


_ARTICLES = frozenset(["el", "la", "o", "a", "il", "lo", "El", "La", "O", "A", "Il", "Lo"])


def take_article_nicknames(finder: NameFinder) -> None:
    """Claim a listed nickname, capitalised, right after an article, with the surname after it
    ("o Zé Manel", issue 11, sixteenth round)."""
    tokens = finder.tokens
    folded = [token.folded for token in tokens]
    for i in compress(count(), map(_NICKNAMES.__contains__, folded)):
        token = tokens[i]
        if i == 0 or i in finder.taken or not token.capitalised or token.shouted:
            continue
        if tokens[i - 1].text in _ARTICLES and finder.joined(i - 1, i) and not finder.is_place(i):
            finder.claim(i, finder.extend(i))  # with a surname after it: "o Zé Manel"


# an article, then a capitalised word with the suffix; not the nouns "-ção", "-são", "-ião" ("a
# Imigração", "a Comissão", "a Região"). Not after a preposition joined to an article ("do", "no",
# "pro"), which places follow ("Vim do Maranhão", "vou pro Japão")
_SUFFIXED = re.compile(
    r"(?<!\w)(?:[oaOA]|com [oa]) "
    r"([A-ZÀ-Þ](?:[^\W\d_]{2,}(?<![çsi])ão|[^\W\d_]+inh[oa]))(?![\w'’-])"
)


def has_suffixed_nickname(text: str) -> bool:
    """A Portuguese nickname made with a suffix may be in the text (substrings first, in C)."""
    return ("ão" in text or "inh" in text) and _SUFFIXED.search(text) is not None


def take_suffixed_nicknames(finder: NameFinder) -> None:
    """Claim a capitalised word with a nickname suffix after an article ("o Marcão")."""
    tokens = finder.tokens
    for match in _SUFFIXED.finditer(finder.text):
        i = bisect_left(finder.starts, match.start(1))
        if i >= len(tokens) or finder.starts[i] != match.start(1) or finder.ends[i] != match.end(1):
            continue
        if i in finder.taken or tokens[i].stop or finder.is_place(i):
            continue
        finder.claim(i, finder.extend(i))
