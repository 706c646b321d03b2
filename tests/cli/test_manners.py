"""Terminal manners: options anywhere, help everywhere, output that fits its destination."""

from __future__ import annotations

import json
import os
import re
import subprocess
from typing import Any

import pexpect
import pytest

from samtale.cli.localized import hoist_globals
from tests.helpers.terminal import command

BOX_DRAWING = re.compile("[\u2500-\u257f]")
GLOBALS = {"--country": True, "--land": True, "--debug": False}


def run_samtale(*args: str, columns: str = "80") -> subprocess.CompletedProcess[str]:
    """`samtale ARGS` in a fresh process, its output piped (not a terminal)."""
    env = {**os.environ, "COLUMNS": columns, "NO_COLOR": "1"}
    env.pop("SAMTALE_COUNTRY", None)
    program, argv = command(*args)
    return subprocess.run([program, *argv], capture_output=True, text=True, env=env, check=False)


def test_country_after_the_command(cli) -> None:
    before = cli("--country", "se", "resources", "--region", "göteborg", "--json")
    after = cli("resources", "--region", "göteborg", "--json", "--country", "se")
    assert after.exit_code == 0, after.stderr
    assert json.loads(after.stdout) == json.loads(before.stdout)
    assert cli("signs", "--country=se", "--debug").stdout.startswith("Tecken")


def test_country_after_the_command_in_a_fresh_process() -> None:
    """The console script chooses the language before Typer parses: it must look there too."""
    run = run_samtale("resources", "--region", "stokholm", "--country", "se")
    assert run.returncode == 2
    assert "menade du 'stockholm'?" in run.stderr


def test_hoisting_leaves_option_values_and_double_dash_alone() -> None:
    assert hoist_globals(["signs", "--debug"], GLOBALS, set()) == ["--debug", "signs"]
    moved = hoist_globals(["phrases", "-t", "safety", "--country", "se"], GLOBALS, {"-t"})
    assert moved == ["--country", "se", "phrases", "-t", "safety"]
    # A value that looks like a global option stays the value of its own option.
    same = ["phrases", "--search", "--debug"]
    assert hoist_globals(same, GLOBALS, {"--search"}) == same
    after_dashes = ["notes", "show", "--", "--debug"]
    assert hoist_globals(after_dashes, GLOBALS, set()) == after_dashes


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (("resources", "--country"), "--country skal have en værdi. Se 'samtale --help'."),
        (("signs", "--debug", "--country"), "--country skal have en værdi. Se 'samtale --help'."),
        (
            ("resources", "--debug", "--region"),
            "--region skal have en værdi. Se 'samtale resources --help'.",
        ),
        (("resources", "--region"), "--region skal have en værdi. Se 'samtale resources --help'."),
    ],
)
def test_an_option_without_its_value_is_one_line_naming_the_command(cli, args, line) -> None:
    """Before, a global option at the end took an empty value (``resources --country``
    listed Denmark's offers), and a command's option without its value pointed at
    ``samtale --help``."""
    result = cli(*args)
    assert result.exit_code == 2
    assert result.stderr.strip() == line
    assert result.stdout == ""


def test_short_version(cli) -> None:
    assert cli("-V").stdout == cli("--version").stdout
    assert cli("-V").stdout.startswith("samtale ")


@pytest.mark.parametrize("words", [(), ("resources",), ("notes", "show")])
def test_help_command_is_the_help_option(cli, words: tuple[str, ...]) -> None:
    by_command = cli("help", *words)
    assert by_command.exit_code == 0, by_command.stderr
    assert by_command.stdout == cli(*words, "--help").stdout


def test_help_command_in_a_fresh_process() -> None:
    run = run_samtale("help", "facts")
    assert run.returncode == 0, run.stderr
    assert "--topic" in run.stdout


@pytest.mark.parametrize(
    ("args", "suggestion"),
    [(("resurces",), "resources"), (("help", "phrasse"), "phrases"), (("config", "sett"), "set")],
)
def test_mistyped_command_gets_a_suggestion(cli, args, suggestion) -> None:
    result = cli(*args)
    assert result.exit_code == 2
    assert f"Mente du '{suggestion}'?" in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("words", [(), ("resources",), ("prep",), ("phrases",)])
def test_help_fits_50_columns_with_whole_option_names(cli, words: tuple[str, ...]) -> None:
    result = cli(*words, "--help", width=50)
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 50
    assert not BOX_DRAWING.search(result.stdout)
    assert "…" not in result.stdout
    if not words:
        assert "--country, --land" in result.stdout
    if words == ("resources",):
        assert "-r, --region, --område" in result.stdout


@pytest.mark.parametrize("columns", ["0", "3"])
def test_tiny_or_zero_columns_still_print(columns: str) -> None:
    for args in (("--help",), ("facts",), ("resources", "--region", "fyn")):
        run = run_samtale(*args, columns=columns)
        assert run.returncode == 0, run.stderr
        assert len(run.stdout.strip()) > 100, args


def test_narrow_terminal_gets_plain_help_and_wide_gets_panels() -> None:
    program, argv = command("resources", "--help")
    env = {**os.environ, "NO_COLOR": "1", "TERM": "xterm"}
    env.pop("COLUMNS", None)
    env.pop("SAMTALE_COUNTRY", None)
    narrow = pexpect.spawn(program, argv, env=env, dimensions=(40, 50), encoding="utf-8")
    narrow.expect(pexpect.EOF)
    text = narrow.before.replace("\r\n", "\n")
    assert "--group, --gruppe" in text
    assert "--grupp " not in text  # Danish help shows the Danish name, not the Swedish one
    assert max(len(line) for line in text.splitlines()) <= 50
    wide = pexpect.spawn(program, argv, env=env, dimensions=(40, 100), encoding="utf-8")
    wide.expect(pexpect.EOF)
    plain = re.sub(r"\x1b\[[0-9;]*m", "", wide.before)
    assert "╭─ Tilvalg" in plain


@pytest.mark.parametrize(
    "args",
    [
        ("resources", "--region", "fyn"),
        ("phrases", "--topic", "safety"),
        ("signs",),
        ("facts",),
        ("practice",),
        ("ids",),
        ("resources", "--stale"),
    ],
)
def test_piped_output_is_plain(args: tuple[str, ...]) -> None:
    run = run_samtale(*args)
    assert run.returncode == 0, run.stderr
    assert not BOX_DRAWING.search(run.stdout)
    assert all(line == line.rstrip() for line in run.stdout.splitlines())


def test_json_is_untouched_by_plain_output(cli) -> None:
    found = json.loads(cli("resources", "--region", "fyn", "--json").stdout)
    assert "AmiAmi" in [item["name"] for item in found]


def test_facts_do_not_start_with_a_blank_line(cli) -> None:
    out = cli("facts").stdout
    assert out.splitlines()[0].strip()
    assert cli("facts", "--topic", "stats").stdout.splitlines()[0].strip()


@pytest.mark.parametrize(("typed", "meant"), [("sv", "se"), ("da", "dk"), ("swe", "se")])
def test_close_country_code_suggests_the_right_one(cli, typed: str, meant: str) -> None:
    result = cli("--country", typed, "signs")
    assert result.exit_code == 2
    assert f"mente du '{meant}'?" in result.stderr


@pytest.mark.parametrize("typed", ["dk-", "DK", "danmark", "denmark"])
def test_country_spellings_that_are_accepted(cli, typed: str) -> None:
    assert cli("--country", typed, "signs").stdout.startswith("Tegn")
    assert cli("--country", "sweden", "signs").stdout.startswith("Tecken")


@pytest.mark.parametrize("place", ["Göteborg", "Malmö", "malmo", "Stockholm"])
def test_place_in_the_other_country_names_its_country(cli, place: str) -> None:
    result = cli("resources", "--region", place)
    assert result.exit_code == 2
    assert "--country se" in result.stderr
    assert "mente du" not in result.stderr


def test_danish_place_in_the_swedish_guide(cli) -> None:
    result = cli("--country", "se", "resources", "--region", "Odense")
    assert result.exit_code == 2
    assert "använd --country dk" in result.stderr


def test_typo_in_a_place_still_gets_a_suggestion(cli) -> None:
    assert "mente du 'fyn'?" in cli("resources", "--region", "fyen").stderr


def test_close_config_key_suggests_the_setting(cli, home) -> None:
    result = cli("config", "set", "retention", "14")
    assert result.exit_code == 2
    assert "mente du 'retention_days'?" in result.stderr
    assert not (home / "config.toml").exists()


@pytest.mark.parametrize("country", ["dk", "se"])
def test_english_context_word_is_accepted(cli, country: str) -> None:
    english = cli("--country", country, "phrases", "--context", "drugs", "--json")
    own = cli("--country", country, "phrases", "--context", "substance_use", "--json")
    assert english.exit_code == 0, english.stderr
    assert json.loads(english.stdout) == json.loads(own.stdout)


@pytest.mark.parametrize(("english", "gender"), [("female", "woman"), ("male", "man")])
def test_english_gender_in_answers(guide, look, english: str, gender: str) -> None:
    from samtale.prep.answers import Answers, resolve

    situation = resolve(Answers(citizen="K.M.", gender=english), guide, look)
    assert situation.gender.value == gender


def every_command_path() -> list[tuple[str, ...]]:
    """Every command and subcommand of the app, as the words that name it."""
    from typer.main import get_command

    from samtale.cli import app

    paths: list[tuple[str, ...]] = []

    def walk(command: Any, words: tuple[str, ...]) -> None:
        paths.append(words)
        for name in getattr(command, "commands", {}):
            walk(command.commands[name], (*words, name))

    walk(get_command(app), ())
    return paths


def test_every_help_fits_50_columns(cli) -> None:
    paths = every_command_path()
    assert ("notes", "show") in paths
    for words in paths:
        result = cli(*words, "--help", width=50)
        assert result.exit_code == 0, words
        assert max(len(line) for line in result.stdout.splitlines()) <= 50, words
        assert not BOX_DRAWING.search(result.stdout), words


@pytest.mark.usefixtures("home")
@pytest.mark.parametrize(
    "args", [("signs",), ("phrases",), ("resources", "--stale"), ("signs", "--json")]
)
def test_a_reader_that_went_away_ends_the_command_quietly(args: tuple[str, ...]) -> None:
    """`samtale signs | head -1`: the pipe closes before samtale has written; no bug report."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    program, argv = command(*args)
    run = subprocess.run(
        [program, *argv], stdout=write_end, stderr=subprocess.PIPE, text=True, check=False
    )
    os.close(write_end)
    assert run.returncode == 141
    assert run.stderr == ""
