"""Issue 11, seventeenth round: causes the lead found and fixed, each on sentences of our own."""

from __future__ import annotations

import pytest

from triage import analyze
from triage.codes import Urgency


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 my boss locked me in the basement all night and beat me.",
        "En 2018, il m'a enfermée toute la nuit dans la cave et m'a frappée.",
        "En 2017 el patrón me encerró toda la noche en el galpón y me pegó.",
        "Em 2018 o patrão me trancou a noite toda no depósito e me bateu.",
        "În 2019 șeful m-a închis toată noaptea în pivniță și m-a bătut.",
        "В 2019 году хозяин всю ночь держал меня запертой в подвале и бил.",
        "Noong 2019, ikinulong ako ng amo ko buong gabi at sinaktan ako.",
        "2019 में मालिक ने मुझे पूरी रात कमरे में बंद रखा और मारा।",
    ],
)
def test_a_whole_night_in_a_dated_story_is_over(text: str) -> None:
    assert analyze(text).urgency is Urgency.standard


@pytest.mark.parametrize(
    "text",
    [
        "my boss locked me in the basement all night and beat me",
        "il m'a enfermée toute la nuit dans la cave et m'a frappée, je suis encore dedans",
        "хозяин всю ночь держит меня запертой в подвале и бьёт",
    ],
)
def test_a_whole_night_undated_is_still_now(text: str) -> None:
    assert analyze(text).urgency is Urgency.emergency


def test_a_file_office_code_after_the_last_slash_is_redacted() -> None:
    result = analyze("Our reference: 24/0871/TR, please call back about the referral")
    assert "TR" not in result.redacted
    assert "0871" not in result.redacted
