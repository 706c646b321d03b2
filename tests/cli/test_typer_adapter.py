"""Each point where samtale leans on what Typer keeps private (`samtale.cli.typer_adapter`),
exercised against the installed Typer on a small app of its own, so that a Typer release
that moves one fails here, by name, and not in front of a user; then the error lines that
the public hooks (`resolve_command`, `parse_args`) give, in both languages.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import pytest
import typer
import typer.main

from samtale.cli import typer_adapter
from samtale.cli.typer_adapter import (
    COMPLETE_ARGS,
    COMPLETION_OPTIONS,
    argument_without_type,
    completion_item,
    completion_script,
    detect_shell,
    errors,
    install_completion,
    needs_value,
    parameter_name,
    rich_help_words,
    set_completer,
    split_command_line,
    type_name,
)
from tests.helpers.terminal import command as samtale_command

SOURCE = Path(typer_adapter.__file__).parent.parent
PRIVATE = re.compile(r"typer\._|rich_utils|_custom_shell_complete|_TYPER_")


def tiny() -> Any:
    """A two-command Typer app as click sees it, with Typer's completion options."""
    app = typer.Typer(add_completion=True)

    @app.command()
    def run(
        count: int,
        name: Annotated[str, typer.Option(envvar="TINY_NAME")] = "x",
        where: Annotated[Path, typer.Option()] = Path("."),
        need: Annotated[str, typer.Option()] = "",
        flag: bool = False,
    ) -> None:
        """Run."""

    @app.command()
    def other() -> None:
        """Other."""

    return typer.main.get_command(app)


def param(command: Any, name: str) -> Any:
    return next(p for p in command.params if p.name == name)


def run_tiny(command: Any, *args: str) -> Any:
    return command.main(list(args), prog_name="tiny", standalone_mode=False)


def test_only_the_adapter_touches_typer_privates() -> None:
    offenders = [
        str(path.relative_to(SOURCE))
        for path in SOURCE.rglob("*.py")
        if path.name != "typer_adapter.py" and PRIVATE.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


@pytest.mark.parametrize(
    ("args", "kind"),
    [
        (("run", "1", "--nam", "a"), "NoSuchOption"),
        (("run", "1", "--name"), "BadOptionUsage"),
        (("run", "1", "--flag=yes"), "BadOptionUsage"),
        (("run",), "MissingParameter"),
        (("run", "abc"), "BadParameter"),
    ],
)
def test_errors_are_clicks_classes(args: tuple[str, ...], kind: str) -> None:
    with pytest.raises(errors.UsageError) as raised:
        run_tiny(tiny(), *args)
    assert type(raised.value) is getattr(errors, kind)
    assert isinstance(raised.value, errors.ClickException)


def test_error_attributes_that_usage_message_reads() -> None:
    command = tiny()
    with pytest.raises(errors.NoSuchOption) as unknown:
        run_tiny(command, "run", "1", "--nam", "a")
    assert unknown.value.option_name == "--nam"
    assert list(unknown.value.possibilities) == ["--name"]
    assert unknown.value.ctx is not None
    assert unknown.value.ctx.command_path == "tiny run"
    with pytest.raises(errors.MissingParameter) as missing:
        run_tiny(command, "run")
    assert parameter_name(missing.value.param) == "count"
    assert typer.BadParameter is errors.BadParameter


def test_parameter_name_of_an_option() -> None:
    assert parameter_name(param(tiny().commands["run"], "name")) == "name"


def test_needs_value_tells_a_missing_value_from_an_unwanted_one() -> None:
    command = tiny()
    with pytest.raises(errors.BadOptionUsage) as missing:
        run_tiny(command, "run", "1", "--name")
    with pytest.raises(errors.BadOptionUsage) as unwanted:
        run_tiny(command, "run", "1", "--flag=yes")
    assert needs_value(missing.value)
    assert not needs_value(unwanted.value)
    assert missing.value.option_name == "--name"


def test_no_args_is_help_raises_its_own_error() -> None:
    app = typer.Typer(no_args_is_help=True, add_completion=False)

    @app.command()
    def one() -> None: ...

    @app.command()
    def two() -> None: ...

    with pytest.raises(errors.NoArgsIsHelpError):
        typer.main.get_command(app).main([], prog_name="tiny", standalone_mode=False)


WORDS = {
    "options": "TILVALG-X",
    "commands": "KOMMANDOER-X",
    "arguments": "ARGUMENTER-X",
    "default": "[std: {}]",
    "envvar": "[miljø: {}]",
    "required": "[skal-x]",
}


def test_rich_help_words_and_width(capsys: pytest.CaptureFixture[str]) -> None:
    command = tiny()
    with rich_help_words(60, WORDS):
        run_tiny(command, "run", "--help")
        run_tiny(command, "--help")
    ours = capsys.readouterr().out
    for word in ("TILVALG-X", "KOMMANDOER-X", "ARGUMENTER-X", "[std: x]", "[miljø: TINY_NAME]"):
        assert word in ours
    assert "[skal-x]" in ours
    assert max(len(line) for line in ours.splitlines()) == 60
    run_tiny(command, "run", "--help")  # and afterwards Typer's own words again
    again = capsys.readouterr().out
    assert "TILVALG-X" not in again
    assert "[default: x]" in again


def test_type_name_and_argument_without_type(capsys: pytest.CaptureFixture[str]) -> None:
    command = tiny()
    run = command.commands["run"]
    names = {p.name: type_name(p) for p in run.params}
    assert names == {
        "count": "int",
        "name": "str",
        "where": "path",
        "need": "str",
        "flag": "boolean",
    }
    with argument_without_type(param(run, "count")):
        run_tiny(command, "run", "--help")
    hidden = capsys.readouterr().out
    run_tiny(command, "run", "--help")
    shown = capsys.readouterr().out
    count_line = next(line for line in shown.splitlines() if " count " in line)
    assert "<int>" in count_line
    assert "<int>" not in next(line for line in hidden.splitlines() if " count " in line)


def test_completion_options_are_named_as_we_expect() -> None:
    command = tiny()
    ctx = command.make_context("tiny", ["run"], resilient_parsing=True)
    names = [p.name for p in command.get_params(ctx)]
    assert set(COMPLETION_OPTIONS) <= set(names)


def test_our_completer_answers_a_zsh_request(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`set_completer` and `completion_item` through Typer's zsh class, which reads the
    half-typed line from `COMPLETE_ARGS` (else it would offer the command names)."""
    command = tiny()
    offered: Callable[[Any, Any, str], list[Any]] = lambda ctx, param, incomplete: [  # noqa: E731
        completion_item("alfa", "første"),
        completion_item("beta", ""),
    ]
    set_completer(param(command.commands["run"], "name"), offered)
    monkeypatch.setenv("_TINY_COMPLETE", "complete_zsh")
    monkeypatch.setenv(COMPLETE_ARGS, "tiny run 1 --name a")
    with pytest.raises(SystemExit) as done:
        run_tiny(command)
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert '"alfa":"første"' in out
    assert "beta" in out
    assert "other" not in out


def test_split_command_line_keeps_an_open_quote() -> None:
    assert split_command_line("samtale resources --region 'Nord jy") == [
        "samtale",
        "resources",
        "--region",
        "Nord jy",
    ]


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish", "powershell"])
def test_completion_script_names_our_variable(shell: str) -> None:
    script = completion_script("tiny", "_TINY_COMPLETE", shell)
    assert "_TINY_COMPLETE" in script
    if shell in ("zsh", "fish", "powershell"):
        assert COMPLETE_ARGS in script


def test_install_completion_writes_under_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    shell, path = install_completion("tiny", "_TINY_COMPLETE", "bash")
    assert shell == "bash"
    assert Path(path).is_relative_to(tmp_path)
    assert "_TINY_COMPLETE" in (tmp_path / ".bashrc").read_text() + Path(path).read_text()


def test_detect_shell_answers_or_says_it_cannot() -> None:
    shell = detect_shell()
    assert shell is None or isinstance(shell, str)


# The error lines and usage lines that samtale's public hooks make, in the catalogue's words.


def fresh(args: tuple[str, ...], home: Path) -> subprocess.CompletedProcess[str]:
    """`samtale ARGS` in a fresh process, piped, 120 columns, no country chosen."""
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120", "SAMTALE_HOME": str(home)}
    env.pop("SAMTALE_COUNTRY", None)
    program, argv = samtale_command(*args)
    return subprocess.run([program, *argv], capture_output=True, text=True, env=env, check=False)


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            ("signs", "extra", "words"),
            "Uventet ekstra argument: extra words. Se 'samtale signs --help'.",
        ),
        (
            ("--country", "se", "signs", "extra"),
            "Oväntat extra argument: extra. Se 'samtale signs --help'.",
        ),
        (("phrases", "--", "x"), "Uventet ekstra argument: x. Se 'samtale phrases --help'."),
        (("resurces",), "Ukendt kommando 'resurces'. Mente du 'resources'? Se 'samtale --help'."),
        (
            ("--country", "se", "resurces"),
            "Okänt kommando 'resurces'. Menade du 'resources'? Se 'samtale --help'.",
        ),
        (("forbered",), "Ukendt kommando 'forbered'. Mente du 'prep'? Se 'samtale --help'."),
        (("notes", "shw"), "Ukendt kommando 'shw'. Mente du 'show'? Se 'samtale notes --help'."),
        (
            ("help", "phrasse"),
            "Ukendt kommando 'phrasse'. Mente du 'phrases'? Se 'samtale --help'.",
        ),
        (("facts", "--topic"), "--topic skal have en værdi. Se 'samtale facts --help'."),
        (("notes", "show"), "ID mangler. Se 'samtale notes show --help'."),
    ],
)
def test_usage_errors_are_one_line_in_our_words(
    args: tuple[str, ...], line: str, tmp_path: Path
) -> None:
    """In a fresh process, as a user meets them: the console script chooses the language."""
    run = fresh(args, tmp_path)
    assert run.returncode == 2
    assert run.stderr == line + "\n"


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (("resources", "--help"), "Brug: samtale resources [TILVALG] [KOMMANDO [ARGUMENTER]...]"),
        (
            ("--country", "se", "notes", "--help"),
            "Användning: samtale notes [ALTERNATIV] KOMMANDO [ARGUMENT]...",
        ),
        (("--country", "se", "signs", "--help"), "Användning: samtale signs [ALTERNATIV]"),
    ],
)
def test_usage_line_in_our_words(args: tuple[str, ...], line: str, tmp_path: Path) -> None:
    """`collect_usage_pieces` and `format_usage`: the prefix and both metavars translated,
    the brackets of an optional command kept."""
    run = fresh(args, tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[0] == line
