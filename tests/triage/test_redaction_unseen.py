"""Messages written for these tests, not taken from the shared examples: the way frightened
people write (no accents, SMS spelling, lower case), in many languages. Every planted value must
be gone, every keep item still there."""

from __future__ import annotations

import pytest

from tests.triage.leaks import leaked
from triage.redaction import redact

CASES: list[tuple[str, list[str], list[str]]] = [
    # (message, planted values, keep items)
    (
        "aidez moi svp je suis enfermee dans un appart au 4521 rue de la montagne app 3 "
        "mon num cest 514 555 0148",
        ["4521 rue de la montagne", "app 3", "514 555 0148"],
        [],
    ),
    (
        "mon numero c cinq un quatre cinq cinq cinq zero un quatre huit appelez moi",
        ["cinq un quatre cinq cinq cinq"],
        [],
    ),
    (
        "call me five one four five five five oh one four eight please hurry",
        ["five one four five five five"],
        [],
    ),
    ("mi numero es cinco uno cuatro, cinco cinco cinco, cero uno cuatro ocho", ["cinco uno cuatro"], []),
    (
        "appelle moi au zéro six douze trente-quatre cinquante-six soixante-dix-huit",
        ["zéro six douze trente-quatre"],
        [],
    ),
    ("my email is maria dot lopez at gmail dot com", ["maria dot lopez at gmail dot com"], []),
    ("mon courriel: sophie.tremblay arobase videotron point ca", ["sophie.tremblay", "videotron"], []),
    ("escribeme a juanita arroba hotmail punto com", ["juanita arroba hotmail"], []),
    (
        "je m'appelle fatima j'ai 17 ans et mon patron garde mon passeport numero AB123456",
        ["fatima", "AB123456"],
        ["17 ans", "passeport"],
    ),
    (
        "my name is grace and my boss Mr Chen took my passport. "
        "I work 16 hours a day at the nail salon in Markham",
        ["grace", "Chen"],
        ["16 hours", "nail salon", "Markham"],
    ),
    (
        "me llamo rosa maria y trabajo en una granja en leamington, me deben 2 000 $",
        ["rosa maria"],
        ["granja", "leamington", "2 000 $"],
    ),
    ("Mon NAS est 046 454 286 et ma carte soleil TREM 1234 5678", ["046 454 286", "TREM 1234 5678"], []),
    (
        "send money to 4111-1111-1111-1111 or iban FR76 3000 6000 0112 3456 7890 189",
        ["4111-1111-1111-1111", "FR76 3000 6000 0112 3456 7890 189"],
        [],
    ),
    (
        "he posts ads on instagram.com/jessy_mtl and snap: jessy.love99",
        ["instagram.com/jessy_mtl", "jessy.love99"],
        [],
    ),
    (
        "Help my sister Rose is locked in room 214 at the motel on 1200 Dundas Street West, Toronto M6J 1X5",
        ["Rose", "room 214", "1200 Dundas Street", "M6J 1X5"],
        ["motel", "Toronto"],
    ),
    (
        "Ella se llama Dolores Hernandez y vive en calle Hidalgo 123, C.P. 72000 Puebla",
        ["Dolores Hernandez", "calle Hidalgo 123", "72000"],
        ["Puebla"],
    ),
    (
        "+33 6 12 34 56 78 c'est le numéro de mon cousin Jean-Pierre à Paris",
        ["+33 6 12 34 56 78", "Jean-Pierre"],
        ["Paris"],
    ),
    (
        "ma fille Kimberly 15 ans est avec un gars nommé Jordan à Longueuil, son tel 450-555-0199",
        ["Kimberly", "Jordan", "450-555-0199"],
        ["15 ans", "Longueuil"],
    ),
    ("WhatsApp +52 1 222 123 4567 mi jefe Don Ramón", ["+52 1 222 123 4567", "Ramón"], []),
    (
        "My roommate Aaliyah was taken to Niagara Falls. Her number: 905 555 0182. Thanks, Tom",
        ["Aaliyah", "905 555 0182", "Tom"],
        ["Niagara Falls"],
    ),
    (
        "Bonjour je m'appelle Marie-Ève Gagnon, j'habite au 23, rue Principale, Saint-Jérôme J7Z 1A1",
        ["Marie-Ève Gagnon", "23, rue Principale", "J7Z 1A1"],
        ["Saint-Jérôme"],
    ),
    ("tel 06.12.34.56.78 ou 0612345678", ["06.12.34.56.78", "0612345678"], []),
    ("my case number is IRCC-2024-55821 and my UCI is 1234-5678", ["IRCC-2024-55821", "1234-5678"], []),
    ("i live at 55 elm court apt 4b, in windsor", ["55 elm court", "apt 4b"], ["windsor"]),
    (
        "mwen rele Nadège, m nan Montréal Nord, nimewo m se 438 555 0111",
        ["Nadège", "438 555 0111"],
        ["Montréal"],
    ),
    (
        "ako si Maricel, DH dito sa Vancouver, kinuha ng amo ko ang passport ko. 604-555-0133",
        ["Maricel", "604-555-0133"],
        ["Vancouver"],
    ),
    (
        "меня зовут Оксана, я в Торонто, мой телефон +1 647 555 0101",
        ["Оксана", "+1 647 555 0101"],
        ["Торонто"],
    ),
    ("اسمي فاطمة وأنا في مونتريال رقمي 5145550148", ["فاطمة", "5145550148"], ["مونتريال"]),
    ("我叫王芳，在多伦多，电话 416-555-0123", ["王芳", "416-555-0123"], ["多伦多"]),
    ("मेरा नाम प्रिया है, मैं Brampton में हूँ", ["प्रिया"], ["Brampton"]),
    ("tên tôi là Lan, tôi ở Montreal, số điện thoại 514 555 0177", ["Lan", "514 555 0177"], ["Montreal"]),
    (
        "Mă numesc Ioana, sunt în Montreal, telefon +40 721 234 567",
        ["Ioana", "+40 721 234 567"],
        ["Montreal"],
    ),
    ("leave a msg at 1 800 555 0199 or 1-800-555-0199", ["1 800 555 0199", "1-800-555-0199"], []),
    (
        "le 5 mai à 14h je serai au 300 boul. René-Lévesque, bureau 1200",
        ["300 boul. René-Lévesque", "bureau 1200"],
        ["5 mai", "14h"],
    ),
    (
        "Your package is held. Confirm at http://203.0.113.77/track or 2001:db8::8a2e:370:7334",
        ["203.0.113.77", "2001:db8::8a2e:370:7334"],
        [],
    ),
    ("il a mon permis de travail no. W123456789 et ma carte RAMQ", ["W123456789"], []),
    ("Sou a Ana Paula, meu nome é Ana Paula Souza, estou em Toronto", ["Ana Paula Souza"], ["Toronto"]),
    ("Will you help me? Hope so. Grace", ["Grace"], []),
    (
        "vivo en Av. Insurgentes Sur 1602, col. Credito Constructor, 03940 CDMX",
        ["Insurgentes Sur 1602", "03940"],
        ["CDMX"],
    ),
    (
        "I'm at 88 Yonge St., Unit 1204, Toronto ON M5E 1G4",
        ["88 Yonge St", "Unit 1204", "M5E 1G4"],
        ["Toronto"],
    ),
    ("moro na Rua Augusta, 1500, apto 42, São Paulo", ["Rua Augusta, 1500", "apto 42"], ["São Paulo"]),
    ("tel.514.555.0148 ou (514)5550148 ou +1(514)555-0148", ["514.555.0148", "5145550148", "555-0148"], []),
    ("sept un quatre, huit cinq trois, deux deux deux zéro", ["sept un quatre, huit cinq trois"], []),
    ("four three eight, double five, triple seven, two one", ["four three eight, double five"], []),
]


@pytest.mark.parametrize(("text", "planted", "keep"), CASES, ids=[c[0][:40] for c in CASES])
def test_unseen_message(text: str, planted: list[str], keep: list[str]) -> None:
    redacted, entities = redact(text)
    for value in planted:
        assert not leaked(text, redacted, entities, value), (value, redacted)
    for item in keep:
        assert item in redacted, (item, redacted)


@pytest.mark.parametrize("cue", ["etransfer", "e-transfer", "Interac", "virement"])
def test_a_number_after_a_transfer_cue_is_a_payment(cue: str) -> None:
    """ "send the etransfer 12345678": a transfer's reference is a payment detail, not an id."""
    text = f"send the {cue} 12345678 please"
    redacted, entities = redact(text)
    assert redacted == f"send the {cue} [PAYMENT] please"
    assert [e.type.value for e in entities] == ["PAYMENT"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("mi cédula es 1234 56", "1234 56"),
        ("numéro d'identité 4821 77", "4821 77"),
        ("voici mon numéro d’identité: 4821 77", "4821 77"),
    ],
)
def test_a_number_after_an_accented_or_elided_cue_is_an_id(text: str, number: str) -> None:
    """The cue words are compared without accents, and "d'identité" is "identité"."""
    redacted, _ = redact(text)
    assert number not in redacted
    assert "[ID_NUMBER]" in redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my boss nguyen took my passport", "my boss [PERSON] took my passport"),
        ("c'est xochitl sharma qui m'a amenée ici", "c'est [PERSON] qui m'a amenée ici"),
        ("mon patron thandiwe garde mon passeport", "mon patron [PERSON] garde mon passeport"),
        ("it was last night that he came", "it was last night that he came"),
    ],
)
def test_lower_case_names_after_a_cue(text: str, expected: str) -> None:
    """A lower-case listed surname after a relation is a name; one known word is enough between
    "c'est" and "qui"; the verb after a name ("garde") is not taken for a surname."""
    assert redact(text)[0] == expected
