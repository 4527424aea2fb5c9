"""Social media user names and profile links: "@tony_mtl77", "instagram.com/maja",
"insta: maja.aupair", "mon snap c'est jess_99", "discord: tony#1234"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage.redaction.spans import Hints, finditer_at, has_odd_case, lower_case, word_starts

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
_SITE_NAMES = tuple(site.replace("\\.", ".") for site in _SITES.split("|"))
_LONGEST_SITE = max(map(len, _SITE_NAMES))
# how far before the "/" a profile link can start: "https://" + "mobile." + the site
_LONGEST_LINK_HEAD = len("https://") + len("mobile.") + _LONGEST_SITE
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


def _cued(text: str, hints: Hints) -> Iterator[re.Match[str]]:
    """What `_CUED.finditer` finds, tried only where the cue words are written."""
    return finditer_at(_CUED, text, word_starts(text, hints, _CUE_WORDS))


def find_handles(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    if "/" in text:
        yield from _profile_links(text)
    if "@" in text:
        yield from (m.span() for m in finditer_at(_AT_HANDLE, text, _positions(text, "@")))
    if "#" in text:
        yield from _discord_tags(text)
    if not hints.has_any(_CUE_WORDS):
        return
    for match in _cued(text, hints):
        handle = match.group("handle").rstrip(".")
        if handle.lower() in _NOT_HANDLES or not any(ch.isalpha() for ch in handle):
            continue
        if match.group("sep") or _HANDLE_SHAPE.search(handle):
            start = match.start("handle")
            if start > 0 and text[start - 1] == "@":
                start -= 1
            yield start, match.start("handle") + len(handle)
