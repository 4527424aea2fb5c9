"""The resource directory: HSDS 3 partners, import/export, open-now matching (imports only triage)."""

from directory.exporter import View
from directory.files import export_path, import_path, load_demo
from directory.importer import ImportReport
from directory.localities import place_of_town
from directory.matching import Match, match
from directory.queries import Place
from directory.text_search import search

__all__ = [
    "ImportReport",
    "Match",
    "Place",
    "View",
    "export_path",
    "import_path",
    "load_demo",
    "match",
    "place_of_town",
    "search",
]
