"""The language menu: which key or spoken word means which language, or danger."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# Words a caller may say for a language: its own name, then its name in other languages.
SPOKEN_NAMES: dict[str, tuple[str, ...]] = {
    "fr": ("français", "french", "francés"),
    "en": ("english", "anglais", "inglés"),
    "es": ("español", "spanish", "espagnol", "castellano"),
    "pt": ("português", "portuguese", "portugais", "portugués"),
    "ar": ("العربية", "arabic", "arabe"),
    "ht": ("kreyòl", "creole", "créole", "criollo", "haitian"),
    "ru": ("русский", "russian", "russe", "ruso"),
    "uk": ("українська", "ukrainian", "ukrainien", "ucraniano"),
    "zh": ("中文", "普通话", "chinese", "chinois", "chino", "mandarin"),
    "vi": ("tiếng việt", "vietnamese", "vietnamien", "vietnamita"),
    "tl": ("tagalog", "filipino"),
    "hi": ("हिन्दी", "hindi"),
    "ro": ("română", "romanian", "roumain", "rumano"),
}
DANGER_WORDS = ("danger", "peligro", "emergency", "urgence", "emergencia", "perigo")
MAX_LANGUAGES = 8  # keys 1 to 8; the danger key is apart


def fold(text: str) -> str:
    """Lower case without accents, for comparing what speech recognition heard."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True, slots=True)
class Menu:
    languages: tuple[str, ...]
    danger_key: str

    @classmethod
    def of(cls, languages: list[str], danger_key: str) -> Menu:
        return cls(tuple(languages[:MAX_LANGUAGES]), danger_key)

    def options(self) -> list[tuple[str, str]]:
        """(key, language) pairs in menu order."""
        return [(str(index), code) for index, code in enumerate(self.languages, start=1)]

    def hints(self) -> str:
        """Speech hints for the recogniser: the names of the offered languages."""
        return ", ".join(SPOKEN_NAMES.get(code, (code,))[0] for code in self.languages)

    def choose(self, *, digits: str, speech: str) -> tuple[str | None, bool]:
        """(language or None, danger) from a keypad digit or what the caller said."""
        if digits:
            if digits == self.danger_key:
                return None, True
            keys = dict(self.options())
            return keys.get(digits[:1]), False
        heard = fold(speech)
        if not heard:
            return None, False
        if any(fold(word) in heard for word in DANGER_WORDS):
            return None, True
        for code in self.languages:
            if any(fold(name) in heard for name in SPOKEN_NAMES.get(code, (code,))):
                return code, False
        return None, False
