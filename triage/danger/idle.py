"""A test or a bare greeting: a message that says nothing yet (TRIAGE.md: tests are `low`).

"prueba", "tès tès", "testing 123", "проверка связи", "测试一下", "allo?", "hello": a short
message with a word of testing, or made of greetings alone. Words of help ("aidez-moi",
"help me please") are not among them: a polite request for help is `standard`. The lists
hold words of many languages, the three or so the lexicons do not read among them, since
the word "test" and a greeting are the same whatever the lexicon (Issue 11, sixth round).
"""

from __future__ import annotations

import re
from functools import lru_cache

from triage.folding import fold_word
from triage.tokens import Tokens

# A message of at most this many words (numbers aside) with a word of testing is a test.
TEST_MAX_WORDS = 6
# A longer message with a word of testing ("ye test hai, message pahuncha ya nahi?") is a
# test too for the needs: it asks for nothing (the level keeps `TEST_MAX_WORDS`).
TESTING_WORDS = 12
# A message made of one Latin word of at most this many letters ("a", "aa", "k") is a test.
LETTERS_ALONE = 2
# A message of at most this many words, all greetings, says nothing yet.
GREETING_MAX_WORDS = 3

_TEST_WORDS = (
    "test",
    "tests",
    "testing",
    "teste",
    "testes",
    "testando",
    "testar",
    "tester",
    "testeo",
    "prueba",
    "pruebas",
    "probando",
    "essai",
    "essais",
    "tès",
    "tes",
    "проверка",
    "тест",
    "тестирую",
    "перевірка",
    "тестую",
    "thử",
    "thu",
    "nghiệm",
    "nghiem",
    "परीक्षण",
    "टेस्ट",
    "jaanch",
    "اختبار",
    "تجربة",
    "تجربه",
    "تست",
    "آزمایش",
    "proba",
    "probă",
    "încercare",
    "subok",
    "pagsubok",
    "deneme",
    "prova",
    "probe",
    "próba",
    "테스트",
    "시험",
    "msg",
    "mesaj",
)
# A test of something ("pregnancy test", "prueba de VIH") is a need, not a test message.
_TESTED = (
    "pregnancy",
    "pregnant",
    "grossesse",
    "embarazo",
    "gravidez",
    "sti",
    "std",
    "hiv",
    "vih",
    "covid",
    "blood",
    "sang",
    "sangre",
    "sangue",
    "dna",
    "adn",
    "drug",
    "drogue",
    "droga",
    "english",
    "anglais",
    "french",
    "francais",
    "ingles",
    "language",
    "langue",
    "exam",
    "examen",
)
_TEST_MARKS = ("测试", "測試", "试一下", "試一下", "テスト")
_GREETINGS = (
    "hi",
    "hello",
    "helo",
    "hey",
    "allo",
    "allô",
    "alo",
    "aló",
    "alô",
    "bonjour",
    "bonsoir",
    "salut",
    "hola",
    "buenas",
    "buenos",
    "dias",
    "días",
    "ola",
    "olá",
    "oi",
    "bonjou",
    "bonswa",
    "kumusta",
    "po",
    "salam",
    "مرحبا",
    "السلام",
    "عليكم",
    "سلام",
    "привет",
    "здравствуйте",
    "алло",
    "вітаю",
    "привіт",
    "добрий",
    "день",
    "नमस्ते",
    "namaste",
    "xin",
    "chào",
    "chao",
    "你好",
    "您好",
    "喂",
    "bună",
    "buna",
    "ziua",
    "ciao",
    "hallo",
    "merhaba",
    "cześć",
    "dzień",
    "dobry",
    "안녕하세요",
    "여보세요",
    "ok",
    "okay",
    "anyone",
    "there",
    "is",
    "yes",
    "oui",
    "si",
    "sí",
)


@lru_cache(maxsize=4)
def _folded(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold_word(w) for w in words)


def idle(tokens: Tokens, test_words: int = TEST_MAX_WORDS) -> bool:
    """A test message or a bare greeting: nothing in it to read yet."""
    words = tokens.words
    if len(words) - sum(map(str.isdecimal, words)) > max(test_words, GREETING_MAX_WORDS, OPENER_MAX_WORDS):
        return False  # too many words with a letter for either (counted without a list)
    lettered = [w for w in words if not w.isdecimal()]
    if not lettered:
        return False
    if len(lettered) == 1 and len(lettered[0]) <= LETTERS_ALONE and lettered[0].isascii():
        return True  # "a", "aa", "k": a key pressed to see whether the line works (ninth round)
    text = tokens.folded.text
    tests = _folded(_TEST_WORDS)
    if not _folded(_TESTED).isdisjoint(lettered):
        return False
    if len(lettered) <= test_words and (
        any(w in tests for w in lettered) or any(mark in text for mark in _TEST_MARKS)
    ):
        return True
    if len(lettered) <= GREETING_MAX_WORDS and all(_mashed(w) for w in lettered):
        return True
    greetings = _folded(_GREETINGS)
    if len(lettered) <= GREETING_MAX_WORDS and all(w in greetings for w in lettered):
        return True
    return len(lettered) <= OPENER_MAX_WORDS and _only_opener(text, greetings)


# A message of at most this many words made of greetings and one opener is no report yet.
OPENER_MAX_WORDS = 9
# Openers: checking that someone is there or that the line works, announcing a question (Issue
# 11, twelfth round: "hi is anyone there", "buenas, una pregunta", "hello po, may tanong lang po
# sana ako", "allo? ça marche?" are `low`). Nothing is told yet; a word of help is no opener
# ("giúp mình với", "aidez-moi" stay `standard`), and neither is asking to talk to someone ("je
# voudrais parler à quelqu'un": a person reaching for a human, `standard`).
_OPENERS = (
    "is anyone there",
    "anyone there",
    "anybody there",
    "is someone there",
    "are you there",
    "does this work",
    "is this working",
    "i have a question",
    "quick question",
    "a question",
    "il y a quelqu un",
    "y a quelqu un",
    "ca marche",
    "ca fonctionne",
    "vous etes la",
    "j ai une question",
    "une question",
    "hay alguien",
    "alguien ahi",
    "una pregunta",
    "tengo una pregunta",
    "funciona",
    "tem alguem ai",
    "alguem ai",
    "uma pergunta",
    "tenho uma pergunta",
    "may tao po ba",
    "may tao ba",
    "may tanong",
    "pwede magtanong",
    "pwede po magtanong",
    "co ai khong",
    "co ai o do khong",
    "cho minh hoi",
    "cho em hoi",
    "cho toi hoi",
    "есть кто",
    "есть кто нибудь",
    "можно вопрос",
    "у меня вопрос",
    "є хтось",
    "можна питання",
    "у мене питання",
    "ist da jemand",
    "ich habe eine frage",
    "eine frage",
    "funktioniert das",
    "c e qualcuno",
    "ho una domanda",
    "una domanda",
    "funziona",
    "في حد",
    "فيه حد",
    "عندي سؤال",
    "سؤال",
    "有人吗",
    "有人在吗",
    "我想问一下",
    "想问一下",
    "请问",
    "koi hai",
    "कोई है",
    "ek sawal",
    "एक सवाल",
    "gen moun la",
    "gen yon moun la",
    "mwen gen yon kesyon",
    "yon kesyon",
    "czy ktos tu jest",
    "mam pytanie",
    "e cineva acolo",
    "am o intrebare",
    "biri var mi",
    "bir sorum var",
)
# Words of politeness and address that may come with an opener ("po", "sana", "lang", "please").
_POLITE = (
    "please",
    "pls",
    "plz",
    "good",
    "afternoon",
    "evening",
    "morning",
    "tardes",
    "noches",
    "sana",
    "lang",
    "por",
    "favor",
    "ạ",
    "a",
    "oh",
    "um",
    "so",
    "just",
    "only",
    "sorry",
    "excuse",
    "me",
    "merci",
    "gracias",
    "obrigado",
    "obrigada",
    "bitte",
    "per",
    "favore",
    "poo",
    "ako",
)


@lru_cache(maxsize=1)
def _opener_pattern() -> re.Pattern[str]:
    folded = sorted({fold_word(w) if " " not in w else " ".join(map(fold_word, w.split())) for w in _OPENERS})
    return re.compile("|".join(re.escape(w) for w in sorted(folded, key=len, reverse=True)))


def _only_opener(text: str, greetings: frozenset[str]) -> bool:
    """The folded `text` holds an opener, and besides it only greetings and words of politeness."""
    rest, openers = _opener_pattern().subn(" ", text)
    polite = greetings | _folded(_POLITE)
    return openers > 0 and all(w in polite for w in re.findall(r"\w+", rest))


# Keys hit at random ("lkjsdf", "asdkjh kkk"): four Latin consonants in a row, or one letter
# alone (a repeated letter folds to one). Words of the lexicon languages with four consonants
# in a row ("strengths", Polish "szczęście") are rare as a whole message (Issue 11, ninth round).
_MASH = re.compile(r"[bcdfghjklmnpqrstvwxz]{4}")


def _mashed(word: str) -> bool:
    return word.isascii() and word.isalpha() and (len(word) == 1 or _MASH.search(word) is not None)
