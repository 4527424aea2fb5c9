"""Issue 11, twentieth round: urgency on sentences written for this round, not taken from any
corpus file. Causes, not phrases: a lock said as a prohibition on going out alone ("bawal
lumabas mag-isa", "interdit de sortir seule") is a lasting restriction; someone who knows where
the person lives ("he has people who know where we live") is a threat's reach, a danger now only
with a word of now; a fall from a roof ("someone will fall off the roof 'by accident'") is no
jump; shouting is no blow; Romanian "peste" is "over", the pimp only as a noun; a refusal to let
the person leave ("refuse qu'elle parte", "отказывается отпускать") and being shut in a place
("में बंद हैं") are locks, now with a word of now; "only at night" is a habit, not tonight; held
for years with a past verb ("me tuvo encerrada años") is over; afraid of being found is a fear. Each
class has look-alikes that must not change: a locked door now, pursuers outside now, a plan to
jump, a person letting herself fall, a beating heard now, a refusal that goes on until a debt is
paid, a company closed, a beating at night, tonight, locked in again now, found and at the door."""

from __future__ import annotations

import pytest

import triage

# (what the row checks, the message, the level it must get)
CASES: list[tuple[str, str, str]] = [
    # a prohibition on going out alone: a restriction that goes on
    (
        "prohibited alone",
        "Bawal lumabas mag-isa, siya ang naghahatid-sundo. Paano ako hihingi ng tulong nang hindi "
        "niya nalalaman?",
        "high",
    ),
    (
        "prohibited alone",
        "E interzis să ies singură, mă duce el peste tot. Cum cer ajutor fără să afle el?",
        "high",
    ),
    # look-alikes: a locked door now
    ("locked now", "Bawal lumabas, naka-kandado ang pinto ngayon, tulungan niyo ako.", "emergency"),
    ("locked now", "Interdit de sortir, la porte est fermée à clé maintenant, aidez-moi.", "emergency"),
    ("locked now", "E interzis să ieșim, ușa e încuiată acum, ajutor!", "emergency"),
    # someone knows where the person lives: a threat's reach, not a pursuer on the way
    (
        "knows where",
        "Our boss keeps our money. He said whoever leaves gets nothing and that he has people back home "
        "who know where we live. Nobody hit us, but we are scared.",
        "high",
    ),
    (
        "knows where",
        "Le patron garde notre argent. Il a dit que celui qui part n'aura rien et qu'il a des gens au "
        "pays qui savent où on habite. Personne ne nous a frappés, mais on a peur.",
        "high",
    ),
    (
        "knows where",
        "El jefe guarda nuestro dinero. Dijo que quien se vaya no verá nada y que tiene gente allá que "
        "sabe donde vivimos. Nadie nos pegó, pero tenemos miedo.",
        "high",
    ),
    (
        "knows where",
        "Шеф держит наши деньги. Сказал, кто уйдёт, ничего не получит, и что у него есть люди дома, "
        "которые знают где мы живём. Никто нас не бил, но нам страшно.",
        "high",
    ),
    (
        "knows where",
        "Lucrăm pe un șantier. Șeful ne ține banii și ne-a zis că are oameni acasă care știu unde stăm. "
        "Nu ne-a bătut nimeni.",
        "high",
    ),
    # look-alikes: pursuers outside now, a person hiding now
    (
        "pursued now",
        "I ran away last night and they know where I am, they are outside the shelter right now.",
        "emergency",
    ),
    (
        "pursued now",
        "J'ai fui hier soir, ils savent où je suis et ils sont devant la maison en ce moment.",
        "emergency",
    ),
    ("pursued now", "Huí anoche, saben donde estoy y ahora mismo están afuera de la casa.", "emergency"),
    ("pursued now", "Я сбежала вчера, они знают где я, сейчас стоят у подъезда.", "emergency"),
    ("pursued now", "Он знает где я прячусь, помогите срочно.", "emergency"),
    # a fall from the roof: an accident or a threat to others, not a plan to jump
    (
        "fall",
        "Trabalho com telhado. O encarregado diz rindo que um dia alguém aqui vai cair do telhado "
        "'por acidente'. A gente trabalha com medo.",
        "standard",
    ),
    (
        "fall",
        "Le contremaître dit en riant qu'un jour quelqu'un va tomber du toit « par accident ». On "
        "travaille avec la peur.",
        "standard",
    ),
    (
        "fall",
        "The foreman laughs that one day someone will fall off the roof 'by accident'. We work scared.",
        "standard",
    ),
    ("fall", "Бригадир смеётся, что однажды кто-то упадёт с крыши «случайно».", "standard"),
    # look-alikes: a plan to jump, letting oneself fall, a fall with bleeding and care refused
    ("jump", "Vou pular do telhado hoje, não aguento mais.", "emergency"),
    ("jump", "Je vais me jeter du toit ce soir, j'en peux plus.", "emergency"),
    ("jump", "Я стою на крыше и сейчас прыгну с крыши.", "emergency"),
    ("jump", "Voy a tirarme del techo esta noche.", "emergency"),
    ("let oneself fall", "Ce soir je vais me laisser tomber du toit, je n'en peux plus.", "emergency"),
    ("let oneself fall", "Hoje vou me deixar cair do telhado, não aguento mais.", "emergency"),
    ("let oneself fall", "Tonight I'll just let myself fall off the roof, I'm done.", "emergency"),
    # shouting is no blow; a threat "one day"
    (
        "shouting",
        "Il caposquadra tiene i nostri permessi. Non ci picchia, però urla che un giorno ci fa "
        "sparire tutti.",
        "high",
    ),
    # look-alikes: the same threat with the boss outside now, a beating heard now
    ("threat now", "Il capo è qui fuori adesso e urla che stanotte ci fa sparire tutti, aiuto!", "emergency"),
    ("beating now", "Sento urlare di dolore la mia collega, la sta picchiando adesso.", "emergency"),
    # a refusal to let the person leave, with a word of now: a lock now
    ("refused leave now", "Il refuse que je parte de l'appartement ce soir.", "emergency"),
    ("refused leave now", "Refuză să mă lase să plec din apartament în seara asta.", "emergency"),
    ("refused leave now", "Он отказывается меня отпускать из квартиры сегодня вечером.", "emergency"),
    ("refused leave now", "Він відмовляється мене відпускати з квартири сьогодні ввечері.", "emergency"),
    ("refused leave now", "Li refize kite m soti nan apatman an aswè a.", "emergency"),
    ("refused leave now", "Anh ta không chịu cho tôi ra khỏi căn hộ tối nay.", "emergency"),
    ("refused leave now", "他今晚不肯让我离开公寓。", "emergency"),
    ("refused leave now", "يرفض أن يتركني أخرج من الشقة الليلة.", "emergency"),
    # look-alikes: the same refusal told as a hold that goes on (until a debt is paid)
    ("refused leave, lasting", "Il refuse que je parte, il garde mon passeport depuis deux ans.", "high"),
    (
        "refused leave, lasting",
        "Мой работодатель отказывается меня отпускать, говорит сначала отработай долг.",
        "high",
    ),
    ("refused leave, lasting", "Se niega a dejarme ir hasta que pague la deuda.", "high"),
    # shut in a place, kept without food, with a word of now (Hindi)
    ("shut in now", "हम 6 लोग कंबोडिया में एक कंपनी में बंद हैं, दो दिन से खाना नहीं मिला।", "emergency"),
    ("shut in now", "मैं दुबई में एक घर में बंद हूँ, आज मालिक ने मारा।", "emergency"),
    # look-alike: a company that is closed now
    ("closed", "हम 6 लोग एक कंपनी में काम करते थे, अब सब भारत लौट आए हैं। वो कंपनी अब बंद है।", "standard"),
    # "only at night": a habit, not tonight
    (
        "only at night",
        "Моя подруга працює в клубі. Власник забрав її паспорт і змушує «розважати» клієнтів. Вона "
        "відписує мені тільки вночі.",
        "high",
    ),
    (
        "only at night",
        "Моя подруга работает в клубе. Хозяин забрал её паспорт и заставляет «развлекать» клиентов. "
        "Она отвечает мне только ночью.",
        "high",
    ),
    (
        "only at night",
        "Mi amiga trabaja en un club. El dueño le quitó el pasaporte y la obliga a atender clientes. "
        "Solo me contesta de noche.",
        "high",
    ),
    # look-alikes: at night without a habit, tonight
    (
        "at night, now",
        "Моя подруга працює в клубі. Власник забрав її паспорт і змушує «розважати» клієнтів. Вночі "
        "він її б'є, вона щойно написала.",
        "emergency",
    ),
    (
        "tonight",
        "Моя подруга работает в клубе. Хозяин забрал её паспорт. Сегодня ночью её везут к клиентам.",
        "emergency",
    ),
    # held for years, told with a past verb: a lock that is over
    (
        "held for years",
        "He brought me here and kept me locked up for years. I divorced him and I'm fine.",
        "standard",
    ),
    ("held for years", "Él me trajo aquí y me tuvo encerrada años. Me divorcié y estoy bien.", "standard"),
    (
        "held for years",
        "Ele me trouxe pra cá e me manteve trancada por anos. Me divorciei e estou bem.",
        "standard",
    ),
    (
        "held for years",
        "Он привёз меня сюда и годами держал взаперти. Я развелась, у меня всё хорошо.",
        "standard",
    ),
    (
        "held for years",
        "Він привіз мене сюди і роками тримав під замком. Я розлучилася, у мене все добре.",
        "standard",
    ),
    # look-alikes: locked in again now
    (
        "locked again now",
        "Me tuvo encerrada años. Ahora me volvió a encerrar en el cuarto, ayúdenme por favor.",
        "emergency",
    ),
    (
        "locked again now",
        "Он годами держал меня взаперти. Сейчас он опять запер меня в комнате, помогите.",
        "emergency",
    ),
    (
        "locked again now",
        "Ele me manteve trancada por anos. Agora de novo me trancou no quarto, socorro.",
        "emergency",
    ),
    # afraid of being found, years after: a fear, no pursuer
    (
        "fear of being found",
        "Я ушла три года назад, сейчас я в безопасности, но мне до сих пор страшно, что он найдёт меня "
        "по фамилии в соцсетях. Можно сменить фамилию?",
        "standard",
    ),
    (
        "fear of being found",
        "Я пішла три роки тому, зараз я в безпеці, але мені досі страшно, що він знайде мене за "
        "прізвищем у соцмережах. Чи можна змінити прізвище?",
        "standard",
    ),
    # look-alikes: found, at the door now
    ("found now", "Я сбежала час назад, он уже нашёл меня, стоит у подъезда, помогите.", "emergency"),
    ("found now", "Я втекла годину тому, він мене знайшов і стоїть під дверима, допоможіть.", "emergency"),
]


@pytest.mark.parametrize(("cause", "text", "level"), CASES)
def test_twentieth_round_urgency(cause: str, text: str, level: str) -> None:
    got = triage.analyze(text, second_opinion=False).urgency
    assert got == level, (cause, got, text)
