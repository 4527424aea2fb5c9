"""Issue 11, sixteenth round: urgency on sentences written for this round, not taken from any
corpus file. Classes, not phrases: a boss who shouts is no danger happening now; a common word one
letter off a danger word is no typo of it; a count of weeks or months "ago" places its sentence in
the past, as a year does; each class has its near misses, where the danger is happening now."""

from __future__ import annotations

import pytest

import triage
from triage.codes import Urgency


def _level(text: str, language: str | None = None) -> Urgency:
    """The rules' level (the learned second opinion left out: these are rules)."""
    return triage.analyze(text, language_hint=language, second_opinion=False).urgency


# An employer who shouts (and threatens with the police): a harsh workplace, not a beating now.
SHOUTING_BOSS: list[tuple[str, str]] = [
    ("ru", "Бригадир забрал паспорта. Не бьёт, но кричит на нас и грозит депортацией."),
    ("ru", "Хозяйка кричит на меня каждый день и не отдаёт документы."),
    ("uk", "Власник тримає наші паспорти. Не б'є, але кричить і погрожує поліцією."),
    ("pt", "O patrão fica com o meu passaporte e vive gritando com a gente, diz que chama a imigração."),
    ("ro", "Patronul ne-a luat pașapoartele, țipă la noi și ne amenință cu poliția."),
]


@pytest.mark.parametrize(("lang", "text"), SHOUTING_BOSS)
def test_a_boss_who_shouts_is_no_danger_happening_now(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.high, lang


# Someone heard screaming while hurt, now: still an emergency.
SCREAMING_NOW: list[tuple[str, str]] = [
    ("ru", "Сосед бьёт жену прямо сейчас, она кричит от боли, приезжайте"),
    ("uk", "Чую як вона кричить за стіною, він її б'є зараз"),
    ("pt", "estão batendo nela agora, ouço gritos, mandem alguém"),
    ("ro", "o aud țipând, o bate acum, trimiteți poliția"),
]


@pytest.mark.parametrize(("lang", "text"), SCREAMING_NOW)
def test_someone_screaming_while_hurt_now_is_an_emergency(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.emergency, lang


# A common word one letter off a danger word ("signer", to sign / "saigner", to bleed).
COMMON_WORD_NOT_A_TYPO: list[tuple[str, str]] = [
    ("fr", "Le patron veut que je signe un contrat en anglais, je comprends rien. C'est légal?"),
    ("fr", "On m'a fait signer des papiers à l'agence, maintenant ils disent que je dois 2000$."),
    ("fr", "Est-ce que je dois signer le nouveau bail avant lundi?"),
]


@pytest.mark.parametrize(("lang", "text"), COMMON_WORD_NOT_A_TYPO)
def test_a_common_word_one_letter_off_a_danger_word_is_no_danger(lang: str, text: str) -> None:
    assert _level(text, lang) is not Urgency.emergency, lang


def test_bleeding_now_is_still_an_emergency() -> None:
    assert _level("mon amie saigne beaucoup, il l'a frappée, venez vite", "fr") is Urgency.emergency


# A count of weeks or months "ago" places its sentence in the past, whatever the tense of the
# danger word in it (the fall, the beating is over; the rest of the message goes on).
WEEKS_AGO: list[tuple[str, str]] = [
    ("en", "3 weeks ago a coworker fell from the scaffold, the boss drove him home himself. He is fine now."),
    ("uk", "2 тижні тому колега впав з риштування, бос сам відвіз його додому. Зараз він вдома."),
    ("pt", "Há 3 semanas um colega caiu do andaime e o patrão levou ele pra casa. Agora ele está bem."),
    ("vi", "2 tuần trước anh ấy bị ngã từ giàn giáo, chủ tự chở về nhà. Bây giờ anh ấy ổn rồi."),
    ("hi", "2 हफ्ते पहले मेरे साथी गिर गया था छत से, मालिक खुद घर ले गया। अब वो ठीक है।"),
]


@pytest.mark.parametrize(("lang", "text"), WEEKS_AGO)
def test_weeks_or_months_ago_place_a_danger_in_the_past(lang: str, text: str) -> None:
    assert _level(text, lang) is not Urgency.emergency, lang


# A count that is a duration, or a danger said now beside a time gone by: still an emergency.
WEEKS_AGO_NEAR_MISSES: list[tuple[str, str]] = [
    ("en", "I came 3 weeks ago. Right now he is beating my sister, please come"),
    ("uk", "Приїхала 2 тижні тому. Зараз він б'є мене, допоможіть"),
    ("pt", "Cheguei há 3 semanas. Ele está me batendo agora, socorro"),
]


@pytest.mark.parametrize(("lang", "text"), WEEKS_AGO_NEAR_MISSES)
def test_a_danger_now_after_weeks_ago_is_still_an_emergency(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.emergency, lang


# Shouting said with a word of now a few words away: someone screaming now.
SHOUTING_NOW: list[tuple[str, str]] = [
    ("pt", "a vizinha de 13 anos tá gritando agora, o homem está lá dentro com ela"),
    ("ro", "fata de 14 ani de la etajul 3, el țipă la ea chiar acum, o aud plângând"),
]


@pytest.mark.parametrize(("lang", "text"), SHOUTING_NOW)
def test_a_child_screamed_at_now_is_an_emergency(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.emergency, lang


# Everyday words that were danger cues on their own: "is coming" (of pus, of an understanding),
# sleeping pills taken to sleep, pills given at work, "another place" to work, a photo posted,
# "pieces" (Tagalog "piraso", one letter off "pinaso", burned).
EVERYDAY_WORDS: list[tuple[str, str]] = [
    ("hi", "मैं 2 दिन पहले फार्म से निकल आया। पैर के घाव से पस आ रहा है, कोई डॉक्टर बताइए।"),
    ("hi", "अब मुझे मज़ा आ रहा है नए काम में, बस एक सवाल है वीज़ा के बारे में"),
    ("zh", "我妈妈离开那个老板以后一直失眠，现在靠安眠药才能睡着，想找心理医生。"),
    ("ar", "المدير يعطيه حبوب ليكمل الشغل، والآن أصبح مدمناً عليها، نحتاج مركز علاج"),
    ("pt", "Hoje trabalho em outro lugar, mas as costas doem muito desde o acidente na obra."),
    ("zh", "我已经不在那个工厂干了，老板在网上发了我的照片，说我欠他钱。我能告他吗？"),
]


def test_pieces_of_a_leaflet_order_are_no_violence() -> None:
    text = "Pwede po ba kami humingi ng 50 piraso ng flyer para sa simbahan namin?"
    assert _level(text, "tl") in (Urgency.low, Urgency.standard)


@pytest.mark.parametrize(("lang", "text"), EVERYDAY_WORDS)
def test_an_everyday_word_is_no_danger_cue(lang: str, text: str) -> None:
    assert _level(text, lang) is not Urgency.emergency, lang


# The dangers those words were there for: still emergencies.
EVERYDAY_WORDS_NEAR_MISSES: list[tuple[str, str]] = [
    ("hi", "वो आ रहा है, मुझे बचाओ, मैं बाथरूम में छुपी हूँ"),
    ("zh", "我刚吃了一整瓶安眠药"),
    ("ar", "بلعت كل الحبوب اللي عندي"),
    ("pt", "eles vão me levar para outra cidade hoje à noite, socorro"),
    ("zh", "他们拿着我的照片到处找我，现在就在楼下"),
    ("tl", "pinaso niya ako ng plantsa kanina, tulungan niyo ako"),
]


@pytest.mark.parametrize(("lang", "text"), EVERYDAY_WORDS_NEAR_MISSES)
def test_the_danger_those_words_named_is_still_an_emergency(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.emergency, lang


def test_many_sleeping_pills_taken_is_still_an_emergency() -> None:
    assert _level("我吃了很多安眠药，不想再醒来了", "zh") is Urgency.emergency


# A fiction or a joke the writer takes back: "asking for real, it's me" after "for a screenplay".
FICTION_TAKEN_BACK: list[tuple[str, str]] = [
    (
        "en",
        "It's for a novel I'm writing: what does a girl do if he locked her in "
        "the motel and took her phone? Not a joke. It's me.",
    ),
    (
        "fr",
        "C'est pour un roman : que fait une fille enfermée dans un motel sans son "
        "téléphone? C'est pas une blague, c'est moi, il revient ce soir.",
    ),
    (
        "es",
        "Es para una novela: ¿qué hace una chica encerrada en un motel sin su "
        "teléfono? No es broma, soy yo, él vuelve esta noche.",
    ),
    (
        "pt",
        "É para um filme: o que faz uma garota trancada num motel sem celular? "
        "Não é brincadeira, sou eu, ele volta hoje à noite.",
    ),
    (
        "ru",
        "Это для романа: что делать девушке, которую заперли в мотеле и забрали "
        "телефон? Это не шутка, это я, он вернётся сегодня ночью.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), FICTION_TAKEN_BACK)
def test_a_fiction_taken_back_is_no_fiction(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.emergency, lang


# A fiction kept: a question about a film or a novel stays `low`, even "is it true?".
FICTION_KEPT: list[tuple[str, str]] = [
    (
        "en",
        "In the movie the girl is locked in a motel and he took her "
        "phone. Does that happen for real in Canada?",
    ),
    (
        "fr",
        "Pour mon roman : la fille est enfermée dans un motel. "
        "Est-ce que c'est vrai que ça arrive au Canada?",
    ),
    ("es", "Para mi novela: la chica está encerrada en un motel. ¿De verdad pasa eso en Canadá?"),
]


@pytest.mark.parametrize(("lang", "text"), FICTION_KEPT)
def test_a_question_about_a_fiction_is_not_an_emergency(lang: str, text: str) -> None:
    assert _level(text, lang) is not Urgency.emergency, lang


# A witness's doubt taken back with "but" and a danger told after it: no mere suspicion.
DOUBT_TAKEN_BACK: list[tuple[str, str]] = [
    (
        "en",
        "Probably nothing, but the girl at the motel desk whispered "
        "that he has her phone and she can't leave.",
    ),
    (
        "es",
        "Tal vez no es nada, pero la chica del motel me dijo que él la "
        "vigila todo el tiempo y no la deja salir sola.",
    ),
    (
        "pt",
        "Talvez não seja nada, mas a moça do motel disse que ele vigia "
        "ela o tempo todo e não deixa ela sair sozinha.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DOUBT_TAKEN_BACK)
def test_a_doubt_taken_back_by_but_is_no_mere_suspicion(lang: str, text: str) -> None:
    result = triage.analyze(text, language_hint=lang, second_opinion=False)
    assert not any("suspicion" in line for line in result.explanations), lang


def test_a_confinement_told_after_a_doubt_taken_back_is_high() -> None:
    assert _level(DOUBT_TAKEN_BACK[0][1], "en") is Urgency.high


def test_a_doubt_in_its_own_sentence_is_still_a_suspicion() -> None:
    text = "I might be wrong. The nanny next door never goes out and looks tired, is this normal?"
    result = triage.analyze(text, language_hint="en", second_opinion=False)
    assert result.urgency is Urgency.standard


# A doubt said after what was seen, with "but" and a feeling after it: still a suspicion.
DOUBT_AFTER_WHAT_WAS_SEEN: list[tuple[str, str]] = [
    (
        "en",
        "A van takes the six guys next door to work at 5am and brings them "
        "back at 11pm. Could be nothing but it feels off.",
    ),
    (
        "uk",
        "Сусіди: 8 чоловіків в одному домі, їх щоранку забирає бус о 5 "
        "ранку. Можливо, це нічого, але мені тривожно.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DOUBT_AFTER_WHAT_WAS_SEEN)
def test_a_doubt_after_what_was_seen_is_still_a_suspicion(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.standard, lang


# An organisation's request: a conference, a speaker invited, a course taught, a fundraiser, an
# employer's checklist, the writer's channel or show. Nothing of a situation is told: `low`.
ORGANISATION_REQUESTS: list[tuple[str, str]] = [
    (
        "en",
        "Our union is holding a conference on migrant labour in May, "
        "could one of your staff join a panel as a speaker?",
    ),
    ("en", "We're running a fundraiser for shelters this fall, who should the cheque be made out to?"),
    (
        "fr",
        "Nous organisons un colloque sur la traite à l'université, pourriez-vous envoyer une intervenante?",
    ),
    ("es", "Estamos organizando una conferencia sobre migración laboral, ¿podrían enviar a un ponente?"),
    ("pt", "Nossa igreja quer fazer uma palestra sobre tráfico de pessoas, vocês têm um palestrante?"),
    ("ru", "Добрый день, я преподаю право в колледже. Можно пригласить вашего представителя на лекцию?"),
    ("uk", "Ми організовуємо конференцію про трудову міграцію, чи можете запросити когось виступити на ній?"),
    ("ro", "Bună ziua, predau la un liceu din Laval și aș vrea să vorbim la clasă despre munca forțată."),
    (
        "ht",
        "Bonjou, mwen gen yon emisyon sou radyo kominotè a, nou ta "
        "renmen envite yon moun pale sou trafik moun.",
    ),
    (
        "vi",
        "Chào các bạn, mình có kênh YouTube về du học, muốn làm video về "
        "quyền của người lao động, có thể phỏng vấn không?",
    ),
    ("hi", "मैं एक कॉलेज में पढ़ाता हूँ, क्या आपकी संस्था से कोई वक्ता हमारे सम्मेलन में आ सकता है?"),
    ("zh", "我们学校下个月办一个关于人口贩卖的讲座，想请你们派一位嘉宾来讲。"),
    ("ar", "نحن ننظم مؤتمراً عن العمالة المهاجرة، هل يمكنكم إرسال متحدث من فريقكم؟"),
]


@pytest.mark.parametrize(("lang", "text"), ORGANISATION_REQUESTS)
def test_an_organisations_request_is_low(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.low, lang


# The same words beside a situation of one's own: not `low`.
ORGANISATION_WORDS_BESIDE_A_SITUATION: list[tuple[str, str]] = [
    ("en", "I was a speaker at a conference last year and now my manager keeps my passport and won't pay me"),
    ("fr", "Je suis intervenante dans un refuge, une femme ici me dit que son patron l'enferme la nuit"),
    (
        "ru",
        "Я преподаю в колледже, моя студентка говорит, что хозяин квартиры забрал её паспорт и не выпускает",
    ),
    ("ht", "Mwen te konn fè yon emisyon, kounye a patwon an pran paspò m e li pa peye m"),
]


@pytest.mark.parametrize(("lang", "text"), ORGANISATION_WORDS_BESIDE_A_SITUATION)
def test_organisation_words_beside_a_situation_are_not_low(lang: str, text: str) -> None:
    assert _level(text, lang) is not Urgency.low, lang


# A bare "now" that a negation follows at once says what is not happening now ("now she is not
# there"): a child's watcher seen on other nights is `high`, not a child held now.
NOT_THERE_NOW: list[tuple[str, str]] = [
    (
        "es",
        "Una niña de 13 años vende flores en los bares hasta las 2, un hombre la espera afuera en el "
        "carro. Ahora no está ahí, pero vuelve el viernes.",
    ),
    (
        "pt",
        "Uma menina de 13 anos vende flores nos bares até as 2, um homem espera ela lá fora no carro. "
        "Agora ela não está lá, mas volta sexta.",
    ),
    (
        "ro",
        "O fată de 13 ani vinde flori prin baruri, un bărbat o așteaptă afară în mașină. Acum nu e acolo.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NOT_THERE_NOW)
def test_a_now_denied_at_once_places_no_child_in_danger_now(lang: str, text: str) -> None:
    assert _level(text, lang) is Urgency.high, lang


def test_a_child_watched_now_is_still_an_emergency() -> None:
    text = "Una niña de 13 años vende flores en bares, un hombre la espera afuera en el auto, ahora está ahí."
    assert _level(text, "es") is Urgency.emergency
