"""Issue 11, fifteenth round: urgency on sentences written for this round, not taken from any
corpus file. Classes, not phrases: a question about the line itself or a community's request
(hours, a bot, a wrong number, a gift, volunteering, leaflets, a speaker, a partner's referral
procedure, a rumour) is `low`; each class has its near misses, where a person's own situation
is told beside the same words."""

from __future__ import annotations

import pytest

import triage
from triage.codes import Urgency
from triage.typos import common_words, within_one_typo


def _level(text: str, language: str | None = None) -> Urgency:
    """The rules' level (the learned second opinion left out: these are rules)."""
    return triage.analyze(text, language_hint=language, second_opinion=False).urgency


# Questions about the line or the organisation, with no situation told.
ABOUT_THE_LINE: list[tuple[str, str]] = [
    ("fr", "est-ce que vous êtes ouverts le samedi soir?"),
    ("en", "quick q: is this a bot or a real person answering?"),
    ("es", "¿Están abiertos los domingos? Quiero pasar a buscar unos folletos"),
    ("pt", "Posso fazer uma doação para a vossa associação?"),
    ("ru", "Добрый день, наш клуб хочет раздавать ваши листовки на фестивале, можно получить?"),
    ("uk", "Хочу стати волонтеркою у вашій організації, що для цього треба?"),
    ("zh", "你们这边回复的是机器人还是真人？"),
    ("hi", "क्या यह बॉट है या कोई असली इंसान जवाब देगा?"),
    ("vi", "Xin lỗi, em nhắn nhầm số ạ"),
    ("ar", "هل يمكنني التبرع لمنظمتكم؟ وهل تعطون ايصال؟"),
    ("tl", "Hello po, pwede po ba kami mag donate sa inyong organisasyon?"),
    ("ro", "Bună, aveți pliante în română pentru biserica noastră din Kitchener?"),
    ("it", "Salve, siete aperti anche la domenica mattina?"),
    ("pl", "Dzień dobry, czy macie ulotki po polsku dla naszej parafii?"),
    ("tr", "Merhaba, derneğimiz için Türkçe broşür gönderebilir misiniz?"),
    ("ht", "Bonswa, legliz nou an ta renmen fè yon reyinyon sou trafik moun, èske nou ka vin pale?"),
    ("th", "สวัสดีค่ะ วัดของเราอยากได้แผ่นพับภาษาไทยไปแจก มีไหมคะ"),
    ("en", "our temple would like to send a donation, do you give a tax receipt?"),
    ("fr", "j'ai entendu une rumeur que la police ferme tous les salons de massage, c'est vrai?"),
]


@pytest.mark.parametrize(("lang", "text"), ABOUT_THE_LINE)
def test_a_question_about_the_line_or_a_community_request_is_low(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.low, lang


# The same words beside a situation of one's own or of someone described: not `low`.
SITUATION_BESIDE: list[tuple[str, str]] = [
    ("en", "I volunteer at a food bank and a woman there says her boss keeps her passport and pay"),
    (
        "es",
        "me dieron un folleto de trabajo en Canadá, pagué 4000 dólares y ahora el jefe me quita el pasaporte",
    ),
    ("ru", "я нашла ваш номер на листовке. хозяин забрал паспорт и не платит уже три месяца"),
    ("zh", "我是志愿者，我们照顾的一个女孩说老板扣了她的护照，不让她出门"),
    ("fr", "je suis bénévole dans un refuge, une femme me dit que son patron l'enferme la nuit"),
    ("ar", "أنا متطوعة، امرأة أخبرتني أن صاحب العمل أخذ جواز سفرها ولا يدفع لها"),
]


@pytest.mark.parametrize(("lang", "text"), SITUATION_BESIDE)
def test_the_same_words_beside_a_situation_are_not_low(lang: str, text: str) -> None:
    assert _level(text, lang) is not Urgency.low, lang


def test_or_else_is_a_word_of_its_own_in_arabic() -> None:
    """ "والا" (or else) is a threat word; "والاستغلال" (and exploitation) only starts like it."""
    topic = "نريد محاضرة في جمعيتنا عن العمل القسري والاستغلال في المزارع"
    threat = "المشرف قال لي ادفع الدين والا، بتشوف شو بصير"
    assert _level(topic, "ar") is Urgency.low
    assert _level(threat, "ar") in (Urgency.high, Urgency.emergency)


def test_looking_for_a_therapist_is_no_research_in_arabic() -> None:
    """ "أبحث عن" (I am looking for) holds the letters of "بحث" (research): a survivor looking for
    care, before coming to Canada and fine now, is a request of their own, not a topic."""
    text = "قبل ما اجي على كندا اشتغلت في مزرعة بعمل قسري. الان انا بخير. أبحث عن طبيب نفسي"
    assert _level(text, "ar") is Urgency.standard


# A lock for having asked for the pay of some months, with a plea: the count is the pay owed, not
# how long the lock has lasted, so the lock is now.
LOCKED_FOR_ASKING_PAY: list[tuple[str, str]] = [
    ("ru", "Хозяин запер нас в подвале, потому что мы попросили зарплату за 3 месяца. Помогите"),
    ("uk", "Бригадир зачинив нас у вагончику, бо ми вимагали зарплату за 2 місяці. Допоможіть"),
    ("es", "El patrón nos encerró en la bodega porque pedimos el salario de 2 meses. Ayúdennos"),
    ("en", "the boss locked us in the shed because we asked for 2 months of pay. please help"),
    ("fr", "Le patron nous a enfermés dans le garage parce qu'on a réclamé 2 mois de salaire. Aidez-nous"),
]
# The same counts where they say how long a situation has lasted: high, not an emergency.
LASTING: list[tuple[str, str]] = [
    ("ru", "Нас запирают на ночь уже 3 месяца, зарплату не платят"),
    ("en", "my boss hasn't paid me for 3 months and keeps my passport"),
    ("hi", "दो महीने से तनख्वाह नहीं मिली, मालिक पासपोर्ट रखता है"),
]


@pytest.mark.parametrize(("lang", "text"), LOCKED_FOR_ASKING_PAY)
def test_a_count_of_months_of_pay_does_not_make_a_lock_last(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.emergency, lang


@pytest.mark.parametrize(("lang", "text"), LASTING)
def test_a_count_of_months_a_situation_lasts_is_no_emergency(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.high, lang


# A child now: made to perform in front of a camera, kicked at through a door she hides behind,
# driven away in a car. With their near misses.
CHILD_NOW: list[tuple[str, str]] = [
    (
        "tl",
        "Yung pinsan kong 12 years old pinapaharap ng tito namin"
        " sa harap ng camera para sa mga foreigner ngayon mismo",
    ),
    ("zh", "我妹妹14岁，她刚打电话说继父喝醉了在踹她的房门，她躲在衣柜里"),
    ("ro", "ajutor, unchiul ma duce acum cu masina la un barbat in Toronto, am 15 ani"),
]
NOT_CHILD_NOW: list[tuple[str, str]] = [
    ("tl", "Nag-aapply ako bilang content creator, kailangan ko bang humarap sa camera araw-araw?"),
    ("zh", "楼上邻居昨天喝醉了踹门，吵得我们睡不着，可以投诉吗？"),
    ("ro", "tata ma duce in fiecare zi cu masina la scoala, am 15 ani, e normal sa ma certe?"),
]


@pytest.mark.parametrize(("lang", "text"), CHILD_NOW)
def test_a_child_in_danger_now_is_an_emergency(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.emergency, lang


@pytest.mark.parametrize(("lang", "text"), NOT_CHILD_NOW)
def test_the_same_words_without_a_danger_now_are_no_emergency(lang: str, text: str) -> None:
    assert _level(text, lang) is not Urgency.emergency, lang


def test_a_common_word_of_a_language_is_no_typo_of_a_lexicon_term() -> None:
    """Italian "preso" (taken) is one letter from "presto" (soon, a word of now); it is a marker
    word of the Italian lexicon, itself and no typo."""
    assert "preso" in common_words()
    assert not within_one_typo("preso", "presto")
    assert within_one_typo("prestto", "presto")


# Words that fold onto a danger word or sit one letter from one: the verb "faça" (do) is no knife
# ("faca"), a card ("kartka") no ambulance ("karetka"), "preso" (taken) no "presto" (soon), a
# parking lot where someone stands no watcher there.
NOT_A_DANGER_WORD: list[tuple[str, str]] = [
    (
        "pt",
        "Trabalho numa boate. O dono quer que eu faça programa com os clientes"
        " pra pagar a dívida da passagem.",
    ),
    ("pt", "O gerente pediu que eu faça horas extras sem pagar e ficou com meu passaporte."),
    (
        "it",
        "Il capo non mi ha mai toccato né preso i documenti, però gridava e minacciava tutti,"
        " e a settembre me ne sono andata. Posso chiedere la disoccupazione?",
    ),
    ("pl", "Na parkingu pod sklepem stoi chłopak z kartką, zbiera pieniądze dla szefa"),
]
# The same words where they do name a danger now.
A_DANGER_WORD: list[tuple[str, str]] = [
    ("pt", "ele está na porta com uma faca agora, socorro"),
    ("pt", "meu patrão pegou a faca e disse que vai me matar hoje"),
    ("pl", "Kolega krwawi z głowy, szef nie pozwala wezwać karetki, jesteśmy na budowie teraz"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_A_DANGER_WORD)
def test_a_word_folded_or_one_letter_from_a_danger_word_is_none(lang: str, text: str) -> None:
    assert _level(text, lang) is not Urgency.emergency, lang


@pytest.mark.parametrize(("lang", "text"), A_DANGER_WORD)
def test_the_danger_words_themselves_still_count(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.emergency, lang


# An arrival or a claim months ago, then a "now" that turns ("but now they want..."), or a past
# word inside a condition's threat ("if anyone complains he sends them back"), or a note relayed
# ("it was written..."): the situation goes on, `high`, not over.
GOES_ON: list[tuple[str, str]] = [
    (
        "es",
        "Llegué a Calgary hace 4 meses con permiso de trabajo. Pero ahora el jefe me dice que"
        " tengo que atender clientes en el cuarto de atrás para pagar la deuda",
    ),
    (
        "fr",
        "Je suis arrivée à Montréal il y a 5 mois avec un permis de travail. Mais maintenant le"
        " patron veut que je fasse des clients pour payer ma dette",
    ),
    (
        "es",
        "Trabajo en una granja en Ontario, el patrón nos quita la mitad del sueldo y si alguien"
        " se queja lo manda de regreso a Guatemala.",
    ),
    (
        "fr",
        "Une femme au salon m'a laissé un mot, c'était écrit « il garde mon passeport, je dois 15 000 »."
        " Je fais quoi?",
    ),
]
# The same words in a story that is over.
OVER: list[tuple[str, str]] = [
    (
        "es",
        "Hace un año me obligaban a atender clientes para pagar una deuda. Ahora estoy bien y"
        " trabajo en una tienda, necesito un abogado",
    ),
    ("es", "Sí, me regresé a México el año pasado, el patrón todavía me debe sueldo de la granja"),
    (
        "fr",
        "C'était en 2019, mon patron gardait mon passeport et je lui devais 15 000. Je suis partie depuis.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), GOES_ON)
def test_a_situation_told_after_a_past_that_goes_on_is_high(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.high, lang


@pytest.mark.parametrize(("lang", "text"), OVER)
def test_the_same_situation_over_is_standard(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.standard, lang


def test_wanting_to_know_ones_own_rights_is_no_idle_question_in_thai() -> None:
    """Thai "แค่อยากรู้" (just want to know) before one's own rights asks about one's own work;
    "อยากรู้เฉยๆ" (merely curious) is the idle question."""
    own = "ทำงานร้านนวดที่แคลกะรี ค่าแรงไม่ขึ้นมาสองปีแล้ว แค่อยากรู้สิทธิ์ของตัวเองค่ะ"
    curious = "การค้ามนุษย์ในแคนาดามีเยอะไหม อยากรู้เฉยๆ ค่ะ"
    assert _level(own, "th") is Urgency.standard
    assert _level(curious, "th") is Urgency.low


def test_sixty_hours_a_week_in_italian_is_a_sign_before_the_level() -> None:
    """Italian "ore" was read before the level but its week ("settimana") only after it: 65 hours
    a week on a tied permit was no sign of exploitation. Half of that is none."""
    permit = "Lavoro in un ristorante a Toronto con permesso LMIA, "
    long_weeks = permit + "faccio 66 ore a settimana per lo stesso stipendio"
    normal = permit + "faccio 38 ore a settimana, posso cambiare datore?"
    assert _level(long_weeks, "it") is Urgency.high
    assert _level(normal, "it") is Urgency.standard


# The same lock now in every language: the present or progressive tense of the verb too.
LOCKED_NOW: list[tuple[str, str]] = [
    ("it", "il mio capo mi chiude in camera adesso, aiutatemi"),
    ("it", "ci chiudono nel container proprio ora, aiuto"),
    ("tl", "kinakandado ako ng amo ko sa kwarto ngayon, tulungan niyo ako"),
    ("tl", "ikinukulong kami ng amo sa bodega ngayon mismo, tulong"),
]
# A lock that is a habit ("every night"), or a verb of closing that locks no one in.
NOT_LOCKED_NOW: list[tuple[str, str]] = [
    ("tl", "kinukulong ako ng amo ko sa bodega tuwing gabi"),
    ("it", "il capo mi chiude le porte in faccia quando chiedo la paga, non mi ascolta"),
]


@pytest.mark.parametrize(("lang", "text"), LOCKED_NOW)
def test_a_lock_now_in_the_present_tense_is_an_emergency(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.emergency, lang


@pytest.mark.parametrize(("lang", "text"), NOT_LOCKED_NOW)
def test_a_lock_as_a_habit_or_a_door_closed_is_no_emergency(lang: str, text: str) -> None:
    assert _level(text, lang) is not Urgency.emergency, lang


# The writer's own fear of arrest or deportation, an immigration worry: no threat, lock or
# pursuit by anyone ("preso" is a lock in Portuguese, "boję się" a threat in Polish).
FEAR_OF_ARREST: list[tuple[str, str]] = [
    (
        "pl",
        "wiza turystyczna wygasła, chcę tylko zostać. czy jest legalny sposób? boję się, że mnie aresztują",
    ),
    ("tr", "turist vizemin süresi doldu, yasal bir yol var mı? yakalanmaktan korkuyorum"),
    ("pt", "meu visto venceu, tem jeito de regularizar? tenho medo de ser preso"),
]
# An employer who threatens the worker with the police or deportation: intimidation, high.
THREAT_OF_ARREST: list[tuple[str, str]] = [
    ("pl", "szef mówi, że jak się poskarżę, to zadzwoni na policję i mnie aresztują, boję się go"),
    ("tr", "patron şikayet edersem polise yakalatacağını söylüyor, ondan korkuyorum"),
    ("es", "el patrón dice que si me quejo llama a migración para que me deporten, tengo miedo"),
]


@pytest.mark.parametrize(("lang", "text"), FEAR_OF_ARREST)
def test_ones_own_fear_of_arrest_is_no_threat(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.standard, lang


@pytest.mark.parametrize(("lang", "text"), THREAT_OF_ARREST)
def test_an_employer_threatening_arrest_is_intimidation(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.high, lang


# "Nobody deceived me, nobody forces me": a deception or a form of exploitation denied is no sign.
NOTHING_FORCED: list[tuple[str, str]] = [
    ("en", "nobody deceived me and nobody forced me, I just want to know how to extend my work permit"),
    ("fr", "personne m'a trompée, personne me force, je veux juste savoir comment prolonger mon permis"),
    ("es", "nadie me engañó ni me obliga, solo quiero saber cómo renovar mi permiso de trabajo"),
    ("ru", "меня никто не обманывал и не заставляет, просто хочу узнать, как продлить разрешение на работу"),
    ("zh", "没有人骗我，也没有人强迫我，我只是想知道怎么续签工作许可"),
    ("th", "ไม่มีใครหลอกและไม่มีใครบังคับ แค่อยากรู้วิธีต่อใบอนุญาตทำงาน"),
]
# The same signs said, not denied.
SOMETHING_FORCED: list[tuple[str, str]] = [
    ("en", "the agency deceived me about the job and the boss forces me to work nights"),
    ("fr", "l'agence m'a trompée sur le travail et le patron me force à travailler la nuit"),
    ("es", "la agencia me engañó con el trabajo y el patrón me obliga a trabajar de noche"),
]


@pytest.mark.parametrize(("lang", "text"), NOTHING_FORCED)
def test_a_deception_or_force_denied_is_no_sign(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.standard, lang


@pytest.mark.parametrize(("lang", "text"), SOMETHING_FORCED)
def test_a_deception_or_force_said_is_a_sign(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.high, lang


# A survivor asks for help to find work: the plea asks for a service, it is no word of now that
# would keep the forced labour told in the past from being over.
SERVICE_PLEA: list[tuple[str, str]] = [
    ("ru", "помогите пожалуйста найти работу, я раньше был в принудительном труде, теперь есть разрешение"),
    ("uk", "допоможіть будь ласка знайти роботу, я раніше був у примусовій праці, тепер маю дозвіл"),
    ("es", "ayúdenme por favor a encontrar trabajo, antes estuve en trabajo forzoso, ahora tengo permiso"),
    (
        "tl",
        "tulungan niyo po ako maghanap ng trabaho, dati akong biktima ng forced labor, ngayon may permit na",
    ),
]
# A plea to find a person, or beside a danger now, is still a plea.
PLEA_NOW: list[tuple[str, str]] = [
    ("ru", "помогите найти сестру, её заперли в подвале прямо сейчас"),
    ("uk", "допоможіть, нам обіцяли знайти роботу, а тепер замкнули нас у вагончику"),
    ("en", "help me find a lawyer, my boss is hitting me right now"),
]


@pytest.mark.parametrize(("lang", "text"), SERVICE_PLEA)
def test_a_plea_for_a_service_keeps_a_past_exploitation_over(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.standard, lang


@pytest.mark.parametrize(("lang", "text"), PLEA_NOW)
def test_a_plea_for_a_person_or_beside_a_danger_now_stays_an_emergency(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.emergency, lang
