"""`samtale notes show --card`: only the card of a saved note."""

from __future__ import annotations

import json

from samtale.messages.da import MESSAGES
from samtale.prep.card import split_card


def saved_id(cli, answers_file) -> str:
    assert cli("prep", "--answers", str(answers_file)).exit_code == 0
    rows = json.loads(cli("notes", "list", "--json").stdout)
    return rows[0]["id"]


def test_show_card_prints_only_the_card(cli, home, answers_file) -> None:
    note_id = saved_id(cli, answers_file)
    full = cli("notes", "show", note_id, "--raw").stdout
    card, _ = split_card(full)
    raw = cli("notes", "show", note_id, "--card", "--raw")
    assert raw.exit_code == 0, raw.output
    assert raw.stdout == card
    shown = cli("notes", "show", note_id, "--kort", width=120)
    assert shown.exit_code == 0, shown.output
    assert MESSAGES["card.title"] in shown.stdout
    assert MESSAGES["note.h.observations"] not in shown.stdout
    assert "Siger hun er alene" not in shown.stdout


def test_a_note_from_before_cards_says_so(cli, home, answers_file) -> None:
    note_id = saved_id(cli, answers_file)
    path = next((home / "notes").glob(f"*{note_id}.md"))
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(split_card(text)[0] + "\n---\n\n", ""), encoding="utf-8")
    assert split_card(path.read_text(encoding="utf-8")) is None
    result = cli("notes", "show", note_id, "--card")
    assert result.exit_code == 2
    assert result.stderr.strip() == MESSAGES["notes.no_card"]


def test_the_card_alone_does_not_point_to_a_preparation_after_it(cli, home, answers_file):
    """Issue 25.10: `notes show ID --card` said "Hele forberedelsen følger efter kortet"."""
    note_id = saved_id(cli, answers_file)
    card = cli("notes", "show", note_id, "--card", "--raw").stdout
    assert "følger efter kortet" not in card
    assert MESSAGES["card.intro"] in card


def test_after_a_followup_the_card_shows_the_latest_agreement(
    cli, home, tmp_path, answers_file
) -> None:
    note_id = saved_id(cli, answers_file)
    path = tmp_path / "efter.yaml"
    path.write_text(
        "outcome: held\nagreed: Vi ses på caféen\nnext_contact: 2026-12-10\n", encoding="utf-8"
    )
    assert cli("notes", "followup", note_id, "--answers", str(path)).exit_code == 0
    card = cli("notes", "show", note_id, "--card", "--raw").stdout
    assert "Vi ses på caféen" in card
    assert "10. december 2026" in card
    assert "## Efter mødet" not in card
    full = cli("notes", "show", note_id, "--raw").stdout
    assert full.index("## Efter mødet") < full.index("# Forberedelse")
    journal = cli("notes", "journal", note_id)
    assert journal.exit_code == 0, journal.output
    assert "Vi ses på caféen" in journal.stdout
    page = cli("notes", "export", note_id, "--format", "html").stdout
    card_html = page[page.index('<section class="card">') : page.index("</section>")]
    assert "Vi ses på caféen" in card_html
    main = page[page.index("<main>") :]
    assert main.index("Efter mødet") < main.index("Forberedelse af samtale")
