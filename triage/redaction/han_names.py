"""Chinese full names (a frequent family name, then one or two characters) after a weak cue
("我是陳志明，", "我表妹李娜今年15岁") or in a message written mostly in another script
("Dr. 王建华", "anh ta là 陳志明"); nicknames after a relation (triage.redaction.han_nicknames).

The cues are listed per language in triage/lexicons/redaction/<lang>.toml, [names]
`cues_weak_unspaced`; the family names in triage/data/surnames_han.txt.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from triage import word_lists
from triage.data_files import data_words
from triage.folding import fold_word
from triage.places import find_places
from triage.redaction.han_nicknames import take_han_nicknames
from triage.redaction.name_lists import ORGANISATIONS, word_facts
from triage.redaction.name_scripts import CJK, CJK_STOP, latin_surname_end, take_alias

if TYPE_CHECKING:
    from triage.redaction.name_finder import NameFinder

_HAN_SURNAMES = frozenset(data_words("surnames_han.txt"))
_HAN_CUES = word_lists.words("names", "cues_weak_unspaced")


def _han_name_end(text: str, pos: int) -> int:
    """End of a Chinese full name at `pos`: a family name (one or two characters), then one
    or two characters; `pos` when there is none."""
    for size in (2, 1):
        if text[pos : pos + size] in _HAN_SURNAMES:
            end = pos + size
            while end < len(text) and end - pos - size < 2 and CJK.match(text[end]):
                end += 1
            return end if end - pos - size >= 1 else pos
    return pos


# 总: a title ("陈总"); 上: "马上"; 末: "周末" (weekend, issue 11, round 21)
_CJK_STOP = frozenset(CJK_STOP) | frozenset("谢謝好请請总總上下末")
_HAN_RUN = re.compile(r"[\u3400-\u9fff]{2,4}")
_CLAUSE_END = frozenset("，。、！？,.!?;；:： \n")
# what follows a name in a Chinese sentence ("我表妹李娜今年15岁", "她叫王芳在工厂"): a name
# ends before one of these, or at the end of its clause
_AFTER_HAN_NAME = _CLAUSE_END | frozenset(
    "在今被说說是和也就才都已要会會从從跟把给給让讓对對不没沒很刚剛的了又还還每住上下去昨前这這那"
    # issue 11, thirteenth round: the verbs of control that open what the person did ("老板刘建国
    # 拿走了", "老板娘吴美玲收走", "男朋友郭涛逼她")
    "拿收逼打骂罵带帶扣锁鎖关關抢搶骗騙卖賣偷押控找欠送派拉推抓踢威"
    # issue 11, fourteenth round: the age written in digits right after the name ("表妹周小敏19岁")
    "0123456789０１２３４５６７８９\x1a"  # \x1a: an age or an amount already masked
)
_NICKNAME_PREFIXES = "小阿"


def _han_cued_name(text: str, pos: int) -> int:
    """End of a name after a weak cue or a relation at `pos` ("我表妹李娜今年", "我是陳志明，",
    "我表妹小丽在"): a family name and one or two characters, or a nickname ("小丽", "阿明"),
    before what follows a name; `pos` when there is none."""
    if text[pos : pos + 1] in _NICKNAME_PREFIXES and pos + 2 <= len(text):
        end = pos + 2
        nickname = CJK.match(text[pos + 1]) and text[pos + 1] not in _CJK_STOP
        if nickname and (end == len(text) or text[end] in _AFTER_HAN_NAME):
            return end
    for size in (2, 1):
        if text[pos : pos + size] not in _HAN_SURNAMES:
            continue
        for given in (2, 1):
            end = pos + size + given
            name = text[pos + size : end]
            han = len(name) == given and all(CJK.match(ch) and ch not in _CJK_STOP for ch in name)
            han = han and name[0] != text[pos]  # "老板常常打我": a doubled word, no name
            if han and (end == len(text) or text[end] in _AFTER_HAN_NAME):
                return end
    return pos


def take_han_names(finder: NameFinder) -> None:
    """Chinese full names after a weak cue that end their clause ("我是陳志明，"), and runs
    of two to four Chinese characters that start with a family name in a message written
    mostly in another script ("Dr. 王建华")."""
    text = finder.text
    take_han_nicknames(finder)
    for cue in _HAN_CUES:
        at = text.find(cue)
        while at >= 0:
            pos = at + len(cue)
            if text[pos : pos + 1] == "是" and not cue.endswith("是"):
                pos += 1  # "介绍人是孙立新": the role, "is", then the name
            elif text[pos : pos + 1] in (" ", "\u3000"):
                pos += 1  # issue 11, round 21: a role, a space, the name that signs ("社工 陈嘉欣，")
            # issue 11, round 21: a name in apposition, between commas ("我的朋友，王丽娜，被关起来了")
            apposed = text[pos : pos + 1] in ("，", ",") and text[pos - 1 : pos] != "是"
            pos += apposed
            end = _han_cued_name(text, pos)
            if end > pos and (not apposed or text[end : end + 1] in ("，", ",")):
                finder.spans.append((pos, end))
            at = text.find(cue, pos)
    _take_comma_signature(finder)
    _take_sentence_signature(finder)
    _take_contact_signature(finder)
    _take_glued_latin_names(finder)
    runs = list(_HAN_RUN.finditer(text))
    if not runs:
        return
    other_letters = sum(1 for ch in text if ch.isalpha() and ch < "\u3000")
    if sum(len(run.group()) for run in runs) * 4 <= other_letters:
        for run in runs:
            name = run.group()
            # no repeated character ("谢谢", thanks), no function character ("我的")
            distinct = len(set(name)) == len(name) and _CJK_STOP.isdisjoint(name)
            if distinct and _han_name_end(text, run.start()) == run.end():
                finder.spans.append(run.span())


# issue 11, fourteenth round: a full name alone after the last comma signs the message
# ("我的电话：[PHONE]，李明"); a family name first, no repeated or function character ("，谢谢"),
# no place ("，温哥华")
_COMMA_SIGNATURE = re.compile(r"[，,、\n\x1a]\s*([\u3400-\u9fff]{2,3})[\s。.!！]*$")


def _take_comma_signature(finder: NameFinder) -> None:
    signed = _COMMA_SIGNATURE.search(finder.text, max(0, len(finder.text) - 12))  # the end only
    if signed is None:
        return
    name = signed.group(1)
    if len(set(name)) < len(name) or not _CJK_STOP.isdisjoint(name):
        return
    if _han_name_end(name, 0) != len(name) or find_places(name):
        return
    finder.spans.append(signed.span(1))


# issue 11, eighteenth round: a full name of three characters alone after the last sentence
# ("请问你们能帮忙联系吗？金春花"); not a closing phrase ("明天见", "多谢啦"): the same checks, and
# no sentence particle at its end
_SENTENCE_SIGNATURE = re.compile(r"[。！？!?]\s*([\u3400-\u9fff]{3})[\s。.!！]*$")
_PARTICLE_LAST = frozenset("见見吗嗎呢吧啊呀哦嘛啦喔哈")


def _take_sentence_signature(finder: NameFinder) -> None:
    signed = _SENTENCE_SIGNATURE.search(finder.text, max(0, len(finder.text) - 12))
    if signed is None:
        return
    name = signed.group(1)
    if len(set(name)) < len(name) or not _CJK_STOP.isdisjoint(name) or name[-1] in _PARTICLE_LAST:
        return
    if _han_name_end(name, 0) == len(name) and not find_places(name):
        finder.spans.append(signed.span(1))


# issue 11, seventeenth round: a full name that opens the last sentence, right before a contact
# label, signs the message ("...职业培训。张丽华 微信：...", "陳美玲 手機：..."): the same checks
_CONTACT_SIGNATURE = re.compile(
    r"(?:^|[。.!！?？\n，,\x1a])\s*([\u3400-\u9fff]{2,3})\s*"
    r"(?:微信|电话|電話|手机|手機|邮箱|郵箱|电邮|QQ|WeChat|Wechat|Tel|WhatsApp|LINE|Telegram)"
)


def _take_contact_signature(finder: NameFinder) -> None:
    for signed in _CONTACT_SIGNATURE.finditer(finder.text, max(0, len(finder.text) - 80)):
        name = signed.group(1)
        if len(set(name)) < len(name) or not _CJK_STOP.isdisjoint(name):
            continue
        if _han_name_end(name, 0) == len(name) and not find_places(name):
            finder.spans.append(signed.span(1))


# issue 11, fourteenth round: a first name in Latin letters glued to Chinese ("我的室友Amy也被骗了",
# "我老公叫Kevin，他打我"): Chinese writes no space around it, so it is no word of its own for
# the name finder. A listed first name whose tier needs no cue, capitalised, is a name; not a
# place ("在Victoria工作").
_GLUED_LATIN = re.compile(
    r"(?<=[\u3400-\u9fff])[A-Z][a-z]{1,15}(?![A-Za-z])|(?<![A-Za-z])[A-Z][a-z]{1,15}(?=[\u3400-\u9fff])"
)


def _take_glued_latin_names(finder: NameFinder) -> None:
    for match in _GLUED_LATIN.finditer(finder.text):
        word = word_facts(match.group())
        if word.tier not in _TIERS_WITHOUT_CUE or word.stop or find_places(match.group()):
            continue
        if not _starts_organisation(finder.text, match.start(), word.folded):  # "在Tim Hortons打工"
            end = latin_surname_end(finder.text, match.end())
            finder.spans.append((match.start(), end))
            take_alias(finder, end)  # "雇主叫Kevin Wu（吴凯文）"


_LATIN_WORDS = re.compile(r"[A-Za-z]+")


def _starts_organisation(text: str, start: int, first: str) -> bool:
    """An organisation named like a person starts at `start` (its first word, folded, `first`)."""
    for phrase in ORGANISATIONS.get(first, ()):
        words = _LATIN_WORDS.findall(text, start, start + 80)[: len(phrase)]
        if tuple(map(fold_word, words)) == phrase:
            return True
    return False


_TIERS_WITHOUT_CUE = frozenset(["any", "capitalised", "mid-sentence"])
