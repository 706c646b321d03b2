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
