"""The vendored Twilio Voice SDK is the file its README names (version and sha256), and the
console loads it from this server, never from a CDN."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SDK = ROOT / "web" / "static" / "vendor" / "twilio-voice-sdk"


def test_sdk_matches_its_recorded_checksum() -> None:
    readme = (SDK / "README.md").read_text(encoding="utf-8")
    recorded = re.search(r"sha256 of twilio.min.js: `([0-9a-f]{64})`", readme)
    assert recorded is not None
    assert hashlib.sha256((SDK / "twilio.min.js").read_bytes()).hexdigest() == recorded.group(1)
    assert "Apache" in (SDK / "LICENSE.md").read_text(encoding="utf-8")


def test_no_template_loads_a_script_from_another_origin() -> None:
    for template in (ROOT / "web" / "templates").rglob("*.html"):
        text = template.read_text(encoding="utf-8")
        assert not re.search(r"<script[^>]+src=\"(https?:)?//", text), template
