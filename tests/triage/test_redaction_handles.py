"""User names of the messaging apps people use (issue 11, point 4): WeChat, LINE, KakaoTalk,
WhatsApp, Snapchat, Instagram, Telegram, TikTok, with dots and underscores, after cue words
read from triage/lexicons/redaction/<lang>.toml ([handles])."""

from __future__ import annotations

import pytest

from triage.redaction import redact


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("WeChat ID: wxid_abc123", "WeChat ID: [HANDLE]"),
        ("WeChat id: lan_nguyen0321", "WeChat id: [HANDLE]"),
        ("他的微信号：wxid_88ab", "他的微信号：[HANDLE]"),
        ("微信: mei_li88", "微信: [HANDLE]"),
        ("her LINE id is mei_2001tw", "her LINE id is [HANDLE]"),
        ("LINE: meimei.nail88", "LINE: [HANDLE]"),
        ("kakao: jiyoon_k92", "kakao: [HANDLE]"),
        ("KakaoTalk của em: duyen", "KakaoTalk của em: [HANDLE]"),
        ("my snap is kofi_b", "my snap is [HANDLE]"),
        ("snap mwen: bella.ti_cherie", "snap mwen: [HANDLE]"),
        ("insta: maria.lopez_92", "insta: [HANDLE]"),
        ("follow @maria.lopez_92 now", "follow [HANDLE] now"),
        ("telegram: @tony_mtl77", "telegram: [HANDLE]"),
        ("tiktok amy.tw0815 is him", "tiktok [HANDLE] is him"),
        ("whatsapp: kofi.b", "whatsapp: [HANDLE]"),
        ("سناب: lina.b_94", "سناب: [HANDLE]"),
        ("ник в телеграме: dima_k", "ник в телеграме: [HANDLE]"),
        ("il écrit sous le nom cherry.sweet_mtl", "il écrit sous le nom [HANDLE]"),
        ("son compte c'est jess_99_mtl", "son compte c'est [HANDLE]"),
    ],
)
def test_app_handles_are_redacted(text: str, redacted: str) -> None:
    assert redact(text)[0] == redacted


@pytest.mark.parametrize(
    "text",
    [
        "the line is busy",
        "Line 3 is closed",
        "he posts my picture on Facebook saying I stole. I left",
        "mon profil d'annonces pour payer les pubs. C'est lui",
        "he is on tiktok now",
        "my insta account was hacked",
    ],
)
def test_words_after_an_app_name_are_not_taken_for_a_handle(text: str) -> None:
    assert "[HANDLE]" not in redact(text)[0]
