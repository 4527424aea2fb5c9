"""Chinese names after a relation word, written without spaces: a nickname, 小 or 阿 and
one character ("我表姐小红被关起来了", "我的朋友阿芳不见了"), 老 and a family name
("工头叫老周"), or a family name and a title ("老板王总不给工资", "同事李姐"). Without
the relation word before it, "小" and "阿" start common words too; a family name and a
title that always names a person ("陳先生說", "王小姐", "李老師") is a name anywhere, and so is
"阿" and one character before a word that goes on the clause ("阿梅在微信上")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from triage import word_lists
from triage.data_files import data_words

if TYPE_CHECKING:
    from triage.redaction.name_finder import NameFinder

_RELATIONS = sorted(word_lists.words("names", "relations_unspaced"), key=len, reverse=True)
_FAMILY = "".join(name for name in data_words("surnames_han.txt") if len(name) == 1)
# The characters a Chinese name starts with: a family name, or 小 and 阿 of a nickname.
NAME_INITIALS = frozenset(_FAMILY + "小阿" + "".join(name[0] for name in data_words("surnames_han.txt")))
# characters after 小 or 阿 that make a word, not a name: 小时 (hour), 小心, 小孩, 小姐, 小区,
# 小费, 阿姨, 小说, 小学, 小便
_NOT_NICKNAMES = "时時心孩姐区區费費姨说說学學便吃菜店"
_TITLES = "总|總|哥|姐|老板|老闆|经理|經理|先生|小姐|太太|阿姨|叔|嫂"
_AFTER_RELATION = re.compile(
    rf"(?:{'|'.join(map(re.escape, _RELATIONS))})(?:叫)?"
    rf"((?:小|阿)(?![{_NOT_NICKNAMES}])[\u4e00-\u9fff]|老[{_FAMILY}]|[{_FAMILY}](?:{_TITLES}))"
)


# A family name and a title of a person, with no relation word: not after a preposition ("向",
# "于", "给", "對", "对": "向先生道歉" speaks to a husband), nor a family character that is a
# common word before a title ("方", "万", "付", "钱", "錢")
# issue 11, thirteenth round: the titles of a boss or an elder said after a family name
# ("王老板不让我们走", "刘姐说", "张哥每天来收钱", "陈总")
_PERSON_TITLES = "先生|小姐|女士|太太|老师|老師|师傅|師傅|老板娘|老闆娘|老板|老闆|经理|經理|总|總|姐|哥"
# issue 11, round 21: a lawyer's, a doctor's or a professor's title ("陈律师", "王医生")
_PROFESSION_TITLES = "律师|律師|医生|醫生|教授|博士"
_TITLED_FAMILY = "".join(ch for ch in _FAMILY if ch not in "方万萬付钱錢于向")
_TITLED = re.compile(rf"(?<![向于給给對对])([{_TITLED_FAMILY}](?:{_PERSON_TITLES}|{_PROFESSION_TITLES}))")
# issue 11, round 21: a full name before a title ("我是李文博律师", "代理黄秀英女士的案件"), after
# a cue of who it is ("是", "代理", "联系", "找") or at the start of a clause; not a given
# character that makes a word with the family name (高中老师, 周末, 马上, 王小明 left to the cues)
_NOT_GIVEN = "中小大学學末日一二三四五六七八九十上下里裡外内內前后後的了是在和我你他她们們说說"
_NAMED_TITLED = re.compile(
    rf"(?:(?<![\u4e00-\u9fff])|(?<=[是理系找问問给給和跟与與请請由被位者及]))"
    rf"([{_TITLED_FAMILY}](?![{_NOT_GIVEN}])[\u4e00-\u9fff](?:(?![{_NOT_GIVEN}])[\u4e00-\u9fff])?)"
    rf"(?={_PERSON_TITLES}|{_PROFESSION_TITLES})"
)


# "阿" and one character, then a word that goes on the clause with a person as its subject or
# object ("刚才阿梅在微信上", "阿芳说", "阿强被打"): a nickname with no relation word before it.
# Not a word that "阿" starts (阿姨, 阿拉伯, 阿富汗, 阿根廷, 阿尔..., 阿里巴巴, 阿司匹林, 阿门)
# nor a kinship word (阿妈, 阿爸, 阿婆, 阿公, 阿哥, 阿姐...), which names nobody
_NOT_AH_NAMES = "姨拉富根尔爾里裏司门門婆公嬤嫲妈媽爸伯叔哥姐弟妹嫂奶爷爺Q们們联聯曼塞布"
_AH_NICKNAME = re.compile(
    rf"(阿(?![{_NOT_AH_NAMES}])[\u4e00-\u9fff])(?=在|说|說|给|給|跟|被|把|已|还|還|就|也|都|不|没|沒|发|發|打|告诉|告訴|今|昨|刚|剛|一起)"
)


# "老" or "小" and a family name, then a word that goes on the clause ("老王把门锁上了", "小李也被
# 骗了") or the clause's end: a nickname with no relation word before it (issue 11, thirteenth
# round), or "的" (of: "老李的工厂", fourteenth round); not "老板", "小时", whose second
# character is no family name
_FAMILIAR = re.compile(
    rf"(?<![老小])([老小][{_TITLED_FAMILY}])"
    r"(?=[在说說给給跟被把已还還就也不没沒又都才要会會让讓叫带帶拿收打骂罵逼的，。、！？,.!?;；:：\s]|$)"
)
# "是" and a full name before what the person did to the writer: the cleft "it was X who"
# ("是赵磊把我们带到温哥华的", "是刘建国介绍的")
_CLEFT = re.compile(
    rf"是([{_TITLED_FAMILY}][\u4e00-\u9fff]{{1,2}}?)(?=把|带|帶|让|讓|叫|骗|騙|卖|賣|逼|介绍|介紹|安排|找)"
)


# issue 11, nineteenth round: a given name's character and 哥 or 姐 ("强哥刚发的微信", "芳姐介绍我来"),
# the way a boss or a recruiter is called, before a word that goes on the clause; not a word
# that ends so (大哥, 帅哥, 表哥, 堂姐, 空姐, 小姐, 师哥, 老哥, 哥哥)
_NOT_BROTHER_NAMES = "我你他她它咱俺大帅帥表堂空小师師老哥姐二三四五六七八九亲親学學富靓靚美乡鄉"
_BROTHER_NICKNAME = re.compile(
    rf"(?:(?<![\u4e00-\u9fff])|(?<=[是跟给給和被让讓叫找等]))((?![{_NOT_BROTHER_NAMES}])[\u4e00-\u9fff][哥姐])"
    r"(?=刚|剛|在|说|說|给|給|跟|被|把|已|还|還|就|也|不|没|沒|发|發|打|介绍|介紹|带|帶|让|讓|拿|收|逼|叫|都|又|，|。)"
)
# a full name in brackets after a nickname, or a nickname after a full name: "阿芳（陈美芳）",
# "陈美芳（阿芳）": both are the person
_BRACKETED = re.compile(
    rf"((?:阿|小|老)[\u4e00-\u9fff]|[\u4e00-\u9fff][哥姐]|[{_FAMILY}][\u4e00-\u9fff]{{1,2}})"
    rf"[（(]((?:阿|小|老)[\u4e00-\u9fff]|[{_FAMILY}][\u4e00-\u9fff]{{1,2}})[)）]"
)


def take_han_nicknames(finder: NameFinder) -> None:
    """Claim the nicknames and titled family names after a relation word, and a family name
    with a title of a person anywhere (module docstring)."""
    if not _RELATIONS:
        return
    for match in _AFTER_RELATION.finditer(finder.text):
        finder.spans.append(match.span(1))
    if "阿" in finder.text:
        for match in _AH_NICKNAME.finditer(finder.text):
            if not any(start <= match.start() < end for start, end in finder.spans):
                finder.spans.append(match.span(1))
    if "（" in finder.text or "(" in finder.text:
        for match in _BRACKETED.finditer(finder.text):
            finder.spans += [match.span(1), match.span(2)]
    if "哥" in finder.text or "姐" in finder.text:
        for match in _BROTHER_NICKNAME.finditer(finder.text):
            if not any(start <= match.start() < end for start, end in finder.spans):
                finder.spans.append(match.span(1))
    for pattern in (_NAMED_TITLED, _TITLED, _FAMILIAR, _CLEFT):
        for match in pattern.finditer(finder.text):
            if not any(start <= match.start() < end for start, end in finder.spans):
                finder.spans.append(match.span(1))
