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

from directory.clock import BadTime, normal_time, parse_date
from directory.dataset import Dataset, Record
from directory.fields import NEEDS_TAXONOMY_ID
from directory.recurrence import weekday_codes
from directory.tabular import inside, read_csv

_NAMESPACE = uuid.UUID("6f3c3f52-5d1c-4c38-9a55-0d3b8a1c2e11")
OPEN_ELIGIBILITY = "open-eligibility"


def is_legacy(directory: Path) -> bool:
    names = {path.name for path in directory.glob("*.csv")}
    return bool(
        {
            "regular_schedules.csv",
            "holiday_schedules.csv",
            "physical_addresses.csv",
            "mail_addresses.csv",
            "services_at_location.csv",
        }
        & names
    )


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
        if not inside(self.directory, file) or not path.exists():
            return []
        return [(f"{file}:{line}", record) for line, record in read_csv(path)]

    def add(self, table: str, source: str, data: Record, legacy_id: str | None) -> None:
        if self.ohana and legacy_id:
            data["legacy_id"] = legacy_id
        self.dataset.add(
            table, {key: value for key, value in data.items() if value not in (None, "")}, source
        )

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


def _split(value: str | None) -> list[str]:
    """The items of an inline comma-separated list, stripped, without empty ones."""
    return [item.strip() for item in (value or "").split(",") if item.strip()]


class _Upgrade(_Reader):
    """One builder per 1.x file: its CSV record -> the HSDS 3 row (and the rows it carries inline)."""

    def __init__(self, directory: Path, ohana: bool) -> None:
        super().__init__(directory, ohana)
        self.location_orgs = {
            record.get("id", ""): record.get("organization_id", "")
            for _, record in self.rows("locations.csv")
        }

    def links(self, r: dict[str, str]) -> Record:
        return {
            field: self.ident(field.removesuffix("_id"), r.get(field))
            for field in (
                "organization_id",
                "service_id",
                "location_id",
                "contact_id",
                "service_at_location_id",
            )
            if r.get(field)
        }

    def organization(self, _: str, r: dict[str, str]) -> Record:
        website = r.get("website") or r.get("url")
        return {
            **_rest(r, "id", "url", "website"),
            "id": self.ident("organization", r.get("id")),
            "website": website,
        }

    def location(self, source: str, r: dict[str, str]) -> Record:
        i = self.ident
        loc_id = i("location", r.get("id"))
        for name in _split(r.get("languages")):
            self.add(
                "language",
                source,
                {"id": i("language", f"location:{r.get('id')}:{name}"), "location_id": loc_id, "name": name},
                None,
            )
        return {
            **_rest(r, "id", "organization_id", "languages"),
            "id": loc_id,
            "organization_id": i("organization", r.get("organization_id")),
        }

    def address(self, kind: str) -> Callable[[str, dict[str, str]], Record]:
        def build(_: str, r: dict[str, str]) -> Record:
            address_id = self.ident("address", f"{kind}:{r.get('id')}") if self.ohana else r.get("id")
            return {
                **_rest(r, "id", "location_id"),
                "id": address_id,
                "location_id": self.ident("location", r.get("location_id")),
                "address_type": kind,
            }

        return build

    def _service_links(self, source: str, r: dict[str, str], service_id: str | None) -> None:
        """The rows a legacy service line names in its columns: its place (Ohana), languages,
        areas served and taxonomy codes."""
        i = self.ident
        if self.ohana and r.get("location_id"):
            self.add(
                "service_at_location",
                source,
                {
                    "id": i("service_at_location", r.get("id")),
                    "service_id": service_id,
                    "location_id": i("location", r.get("location_id")),
                },
                None,
            )
        for name in _split(r.get("languages")):
            self.add(
                "language",
                source,
                {
                    "id": i("language", f"service:{r.get('id')}:{name}"),
                    "service_id": service_id,
                    "name": name,
                },
                None,
            )
        for area in _split(r.get("service_areas")):
            self.add(
                "service_area",
                source,
                {"id": i("service_area", f"{r.get('id')}:{area}"), "service_id": service_id, "name": area},
                None,
            )
        for code in _split(r.get("taxonomy_ids")):
            self.add(
                "attribute",
                source,
                {
                    "id": i("attribute", f"{r.get('id')}:{code}") if self.ohana else f"{r.get('id')}:{code}",
                    "link_id": service_id,
                    "link_entity": "service",
                    "taxonomy_term_id": i("taxonomy_term", code),
                },
                None,
            )

    def service(self, source: str, r: dict[str, str]) -> Record:
        i, service_id = self.ident, self.ident("service", r.get("id"))
        organization_id = r.get("organization_id") or self.location_orgs.get(r.get("location_id", ""), "")
        self._service_links(source, r, service_id)
        return {
            **_rest(
                r,
                "id",
                "organization_id",
                "location_id",
                "program_id",
                "languages",
                "service_areas",
                "taxonomy_ids",
                "eligibility",
                "fees",
                "website",
                "url",
            ),
            "id": service_id,
            "organization_id": i("organization", organization_id),
            "program_id": i("program", r.get("program_id")),
            "url": r.get("website") or r.get("url"),
            "eligibility_description": r.get("eligibility"),
            "fees_description": r.get("fees"),
        }

    def contact(self, _: str, r: dict[str, str]) -> Record:
        links = self.links(r)
        return {**_rest(r, "id", *links), **links, "id": self.ident("contact", r.get("id"))}

    def phone(self, source: str, r: dict[str, str]) -> Record:
        phone_id, links = self.ident("phone", r.get("id")), self.links(r)
        for code in _split(r.get("language")):
            self.add(
                "language", source, {"id": f"{phone_id}:{code}", "phone_id": phone_id, "code": code}, None
            )
        return {
            **_rest(r, "id", "number_type", "type", "language", *links),
            **links,
            "id": phone_id,
            "type": r.get("type") or r.get("number_type"),
        }

    def regular(self, _: str, r: dict[str, str]) -> Record:
        day, links = (r.get("weekday") or "").strip(), self.links(r)
        # Open Referral UK (and HSDS 2.0) rows give RFC 5545 fields instead of a weekday: kept.
        recurring = (
            {}
            if not day and (r.get("freq") or r.get("byday"))
            else {"freq": "WEEKLY", "byday": weekday_codes(day)}
        )
        return {
            **_rest(r, "id", "weekday", "opens_at", "closes_at", *links),
            **links,
            "id": self.ident("schedule", f"regular:{r.get('id')}") if self.ohana else r.get("id"),
            **recurring,
            "opens_at": _time(r, "opens_at"),
            "closes_at": _time(r, "closes_at"),
        }

    def holiday(self, _: str, r: dict[str, str]) -> Record:
        closed = (r.get("closed") or "").strip().lower() in ("true", "1", "yes")
        start = parse_date(r.get("start_date") or "")
        end = parse_date(r.get("end_date") or "") if r.get("end_date") else start
        links = self.links(r)
        return {
            **_rest(r, "id", "closed", "start_date", "end_date", "opens_at", "closes_at", *links),
            **links,
            "id": self.ident("schedule", f"holiday:{r.get('id')}")
            if self.ohana
            else f"holiday-{r.get('id')}",
            "closed": closed,
            "valid_from": start.isoformat().rjust(10, "0"),
            "valid_to": end.isoformat().rjust(10, "0"),
            "opens_at": None if closed else _time(r, "opens_at"),
            "closes_at": None if closed else _time(r, "closes_at"),
        }

    def simple(
        self, table: str, rename: dict[str, str] | None = None
    ) -> Callable[[str, dict[str, str]], Record]:
        def build(_: str, r: dict[str, str]) -> Record:
            links = self.links(r)
            data = {**_rest(r, "id", *links), **links, "id": self.ident(table, r.get("id"))}
            for old, new in (rename or {}).items():
                if old in data:
                    data[new] = data.pop(old)
            return data

        return build

    def term(self, _: str, r: dict[str, str]) -> Record:
        code = r.get("taxonomy_id") or r.get("id") or ""
        if self.ohana:
            return {
                "id": self.ident("taxonomy_term", code),
                "code": code,
                "name": r.get("name"),
                "parent_id": self.ident("taxonomy_term", r.get("parent_id")),
                "taxonomy_id": OPEN_ELIGIBILITY,
                "taxonomy": "Open Eligibility",
            }
        term_id = r.get("id") or ""
        need = term_id.split(":", 1)[1] if term_id.startswith(f"{NEEDS_TAXONOMY_ID}:") else None
        return {
            **_rest(r, "id", "vocabulary", "parent_name"),
            "id": term_id,
            "code": need,
            "taxonomy": r.get("vocabulary"),
            "parent_name": r.get("parent_name"),
        }

    def steps(self) -> list[tuple[str, str, Callable[[str, dict[str, str]], Record | None]]]:
        """The files in the order they are read (organizations before their services...)."""
        simple = self.simple
        return [
            ("organizations.csv", "organization", self.organization),
            ("programs.csv", "program", simple("program")),
            ("locations.csv", "location", self.location),
            ("addresses.csv", "address", self.address("physical")),
            ("physical_addresses.csv", "address", self.address("physical")),
            ("mail_addresses.csv", "address", self.address("postal")),
            ("postal_addresses.csv", "address", self.address("postal")),
            ("services.csv", "service", self.service),
            ("services_at_location.csv", "service_at_location", simple("service_at_location")),
            ("contacts.csv", "contact", self.contact),
            ("phones.csv", "phone", self.phone),
            ("regular_schedules.csv", "schedule", self.regular),
            ("holiday_schedules.csv", "schedule", self.holiday),
            ("languages.csv", "language", simple("language", {"language": "name"})),
            ("service_areas.csv", "service_area", simple("service_area", {"service_area": "name"})),
            ("funding.csv", "funding", simple("funding")),
            ("required_documents.csv", "required_document", simple("required_document")),
            (
                "accessibility_for_disabilities.csv",
                "accessibility",
                simple("accessibility", {"accessibility": "description"}),
            ),
            ("metadata.csv", "metadata", simple("metadata")),
            ("meta_table_descriptions.csv", "meta_table_description", simple("meta_table_description")),
            ("payments_accepted.csv", "cost_option", simple("cost_option", {"payment": "option"})),
            ("taxonomy.csv", "taxonomy_term", self.term),
            ("services_taxonomy.csv", "attribute", _service_taxonomy(self.ident)),
            ("eligibility.csv", "service", _eligibility(self.dataset)),
        ]


def read(directory: Path) -> Dataset:
    reader = _Upgrade(directory, ohana=not (directory / "datapackage.json").exists())
    for file, table, build in reader.steps():
        reader.each(file, table, build)
    if reader.dataset.rows.get("taxonomy_term") and reader.ohana:
        reader.add(
            "taxonomy",
            "taxonomy.csv",
            {"id": OPEN_ELIGIBILITY, "name": "Open Eligibility", "uri": "https://openeligibility.org"},
            None,
        )
    return reader.dataset


def _time(record: dict[str, str], field: str) -> str | None:
    value = record.get(field)
    if value is None or value.strip() == "":
        return None
    try:
        return normal_time(value)
    except BadTime as exc:
        raise ValueError(f"field {field}: {exc}") from None


def _service_taxonomy(i: Callable[[str, str | None], str | None]) -> Callable[[str, dict[str, str]], Record]:
    def build(_: str, r: dict[str, str]) -> Record:
        return {
            "id": r.get("id"),
            "link_id": i("service", r.get("service_id")),
            "link_entity": "service",
            "taxonomy_term_id": r.get("taxonomy_id"),
            "value": r.get("taxonomy_detail"),
        }

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
