"""The messages the hotline sends on its own: first-contact safety message, deletion receipt.

Texts live in `app/texts/<lang>.json` (fr, en, es); a file with the same name in
`HOTLINE_SAFETY_MESSAGES_DIR` replaces the built-in one, so a hotline words them itself.
Placeholders: `$emergency_number`, `$channel_note`, `$delete_keyword`, `$stop_keyword`.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from string import Template

from app.domain import ChannelKind
from app.settings import Settings

BUILT_IN = Path(__file__).resolve().parents[1] / "texts"
REQUIRED = ("safety", "channel_note", "language_prompt", "deleted", "delete_keyword", "stop_keyword")


class TextsInvalid(ValueError):
    """A texts file is missing a field."""


@lru_cache(maxsize=32)
def _read(path: Path) -> dict[str, object]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or any(name not in data for name in REQUIRED):
        raise TextsInvalid(f"{path.name} must hold the fields {', '.join(REQUIRED)}")
    return data


def _path(settings: Settings, language: str) -> Path | None:
    for folder in (settings.safety_messages_dir, BUILT_IN):
        if folder is not None and (folder / f"{language}.json").is_file():
            return folder / f"{language}.json"
    return None


def available(settings: Settings) -> set[str]:
    folders = [f for f in (settings.safety_messages_dir, BUILT_IN) if f is not None and f.is_dir()]
    return {path.stem for folder in folders for path in folder.glob("*.json")}


def choose_language(settings: Settings, *candidates: str | None) -> str:
    """The first candidate with texts, else the hotline's default language."""
    have = available(settings)
    for candidate in candidates:
        code = (candidate or "")[:2].lower()
        if code in have:
            return code
    return settings.default_language if settings.default_language in have else "fr"


def _texts(settings: Settings, language: str) -> dict[str, object]:
    path = _path(settings, language) or _path(settings, choose_language(settings))
    assert path is not None
    return _read(path)


def safety_message(settings: Settings, *, language: str, channel: ChannelKind) -> str:
    texts = _texts(settings, language)
    notes = texts["channel_note"]
    note = notes.get(channel.value, "") if isinstance(notes, dict) else ""
    text = Template(str(texts["safety"])).safe_substitute(
        emergency_number=settings.emergency_number, channel_note=note,
        delete_keyword=texts["delete_keyword"], stop_keyword=texts["stop_keyword"],
    )
    if channel is ChannelKind.telegram:
        text += "\n\n" + str(texts["language_prompt"])
    return " ".join(text.split(" "))


def deletion_receipt(settings: Settings, *, language: str) -> str:
    return str(_texts(settings, language)["deleted"])
