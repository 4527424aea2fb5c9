"""The partner form of the console: its fields, and the checks that turn posted text into them.

Pure: no database. `directory.editing` loads a form from the directory and saves one into it.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime

from directory.clock import BadTime, format_time, parse_time
from directory.schedules import DAY_CODES, is_time_zone
from triage.codes import Need

REFERRAL_MODES = ("warm", "information")
NOTIFICATION_METHODS = ("sms", "email", "webhook", "portal")
NUL = "\x00"


@dataclass
class DayHours:
    opens: str = ""
    closes: str = ""


@dataclass
class PartnerForm:
    organization_name: str = ""
    service_name: str = ""
    description: str = ""
    needs: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    latitude: float | None = None
    longitude: float | None = None
    time_zone: str = "America/Toronto"
    confidential: bool = False
    city: str = ""
    always_open: bool = False
    hours: dict[str, DayHours] = field(default_factory=lambda: {day: DayHours() for day in DAY_CODES})
    referral_mode: str = "information"
    acknowledgement_minutes: int | None = None
    notification_method: str = "email"
    notice_language: str = ""  # the organisation's; empty: the hotline's default language
    minimum_age: int | None = None
    maximum_age: int | None = None
    accepts_minors: bool = False
    accepts_without_status: bool = False
    active: bool = True
    capacity_available: int | None = None
    capacity_maximum: int | None = None
    capacity_updated: datetime | None = None


class FormErrors(ValueError):
    def __init__(self, fields: list[str]) -> None:
        super().__init__(", ".join(fields))
        self.fields = fields


def _number(value: str, errors: list[str], name: str, *, low: float, high: float) -> float | None:
    if not value.strip():
        return None
    try:
        number = float(value.replace(",", "."))
    except ValueError:
        errors.append(name)
        return None
    if not low <= number <= high:
        errors.append(name)
        return None
    return number


def _whole(value: str, errors: list[str], name: str, *, high: int) -> int | None:
    number = _number(value, errors, name, low=0, high=high)
    if number is not None and not number.is_integer():
        errors.append(name)
        return None
    return None if number is None else int(number)


def whole_number(value: str, errors: list[str], name: str) -> int | None:
    return _whole(value, errors, name, high=100_000)


def _choices_refused(form: PartnerForm, notice_languages: Collection[str]) -> list[str]:
    """The fields whose value is not one of those offered (a notice language is empty, the
    hotline's default, or one of `notice_languages`)."""
    refused = [] if form.referral_mode in REFERRAL_MODES else ["referral_mode"]
    if form.notification_method not in NOTIFICATION_METHODS:
        refused.append("notification_method")
    if form.notice_language and form.notice_language not in notice_languages:
        refused.append("notice_language")
    return refused


def parse_form(
    values: dict[str, str], needs: list[str], languages: str, notice_languages: Collection[str] = ()
) -> PartnerForm:
    """Form fields to a PartnerForm; raises FormErrors naming every bad field."""
    # PostgreSQL text cannot hold NUL: refused here, not failed in the database.
    errors = [name for name, value in values.items() if NUL in value]
    form = PartnerForm(
        organization_name=values.get("organization_name", "").strip(),
        service_name=values.get("service_name", "").strip(),
        description=values.get("description", "").strip(),
        needs=[need for need in needs if need in Need.__members__],
        languages=sorted(
            {code.strip().lower() for code in languages.replace(";", ",").split(",") if code.strip()}
        ),
        time_zone=values.get("time_zone", "").strip() or "America/Toronto",
        confidential=values.get("confidential") == "on",
        city=values.get("city", "").strip(),
        always_open=values.get("always_open") == "on",
        referral_mode=values.get("referral_mode", "information"),
        notification_method=values.get("notification_method", "email"),
        notice_language=values.get("notice_language", "").strip().lower(),
        accepts_minors=values.get("accepts_minors") == "on",
        accepts_without_status=values.get("accepts_without_status") == "on",
    )
    for name in ("organization_name", "service_name"):
        if not getattr(form, name):
            errors.append(name)
    if not form.needs:
        errors.append("needs")
    if not is_time_zone(form.time_zone):
        errors.append("time_zone")
    errors.extend(_choices_refused(form, notice_languages))
    form.latitude = _number(values.get("latitude", ""), errors, "latitude", low=-90, high=90)
    form.longitude = _number(values.get("longitude", ""), errors, "longitude", low=-180, high=180)
    form.acknowledgement_minutes = _whole(
        values.get("acknowledgement_minutes", ""), errors, "acknowledgement_minutes", high=10_080
    )
    form.minimum_age = _whole(values.get("minimum_age", ""), errors, "minimum_age", high=130)
    form.maximum_age = _whole(values.get("maximum_age", ""), errors, "maximum_age", high=130)
    form.capacity_available = _whole(
        values.get("capacity_available", ""), errors, "capacity_available", high=100_000
    )
    form.capacity_maximum = _whole(
        values.get("capacity_maximum", ""), errors, "capacity_maximum", high=100_000
    )
    for day in DAY_CODES:
        opens, closes = values.get(f"opens_{day}", "").strip(), values.get(f"closes_{day}", "").strip()
        if bool(opens) != bool(closes):
            errors.append(f"hours_{day}")
            continue
        try:
            form.hours[day] = DayHours(
                format_time(parse_time(opens)) if opens else "",
                format_time(parse_time(closes)) if closes else "",
            )
        except BadTime:
            errors.append(f"hours_{day}")
    if errors:
        raise FormErrors(errors)
    return form
