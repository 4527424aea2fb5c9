"""The codes of ../shared/design/TRIAGE.md, as string enums (same strings)."""

from __future__ import annotations

from enum import StrEnum


class Urgency(StrEnum):
    emergency = "emergency"
    high = "high"
    standard = "standard"
    low = "low"

    @property
    def rank(self) -> int:
        """0 is the most urgent; queue order sorts on it."""
        return _URGENCY_RANK[self]

    @classmethod
    def highest(cls, *levels: Urgency) -> Urgency:
        return min(levels, key=lambda level: level.rank)


_URGENCY_RANK = {Urgency.emergency: 0, Urgency.high: 1, Urgency.standard: 2, Urgency.low: 3}


class Need(StrEnum):
    emergency_safety = "emergency_safety"
    shelter = "shelter"
    medical = "medical"
    mental_health = "mental_health"
    legal = "legal"
    immigration = "immigration"
    labour_rights = "labour_rights"
    basic_needs = "basic_needs"
    interpretation = "interpretation"
    substance_use = "substance_use"
    youth_protection = "youth_protection"
    repatriation = "repatriation"
    employment_education = "employment_education"
    information = "information"


class Indicator(StrEnum):
    abuse_of_vulnerability = "abuse_of_vulnerability"
    deception = "deception"
    restriction_of_movement = "restriction_of_movement"
    isolation = "isolation"
    physical_sexual_violence = "physical_sexual_violence"
    intimidation_threats = "intimidation_threats"
    retention_of_documents = "retention_of_documents"
    withholding_of_wages = "withholding_of_wages"
    debt_bondage = "debt_bondage"
    abusive_conditions = "abusive_conditions"
    excessive_overtime = "excessive_overtime"
    minor_involved = "minor_involved"
    self_harm_risk = "self_harm_risk"


class Exploitation(StrEnum):
    sexual_exploitation = "sexual_exploitation"
    forced_labour = "forced_labour"
    domestic_servitude = "domestic_servitude"
    forced_marriage = "forced_marriage"
    forced_criminality = "forced_criminality"


class PiiType(StrEnum):
    PHONE = "PHONE"
    EMAIL = "EMAIL"
    PERSON = "PERSON"
    ADDRESS = "ADDRESS"
    ID_NUMBER = "ID_NUMBER"
    PAYMENT = "PAYMENT"
    HANDLE = "HANDLE"
    IP = "IP"
