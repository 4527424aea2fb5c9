"""Which reader a path needs: HSDS 3 JSON, the HSDS 3 tabular package, or 1.x CSV."""

from __future__ import annotations

from pathlib import Path

from directory import hsds_json, legacy_csv, tabular
from directory.dataset import Dataset


class UnknownFormat(ValueError):
    pass


def read_path(path: Path) -> Dataset:
    if path.is_file():
        if path.suffix.lower() == ".json" and path.name != "datapackage.json":
            dataset = Dataset()
            hsds_json.read_file(path, dataset)
            return dataset
        if path.name == "datapackage.json":
            return read_path(path.parent)
        raise UnknownFormat(f"{path.name}: expected a .json file or a directory of CSV files")
    if not path.is_dir():
        raise UnknownFormat(f"{path}: no such file or directory")
    if legacy_csv.is_legacy(path):
        return legacy_csv.read(path)
    if (path / "datapackage.json").exists() or any(path.glob("*.csv")):
        return tabular.read(path)
    files = sorted(file for file in path.glob("*.json"))
    if not files:
        raise UnknownFormat(f"{path}: no HSDS JSON, datapackage or CSV files")
    dataset = Dataset()
    for file in files:
        hsds_json.read_file(file, dataset)
    return dataset
