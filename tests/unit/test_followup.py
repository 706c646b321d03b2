"""Follow-ups (pure): validation, the dated section, the record read back, due dates."""

from __future__ import annotations

from datetime import date

import pytest

from samtale.errors import UsageError
from samtale.messages.da import MESSAGES
from samtale.prep.card import BLANK
from samtale.prep.followup import (
    add_followup,
    followups,
    is_ahead,
    is_due,
    next_contact,
    parse_followup,
    referral_names,
    require_followup,
)
from samtale.prep.journal import journal_text
from samtale.store.notes import read_meta
from tests.helpers import REPO
from tests.personas.test_card import PERSONAS, plan_and_note

DAY = date(2026, 11, 23)
ANSWERS = {
    "outcome": "held",
    "contact_form": "in_person",
    "topics": ["bolig", "sikkerhed ved møder"],
    "agreed": "Vi ses igen om en uge; jeg undersøger en plads på Reden",
    "referrals": ["Reden Odense", "Egen læge"],
    "consent": "Må tale med egen læge",
    "safe_contact": "Kun sms, aldrig opkald om aftenen",
    "notified": False,
    "next_contact": "2026-11-30",
}


def kept_whole(note: str, updated: str) -> bool:
    """Whether every line of the note is in `updated`, in order: all but its metadata and
    the card's blanks, which a follow-up fills."""
    rest = iter(updated.split("\n"))
    return all(line in rest for line in note.split("\n")[1:] if BLANK not in line)


def test_followup_becomes_a_dated_section_and_updates_the_metadata() -> None:
    _, note = plan_and_note("dk_young_woman_odense")
    followup = parse_followup(ANSWERS, "svar.yaml")
    updated = add_followup(note, followup, DAY)
    assert updated.startswith(note.split("\n", 1)[0][:12])
    assert kept_whole(note, updated)  # nothing of the note is lost
    heading = "## " + MESSAGES["followup.heading"].format(when="23. november 2026")
    assert heading in updated
    tail = updated[updated.index(heading) :]
    for text in ("bolig", "sikkerhed ved møder", "Egen læge", "Kun sms", "30. november 2026"):
        assert text in tail
    meta = read_meta(updated)
    assert next_contact(meta) == date(2026, 11, 30)
    assert meta["citizen"] == "K.M."
    assert followups(updated) == [(DAY, followup)]


def test_several_followups_are_kept_and_the_latest_sets_the_next_contact() -> None:
    _, note = plan_and_note("dk_young_woman_odense")
    first = parse_followup(ANSWERS, "a")
    second = parse_followup(
        {"outcome": "postponed", "contact_form": "phone", "next_contact": None}, "b"
    )
    text = add_followup(add_followup(note, first, DAY), second, date(2026, 11, 30))
    assert [f for _, f in followups(text)] == [first, second]
    assert text.count("## " + MESSAGES["followup.heading"].split(":")[0]) == 2
    assert next_contact(read_meta(text)) is None
    assert require_followup(text) == (date(2026, 11, 30), second)


def test_journal_holds_what_was_agreed_and_nothing_of_the_preparation() -> None:
    _, note = plan_and_note("dk_young_woman_odense")
    text = add_followup(note, parse_followup(ANSWERS, "a"), DAY)
    journal = journal_text(*require_followup(text))
    assert ANSWERS["agreed"] in journal
    assert "Reden Odense; Egen læge" in journal
    assert "23. november 2026" in journal
    assert "30. november 2026" in journal
    assert MESSAGES["followup.form.in_person"] in journal
    observed = PERSONAS["dk_young_woman_odense"]
    private = [*observed["signs"].values(), observed["other_explanations"], "K.M."]
    for secret in [p for p in private if p]:
        assert secret not in journal
    assert ANSWERS["safe_contact"] not in journal  # how to reach the person stays private
    assert "#" not in journal
    assert "**" not in journal


def test_user_text_is_escaped_and_control_characters_removed() -> None:
    answers = dict(ANSWERS, agreed="Ring\x1b]0;titel\x07 *snart* [her](http://x.invalid)")
    followup = parse_followup(answers, "a")
    assert "\x1b" not in followup.agreed
    assert "\x07" not in followup.agreed
    section = add_followup("# N\n", followup, DAY)
    assert "\\*snart\\*" in section
    assert "\\[her\\]" in section


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"outcome": "maybe"}, "outcome"),
        ({"next_contact": "i morgen"}, "2026-12-01"),
        ({"notified": True}, "2026-12-01"),
        ({"when": "x"}, "next_contact"),
    ],
)
def test_bad_followup_answers_are_one_line(change, expected) -> None:
    with pytest.raises(UsageError) as caught:
        parse_followup({**ANSWERS, **change}, "svar.yaml")
    message = caught.value.message
    assert message.startswith("svar.yaml: ")
    assert expected in message
    assert "\n" not in message


def test_missing_outcome_is_named() -> None:
    with pytest.raises(UsageError, match="outcome"):
        parse_followup({"agreed": "x"}, "svar.yaml")


def test_a_single_text_is_a_list() -> None:
    followup = parse_followup({"outcome": "held", "topics": "bolig, penge; helbred"}, "a")
    assert followup.topics == ["bolig", "penge", "helbred"]


@pytest.mark.parametrize(
    ("when", "due", "ahead"),
    [
        (None, False, False),
        (date(2026, 11, 1), True, False),
        (date(2026, 11, 23), True, True),
        (date(2026, 11, 24), True, True),
        (date(2026, 11, 30), True, True),
        (date(2026, 12, 1), False, True),
        (date(2026, 12, 23), False, True),
    ],
)
def test_due_and_ahead(when, due, ahead) -> None:
    assert is_due(when, DAY) is due
    assert is_ahead(when, DAY) is ahead


def test_the_note_keeps_its_referral_names_for_the_prompt() -> None:
    plan, note = plan_and_note("dk_young_woman_odense")
    assert referral_names(read_meta(note)) == [r.name for r in plan.referrals]
    assert referral_names({}) == []


def test_a_hand_edited_record_is_not_trusted() -> None:
    text = '<!-- samtale-followup {"recorded": "2026-11-23", "outcome": "nej"} -->\n'
    assert followups(text) == []
    with pytest.raises(UsageError):
        require_followup(text)


def test_the_readme_documents_every_key_with_a_valid_example() -> None:
    from samtale import yamlio
    from samtale.prep.followup import FIELDS

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = next(
        part.split("```", 1)[0]
        for part in readme.split("```yaml\n")[1:]
        if part.startswith("outcome:")
    )
    data = yamlio.loads(block)
    assert set(data) == set(FIELDS)
    followup = parse_followup(data, "README.md")
    assert followup.next_contact == date(2026, 11, 30)
    assert followup.consent
    assert "This text, not the note, belongs in the case record" in " ".join(readme.split())


def test_a_pasted_file_is_too_long_for_a_field() -> None:
    from samtale.store.text import MAX_FIELD

    with pytest.raises(UsageError, match="agreed"):
        parse_followup({**ANSWERS, "agreed": "x" * (MAX_FIELD + 1)}, "svar.yaml")


SECOND = {"outcome": "held", "agreed": "Hun ringer selv", "next_contact": "2026-12-07"}


def heading_of(text: str, level: str) -> int:
    return next(i for i, line in enumerate(text.split("\n")) if line.startswith(level))


def test_followups_come_right_after_the_card_and_its_blanks_show_the_latest() -> None:
    """Issue 25.11: a follow-up was appended after the sources at the end of a long note."""
    from samtale.prep.card import CARD_END, split_card

    _, note = plan_and_note("dk_young_woman_odense")
    first = parse_followup(ANSWERS, "a")
    second = parse_followup(SECOND, "b")
    text = add_followup(add_followup(note, first, DAY), second, date(2026, 11, 30))
    lines = text.split("\n")
    rule = lines.index(CARD_END)
    title = heading_of(text, "# ")
    headings = [i for i, line in enumerate(lines) if line.startswith("## Efter mødet")]
    assert len(headings) == 2
    assert all(rule < i < title for i in headings)  # between the card and the preparation
    assert [f for _, f in followups(text)] == [first, second]  # oldest first
    assert require_followup(text) == (date(2026, 11, 30), second)
    card, rest = split_card(text)
    assert "- Vi aftalte: Hun ringer selv (30. november 2026)" in card.split("\n")
    assert "- Næste kontakt (dato): 7. december 2026" in card.split("\n")
    assert ANSWERS["agreed"] not in card  # the latest only
    assert len(card.split("\n")) == len(split_card(note)[0].split("\n"))  # no line more
    assert "## Efter mødet" not in card  # the card stays one page
    assert rest.startswith("<!-- samtale-followup ")
    assert text.endswith("\n")
    assert not text.endswith("\n\n")


def test_a_followup_of_an_older_note_moves_earlier_ones_after_the_card() -> None:
    """A note whose follow-ups were appended at its end gets them all after the card."""
    from samtale.prep.followup import section

    _, note = plan_and_note("dk_young_woman_odense")
    first = parse_followup(ANSWERS, "a")
    old = note.rstrip("\n") + "\n\n" + "\n".join(section(first, DAY)) + "\n"
    assert heading_of(old, "## Efter mødet") > heading_of(old, "## Kilder")
    second = parse_followup(SECOND, "b")
    text = add_followup(old, second, date(2026, 11, 30))
    assert [f for _, f in followups(text)] == [first, second]
    assert heading_of(text, "## Efter mødet") < heading_of(text, "# ")
    assert text.rstrip("\n").endswith(note.rstrip("\n").rsplit("\n", 1)[1])  # sources last
    assert kept_whole(note, text)


def test_a_note_from_before_cards_gets_its_followup_at_the_end() -> None:
    from samtale.prep.card import split_card

    _, note = plan_and_note("dk_young_woman_odense")
    _, rest = split_card(note)
    old = note.split("\n", 1)[0] + "\n\n" + rest
    text = add_followup(old, parse_followup(ANSWERS, "a"), DAY)
    assert split_card(text) is None
    assert heading_of(text, "## Efter mødet") > heading_of(text, "## Kilder")
    assert followups(text)[0][1].agreed == ANSWERS["agreed"]


def test_a_note_with_followups_is_valid_commonmark_with_the_card_first() -> None:
    from markdown_it import MarkdownIt

    from samtale.prep.printable import readable

    _, note = plan_and_note("dk_young_woman_odense")
    text = add_followup(note, parse_followup(ANSWERS, "a"), DAY)
    tokens = MarkdownIt("commonmark").parse(readable(text))
    kinds = [(tok.type, tok.tag) for tok in tokens if tok.type in {"heading_open", "hr"}]
    assert kinds[:1] == [("heading_open", "h2")]  # the card
    hr = kinds.index(("hr", "hr"))
    assert kinds[hr + 1] == ("heading_open", "h2")  # the follow-up, then the title
    assert kinds[hr + 2] == ("heading_open", "h1")


@pytest.mark.parametrize("name", list(PERSONAS))
def test_with_the_latest_agreement_the_card_still_fits_its_page(name: str) -> None:
    from samtale.prep.card import split_card
    from tests.personas.test_card import MAX_LINES, printed_lines

    _, note = plan_and_note(name)
    long = dict(ANSWERS, agreed="Vi ses igen om en uge, og jeg finder ud af mere om " * 3)
    text = add_followup(note, parse_followup(long, "a"), DAY)
    card, rest = split_card(text)
    assert printed_lines(card) <= MAX_LINES
    assert printed_lines(card) == printed_lines(split_card(note)[0])
    shortened = [line for line in card.split("\n") if "Vi ses igen om en uge, og jeg" in line]
    assert len(shortened) == 1  # on the card, shortened to a line
    assert "…" in shortened[0]
    assert long["agreed"].strip() in rest  # whole in the follow-up
