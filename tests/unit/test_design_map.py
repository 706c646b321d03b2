"""Issue 26: the newcomer's map in docs/design.md (Layout) matches the code.

A map that names a package that is gone, or misses one that came, sends a newcomer the
wrong way; this reads the map and the source tree and compares them. The import rules the
map states are checked by tests/unit/test_imports.py.
"""

from __future__ import annotations

import re

from tests.helpers import REPO
from tests.unit.test_imports import PLUMBING_MODULES

DESIGN = REPO / "docs" / "design.md"
PACKAGE = REPO / "src" / "samtale"


def layout_block() -> str:
    text = DESIGN.read_text(encoding="utf-8")
    section = text[text.index("## Layout") :]
    return section[section.index("```") + 3 : section.index("```", section.index("```") + 3)]


def layout_section() -> str:
    text = DESIGN.read_text(encoding="utf-8")
    section = text[text.index("## Layout") + 3 :]
    return section[: section.index("\n## ")] if "\n## " in section else section


def test_every_package_has_its_line_and_no_line_is_stale() -> None:
    mapped = set(re.findall(r"^  ([a-z_]+)/ ", layout_block(), re.M))
    packages = {path.parent.name for path in PACKAGE.glob("*/__init__.py")}
    assert mapped == packages


def test_every_top_level_module_is_on_the_shared_modules_line() -> None:
    block = layout_block()
    shared = block[block.index("*.py") : block.index("data/")]
    named = set(re.findall(r"[a-z_]+", shared))
    modules = {path.stem for path in PACKAGE.glob("*.py")} - {"__init__", "__main__"}
    assert modules - named == set()


def test_every_use_case_module_is_on_the_app_line() -> None:
    block = layout_block()
    app = block[block.index("  app/") : block.index("  prep/")]
    named = set(re.findall(r"\(([a-z_]+)\)", app))
    modules = {path.stem for path in (PACKAGE / "app").glob("*.py")} - {"__init__"}
    assert modules - named == set()


def test_every_plumbing_and_output_module_is_named() -> None:
    section = layout_section()
    named = set(re.findall(r"`([a-z_]+)(?:\.py)?`", section))
    named |= set(re.findall(r"([a-z_]+)\.py", section))
    plumbing = {name.rsplit(".", 1)[1] for name in PLUMBING_MODULES if name != "samtale.cli"}
    output = {path.stem for path in (PACKAGE / "output").glob("*.py")} - {"__init__"}
    assert (plumbing | output) - named == set()
