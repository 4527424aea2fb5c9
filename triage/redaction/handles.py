"""Social media user names and profile links: "@tony_mtl77", "instagram.com/maja",
"insta: maja.aupair", "mon snap c'est jess_99", "discord: tony#1234", "live:.cid.7f3a9b21"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage import word_lists
from triage.folding import fold_word
from triage.redaction.latin1_tables import lower_case
from triage.redaction.spans import (
    Hints,
    finditer_at,
    has_odd_case,
    looked_for,
    word_starts,
)
from triage.redaction.unspaced_scripts import UNSPACED_LETTERS, UNSPACED_SCRIPT

_SITES = (
    r"instagram\.com|instagr\.am|facebook\.com|fb\.com|fb\.me|m\.me|messenger\.com|tiktok\.com|"
    r"twitter\.com|x\.com|t\.me|telegram\.me|snapchat\.com|wa\.me|onlyfans\.com|linkedin\.com|"
    r"youtube\.com|youtu\.be|reddit\.com|discord\.gg|discord\.com|threads\.net|vk\.com|ok\.ru|"
    r"weibo\.com|linktr\.ee|pinterest\.com|tumblr\.com|twitch\.tv|kik\.me|line\.me|fansly\.com|"
    r"skype\.com|signal\.me|wechat\.com|badoo\.com|tinder\.com|pof\.com|leolist\.cc|locanto\.ca|"
    # issue 11, round 20: group invitations and the apps of Asian callers ("chat.whatsapp.com/Kx...",
    # "zalo.me/0912...", "vm.tiktok.com/ZMe...", "open.kakao.com/o/...")
    r"chat\.whatsapp\.com|whatsapp\.com|zalo\.me|vm\.tiktok\.com|vt\.tiktok\.com|open\.kakao\.com|"
    r"invite\.viber\.com|u\.wechat\.com|weixin\.qq\.com"
)
_PROFILE_LINK = re.compile(
    rf"(?:https?://)?(?:www\.|m\.|mobile\.|web\.)?(?:{_SITES})/[^\s,;)\]\"'<>\x1a]+", re.IGNORECASE
)
_SITE_NAMES = tuple(site.replace("\\.", ".") for site in _SITES.split("|"))
_LONGEST_SITE = max(map(len, _SITE_NAMES))
# how far before the "/" a profile link can start: "https://" + "mobile." + the site
_LONGEST_LINK_HEAD = len("https://") + len("mobile.") + _LONGEST_SITE
_AT_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[\w.]{0,28}[\w])?")
_DISCORD_TAG = re.compile(r"(?<![\w#])[\w.]{2,32}#\d{4}\b")
# a Skype id: "live:" glued to the name ("live:.cid.7f3a9b21", "live:maria_92")
_SKYPE_ID = re.compile(r"(?<![\w.])live:\.?(?=[\w.\-]*[^\W\d_])[\w.\-]{2,40}\w", re.IGNORECASE)
# The messaging apps and the words that announce a user name, per language
# (triage/lexicons/redaction/<lang>.toml, [handles]).
_CUES = sorted({cue.lower() for cue in word_lists.words("handles", "cues")}, key=lambda cue: (-len(cue), cue))
_CAPITAL_CUES = word_lists.words("handles", "cues_capitals")  # only written so: "LINE", "QQ"
_UNSPACED_CUES = word_lists.words("handles", "cues_unspaced")  # "微信号", in scripts without spaces
_NOT_HANDLES = frozenset(fold_word(word) for word in word_lists.words("handles", "not_handles"))
_SEPARATORS = r"[:=：]|->|[-–](?=[ \t])|(?<![^\s])(?:c'?est|is|es|est|é|ay|là|是)(?!\w)"
# what may follow a cue: up to four short words ("WeChat id", "KakaoTalk của em", "snap mwen"; a
# comma after one: "Messenger (si 'Jun', jun.recruit.ph)", issue 11, thirteenth round),
# then a separator (":", "is", "c'est") and any user name, or, without a separator, a name
# shaped like a handle (a dot, an underscore or a digit in it); dashes inside ("lihua-88")
_TAIL = (
    r"(?:[ \t]+[^\s:=：@.,;!?]{1,15},?(?![^\s:=：])){0,4}?[ \t]*"
    rf"(?:(?P<sep>{_SEPARATORS})[ \t]*@?(?P<handle>(?=[\w.-]{{3}})[\w.]{{1,30}}(?:-[\w.]+)*)"
    # in brackets too: "son Snap (mel.rose2009)" (issue 11, sixteenth round)
    # not a site's domain glued to the app's name ("whatsapp.com/...", round 20)
    r"|\(?@?(?P<shaped>(?!(?<![\s(@])\.)(?=[\w.]{3,30}(?![\w.]))[\w.]*?(?:\d|[._]\w)[\w.]*(?:-[\w.]+)*))"
)
_CUE_PATTERN = "|".join([*map(re.escape, _CUES), *(f"(?-i:{re.escape(cue)})" for cue in _CAPITAL_CUES)])
# a Turkish case ending after an apostrophe may follow the app's name ("Snap'ten ekledi: ...")
_CUED = re.compile(rf"(?<!\w)(?:{_CUE_PATTERN})(?:['’][^\W\d_]{{1,5}})?(?!\w){_TAIL}", re.IGNORECASE)
# "微信号：wxid_8833", "我的微信 lihua_88": "号" or "ID" may follow the cue, then ":" or "是"
# "ไลน์ฉัน: pimchanok.ss": in Thai "my" comes after the app's name (issue 11, tenth round)
_UNSPACED_TAIL = re.compile(
    r"(?:号|號|账号|帳號|[ \t]*(?i:id)|[ \t]*아이디(?:는|가)?)?(?:ของ)?(?:ฉัน|ผม|หนู|เรา|ดิฉัน)?(?:ค่ะ|คะ|ครับ)?"
    r"[ \t]*(?:[:=：]|是|为|為|คือ)?[ \t]*@?(?P<handle>[A-Za-z0-9_.\-]{3,30})"
)
# the messaging apps whose name, in Latin letters, is glued to a script without spaces
_APPS = r"wechat|weixin|line|kakao(?:talk)?|telegram|whatsapp|instagram|insta|ig|qq|zalo|viber"
_APP_NUMBER = re.compile(
    rf"(?i)(?<![a-z])(?:{_APPS})"
    r"(?:号|號|账号|帳號)[ \t]*(?:[:：]|是|为|為)?[ \t]*@?(?P<handle>[A-Za-z0-9_.\-]{3,30})"
)
# a word with an underscore inside ("maria_92", "bella.ti_cherie", "wxid_hl8833"): only user
# names are written so
_UNDERSCORED = re.compile(r"(?<![\w.@])[^\W_][\w.]*_[\w.]*[^\W_]")
_HANDLE_SHAPE = re.compile(r"[._\d]")
# the scripts written without spaces between words, where a cue is glued to its user name
_COLON_CUES = word_lists.words("handles", "cues_colon")
_COLON_CUED = re.compile(
    rf"(?i)(?<!\w)(?:{'|'.join(map(re.escape, _COLON_CUES))})[ \t]*[:：][ \t]*@?"
    r"(?P<handle>(?=[\w.]{3,30}(?![\w.]))[\w.]*?(?:\d|[._]\w)[\w.]*(?:-[\w.]+)*)"
)
_COLON_WORDS = looked_for(cue.lower() for cue in _COLON_CUES)
# the words of the cues a message's (lower-case) words are compared with: the first of each
_CUE_WORDS = looked_for(cue.split()[0] for cue in (*_CUES, *(cue.lower() for cue in _CAPITAL_CUES)))


def _profile_links(text: str) -> Iterator[tuple[int, int]]:
    """What `_PROFILE_LINK.finditer` finds, searched only from just before a "/" that ends a
    known site name: each link has one, at most `_LONGEST_LINK_HEAD` characters in."""
    if has_odd_case(text):
        yield from (m.span() for m in _PROFILE_LINK.finditer(text))
        return
    lower = lower_case(text)
    covered = 0
    slash = text.find("/")
    while slash != -1:
        if slash >= covered and lower.endswith(_SITE_NAMES, max(0, slash - _LONGEST_SITE), slash):
            link = _PROFILE_LINK.search(text, max(covered, slash - _LONGEST_LINK_HEAD))
            if link is None:
                return
            covered = link.end()
            yield link.span()
        slash = text.find("/", slash + 1)


def _positions(text: str, char: str) -> list[int]:
    positions = []
    position = text.find(char)
    while position != -1:
        positions.append(position)
        position = text.find(char, position + 1)
    return positions


def _discord_tags(text: str) -> Iterator[tuple[int, int]]:
    """What `_DISCORD_TAG.finditer` finds, searched only in the 32 characters before a "#" that
    four digits follow, up to the end of those digits."""
    covered = 0
    for hash_sign in _positions(text, "#"):
        digits = text[hash_sign + 1 : hash_sign + 5]
        if hash_sign < covered or len(digits) != 4 or not digits.isdecimal():
            continue
        tag = _DISCORD_TAG.search(text, max(covered, hash_sign - 32), hash_sign + 6)
        if tag is not None:
            covered = tag.end()
            yield tag.span()


def _underscored(text: str) -> Iterator[tuple[int, int]]:
    """What `_UNDERSCORED.finditer` finds, read once per run of word characters and dots that
    holds an "_": its lookbehind refuses any place but the run's start, and from there the
    pattern's longest match ends at the run's last letter or digit when an "_" comes before it
    (`\\w` is what `str.isalnum` or "_" is). The pattern itself backtracks over every "_" of a
    long run, and walking back to the run's start from each "_" is quadratic too: 4,000 "_"
    took 1.8 s of the event loop before (`tests/security/test_triage_time.py`)."""
    run_end = 0
    for underscore in _positions(text, "_"):
        if underscore < run_end:  # a second "_" in the same run
            continue
        start = underscore
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_."):
            start -= 1
        run_end = underscore + 1
        while run_end < len(text) and (text[run_end].isalnum() or text[run_end] in "_."):
            run_end += 1
        last = run_end - 1
        while last > underscore and not text[last].isalnum():
            last -= 1
        if last > underscore and text[start].isalnum() and text[start - 1 : start] != "@":
            yield start, last + 1


def _cued(text: str, hints: Hints) -> Iterator[re.Match[str]]:
    """What `_CUED.finditer` finds, tried only where the cue words are written."""
    return finditer_at(_CUED, text, word_starts(text, hints, _CUE_WORDS))


# an app's name in Latin letters glued to Chinese, Japanese, Korean or Thai before it, then "id"
# and a colon: "我的LINE id: hana.tw99", "私のLINE: yuki.h88"
_APP_AFTER_UNSPACED = re.compile(
    rf"(?i)(?<=[{UNSPACED_LETTERS}])[ \t]*(?:{_APPS}|skype|snap(?:chat)?)"
    r"[ \t]*(?:id|帳號|账号)?[ \t]*[:：][ \t]*@?(?P<handle>[A-Za-z0-9_.\-]{3,30})"
)


def _unspaced_cued(text: str) -> Iterator[tuple[int, int]]:
    """A user name after a cue written without spaces around it: "微信号：wxid_8833"."""
    for match in _APP_AFTER_UNSPACED.finditer(text):
        if not match.group("handle").isdigit():
            yield match.span("handle")
    for cue in _UNSPACED_CUES:
        at = text.find(cue)
        while at != -1:
            tail = _UNSPACED_TAIL.match(text, at + len(cue))
            if tail is not None and not tail.group("handle").isdigit():
                yield tail.start("handle"), tail.end("handle")
            at = text.find(cue, at + len(cue))
    # an app's name in any case with "号" glued after it: "wechat号是 lihua88", "line號: mai_88"
    if "号" not in text and "號" not in text:
        return
    for match in _APP_NUMBER.finditer(text):
        if not match.group("handle").isdigit():
            yield match.span("handle")


# issue 11, fourteenth round: a link said in words ("leolist dot cc slash lily902", "onlyfans
# point com barre maja_22"): a site, its domain after a dot said or written, "slash" and the name
_SLASH_WORDS = word_lists.words("handles", "slashes")
_SLASHES = looked_for(word.casefold() for word in _SLASH_WORDS)
_DOTS = "|".join(map(re.escape, sorted(word_lists.words("emails", "dot"), key=len, reverse=True)))
_SPOKEN_LINK = re.compile(
    rf"(?<![\w.])[a-z0-9][a-z0-9-]{{1,30}}(?:\s+(?:{_DOTS})\s+|\.)[a-z]{{2,6}}"
    rf"\s*(?:(?:{'|'.join(map(re.escape, _SLASH_WORDS))})\s+|/\s*)@?[\w.]{{1,40}}\w",
    re.IGNORECASE,
)


def find_handles(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    if hints.has_any(_SLASHES):
        yield from (m.span() for m in _SPOKEN_LINK.finditer(text))
    if "/" in text:
        yield from _profile_links(text)
    if "@" in text:
        yield from (m.span() for m in finditer_at(_AT_HANDLE, text, _positions(text, "@")))
    if "#" in text:
        yield from _discord_tags(text)
    if "live:" in text or "Live:" in text:
        yield from (m.span() for m in _SKYPE_ID.finditer(text))
    if "_" in text:
        yield from _underscored(text)
    if not hints.latin1 and UNSPACED_SCRIPT.search(text):
        yield from _unspaced_cued(text)
    if hints.has_any(_COLON_WORDS):
        for match in _COLON_CUED.finditer(text):  # three letters at least: not "line: 7am"
            if sum(map(str.isalpha, match.group("handle"))) >= 3:
                yield match.span("handle")
    if not hints.has_any(_CUE_WORDS):
        return
    for match in _cued(text, hints):
        group = "handle" if match.group("sep") else "shaped"
        handle = match.group(group).rstrip(".")
        if fold_word(handle) in _NOT_HANDLES or not any(ch.isalpha() for ch in handle):
            continue
        start = match.start(group)
        if start > 0 and text[start - 1] == "@":
            start -= 1
        yield start, match.start(group) + len(handle)
