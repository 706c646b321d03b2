"""The read commands' own output layer: wrapping, and escape codes for each kind of terminal."""

from __future__ import annotations

import os

import pexpect
import pytest

from samtale.cli.render import entry
from samtale.output.styled import ansi, cells, wrap
from tests.helpers.terminal import command

PROSE = (
    "Personen fortæller om at føle sig ensom eller alene, mens telefonen samtidig hele tiden "
    "får beskeder og opkald, og det kan have mange andre forklaringer end salg af sex."
)
ADDRESS = "https://www.example.org/" + "et-meget-langt-stykke-af-en-adresse/" * 4


def text_of(line: list[tuple[str, str]]) -> str:
    return "".join(text for text, _ in line)


@pytest.mark.parametrize("width", [40, 57, 80, 120])
def test_wrapped_prose_keeps_every_word_and_stays_within_the_width(width: int) -> None:
    lines = [text_of(line) for line in wrap([(PROSE, "")], width)]
    assert all(cells(line) <= width for line in lines)
    assert " ".join(lines).split() == PROSE.split()
    assert len(lines) > 1


def test_hanging_indent_starts_the_first_line_and_indents_the_rest() -> None:
    lines = [text_of(line) for line in wrap([(PROSE, "")], 40, first=("• ", ""), rest=("  ", ""))]
    assert lines[0].startswith("• Personen")
    assert all(line.startswith("  ") and not line.startswith("   ") for line in lines[1:])


def test_a_word_longer_than_the_line_stands_whole_on_its_own_line() -> None:
    """A web address cut in two could not be copied or opened from the terminal."""
    lines = [text_of(line) for line in wrap([("Kilde:", ""), (ADDRESS, "dim"), ("ok", "")], 40)]
    assert lines == ["Kilde:", ADDRESS, "ok"]


def test_wide_characters_take_two_columns() -> None:
    assert cells("漢字") == 4
    assert cells("e\u0301") == 1  # a combining accent takes no column
    lines = [text_of(line) for line in wrap([("漢字漢字 " * 12, "")], 21)]
    assert all(cells(line) <= 21 for line in lines)
    assert all(len(line) <= 10 for line in lines)


def test_styles_become_escape_codes_only_when_asked() -> None:
    line = wrap([("Oplyst marts 2009", "dim"), ("– tjek før brug", "yellow")], 80)[0]
    assert ansi(line, styles=False, colours=True) == "Oplyst marts 2009 – tjek før brug"
    coded = ansi(line, styles=True, colours=True)
    # One run per style; the space between two styles carries neither.
    assert coded == "\x1b[2mOplyst marts 2009\x1b[0m \x1b[33m– tjek før brug\x1b[0m"
    # NO_COLOR takes the colour, not the emphasis.
    assert (
        ansi(line, styles=True, colours=False) == "\x1b[2mOplyst marts 2009\x1b[0m – tjek før brug"
    )


def test_an_entry_drops_empty_lines_and_dims_all_but_the_first_text() -> None:
    lines = entry("Reden Odense", "", ["Værested i Odense", "", "Kilde: Håndbogen"], 80)
    assert [text_of(line) for line in lines] == [
        "• Reden Odense",
        "  Værested i Odense",
        "  Kilde: Håndbogen",
    ]
    assert lines[0][-1][1] == "bold"
    assert lines[1][-1][1] == ""
    assert lines[2][-1][1] == "dim"


def spawn_read(*args: str, **env: str) -> str:
    """`samtale ARGS` in a 100-column pseudo-terminal; everything it printed."""
    environment = {**os.environ, "COLUMNS": "100", "TERM": "xterm-256color", **env}
    environment.pop("SAMTALE_COUNTRY", None)
    if not env.get("NO_COLOR"):
        environment.pop("NO_COLOR", None)
    program, argv = command(*args)
    child = pexpect.spawn(program, argv, env=environment, dimensions=(40, 100), encoding="utf-8")
    child.expect(pexpect.EOF, timeout=30)
    child.close()
    assert child.exitstatus == 0, child.before
    return child.before


@pytest.mark.usefixtures("home")
def test_a_terminal_gets_emphasis_colour_and_box_rules() -> None:
    shown = spawn_read("resources", "--stale")
    assert "\x1b[1m• " in shown  # bold entry titles
    assert "\x1b[33m– tjek før brug" in shown  # old contact data in yellow
    assert "────" in shown


@pytest.mark.usefixtures("home")
def test_no_color_keeps_emphasis_but_drops_the_colour() -> None:
    shown = spawn_read("resources", "--stale", NO_COLOR="1")
    assert "\x1b[1m" in shown
    assert "\x1b[33m" not in shown


@pytest.mark.usefixtures("home")
def test_a_dumb_terminal_gets_no_escape_codes() -> None:
    shown = spawn_read("signs", TERM="dumb")
    assert "\x1b[" not in shown
    assert "Mulige tegn" in shown


def test_a_heading_longer_than_the_screen_is_wrapped_and_its_rule_cut() -> None:
    import io

    from samtale.cli.render import heading
    from samtale.output.styled import Writer

    stream = io.StringIO()
    writer = Writer(stream, 40, is_terminal=True, styles=False, colours=False)
    writer.write(heading("Spørg ind til, hvordan personen passer på sig selv", first=True))
    lines = stream.getvalue().splitlines()
    assert lines == ["Spørg ind til, hvordan personen passer", "på sig selv", "─" * 40]
