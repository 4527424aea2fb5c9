"""Every TwiML document of the voice line, built without a database or a server: each parsed
as XML, checked step by step, and none records, transcribes or takes a voicemail."""

from __future__ import annotations

import inspect
from collections.abc import Callable

from app.domain import Prompt
from channels.twilio.voice import paths, twiml
from channels.twilio.voice.menus import Menu
from tests.channels.voice_twiml import assert_no_recording, parse, says

PUBLIC = "https://hotline.example.org"
CALL = "CA" + "1" * 32


def words(prompt: Prompt, language: str, values: dict[str, str]) -> str:
    shown = ",".join(f"{key}={value}" for key, value in sorted(values.items()))
    return f"{prompt.value}[{language}]{shown}"


LINE = twiml.Line(public_url=PUBLIC, words=words, default_language="fr")
MENU = Menu.of(["fr", "en", "es"], "9")

EVERY_DOCUMENT: dict[str, Callable[[], str]] = {
    "greeting": lambda: twiml.greeting(LINE, MENU),
    "danger_offer": lambda: twiml.danger_offer(LINE, MENU, "es"),
    "enqueue": lambda: twiml.enqueue(LINE, "en", danger=True),
    "hold": lambda: twiml.hold(LINE, "es", position=3),
    "goodbye": lambda: twiml.goodbye(LINE, "fr"),
    "leave": twiml.leave,
    "overflow": lambda: twiml.overflow(LINE, "es", "+15145550301"),
    "safety_information": lambda: twiml.safety_information(LINE, "en", offer_text=True),
    "text_sent": lambda: twiml.text_sent(LINE, "es"),
    "empty": twiml.empty,
    "operator_bridge": lambda: twiml.operator_bridge(LINE, CALL),
    "caller_bridge": lambda: twiml.caller_bridge(CALL),
}


class TestNoRecording:
    def test_every_document_builder_is_walked(self) -> None:
        builders = {
            name
            for name, function in inspect.getmembers(twiml, inspect.isfunction)
            if function.__module__ == twiml.__name__ and not name.startswith("_")
        } - {"conference_name"}
        assert builders == set(EVERY_DOCUMENT)

    def test_no_document_records_transcribes_or_takes_a_voicemail(self) -> None:
        for name, build in EVERY_DOCUMENT.items():
            document = build()
            assert_no_recording(document)
            assert "<Response" in document, name

    def test_the_check_finds_a_recording(self) -> None:
        for document in (
            '<Response><Record maxLength="30"/></Response>',
            '<Response><Dial record="record-from-answer"><Number>+1</Number></Dial></Response>',
            "<Response><Start><Transcription/></Start><Transcribe/></Response>",
        ):
            try:
                assert_no_recording(document)
            except AssertionError:
                continue
            raise AssertionError(f"not caught: {document}")


class TestGreeting:
    def test_emergency_number_first_then_menu_by_key_and_speech(self) -> None:
        root = parse(twiml.greeting(LINE, MENU))
        first = root[0]
        assert first.tag == "Say" and first.text == "greeting[fr]" and first.get("language") == "fr-CA"
        gather = root.find("Gather")
        assert gather is not None
        assert gather.get("input") == "dtmf speech" and gather.get("numDigits") == "1"
        assert gather.get("action") == PUBLIC + paths.LANGUAGE
        assert gather.get("hints") == "français, english, español"
        assert says(gather) == [
            ("fr-CA", "language_option[fr]key=1"),
            ("en-US", "language_option[en]key=2"),
            ("es-US", "language_option[es]key=3"),
            ("fr-CA", "danger_option[fr]key=9"),
        ]
        redirect = root.find("Redirect")
        assert redirect is not None and redirect.text == PUBLIC + paths.LANGUAGE

    def test_one_language_has_no_language_menu(self) -> None:
        root = parse(twiml.greeting(LINE, Menu.of(["fr"], "9")))
        gather = root.find("Gather")
        assert gather is not None and says(gather) == [("fr-CA", "danger_option[fr]key=9")]


class TestQueue:
    def test_danger_offer_in_the_callers_language(self) -> None:
        root = parse(twiml.danger_offer(LINE, MENU, "es"))
        gather = root.find("Gather")
        assert gather is not None and gather.get("action") == PUBLIC + paths.QUEUE + "?lang=es"
        assert says(gather) == [("es-US", "danger_option[es]key=9")]

    def test_enqueue_with_hold_messages_in_the_callers_language(self) -> None:
        root = parse(twiml.enqueue(LINE, "en", danger=True))
        assert says(root) == [("en-US", "danger_noted[en]"), ("en-US", "hold[en]")]
        enqueue = root.find("Enqueue")
        assert enqueue is not None and enqueue.text == twiml.QUEUE_NAME
        assert enqueue.get("waitUrl") == PUBLIC + paths.WAIT + "?lang=en"
        assert enqueue.get("action") == PUBLIC + paths.QUEUE_ENDED + "?lang=en"
        assert says(parse(twiml.enqueue(LINE, "en", danger=False))) == [("en-US", "hold[en]")]

    def test_hold_gives_the_place_in_line(self) -> None:
        root = parse(twiml.hold(LINE, "es", position=3))
        assert says(root)[0] == ("es-US", "position[es]position=3")
        assert [child.tag for child in root] == ["Say", "Pause", "Say", "Pause"]
        assert says(parse(twiml.hold(LINE, "es", position=None)))[0] == ("es-US", "still_waiting[es]")


class TestNobodyCanAnswer:
    def test_emergency_number_first_then_a_text_only_on_key_1(self) -> None:
        root = parse(twiml.safety_information(LINE, "es", offer_text=True))
        assert [child.tag for child in root] == ["Say", "Gather", "Redirect"]
        assert says(root)[0] == ("es-US", "safety_information[es]")
        gather = root.find("Gather")
        assert gather is not None and gather.get("numDigits") == "1" and gather.get("input") == "dtmf"
        assert gather.get("action") == PUBLIC + paths.FOLLOW_UP + "?lang=es"
        assert gather.get("actionOnEmptyResult") == "true"  # silence is an answer: nothing sent
        assert says(gather) == [("es-US", "text_offer[es]key=1")]

    def test_without_an_offer_the_line_hangs_up(self) -> None:
        root = parse(twiml.safety_information(LINE, "en"))
        assert [child.tag for child in root] == ["Say", "Hangup"]
        assert [child.tag for child in parse(twiml.text_sent(LINE, "es"))] == ["Say", "Hangup"]


class TestBridge:
    def test_operator_and_caller_meet_in_the_calls_conference(self) -> None:
        for document in (twiml.operator_bridge(LINE, CALL), twiml.caller_bridge(CALL)):
            conference = parse(document).find("Dial/Conference")
            assert conference is not None and conference.text == f"hotline-{CALL}"
            assert conference.get("endConferenceOnExit") == "true"
            assert conference.get("beep") == "false"


class TestMenu:
    def test_keys_and_spoken_names(self) -> None:
        assert MENU.choose(digits="2", speech="") == ("en", False)
        assert MENU.choose(digits="9", speech="") == (None, True)
        assert MENU.choose(digits="7", speech="") == (None, False)
        assert MENU.choose(digits="", speech="Español, por favor") == ("es", False)
        assert MENU.choose(digits="", speech="en FRANCAIS") == ("fr", False)
        assert MENU.choose(digits="", speech="I am in danger") == (None, True)
        assert MENU.choose(digits="", speech="") == (None, False)

    def test_at_most_eight_languages_get_a_key(self) -> None:
        many = Menu.of(["fr", "en", "es", "pt", "ar", "ht", "ru", "uk", "zh"], "9")
        assert [key for key, _ in many.options()] == [str(n) for n in range(1, 9)]
