"""Listed first names that are an everyday word of one language ("Mia figlia", Italian "my";
"Ze neemt niet op", Dutch "she"; "Коли я втекла", Ukrainian "when"; "Eve dönmek", Turkish
"home"; "Ada agen", Indonesian "there is"; "đi làm bình thường", Vietnamese "normal"; "wo yao",
pinyin "want"; "ann Ayiti", Haitian "in"; "hana bima", Swahili "has no").

The name lists are one for every language and redaction runs before the language is known,
so the word is read as that language's word only when the message has two or more of that
language's own small words besides it, and where a name would not show itself: in lower case,
or (not in Vietnamese, whose capitals at a sentence's start are its given names: "Bình",
"Tim") as the first word of a sentence. A capital mid-sentence stays a name ("con Mia").
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from triage.data_files import data_words
from triage.folding import fold_word
from triage.redaction.spans import looked_for


def _markers(words: str) -> frozenset[str]:
    return looked_for(words.split())


# words found in one language only among the hotline's (so two of them tell the language)
_MARKERS: dict[str, frozenset[str]] = {  # registered: Hints lists them among a message's words
    "it": _markers("di è il che non sono anni gli della ho per appena perché anche questo mio lavora"),
    "nl": _markers("het een niet ik zij haar heeft naar maar wil bij nog weet geen werkt wat ook zijn moet"),
    "uk": _markers("і й що мене мені її щоб вже також який яка які ми вона він це тому дуже"),
    "tr": _markers("bir ve bu ama çok için ile değil var yok ben beni bana sonra gibi diye şimdi istiyor"),
    "id": _markers(
        "saya yang tidak ini itu dari untuk mereka sudah bisa dengan kalau tapi juga gak nggak aku"
    ),
    "sw": _markers("wa kwa hii yake yangu sasa kwenda hakuna kazi lakini mimi yeye sababu"),
    "ht": _markers("mwen nan pou ak gen ap kounye fanmi pitit paske kote lè"),
    "vi": _markers(
        "tôi của không được người những với là và có làm thì cho này đã nhà chủ ở bị đang"
        " khong cua duoc nguoi nhung voi viec roi muon nha toi dang lam"
    ),
    "zh": _markers("wo shi zai hen jiu neng laoban women tamen qian kuai gongzi shuo meiyou"),
}
# the listed names that are such a word, lower case, and the language whose word they are
_WORD_LANGUAGE = {
    "mia": "it",
    "ze": "nl",
    "коли": "uk",
    "eve": "tr",
    "ada": "id",
    "tanya": "id",
    "hana": "sw",
    "ana": "sw",
    "ann": "ht",
    "bình": "vi",
    "theo": "vi",
    "tim": "vi",
    "yao": "zh",
}
# folded as the name finder folds its words (marks dropped), for a first quick test
FUNCTION_NAMES = frozenset(fold_word(word) for word in _WORD_LANGUAGE)
_CAPITAL_IS_NAME = frozenset({"vi"})


def is_function_word(written: str, sentence_initial: bool, words: AbstractSet[str]) -> bool:
    """The written word, a listed name, is there its language's everyday word (see above);
    `words` are the message's words in lower case."""
    lower = written.lower()
    language = _WORD_LANGUAGE.get(lower)
    if language is None:
        return False
    if written[0].isupper() and (language in _CAPITAL_IS_NAME or not sentence_initial):
        return False
    return len(words & _MARKERS[language]) >= 2


# issue 11, eighteenth round: a Vietnamese word opening a sentence whose marks are not a listed
# name's ("Lúc 3 giờ", at three; "Đường dây này", this line): it folds to one ("Luc", "Dương")
# but is written otherwise. Names listed with their marks ("Bình", "Dương") stay names.
_WRITTEN_SURNAMES = frozenset(name.casefold() for name in data_words("surnames.txt"))


def is_vietnamese_word(written: str, listed_as_written: bool, words: AbstractSet[str]) -> bool:
    """The capitalised word opening a sentence, with marks, not listed as written
    (`listed_as_written`: its tier read from the word as written), in a Vietnamese message."""
    if written.isascii() or listed_as_written or written.casefold() in _WRITTEN_SURNAMES:
        return False
    return len(words & _MARKERS["vi"]) >= 2
