"""The name finder's rules for scripts without capitals: Chinese names after a cue written
without spaces or after a closing dash, and Arabic, Devanagari... names after a relation."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from triage.places import find_places
from triage.redaction.han_nicknames import NAME_INITIALS
from triage.redaction.name_lists import CJK_CUES, PARTICLES, SURNAMES

if TYPE_CHECKING:
    from triage.redaction.name_finder import NameFinder

CJK = re.compile(r"[\u3400-\u9fff]")
CJK_STOP = frozenset("我你他她的是在了和从说今年岁住要被叫，。、！？ ,.!?")
_CJK_GAP = " \t:："
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
# issue 11, eighteenth round: a capitalised word after a name in Latin letters, then Chinese
# or its punctuation ("雇主叫Kevin Wu（吴凯文）"); and the name in Chinese in brackets after it
_LATIN_SURNAME = re.compile(r" ([A-Z][a-z]{1,15})(?=[\u3400-\u9fff（(，。、])")
_ALIAS = re.compile(r"\s?[（(]([\u3400-\u9fff]{2,4})[）)]")
_CJK_SIGNATURE = re.compile(r"(?:——|—|－－|--)\s*([\u3400-\u9fff]{2,4})[\s。.!！]*$")


def take_cjk(finder: NameFinder) -> None:
    """Two or three Chinese characters (or a word in Latin letters) after a cue written
    without spaces ("我叫王芳", "聯絡：李志明", "自称Kevin"), or after a dash that ends the
    message ("——何太")."""
    for cue in CJK_CUES:
        at = finder.text.find(cue)
        while at >= 0:
            pos = at + len(cue)
            while pos < len(finder.text) and finder.text[pos] in _CJK_GAP:
                pos += 1
            end = _cjk_name_end(finder.text, pos)
            if end - pos >= 2:
                finder.spans.append((pos, end))
                take_alias(finder, end)
            at = finder.text.find(cue, max(end, at + len(cue)))
    signed = _CJK_SIGNATURE.search(finder.text)
    if signed is not None:
        finder.spans.append(signed.span(1))


def take_alias(finder: NameFinder, end: int) -> None:
    """The same person's name in Chinese, in brackets right after a name ("Kevin Wu（吴凯文）")."""
    alias = _ALIAS.match(finder.text, end)
    if alias is not None and han_name(alias.group(1)):
        finder.spans.append(alias.span(1))


def latin_surname_end(text: str, end: int) -> int:
    """End of a name in Latin letters that ends at `end` in Chinese text, with the capitalised
    word after it when Chinese follows that word ("Kevin Wu（"); no place ("Kevin Toronto的")."""
    surname = _LATIN_SURNAME.match(text, end)
    return surname.end() if surname is not None and not find_places(surname.group(1)) else end


def _cjk_name_end(text: str, pos: int) -> int:
    """End of a name at `pos`: a word in Latin letters (and a capitalised one after it, in
    Chinese text: "叫Kevin Wu（"), or up to three Chinese characters."""
    latin = _LATIN_WORD.match(text, pos)
    if latin is not None:
        return latin_surname_end(text, latin.end())
    end = pos
    while end < len(text) and end - pos < 3 and text[end] not in CJK_STOP and CJK.match(text[end]):
        end += 1
    return end


_THAI = re.compile("[\u0e00-\u0e7f]")


def take_uncased_after_relation(finder: NameFinder, j: int) -> None:
    """A word without capitals after a relation is a name when it is a listed one, when a
    family name follows it, or when the sentence or a stop word follows ("أختي هبة عمرها"):
    a verb after a relation ("صديقتي زوّجوها بالإكراه") is not taken."""
    name = finder.tokens[j]
    if name.stop or finder.is_place(j) or (name.tier is None and arabic_verb(name.folded)):
        return
    if name.marker and name.tier is None:
        return  # round 23: "मेरी चचेरी बहन नेपाल से": a relation after a relation, the name comes after it
    if name.tier is None and name.text.endswith("ت") and finder.tokens[j - 1].text in _WOMEN_RELATIONS:
        return  # eighteenth round: "أختي أرسلت", "زوجتي رجعت": what she did (a name ends in "ة")
    if name.tier is None and name.folded.startswith("ال"):
        return  # "زوجي السابق", "أختي الكبيرة": an adjective after the relation (a family name
        # in "al-" follows a first name, not a relation)
    if _before_locative(finder, j):
        return  # "मेरे पति सऊदी में हैं": a word before "in" is where the relative is
    if name.tier is None and len(name.text) > _LONGEST_HAN_NAME and _HAN.match(name.text):
        return  # "boss 说我欠他两万": a clause of Chinese, not a name (take_han_names reads those)
    if name.tier is None and CJK.match(name.text) and not han_name(name.text):
        return  # "boss 锁咗门 我出唔到去": Chinese words, not a name
    if name.tier is None and _THAI.match(name.text) and _THAI.match(finder.text, finder.ends[j]):
        return  # "boss ล็อคห้องหนู": a Thai word cut at its vowel sign, not a name (tenth round)
    end = uncased_end(finder, j)
    after = j + 1
    alone = (
        after == len(finder.tokens)
        or not finder.joined(j, after)
        or finder.tokens[after].stop
        or finder.tokens[after].text.startswith(_ETHIOPIC_PREPOSITIONS)
        # round 23: a Nepali word with its case ending glued ("सरिता भ्यानकुभरमा", in Vancouver)
        or (len(finder.tokens[after].text) > 3 and finder.tokens[after].text.endswith(_NEPALI_CASE_ENDINGS))
        # issue 11, fifteenth round: "मेरी बेटी हरलीन कनाडा में है": where she is follows the name
        or (finder.is_place(after) and _before_locative(finder, after))
    )
    if name.tier is not None or end > j or alone:
        finder.claim(j, end)


# postpositions of place (Hindi, Nepali, Urdu "in"): the word before one is a place, not a name
# (round 23: "on" too: "بہن انسٹاگرام پر", my sister on Instagram)
_LOCATIVES = frozenset({"में", "मे", "मैं", "मा", "میں", "ميں", "पर", "پر"})


def _before_locative(finder: NameFinder, j: int) -> bool:
    return j + 1 < len(finder.tokens) and finder.joined(j, j + 1) and finder.tokens[j + 1].text in _LOCATIVES


# Amharic glues its prepositions onto the next word: "እህቴ ሄለን ከሊባኖስ" (my sister Helen, from
# Lebanon): a word after a relation and before one of these is a name
_ETHIOPIC_PREPOSITIONS = ("ከ", "በ", "ለ", "ወደ", "እስከ", "ስለ")
_NEPALI_CASE_ENDINGS = ("मा", "को", "ले", "लाई", "बाट", "सँग")


def han_name(word: str) -> bool:
    """A run of Chinese characters (no spaces inside) that can be a name: two to four, the
    first a family name (or 小, 阿), none of them a word that stops a name (我, 在, 了...)."""
    if not 2 <= len(word) <= _LONGEST_HAN_NAME or word[0] not in NAME_INITIALS:
        return False
    return not any(c in CJK_STOP for c in word)


# Chinese writes a name in two to four characters, and no space ends it.
_LONGEST_HAN_NAME = 4
_HAN = re.compile(r"[\u3400-\u9fff]")

# a woman's relation in Arabic: the word after it that ends in "ت" is her verb in the past
_WOMEN_RELATIONS = frozenset(
    [
        "أختي",
        "اختي",
        "صديقتي",
        "صاحبتي",
        "زوجتي",
        "مراتي",
        "بنتي",
        "ابنتي",
        "جارتي",
        "خالتي",
        "عمتي",
        "أمي",
        "امي",
    ]
)

# An Arabic verb in the present ("يضربها", "بيضربني", "كيضرب") or with an object pronoun
# ("ضربوني", "حبسوها"): no name, though no capital tells it. Listed names ("يوسف") are
# taken before this is asked.
_VERB_PREFIXES = ("ي", "بي", "كي", "كن", "تي")
_OBJECT_SUFFIXES = ("ني", "ها", "وه", "هم", "نا", "تلي")  # "بعتتلي": she sent me


def arabic_verb(word: str) -> bool:
    if not word or not "\u0621" <= word[0] <= "\u064a" or len(word) < 4:
        return False
    return word.startswith(_VERB_PREFIXES) or (len(word) >= 5 and word.endswith(_OBJECT_SUFFIXES))


def uncased_at(finder: NameFinder, j: int) -> bool:
    """Token j is followed, one space apart, by a word in a script without capitals."""
    return j + 1 < len(finder.tokens) and finder.joined(j, j + 1) and finder.tokens[j + 1].uncased


def uncased_end(finder: NameFinder, j: int) -> int:
    """Last token of a name in a script without capitals that starts at token j after a
    relation ("أختي هبة"): a family name in "al-" or a listed one follows ("سمير حداد"), or a
    particle and a name ("يوسف بن عمر"), or one more word right before the end, punctuation or a stop word
    ("मालिक गुरप्रीत संधू है")."""
    last = j
    for k in range(j + 1, min(j + 3, len(finder.tokens))):
        token = finder.tokens[k]
        after_particle = finder.tokens[k - 1].folded in PARTICLES
        if not (finder.joined(k - 1, k) and token.uncased) or (token.stop and not after_particle):
            break  # "كريم بن علي": after "بن" even a word that is also a stop word is the name
        if finder.is_place(k) or _before_locative(finder, k):
            break
        if token.tier is None and arabic_verb(token.folded):
            break  # "زوجها كريم يحبسها": the verb after the name is no family name
        ends = k + 1 == len(finder.tokens) or not finder.joined(k, k + 1) or finder.tokens[k + 1].stop
        if token.folded.startswith("ال") or after_particle or ends or token.folded in SURNAMES:
            last = k
        elif not (token.folded in PARTICLES and k + 1 < len(finder.tokens)):
            break
    return last
