"""Answers files: every problem in one run, each with its line; `--answers -` reads stdin."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ANSWERS_YAML

FIVE_MISTAKES = """\
role: bostøttemedarbejder
citizen: "K.M."
age_group: 18-30
gender: kvinna
region: Odensee
signs:
  lonely_busy_phone: "Telefonen summer"
  lonely_phone: ""
contexts: [substance_use, weather]
favourite_colour: red
"""


def test_every_problem_in_one_run_with_its_line(cli, tmp_path: Path, home: Path) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text(FIVE_MISTAKES, encoding="utf-8")
    result = cli("prep", "--answers", str(path), "--stdout")
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert [line.split(": ", 1)[0] for line in lines] == [
        f"{path}:{number}" for number in (3, 4, 5, 8, 9, 10)
    ]
    assert "'18-30'" in lines[0]
    assert "'kvinna'" in lines[1]
    assert "mente du 'Odense'?" in lines[2]
    assert "mente du 'lonely_busy_phone'?" in lines[3]
    assert "'weather'" in lines[4]
    assert "favourite_colour" in lines[5]
    assert result.stdout == ""
    assert not (home / "notes").exists()


def test_shape_and_value_problems_together(cli, tmp_path: Path, home: Path) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text('citizen: ""\ngender: kvinna\ncontexts: rusmidler\n', encoding="utf-8")
    result = cli("prep", "--answers", str(path), "--stdout")
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(f"{path}:1: ")
    assert "citizen" in lines[0]
    assert lines[1].startswith(f"{path}:2: ")
    assert "kvinna" in lines[1]
    assert lines[2].startswith(f"{path}:3: ")
    assert "contexts" in lines[2]


def test_answers_from_standard_input(cli, tmp_path: Path, home: Path) -> None:
    from_file = tmp_path / "answers.yaml"
    from_file.write_text(ANSWERS_YAML, encoding="utf-8")
    piped = cli("prep", "--answers", "-", "--stdout", input=ANSWERS_YAML)
    assert piped.exit_code == 0, piped.stderr
    assert piped.stdout == cli("prep", "--answers", str(from_file), "--stdout").stdout
    assert not (tmp_path / "-").exists()


def test_problems_from_standard_input_name_it(cli, home: Path) -> None:
    result = cli("prep", "--answers", "-", "--stdout", input='citizen: "K.M."\ngender: kvinna\n')
    assert result.exit_code == 2
    assert result.stderr.startswith("standard-input:2: ")


def test_english_gender_in_an_answers_file(cli, home: Path) -> None:
    text = ANSWERS_YAML.replace("gender: woman", "gender: female")
    english = cli("prep", "--answers", "-", "--stdout", input=text)
    assert english.exit_code == 0, english.stderr
    assert english.stdout == cli("prep", "--answers", "-", "--stdout", input=ANSWERS_YAML).stdout
