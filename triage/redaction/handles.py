"""Social media user names and profile links: "@tony_mtl77", "instagram.com/maja",
"insta: maja.aupair", "mon snap c'est jess_99", "discord: tony#1234"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage.redaction.spans import Hints

_SITES = (
    r"instagram\.com|instagr\.am|facebook\.com|fb\.com|fb\.me|m\.me|messenger\.com|tiktok\.com|"
    r"twitter\.com|x\.com|t\.me|telegram\.me|snapchat\.com|wa\.me|onlyfans\.com|linkedin\.com|"
    r"youtube\.com|youtu\.be|reddit\.com|discord\.gg|discord\.com|threads\.net|vk\.com|ok\.ru|"
    r"weibo\.com|linktr\.ee|pinterest\.com|tumblr\.com|twitch\.tv|kik\.me|line\.me|fansly\.com|"
    r"skype\.com|signal\.me|wechat\.com|badoo\.com|tinder\.com|pof\.com|leolist\.cc|locanto\.ca"
)
_PROFILE_LINK = re.compile(
    rf"(?:https?://)?(?:www\.|m\.|mobile\.|web\.)?(?:{_SITES})/[^\s,;)\]\"'<>]+", re.IGNORECASE
)
_AT_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[\w.]{0,28}[\w])?")
_DISCORD_TAG = re.compile(r"(?<![\w#])[\w.]{2,32}#\d{4}\b")
_CUE = (
    r"insta(?:gram)?|ig|snap(?:chat)?|tiktok|tik tok|telegram|whatsapp|kik|fb|facebook|"
    r"twitter|discord|onlyfans|threads|wechat|weixin|skype|pseudo|username|user name|"
    r"handle|usuario|perfil|profil|profile|nickname|gamertag"
)
_CUED = re.compile(
    rf"\b(?:{_CUE})\b\s*(?:(?P<sep>[:=]|->|c'?est|is|es|est|é)\s*)?@?(?P<handle>[\w.]{{3,30}})",
    re.IGNORECASE,
)
_HANDLE_SHAPE = re.compile(r"[._\d]")
_NOT_HANDLES = frozenset(
    [
        "and",
        "the",
        "with",
        "for",
        "from",
        "his",
        "her",
        "him",
        "she",
        "who",
        "que",
        "qui",
        "les",
        "des",
        "une",
        "son",
        "sur",
        "avec",
        "pour",
        "los",
        "las",
        "con",
        "por",
        "and",
        "page",
        "account",
        "compte",
        "cuenta",
        "perfil",
        "profile",
        "message",
        "messages",
        "photos",
        "photo",
        "pics",
        "videos",
    ]
)


_CUE_WORDS = frozenset(
    [
        "insta",
        "instagram",
        "ig",
        "snap",
        "snapchat",
        "tiktok",
        "tik",
        "telegram",
        "whatsapp",
        "kik",
        "fb",
        "facebook",
        "twitter",
        "discord",
        "onlyfans",
        "threads",
        "wechat",
        "weixin",
        "skype",
        "pseudo",
        "username",
        "user",
        "handle",
        "usuario",
        "perfil",
        "profil",
        "profile",
        "nickname",
        "gamertag",
    ]
)


def find_handles(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    if "/" in text:
        yield from (m.span() for m in _PROFILE_LINK.finditer(text))
    if "@" in text:
        yield from (m.span() for m in _AT_HANDLE.finditer(text))
    if "#" in text:
        yield from (m.span() for m in _DISCORD_TAG.finditer(text))
    if not hints.has_any(_CUE_WORDS):
        return
    for match in _CUED.finditer(text):
        handle = match.group("handle").rstrip(".")
        if handle.lower() in _NOT_HANDLES or not any(ch.isalpha() for ch in handle):
            continue
        if match.group("sep") or _HANDLE_SHAPE.search(handle):
            start = match.start("handle")
            if start > 0 and text[start - 1] == "@":
                start -= 1
            yield start, match.start("handle") + len(handle)
