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


class TestANameAfterATitleIsRepeated:
    """A word no list knows, found as a name because a title stood before it ("o Sr. Amaral"),
    is taken wherever the message writes it again, as written, after the Portuguese article
    "o" too (folded like Vietnamese "ở", a word of place); its lower-case namesake stays."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Trabalho para o Sr. Vasconcelhos. Ontem o Vasconcelhos ficou com os papéis.", "Vasconcelhos"),
            ("Le patron, Mme Gauvreault, garde nos passeports. Gauvreault dit qu'on lui doit.", "Gauvreault"),
            ("El dueño, el Sr. Baquedano, nos quitó los papeles; Baquedano dice que debemos.", "Baquedano"),
            ("Our landlord Mrs. Okwuosa keeps the cards, and Okwuosa says we owe rent.", "Okwuosa"),
        ],
    )
    def test_every_writing_is_redacted(self, text: str, name: str) -> None:
        assert name not in redact(text)[0]

    def test_the_lower_case_word_stays(self) -> None:
        redacted = redact("O Sr. Rocha mandou-nos partir a rocha com as mãos.")[0]
        assert "a rocha" in redacted
        assert "Rocha" not in redacted


class TestTheOtherNameInBrackets:
    """Brackets right after a name that hold a full name, a hyphenated first name or a listed
    name hold the same person's other name ("Marian (Marian-Gheorghiță Stoica)"); one word no
    list knows, a place or a business in brackets stays."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Iubitul meu Florin (Florin-Costinel Vărzaru) mă ține închisă", "Costinel Vărzaru"),
            ("mon chum Ti-Loup (Lucanor Bergevin) me frappe depuis hier", "Bergevin"),
            ("el patrón Ramón (Tereso Olaguíbel) nos encierra en la bodega", "Olaguíbel"),
            ("o meu marido Tonho (Ercílio Vasconcelhos) fica com o meu salário", "Vasconcelhos"),
        ],
    )
    def test_the_bracketed_name_is_redacted(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("my boss Kofi (Ghanaian) took our passports", "Ghanaian"),
            ("mi amiga Rosa (Montréal) me ayudó a salir", "Montréal"),
            ("my friend Mary (TD Bank) helps us with the forms", "TD Bank"),
        ],
    )
    def test_what_is_no_name_stays(self, text: str, kept: str) -> None:
        assert kept in redact(text)[0]


class TestTheNameOneGoesBy:
    """After a verb that gives the name a person goes by ("se fait appeler", "se hace llamar",
    "nennt sich", "calls himself"), one to three capitalised words are that name, words that
    are no name alone too ("Big", "Lil", "Grote"); a word in lower case after it is none."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("le boss se fait appeler Lil Maxo depuis l'été", "Lil Maxo"),
            ("el jefe se hace llamar Gran Toño y nos cobra la renta", "Gran Toño"),
            ("o chefe se faz chamar Mano Brown e fica com tudo", "Mano Brown"),
            ("șeful își zice Bebe Roșu și ne ia banii", "Bebe Roșu"),
            ("de baas noemt zichzelf Grote Dirk en houdt onze paspoorten", "Grote Dirk"),
            ("der Chef nennt sich Big Mo und nimmt die Pässe", "Big Mo"),
            ("il se fait appeler « Ti Blan » dans le quartier", "Ti Blan"),
        ],
    )
    def test_the_name_is_redacted(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("il se fait appeler tous les jours par le patron", "tous les jours"),
            ("she calls herself stupid all the time", "stupid"),
            ("elle se faisait appeler par la DPJ chaque semaine", "DPJ"),
            ("der Typ nennt sich Berlin zuliebe so", "Berlin"),
        ],
    )
    def test_what_is_no_name_stays(self, text: str, kept: str) -> None:
        assert kept in redact(text)[0]


class TestASignatureBeforeAContactAndWhereToReachIt:
    """A name, a comma, a contact and where to reach it ending the message ("- Noel, noel_dc sa
    messenger", "Yoselin, 514... por whatsapp") is a signature; a label before a colon is none."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Pwede po ba i-report ito nang hindi nalalaman? - Noel, noel_dc sa messenger", "Noel"),
            ("Necesitamos ayuda con el patrón. Yoselin, 514 555 0100 por whatsapp", "Yoselin"),
            ("On a besoin d'un interprète. Quitéria, @quiteria_mtl sur insta", "Quitéria"),
        ],
    )
    def test_the_name_is_redacted(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    def test_a_label_before_a_colon_stays(self) -> None:
        text = "Vorrei fare un corso da saldatore. Contatto: @mirko_sald su Telegram"
        assert "Contatto" in redact(text)[0]


class TestTitlesThatAreEverydayWords:
    """Brazilian "Seu" (Mr), Tagalog "Mang" and "Aling", Swahili "Mzee" before a capitalised word
    are titles: the name after them is a name; "Seu filho" (your son) stays."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Seu Tonhão pegou os passaportes de todo mundo", "Tonhão"),
            ("Mang Kanor ang kumuha ng passport ko", "Kanor"),
            ("tunafanya kazi kwa Mzee Kitwana bila malipo", "Kitwana"),
        ],
    )
    def test_the_name_is_redacted(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    def test_the_pronoun_stays(self) -> None:
        assert "Seu filho" in redact("Seu filho está bem, mas o patrão ficou com o passaporte")[0]


class TestANicknameThatStartsWithAPrefix:
    """A word that makes nicknames, written with its capital before a capitalised word, starts
    one and is part of it ("Lil Maxo", Haitian "Ti Blan"); "Big", an everyday word too, only
    before a name of three letters or fewer or a listed one, after no article."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Ti Blan pran paspò m yo epi li di m dwe l 3000 dola", "Ti Blan"),
            ("nou travay pou Gwo Wobè nan faktori a", "Gwo Wobè"),
            ("we work for Lil Maxo at the trap house", "Lil Maxo"),
            ("Big Dee took my phone and said I owe him", "Big Dee"),
            ("un certain « Big K » les attend en Audi", "Big K"),
        ],
    )
    def test_the_nickname_is_redacted(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("we went to Big Bear lake last summer", "Big Bear"),
            ("A Big Mac and fries, that is all they give us", "Big Mac"),
            ("ti moun yo pa gen manje depi yè", "ti moun"),
        ],
    )
    def test_what_is_no_nickname_stays(self, text: str, kept: str) -> None:
        assert kept in redact(text)[0]


class TestPortugueseNicknamesMadeWithASuffix:
    """Portuguese makes a nickname of any name with "-ão", "-inho", "-inha": after an article,
    capitalised, it is a name ("o Marcão", "a Ritinha"); a noun in "-ção", "-são", "-ião" and a
    place after a preposition joined to an article stay."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("o Marcão pegou nossos passaportes e não devolve", "Marcão"),
            ("trabalho para o Fernandão na obra de telhado", "Fernandão"),
            ("a Ritinha foi levada para outra casa ontem", "Ritinha"),
            ("quem fica com o dinheiro é o Zezinho", "Zezinho"),
        ],
    )
    def test_the_nickname_is_redacted(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("Vim do Maranhão pra uma carvoaria no Pará", "Maranhão"),
            ("a Imigração ligou para o meu patrão", "Imigração"),
            ("a Comissão de direitos humanos respondeu", "Comissão"),
        ],
    )
    def test_what_is_no_nickname_stays(self, text: str, kept: str) -> None:
        assert kept in redact(text)[0]


class TestAndJoinsANameToANameInMoreLanguages:
    """Haitian "ak", Vietnamese "và", Dutch "en" join a capitalised word to a name found, as
    "and", "et", "y" did; a place after "en" stays."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Mwen ak Roseline ak Wiselande nan kay la", "Wiselande"),
            ("Tôi và Lan và Khuê bị giữ trong tiệm", "Khuê"),
            ("mijn zus Fleur en Marieke zijn daar nog", "Marieke"),
        ],
    )
    def test_the_name_is_redacted(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    def test_a_place_stays(self) -> None:
        assert "Gaspésie" in redact("ma sœur Marie en Gaspésie travaille sans paye")[0]


class TestSwahiliNamesThatAreWords:
    """ "Furaha", "Upendo", "Tumaini" (joy, love, hope) are names when capitalised inside a
    sentence or after a relation; "furaha" in lower case is the word."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("nilikuwa na Furaha kwenye nyumba ya mama huyo", "Furaha"),
            ("tulikaa na Pendo siku tatu bila chakula", "Pendo"),
            ("mama huyo alimpiga Upendo jana usiku", "Upendo"),
        ],
    )
    def test_the_name_is_redacted(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    def test_the_word_stays(self) -> None:
        assert "furaha" in redact("hatuna furaha hapa, tunafanya kazi bila malipo")[0]


class TestAPossessiveBetweenARelationAndAName:
    """Romanian writes the possessive after the relation ("Patronul nostru Costică"), as Swahili
    and Haitian do; Swahili "Bw." (Bwana) is a title."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Patronul nostru Costică Bărbulescu ne ține actele", "Bărbulescu"),
            ("Patronul nostru, Costică Bărbulescu, ne ține actele", "Bărbulescu"),
            ("fratele lor Costinel ne amenință", "Costinel"),
            ("mwajiri wetu Bw. Kassimu Mwinyi anashikilia pasipoti zetu", "Kassimu Mwinyi"),
        ],
    )
    def test_the_name_is_redacted(self, text: str, name: str) -> None:
        assert not _leaks(text, name)


class TestTheFamilyNameAfterACue:
    """ "se apellida", "su apellido es", "o sobrenome dele é", "his surname is" name the family
    name after them; a word in lower case after "surname" alone stays."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("El patrón se apellida Quispe Mamani y no nos paga", "Quispe Mamani"),
            ("no sé su nombre, pero su apellido es Chuquimia", "Chuquimia"),
            ("o sobrenome dele é Vasconcelhos, mora em Laval", "Vasconcelhos"),
            ("I only know that his surname is Okwuosa", "Okwuosa"),
        ],
    )
    def test_the_name_is_redacted(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    def test_a_word_after_surname_alone_stays(self) -> None:
        assert "field" in redact("the surname field is empty on the form")[0]


class TestASignatureBeforeTheTownSignedFrom:
    """A signature followed by the town it is signed from, on a line of its own or after a
    comma, is still a signature; a town alone after a sentence stays, and so does a role
    without capitals before a town."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("We need help with the work permit.\n\nThulani Dlamini\nCape Town", "Thulani Dlamini"),
            ("Necesito ayuda con mi permiso.\nCuauhtli Tlacaelel\nTijuana", "Cuauhtli Tlacaelel"),
            ("Preciso de um advogado. Quitéria Bastos, Toronto", "Quitéria Bastos"),
        ],
    )
    def test_the_name_is_redacted(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("Thanks for the call.\nMontreal\nQuebec", "Montreal"),
            ("we moved from Lagos last year. Now in Ottawa, Toronto", "Ottawa"),
            ("क्या आप कोई वक्ता भेज सकते हैं? — आयोजक, मिसिसॉगा", "आयोजक"),
        ],
    )
    def test_what_is_no_signature_stays(self, text: str, kept: str) -> None:
        assert kept in redact(text)[0]


class TestGivenNamesOfTwoLetters:
    """Two-letter given names no list held, "Jo" and "Ed", are names when capitalised inside
    a sentence; "Jo" opening one is left alone, as the [mid-sentence] tier's names are."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("j'ai ramassé toutes les pilules de Jo dans la chambre", "Jo"),
            ("the money goes to Ed every Friday", "Ed"),
            ("on dort dans le sous-sol de Jo depuis mars", "Jo"),
            ("we pay Jo 200 a week for the room", "Jo"),
        ],
    )
    def test_the_name_is_redacted(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    def test_opening_a_sentence_it_stays(self) -> None:
        assert "Jo est parti" in redact("Jo est parti hier soir")[0]


class TestACertainSomeone:
    """French "un certain", "un tal de", "um tal de", "un anume", "a certain" before a capitalised word
    name someone the writer hardly knows; a word in lower case after them is none ("un certain
    temps"), and Haitian verbs done to a person ("peye", "menase") take the name after them."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("un certain Bébert nous a amenés ici en camion", "Bébert"),
            ("o empreiteiro, um tal de Sandrão, ficou com os passaportes", "Sandrão"),
            ("nos recogió un tal Chencho en la frontera", "Chencho"),
            ("ne-a adus aici un oarecare Bulică cu duba", "Bulică"),
            ("mwen te peye Wesnel tout kòb la pou vwayaj la", "Wesnel"),
        ],
    )
    def test_the_name_is_redacted(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("ça fait un certain temps que je travaille là", "un certain temps"),
            ("they took a certain amount of money every week", "a certain amount"),
            ("Teman saya di Sambas dijodohkan paksa", "Sambas"),
        ],
    )
    def test_what_is_no_name_stays(self, text: str, kept: str) -> None:
        assert kept in redact(text)[0]


class TestAPhoneSaidWithPauses:
    """Digit groups split by three dots and a space, or by an ellipsis, as a caller pauses
    ("450... 555... 01... 38"), are one phone; a range of hours said so stays."""

    @pytest.mark.parametrize(
        ("text", "phone"),
        [
            ("Mon numéro c'est le 438... 555... 01... 72.", "438... 555... 01... 72"),
            ("yung number ko po, 416... 555... 0188 po", "416... 555... 0188"),
            ("call me 647… 555… 0143 tonight", "647… 555… 0143"),
        ],
    )
    def test_the_phone_is_redacted(self, text: str, phone: str) -> None:
        assert not _leaks(text, phone)

    def test_a_range_of_hours_stays(self) -> None:
        assert "10... 12 heures" in redact("j'ai travaillé 10... 12 heures par jour")[0]


class TestMoreStreetTypes:
    """Canada Post street types the lists lacked ("Ridge", "Rise", "Glen", "Hollow") end a street
    after a house number and a name."""

    @pytest.mark.parametrize(
        ("text", "street"),
        [
            ("Toronto po, 45 Bayview Ridge. pls wag tatawag", "45 Bayview Ridge"),
            ("Toronto po, 88 Cedar Rise. pls tulungan nyo ako", "88 Cedar Rise"),
            ("la casa está en 17 Fox Hollow, Barrie", "17 Fox Hollow"),
        ],
    )
    def test_the_address_is_redacted(self, text: str, street: str) -> None:
        assert not _leaks(text, street)
