"""One way out: one table from error to exit code, applied at one exit point.

(a) `EXIT_CODES` names every exception class of `samtale.errors` and gives the codes of
docs/design.md; (b) no module but the exit point ends the process (`typer.Exit`,
`SystemExit`, `sys.exit`, `os._exit`); (c) commands end with each code that is cheap to
reach, driven through the Typer runner with the failure injected where it would happen.
"""

from __future__ import annotations

import ast
import inspect
import signal
from pathlib import Path
from typing import Any

import pytest

import samtale
from samtale import errors

SOURCE = Path(samtale.__file__).parent
EXIT_POINT = SOURCE / "cli" / "localized.py"  # the only module that may end the process

# The codes docs/design.md promises ("Exit codes").
PROMISED = {
    errors.Done: 0,
    errors.Declined: 0,
    errors.SamtaleError: 1,
    errors.RefusedError: 1,
    errors.UsageError: 2,
    errors.DataError: 2,
    errors.StorageError: 74,
    errors.HungUp: 129,
    errors.Stopped: 130,
    errors.Terminated: 143,
    KeyboardInterrupt: 130,
    EOFError: 130,
    BrokenPipeError: 141,
    OSError: 74,
    Exception: 1,
}


def _error_classes() -> list[type[BaseException]]:
    return [
        kind
        for _, kind in inspect.getmembers(errors, inspect.isclass)
        if issubclass(kind, BaseException) and kind.__module__ == errors.__name__
    ]


def test_the_table_names_every_error_class() -> None:
    missing = [kind.__name__ for kind in _error_classes() if kind not in errors.EXIT_CODES]
    assert not missing, f"errors.py classes without an exit code: {missing}"


def test_the_table_gives_the_promised_codes() -> None:
    assert errors.EXIT_CODES == PROMISED


def test_an_error_takes_the_code_of_its_nearest_class_in_the_table() -> None:
    from samtale.store.notes import NotThisNote

    assert NotThisNote("x", "y").exit_code == 2  # an identity error is bad input
    assert errors.exit_code(IsADirectoryError()) == 74
    assert errors.exit_code(ValueError()) == 1
    assert errors.stopped_by(signal.SIGHUP, "").exit_code == 129
    assert errors.stopped_by(signal.SIGTERM, "").exit_code == 143
    assert errors.stopped_by(None, "").exit_code == 130


def _ways_out(tree: ast.AST) -> list[tuple[int, str]]:
    """Where a module raises an exit or calls a function that ends the process."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and node.exc is not None:
            target = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
            name = ast.unparse(target)
            if name.split(".")[-1] in ("Exit", "SystemExit"):
                found.append((node.lineno, f"raise {name}"))
        elif isinstance(node, ast.Call):
            name = ast.unparse(node.func)
            if name in ("sys.exit", "os._exit", "exit", "quit", "_exit"):
                found.append((node.lineno, f"{name}()"))
    return found


def test_only_the_exit_point_ends_the_process() -> None:
    offenders = [
        f"{path.relative_to(SOURCE.parent)}:{line}: {what}"
        for path in sorted(SOURCE.rglob("*.py"))
        if path != EXIT_POINT
        for line, what in _ways_out(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert not offenders, "raise an error from samtale.errors instead:\n" + "\n".join(offenders)


def test_the_scan_sees_each_way_out() -> None:
    """The rule above can fail: each form it forbids is found."""
    code = (
        "import sys, os, typer\n"
        "raise typer.Exit(0)\nraise SystemExit\nsys.exit(1)\nos._exit(2)\n"
        "raise ValueError()\n"
    )
    assert [line for line, _ in _ways_out(ast.parse(code))] == [2, 3, 4, 5]


def test_unknown_region_exits_2(cli, home) -> None:
    result = cli("resources", "--region", "Atlantis")
    assert result.exit_code == 2
    assert "Atlantis" in result.stderr


def test_notes_folder_that_is_a_file_exits_74_naming_it(cli, private_home, answers_file) -> None:
    private_home.mkdir()
    (private_home / "notes").write_text("", encoding="utf-8")
    result = cli("prep", "--answers", str(answers_file))
    assert result.exit_code == 74
    assert str(private_home / "notes") in result.stderr
    assert "Traceback" not in result.output


def _raising(error: BaseException) -> Any:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise error

    return fail


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (KeyboardInterrupt(), 130),
        (EOFError(), 130),
        (BrokenPipeError(), 141),
        (PermissionError(13, "Permission denied", "/x/notes"), 74),
        (errors.RefusedError("nej"), 1),
        (RuntimeError("a bug"), 1),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, BaseException) else str(value),
)
def test_an_error_inside_a_command_ends_with_its_code(
    cli, home, monkeypatch, error: BaseException, code: int
) -> None:
    from samtale.store import notes

    monkeypatch.setattr(notes, "listing", _raising(error))
    result = cli("notes", "list")
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    assert result.stderr.count("\n") <= 1  # one line, or none for a closed pipe


@pytest.mark.parametrize(("signum", "code"), [("SIGHUP", 129), ("SIGTERM", 143)])
def test_a_signal_during_prep_ends_with_128_plus_its_number(
    cli, private_home, monkeypatch, signum: str, code: int
) -> None:
    from samtale.cli import prep

    number = getattr(signal, signum, None)
    if number is None:
        pytest.skip(f"no {signum} here")
    monkeypatch.setattr(prep, "_prompter", _raising(prep.Signalled(number)))
    result = cli("prep")
    assert result.exit_code == code, result.output
    assert result.stderr.strip()


def test_version_ends_with_0(cli) -> None:
    result = cli("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("samtale ")
