"""Text in, text out: control characters never reach a note or a terminal, user text never
starts a Markdown block, fields and answers files have limits, bad files are input errors."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from samtale.messages.da import MESSAGES
from samtale.store.text import (
    MAX_FIELD,
    clean,
    for_terminal,
    markdown_inline,
    valid_free_text,
)
from tests.helpers import ANSWERS_YAML

OSC52 = "\x1b]52;c;cm0gLXJmIH4=\x07"  # would put "rm -rf ~" on the clipboard
NASTY = [
    OSC52,
    "\x1b]52;c;cm0gLXJmIH4=\x1b\\",  # the same, ended by ST
    "\x1b]0;new window title\x07",
    "\x1b[2J\x1b[H",  # clear the screen
    "\x1bc",  # reset the terminal
    "\x07",
    "\x7f",
    "\x9b31m",  # 8-bit CSI
    "\x9d52;c;eA==\x9c",  # 8-bit OSC
    "\x85",
    "\u202e",  # right-to-left override
    "\u2066",
    "\x00",
    "\x08",
]


@pytest.mark.parametrize("bad", NASTY)
def test_clean_removes_control_sequences_and_characters(bad: str) -> None:
    assert clean(f"før{bad}efter") == "førefter"
    assert for_terminal(f"før{bad}efter") == "førefter"


def test_clean_removes_colour_codes_too() -> None:
    assert clean("før\x1b[31mefter\x1b[0m") == "førefter"


def test_clean_keeps_line_breaks_and_tabs_only_where_asked() -> None:
    assert clean("a\r\nb\tc\rd") == "a\nb\tc\nd"
    assert clean("a\nb\tc", multiline=False) == "a b c"
    assert clean("Åse, 12 år – «ok»") == "Åse, 12 år – «ok»"


def test_an_unterminated_osc_ends_at_the_line() -> None:
    assert clean("a\x1b]52;c;eA==\nb") == "a\nb"


def test_terminal_keeps_richs_colours_only() -> None:
    assert for_terminal("\x1b[1;31mfed\x1b[0m") == "\x1b[1;31mfed\x1b[0m"
    assert for_terminal("\x1b[1;31Hflyt") == "flyt"


BLOCK_STARTS = [
    "# Overskrift",
    "## Overskrift",
    "---",
    "***",
    "___",
    "1. punkt",
    "3) punkt",
    "+ punkt",
    "- punkt",
    "* punkt",
    "> citat",
    "```python",
    "~~~",
    "| a | b |",
    "===",
    "<script>alert(1)</script>",
    "<!-- kommentar",
    "    indrykket kode",
]


@pytest.mark.parametrize("text", BLOCK_STARTS)
def test_user_text_never_starts_a_block(text: str) -> None:
    line = markdown_inline(text)
    tokens = MarkdownIt("commonmark").enable("table").parse(f"Før\n\n{line}\n\nEfter\n")
    kinds = {token.type for token in tokens}
    assert kinds == {"paragraph_open", "inline", "paragraph_close"}, (line, kinds)
    shown = next(t for t in tokens if t.type == "inline" and "Før" not in t.content)
    assert "".join(c.content for c in shown.children or []) == " ".join(text.split())


def test_valid_free_text_limits_length_and_identifiers() -> None:
    assert valid_free_text("a" * MAX_FIELD) is True
    assert "4000" in str(valid_free_text("a" * (MAX_FIELD + 1)))
    assert "CPR" in str(valid_free_text("010190-1234"))


# Through the CLI ------------------------------------------------------------------------


def answers_with(tmp_path: Path, observation: str, other: str = "Kan også være en ny kæreste"):
    text = ANSWERS_YAML.replace(
        '"Siger hun er alene, men telefonen summer hele mødet"', observation
    ).replace('"Kan også være en ny kæreste"', other)
    path = tmp_path / "svar.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_escape_sequences_in_answers_reach_neither_stdout_nor_the_note(
    cli, home: Path, tmp_path: Path
) -> None:
    quoted = '"Telefonen summer\\e]52;c;cm0gLXJmIH4=\\a\\e[2J hele tiden\\u202e"'
    path = answers_with(tmp_path, quoted, '"Ny kæreste\\x9b31m?"')
    printed = cli("prep", "--answers", str(path), "--stdout")
    assert printed.exit_code == 0, printed.output
    assert "Telefonen summer hele tiden" in printed.stdout
    saved = cli("prep", "--answers", str(path))
    assert saved.exit_code == 0, saved.output
    (note,) = [p for p in (home / "notes").iterdir() if p.is_file()]
    for text in (printed.stdout, note.read_text(encoding="utf-8")):
        for bad in ("\x1b", "\x07", "\x9b", "\u202e", "52;c;"):
            assert bad not in text


def test_escape_sequences_in_a_bad_value_do_not_reach_the_error_line(
    cli, home: Path, tmp_path: Path
) -> None:
    path = tmp_path / "svar.yaml"
    path.write_text(
        ANSWERS_YAML.replace("region: Odense", 'region: "Ukendt\\e]52;c;eA==\\asted\\e[8m"'),
        encoding="utf-8",
    )
    result = cli("prep", "--answers", str(path), "--stdout")
    assert result.exit_code == 2
    assert "Ukendtsted" in result.output
    assert "\x1b" not in result.output
    assert "\x07" not in result.output


def test_a_planted_note_with_escape_sequences_is_shown_clean(cli, home: Path) -> None:
    notes = home / "notes"
    notes.mkdir(parents=True)
    planted = notes / "2026-01-02-k-m-abcdef.md"
    planted.write_text(f"# Note\n\nTekst\x1b[2J og mere{OSC52}\n", encoding="utf-8")
    shown = cli("notes", "show", "abcdef")
    assert shown.exit_code == 0, shown.output
    assert "Tekst og mere" in shown.output
    assert "\x1b" not in shown.output
    listed = cli("notes", "list")
    assert "\x1b" not in listed.output


def test_a_planted_pseudonym_with_escape_sequences_is_listed_clean(cli, home: Path) -> None:
    notes = home / "notes"
    notes.mkdir(parents=True)
    meta = '{"citizen": "K\\u001b[8mM\\u001b]52;c;eA==\\u0007", "date": "2026-01-02"}'
    (notes / "2026-01-02-k-m-abcdef.md").write_text(
        f"<!-- samtale {meta} -->\n# Note\n", encoding="utf-8"
    )
    listed = cli("notes", "list")
    assert listed.exit_code == 0, listed.output
    assert "KM" in listed.output
    assert "\x1b" not in listed.output
    as_json = cli("notes", "list", "--json")
    assert "\x1b" not in as_json.output
    assert "\x07" not in as_json.output


def test_escape_sequences_in_an_argument_do_not_reach_the_error_line(cli) -> None:
    result = cli("resources", "--region", f"Fy{OSC52}x\x1b[8m")
    assert result.exit_code == 2
    assert "'Fyx'" in result.output
    assert "\x1b" not in result.output
    assert "\x07" not in result.output


def test_the_answers_model_cleans_every_field() -> None:
    """The questionnaire, a resumed draft and a file all become answers through it."""
    from samtale.prep.answers import parse_answers

    answers = parse_answers(
        {
            "citizen": "K.\x1b[31mM.",
            "role": "kontakt\x07person\u202e",
            "signs": {"isolation": f"alene{OSC52}\nhjemme"},
            "other_explanations": "en\x9b2J ny\tkæreste",
            "contexts": ["substance\x00_use"],
        },
        "svar",
    )
    assert answers.citizen == "K.M."
    assert answers.role == "kontaktperson"
    assert answers.signs == {"isolation": "alene\nhjemme"}
    assert answers.other_explanations == "en ny\tkæreste"
    assert answers.contexts == ["substance_use"]


@pytest.mark.parametrize("other", ['"# Overskrift"', '"--- her"', '"1. punkt"', '"+ plus"'])
def test_a_block_marker_in_free_text_stays_text_in_the_note(
    cli, home: Path, tmp_path: Path, other: str
) -> None:
    path = answers_with(tmp_path, '"# Ikke en overskrift"', other)
    result = cli("prep", "--answers", str(path), "--stdout")
    assert result.exit_code == 0, result.output
    tokens = MarkdownIt("commonmark").parse(result.stdout)
    heading_texts = [
        tokens[i + 1].content for i, tok in enumerate(tokens) if tok.type == "heading_open"
    ]
    assert not any("Ikke en overskrift" in h or h == "Overskrift" for h in heading_texts)
    plain = cli("prep", "--answers", str(answers_with(tmp_path, '"ok"', '"ok"')), "--stdout")
    plain_tokens = MarkdownIt("commonmark").parse(plain.stdout)
    for kind in ("hr", "heading_open", "bullet_list_open", "ordered_list_open"):
        assert sum(t.type == kind for t in tokens) == sum(t.type == kind for t in plain_tokens)
    typed = other.strip('"')
    paragraphs = [
        tokens[i + 1].children
        for i, tok in enumerate(tokens)
        if tok.type == "paragraph_open" and "\\" in tokens[i + 1].content
    ]
    rendered = ["".join(c.content for c in children or []) for children in paragraphs]
    assert typed in rendered


def test_a_field_over_the_limit_is_one_line_exit_2(cli, home: Path, tmp_path: Path) -> None:
    path = answers_with(tmp_path, '"' + "a" * (MAX_FIELD + 1) + '"')
    result = cli("prep", "--answers", str(path), "--stdout")
    assert result.exit_code == 2
    assert str(path) in result.output
    assert "4000" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_an_answers_file_over_1_mib_is_refused(cli, home: Path, tmp_path: Path) -> None:
    path = tmp_path / "svar.yaml"
    path.write_text(ANSWERS_YAML + "# " + "x" * (1024 * 1024) + "\n", encoding="utf-8")
    result = cli("prep", "--answers", str(path), "--stdout")
    assert result.exit_code == 2
    assert str(path) in result.output
    assert "KiB" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_non_utf8_answers_file_names_file_and_line(cli, home: Path, tmp_path: Path) -> None:
    path = tmp_path / "svar.yaml"
    path.write_bytes(ANSWERS_YAML.encode("latin-1", errors="replace"))
    result = cli("prep", "--answers", str(path), "--stdout")
    assert result.exit_code == 2, result.output
    assert f"{path}:1" in result.output  # "bostøttemedarbejder" is on the first line
    assert "UTF-8" in result.output
    assert MESSAGES["bug"].split()[0] not in result.output


def deep(levels: int) -> str:
    return "[" * levels + "]" * levels


def run_samtale(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "samtale", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1", **env},
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )


def test_a_deeply_nested_answers_file_is_an_input_error(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "svar.yaml"
    path.write_text(ANSWERS_YAML + f"extra: {deep(50_000)}\n", encoding="utf-8")
    run = run_samtale("prep", "--answers", str(path), "--stdout", env={})
    assert run.returncode == 2, run.stderr
    assert str(path) in run.stderr
    assert "50" in run.stderr
    assert "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_nesting_within_the_limit_is_fine(cli, home: Path, tmp_path: Path) -> None:
    path = tmp_path / "svar.yaml"
    path.write_text(ANSWERS_YAML + f"extra: {deep(49)}\n", encoding="utf-8")
    result = cli("prep", "--answers", str(path), "--stdout")
    assert result.exit_code == 2
    assert "extra" in result.output  # parsed, then refused as an unknown key


@pytest.fixture
def data_copy(shipped_data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "data"
    shutil.copytree(shipped_data / "dk", root / "dk")
    monkeypatch.setenv("SAMTALE_DATA", str(root))
    return root / "dk"


def test_a_deeply_nested_data_file_is_a_data_error(data_copy: Path) -> None:
    path = data_copy / "signs.yaml"
    path.write_text(f"signs: {deep(50_000)}\n", encoding="utf-8")
    run = run_samtale("signs", env={"SAMTALE_DATA": str(data_copy.parent)})
    assert run.returncode == 2, run.stderr
    assert str(path) in run.stderr
    assert "Traceback" not in run.stderr


def test_a_non_utf8_data_file_is_a_data_error(cli, data_copy: Path) -> None:
    path = data_copy / "phrases.yaml"
    path.write_bytes(path.read_text(encoding="utf-8").encode("latin-1", errors="replace"))
    result = cli("phrases")
    assert result.exit_code == 2, result.output
    assert str(path) in result.output
    assert "UTF-8" in result.output
    checked = cli("data", "check")
    assert checked.exit_code == 2
    assert str(path) in checked.output


def test_control_characters_in_data_are_a_data_problem(cli, data_copy: Path) -> None:
    path = data_copy / "phrases.yaml"
    text = path.read_text(encoding="utf-8")
    marker = "text: "
    index = text.index(marker) + len(marker)
    path.write_text(text[:index] + '"\\e]52;c;eA==\\a" # ' + text[index:], encoding="utf-8")
    result = cli("phrases")
    assert result.exit_code == 2
    assert MESSAGES["check.control_character"] in result.output
    assert "\x1b" not in result.output
