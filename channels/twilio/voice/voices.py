"""The `<Say>` language and voice for each hotline language (Amazon Polly or Google voices
Twilio offers; a language without its own voice is read by the closest one)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Voice:
    language: str  # Twilio's `language` attribute (also the speech recognition language)
    voice: str | None


VOICES: dict[str, Voice] = {
    "fr": Voice("fr-CA", "Polly.Chantal"),
    "en": Voice("en-US", "Polly.Joanna"),
    "es": Voice("es-US", "Polly.Lupe"),
    "pt": Voice("pt-BR", "Polly.Camila"),
    "ro": Voice("ro-RO", "Polly.Carmen"),
    "ru": Voice("ru-RU", "Polly.Tatyana"),
    "ar": Voice("arb", "Polly.Zeina"),
    "hi": Voice("hi-IN", "Polly.Aditi"),
    "zh": Voice("cmn-CN", "Polly.Zhiyu"),
    "vi": Voice("vi-VN", "Google.vi-VN-Standard-A"),
    "uk": Voice("uk-UA", "Google.uk-UA-Standard-A"),
    "tl": Voice("fil-PH", "Google.fil-PH-Standard-A"),
    "ht": Voice("fr-CA", "Polly.Chantal"),
}


def voice_for(language: str) -> Voice:
    return VOICES.get(language, VOICES["en"])
