"""A part of the day is a word of now only in a sentence no year dates (Issue 11, sixteenth round).

"Меня ночью увезли в фургоне" may be last night; "В 2019-м меня ночью увезли в фургоне" is not:
"ночью" says at night, not tonight ("сегодня ночью", "ce soir", "tonight" stay words of now).
Read after holdout16's end score, where the year lost to "ночью" and a van ride of 2019 read as
one happening now.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from triage.danger.escapes import sentence_of
from triage.danger.finder import Found
from triage.folding import fold_plain

# At night, in the morning, in the evening, by day; folded as the text is (no accents, and no
# vowel signs in the scripts whose folding drops them).
PARTS_OF_DAY = frozenset(
    fold_plain(words)
    for words in {
        "ночью", "утром", "вечером", "днем",  # ru
        "вночі", "уночі", "вранці", "зранку", "увечері", "ввечері", "вдень",  # uk
        "at night", "in the morning", "in the evening",  # en
        "la nuit", "le matin", "de nuit",  # fr
        "de noche", "en la noche", "por la noche", "en la manana", "por la manana", "en la madrugada",  # es
        "a noite", "de noite", "de manha", "de madrugada",  # pt
        "noaptea", "dimineata",  # ro
        "ban dem", "buoi sang", "buoi toi",  # vi
        # all night long: the night of a dated story ("In 2019 he locked me in all night")
        "all night", "toute la nuit", "toda la noche", "a noite toda", "toata noaptea", "peste noapte",
        "всю ночь", "всю ніч", "ca dem", "طول الليل", "पूरी रात", "buong gabi", "一整夜",
    }
)  # fmt: skip


# "Only", "always", "usually" just before a part of the day make it a habit ("she only answers me at
# night", "тільки вночі", "solo de noche"), not tonight (Issue 11, round 20).
_HABIT = re.compile(
    r"(?<!\w)(?:only|just|always|usually|seulement|juste|toujours|solo|siempre|somente|apenas|sempre|so"
    r"|doar|numai|mereu|только|лишь|всегда|обычно|тільки|лише|завжди|зазвичай|chi|luon|thuong)\s+$"
)
HABIT_REACH = 14  # characters before the part of the day


def undated_parts_of_day(
    text: str, cue_words: Sequence[Found[str]], ends: Sequence[int], dated: set[int]
) -> list[Found[str]]:
    """`cue_words` without the words of now that only name a part of the day in a sentence a
    year or a time gone by dates (`dated`, `triage.danger.years.dated_sentences`), or after a
    word of habit (`_HABIT`)."""
    return [
        f
        for f in cue_words
        if not (
            f.payload == "now"
            and text[f.start : f.end] in PARTS_OF_DAY
            and (
                sentence_of(ends, f.start) in dated
                or _HABIT.search(text, max(0, f.start - HABIT_REACH), f.start)
            )
        )
    ]
