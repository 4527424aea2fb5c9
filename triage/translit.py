"""Russian and Ukrainian typed in Latin letters ("translit"), read in Cyrillic (Issue 11, eleventh round).

Migrants on a phone without a Cyrillic keyboard write "pomogite pozhaluysta, on menya b'et"
or "ya v Toronto, pratsyuyu v yikhnomu restorani". A message is taken for translit when it
has no Cyrillic, none of the letters only Polish, Czech or Romanian write (ł, ř, ă...), and
at least two marker words of Russian or Ukrainian (pronouns, "please", "help", "now",
"today") counted against the little words of Polish, Czech, Romanian, Tagalog and English
that look like them; a single marker is enough with two words built the Slavic way ("kh",
"zh", "shch", "yi", "-ayut", "-yut", "-ovat'"). Its words are then spelled in Cyrillic by the
common informal schemes (shch/sch → щ, zh → ж, kh → х, ts → ц, ya/ja/ia → я, yu/ju/iu → ю,
yi/ji → ї, y → ы/и after a consonant and й after a vowel, ' → ь), and the Russian or
Ukrainian cues and lexicons read that spelling. Which of the two: the language with more of
its own marker words (Ukrainian "shcho", "tse", "mene", "zaraz"; Russian "chto", "menya",
"seychas"), Ukrainian spelling h as г and i as і.
"""

from __future__ import annotations

import re

RUSSIAN = "ru"
UKRAINIAN = "uk"

# Marker words: only Russian or Ukrainian in Latin letters write them so.
_RU_MARKERS_SPELLED = (
    "menya menia mne mnoy mnoi pomogite pomogi pozhaluysta pozhalujsta pozhalusta pozhaluista "
    "pojaluista pojaluysta chto shto seychas seichas sejchas segodnya segodnja sevodnya "
    "sevodnja pochemu kogda kuda yego ego yeyo nichego khochu hochu nelzya uzhe "
    "tolko eshche eshe yesli esli nado nuzhno ochen rabotayu rabotaem rabotat pomoshch pomosh "
    "deneg dengi dengy zabrali ubyu ubiyu ubyet ubet ubit zdes vecherom nochyu derzhat "
    "vypuskayut otpuskayut zaperli zaper spasite umeret ubeyu pasport pasporta chelovek skazal "
    "skazali zakryli bolit krov privet spasibo zdravstvuyte tebya zavtra moya moyu "
    "doch muzhchina muzhik"
)
_UK_MARKERS_SPELLED = (
    "mene meni mnoyu shcho shcos shchos shchob tse tsey tsya tsi vona vony yoho yiyi yikh "
    "yikhniy yikhnomu yikhnya zaraz sohodni sogodni syohodni siohodni sjogodni vvecheri "
    "dopomozhit dopomozhy dopomohy dopomoha dopomoga dopomohu laska budlaska pratsyuyu "
    "pratsiuiu pratsiuyu pratsyuiu pratsyuvala pratsiuvala pratsyuvav hroshi hroshei groshi "
    "nemaye mozhna yakshcho yaksho koly chomu dyakuyu diakuiu vbyty vbyie vbye khochu "
    "pasport pidu mostu zakryly zamknuly kazhut zakryv skazav skazaly duzhe bolyt krov hospodar "
    "gospodar pryvit spasybi zavtra moya moyu moyi donka cholovik"
)
# Little words of the languages translit is taken for, counted against the markers: Polish,
# Czech, Slovak, Romanian, Serbo-Croatian, Tagalog, Haitian Creole and English.
_LOOKALIKES_SPELLED = (
    "nie jest jestem mnie sie prosze czy jak tak ale juz jsem jsi jste mam mne je se ze na "
    "pro tak nebo ani som sa si nu este sunt eu mi pe cu la care ako ang mga ng sa hindi "
    "siya ko the and you is are to of my me he she we please help sam nisam molim sada "
    "danas sutra jer ali da mwen nou yon nan ak pou ki les et"
)
_RU_MARKERS = frozenset(_RU_MARKERS_SPELLED.split())
_UK_MARKERS = frozenset(_UK_MARKERS_SPELLED.split())
_MARKERS = _RU_MARKERS | _UK_MARKERS
_LOOKALIKES = frozenset(_LOOKALIKES_SPELLED.split())
# Letters of Polish, Czech, Slovak and Romanian that translit never writes.
_OTHER_LATIN = frozenset("ąęłśźżćńřěůďňľĺŕăâîșşțţőű")
# Words built the Slavic way: clusters English, Polish and Romance words hardly write.
_SLAVIC_SHAPE = re.compile(r"shch|zh|kh|yi|[bcdfgklmnprstvz]'|ovat'?$|ayut$|yut$|yat$|iuiu|iut$|aet$|ayet$")
# Words that tell one of the two languages from the other without being markers.
_UK_SHAPE = re.compile(r"yi|^yak|^h[aeiouy]|[^skzcgtd]h[aeiouy]|iv$|ity$|ty$|nnya$")
_MARKERS_NEEDED = 2
_SHAPED_NEEDED = 2

_LETTER = re.compile(r"[a-zA-Zïëéť']+")
_PLACEHOLDER = re.compile(r"\[[A-Z_]+\]")
# Longest first: each scheme's spellings of one Cyrillic letter.
_CLUSTERS = (
    ("shch", "щ"),
    ("sch", "щ"),
    ("sh", "ш"),
    ("ch", "ч"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ts", "ц"),
    ("tz", "ц"),
    ("yu", "ю"),
    ("ju", "ю"),
    ("ya", "я"),
    ("ja", "я"),
    ("yo", "ё"),
    ("jo", "ё"),
    ("x", "кс"),
)
_SINGLE = {
    "a": "а",
    "b": "б",
    "v": "в",
    "w": "в",
    "g": "г",
    "d": "д",
    "e": "е",
    "z": "з",
    "k": "к",
    "q": "к",
    "c": "ц",
    "l": "л",
    "m": "м",
    "n": "н",
    "o": "о",
    "p": "п",
    "r": "р",
    "s": "с",
    "t": "т",
    "u": "у",
    "f": "ф",
    "j": "й",
    "'": "ь",
    "ï": "ї",
    "ë": "ё",
    "é": "е",
    "ť": "ть",
}
_VOWELS = frozenset("aeiouy'")


def _has_other_script(text: str) -> bool:
    return any(not ("a" <= ch <= "z") and (ch in _OTHER_LATIN or "\u0400" <= ch <= "\u04ff") for ch in text)


def translit_language(text: str, words: frozenset[str]) -> str | None:
    """`ru` or `uk` when the message is Russian or Ukrainian typed in Latin letters, else None.
    `words` are the message's folded words."""
    markers = len(words & _MARKERS)
    if not markers or _has_other_script(text.lower()):
        return None
    russian = len(words & _RU_MARKERS)
    ukrainian = len(words & _UK_MARKERS)
    shaped = sum(1 for word in _LETTER.findall(text.lower()) if _SLAVIC_SHAPE.search(word))
    if markers < _MARKERS_NEEDED and shaped < _SHAPED_NEEDED:
        return None
    if len(words & _LOOKALIKES) >= markers + shaped:
        return None
    if ukrainian == russian:
        ukrainian += sum(1 for word in words if _UK_SHAPE.search(word)) > 1
    return UKRAINIAN if ukrainian > russian else RUSSIAN


def _word_in_cyrillic(word: str, language: str) -> str:
    """One word of Latin letters in Cyrillic by the informal schemes ("menya" -> "меня")."""
    lower = word.lower()
    out: list[str] = []
    k = 0
    while k < len(lower):
        rest = lower[k:]
        before = lower[k - 1] if k else ""
        after_consonant = bool(before) and before not in _VOWELS
        for latin, cyrillic in _CLUSTERS:
            if rest.startswith(latin):
                out.append(cyrillic)
                k += len(latin)
                break
        else:
            letter = lower[k]
            nxt = lower[k + 1] if k + 1 < len(lower) else ""
            k += 1
            if letter in "yj" and nxt in ("e", "i"):  # ye/je: е (є), yi/ji: ї (и)
                ukrainian = language == UKRAINIAN
                if after_consonant and nxt == "e":  # "ubyet", "pyesh": a soft sign before it
                    out.append("'" if ukrainian else "ь")
                out.append(("є" if ukrainian else "е") if nxt == "e" else ("ї" if ukrainian else "и"))
                k += 1
            elif letter == "i" and (after_consonant or lower[k - 3 : k - 1] == "iu") and nxt in ("a", "u"):
                # after a consonant or another "iu": "menia", "pratsiuiu"
                out.append("я" if nxt == "a" else "ю")
                k += 1
            elif letter == "y":
                out.append(("и" if language == UKRAINIAN else "ы") if after_consonant else "й")
            elif letter == "i":
                out.append("і" if language == UKRAINIAN else "и")
                if nxt and nxt not in _VOWELS and before in ("a", "o", "u", "e") and language == RUSSIAN:
                    out[-1] = "й"
            elif letter == "'" and language == UKRAINIAN:  # the apostrophe of "b'ye", "m'yaso"
                out.append("'")
            elif letter == "h":
                out.append("г" if language == UKRAINIAN else "х")
            elif letter == "e" and not before and nxt == "t" and language == RUSSIAN:  # "eto", not "esli"
                out.append("э")
            else:
                out.append(_SINGLE.get(letter, letter))
    spelled = "".join(out)
    if word[:1].isupper():
        spelled = spelled[:1].upper() + spelled[1:]
    return spelled


def in_cyrillic(text: str, language: str) -> str:
    """The message with its Latin words spelled in Cyrillic; placeholders ("[PHONE]") kept."""
    return spelled_in_cyrillic(text, language)[0]


def spelled_in_cyrillic(text: str, language: str) -> tuple[str, dict[str, str]]:
    """`in_cyrillic`, and each Cyrillic spelling (lower case) -> the word as the person wrote it,
    to quote their own words back (`as_written`)."""
    kept = [(m.start(), m.end()) for m in _PLACEHOLDER.finditer(text)]
    written: dict[str, str] = {}

    def spell(match: re.Match[str]) -> str:
        if any(a <= match.start() < b for a, b in kept):
            return match.group()
        spelled = _word_in_cyrillic(match.group(), language)
        written.setdefault(spelled.lower(), match.group())
        return spelled

    return _LETTER.sub(spell, text), written


_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+(?:'[\u0400-\u04ff]+)*")


def as_written(quote: str, written: dict[str, str]) -> str:
    """A quote read in the Cyrillic copy, in the person's own Latin letters ("меня заперли" ->
    "menya zaperli"); words that were not spelled by `spelled_in_cyrillic` stay as they are."""
    return _CYRILLIC_WORD.sub(lambda m: written.get(m.group().lower(), m.group()), quote)
