"""The languages of quoted words: a relayed message keeps the language it was sent in.

"My cousin texted me 'el jefe me está pegando'": the message is English, the danger is in
the Spanish quote. Each quotation of a few words is given its own language guess, so that
the danger cues of that language read it too (issue 11, fifth round).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from triage.language import UNDETERMINED, detect
from triage.lexicon import Lexicon
from triage.tokens import tokenize

# A quotation: typographic pairs, or a straight quote opened after a space or a colon and
# closed before a space or a punctuation mark (so that "he's" and "don't" open nothing).
# (The quotation mark first, then what may stand before it: the search skips from one mark to
# the next, where a look-behind first was tried at every character.)
_QUOTE = re.compile(
    r"[“„«「『]([^”“»」』\n]{6,300})[”“»」』]"
    r"|[\"'](?<![^\s:(][\"'])([^\"'\n]{6,300})[\"'](?=$|[\s.,;:!?)])"
)
_OPENERS = frozenset("“„«「『\"'")
_MAX_QUOTES = 4


def quoted_languages(text: str, lexicons: Mapping[str, Lexicon], languages: Collection[str]) -> list[str]:
    """The languages of the quotations in `text` (placeholders blanked), first seen first."""
    if not any(opener in text for opener in _OPENERS):  # a few scans in C, no set of the text
        return []
    found: list[str] = []
    for match in _QUOTE.finditer(text):
        if len(found) >= _MAX_QUOTES:
            break
        quote = match.group(1) or match.group(2)
        guess = detect(quote, tokenize(quote).unique, lexicons, languages, learned=False).language
        if guess != UNDETERMINED and guess not in found:
            found.append(guess)
    return found
