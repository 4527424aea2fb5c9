"""The TRIAGE.md need codes as an HSDS taxonomy; a service's needs are attributes pointing at them."""

from __future__ import annotations

from directory.dataset import Record
from directory.fields import NEEDS_TAXONOMY_ID
from triage.codes import Need

_NAMES = {
    Need.emergency_safety: "Emergency safety / Sécurité immédiate",
    Need.shelter: "Shelter / Hébergement",
    Need.medical: "Medical care / Soins médicaux",
    Need.mental_health: "Mental health / Santé mentale",
    Need.legal: "Legal help / Aide juridique",
    Need.immigration: "Immigration",
    Need.labour_rights: "Labour rights / Droits du travail",
    Need.basic_needs: "Basic needs / Besoins de base",
    Need.interpretation: "Interpretation / Interprétation",
    Need.substance_use: "Substance use / Dépendances",
    Need.youth_protection: "Youth protection / Protection de la jeunesse",
    Need.repatriation: "Repatriation / Rapatriement",
    Need.employment_education: "Employment and education / Emploi et formation",
    Need.information: "Information",
}


def term_id(need: Need | str) -> str:
    return f"{NEEDS_TAXONOMY_ID}:{Need(need).value}"


def taxonomy_rows() -> dict[str, list[Record]]:
    return {
        "taxonomy": [
            {
                "id": NEEDS_TAXONOMY_ID,
                "name": "Hotline needs (TRIAGE.md)",
                "description": "Need codes shared by triage and the resource directory",
                "version": "1",
            }
        ],
        "taxonomy_term": [
            {
                "id": term_id(need),
                "code": need.value,
                "name": _NAMES[need],
                "taxonomy_id": NEEDS_TAXONOMY_ID,
                "taxonomy": "hotline-needs",
            }
            for need in Need
        ],
    }


def attribute(service_id: str, need: Need | str) -> Record:
    return {
        "id": f"{service_id}:need:{Need(need).value}",
        "link_id": service_id,
        "link_entity": "service",
        "link_type": "need",
        "taxonomy_term_id": term_id(need),
    }
