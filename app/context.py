"""What one app process holds for its lifetime, built in `create_app`'s lifespan."""

from __future__ import annotations

from dataclasses import dataclass

from app.auth import SessionSigner
from app.db import Database
from app.event_hub import EventHub
from app.intake import IntakeKeys
from app.settings import Settings


@dataclass
class AppContext:
    settings: Settings
    database: Database
    hub: EventHub
    signer: SessionSigner
    keys: IntakeKeys
