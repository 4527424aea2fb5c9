"""Redaction, eleventh round of issue 11: the classes of identifiers and keep items train11's
writers showed, each tested with new sentences (none is a corpus message), with what must be
left alone."""

from __future__ import annotations

import pytest

from triage.redaction import redact


def _redacted(text: str) -> str:
    return redact(text)[0]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # a unit, room or trailer number alone, in the languages that name one
        ("we are in flat 14C above the shop", "14C"),
        ("la fille de l'appart 318 pleure depuis une heure", "318"),
        ("вона живе в нас, номер квартири 507", "507"),
        ("мы на ферме, трейлер номер 9, приезжайте", "9,"),
        ("saya di kamar 12, pintunya dikunci", "12"),
        ("jesteśmy w pokój nr 21", "21"),
        # a floor after the address it belongs to
        ("chez lui, 48 rue Beaubien, 3e étage, il garde mon passeport", "3e étage"),
        ("she is at 77 King Street, 2nd floor, please come", "2nd floor"),
        ("c'est au 915 rue Ontario, Montréal, 4e étage, vite", "4e étage"),
        ("العنوان ٧ شارع النيل، الدور الثالث", "الثالث"),
        # an Indonesian street and a named lodging
        ("rumahnya di Jl. Merpati Putih No. 8, Medan", "Merpati"),
        ("saya di Wisma Kenanga kamar 4 sekarang", "Kenanga"),
        # a bank branch after the account number
        ("depositei na conta 98765-1 agência 2345 ontem", "2345"),
        # the at sign said in Korean, Japanese, Thai, Chinese, Dutch, Hindi
        ("연락은 jiwoo.kim 골뱅이 daum.net 으로 주세요", "jiwoo.kim"),
        ("連絡は aoi.k アットマーク yahoo ドット jp へ", "aoi.k"),
        ("ส่งมาที่ ploy.s แอท hotmail ดอท com นะคะ", "ploy.s"),
        ("发到 chen.wei 艾特 163 點 com", "chen.wei"),
        ("stuur naar lotte.b apenstaartje hotmail punt nl", "lotte.b"),
        ("ईमेल है anil.k एट द रेट gmail dot com", "anil.k"),
        # rooms and flats glued to their number
        ("今 501号室 に閉じ込められています", "501"),
        ("우리는 203동 804호에 있어요", "804"),
        ("她在5号楼3单元602", "602"),
    ],
)
def test_numbers_and_places_that_pin_a_person_are_redacted(text: str, secret: str) -> None:
    assert secret not in _redacted(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # Polish given names in another case, short forms too
        ("boję się, dług u Tomka rośnie co tydzień", "Tomka"),
        ("wczoraj widziałam Wojtka przed domem", "Wojtka"),
        ("mieszkam z Gosią, ona też nie ma paszportu", "Gosi"),
        # a listed German name typed in lower case after a relation
        ("bitte sagt meiner schwester petra dass ich okay bin", "petra"),
        # a Chinese family name and a title, with or without a relation word before it
        ("老闆娘黃小姐每天鎖門", "黃小姐"),
        ("昨天林先生打我", "林先生"),
        # 老 and a family name after a relation word; a Russian pet name in another case
        ("房东叫老黄，他不还押金", "老黄"),
        ("вчера бригадир ударил Володю по лицу", "Володю"),
        # a Korean full name after the humble "I" and a copula
        ("저 최유진인데요 도와주세요", "최유진"),
        # a given name after an English relation word written in Devanagari
        ("मेरी फ्लैटमेट सुनीता घर नहीं आई", "सुनीता"),
    ],
)
def test_names_in_the_new_writers_shapes_are_redacted(text: str, secret: str) -> None:
    assert secret not in _redacted(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a subway line, counts in a room, a floor to jump from: no address
        ("2호선 타고 가고 있어요", "2호선"),
        ("у кімнаті 8 людей, спимо на підлозі", "8 людей"),
        ("odada 4 kişi uyuyoruz", "4 kişi"),
        ("aku mau lompat dari lantai 15", "lantai 15"),
        ("c'est au 915 rue Ontario, Montréal, 4e étage, vite", "Montréal"),
        # a bank's acronym before its account number is the bank
        ("gaji masuk ke rekening majikan, BNI 0987 654 321.", "BNI"),
        # a Vietnamese weekday or ordinal, a Turkish nationality with the copula
        ("Tôi có hẹn với luật sư thứ Năm tuần sau", "thứ Năm"),
        ("con thứ Ba của bà ấy đã về", "thứ Ba"),
        ("Ben Moldovalıyım, Antalya'da bir otelde çalışıyorum", "Moldovalıyım"),
        # a country in the callers' languages, with a Turkish case ending too
        ("Kocam Almanya'da çalışıyor, pasaportum onda", "Almanya"),
        ("moja siostra pracuje w Niemczech, a ja w Kanadzie, wcześniej byłam w Gruzji", "Kanadzie"),
        ("Kakak saya kerja di Jerman sejak 2022", "Jerman"),
        # an estate named before a block and a flat stays; the block and the flat go
        ("We live in Tai Koo Shing Block 3 flat 9A", "Tai Koo Shing"),
        # a sentence after a street is no part of it; a label before a datum is no name
        ("J'habite au 300 rue Laurier. Envoyez quelqu'un", "Envoyez"),
        ("Je ne peux pas parler longtemps. Téléphone 514 555 0147", "Téléphone"),
        ("向先生道歉以後他還是打我", "向先生"),
        ("我老公不让我出门", "老公"),
    ],
)
def test_words_around_them_stay(text: str, kept: str) -> None:
    assert kept in _redacted(text)
