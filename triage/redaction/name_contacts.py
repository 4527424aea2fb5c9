"""Names typed without the usual signs: a full name in lower case after a self-introduction,
a name ending the message beside a contact (issue 11, third round)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from triage import word_lists
from triage.folding import fold_word
from triage.redaction.name_lists import PARTICLES, PLACE_WORDS
from triage.redaction.spans import MASK

if TYPE_CHECKING:
    from triage.redaction.name_finder import NameFinder

# Marks that end a clause after a name typed in lower case.
_CLAUSE_MARKS = frozenset(",.;:!?()\n，。、،")

# Words naming a contact, not a person: "WhatsApp +1...", "Tel. 514...", "Signal, ...".
_CONTACT_WORDS = frozenset(
    fold_word(word)
    for word in (
        *word_lists.words("handles", "cues"),
        "whatsapp",
        "whats",
        "wa",
        "telegram",
        "signal",
        "viber",
        "wechat",
        "line",
        "zalo",
        "kakao",
        "messenger",
        "tel",
        "tél",
        "phone",
        "cell",
        "cel",
        "celular",
        "mobile",
        "email",
        "mail",
        "sms",
        "text",
        "call",
        "appelle",
        "ligue",
        "llama",
        "contact",
        "numero",
        "number",
        # in the scripts without capitals and in Cyrillic (issue 11, fourth round)
        "رقمي",
        "رقم",
        "هاتف",
        "تلفون",
        "واتساب",
        "إيميل",
        "ايميل",
        "إيميلي",
        "بريدي",
        "فون",
        "फ़ोन",
        "फोन",
        "नंबर",
        "ईमेल",
        "व्हाट्सएप",
        "телефон",
        "номер",
        "почта",
        "пошта",
        "вотсап",
        "ватсап",
        "вайбер",
        "انستغرام",
        "انستا",
        "سناب",
        "تيليجرام",
        "تلغرام",
        "فيسبوك",
        "واتس",
        "موبايل",
        "جوال",
        # issue 11, ninth round: an address label is no signature ("... النهار. العنوان [address]")
        "العنوان",
        "عنوان",
        "عنواني",
        "آدرس",
        "پتہ",
        "адрес",
        "адреса",
        # issue 11, eighteenth round: Nepali, Persian ("my e-mail": -م), Korean and Cyrillic labels
        # ("मेरो इमेल ...", "ایمیلم ...", "이메일 ...", "Тел. ...")
        "इमेल",
        "ایمیل",
        "ایمیلم",
        "이메일",
        "텔레그램",
        "카톡",
        "тел",
    )
)
# Arabic writes "my", "her", "his" onto the word: "رقمها" (her number), "انستغرامي" (my Instagram)
_ARABIC_SUFFIXES = ("ها", "هم", "ي", "ه", "ك", "نا")


def contact_word(folded: str) -> bool:
    if folded in _CONTACT_WORDS:
        return True
    if not folded.endswith(_ARABIC_SUFFIXES):  # most words: one test in C
        return False
    return any(
        folded.endswith(suffix) and folded[: -len(suffix)] in _CONTACT_WORDS for suffix in _ARABIC_SUFFIXES
    )


# what ends the sentence before a signature in a script without capitals ("؟ نور حداد، ...")
_SENTENCE_ENDS = (".", "!", "?", "؟", "।", "\n", "…")


def lowercase_run(finder: NameFinder, i: int, limit: int = 3) -> int:
    """After a self-introduction in lower case ("me llamo josé manuel ríos, el patrón..."),
    the words up to the end of the clause, when they are at most `limit` and none is a
    stop word or a place: a full name typed without capitals. Otherwise i."""
    j = i
    while j + 1 < len(finder.tokens) and j + 1 - i < limit and finder.joined(j, j + 1):
        nxt = finder.tokens[j + 1]
        if nxt.stop or nxt.capitalised or finder.is_place(j + 1) or not nxt.text.isalpha():
            return i
        j += 1
    after = finder.text[finder.ends[j] :].lstrip(" ")
    return j if not after or after[0] in _CLAUSE_MARKS else i


def beside_contact(finder: NameFinder) -> bool:
    """A capitalised word or two ending the message right next to a contact already masked
    ("... з понеділка Наталія, +1 613...", "Мой WhatsApp +1..., Бакыт"): a signature, even
    without a sentence end before it. True when one was taken."""
    tokens = finder.tokens
    last = _before_contact_words(finder)
    tail = finder.text[finder.ends[last] :]
    if MASK in tail:
        before = finder.text[: finder.starts[last]]
    else:
        before = finder.text[max(0, finder.starts[last] - 40) : finder.starts[last]]
        if MASK not in before.rstrip(" ,")[-1:]:
            return False
    if tokens[last].uncased:
        return _uncased_beside_contact(finder, last)
    first = last - 1 if last > 0 and finder.joined(last - 1, last) and tokens[last - 1].capitalised else last
    if first < last and finder.is_place(first):
        if first > 0 and finder.joined(first - 1, first) and tokens[first - 1].capitalised:
            return False  # "Hiiraan Cali Dhuux, +252...": a town inside a name (take_signature)
        if not finder.text[finder.ends[last] :].lstrip(" ").startswith(","):
            return False  # "Эдмонтон Подъезд 3": a town and what is in it
        first = last  # "... band hai. Ottawa Saima, +1 613...": the town, then the name
    start = _given_before_particle(finder, first)
    words = range(first, last + 1)
    if any(
        not tokens[i].capitalised
        or tokens[i].stop
        or finder.is_place(i)
        or i in finder.taken
        or tokens[i].folded in _CONTACT_WORDS
        or (tokens[i].shouted and len(tokens[i].text) <= 4 and not tokens[i].listed)
        for i in words
    ):
        return False  # "rekening dia, BCA 1234 567 890": a bank's acronym before its number
    labelled = last < len(tokens) - 1  # "Злата, telegram @...": a contact label after the name
    if first > 0 and finder.joined(first - 1, first) and tokens[first - 1].folded in PLACE_WORDS:
        return False  # "Мы в Ричмонд-Хилле @...": a town after "in"
    if first == 0 or (
        MASK in tail and finder.sentence_initial(first) and tokens[first].tier is None and not labelled
    ):
        return False
    finder.claim(start, last)
    return True


def _before_contact_words(finder: NameFinder) -> int:
    """The last token, or the one before the words naming a contact that end the message
    ("Марта, telegram @...", "Ana, WhatsApp +1..."): a signature can stand before them."""
    tokens = finder.tokens
    last = len(tokens) - 1
    if MASK not in finder.text[finder.ends[last] :]:
        return _before_masked_contact(finder, last)
    j = last
    while j > 0 and j > last - 2 and contact_word(tokens[j].folded):
        if finder.text[finder.ends[j - 1] : finder.starts[j]] not in (", ", ","):
            return last  # "Його інстаграм @...": his Instagram, no name before the label
        j -= 1
    return j


def _before_masked_contact(finder: NameFinder, last: int) -> int:
    """The token before a comma, a masked contact and where to reach it: one to three words, all
    in lower case but the contact word that ends them ("Noel, [handle] sa messenger", "Ana,
    [phone] on WhatsApp"; issue 11, round 18). Else `last`."""
    tokens = finder.tokens
    if not contact_word(tokens[last].folded):
        return last
    for j in range(last, max(last - 3, 0), -1):
        if j < last and not tokens[j].text.islower():
            return last
        gap = finder.text[finder.ends[j - 1] : finder.starts[j]]
        if MASK in gap:  # a comma before the contact: "Contatto: [handle] su Telegram" is a label
            before, after = gap[: gap.index(MASK)], gap[gap.rindex(MASK) + 1 :]
            return j - 1 if before.strip(" ") == "," and not after.strip(" ") else last
        if not gap.isspace():
            return last
    return last


def _given_before_particle(finder: NameFinder, first: int) -> int:
    """Where a signature that ends with "de Vries" starts: the capitalised given name before the
    particle ("Sanne de Vries, +31..."), when it opens a sentence or follows a comma; else first."""
    tokens = finder.tokens
    start = first - 2
    if start < 0 or tokens[first - 1].text not in PARTICLES:
        return first
    if not (finder.joined(start, first - 1) and finder.joined(first - 1, first)):
        return first
    token = tokens[start]
    if not token.capitalised or token.stop or finder.is_place(start) or start in finder.taken:
        return first
    opens = finder.sentence_initial(start) or finder.text[: finder.starts[start]].rstrip().endswith(",")
    return start if opens else first


def _uncased_beside_contact(finder: NameFinder, last: int) -> bool:
    """One or two words in a script without capitals, alone between the end of a sentence
    and a contact already masked that ends the message ("... موظفيكم؟ نور حداد، [EMAIL]"):
    a signature. True when one was taken."""
    tokens = finder.tokens
    if MASK not in finder.text[finder.ends[last] :]:
        return False
    for first in (last - 1, last):
        if first < 0 or (first < last and not finder.joined(first, last)):
            continue
        before = finder.text[: finder.starts[first]].rstrip(" \t")
        if not before.endswith(_SENTENCE_ENDS):
            continue
        words = range(first, last + 1)
        if all(
            tokens[i].uncased
            and not tokens[i].stop
            and i not in finder.taken
            and not finder.is_place(i)
            and not contact_word(tokens[i].folded)
            for i in words
        ):
            finder.claim(first, last)
            return True
    return False
