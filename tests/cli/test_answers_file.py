"""Answers files: every problem in one run, each with its line; `--answers -` reads stdin."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import ANSWERS_YAML

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


def _unknown_signs(count: int) -> str:
    keys = "".join(f'  unknown_sign_{index:05d}: "x"\n' for index in range(count))
    return f'role: bostøttemedarbejder\ncitizen: "K.M."\nsigns:\n{keys}'


def _checked(cli, tmp_path: Path, count: int, monkeypatch) -> tuple[list[str], int, int]:
    """The report of `count` unknown sign keys, the suggestions made and the spellings
    built while checking them (both must not grow with the file)."""
    from samtale.guide import choices

    calls = {"closest": 0, "choices": 0}
    closest, init = choices.closest, choices.Choices.__init__

    def counted_closest(*args, **kwargs):
        calls["closest"] += 1
        return closest(*args, **kwargs)

    def counted_init(self, *args, **kwargs):
        calls["choices"] += 1
        init(self, *args, **kwargs)

    monkeypatch.setattr(choices, "closest", counted_closest)
    monkeypatch.setattr(choices.Choices, "__init__", counted_init)
    path = tmp_path / f"signs{count}.yaml"
    path.write_text(_unknown_signs(count), encoding="utf-8")
    result = cli("prep", "--answers", str(path), "--stdout")
    assert result.exit_code == 2
    return result.stderr.strip().splitlines(), calls["closest"], calls["choices"]


def test_thousands_of_unknown_keys_are_checked_in_linear_time(
    cli, tmp_path: Path, home: Path, monkeypatch
) -> None:
    """20,000 unknown sign keys took 28 s: every key rebuilt every list of spellings and
    got a fuzzy suggestion. Now the work per key is constant and suggestions are bounded."""
    from samtale.prep.answers import SHOWN

    _checked(cli, tmp_path, 1, monkeypatch)  # what is cached for the run is built here
    few_lines, few_suggestions, few_built = _checked(cli, tmp_path, 100, monkeypatch)
    many_lines, many_suggestions, many_built = _checked(cli, tmp_path, 1000, monkeypatch)
    assert many_built == few_built  # spellings built once per check, not once per key
    # One for the first full check of the file, then one for each problem shown.
    assert few_suggestions <= SHOWN + 1
    assert many_suggestions <= SHOWN + 1
    # The report is bounded: the first problems with their lines, then how many more.
    assert len(many_lines) == SHOWN + 1
    assert many_lines[0].startswith(f"{tmp_path / 'signs1000.yaml'}:4: ")
    assert " 980 " in many_lines[-1]
    assert len(few_lines) == SHOWN + 1
    assert " 80 " in few_lines[-1]
