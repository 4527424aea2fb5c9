"""Every TwiML document the voice line answers with, built with twilio's `VoiceResponse`.

The spoken words come from the core (`Words`: a prompt in a language), each `<Say>` in the
language's own voice. No document records, transcribes or takes a voicemail: no
`<Record>`, no `<Transcribe>`, no `record` attribute (tests/channels/test_twilio_voice_twiml.py
walks them all).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from twilio.twiml.voice_response import Dial, Gather, VoiceResponse

from app.domain import Prompt
from channels.twilio.voice import paths
from channels.twilio.voice.menus import Menu
from channels.twilio.voice.voices import voice_for

Words = Callable[[Prompt, str, dict[str, str]], str]
QUEUE_NAME = "hotline"
MENU_SECONDS = 6
DANGER_SECONDS = 4
HOLD_PAUSE_SECONDS = 20
PARTNER_RING_SECONDS = 30
OFFER_SECONDS = 6
TEXT_KEY = "1"  # the only key that sends the text follow-up


@dataclass(frozen=True, slots=True)
class Line:
    """What every document needs: the public URL Twilio calls back, and the words."""

    public_url: str
    words: Words
    default_language: str

    def url(self, path: str, **query: str) -> str:
        base = self.public_url.rstrip("/") + path
        return f"{base}?{urlencode(query)}" if query else base

    def say(self, node: VoiceResponse | Gather, prompt: Prompt, language: str, **values: str) -> None:
        voice = voice_for(language)
        node.say(self.words(prompt, language, values), language=voice.language, voice=voice.voice)


def conference_name(call_sid: str) -> str:
    return f"hotline-{call_sid}"


def greeting(line: Line, menu: Menu) -> str:
    """The first answer: greeting with the emergency number, then the language menu (by key
    or by voice, each option in its own language) and the danger key."""
    response = VoiceResponse()
    default = line.default_language
    line.say(response, Prompt.greeting, default)
    gather = response.gather(
        input="dtmf speech",
        num_digits=1,
        timeout=MENU_SECONDS,
        speech_timeout="auto",
        action=line.url(paths.LANGUAGE),
        method="POST",
        language=voice_for(default).language,
        hints=menu.hints(),
        action_on_empty_result=True,
    )
    if len(menu.languages) > 1:
        for key, language in menu.options():
            line.say(gather, Prompt.language_option, language, key=key)
    line.say(gather, Prompt.danger_option, default, key=menu.danger_key)
    response.redirect(line.url(paths.LANGUAGE), method="POST")
    return str(response)


def danger_offer(line: Line, menu: Menu, language: str) -> str:
    """After the language: the danger key once more, in the caller's language."""
    response = VoiceResponse()
    action = line.url(paths.QUEUE, lang=language)
    gather = response.gather(
        input="dtmf",
        num_digits=1,
        timeout=DANGER_SECONDS,
        action=action,
        method="POST",
        action_on_empty_result=True,
    )
    line.say(gather, Prompt.danger_option, language, key=menu.danger_key)
    response.redirect(action, method="POST")
    return str(response)


def enqueue(line: Line, language: str, *, danger: bool) -> str:
    """Into the queue, with hold messages in the caller's language."""
    response = VoiceResponse()
    if danger:
        line.say(response, Prompt.danger_noted, language)
    line.say(response, Prompt.hold, language)
    response.enqueue(
        QUEUE_NAME,
        action=line.url(paths.QUEUE_ENDED, lang=language),
        method="POST",
        wait_url=line.url(paths.WAIT, lang=language),
        wait_url_method="POST",
    )
    return str(response)


def hold(line: Line, language: str, *, position: int | None) -> str:
    """The wait loop (Twilio repeats it): the caller's place in line, then a pause."""
    response = VoiceResponse()
    if position is not None and position > 0:
        line.say(response, Prompt.position, language, position=str(position))
    else:
        line.say(response, Prompt.still_waiting, language)
    response.pause(length=HOLD_PAUSE_SECONDS)
    line.say(response, Prompt.still_waiting, language)
    response.pause(length=HOLD_PAUSE_SECONDS)
    return str(response)


def leave() -> str:
    """Out of the queue (nobody answered in time): Enqueue's action decides what follows."""
    response = VoiceResponse()
    response.leave()
    return str(response)


def overflow(line: Line, language: str, number: str) -> str:
    """To a partner's line; if it does not answer, safety information."""
    response = VoiceResponse()
    line.say(response, Prompt.overflow, language)
    response.dial(number, timeout=PARTNER_RING_SECONDS)
    line.say(response, Prompt.safety_information, language)
    response.hangup()
    return str(response)


def safety_information(line: Line, language: str, *, offer_text: bool = False) -> str:
    """Nobody can answer: the emergency number first; then, when `offer_text`, a text message
    with the numbers, sent only if the caller presses `TEXT_KEY` (another key or silence:
    nothing is sent, `/follow-up` records the choice either way)."""
    response = VoiceResponse()
    line.say(response, Prompt.safety_information, language)
    if not offer_text:
        response.hangup()
        return str(response)
    action = line.url(paths.FOLLOW_UP, lang=language)
    gather = response.gather(
        input="dtmf",
        num_digits=1,
        timeout=OFFER_SECONDS,
        action=action,
        method="POST",
        action_on_empty_result=True,
    )
    line.say(gather, Prompt.text_offer, language, key=TEXT_KEY)
    response.redirect(action, method="POST")
    return str(response)


def text_sent(line: Line, language: str) -> str:
    response = VoiceResponse()
    line.say(response, Prompt.text_sent, language)
    response.hangup()
    return str(response)


def goodbye(line: Line, language: str) -> str:
    response = VoiceResponse()
    line.say(response, Prompt.goodbye, language)
    response.hangup()
    return str(response)


def empty() -> str:
    return str(VoiceResponse())


def _conference(response: VoiceResponse, call_sid: str, *, ends_it: bool) -> None:
    dial = Dial()
    dial.conference(
        conference_name(call_sid),
        beep=False,
        start_conference_on_enter=True,
        end_conference_on_exit=ends_it,
        wait_url="",
    )
    response.append(dial)


def operator_bridge(line: Line, call_sid: str) -> str:
    """The operator's own phone answered: a word, then into the call's conference."""
    response = VoiceResponse()
    line.say(response, Prompt.connecting, line.default_language)
    _conference(response, call_sid, ends_it=True)
    return str(response)


def caller_bridge(call_sid: str) -> str:
    """The caller, taken out of the queue, joins the operator; the call ends when they leave."""
    response = VoiceResponse()
    _conference(response, call_sid, ends_it=True)
    return str(response)
