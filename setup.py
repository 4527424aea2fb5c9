"""Build step: compile the message catalogues (.po -> .mo) into every build of the package.

`pip install .` (the Dockerfile), `pip install -e .` and `make install` all run `build_py`, so
each install carries the compiled catalogues the app reads; the .mo files are not kept in
git. Babel comes from [build-system] requires. Everything else is in pyproject.toml.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
CATALOGUES = ("web/locale/*/LC_MESSAGES/*.po", "app/locale/*/LC_MESSAGES/*.po")


def compile_catalogues(target: Path) -> None:
    """Write `<target>/<same path>.mo` for each catalogue, leaving out fuzzy entries."""
    for pattern in CATALOGUES:
        for po in sorted(ROOT.glob(pattern)):
            with po.open("rb") as source:
                catalog = read_po(source, locale=po.parents[1].name, domain=po.stem)
            mo = target / po.relative_to(ROOT).with_suffix(".mo")
            mo.parent.mkdir(parents=True, exist_ok=True)
            with mo.open("wb") as out:
                write_mo(out, catalog)


class BuildWithCatalogues(build_py):
    def run(self) -> None:
        super().run()
        # An editable install reads the packages from the source tree.
        compile_catalogues(ROOT if getattr(self, "editable_mode", False) else Path(self.build_lib))


setup(cmdclass={"build_py": BuildWithCatalogues})
