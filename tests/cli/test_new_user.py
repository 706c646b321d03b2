"""Issue 25, through the CLI: what a new user reads after each step, in their language."""

from __future__ import annotations

import io
import json
import os
import subprocess

import pytest

from samtale.messages.da import MESSAGES
from samtale.messages.sv import MESSAGES as SV


def test_a_saved_note_names_its_id_and_the_next_commands(cli, private_home, answers_file) -> None:
    result = cli("prep", "--answers", str(answers_file))

    assert result.exit_code == 0, result.output
    (row,) = json.loads(cli("notes", "list", "--json").stdout)
    note_id = row["id"]
    assert f"samtale notes show {note_id} --card" in result.stdout
    assert f"samtale notes export {note_id}" in result.stdout
    # The commands it names work as written.
    assert cli("notes", "show", note_id, "--card").exit_code == 0


@pytest.mark.parametrize(("country", "messages"), [("dk", MESSAGES), ("se", SV)])
def test_export_into_a_git_folder_says_to_choose_another_path(
    cli, private_home, answers_file, tmp_path, country, messages
) -> None:
    cli("prep", "--answers", str(answers_file))
    (row,) = json.loads(cli("notes", "list", "--json").stdout)
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)

    result = cli(
        "--country", country, "notes", "export", row["id"], "--output", str(repo / "x.html")
    )

    assert result.exit_code == 1
    assert "--output" in result.stderr
    assert "--stdout" not in result.stderr  # export has no such option
    assert "SAMTALE_HOME" not in result.stderr  # not the cause here
    assert messages["storage.work_tree_output"].split("{")[0] in result.stderr
    assert not (repo / "x.html").exists()


def test_fit_breaks_between_words_and_keeps_long_words_whole() -> None:
    from samtale.output.layout import fit

    text = "Ctrl-C afbryder; dine svar gemmes da som kladde. https://example.invalid/" + "a" * 50
    for width in (40, 60):
        lines = fit(text, width, first=3, indent="  ").split("\n")
        assert all(len(line) <= width for line in lines[:-1])
        assert " ".join(line.strip() for line in lines) == text  # no word cut, none lost
        assert lines[-1].endswith("a" * 50)  # the address whole on its own line
    assert fit("  3. Emner: en, to, tre, fire", 20) == "  3. Emner: en, to,\n     tre, fire"


class _Tty(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize("tty", [True, False])
def test_messages_wrap_on_a_terminal_only(monkeypatch: pytest.MonkeyPatch, tty: bool) -> None:
    from samtale.output.gate import CleanText

    monkeypatch.setenv("COLUMNS", "40")
    stream = _Tty(tty)
    message = MESSAGES["prep.interrupted_draft"].format(command="samtale prep --resume") + "\n"
    CleanText(stream, colours=False).write(message)
    written = stream.getvalue()
    if tty:
        assert all(len(line) <= 40 for line in written.splitlines())
        assert " ".join(written.split()) == " ".join(message.split())
    else:
        assert written == message  # a pipe gets the line as it is


def test_resources_list_the_nearby_offers_first_then_the_national_ones(cli) -> None:
    result = cli("resources", "--region", "fyn")

    assert result.exit_code == 0, result.output
    text = result.stdout
    nearby = text.index(MESSAGES["resources.title_for"].format(place="Fyn"))
    national = text.index(MESSAGES["resources.title_national"])
    assert nearby < text.index("AmiAmi") < national  # on Fyn
    assert national < text.index("Center mod Menneskehandel")  # the whole country


def test_help_at_60_columns_gives_every_description_whole(cli) -> None:
    result = cli("--help", width=60)

    assert result.exit_code == 0
    assert "..." not in result.stdout.replace(MESSAGES["usage.command_metavar"], "")
    assert "…" not in result.stdout
    flowing = " ".join(result.stdout.split())
    for key in ("help.notes", "help.config", "help.prep"):
        first = MESSAGES[key].split(". ")[0]
        assert " ".join(first.split()) in flowing, key


def test_help_speaks_the_users_language_only(cli) -> None:
    danish = cli("prep", "--help", width=100).stdout
    swedish = cli("--country", "se", "prep", "--help", width=100).stdout

    for english in ("DRAFT", "<str>", "<file>", "<int>"):
        assert english not in danish, english
        assert english not in swedish, english
    assert "--fortsæt" in danish
    assert "--fortsätt" not in danish
    assert "--fortsätt" in swedish
    assert "--fortsæt" not in swedish
    assert MESSAGES["help.prep.draft.metavar"] in danish
    assert "--answers, --svar " + MESSAGES["usage.metavar.file"] in danish
    # The parser still takes every name, whatever the help shows.
    assert cli("prep", "--fortsätt", "--stdout").exit_code == 2  # no draft, no terminal


def test_piped_output_is_not_wrapped(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.helpers.terminal import command

    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "SAMTALE_COUNTRY")}
    program, argv = command("resources", "--region", "fyn")
    piped = subprocess.run([program, *argv], capture_output=True, text=True, env=env, check=True)

    lines = piped.stdout.splitlines()
    assert max(len(line) for line in lines) > 80  # a paragraph is one line
    assert not any(line.startswith("    ") and line.strip() for line in lines[:3])
    program, argv = command("--help")
    help_text = subprocess.run([program, *argv], capture_output=True, text=True, env=env).stdout
    assert MESSAGES["help.debug"] in help_text  # whole, on one line


def test_notes_list_with_drafts_fits_100_columns_without_a_size(cli, private_home) -> None:
    from samtale.store import drafts

    record = {"role": "kontaktperson", "citizen": "A.B.", "region": "Nordjylland"}
    drafts.save_draft(drafts.new_draft_id(), record)
    result = cli("notes", "list", width=100)

    assert result.exit_code == 0, result.output
    assert "A.B." in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 100
    assert MESSAGES["notes.col.size"] not in result.stdout
    assert "KiB" not in result.stdout


@pytest.mark.parametrize(("country", "typed"), [("dk", "forbered"), ("se", "förbered")])
def test_the_users_word_for_a_command_gets_a_suggestion(cli, country, typed) -> None:
    result = cli("--country", country, typed)

    assert result.exit_code == 2
    assert "'prep'?" in result.stderr


@pytest.mark.parametrize(
    ("country", "typed", "title"),
    [
        ("dk", "Line", "Line, 27"),
        ("dk", "supported_housing_visits", "Line, 27"),  # the id it had before
        ("dk", "line_i_botilbud", "Line, 27"),
        ("se", "Elias", "Elias, 21"),
        ("se", "lss_group_home", "Elias, 21"),
    ],
)
def test_a_case_is_found_by_its_id_its_old_id_or_its_name(cli, country, typed, title) -> None:
    result = cli("--country", country, "practice", typed, "--group")

    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"# {title}")


@pytest.mark.parametrize("country", ["dk", "se"])
def test_case_ids_are_in_the_guides_language(cli, country) -> None:
    cases = json.loads(cli("--country", country, "practice", "--json").stdout)
    for case in cases:
        name = case["title"].split(",")[0].lower()
        assert case["id"].startswith(name), case  # the id starts with the person's name


def test_sources_and_the_english_handout_speak_no_other_language(cli) -> None:
    listed = cli("resources", "--region", "København").stdout
    assert "About us" not in listed
    assert "English Introduction" not in listed

    page = cli("handout", "--region", "Odense", "--language", "en").stdout
    assert "Lev Uden Vold" in page
    assert "nære relationer" not in page  # the Danish description stays off an English page
    danish = cli("handout", "--region", "Odense").stdout
    assert "national hotline om vold i nære relationer" in danish


def test_the_printed_page_has_boxes_to_tick_not_brackets(cli, private_home, answers_file) -> None:
    cli("prep", "--answers", str(answers_file))
    (row,) = json.loads(cli("notes", "list", "--json").stdout)
    assert "- [ ]" in cli("notes", "show", row["id"], "--raw").stdout  # the note has tasks

    page = cli("notes", "export", row["id"]).stdout

    assert "[ ]" not in page
    assert '<li class="task">☐ ' in page


@pytest.mark.parametrize(("count", "said"), [(1, "1 gemt note,"), (2, "2 gemte noter,")])
def test_counts_agree_with_their_nouns(cli, private_home, answers_file, count, said) -> None:
    for _ in range(count):
        cli("prep", "--answers", str(answers_file))
    passphrase = private_home.parent / "passphrase"
    passphrase.write_text("korrekt hest batteri\n", encoding="utf-8")
    os.environ["SAMTALE_PASSPHRASE_FILE"] = str(passphrase)
    try:
        result = cli("config", "set", "encrypt", "true")
    finally:
        del os.environ["SAMTALE_PASSPHRASE_FILE"]

    assert said in result.stderr
    assert "(e)" not in result.stderr
    assert "(r)" not in result.stderr


def test_the_screen_check_finds_the_breaks_the_issue_names() -> None:
    from tests.helpers.terminal import broken_words, known_texts

    texts = known_texts()
    first = "Forberedelse af en samtale. Ctrl-C af"  # filled to the edge of the screen
    cols = len(first)
    assert broken_words([first, "bryder; dine svar gemmes"], cols, texts) == ["af|bryder"]
    assert broken_words(["? Hvor bor personen? (… by – Ente", "r springer over)"], 32, texts) == [
        "Ente|r"
    ]
    whole = "Forberedelse af en samtale. Ctrl-C er"
    assert broken_words([whole, "afbryder; dine svar gemmes"], len(whole), texts) == []
    address = ["https://www.cmm.dk/tilbud-til-ofre/opsog", "ende-indsatser"]
    assert broken_words(address, 40, texts) == []  # longer than a line: it must break


def test_notes_list_too_wide_for_the_screen_lists_each_note_as_a_block(
    cli, private_home, answers_file
) -> None:
    cli("prep", "--answers", str(answers_file))
    (row,) = json.loads(cli("notes", "list", "--json").stdout)

    result = cli("notes", "list", width=50)

    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines if str(private_home) not in line) <= 50
    assert f"{row['id']}  {row['date']}  K.M." in lines
    assert f"{MESSAGES['notes.col.region']}: Odense" in result.stdout
