"""Names in a self-introduction written in Korean, Japanese or Thai, where the name is glued to
the words around it and no space or capital marks where it ends (issue 11, sixth round):

- Korean: "제 이름은 박지훈입니다", "저는 김민지예요", "박지훈이라고 합니다", "이름: 박지훈";
- Japanese: "名前は田中花子です", "私は佐藤と申します", "マリアといいます";
- Thai: "ผมชื่อสมชายครับ", "ฉันชื่อ มาลี", "ชื่อของฉันคือสมศรี".

The cue and the ending that close the name are in the patterns below; a name alone after
"저는" or "私は" with no naming verb is not taken ("저는 학생입니다": I am a student).

Seventh round, names with no self-introduction, told by what is glued to them:
- Korean: a name and "씨" or "님" ("김민지 씨가", not "사장님"), and a given name that ends in
  a consonant with the familiar "이" and a particle ("지민이가", "민준이는": a noun takes
  "이" or "가", never both);
- Japanese: a name and "さん", "ちゃん", "くん", "様" ("田中さんに", "妹のゆいちゃん"; not
  "お客さん", "社長さん");
- Thai: "ชื่อ" (named) after any word, and an honorific before the name ("หลานสาวชื่อน้องมายด์").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage import word_lists
from triage.folding import fold_word
from triage.redaction.hangul_names import HANGUL as _HANGUL
from triage.redaction.hangul_names import KO_FAMILY, find_hangul_names
from triage.redaction.name_lists import STOP

UNSPACED_SCRIPTS = re.compile("[\u3040-\u30ff\uac00-\ud7af\u0e00-\u0e7f]")

# the copula or quoting ending glued to a Korean name
_KO_END = r"(?=입니다|이에요|예요|이고|이며|이라고|라고|이야|야[\s.!,]|씨|님|[\s.,!?~]|$)"
_KO_COPULA = r"(?=입니다|이에요|예요|이고요|이며|이야|야[\s.!,]|인데요|인데[\s.,!])"
_KOREAN = re.compile(
    # "제 이름은 박지훈입니다", "내 이름은 민지야", "이름: 박지훈"
    rf"(?:이름은|이름이|이름\s*[:：])\s*(?P<a>{_HANGUL}{{2,4}}?){_KO_END}"
    # "저는 박지훈입니다": only with the copula glued to the name
    rf"|(?:^|\s)(?:저는|전|나는|난)\s+(?P<b>{_HANGUL}{{2,4}}?){_KO_COPULA}"
    # "저 박서연인데요": the humble "I" alone, then a full name (a family name and two syllables)
    rf"|(?:^|\s)(?:저|나)\s+(?P<e>[{KO_FAMILY}]{_HANGUL}{{2}}){_KO_COPULA}"
    # "... 김지은입니다": a last sentence that is only a name and the copula, a signature
    rf"|(?:^|[.!?。\n]\s*)(?P<d>{_HANGUL}{{2,3}}?)(?:입니다|이에요|예요)[\s.!]*$"
    # "박지훈이라고 합니다", "민지라고 해요"; not a verb told as an order ("손님 상대하라고 해요",
    # "참으라고 해요": a word of three syllables or more ending in 하, or any ending in 으;
    # Issue 11, tenth round)
    rf"|(?<!{_HANGUL})(?P<c>{_HANGUL}{{2,4}}?)(?<!{_HANGUL}{_HANGUL}하)(?<!으)(?:이)?라고"
    r"\s*(?:합니다|해요|하고|합니당|불러|부릅니다|부르)"
)
_JA_NAME = "[\u4e00-\u9fff\u30a0-\u30ffー]"
_JAPANESE = re.compile(
    # "名前は田中花子です", "名前：マリア"
    rf"(?:名前は|名前\s*[:：]|名は)\s*(?P<a>{_JA_NAME}{{1,8}}?)(?=です|だ|と申します|といいます|と言います|[\s。、.,!！]|$)"
    # "田中と申します", "マリアといいます"
    rf"|(?P<b>{_JA_NAME}{{1,8}})(?:と申します|といいます|と言います|と申す|と呼んで)"
)
_THAI_LETTER = "[\u0e01-\u0e4e]"
_THAI = re.compile(
    # "ผมชื่อสมชายครับ", "ฉันชื่อ มาลี", "ชื่อของฉันคือสมศรี", "เขาชื่อ..."
    r"(?:ผม|ฉัน|ดิฉัน|หนู|เขา|เธอ|น้อง|พี่|ลูก|เรา)\s*ชื่อ(?:จริง|เล่น)?\s*(?:คือ|ว่า)?\s*"
    r"|ชื่อของ(?:ฉัน|ผม|หนู|ดิฉัน|เขา|เธอ)\s*(?:คือ)?\s*"
)
_THAI_NAMED = re.compile(
    # "หลานสาวชื่อน้องมายด์", "น้องสาวชื่อมาลี": a relation or any word, then "named"; not a
    # shop, a company, a hotel or a street named so
    r"(?<!ร้าน)(?<!บริษัท)(?<!โรงแรม)(?<!ถนน)(?<!ซอย)(?<!เมือง)(?<!ไม่รู้)(?<!ไม่ทราบ)"
    r"ชื่อ(?:จริง|เล่น)?\s*(?:คือ|ว่า)?\s*(?:น้อง|พี่|คุณ|นางสาว|นาย|นาง|ด\.ญ\.|ด\.ช\.)?\s*"
)
_KO_TITLED = re.compile(
    rf"(?<!{_HANGUL})(?P<name>{_HANGUL}{{2,3}})\s?(?:씨|님)(?=[이가은는을를에의도께한랑과와\s.,!?]|$)"
)
# "지민이가": two syllables, the last one closed by a consonant, then "이" and a particle
_KO_FAMILIAR = re.compile(
    rf"(?<!{_HANGUL})(?P<name>{_HANGUL}{{2}})(?=이(?:가|는|를|랑|한테|도|에게|랑은)(?!{_HANGUL}))"
)
_JA_HONORED = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{1,4}|[\u30a1-\u30faー]{2,8}|(?<=[のはがにとをへ、。\s「])[\u3041-\u3096]{2,4})"
    r"(?:さん|ちゃん|くん|君|様|さま)"
)


def _glued_names(text: str) -> Iterator[tuple[int, int]]:
    """Korean and Japanese names told by the title or particle glued to them."""
    for match in (*_KO_TITLED.finditer(text), *_KO_FAMILIAR.finditer(text)):
        name = match.group("name")
        last = ord(name[-1]) - 0xAC00
        closed = last % 28 != 0
        if fold_word(name) not in STOP and (closed or match.re is _KO_TITLED):
            yield match.span("name")
    for match in _JA_HONORED.finditer(text):
        if fold_word(match.group("name")) not in STOP:
            yield match.span("name")


_THAI_NAME = re.compile(rf"{_THAI_LETTER}{{2,20}}?(?=ครับ|ค่ะ|คะ|นะ|จ้ะ|จ้า|และ|อายุ|[\s.,!?]|$)")
# the family name after a Thai given name, one space apart ("ชื่อ สมศรี แก้วมณี โทร ...")
# (not a clause, which Thai writes without spaces: "ตอนนี้อยู่ที่โรงแรม", now at the hotel)
_THAI_NOT_FAMILY = "ตอนนี้|อยู่|ที่|เป็น|ทำ|ไม่|จะ|ได้|ก็|แล้ว|กับ|โทร|อายุ|ไลน์|ติดต่อ|เบอร์|อีเมล|ไอดี|เฟส"
_THAI_FAMILY = re.compile(rf" (?!{_THAI_NOT_FAMILY})({_THAI_LETTER}{{3,12}})(?=[\s.,!?]|$)")


_KANJI = "[\u4e00-\u9fff々]"
_JA_FAMILY = "|".join(map(re.escape, word_lists.words("names", "family_names_unspaced")))
# a family name and one or two kanji, alone between what is not kanji, in a message with kana
# ("オタワ 田中美咲", "店長は山本健太です"); not a town, a ward, a station, a shop ("山田町")
_JA_FULL_NAME = re.compile(
    rf"(?<!{_KANJI})(?:{_JA_FAMILY}){_KANJI}{{1,2}}(?<![町市区村県駅店院社園所署駅港])(?!{_KANJI})"
)
_KANA = re.compile("[\u3040-\u30ff]")


def find_introduced_names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of names after a self-introduction in Korean, Japanese or Thai, and Japanese full
    names told by their family name."""
    if _KANA.search(text):
        for match in _JA_FULL_NAME.finditer(text):
            yield match.span()
    for pattern in (_KOREAN, _JAPANESE):
        for match in pattern.finditer(text):
            group = next(name for name in match.groupdict() if match.group(name))
            if fold_word(match.group(group)) not in STOP:  # "저는 학생입니다" (ko.toml not_names)
                yield match.span(group)
    yield from _glued_names(text)
    yield from find_hangul_names(text)  # "사장 김성호가", "김철수 사장이"
    for cue in (*_THAI.finditer(text), *_THAI_NAMED.finditer(text)):
        name = _THAI_NAME.match(text, cue.end())
        if name is not None and fold_word(name.group()) not in STOP:
            family = _THAI_FAMILY.match(text, name.end())
            if family is not None and fold_word(family.group(1)) not in STOP:
                yield name.start(), family.end()
            else:
                yield name.span()
