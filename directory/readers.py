"""Which reader a path needs: HSDS 3 JSON, the HSDS 3 tabular package, or 1.x CSV.

A folder that holds none of them directly, but one data package deeper down (an HSDS 1.1 sample's
`all_resources/`), is read from there. What holds no HSDS data at all is refused (`UnknownFormat`)
with what was expected, rather than imported as nothing.
"""

from __future__ import annotations

from pathlib import Path

from directory import hsds_json, legacy_csv, tabular
from directory.dataset import Dataset

EXPECTED = (
    "expected HSDS data: an HSDS 3 JSON file (an object such as a service or organization, "
    "a list of them, or an API page with `contents`), an HSDS 3 tabular data package "
    "(a folder of CSV files such as services.csv and organizations.csv, with or without "
    "datapackage.json), or an HSDS 1.x CSV folder (services.csv, regular_schedules.csv...)"
)
_SEARCH_DEPTH = 3  # how deep under the given folder a data package is looked for


class UnknownFormat(ValueError):
    pass


def read_path(path: Path) -> Dataset:
    try:
        return _read(path)
    except tabular.MalformedPackage as exc:  # a datapackage.json or CSV file that cannot be read
        raise UnknownFormat(str(exc)) from None


def _read(path: Path) -> Dataset:
    if path.is_file():
        if path.name == "datapackage.json":
            return read_path(path.parent)
        if path.suffix.lower() != ".json":
            raise UnknownFormat(f"{path.name}: not a .json file nor a folder; {EXPECTED}")
        dataset = Dataset()
        hsds_json.read_file(path, dataset)
        return _with_data(path, dataset)
    if not path.is_dir():
        raise UnknownFormat(f"{path}: no such file or directory")
    if not _holds_data(path):
        return _read_inner_package(path)
    if legacy_csv.is_legacy(path):
        return _with_data(path, legacy_csv.read(path))
    if (path / "datapackage.json").exists() or any(path.glob("*.csv")):
        files = tabular.table_files(path)
        if not files:
            raise UnknownFormat(f"{path}: none of its CSV files is an HSDS table; {EXPECTED}")
        return tabular.read(files)
    dataset = Dataset()
    for file in sorted(path.glob("*.json")):
        if tabular.inside(path, file.name):
            hsds_json.read_file(file, dataset)
    return _with_data(path, dataset)


def _holds_data(folder: Path) -> bool:
    return any(folder.glob("*.csv")) or any(folder.glob("*.json"))


def _read_inner_package(path: Path) -> Dataset:
    """The one folder under `path` that holds a datapackage.json, else HSDS CSV or JSON files."""
    found: list[Path] = []
    for depth in range(1, _SEARCH_DEPTH + 1):  # the shallowest wins
        folders = [sub for sub in sorted(path.glob("/".join(["*"] * depth))) if sub.is_dir()]
        packages = [folder for folder in folders if (folder / "datapackage.json").is_file()]
        found = packages or [folder for folder in folders if _holds_data(folder)]
        if found:
            break
    if not found:
        raise UnknownFormat(f"{path}: no HSDS JSON, datapackage or CSV files in it; {EXPECTED}")
    if len(found) > 1:
        choices = ", ".join(str(folder) for folder in found[:5])
        raise UnknownFormat(f"{path}: several data folders in it, give one of them: {choices}")
    dataset = read_path(found[0])
    dataset.notes.append(f"read from {found[0]}")
    return dataset


def _with_data(path: Path, dataset: Dataset) -> Dataset:
    """The dataset, unless nothing in it was HSDS: then why, and what was expected."""
    if dataset.count() or not dataset.rejected:
        return dataset
    reasons = "; ".join(str(item) for item in dataset.rejected[:3])
    raise UnknownFormat(f"{path.name}: no HSDS data found ({reasons}); {EXPECTED}")
