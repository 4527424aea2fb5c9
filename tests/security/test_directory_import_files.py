"""Files given to `hotline directory import`, which may come from a third party: a data
package names only its own files, and what cannot be read is refused with a reason, never a
traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from directory.readers import UnknownFormat, read_path
from tests.test_cli import invoke


def _package(tmp_path: Path, resource_path: str) -> Path:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "organizations.csv").write_text("id,name\nsecret-1,Not for the directory\n", encoding="utf-8")
    package = tmp_path / "package"
    package.mkdir()
    (package / "organizations.csv").write_text("id,name\norg-1,Shelter\n", encoding="utf-8")
    descriptor = {
        "resources": [
            {"name": "organization", "path": "organizations.csv"},
            {"name": "organization", "path": resource_path},
        ]
    }
    (package / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    return package


@pytest.mark.parametrize("resource_path", ["../outside/organizations.csv", "{outside}/organizations.csv"])
def test_a_data_package_reads_no_file_outside_its_folder(tmp_path: Path, resource_path: str) -> None:
    package = _package(tmp_path, resource_path.format(outside=tmp_path / "outside"))
    dataset = read_path(package)
    assert set(dataset.rows["organization"]) == {"org-1"}


def test_json_nested_too_deep_is_refused_with_a_reason(tmp_path: Path) -> None:
    file = tmp_path / "services.json"
    file.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(UnknownFormat, match="invalid JSON"):
        read_path(file)


def test_a_csv_field_too_long_is_refused_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "organizations.csv").write_text("id,name\norg-1," + "x" * 200_000 + "\n", encoding="utf-8")
    result = invoke("directory", "import", str(tmp_path))
    assert result.returncode == 2
    assert "error: field larger than field limit" in result.stderr


def test_a_symbolic_link_out_of_the_folder_is_not_read(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "private.csv").write_text("id,name\nsecret-1,Not for the directory\n", encoding="utf-8")
    private = {"id": "secret-2", "name": "Private", "status": "active"}
    (outside / "private.json").write_text(json.dumps(private), encoding="utf-8")
    tabular_folder, json_folder = tmp_path / "tabular", tmp_path / "json"
    for folder in (tabular_folder, json_folder):
        folder.mkdir()
    (tabular_folder / "services.csv").write_text("id,name\nservice-1,Shelter\n", encoding="utf-8")
    (tabular_folder / "organizations.csv").symlink_to(outside / "private.csv")
    shelter = {"id": "service-1", "name": "Shelter", "status": "active"}
    (json_folder / "a.json").write_text(json.dumps(shelter), encoding="utf-8")
    (json_folder / "b.json").symlink_to(outside / "private.json")
    assert "organization" not in read_path(tabular_folder).rows
    assert set(read_path(json_folder).rows["service"]) == {"service-1"}


_MALFORMED_DESCRIPTORS = {
    "not JSON": ('{"resources": [', "not valid JSON"),
    "not UTF-8": (b'{"resources": "\xff"}', "not valid JSON"),
    "a list": ("[]", "a list, expected an object with `resources`"),
    "no resources": ("{}", "`resources` is missing, expected a list"),
    "resources not a list": ('{"resources": {"path": "services.csv"}}', "`resources` is an object"),
    "a resource not an object": ('{"resources": ["services.csv"]}', "resources[0] is a string"),
    "a resource without a path": ('{"resources": [{"name": "service"}]}', "resources[0]: `path` is missing"),
    "a path not a string": ('{"resources": [{"path": ["services.csv"]}]}', "`path` is a list"),
    "an empty path": ('{"resources": [{"path": ""}]}', "`path` is an empty string"),
    "a path with a NUL": ('{"resources": [{"path": "services.csv\\u0000"}]}', "a NUL character"),
    "a name not a string": ('{"resources": [{"path": "services.csv", "name": {}}]}', "`name` is an object"),
}


@pytest.mark.parametrize("case", list(_MALFORMED_DESCRIPTORS))
def test_a_malformed_datapackage_json_stops_the_import_with_one_line(tmp_path: Path, case: str) -> None:
    descriptor, reason = _MALFORMED_DESCRIPTORS[case]
    package = tmp_path / "package"
    package.mkdir()
    (package / "services.csv").write_text("id,name\nservice-1,Shelter\n", encoding="utf-8")
    target = package / "datapackage.json"
    target.write_bytes(descriptor if isinstance(descriptor, bytes) else descriptor.encode())
    result = invoke("directory", "import", str(package))
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: {target}: ") and result.stderr.count("\n") == 1
    assert reason in result.stderr
    assert "embedded PostgreSQL" not in result.stderr  # refused before any database is opened


@pytest.mark.parametrize("file", ["services.csv", "regular_schedules.csv"])  # HSDS 3 tabular, HSDS 1.x
def test_a_csv_file_not_in_utf_8_stops_the_import_with_one_line(tmp_path: Path, file: str) -> None:
    (tmp_path / "services.csv").write_text("id,name\nservice-1,Shelter\n", encoding="utf-8")
    (tmp_path / file).write_bytes("id,name\nservice-1,Café\n".encode("latin-1"))
    result = invoke("directory", "import", str(tmp_path))
    assert result.returncode == 2
    expected = f"error: {tmp_path / file}: not UTF-8 text (save it as UTF-8, then import again)\n"
    assert result.stderr == expected
