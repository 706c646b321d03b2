"""Shell completion: Typer's options, and completions of commands, options and values."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers import ANSWERS_YAML
from tests.helpers.terminal import command


def complete(words: str, home: Path | None = None, shell: str = "bash") -> list[str]:
    """What samtale offers for the command line `words` (the cursor at its end)."""
    env = {**os.environ, "NO_COLOR": "1", "_SAMTALE_COMPLETE": f"complete_{shell}"}
    env.pop("SAMTALE_COUNTRY", None)
    if home is not None:
        env["SAMTALE_HOME"] = str(home)
    if shell == "bash":
        parts = words.split(" ")
        env.update(COMP_WORDS=words, COMP_CWORD=str(len(parts) - 1))
    else:
        env.update(_TYPER_COMPLETE_ARGS=words, _TYPER_COMPLETE_FISH_ACTION="get-args")
    program, argv = command()
    run = subprocess.run([program, *argv], env=env, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    return [line.split("\t")[0] for line in run.stdout.splitlines() if line]


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_show_completion_for_each_shell(cli, shell: str) -> None:
    result = cli("--show-completion", shell)
    assert result.exit_code == 0, result.stderr
    assert "_SAMTALE_COMPLETE" in result.stdout
    assert f"complete_{shell}" in result.stdout


def test_install_completion_for_bash(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path)}
    program, argv = command("--install-completion", "bash")
    run = subprocess.run([program, *argv], env=env, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    script = tmp_path / ".bash_completions" / "samtale.sh"
    assert "_SAMTALE_COMPLETE" in script.read_text()
    assert f"source '{script}'" in (tmp_path / ".bashrc").read_text()


def test_install_completion_detects_the_shell_in_its_own_words(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path), "SHELL": "/bin/zsh"}
    env.pop("SAMTALE_COUNTRY", None)
    program, argv = command("--install-completion")
    run = subprocess.run([program, *argv], env=env, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("Tab-fuldførelse til ")
    assert str(tmp_path) in run.stdout


def test_unknown_shell_is_one_line_exit_2(cli) -> None:
    result = cli("--show-completion", "tcsh")
    assert result.exit_code == 2
    assert "'tcsh'" in result.stderr
    assert "bash, zsh, fish" in result.stderr
    assert result.stderr.count("\n") == 1


def test_help_lists_the_completion_options(cli) -> None:
    out = cli("--help").stdout
    assert "--install-completion" in out
    assert "--show-completion" in out


def test_commands_and_options_complete() -> None:
    assert complete("samtale res") == ["resources"]
    assert "--region" in complete("samtale resources --re")
    assert set(complete("samtale notes ")) >= {"list", "show", "delete", "purge"}


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("samtale phrases --topic sa", {"safety"}),
        ("samtale phrases --context sub", {"substance_use"}),
        ("samtale resources --region Ode", {"Odense"}),
        ("samtale resources --region fy", {"fyn"}),
        ("samtale resources --group wo", {"women"}),
        ("samtale resources --service hea", {"health"}),
        ("samtale facts --topic ", {"law", "stats", "terms"}),
        ("samtale practice sofie", {"sofie_sover_hos_bekendte"}),
        ("samtale ids si", {"signs"}),
        ("samtale config set reten", {"retention_days"}),
        ("samtale --country ", {"dk", "se"}),
        ("samtale handout --region Ode", {"Odense"}),
        ("samtale handout --language e", {"en"}),
        ("samtale phrases --language ", {"da", "en"}),
        ("samtale help res", {"resources"}),
    ],
)
def test_values_complete(words: str, expected: set[str]) -> None:
    assert set(complete(words)) >= expected


def test_values_follow_the_country_anywhere_on_the_line() -> None:
    assert "Göteborg" in complete("samtale resources --country se --region Göte")
    assert "Göteborg" in complete("samtale --country se resources --region Göte", shell="fish")
    assert "Göteborg" not in complete("samtale resources --region Göte")


def test_note_ids_complete(cli, home: Path) -> None:
    saved = cli("prep", "--answers", "-", input=ANSWERS_YAML)
    assert saved.exit_code == 0, saved.stderr
    listed = [
        note["id"] for note in __import__("json").loads(cli("notes", "list", "--json").stdout)
    ]
    assert complete("samtale notes show ", home=home) == listed
    assert complete(f"samtale notes delete {listed[0][:3]}", home=home) == listed[:1]
    assert complete("samtale notes followup ", home=home) == listed
    assert complete("samtale notes export ", home=home) == listed


def test_bash_really_completes_with_the_script(tmp_path: Path) -> None:
    """Source the printed script in bash and press TAB the way bash does."""
    program, _ = command()
    bash = shutil.which("bash")
    if bash is None or not program.endswith("samtale"):
        pytest.skip("needs bash and the installed console script")
    env = {**os.environ, "PATH": f"{Path(program).parent}:{os.environ['PATH']}"}
    script = (
        "source <(samtale --show-completion bash); COMP_WORDS=(samtale phrases --topic sa); "
        'COMP_CWORD=3; _samtale_completion samtale sa --topic; printf "%s\\n" "${COMPREPLY[@]}"'
    )
    run = subprocess.run([bash, "--norc", "-c", script], env=env, capture_output=True, text=True)
    assert run.stdout.split() == ["safety"], run.stderr


@pytest.mark.parametrize("args", [("signs",), ("resources", "--region", "fyn"), ("facts",)])
def test_read_commands_load_no_completion_machinery(args: tuple[str, ...]) -> None:
    from tests.cli.test_startup import modules_after

    loaded = modules_after(*args)
    assert "samtale.cli.complete" not in loaded
    assert "samtale.cli.helptext" not in loaded
    assert "samtale.guide.ids" not in loaded
