"""Names told by a title written after them, with no cue before: the Turkish "Murat Bey",
"Ayşe Hanım'ın evinde", "Elif Abla" (a capitalised word, or two, before "Bey", "Hanım",
"Abla", "Abi", "Ağabey", "Efendi", with a suffix after an apostrophe or none), and a Chinese
family name before a title of address that names one person ("陈阿姨家", "王叔叔说",
"李大姐"). Stop words and places before the title are no name ("Türkiye Bey" is none)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage.data_files import data_words
from triage.folding import fold_word
from triage.places import find_places
from triage.redaction.name_lists import STOP
from triage.redaction.spans import Hints, looked_for

_TR_UPPER = "A-ZÇĞİÖŞÜ"
_TR_WORD = rf"[{_TR_UPPER}][a-zçğıöşü]+"
_TR_TITLED = re.compile(
    rf"(?<![\w'’])(?P<name>{_TR_WORD}(?: {_TR_WORD})?) (?:Bey|Hanım|Hanim|Abla|Abi|Ağabey|Agabey|Efendi"
    # issue 11, thirteenth round: the titles of kin written in lower case ("Sevgi abla", "Murat
    # bey", "Emine teyze", "Hasan amca"); not "hala", which is also "still"
    r"|bey|hanım|hanim|abla|abi|ağabey|amca|teyze|dayı|yenge)"
    r"(?=['’]|[^\w]|$)"
)
_TR_TITLES = looked_for(
    ("bey", "hanım", "hanim", "abla", "abi", "ağabey", "agabey", "efendi", "amca", "teyze", "dayı", "yenge")
)
_HAN_FAMILY = "".join(name for name in data_words("surnames_han.txt") if len(name) == 1)
# "阿姨" (auntie), "叔叔" (uncle), "大姐", "大哥", "阿婆", "伯伯" after a family name
_HAN_TITLE_SIGNS = ("阿", "叔", "大", "伯")
_HAN_TITLED = re.compile(
    rf"(?<![一这這那个個])([{_HAN_FAMILY}])(?:阿姨|叔叔|大姐|大哥|阿婆|伯伯|大叔|大妈|大媽)"
)


# issue 11, round 20: a Chinese full name of three characters before the job of a partner who
# signs ("此致 王丽华律师", "李秀英 社工"): after a space, a sign or "的", not a place
_HAN_JOBS = (
    "律师",
    "律師",
    "社工",
    "记者",
    "記者",
    "医生",
    "醫生",
    "护士",
    "護士",
    "牧师",
    "牧師",
    "翻译",
    "翻譯",
    "顾问",
    "顧問",
    "主任",
    "警官",
    "教授",
)
_HAN_BEFORE_JOB = re.compile(
    rf"(?:^|(?<=[\s，。！？、：:,.!?\x1a的]))(?P<name>[{_HAN_FAMILY}][\u3400-\u9fff]{{2}})\s?(?:{'|'.join(_HAN_JOBS)})"
)


def _han_names_before_jobs(text: str) -> Iterator[tuple[int, int]]:
    for match in _HAN_BEFORE_JOB.finditer(text):
        name = match.group("name")
        if len(set(name)) == len(name) and not find_places(name):
            yield match.span("name")


def find_titled_after(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    """Spans of names before a title written after them (module docstring)."""
    if not hints.words.isdisjoint(_TR_TITLES):
        for match in _TR_TITLED.finditer(text):
            name = match.group("name")
            if not any(fold_word(word) in STOP for word in name.split()) and not find_places(name):
                yield match.span("name")
    if not hints.latin1 and any(sign in text for sign in _HAN_TITLE_SIGNS):
        for match in _HAN_TITLED.finditer(text):
            yield match.span()
    if not hints.latin1 and any(job in text for job in _HAN_JOBS):
        yield from _han_names_before_jobs(text)
