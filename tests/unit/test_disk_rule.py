"""Issue 26: one way to the disk. Only `samtale.store` writes, renames or deletes files,
and `samtale.store` never talks to the terminal.

The rule is read from the source with `ast`, so it holds for code no test runs. The
scanner itself is tested on small snippets first: a rule test that finds nothing because
it looks for nothing would pass forever. docs/design.md ("The store's promises") states
the rule.

On main before this change (738eb2c) the last two tests failed: `cli/notes.py` unlinked
notes (delete, purge), `guide/cache.py` made its folder and wrote, renamed and removed
cache files itself (tempfile, os.replace, unlink), and `store/keys.py` asked for the
passphrase with getpass on sys.stdin and wrote warnings with print and sys.stderr.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.helpers import REPO

PACKAGE = REPO / "src" / "samtale"
STORE = PACKAGE / "store"

# Functions of `os` that write, rename or delete a file or folder (called as os.name or
# imported from os).
OS_WRITES = {
    "chmod",
    "link",
    "makedirs",
    "mkdir",
    "remove",
    "removedirs",
    "rename",
    "renames",
    "replace",
    "rmdir",
    "symlink",
    "truncate",
    "unlink",
}
# Methods that write, rename or delete whatever path object they are called on.
PATH_WRITES = {
    "chmod",
    "hardlink_to",
    "mkdir",
    "rmdir",
    "symlink_to",
    "touch",
    "unlink",
    "write_bytes",
    "write_text",
}
# `shutil` functions that only look: the terminal's size, a program on PATH, free space.
SHUTIL_READS = {"disk_usage", "get_terminal_size", "which"}
# Flags of `os.open` that open a file for writing or create it.
WRITE_FLAGS = {"O_APPEND", "O_CREAT", "O_RDWR", "O_TRUNC", "O_WRONLY"}
# What a module that never talks to the terminal does not import.
TERMINAL_MODULES = {"getpass", "click", "prompt_toolkit", "questionary", "rich", "typer"}


def _dotted(node: ast.expr) -> str:
    """`os.path.join` for the expression `os.path.join`; "" for anything else."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = _dotted(node.value)
        return f"{inner}.{node.attr}" if inner else ""
    return ""


def _writes_mode(mode: ast.expr | None) -> bool:
    return (
        isinstance(mode, ast.Constant)
        and isinstance(mode.value, str)
        and bool(set(mode.value) & set("wax+"))
    )


def _mode(call: ast.Call, position: int) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg == "mode":
            return keyword.value
    return call.args[position] if len(call.args) > position else None


def _call_writes(call: ast.Call) -> str | None:
    """What `call` does to the disk, if it writes, renames or deletes; else None."""
    func = call.func
    name = _dotted(func)
    if name == "open":
        return "open(..., write mode)" if _writes_mode(_mode(call, 1)) else None
    if name == "os.fdopen":
        return "os.fdopen(..., write mode)" if _writes_mode(_mode(call, 1)) else None
    if name == "os.open":
        target = _dotted(call.args[0]) if call.args else ""
        flags = {_dotted(node) for arg in call.args[1:2] for node in ast.walk(arg)}
        if target != "os.devnull" and {f"os.{flag}" for flag in WRITE_FLAGS} & flags:
            return "os.open(..., write flags)"
        return None
    if name.startswith("os.") and name.removeprefix("os.") in OS_WRITES:
        return name
    if name.startswith("shutil.") and name.removeprefix("shutil.") not in SHUTIL_READS:
        return name
    if name.startswith("tempfile."):
        return name
    if not isinstance(func, ast.Attribute) or name.startswith(("os.", "dataclasses.")):
        return None
    if func.attr in PATH_WRITES:
        return f".{func.attr}()"
    if func.attr == "open" and _writes_mode(_mode(call, 0)):
        return ".open(write mode)"
    # A path's rename takes one argument; str.replace takes two, and a record's keywords.
    if func.attr in ("replace", "rename") and len(call.args) == 1 and not call.keywords:
        return f".{func.attr}(target)"
    return None


def disk_writes(source: str) -> list[str]:
    """Each write, rename or delete of a file in `source`, as "line: what"."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        what = None
        if isinstance(node, ast.Call):
            what = _call_writes(node)
        elif isinstance(node, ast.Import):
            if any(alias.name == "tempfile" for alias in node.names):
                what = "import tempfile"
        elif isinstance(node, ast.ImportFrom) and node.module in ("os", "shutil", "tempfile"):
            names = {alias.name for alias in node.names}
            if node.module == "tempfile" or (names - SHUTIL_READS and node.module == "shutil"):
                what = f"from {node.module} import ..."
            elif names & OS_WRITES:
                what = f"from os import {', '.join(sorted(names & OS_WRITES))}"
        if what is not None:
            found.append((node.lineno, what))
    return [f"{line}: {what}" for line, what in sorted(found)]


def terminal_use(source: str) -> list[str]:
    """Each place `source` reaches the terminal: a prompt library, print, input, sys.std*."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        what = None
        if isinstance(node, ast.Import):
            names = {alias.name.split(".")[0] for alias in node.names}
            if names & TERMINAL_MODULES:
                what = f"import {', '.join(sorted(names & TERMINAL_MODULES))}"
        elif isinstance(node, ast.ImportFrom):
            if (node.module or "").split(".")[0] in TERMINAL_MODULES:
                what = f"from {node.module} import ..."
            elif node.module == "sys" and {a.name for a in node.names} & {"stdout", "stderr"}:
                what = "from sys import stdout/stderr"
        elif isinstance(node, ast.Call) and (
            _dotted(node.func) in ("print", "input") or _dotted(node.func).startswith("getpass.")
        ):
            what = f"{_dotted(node.func)}()"
        elif isinstance(node, ast.Attribute) and _dotted(node) in (
            "sys.stdin",
            "sys.stdout",
            "sys.stderr",
        ):
            what = _dotted(node)
        if what is not None:
            found.append((node.lineno, what))
    return [f"{line}: {what}" for line, what in sorted(found)]


def _modules(inside_store: bool) -> list[Path]:
    paths = sorted(PACKAGE.rglob("*.py"))
    return [path for path in paths if path.is_relative_to(STORE) == inside_store]


def _name(path: Path) -> str:
    return str(path.relative_to(PACKAGE.parent))


@pytest.mark.parametrize(
    "source",
    [
        "path.unlink()",
        "note.path.unlink(missing_ok=True)",
        "os.replace(temp, path)",
        "os.rename(a, b)",
        "os.remove(p)",
        "base.mkdir(mode=0o700)",
        "os.makedirs(p)",
        "p.write_text('x')",
        "p.write_bytes(b'x')",
        "open(p, 'w')",
        "open(p, mode='ab')",
        "p.open('w', encoding='utf-8')",
        "os.fdopen(fd, 'wb')",
        "os.open(p, os.O_WRONLY | os.O_CREAT)",
        "temp.replace(path)",
        "temp.rename(path)",
        "shutil.rmtree(p)",
        "import tempfile",
        "from os import replace",
        "from shutil import move",
        "folder.rmdir()",
    ],
)
def test_the_scanner_finds_each_way_to_write(source: str) -> None:
    assert disk_writes(source), source


@pytest.mark.parametrize(
    "source",
    [
        "open(p)",
        "open(p, 'rb')",
        "p.open('rb')",
        "os.open(p, os.O_RDONLY | os.O_NOFOLLOW)",
        "os.open(os.devnull, os.O_WRONLY)",
        "text.replace('a', 'b')",
        "dataclasses.replace(point, as_of=day)",
        "moment.replace(year=2026)",
        "files.replace(path, data)",
        "shutil.get_terminal_size((80, 24))",
        "p.read_bytes()",
    ],
)
def test_the_scanner_leaves_reading_alone(source: str) -> None:
    assert not disk_writes(source), source


@pytest.mark.parametrize(
    "source",
    [
        "import getpass",
        "getpass.getpass('x')",
        "sys.stderr.write('x')",
        "sys.stdout.write('x')",
        "sys.stdin.isatty()",
        "print('x', file=sys.stderr)",
        "input('x')",
        "import typer",
        "from rich.console import Console",
    ],
)
def test_the_scanner_finds_each_way_to_the_terminal(source: str) -> None:
    assert terminal_use(source), source


def test_the_scan_sees_the_whole_package() -> None:
    outside = {_name(path) for path in _modules(inside_store=False)}
    inside = {_name(path) for path in _modules(inside_store=True)}
    assert {"samtale/cli/notes.py", "samtale/guide/cache.py"} <= outside
    assert {"samtale/store/files.py", "samtale/store/keys.py"} <= inside


def test_only_the_store_writes_renames_or_deletes_files() -> None:
    found = {
        _name(path): writes
        for path in _modules(inside_store=False)
        if (writes := disk_writes(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_store_never_talks_to_the_terminal() -> None:
    found = {
        _name(path): uses
        for path in _modules(inside_store=True)
        if (uses := terminal_use(path.read_text(encoding="utf-8")))
    }
    assert found == {}
