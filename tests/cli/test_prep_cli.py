"""`samtale prep --answers`: the note's structure, content, saving and refusals."""

from __future__ import annotations

import errno
import os
import stat
from datetime import date
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from samtale.messages.da import MESSAGES

SECTION_ORDER = [
    MESSAGES["card.title"],
    MESSAGES["note.h.observations"],
    MESSAGES["note.h.checklist"],
    MESSAGES["note.h.conversation"],
    MESSAGES["note.h.referrals"],
    MESSAGES["note.h.facts"],
    MESSAGES["note.h.follow_up"],
    MESSAGES["note.h.sources"],
]


def headings(markdown: str, level: str) -> list[str]:
    tokens = MarkdownIt("commonmark").parse(markdown)
    return [
        tokens[i + 1].content
        for i, token in enumerate(tokens)
        if token.type == "heading_open" and token.tag == level
    ]


def section(markdown: str, title: str) -> str:
    start = markdown.index(f"## {title}\n")
    end = markdown.find("\n## ", start + 1)
    return markdown[start : end if end != -1 else None]


def offered(markdown: str) -> str:
    """The referrals a note offers: those on the card and those listed after it."""
    card = markdown[markdown.index(f"### {MESSAGES['card.referrals']}\n") :]
    card = card[: card.index("\n### ")]
    return card + section(markdown, MESSAGES["note.h.referrals"])


def files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "svar.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_note_is_commonmark_with_sections_in_order(cli, answers_file, home) -> None:
    result = cli("prep", "--answers", str(answers_file), "--stdout")
    assert result.exit_code == 0, result.output
    note = result.stdout
    assert len(headings(note, "h1")) == 1
    assert headings(note, "h2") == SECTION_ORDER
    assert "K.M." in headings(note, "h1")[0]
    assert files_under(home) == []


def test_note_names_each_observed_sign_with_its_text(cli, answers_file, guide, home) -> None:
    note = cli("prep", "--answers", str(answers_file), "--stdout").stdout
    observed = section(note, MESSAGES["note.h.observations"])
    labels = {s.id: s.label for s in guide.signs}
    assert labels["lonely_busy_phone"] in observed
    assert "Siger hun er alene, men telefonen summer hele mødet" in observed
    assert labels["unexplained_substance_funding"] in observed
    assert "Kan også være en ny kæreste" in observed
    assert MESSAGES["note.banner"].split("**")[1] in note


def test_odense_referrals_in_note(cli, answers_file, home) -> None:
    note = cli("prep", "--answers", str(answers_file), "--stdout").stdout
    referrals = offered(note)
    assert "AmiAmi" in referrals
    assert "Reden International" not in referrals


def test_under_18_note(cli, tmp_path, home) -> None:
    from tests.helpers import ANSWERS_YAML

    path = write(tmp_path, ANSWERS_YAML.replace("age_group: 18_29", "age_group: under_18"))
    note = cli("prep", "--answers", str(path), "--stdout").stdout
    after_observations = section(note, MESSAGES["note.h.checklist"])
    first_item = next(line for line in after_observations.splitlines() if line.startswith("- [ ]"))
    assert "Underretningspligt" in first_item
    assert "§ 224" in after_observations
    referrals = offered(note)
    assert "Reden Ung" in referrals
    for adult in ("AmiAmi", "SIO", "Reden Odense", "The Red Van", "Hanne Mariehjemmet"):
        assert adult not in referrals


def test_saved_note_is_private_and_never_overwritten(cli, answers_file, home) -> None:
    first = cli("prep", "--answers", str(answers_file))
    second = cli("prep", "--answers", str(answers_file))
    assert first.exit_code == second.exit_code == 0, first.output
    notes = sorted((home / "notes").glob("*.md"))
    assert len(notes) == 2
    assert stat.S_IMODE(os.stat(home / "notes").st_mode) == 0o700
    for note in notes:
        assert stat.S_IMODE(note.stat().st_mode) == 0o600
        assert note.name.startswith(date.today().isoformat())
        assert "-k-m-" in note.name
        assert str(note) in first.stdout or str(note) in second.stdout
    assert [p.name for p in (home / "notes").iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("cpr", ["120390-1234", "1203901234"])
def test_cpr_number_is_refused_and_nothing_written(cli, tmp_path, home, cpr) -> None:
    from tests.helpers import ANSWERS_YAML

    path = write(tmp_path, ANSWERS_YAML.replace("Kan også være en ny kæreste", f"CPR {cpr}"))
    result = cli("prep", "--answers", str(path))
    assert result.exit_code != 0
    assert "CPR-nummer" in result.stderr
    assert cpr not in result.output
    assert files_under(home) == []


def test_refuses_to_save_inside_git_work_tree(cli, answers_file, tmp_path, monkeypatch) -> None:
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    monkeypatch.setenv("SAMTALE_HOME", str(repo / "samtale"))
    result = cli("prep", "--answers", str(answers_file))
    assert result.exit_code == 1
    assert "git" in result.stderr
    assert files_under(repo / "samtale") == []


def test_refuses_to_save_in_cloud_folder(cli, answers_file, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SAMTALE_HOME", str(tmp_path / "Dropbox" / "samtale"))
    result = cli("prep", "--answers", str(answers_file))
    assert result.exit_code == 1
    assert "skyen" in result.stderr
    assert not (tmp_path / "Dropbox").exists()


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("gender: woman", "gender: woman\nfavourite_colour: red"), "favourite_colour"),
        (("lonely_busy_phone:", "lonely_phone:"), "mente du 'lonely_busy_phone'"),
        (("region: Odense", "region: Odensee"), "mente du 'Odense'"),
        (("age_group: 18_29", "age_group: 18-30"), "Gyldige: under_18"),
        (("contexts: [substance_use, homelessness]", "contexts: [weather]"), "kontekst"),
        (('citizen: "K.M."', 'citizen: ""'), "citizen"),
    ],
)
def test_bad_answers_are_one_line_exit_2(cli, tmp_path, home, change, expected) -> None:
    from tests.helpers import ANSWERS_YAML

    path = write(tmp_path, ANSWERS_YAML.replace(*change))
    result = cli("prep", "--answers", str(path), "--stdout")
    assert result.exit_code == 2
    assert expected in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert "Traceback" not in result.output


def test_missing_answers_file(cli, tmp_path, home) -> None:
    result = cli("prep", "--answers", str(tmp_path / "nope.yaml"), "--stdout")
    assert result.exit_code == 2


def test_prep_without_terminal_explains(cli, home) -> None:
    result = cli("prep")
    assert result.exit_code == 2
    assert "--answers" in result.stderr


def test_defaults_fill_a_minimal_answers_file(cli, tmp_path, home) -> None:
    note = cli("prep", "--answers", str(write(tmp_path, 'citizen: "X"\n')), "--stdout").stdout
    assert headings(note, "h2") == SECTION_ORDER
    assert len(headings(note, "h3")) >= 6


def test_user_text_cannot_inject_markup(cli, tmp_path, home) -> None:
    from tests.helpers import ANSWERS_YAML

    sneaky = "[klik](http://x.invalid) <script>alert(1)</script> *fed*"
    path = write(tmp_path, ANSWERS_YAML.replace("Kan også være en ny kæreste", sneaky))
    note = cli("prep", "--answers", str(path), "--stdout").stdout
    html = MarkdownIt("commonmark").render(note)
    assert "<script>" not in html
    assert 'href="http://x.invalid"' not in html
    assert "<em>fed</em>" not in html


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.ENOSPC, "ikke plads på disken"),
        (errno.EROFS, "skrivebeskyttet"),
        (errno.EACCES, "ikke adgang"),
    ],
)
def test_a_note_that_cannot_be_saved_says_why_in_one_line(
    cli, answers_file, home, monkeypatch, code, reason
) -> None:
    """The kernel's refusal is simulated at the one call that names the note (os.link);
    tests/pty/test_prep_terminal.py makes a real kernel refuse the write in a pty."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "link", refuse)
    result = cli("prep", "--answers", str(answers_file))
    assert result.exit_code == 74, result.output
    assert reason in result.stderr
    assert str(answers_file) in result.stderr  # the answers are still there
    assert result.stderr.strip().count("\n") == 0
    assert "Uventet" not in result.output
    assert [p for p in files_under(home) if p.suffix == ".md"] == []
