"""`samtale handout`: a page for the person with the help where they live, nothing about them."""

from __future__ import annotations

import re
import shutil
import stat
import subprocess
from datetime import date
from pathlib import Path

import pytest

from samtale.guide.load import load_guide
from samtale.guide.text import fold
from samtale.guide.validate import validate_folder
from samtale.handout import build_page, offers, shown_name

PLACES = {
    "dk": ("Odense", "København", "Aarhus", "Bornholm", "nordjylland"),
    "se": ("Göteborg", "Malmö", "Stockholm"),
}
LANGUAGES = {"dk": ("da", "en"), "se": ("sv", "en")}
CASES = [
    (country, place, language)
    for country, places in PLACES.items()
    for place in places
    for language in LANGUAGES[country]
]
# Words that would tell someone going through the person's things what the page is about,
# in Danish, Swedish and English. Kept here, apart from the data's own list.
GIVE_AWAY = (
    "sex",
    "seksu",
    "prostitu",
    "menneskehandel",
    "människohandel",
    "trafficking",
    "escort",
    "sælge",
    "salg af",
    "sälja",
    "säljer",
    "ersättning",
    "voldtægt",
    "våldtäkt",
    "rape",
    "vold ",
    "våld ",
    "violence",
    "kondom",
    "condom",
    "till salu",
    "for sale",
    "rufferi",
    "koppleri",
    "pimp",
)
CONTACT_LINE = re.compile(r"^- [^:]+: .+, .+$")


def run(cli, country: str, *args: str) -> str:
    result = cli("--country", country, "handout", *args, width=200)
    assert result.exit_code == 0, result.output
    return result.stdout


def offer_blocks(markdown: str) -> list[tuple[str, list[str]]]:
    """Each offer's name line and the lines under it, up to the next offer or heading."""
    blocks: list[tuple[str, list[str]]] = []
    for line in markdown.splitlines():
        if line.startswith("**"):
            blocks.append((line, []))
        elif line.startswith("#") or line.startswith("*"):
            blocks.append(("", []))  # a heading or the closing notes end the offer
        elif blocks and line:
            blocks[-1][1].append(line)
    return [block for block in blocks if block[0]]


@pytest.mark.parametrize(("country", "place", "language"), CASES)
def test_every_listed_offer_has_dated_contact_data(cli, country, place, language) -> None:
    markdown = run(cli, country, "--region", place, "--language", language)
    blocks = offer_blocks(markdown)
    assert blocks, markdown
    for name, lines in blocks:
        assert lines, name
        assert all(CONTACT_LINE.match(line) for line in lines), (name, lines)
    dated = {"da": ", oplyst ", "sv": ", uppgift från ", "en": ", as of "}[language]
    undated = {"da": ", ingen dato", "sv": ", inget datum", "en": ", no date"}[language]
    for _, lines in blocks:
        assert all(dated in line or line.endswith(undated) for line in lines), lines


@pytest.mark.parametrize(("country", "place", "language"), CASES)
def test_the_page_lists_what_covers_the_place(country, place, language) -> None:
    from samtale.guide.select import lookups

    guide = load_guide(country)
    where = lookups(guide).places.resolve(place)
    page = build_page(guide, where, language, date(2026, 1, 1))
    listed = {offer.name for _, found in page.sections for offer in found}
    own = language == {"dk": "da", "se": "sv"}[country]
    reachable = {shown_name(resource.name, own) for resource in offers(guide, where)}
    assert listed <= reachable
    nearby = [shown_name(r.name, own) for r in offers(guide, where) if r.coverage != "national"]
    assert set(nearby) <= listed
    assert page.rights


@pytest.mark.parametrize(("country", "place", "language"), CASES)
def test_discreet_page_gives_nothing_away(cli, country, place, language) -> None:
    for form in ("md", "html"):
        text = run(
            cli, country, "--region", place, "--language", language, "--discreet", "-f", form
        )
        found = [word for word in GIVE_AWAY if fold(word) in fold(text)]
        assert found == [], (form, found)
        assert offer_blocks(text) or form == "html"


@pytest.mark.parametrize(("country", "language"), [("dk", "da"), ("dk", "en"), ("se", "en")])
def test_the_plain_page_says_what_it_is_about(cli, country, language) -> None:
    """The list of give-away words is not empty talk: the ordinary page uses them."""
    text = run(cli, country, "--region", PLACES[country][0], "--language", language)
    first_line = text.splitlines()[0]
    assert any(fold(word) in fold(first_line) for word in GIVE_AWAY)


def test_discreet_title_names_only_the_place(cli) -> None:
    text = run(cli, "dk", "--region", "Odense", "--language", "english", "--discreet")
    assert text.splitlines()[0] == "# Help and advice in Odense"


def test_the_page_holds_nothing_about_the_person(cli, home: Path, tmp_path: Path) -> None:
    before = run(cli, "dk", "--region", "Odense", "--language", "en")
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        "citizen: Z.Q.\nregion: Odense\nsigns:\n  lonely_busy_phone: telefonen summer altid\n"
        "other_explanations: en ny kæreste\nconversation_language: en\n",
        encoding="utf-8",
    )
    saved = cli("prep", "--answers", str(answers))
    assert saved.exit_code == 0, saved.output
    after = run(cli, "dk", "--region", "Odense", "--language", "en")
    assert after == before
    for private in ("Z.Q.", "telefonen summer", "kæreste"):
        assert private not in after


def test_output_is_a_new_private_file_never_an_overwrite(cli, tmp_path: Path) -> None:
    target = tmp_path / "out" / "side.html"
    target.parent.mkdir()
    args = ("--region", "Aarhus", "--language", "en", "--format", "html", "--output")
    result = cli("handout", *args, str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    text = target.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert '<html lang="en">' in text
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    again = cli("handout", *args, str(target))
    assert again.exit_code != 0
    assert target.read_text(encoding="utf-8") == text
    assert len(again.stderr.strip().splitlines()) == 1
    assert [p.name for p in target.parent.iterdir()] == ["side.html"]


def test_output_is_refused_inside_a_git_work_tree(cli, tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    result = cli("handout", "--region", "Aarhus", "--output", str(repo / "side.md"))
    assert result.exit_code != 0
    assert not (repo / "side.md").exists()


def test_a_language_the_country_has_no_page_in_is_refused(cli) -> None:
    result = cli("handout", "--region", "Odense", "--language", "svenska")
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "da, en" in result.stderr


def test_a_right_without_english_is_a_data_error(shipped_data: Path, tmp_path: Path) -> None:
    shutil.copytree(shipped_data / "dk", tmp_path / "dk")
    path = tmp_path / "dk" / "handout.yaml"
    text = path.read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if x.strip().startswith("- {language: en, text:"))
    path.write_text(text.replace(line + "\n", "", 1), encoding="utf-8")
    _, problems = validate_folder(tmp_path / "dk", "dk")
    assert [(p.kind, p.loc[0], p.loc[-1]) for p in problems] == [("handout", "rights", "texts")]
    assert "'en'" in problems[0].message
