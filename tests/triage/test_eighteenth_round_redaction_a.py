"""Issue 11, eighteenth round (helper red18a): names in Latin-script messages where round 18's
writers put them (after the closing words of a letter, repeated after a title, in brackets after
a first name, after "goes by", in a dashed signature before a contact) and what must stay. The
sentences are the team's own; the names and numbers in them are made up."""

from __future__ import annotations

import pytest

from tests.triage.leaks import leaked
from triage.redaction import redact


def _leaks(text: str, value: str) -> bool:
    redacted, entities = redact(text)
    return leaked(text, redacted, entities, value)


class TestClosingWordsOfALetterSign:
    """The closing words of a letter in each language ("Met vriendelijke groet,", "Mit
    freundlichen Grüßen,", "Atenciosamente,", "Amicalement,") make the capitalised words that end
    the message a signature, names no list knows too; a place after them stays."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Kan zij hier iets doen? Met vriendelijke groet, Anneke Jurgens", "Anneke Jurgens"),
            ("Kunt u mij helpen met een tolk? Groetjes, Sjoukje", "Sjoukje"),
            ("Wir brauchen einen Dolmetscher. Mit freundlichen Grüßen, Sjoukje Tammen", "Sjoukje Tammen"),
            ("Preciso de um advogado que fale português. Atenciosamente, Quitéria Bastos", "Quitéria Bastos"),
            ("Nous cherchons un interprète pour jeudi. Amicalement, Quitéria", "Quitéria"),
            ("We need a referral for housing. Sincerely, Anneke Jurgens", "Anneke Jurgens"),
        ],
    )
    def test_the_signature_is_redacted(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("Gracias por todo. Saludos desde Montréal", "Montréal"),
            ("Dank voor de informatie. Groeten uit Zwolle", "Zwolle"),
            ("Grazie mille. Cordiali saluti da Roma", "Roma"),
        ],
    )
    def test_a_place_after_them_stays(self, text: str, kept: str) -> None:
        assert kept in redact(text)[0]
