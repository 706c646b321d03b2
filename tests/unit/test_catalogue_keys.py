"""Issue 26: one message catalogue with typed keys, and no key nobody uses.

Code names a text by a constant of `samtale.messages.keys.Msg`, never by a string, so a
misspelt key fails where it is written. Both catalogues are keyed by those constants. Keys
chosen at run time (``t(f"tag.{value}")``, one per value of an enum or a data id) are
written as f-strings; a key counts as used when a constant names it or when such an
f-string can build it. Read from the source with `ast`, so it holds for code no test runs.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

import pytest

from samtale.messages import catalogue
from samtale.messages.keys import Msg
from tests.helpers import REPO

SOURCE = REPO / "src" / "samtale"
MESSAGES = SOURCE / "messages"
CONSTANTS = {name: value for name, value in vars(Msg).items() if name.isupper()}
# The singular form `t()` picks by itself for count=1 (``notes.deleted.one``).
SINGULAR = ".one"
# Where the keys are defined rather than used.
CATALOGUE_FILES = {"da", "sv", "keys"}


def _trees(*, skip_catalogues: bool = True) -> Iterator[tuple[str, ast.AST]]:
    for path in sorted(SOURCE.rglob("*.py")):
        if skip_catalogues and path.parent == MESSAGES and path.stem in CATALOGUE_FILES:
            continue
        yield str(path.relative_to(REPO)), ast.parse(path.read_text(encoding="utf-8"))


def named_constants(tree: ast.AST) -> set[str]:
    """The `Msg.NAME`s a module's source names."""
    return {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "Msg"
    }


def built_keys(tree: ast.AST) -> list[re.Pattern[str]]:
    """A pattern for each f-string that may build a key: literal text around the values.

    Only f-strings with a literal part that looks like a key's (``tag.``, ``.save_failed``)
    count, so an f-string that is all values cannot make every key look used.
    """
    patterns = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.JoinedStr):
            continue
        literal = "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
        if not re.fullmatch(r"[a-z_.]*", literal) or not literal.strip("."):
            continue
        pattern = "".join(
            re.escape(part.value) if isinstance(part, ast.Constant) else r"[a-z0-9_]*"
            for part in node.values
        )
        patterns.append(re.compile(pattern))
    return patterns


def test_constants_and_catalogues_hold_the_same_keys() -> None:
    keys = set(CONSTANTS.values())
    assert len(keys) == len(CONSTANTS), "two constants name one key"
    for language in ("da", "sv"):
        assert set(catalogue(language)) == keys, language


def test_a_constant_is_named_after_its_key() -> None:
    """``usage.prefix`` is `Msg.USAGE_PREFIX`: a reader finds one from the other."""
    for name, key in CONSTANTS.items():
        assert name == re.sub(r"[^A-Za-z0-9]", "_", key).upper(), (name, key)


def test_code_names_keys_by_constant_not_by_string() -> None:
    """`t("usage.prefix")` would fail only when shown; `t(Msg.USAGE_PREFIX)` at once."""
    offenders = [
        f"{where}:{node.lineno}"
        for where, tree in _trees()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "t"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    ]
    assert offenders == []


@pytest.mark.parametrize("folder", ["src", "tests"])
def test_every_constant_named_exists(folder: str) -> None:
    named = set()
    for path in (REPO / folder).rglob("*.py"):
        named |= named_constants(ast.parse(path.read_text(encoding="utf-8")))
    assert named - set(CONSTANTS) == set()


def test_the_usage_scanner_sees_constants_and_built_keys() -> None:
    """The scanner itself: a named constant and an f-string with a key's shape count, an
    f-string made only of values does not."""
    tree = ast.parse(
        't(Msg.USAGE_PREFIX)\nt(f"tag.{value}")\nt(f"{kind}.save_failed")\nf"{a}.{b}"\n'
    )
    assert named_constants(tree) == {"USAGE_PREFIX"}
    patterns = built_keys(tree)
    assert any(p.fullmatch("tag.woman") for p in patterns)
    assert any(p.fullmatch("prep.save_failed") for p in patterns)
    assert not any(p.fullmatch("usage.prefix") for p in patterns)


def test_no_key_is_unused() -> None:
    named: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for _, tree in _trees():
        named |= named_constants(tree)
        patterns += built_keys(tree)
    used = {CONSTANTS[name] for name in named if name in CONSTANTS}
    unused = sorted(
        key
        for key in CONSTANTS.values()
        if key not in used
        and not (key.endswith(SINGULAR) and key.removesuffix(SINGULAR) in used)
        and not any(pattern.fullmatch(key) for pattern in patterns)
    )
    assert unused == [], "\n".join(unused)
