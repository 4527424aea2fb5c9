"""The table of late signs (triage.late_signs): for each, the indicator and needs it adds, the
lexicon file and the tables of its two word lists (lexicons/codes/<file>.toml), the patterns read
as words of those lists, and the reason shown to operators.
"""

from __future__ import annotations

from dataclasses import dataclass

from triage.codes import Indicator, Need

# A share of the pay ("70%", "70 %", the Arabic "70٪"): read as a word of pay.
# (Each of these three starts with the character it needs, the look-behind after it: a
# pattern that starts with a set of characters is searched for by a quick scan, one that
# starts with a look-behind or an alternation is tried at every place of the text.)
PERCENT = r"\d(?<!\d\d)\d{0,2}\s?[%٪]"
# Six people or more ("9 men", "12 gars", "10 людей", "12 wa7ed", "11 log"): read as a crowd.
CROWD = (
    r"[1-9](?<![\d.,:/$€£][1-9])(?:(?<=[6-9])|(?<=[1-4])\d)"
    r"\s?(?:of us|men|people|persons|guys|workers|girls|women"
    r"|gars|personnes|hommes|filles|travailleurs|personas|hombres|mujeres|trabajadores|pessoas|homens|mulheres|oameni|barbati|baieti|fete"
    r"|человек|людей|мужчин|женщин|девушек|чоловік|людей|жінок|nguoi|人|log|ladke|ladkiyan|lalaki|babae|tao|moun"
    r"|wa7ed|osob|ludzi|chlopakow|kisi|watu|wafanyakazi|명)(?!\w)"
)
# An amount in figures ("$7000", "6 000 $", "15,000", "8k"): read as a cost owed.
# (`\d{3,}|\d{1,3}(?:[ .,]\d{3})+|\d+\s?(?:k\b|\$|€)|[$€£₱]\s?\d`, its first character
# taken out of the branches.)
AMOUNT = r"[\d$€£₱](?:(?<=\d)(?:\d{2,}|\d{0,2}(?:[ .,]\d{3})+|\d*\s?(?:k\b|\$|€))|(?<=[$€£₱])\s?\d)"


@dataclass(frozen=True, slots=True)
class Sign:
    indicator: Indicator | None
    needs: tuple[Need, ...]
    file: str  # lexicons/codes/<file>.toml
    first: str
    second: str
    extra_first: tuple[str, ...]
    extra_second: tuple[str, ...]
    why: str


SIGNS = (
    Sign(
        Indicator.withholding_of_wages,
        (Need.labour_rights,),
        "pay",
        "pay",
        "taking",
        (PERCENT,),
        (),
        "pay taken or held back",
    ),
    Sign(
        Indicator.withholding_of_wages,
        (Need.labour_rights,),
        "pay",
        "asking",
        "wage",
        (),
        (),
        "pay asked for or claimed: held back",
    ),
    Sign(
        Indicator.withholding_of_wages,
        (Need.labour_rights,),
        "pay",
        "paying",
        "short",
        (),
        (),
        "pay cut short: less than due",
    ),
    Sign(
        Indicator.withholding_of_wages,
        (Need.labour_rights,),
        "pay",
        "promising",
        "later",
        (),
        (),
        "pay put off to a far date: held back",
    ),
    Sign(Indicator.debt_bondage, (), "debt", "owing", "cost", (), (AMOUNT,), "a debt to pay off"),
    Sign(
        Indicator.abusive_conditions,
        (),
        "living",
        "sleeping",
        "bad_place",
        (),
        (),
        "a place no one should live in",
    ),
    Sign(
        Indicator.abusive_conditions,
        (Need.basic_needs,),
        "living",
        "lacking",
        "essential",
        (),
        (),
        "without food or water",
    ),
    Sign(
        Indicator.abusive_conditions,
        (),
        "living",
        "lacking",
        "amenity",
        (),
        (),
        "without heat, a toilet or a bed",
    ),
    Sign(None, (Need.basic_needs,), "living", "have_none", "belongings", (), (), "no money or clothes"),
    Sign(
        Indicator.abusive_conditions,
        (),
        "living",
        "dwelling",
        "crowd",
        (),
        (CROWD,),
        "many people in one room or house",
    ),
    Sign(Indicator.isolation, (), "contact", "phone", "control", (), (), "phone taken or watched"),
    Sign(Indicator.isolation, (), "contact", "talk", "barred", (), (), "kept from talking to others"),
    Sign(Indicator.excessive_overtime, (), "rest", "rest_day", "none", (), (), "no day of rest"),
    Sign(
        None,
        (Need.interpretation,),
        "language",
        "speaking",
        "tongue",
        (),
        (),
        "a language named: an interpreter",
    ),
    Sign(None, (Need.repatriation,), "home", "returning", "homeland", (), (), "wants to go back home"),
    Sign(
        None,
        (Need.employment_education,),
        "training",
        "wish",
        "study",
        (),
        (),
        "wants to study, learn or find other work",
    ),
    Sign(None, (Need.medical,), "medicine", "pills", "swallowed", (), (), "pills swallowed: poisoning"),
    Sign(
        None,
        (Need.legal,),
        "claim",
        "in_name",
        "finance",
        (),
        (),
        "accounts, cards or debts put in the person's name",
    ),
    Sign(
        Indicator.restriction_of_movement,
        (),
        "movement",
        "out",
        "forbidden",
        (),
        (),
        "kept from going out, or only in company",
    ),
    Sign(
        Indicator.restriction_of_movement,
        (),
        "movement",
        "going_home",
        "refused",
        (),
        (),
        "kept from going home",
    ),
    Sign(
        Indicator.restriction_of_movement,
        (),
        "movement",
        "location",
        "watching",
        (),
        (),
        "whereabouts watched at all times",
    ),
    Sign(
        Indicator.deception,
        (),
        "deception",
        "pretext",
        "work",
        (),
        (),
        "a job, studies or love used as a pretext",
    ),
    Sign(
        Indicator.retention_of_documents,
        (),
        "status",
        "travel_document",
        "held",
        (),
        (),
        "a passport or a permit in someone else's hands",
    ),
)
# What the danger model read (`triage.scoring` passes their folded spans by these names), and
# the indicator that says it better: care refused after a beating is the violence, not the
# conditions of the work.
READ = {
    "care_refused": (
        Indicator.abusive_conditions,
        (),
        "medical care refused",
        Indicator.physical_sexual_violence,
    ),
    "just_fled": (None, (Need.shelter,), "has just fled: needs a safe place to stay", None),
}
