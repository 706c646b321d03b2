"""Issue 26: one way to the terminal. Only `samtale.output` writes to stdout or stderr.

Every other module says what to show through it (`output.line`, `output.text`,
`output.json`, `output.say`, the console, the writer, the pager), so the
cleaning of escape sequences, the width, the pager and a lost terminal are handled once.
The rule is read from the source with `ast`, so it holds for code no test runs; the scanner
is tested on snippets first, so that a scanner that finds nothing cannot pass.

On main before this change (562d215) twelve modules wrote to the streams themselves:
`typer.echo` in the commands, `sys.stdout.write` in notes, prep, practice and export,
`sys.stderr.write` in kept, passphrase and localized, Rich consoles made in `cli/common`.
"""

from __future__ import annotations

import ast

import pytest

from tests.helpers import REPO

PACKAGE = REPO / "src" / "samtale"
OUTPUT = PACKAGE / "output"

STREAMS = {"stdout", "stderr", "__stdout__", "__stderr__"}
# Functions of the terminal libraries that write to the terminal or ask at it.
WRITERS = {
    "typer": {"echo", "secho", "prompt", "confirm", "echo_via_pager"},
    "click": {"echo", "secho", "prompt", "confirm", "echo_via_pager"},
    "rich": {"print", "print_json"},
    "rich.console": {"Console"},
}


def writes_to_terminal(source: str) -> list[str]:
    """Every place in `source` that writes to stdout or stderr other than through
    `samtale.output`, as "line: what"."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        what = ""
        if isinstance(node, ast.Attribute) and node.attr in STREAMS:
            if isinstance(node.value, ast.Name) and node.value.id == "sys":
                what = f"sys.{node.attr}"
        elif isinstance(node, ast.ImportFrom) and node.module == "sys":
            what = ", ".join(a.name for a in node.names if a.name in STREAMS)
        elif isinstance(node, ast.ImportFrom) and node.module in WRITERS:
            names = [a.name for a in node.names if a.name in WRITERS[node.module]]
            what = ", ".join(f"{node.module}.{name}" for name in names)
        elif isinstance(node, ast.Call):
            what = _writing_call(node)
        if what:
            found.append(f"{getattr(node, 'lineno', '?')}: {what}")
    return found


def _writing_call(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name) and func.id == "print":
        return "print"
    if not isinstance(func, ast.Attribute) or not isinstance(func.value, ast.Name):
        return ""
    module, name = func.value.id, func.attr
    if name in WRITERS.get(module, set()):
        return f"{module}.{name}"
    # Descriptors 1 and 2 are stdout and stderr; any other is a file's.
    standard = any(isinstance(arg, ast.Constant) and arg.value in (1, 2) for arg in call.args)
    if module == "os" and name in {"write", "dup2"} and standard:
        return f"os.{name}"
    return ""


@pytest.mark.parametrize(
    "snippet",
    [
        "import sys\nsys.stdout.write('x')\n",
        "import sys\nsys.stderr.flush()\n",
        "import sys\nwide = sys.stdout.isatty()\n",
        "from sys import stderr\n",
        "print('x')\n",
        "import typer\ntyper.echo('x', err=True)\n",
        "import typer\ntyper.confirm('sure?')\n",
        "import click\nclick.secho('x')\n",
        "from typer import echo\n",
        "from rich.console import Console\n",
        "import rich\nrich.print('x')\n",
        "import os\nos.write(1, b'x')\n",
    ],
)
def test_the_scanner_finds_each_way_to_the_terminal(snippet: str) -> None:
    assert writes_to_terminal(snippet), snippet


@pytest.mark.parametrize(
    "snippet",
    [
        "from samtale import output\noutput.line('x', err=True)\n",
        "from samtale.output.console import console\nconsole().print('x')\n",
        "import sys\nok = sys.stdin.isatty()\n",  # asking whether someone can type is input
        "import sys\nsys.exit(2)\n",
        "import typer\napp = typer.Typer()\n",
        "import os\nos.write(fd, b'x')\n",  # a file the store opened
    ],
)
def test_the_scanner_lets_the_output_module_be_used(snippet: str) -> None:
    assert writes_to_terminal(snippet) == []


def test_only_the_output_module_writes_to_stdout_or_stderr() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}:{where}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if OUTPUT not in path.parents
        for where in writes_to_terminal(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], "\n".join(offenders)


def test_the_output_module_is_where_the_writing_is() -> None:
    """The rule is not met by an empty package: the streams are written in it."""
    found = [w for path in OUTPUT.glob("*.py") for w in writes_to_terminal(path.read_text())]
    assert any("sys.stdout" in w for w in found)
    assert any("sys.stderr" in w for w in found)
