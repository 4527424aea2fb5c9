"""Two kinds of words in one clause, read from a word list of every language at once.

A sign such as "pay taken" (TRIAGE.md `withholding_of_wages`) is a word of pay (salary,
sueldo, 工资) and a word of taking (keeps, se queda con, 扣) a few words apart with no end of
clause between: "le patron garde tout le cash", "зарплату забирает хозяйка". The lists are
data (`triage/lexicons/codes/*.toml`), one table per kind, one list per language.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from triage.folding import WORD, fold_plain

CODES_DIR: Path = Path(__file__).resolve().parent / "lexicons" / "codes"
# A clause ends at these: the two words must share one.
CLAUSE_END = re.compile(r"[!?;\n。！？；…؟।()\"«»“”]|\.(?!\d)")
# Words at most between the two ("keeps *all of my* pay"); characters in Chinese.
WORD_GAP = 4
CHAR_GAP = 8
# Arabic joins these to the next word ("والراتب", "بالفلوس").
_ARABIC_CLITICS = "(?:وال|بال|فال|لل|ال|و|ف|ب|ل|ك)?"
_WORD_CHAR = r"[^\W_]"


def _script(term: str) -> str:
    for ch in term:
        if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf":
            return "han"
        if "\u0600" <= ch <= "\u06ff":
            return "arabic"
        if "\u0900" <= ch <= "\u097f":
            return "devanagari"
    return "spaced"


def _pattern(term: str) -> str:
    """The regular expression of one folded term (see the module's data files)."""
    star = term.endswith("*")
    body = r"\s+".join(re.escape(part) for part in term.rstrip("*").split())
    script = _script(term)
    if script in ("han", "devanagari"):
        return body  # no spaces between words, or vowel signs that \w does not know
    if script == "arabic":
        return rf"(?<!{_WORD_CHAR}){_ARABIC_CLITICS}{body}{_WORD_CHAR}*"
    return rf"(?<!{_WORD_CHAR}){body}" + (f"{_WORD_CHAR}*" if star else rf"(?!{_WORD_CHAR})")


def compile_terms(terms: Iterable[str]) -> re.Pattern[str]:
    """One pattern for every term (folded first); longer terms are tried first."""
    unique = {fold_plain(term).strip() for term in terms}
    folded = sorted((term for term in unique if term.strip(" *")), key=len, reverse=True)
    return re.compile("|".join(_pattern(term) for term in folded))


@dataclass(frozen=True, slots=True)
class PairCues:
    """The two kinds of words of one sign, each as one pattern over folded text."""

    first: re.Pattern[str]
    second: re.Pattern[str]

    def find(self, folded_text: str) -> tuple[int, int] | None:
        """The folded span of the first pair of a `first` and a `second` word in one clause."""
        firsts = [(m.start(), m.end()) for m in self.first.finditer(folded_text)]
        if not firsts:
            return None
        for second in self.second.finditer(folded_text):
            for start, end in firsts:
                span = _paired(folded_text, (start, end), (second.start(), second.end()))
                if span is not None:
                    return span
        return None


def _paired(text: str, one: tuple[int, int], other: tuple[int, int]) -> tuple[int, int] | None:
    first, last = (one, other) if one[0] <= other[0] else (other, one)
    if last[0] < first[1]:  # one inside the other ("sans salaire", "unpaid wages")
        return first[0], max(first[1], last[1])
    between = text[first[1] : last[0]]
    if CLAUSE_END.search(between):
        return None
    han = _script(text[first[0] : first[1]]) == "han" or _script(text[last[0] : last[1]]) == "han"
    gap = len(between.strip()) if han else len(WORD.findall(between))
    return (first[0], last[1]) if gap <= (CHAR_GAP if han else WORD_GAP) else None


@lru_cache(maxsize=8)
def load_pair(
    name: str, first: str, second: str, extra_first: tuple[str, ...] = (), extra_second: tuple[str, ...] = ()
) -> PairCues:
    """The pair of tables `first` and `second` of `lexicons/codes/<name>.toml`; `extra_first`
    and `extra_second` are regular expressions read as their words too (a percentage, an amount)."""
    data = tomllib.loads((CODES_DIR / f"{name}.toml").read_text(encoding="utf-8"))

    def table(key: str) -> list[str]:
        raw = data.get(key)
        if not isinstance(raw, dict):
            raise ValueError(f"lexicons/codes/{name}.toml: [{key}] is missing")
        return [term for terms in raw.values() for term in terms]

    patterns = []
    for key, extra in ((first, extra_first), (second, extra_second)):
        pattern = compile_terms(table(key))
        patterns.append(re.compile("|".join((pattern.pattern, *extra))) if extra else pattern)
    return PairCues(patterns[0], patterns[1])
