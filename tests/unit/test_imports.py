"""The import rules of docs/design.md (Layout), checked on the source.

Every module under src/samtale is parsed with `ast`; each `import` and `from ... import`
statement is an edge, wherever it stands: at module level, inside a function (a lazy
import still couples the two modules) or under `if TYPE_CHECKING:`. `from samtale.x import
y` is an edge to `samtale.x.y` when that is a module, else to `samtale.x`; a relative
import is resolved against the importing module. A module loaded by name
(`importlib.import_module`, as `cli/root.py` loads the commands) is no edge.
"""

from __future__ import annotations

import ast
from pathlib import Path

import samtale

PACKAGE = Path(samtale.__file__).parent

# Each command registered in `cli/root.py`'s COMMANDS, with the modules that make it: the
# `notes` group declares its after-the-meeting commands (followup, journal, export) from
# `notes_after`, and `reflect` is declared with `practice`.
COMMANDS = {
    "config": {"samtale.cli.config"},
    "data": {"samtale.cli.data"},
    "facts": {"samtale.cli.facts"},
    "handout": {"samtale.cli.handout"},
    "ids": {"samtale.cli.ids"},
    "notes": {"samtale.cli.notes", "samtale.cli.notes_after"},
    "phrases": {"samtale.cli.phrases"},
    "practice": {"samtale.cli.practice"},
    "prep": {"samtale.cli.prep"},
    "reflect": {"samtale.cli.practice"},
    "resources": {"samtale.cli.resources"},
    "signs": {"samtale.cli.signs"},
}
COMMAND_MODULES = frozenset().union(*COMMANDS.values())
# The rest of `cli` is shared plumbing that any command may import, and that imports no
# command: the package and its root (which loads a command by name, through COMMANDS), the
# session object, console and output helpers, the pager, the localized Click classes, help
# text, completion, the drafts of interrupted flows, saying that a setting changed, and
# the one adapter to what Typer keeps private.
PLUMBING_MODULES = frozenset(
    {
        "samtale.cli",
        "samtale.cli.ask",
        "samtale.cli.common",
        "samtale.cli.complete",
        "samtale.cli.helptext",
        "samtale.cli.localized",
        "samtale.cli.passphrase",
        "samtale.cli.render",
        "samtale.cli.root",
        "samtale.cli.session",
        "samtale.cli.settings",
        "samtale.cli.typer_adapter",
    }
)
# The entry point: `python -m samtale` runs the command line.
ENTRY_POINTS = frozenset({"samtale.__main__"})


def module_name(path: Path) -> str:
    parts = ["samtale", *path.relative_to(PACKAGE).with_suffix("").parts]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The samtale modules that module `name` (at `path`) imports."""
    is_package = path.name == "__init__.py"
    edges: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = name.split(".")
                anchor = anchor[: len(anchor) - node.level + (1 if is_package else 0)]
                base = ".".join([*anchor, *([base] if base else [])])
            targets = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                for alias in node.names
            ]
        else:
            continue
        edges.update(target for target in targets if target in modules and target != name)
    return edges


def import_graph() -> dict[str, set[str]]:
    modules = all_modules()
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def in_cli(name: str) -> bool:
    return name == "samtale.cli" or name.startswith("samtale.cli.")


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def command_of(module: str) -> set[str]:
    return {name for name, modules in COMMANDS.items() if module in modules}


def listed(offenders: list[str]) -> str:
    return "\n" + "\n".join(offenders)


def test_every_kind_of_import_is_an_edge(tmp_path: Path) -> None:
    """The parser itself, on a made-up module: lazy, type-only, relative and
    `from package import module` imports all count; names that are no module reach their
    module."""
    source = tmp_path / "check.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "from samtale.guide import models\n"
        "from samtale.errors import DataError\n"
        "if TYPE_CHECKING:\n"
        "    from samtale.store.crypto import Key\n"
        "def lazy():\n"
        "    from . import load\n"
        "    from ..store import text\n"
        "    import samtale.dates\n",
        encoding="utf-8",
    )
    modules = all_modules()
    assert imports_of("samtale.guide.check", source, modules) == {
        "samtale.guide.models",
        "samtale.errors",
        "samtale.store.crypto",
        "samtale.guide.load",
        "samtale.store.text",
        "samtale.dates",
    }


def test_the_graph_sees_lazy_and_relative_imports() -> None:
    """The parser itself: a function-level import is an edge, `from a import b` reaches
    the module `a.b`, and the command modules are those `cli/root.py` registers."""
    graph = import_graph()
    assert "samtale.store.leftovers" in graph["samtale.cli.root"]  # inside main()
    assert "samtale.output.pager" in graph["samtale.cli.root"]  # `from samtale.output import pager`
    assert "samtale.cli.root" in graph["samtale.cli"]
    assert "samtale.cli.notes_after" in graph["samtale.cli.notes"]  # inside register()
    from samtale.cli.root import COMMANDS as REGISTERED

    assert set(REGISTERED) == set(COMMANDS)
    assert all(module in COMMANDS[name] for name, module in REGISTERED.items())
    cli = {name for name in graph if in_cli(name)}
    assert cli == COMMAND_MODULES | PLUMBING_MODULES
    assert not COMMAND_MODULES & PLUMBING_MODULES


def test_nothing_outside_cli_imports_cli() -> None:
    """Only the command line itself, and `python -m samtale`, import `samtale.cli`."""
    graph = import_graph()
    offenders = sorted(
        f"{source} -> {target}"
        for source, targets in graph.items()
        if not in_cli(source) and source not in ENTRY_POINTS
        for target in targets
        if in_cli(target)
    )
    assert offenders == [], listed(offenders)
    assert "samtale.cli" in graph["samtale.__main__"]


def test_commands_do_not_import_each_other() -> None:
    """A command's modules import plumbing and the layers below, never another command's;
    what two commands share lives in `samtale.app` or in a plumbing module."""
    graph = import_graph()
    offenders = sorted(
        f"{source} -> {target}"
        for source in COMMAND_MODULES
        for target in graph[source]
        if target in COMMAND_MODULES and not command_of(source) & command_of(target)
    )
    assert offenders == [], listed(offenders)


def test_plumbing_imports_no_command() -> None:
    """Plumbing is below the commands: only the root loads them (by name, in COMMANDS)."""
    graph = import_graph()
    offenders = sorted(
        f"{source} -> {target}"
        for source in PLUMBING_MODULES & graph.keys()
        for target in graph[source]
        if target in COMMAND_MODULES
    )
    assert offenders == [], listed(offenders)


def test_no_import_circles() -> None:
    """No module reaches itself through imports, lazy ones included."""
    circles = [" <-> ".join(circle) for circle in cycles(import_graph())]
    assert circles == [], listed(circles)


def test_use_cases_know_no_terminal_library() -> None:
    """`samtale.app` is the use cases without the command line: no Typer, Click, Rich or
    questionary, at any level."""
    terminal = {"typer", "click", "rich", "questionary", "prompt_toolkit"}
    offenders = []
    for name, path in all_modules().items():
        if name != "samtale.app" and not name.startswith("samtale.app."):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                tops = {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and not node.level:
                tops = {(node.module or "").split(".")[0]}
            else:
                continue
            offenders += [f"{name} -> {top}" for top in sorted(tops & terminal)]
    assert offenders == [], listed(offenders)
