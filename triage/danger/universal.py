"""Signs of distress any reader sees, in a message in a language no lexicon reads (Issue 11,
sixth round).

The hotline hears more languages than it has lexicons for. A message in German, Italian,
Polish, Turkish, Korean, Persian, Swahili... is read by none of them, or taken for a language
it is not ("Pomocy, szef zamknął mnie..." looks like nothing the lexicons know). Without a
lexicon, three things are still plain: a distress call (SOS, 🆘, mayday), a cry for help in
the writer's own language ("Hilfe", "aiuto", "pomocy", "yardım", "도와주세요", "کمک") with the
police or an emergency number, and letters no lexicon language writes (ß, ł, ğ...). These
lists are not lexicons: a few words of alarm that differ little from language to language.
The words of the thirteen lexicon languages are not here: their own cues read them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from triage.folding import fold_word
from triage.tokens import Tokens

_CALLS = ("sos", "mayday")
_CALL_MARKS = ("🆘", "S.O.S", "s.o.s")
# A cry for help in languages without a lexicon (word starts, folded).
_HELP = (
    "hilfe",
    "helft",
    "helfen",
    "aiuto",
    "aiutatemi",
    "aiutami",
    "aiutateci",
    "soccorso",
    "pomocy",
    "pomoc",
    "ratunku",
    "pomozcie",
    "pomoz",
    "yardim",
    "imdat",
    "kurtarin",
    "kurtar",
    "hulp",
    "msaada",
    "nisaidie",
    "tusaidie",
    "saidia",
    "niokoeni",
    "caawiya",
    "caawi",
    "gargaar",
    "tolong",
    "bachao",
    "bachaao",
    "pomagajte",
    "pomozi",
    "segitsetek",
    "segitseg",
    "voitheia",
)
_HELP_MARKS = (
    "도와",
    "살려",
    "کمک",
    "نجاتم",
    "بچاؤ",
    "مدد کریں",
    "বাঁচাও",
    "সাহায্য",
    "ਮਦਦ",
    "ਬਚਾਓ",
    "உதவி",
    "காப்பாற்",
    "እርዱኝ",
    "ርዱኝ",
    "ሓገዝ",
    "助けて",
    "ช่วยด้วย",
    "βοήθεια",
)
_POLICE = (
    "polizei",
    "polizia",
    "policja",
    "policji",
    "policje",
    "polis",
    "politie",
    "polisi",
    "policie",
    "rendorseg",
    "astynomia",
    "911",
    "112",
    "110",
    "999",
)
_POLICE_MARKS = ("경찰", "پلیس", "پولیس", "পুলিশ", "ਪੁਲਿਸ", "காவல்", "ፖሊስ", "警察", "αστυνομία")
# Letters none of the thirteen lexicon languages writes (German, Polish, Turkish, Nordic...;
# Persian and Urdu letters Arabic does not use).
# (No IGNORECASE: it would make the dotless "ı" match every "i".)
_FOREIGN_LETTERS = re.compile(r"[ßäöłąęśżźćğıåøæőűÄÖŁĄĘŚŻŹĆĞİÅØÆŐŰپچژگٹڈڑںےۓ]")
# A message with this many of them is in a language no lexicon reads.
FOREIGN_LETTERS_NEEDED = 2
# Frequent little words of German, Italian, Polish, Turkish, Dutch, Swahili, Somali that no
# lexicon language writes (typed without their letters: "nicht", "sono", "jest", "icin").
_FOREIGN_WORDS = frozenset(
    {
        "und",
        "nicht",
        "ich",
        "ist",
        "bitte",
        "meinen",
        "meine",
        "haben",
        "seit",
        "auch",
        "wir",
        "sie",
        "sono",
        "della",
        "nella",
        "questo",
        "anche",
        "perche",
        "gli",
        "nie",
        "jest",
        "jestem",
        "mnie",
        "moj",
        "prosze",
        "bir",
        "icin",
        "degil",
        "beni",
        "benim",
        "cok",
        "niet",
        "mijn",
        "een",
        "mimi",
        "yangu",
        "waxaan",
        "ayaa",
    }
)
FOREIGN_WORDS_NEEDED = 3


@dataclass(frozen=True, slots=True)
class Distress:
    call: bool  # SOS, 🆘, mayday
    help: bool  # a cry for help in a language without a lexicon
    police: bool  # the police or an emergency number

    @property
    def alarm(self) -> bool:
        """A distress call, or a cry for help with the police: an emergency, in any language."""
        return self.call or (self.help and self.police)


# No sign of distress: what a joke's cries for help amount to.
NO_DISTRESS = Distress(call=False, help=False, police=False)


@lru_cache(maxsize=8)
def _folded(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold_word(w) for w in words)


# Words sorted so far, at most, for each list (see `_Starts`; a long-running server stays small).
WORD_CACHE = 2_000


class _Starts:
    """Folded word starts ("help", "socorr"), and the words met so far that begin with one of
    them and those that do not: a message sorts only its words not met before."""

    def __init__(self, starts: tuple[str, ...]) -> None:
        self.starts = _folded(starts)
        self.begin: set[str] = set()
        self.others: set[str] = set()

    def any_of(self, words: frozenset[str]) -> bool:
        """One of `words` begins with one of the starts."""
        unseen = words - self.begin - self.others
        if unseen:
            if len(self.begin) + len(self.others) >= WORD_CACHE:
                self.begin.clear()
                self.others.clear()
                unseen = words
            for word in unseen:
                (self.begin if word.startswith(self.starts) else self.others).add(word)
        return not words.isdisjoint(self.begin)


@lru_cache(maxsize=8)
def _starts(starts: tuple[str, ...]) -> _Starts:
    return _Starts(starts)


@lru_cache(maxsize=8)
def _any_mark(marks: tuple[str, ...]) -> tuple[re.Pattern[str], bool]:
    """One of `marks` as written: an alternation of plain strings, searched for by a fast scan
    for their first characters, not one scan of the message per mark; and whether a mark is
    ASCII (when none is, an ASCII message, most of them, holds none: no search)."""
    return re.compile("|".join(map(re.escape, marks))), any(map(str.isascii, marks))


def _has_mark(raw: str, marks: tuple[str, ...]) -> bool:
    pattern, ascii_marks = _any_mark(marks)
    return (ascii_marks or not raw.isascii()) and pattern.search(raw) is not None


def distress(raw: str, tokens: Tokens) -> Distress:
    """The signs of distress in a message, whatever its language."""
    words = tokens.unique
    call = not words.isdisjoint(_folded(_CALLS)) or _has_mark(raw, _CALL_MARKS)
    helped = _starts(_HELP).any_of(words) or _has_mark(raw, _HELP_MARKS)
    police = _starts(_POLICE).any_of(words) or _has_mark(raw, _POLICE_MARKS)
    return Distress(call, helped, police)


def foreign(raw: str, tokens: Tokens) -> bool:
    """Letters or little words none of the lexicon languages writes: the message is in another
    language."""
    if not raw.isascii() and len(_FOREIGN_LETTERS.findall(raw)) >= FOREIGN_LETTERS_NEEDED:
        return True
    return len(tokens.unique & _FOREIGN_WORDS) >= FOREIGN_WORDS_NEEDED
