"""The sixteenth round's shortcuts give the answers of the plain forms they replaced (speed round
of issue 11): each is compared with the plain form on sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from triage import digit_runs, hours, pinyin, quotes, scare_quotes, shifts, wages
from triage.danger import durations, languages_read, years
from triage.folding import latin1
from triage.tokens import tokenize

SENTENCES = [
    "je travaille 3 semaines dans un salon, il me doit 2 000 $ depuis le 3 mars, 14h30 à 23h",
    "they pay me $800 a month, 5 dollars/hour, 12 hours a day since 2019 for 6 months",
    "me pagan 300 al mes y trabajo 15h por dia, hace 3 meses, 2026-12-24 x12 semanas",
    "salaire: 500 pesos par semaine, 100 dola pa mwa, 3 months ago, a3 weeks, 1,5 mois",
    "ma3ndich lflous, mjro7 f rasi, 5alas, l7did, 3 ans, 5pm, 7 jours",
    "he said \"the boss locked us in\" and she wrote 'no salgas de aquí' :\"ok then\" ('yes')",
    "«on m'a pris mon passeport» “help me now” ‘x’ l'homme n'est pas là",
    "سنة ٢٠١٩ كنت محبوسة، قبل ٣ شهور، ۲۰۱۸ और २०१७ में",
    "no number at all, nor any quote",
    "",
]
# `_QUOTE` as it was written before: the look-behind first, tried at every character.
_PLAIN_QUOTE = re.compile(
    r"[“„«「『]([^”“»」』\n]{6,300})[”“»」』]"
    r"|(?:^|(?<=[\s:(]))[\"']([^\"'\n]{6,300})[\"'](?=$|[\s.,;:!?)])"
)


# `scare_quotes._QUOTED` as it was written before: its last branch starts with a look-behind.
_PLAIN_QUOTED = re.compile(
    r"«\s?([^«»\n]{2,40}?)\s?»|“([^“”\n]{2,40})”|„([^“”\n]{2,40})[“”]|\"([^\"\n]{2,40})\""
    r"|‘([^‘’\n]{2,40})’|「([^」\n]{1,20})」|『([^』\n]{1,20})』|(?<!\w)'([^'\n]{2,40})'(?!\w)"
)


@pytest.mark.parametrize("text", [*SENTENCES, "l'agence 'emploi' et 'x', d'accord'", "_'ab'_ a'bc' 'bb'"])
def test_quoted_phrases_are_those_of_the_plain_pattern(text: str) -> None:
    found = [(m.span(), m.groups()) for m in scare_quotes._QUOTED.finditer(text)]
    assert found == [(m.span(), m.groups()) for m in _PLAIN_QUOTED.finditer(text)]


@pytest.mark.parametrize("text", SENTENCES)
def test_quotations_are_those_of_the_plain_pattern(text: str) -> None:
    found = [(m.span(), m.groups()) for m in quotes._QUOTE.finditer(text)]
    assert found == [(m.span(), m.groups()) for m in _PLAIN_QUOTE.finditer(text)]


@pytest.mark.parametrize("text", SENTENCES)
def test_counts_are_those_of_a_search_at_every_character(text: str) -> None:
    folded = tokenize(text).folded.text
    plain = [m.span() for m in durations._COUNT.finditer(folded)]
    assert [m.span() for m in durations._counts(folded)] == plain


def test_ascii_counts_start_only_at_one_or_two_digits_of_their_own() -> None:
    starts = [m.start() for m in durations._ASCII_COUNT_START.finditer("3 ans, 12 mois, 123 x, a3, 1.5")]
    assert starts == [0, 7, 27]  # not 123, nor a3; "1.5" may still start one


@pytest.mark.parametrize("text", SENTENCES)
def test_past_years_are_read_as_with_every_digit_translated(text: str) -> None:
    folded = tokenize(text).folded.text
    translated = folded.translate(years._DIGITS)
    plain = [f for f in years.past_years(translated)]
    assert years.past_years(folded) == plain


def test_years_in_arabic_and_devanagari_digits_are_still_read() -> None:
    found = years.past_years(tokenize(SENTENCES[7]).folded.text)
    assert len(found) == 4  # three years, and "قبل ٣ شهور" (three months ago)


@pytest.mark.parametrize("text", SENTENCES)
def test_arabizi_words_are_counted_as_by_every_word(text: str) -> None:
    tokens = tokenize(text)
    plain = sum(1 for w in tokens.unique if not w.isalpha() and languages_read._ARABIZI.match(w))
    assert languages_read._arabizi(tokens) == plain


def test_arabizi_words_are_found() -> None:
    assert languages_read._arabizi(tokenize(SENTENCES[4])) == 4  # ma3ndich mjro7 5alas l7did


@pytest.mark.parametrize("text", SENTENCES)
def test_low_pay_read_with_the_words_is_read_as_without(text: str) -> None:
    tokens = tokenize(text)
    assert wages.underpaid(tokens.folded.text, tokens.unique) == wages.underpaid(tokens.folded.text)


def test_low_pay_is_still_found_with_the_words() -> None:
    for text, said in (
        ("they pay me $800 a month", "$800 a month"),
        ("me pagan 300 al mes", "300 al mes"),
        ("100 dola pa mwa", "100 dola pa mwa"),
    ):
        tokens = tokenize(text)
        assert wages.underpaid(tokens.folded.text, tokens.unique) == said


def test_every_latin_currency_word_is_known_to_the_gate() -> None:
    latin = wages._CURRENCY.split(r"(?<!\w)(?:")[1].split(")(?!")[0].split("|")
    words = [w.rstrip("?") for w in latin if w.rstrip("?").isascii()]
    words += [w[:-1] for w in latin if w.endswith("s?")]
    assert words and set(words) <= wages.LATIN_CURRENCY_WORDS
    assert all(re.fullmatch(wages._CURRENCY, w) for w in wages.LATIN_CURRENCY_WORDS)


def test_the_pinyin_answer_is_that_of_the_words_asked_about() -> None:
    chinese = tokenize("wo bei suo zai fangjian li, laoban bu gei wo chifan le").words
    french = tokenize("je suis enfermée dans la chambre, le patron ne me donne pas à manger").words
    assert pinyin.plainly_pinyin(chinese) and pinyin.plainly_pinyin(chinese)
    assert not pinyin.plainly_pinyin(french)
    assert pinyin.plainly_pinyin(chinese)
    assert pinyin.plainly_pinyin(list(chinese))  # the same words in another list


DIGITS = [
    *SENTENCES,
    "6h à 22h, de 7:00 a 23:00, 8am to 9pm, 60 hours a week, 12 hours a day",
    "x12 2019a 1999. 2000 $ 12,5 3/4 ²3 _7 1.2.3 2026-12-24 00",
]


@pytest.mark.parametrize("text", DIGITS)
def test_digit_runs_are_where_a_search_for_digits_finds_them(text: str) -> None:
    folded = tokenize(text).folded.text
    runs = digit_runs.digit_runs(folded)
    plain = [m.span() for m in re.finditer(r"\d+", folded)]
    assert runs == (tuple(plain) if latin1(folded) is not None else None)


def test_digit_runs_are_none_beyond_latin1_and_remembered_per_text() -> None:
    assert digit_runs.digit_runs("سنة ٢٠١٩ 12") is None
    assert digit_runs.digit_runs("a 12 b 345") == ((2, 4), (7, 10))
    assert digit_runs.digit_runs("a 12 b 345") == ((2, 4), (7, 10))
    assert digit_runs.digit_runs("no digit") == ()


@pytest.mark.parametrize("text", DIGITS)
def test_readers_of_digit_runs_find_what_their_patterns_find(text: str) -> None:
    folded = tokenize(text).folded.text
    assert wages._number_starts(folded) == [m.start() for m in wages._NUMBER_START.finditer(folded)]
    assert [m.span() for m in years._years(folded)] == [m.span() for m in years._YEAR.finditer(folded)]
    runs = digit_runs.digit_runs(folded)
    for wide in (False, True):
        pattern = hours._patterns(wide)[0]
        plain = [m.span() for m in pattern.finditer(folded)]
        if runs is not None:
            at_runs = digit_runs.matches_at(pattern, folded, [start for start, _ in runs])
            assert [m.span() for m in at_runs] == plain
    starts = {m.start() for m in shifts._DIGIT_START.finditer(folded)}
    assert runs is None or {start for start, _ in runs} == starts


def test_an_ascii_text_is_looked_at_for_every_ascii_start_word_of_a_clock_time() -> None:
    ascii_words = {word for _, words in shifts._start_groups(True) for word in words}
    assert ascii_words == {word for word in shifts._start_words() if word.isascii()}
    assert len(ascii_words) < len(shifts._start_words())  # the others are in other scripts


@pytest.mark.parametrize("text", [*DIGITS, "de 6 de la manana a 11 de la noche", "半夜2点到早上9点"])
def test_clock_times_are_those_of_a_search_at_every_character(text: str) -> None:
    folded = tokenize(text).folded.text
    plain = [m.span() for m in shifts._pattern().finditer(folded)]
    assert [m.span() for m in shifts._clock_times(folded)] == plain
