"""Redaction, ninth round of issue 11: identifiers outsiders wrote that slipped through, each
tested with new sentences (none is a corpus message), with what must be left alone."""

from __future__ import annotations

import pytest

from triage.redaction import redact


def _redacted(text: str) -> str:
    return redact(text)[0]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # a zero-width space with a space beside it, between two digit groups
        ("sunati-o pe sora mea la 0721 334\u200b 871 va rog", "871"),
        ("WhatsApp +1\u200b 438 555 0199 merci", "438"),
        ("call my aunt 647\u00ad 555 \u200b0108", "0108"),
        # a Skype id glued to "live:"
        ("Skype niya: live:.cid.4be1c0aa9d77 yun lang", "4be1c0aa9d77"),
        ("add me on skype live:rosa_m.84", "rosa_m.84"),
        # an obfuscated e-mail whose country domain has two parts
        ("email saya putri.ayu at yahoo dot co dot id ya", "ayu"),
        ("ติดต่อ somsak.k at hotmail dot co dot th ได้", "somsak"),
        # a Persian flat, floor or house plate after the street
        ("آدرس من ۱۲۰ Bloor St واحد ۳۰۴ است", "۳۰۴"),
        ("خیابان آزادی پلاک ۷۷ طبقه ۲", "۷۷"),
        # a Turkish neighbourhood before its street
        ("Yavuz Selim Mahallesi 4. Sokak No:9 Bursa, kız kardeşim orada", "Yavuz Selim"),
        ("Gülbahar Mah. Lale Sk. No: 3, ablam orada kilitli", "Gülbahar"),
        ("1071. Sokak No:12 Ankara, yardım edin", "1071. Sokak"),
        # an O for a zero among digits typed one by one
        ("rele m: 4 3 8 5 5 5 O 1 9 9 svp", "4 3 8"),
        # an e-mail with a space on one side of its (full-width) at sign
        ("мій e-mail: olena.k ＠ukr.net, дякую", "olena.k"),
        ("correo: rosa.m @gmail.com gracias", "rosa.m"),
        # an app's name glued to Chinese, Japanese or Korean, then "id" and a colon
        ("我的LINE id: mei.tw_21 快帮我", "mei.tw_21"),
        ("私のLINE: yuki.h88 です", "yuki.h88"),
        # a block named by a letter after a flat
        ("moro no ap 31, bloco D, Recife", "bloco D"),
        # a house number and a Latin street name inside Chinese or Japanese
        ("我表妹被关在 2250 Lakeshore 那栋楼的地下室", "2250 Lakeshore"),
        ("住所は 77 Dundas の二階です", "77 Dundas"),
    ],
)
def test_identifier_is_redacted(text: str, secret: str) -> None:
    assert secret not in _redacted(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("I am at home dot no worries, all fine", "home dot no worries"),
        ("the match is live: 8pm tonight on channel 5", "live: 8pm"),
        ("یک واحد درسی در دانشگاه دارم", "یک واحد درسی"),
        ("Bizim mahallede 5 kişi çalışıyor", "5 kişi"),
        ("我欠了 5000 Dollars 的债，老板说要还三年", "5000"),
        ("bayu datang ke Bursa pada 2019", "Bursa"),
        ("I have 2 O 3 things to say", "2 O 3"),
        ("follow me @maria.lopez_92 on insta", "follow me"),
        ("La cuenta es @chico.mtl.ca y paga 200", "La cuenta es"),
    ],
)
def test_ordinary_words_stay(text: str, kept: str) -> None:
    assert kept in _redacted(text)
