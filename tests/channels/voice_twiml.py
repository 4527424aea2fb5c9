"""Reading the voice line's TwiML in tests: parsed as XML, and checked for what it must
never hold (a recording, a transcription, a voicemail)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

FORBIDDEN_VERBS = {"Record", "Transcribe", "Recording"}


def parse(document: str) -> ET.Element:
    """The `<Response>` element, after checking nothing in it records or transcribes."""
    root = ET.fromstring(document)
    assert root.tag == "Response"
    assert_no_recording(document)
    return root


def assert_no_recording(document: str) -> None:
    root = ET.fromstring(document)
    for element in root.iter():
        assert element.tag not in FORBIDDEN_VERBS, element.tag
        assert not any(name.lower().startswith(("record", "transcri")) for name in element.attrib), (
            element.tag,
            element.attrib,
        )
    assert "<Record" not in document and "record=" not in document.lower()
    assert "<Transcribe" not in document


def says(element: ET.Element) -> list[tuple[str, str]]:
    """(language, text) of every `<Say>` under `element`, in order."""
    return [(say.get("language", ""), say.text or "") for say in element.iter("Say")]
