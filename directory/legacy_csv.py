"""HSDS 1.x CSV: the Ohana API flavour of 1.0 and the 1.1 data package, upgraded to HSDS 3 rows.

Upgrade rules (see directory/profile.md): weekday -> schedule.freq WEEKLY + byday; holiday schedules
-> schedules with valid_from/valid_to and the `closed` profile field (year 0001 = every year);
physical/postal addresses -> address.address_type; inline languages, service areas and taxonomy ids
-> language, service_area and attribute rows; Ohana integer ids -> stable UUIDs (uuid5), the old id kept
in the row's extra fields as `legacy_id`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from directory.clock import BadTime, format_time, parse_date, parse_time
from directory.dataset import Dataset, Record
from directory.fields import NEEDS_TAXONOMY_ID
from directory.tabular import read_csv

_NAMESPACE = uuid.UUID("6f3c3f52-5d1c-4c38-9a55-0d3b8a1c2e11")
_WEEKDAYS = {"monday": "MO", "tuesday": "TU", "wednesday": "WE", "thursday": "TH", "friday": "FR",
             "saturday": "SA", "sunday": "SU"}
_ISO_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # HSDS 1.1 weekday 1..7, 1 = Monday
OPEN_ELIGIBILITY = "open-eligibility"


def is_legacy(directory: Path) -> bool:
    names = {path.name for path in directory.glob("*.csv")}
    return bool({"regular_schedules.csv", "holiday_schedules.csv", "physical_addresses.csv",
                 "mail_addresses.csv", "services_at_location.csv"} & names)


class _Reader:
    def __init__(self, directory: Path, ohana: bool) -> None:
        self.directory = directory
        self.ohana = ohana
        self.dataset = Dataset()

    def ident(self, table: str, value: str | None) -> str | None:
        if value is None or value.strip() == "":
            return None
        if not self.ohana:
            return value.strip()
        return str(uuid.uuid5(_NAMESPACE, f"hsds1:{table}:{value.strip()}"))

    def rows(self, file: str) -> list[tuple[str, dict[str, str]]]:
        path = self.directory / file
        if not path.exists():
            return []
        return [(f"{file}:{line}", record) for line, record in read_csv(path)]

    def add(self, table: str, source: str, data: Record, legacy_id: str | None) -> None:
        if self.ohana and legacy_id:
            data["legacy_id"] = legacy_id
        self.dataset.add(table, {key: value for key, value in data.items() if value not in (None, "")},
                         source)

    def each(self, file: str, table: str, build: Callable[[str, dict[str, str]], Record | None]) -> None:
        for source, record in self.rows(file):
            try:
                data = build(source, record)
            except (BadTime, ValueError) as exc:
                self.dataset.reject(source, table, record.get("id"), str(exc))
                continue
            if data is not None:
                self.add(table, source, data, record.get("id"))


def _rest(record: dict[str, str], *used: str) -> Record:
    return {key: value for key, value in record.items() if key not in used and value not in (None, "")}


def read(directory: Path) -> Dataset:
    ohana = not (directory / "datapackage.json").exists()
    reader = _Reader(directory, ohana)
    i = reader.ident
    location_orgs = {record.get("id", ""): record.get("organization_id", "")
                     for _, record in reader.rows("locations.csv")}

    def organization(_: str, r: dict[str, str]) -> Record:
        website = r.get("website") or r.get("url")
        return {**_rest(r, "id", "url", "website"), "id": i("organization", r.get("id")),
                "website": website}

    def location(source: str, r: dict[str, str]) -> Record:
        loc_id = i("location", r.get("id"))
        for name in (r.get("languages") or "").split(","):
            if name.strip():
                reader.add("language", source, {"id": i("language", f"location:{r.get('id')}:{name.strip()}"),
                                                "location_id": loc_id, "name": name.strip()}, None)
        return {**_rest(r, "id", "organization_id", "languages"), "id": loc_id,
                "organization_id": i("organization", r.get("organization_id"))}

    def address(kind: str) -> Callable[[str, dict[str, str]], Record]:
        def build(_: str, r: dict[str, str]) -> Record:
            return {**_rest(r, "id", "location_id"), "id": i("address", f"{kind}:{r.get('id')}")
                    if ohana else r.get("id"), "location_id": i("location", r.get("location_id")),
                    "address_type": kind}
        return build

    def service(source: str, r: dict[str, str]) -> Record:
        service_id = i("service", r.get("id"))
        organization_id = r.get("organization_id") or location_orgs.get(r.get("location_id", ""), "")
        if ohana and r.get("location_id"):
            reader.add("service_at_location", source, {
                "id": i("service_at_location", r.get("id")), "service_id": service_id,
                "location_id": i("location", r.get("location_id"))}, None)
        for name in (r.get("languages") or "").split(","):
            if name.strip():
                reader.add("language", source, {"id": i("language", f"service:{r.get('id')}:{name.strip()}"),
                                                "service_id": service_id, "name": name.strip()}, None)
        for area in (r.get("service_areas") or "").split(","):
            if area.strip():
                reader.add("service_area", source, {
                    "id": i("service_area", f"{r.get('id')}:{area.strip()}"), "service_id": service_id,
                    "name": area.strip()}, None)
        for code in (r.get("taxonomy_ids") or "").split(","):
            if code.strip():
                reader.add("attribute", source, {
                    "id": i("attribute", f"{r.get('id')}:{code.strip()}") if ohana
                    else f"{r.get('id')}:{code.strip()}", "link_id": service_id, "link_entity": "service",
                    "taxonomy_term_id": i("taxonomy_term", code.strip())}, None)
        return {**_rest(r, "id", "organization_id", "location_id", "program_id", "languages",
                        "service_areas", "taxonomy_ids", "eligibility", "fees", "website", "url"),
                "id": service_id, "organization_id": i("organization", organization_id),
                "program_id": i("program", r.get("program_id")), "url": r.get("website") or r.get("url"),
                "eligibility_description": r.get("eligibility"), "fees_description": r.get("fees")}

    def links(r: dict[str, str]) -> Record:
        return {field: i(field.removesuffix("_id"), r.get(field))
                for field in ("organization_id", "service_id", "location_id", "contact_id",
                              "service_at_location_id") if r.get(field)}

    def contact(_: str, r: dict[str, str]) -> Record:
        return {**_rest(r, "id", *links(r)), **links(r), "id": i("contact", r.get("id"))}

    def phone(source: str, r: dict[str, str]) -> Record:
        phone_id = i("phone", r.get("id"))
        for code in (r.get("language") or "").split(","):
            if code.strip():
                reader.add("language", source, {"id": f"{phone_id}:{code.strip()}", "phone_id": phone_id,
                                                "code": code.strip()}, None)
        return {**_rest(r, "id", "number_type", "type", "language", *links(r)), **links(r),
                "id": phone_id, "type": r.get("type") or r.get("number_type")}

    def regular(_: str, r: dict[str, str]) -> Record:
        day = (r.get("weekday") or "").strip()
        byday = _WEEKDAYS.get(day.lower()) or (
            _ISO_WEEKDAYS[int(day) - 1] if day.isdigit() and 1 <= int(day) <= 7 else None)
        if byday is None:
            raise ValueError(f"weekday {day!r} is not a day of the week")
        return {**_rest(r, "id", "weekday", "opens_at", "closes_at", *links(r)), **links(r),
                "id": i("schedule", f"regular:{r.get('id')}") if ohana else r.get("id"),
                "freq": "WEEKLY", "byday": byday, "opens_at": _time(r, "opens_at"),
                "closes_at": _time(r, "closes_at")}

    def holiday(_: str, r: dict[str, str]) -> Record:
        closed = (r.get("closed") or "").strip().lower() in ("true", "1", "yes")
        start = parse_date(r.get("start_date") or "")
        end = parse_date(r.get("end_date") or "") if r.get("end_date") else start
        return {**_rest(r, "id", "closed", "start_date", "end_date", "opens_at", "closes_at", *links(r)),
                **links(r), "id": i("schedule", f"holiday:{r.get('id')}") if ohana
                else f"holiday-{r.get('id')}", "closed": closed,
                "valid_from": start.isoformat().rjust(10, "0"), "valid_to": end.isoformat().rjust(10, "0"),
                "opens_at": None if closed else _time(r, "opens_at"),
                "closes_at": None if closed else _time(r, "closes_at")}

    def simple(table: str, rename: dict[str, str] | None = None) -> Callable[[str, dict[str, str]], Record]:
        def build(_: str, r: dict[str, str]) -> Record:
            data = {**_rest(r, "id", *links(r)), **links(r), "id": i(table, r.get("id"))}
            for old, new in (rename or {}).items():
                if old in data:
                    data[new] = data.pop(old)
            return data
        return build

    def term(_: str, r: dict[str, str]) -> Record:
        code = r.get("taxonomy_id") or r.get("id") or ""
        if ohana:
            return {"id": i("taxonomy_term", code), "code": code, "name": r.get("name"),
                    "parent_id": i("taxonomy_term", r.get("parent_id")), "taxonomy_id": OPEN_ELIGIBILITY,
                    "taxonomy": "Open Eligibility"}
        term_id = r.get("id") or ""
        need = term_id.split(":", 1)[1] if term_id.startswith(f"{NEEDS_TAXONOMY_ID}:") else None
        return {**_rest(r, "id", "vocabulary", "parent_name"), "id": term_id, "code": need,
                "taxonomy": r.get("vocabulary"), "parent_name": r.get("parent_name")}

    reader.each("organizations.csv", "organization", organization)
    reader.each("programs.csv", "program", simple("program"))
    reader.each("locations.csv", "location", location)
    reader.each("addresses.csv", "address", address("physical"))
    reader.each("physical_addresses.csv", "address", address("physical"))
    reader.each("mail_addresses.csv", "address", address("postal"))
    reader.each("postal_addresses.csv", "address", address("postal"))
    reader.each("services.csv", "service", service)
    reader.each("services_at_location.csv", "service_at_location", simple("service_at_location"))
    reader.each("contacts.csv", "contact", contact)
    reader.each("phones.csv", "phone", phone)
    reader.each("regular_schedules.csv", "schedule", regular)
    reader.each("holiday_schedules.csv", "schedule", holiday)
    reader.each("languages.csv", "language", simple("language", {"language": "name"}))
    reader.each("service_areas.csv", "service_area", simple("service_area", {"service_area": "name"}))
    reader.each("funding.csv", "funding", simple("funding"))
    reader.each("required_documents.csv", "required_document", simple("required_document"))
    reader.each("accessibility_for_disabilities.csv", "accessibility",
                simple("accessibility", {"accessibility": "description"}))
    reader.each("metadata.csv", "metadata", simple("metadata"))
    reader.each("meta_table_descriptions.csv", "meta_table_description", simple("meta_table_description"))
    reader.each("payments_accepted.csv", "cost_option", simple("cost_option", {"payment": "option"}))
    reader.each("taxonomy.csv", "taxonomy_term", term)
    reader.each("services_taxonomy.csv", "attribute", _service_taxonomy(i))
    reader.each("eligibility.csv", "service", _eligibility(reader.dataset))
    if reader.dataset.rows.get("taxonomy_term") and ohana:
        reader.add("taxonomy", "taxonomy.csv", {"id": OPEN_ELIGIBILITY, "name": "Open Eligibility",
                                                "uri": "https://openeligibility.org"}, None)
    return reader.dataset


def _time(record: dict[str, str], field: str) -> str | None:
    value = record.get(field)
    if value is None or value.strip() == "":
        return None
    try:
        return format_time(parse_time(value))
    except BadTime as exc:
        raise ValueError(f"field {field}: {exc}") from None


def _service_taxonomy(i: Callable[[str, str | None], str | None]) -> Callable[[str, dict[str, str]], Record]:
    def build(_: str, r: dict[str, str]) -> Record:
        return {"id": r.get("id"), "link_id": i("service", r.get("service_id")), "link_entity": "service",
                "taxonomy_term_id": r.get("taxonomy_id"), "value": r.get("taxonomy_detail")}
    return build


def _eligibility(dataset: Dataset) -> Callable[[str, dict[str, str]], Record | None]:
    def build(source: str, r: dict[str, str]) -> None:
        service = dataset.rows.get("service", {}).get(r.get("service_id", ""))
        if service is None:
            dataset.reject(source, "eligibility", r.get("id"), "service_id points at no service")
            return
        previous: Any = service.data.get("eligibility_description")
        text = r.get("eligibility") or ""
        service.data["eligibility_description"] = f"{previous}; {text}" if previous else text
    return build
