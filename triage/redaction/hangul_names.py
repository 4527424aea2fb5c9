"""Korean names told by a role or a kin word next to them (issue 11, thirteenth round).

Korean glues its particles to a name ("김성호가": Kim Seong-ho, subject) and has no capitals,
so a name is told by the word beside it, listed in triage/lexicons/redaction/ko.toml,
[names] `roles_hangul` (사장, 매니저, 브로커, 남편, 언니, 딸...):

- after the role, a full name (a frequent family name and two syllables) with or without its
  particle ("사장 김성호가", "실장 정대현이", "고용주 서정우 때문에"); a given name alone is
  left to the familiar "이" (triage.redaction.name_intros: "민준이가"), as two syllables after
  a kin word are as often a noun ("언니 회사는", "딸 나이는");
- before the role, a full name or a family name alone ("김철수 사장이", "박 사장이");
- before "(이)라는" and a word for a person, any name ("장미란이라는 여자": a woman called ...);
- a full name that signs the message: after a masked phone ("연락처: 010-... 박지민") or before
  "드림" ("김하늘 드림").

Not a word that ends in a particle of place or direction ("사장 차에서": in the boss's car),
unless a noun said of the person follows it ("사촌 이지은 얘기": the cousin's story), nor an
adjective before a role ("이상한 사장", a strange boss), nor the words of `not_names`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage import word_lists
from triage.folding import fold_word
from triage.redaction.name_lists import STOP

HANGUL = "[\uac00-\ud7af]"
# the most frequent Korean family names: a full name of three syllables starts with one
KO_FAMILY = (
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구"
    "민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹모탁국어은편용"
)
_ROLES = "|".join(sorted(map(re.escape, word_lists.words("names", "roles_hangul")), key=len, reverse=True))
# what may be glued to a name: case particles, the copula, "called"
_ENDINGS = (
    "이|가|은|는|을|를|의|도|만|한테|에게|께서|랑|이랑|과|와|하고|이가|이는|이를|이한테|이랑|이도|이의"
    "|이에요|예요|입니다|이고|이야|야|이라는|라는|이라고|라고|씨|님"
)
_ENDS = re.compile(rf"(?:씨|님)?(?:{_ENDINGS})?(?!{HANGUL})")
# a word of three syllables that ends in a particle of place or direction is no name
_PLACE_PARTICLES = ("에서", "에게", "한테", "으로", "까지", "부터", "처럼", "보다")
_AFTER_ROLE = re.compile(
    rf"(?<!{HANGUL})(?:{_ROLES})(?:님)?(?:은|는)?\s+(?P<name>[{KO_FAMILY}]{HANGUL}{{2}})"
)
_BEFORE_ROLE = re.compile(
    rf"(?<!{HANGUL})(?P<name>[{KO_FAMILY}]{HANGUL}{{2}}|[{KO_FAMILY}])\s(?:{_ROLES})(?:님)?"
    rf"(?=(?:{_ENDINGS})?(?!{HANGUL}))"
)
_CALLED = re.compile(
    rf"(?<!{HANGUL})(?P<name>{HANGUL}{{2,3}}?)(?:이)?라는\s?(?:사람|여자|남자|분|애|아이|친구|놈|브로커|사장)"
)
# a full name that ends the message after a phone or an address already masked, or before
# "드림" / "올림" (from ...): a signature ("연락처: 010-... 박지민", "김하늘 드림")
_SIGNED = re.compile(rf"(?<!{HANGUL})([{KO_FAMILY}]{HANGUL}{{2}})(?:\s?(드림|올림))?[\s.!]*$")
# the last syllable of a word that modifies the role after it ("이상한 사장", "한국인 사장")
_MODIFIER_ENDS = frozenset("한운던된는인적")


# issue 11, eighteenth round: a full name alone after the last sentence signs it too ("프로그램
# 있나요? 박서연"), unless its last syllable ends a sentence's verb ("고마워", "도와줘", "정말요")
_VERB_LAST = frozenset("요워줘히다까네죠해어")


def _signs_after(before: str, name: str) -> bool:
    """What stands before a full name that ends the message makes it a signature: a masked
    phone or address, or the end of a sentence."""
    before = before.rstrip(" ,-–—/")
    if before.endswith("\x1a"):
        return True
    return before.endswith((".", "?", "!", "\n")) and before != "" and name[-1] not in _VERB_LAST


# issue 11, round 20: a dash before the last word signs the message ("신청하나요? — 정하은"):
# a full name there is one even when it ends like a particle ("은")
_DASHES = ("—", "–", "-")


# one syllable before a role that is a word more often than a family name: "이" (this), "도" (too)
_SINGLE_NOT_FAMILY = frozenset("이도은여")
# issue 11, fourteenth round: a noun said of the person just named, after a space ("사촌 이지은
# 얘기인데요", my cousin Lee Ji-eun's story): the word before it is the name, whatever it ends in
_OWNED_WORDS = sorted(
    map(re.escape, word_lists.words("names", "owned_after_hangul_name")), key=len, reverse=True
)
_OWNED = re.compile(rf"\s(?:{'|'.join(_OWNED_WORDS)})")
# the last syllables of a word that has its particle glued on ("여권은", "이름은", "차에서")
_PARTICLE_SYLLABLES = frozenset("은는을를가이의도에로게고며면만요")


def _particle_ended(name: str, *, bare: bool) -> bool:
    """A word of three syllables that ends in a particle of place or direction, or, with
    nothing glued after it (`bare`), in any particle: a noun and its particle, no name."""
    return name.endswith(_PLACE_PARTICLES) or (bare and name[-1] in _PARTICLE_SYLLABLES)


def _closed(syllable: str) -> bool:
    """A Hangul syllable that ends in a consonant ("정", not "수")."""
    return (ord(syllable) - 0xAC00) % 28 != 0


def find_hangul_names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of Korean names next to a role or kin word (module docstring)."""
    if not _ROLES:
        return
    for match in _AFTER_ROLE.finditer(text):
        name = match.group("name")
        glued = _ENDS.match(text, match.end())
        if not glued or fold_word(name) in STOP or name.endswith(_PLACE_PARTICLES):
            continue
        owned = fold_word(name[:2]) not in STOP and _OWNED.match(text, glued.end())
        bare_noun = name[-1] in _PARTICLE_SYLLABLES and not owned
        if not glued.group() and bare_noun:
            continue  # "사장 이름은": a noun and its particle; "사촌 이지은 얘기": a name and what is hers
        if name[2] == "이" and _closed(name[1]):
            continue  # "동생 은정이가": a given name and the familiar "이" (name_intros.py reads it)
        yield match.span("name")
    for match in _BEFORE_ROLE.finditer(text):
        name = match.group("name")
        if len(name) == 3 and (name[-1] in _MODIFIER_ENDS or _particle_ended(name, bare=True)):
            continue
        if len(name) == 1 and (name in _SINGLE_NOT_FAMILY or text[match.start() - 1 : match.start()].strip()):
            continue  # "이 사장" (this boss), "카드도 사장이" (the card too)
        if fold_word(name) not in STOP:
            yield match.span("name")
    signed = _SIGNED.search(text)
    if signed is not None and (signed.group(2) or _signs_after(text[: signed.start()], signed.group(1))):
        name = signed.group(1)
        dashed = text[: signed.start()].rstrip(" ").endswith(_DASHES)
        if fold_word(name) not in STOP and (dashed or not _particle_ended(name, bare=True)):
            yield signed.span(1)
    for match in _CALLED.finditer(text):
        if fold_word(match.group("name")) not in STOP:
            yield match.span("name")
