"""The address an in-process test client uses: https when the hotline's public URL is https, whose
cookies are then `Secure` (and `__Host-`) and come back only over https."""

from __future__ import annotations

from app.settings import Settings


def base_url_of(settings: Settings) -> str:
    return "https://testserver" if settings.secure_cookies else "http://testserver"
