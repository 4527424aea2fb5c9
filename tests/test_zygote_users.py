"""The server zygote is launched at collection's end only for a run that will use it."""

from __future__ import annotations

from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

from tests.hotline_command import run_hotline
from tests.live_server import LiveServer
from tests.zygote_users import any_uses_the_zygote


def _module(**names: object) -> ModuleType:
    module = ModuleType("tests.some_module")
    vars(module).update(names)
    return module


def _item(module: ModuleType, *fixtures: str) -> Any:
    return SimpleNamespace(module=module, fixturenames=list(fixtures))


PLAIN = _module(helper=len)


@pytest.mark.pure
@pytest.mark.parametrize("fixture", ["live_server", "shared_live_server"])
def test_a_test_with_a_live_server_fixture_uses_it(fixture: str) -> None:
    assert any_uses_the_zygote([_item(PLAIN, "database_url"), _item(PLAIN, fixture)])


@pytest.mark.pure
@pytest.mark.parametrize("starter", [LiveServer, run_hotline])
def test_a_module_that_starts_servers_or_commands_uses_it(starter: object) -> None:
    assert any_uses_the_zygote([_item(PLAIN), _item(_module(starter=starter), "tmp_path")])


@pytest.mark.pure
def test_tests_that_start_no_process_do_not() -> None:
    assert not any_uses_the_zygote([_item(PLAIN, "database_url", "client"), _item(_module(x=1))])
    assert not any_uses_the_zygote([])
