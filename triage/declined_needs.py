"""Needs declined or already met: "I don't need a lawyer", "no ocupo abogado", "адвокат мне не
нужен", "我不需要律师", "I don't want to go home" (Issue 11, round 18).

A lexicon rule that says needs only (no indicator, no form of exploitation) and a need word the
late signs read alone were counted whatever stood around them, so a person who turns a service
down was given it in every language probed. A phrase of `lexicons/codes/decline.toml` a few words
before the need word ([before]) or just after it ([after]), in its sentence, now sets it aside;
so does a phrase that holds the need word inside a threat ([inside]: "she will report me", "si
me quejo", "举报我", round 20).
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from triage.folding import fold_plain
from triage.pair_cues import CODES_DIR
from triage.term_matching import Hit

# How far from the need word a decline is read, in characters of folded text (a few words).
REACH = 24
# Characters that end a sentence: a decline in the sentence before says nothing of this one.
_GAP = r"[^.!?\n。！？؟।]"
# A phrase starts a word ("не нужен" is not the end of "мне нужен"), except in the scripts
# written without spaces (Chinese, Japanese, Korean).
_WORD_START = r"(?<![^\W\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = tomllib.loads((CODES_DIR / "decline.toml").read_text(encoding="utf-8"))

    def alternatives(key: str) -> str:
        terms = {fold_plain(term).strip() for terms in data[key].values() for term in terms}
        return "|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True))

    before = re.compile(rf"{_WORD_START}(?:{alternatives('before')}){_GAP}{{0,{REACH}}}$")
    after = re.compile(rf"^{_GAP}{{0,{REACH}}}?{_WORD_START}(?:{alternatives('after')})")
    inside = re.compile(rf"{_WORD_START}(?:{alternatives('inside')})")
    return before, after, inside


def declined(folded_text: str, start: int, end: int) -> bool:
    """Whether the need word at `start:end` of `folded_text` is declined or already met."""
    before, after, inside = _patterns()
    return bool(
        before.search(folded_text, max(0, start - REACH - 24), start)
        or after.match(folded_text[end : end + REACH + 24])
        or any(
            found.start() < end and start < found.end()
            for found in inside.finditer(folded_text, max(0, start - REACH), end + REACH)
        )
    )


def declined_rule(hit: Hit, folded_text: str) -> bool:
    """A lexicon rule that says needs only, fired by a need turned down or met ("no ocupo abogado")."""
    rule = hit.rule
    needs_only = bool(rule.needs) and not rule.indicators and not rule.exploitation
    return needs_only and declined(folded_text, hit.start, hit.end)
