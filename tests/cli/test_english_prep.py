"""`prep` with `conversation_language: en`: English to say, the guide's own text beside it,
and the interpreter advice whenever the conversation is not in the professional's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from samtale.guide.languages import spoken_texts
from samtale.guide.load import load_guide
from samtale.messages import catalogue
from samtale.prep.answers import parse_answers, resolve
from samtale.prep.plan import build_plan
from samtale.prep.render import first_sentence

INTERPRETER_ITEMS = ("interpreter_professional", "interpreter_knows_community")


def note(cli, tmp_path: Path, text: str, country: str = "dk") -> str:
    path = tmp_path / "answers.yaml"
    path.write_text(text, encoding="utf-8")
    result = cli("--country", country, "prep", "--answers", str(path), "--stdout", width=300)
    assert result.exit_code == 0, result.output
    return result.stdout


def checklist_text(country: str, item_id: str) -> str:
    """What the note says of a checklist item: its first sentence (the instruction)."""
    item = next(i for i in load_guide(country).checklist if i.id == item_id)
    return first_sentence(" ".join(item.text.split()))


def conversation(markdown: str, country: str) -> str:
    heading = catalogue({"dk": "da", "se": "sv"}[country])["note.h.conversation"]
    start = markdown.index(f"## {heading}\n")
    return markdown[start : markdown.index("\n## ", start + 1)]


@pytest.mark.parametrize(("country", "own"), [("dk", "Dansk"), ("se", "Svenska")])
def test_english_note_says_english_with_own_language_beside(
    cli, tmp_path: Path, home: Path, country: str, own: str
) -> None:
    guide = load_guide(country)
    markdown = note(
        cli,
        tmp_path,
        "citizen: A.B.\nage_group: 30_plus\nconversation_language: en\n",
        country,
    )
    plan = conversation(markdown, country)
    english = spoken_texts(guide, "en")
    by_text = {phrase.text: phrase for phrase in guide.phrases}
    said = [line[2:] for line in plan.splitlines() if line.startswith("- ")]
    beside = [line.strip()[1:-1] for line in plan.splitlines() if line.startswith("  *")]
    # The card says each question on one line: the English, then the own text in brackets.
    card = markdown[: markdown.index("\n---\n")]
    for line in card.splitlines():
        if line.startswith("  - "):
            spoken, _, own_text = line[4:].removesuffix(")*").partition(" *(")
            said.append(spoken)
            beside.append(own_text)
    assert said
    assert len(beside) == len(said)
    for english_line, own_line in zip(said, beside, strict=True):
        assert own_line.startswith(f"{own}: ")
        phrase = by_text[own_line.removeprefix(f"{own}: ")]
        assert english_line == english[phrase.id]
    for item_id in INTERPRETER_ITEMS:
        assert checklist_text(country, item_id) in markdown, item_id


def test_swedish_answers_key_accepts_swedish_words(cli, tmp_path: Path, home: Path) -> None:
    markdown = note(cli, tmp_path, "citizen: A.B.\nconversation_language: engelska\n", "se")
    assert "Samtalets språk: engelska" in markdown


def test_own_language_without_interpreter_has_no_interpreter_advice(
    cli, tmp_path: Path, home: Path
) -> None:
    markdown = note(cli, tmp_path, "citizen: A.B.\nconversation_language: dansk\n")
    for item_id in (*INTERPRETER_ITEMS, "interpreter_speak_to_person"):
        assert checklist_text("dk", item_id) not in markdown
    assert "Dansk: " not in conversation(markdown, "dk")


def test_an_interpreter_brings_the_advice_in_any_language(cli, tmp_path: Path, home: Path) -> None:
    markdown = note(cli, tmp_path, "citizen: A.B.\ninterpreter: true\n")
    for item_id in (*INTERPRETER_ITEMS, "interpreter_speak_to_person"):
        assert checklist_text("dk", item_id) in markdown
    checklist = markdown[markdown.index("## Forberedelse og pligter") :]
    first_item = checklist.splitlines()[2]
    assert checklist_text("dk", "interpreter_professional") in first_item
    assert "- Tolk: ja" in markdown


def test_minors_get_the_duty_phrases_in_english(guide, look) -> None:
    answers = parse_answers(
        {
            "citizen": "A.B.",
            "age_group": "under_18",
            "sector": "public",
            "topics": ["opening", "duties"],
            "conversation_language": "en",
        },
        "test",
    )
    from datetime import date

    plan = build_plan(resolve(answers, guide, look), guide, date(2026, 1, 1))
    said = [plan.say(p) for topic, phrases in plan.conversation for p in phrases]
    english = spoken_texts(guide, "en")
    assert english["duties_under_18"] in said
    assert all(text in english.values() for text in said)


def test_note_offers_the_handout_for_the_place_and_language(
    cli, tmp_path: Path, home: Path
) -> None:
    markdown = note(cli, tmp_path, "citizen: A.B.\nregion: Odense\nconversation_language: en\n")
    assert "`samtale handout --region Odense --language en`" in markdown
    swedish = note(cli, tmp_path, "citizen: A.B.\nregion: Göteborg\n", "se")
    assert "`samtale --country se handout --region Göteborg --language sv`" in swedish
    nowhere = note(cli, tmp_path, "citizen: A.B.\n")
    assert "`samtale handout --language da`" in nowhere
    national = cli("handout", "--language", "da")
    assert national.exit_code == 0, national.output
    assert (
        national.stdout.splitlines()[0] == "# " + load_guide("dk").handout.words[0].title_national
    )


def test_unknown_conversation_language_is_one_line(cli, tmp_path: Path, home: Path) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text("citizen: A.B.\nconversation_language: svenska\n", encoding="utf-8")
    result = cli("prep", "--answers", str(path), "--stdout")
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "da, en" in result.stderr


def test_the_card_speaks_the_conversation_language(cli, tmp_path: Path, home: Path) -> None:
    from samtale.prep.card import split_card

    guide = load_guide("dk")
    markdown = note(cli, tmp_path, "citizen: A.B.\nconversation_language: en\n")
    parts = split_card(markdown)
    assert parts is not None
    card = parts[0]
    english = spoken_texts(guide, "en")
    shown = [p for p in guide.phrases if english[p.id] in card]
    assert shown
    for phrase in shown:
        assert f"{english[phrase.id]} *(Dansk: {phrase.text})*" in card
    danish_only = note(cli, tmp_path, "citizen: A.B.\n")
    assert "(Dansk: " not in danish_only


SITUATIONS = [
    {"age_group": "under_18", "gender": "woman", "contexts": ["children"]},
    {"age_group": "30_plus", "gender": "man", "contexts": ["substance_use", "debt"]},
    {"age_group": "18_29", "gender": "trans", "contexts": ["lgbt", "foreign_national"]},
    {"gender": "unknown", "signs": {"violence_abuse": ""}, "contexts": ["trafficking_concern"]},
]


@pytest.mark.parametrize("country", ["dk", "se"])
@pytest.mark.parametrize("situation", SITUATIONS)
def test_english_chooses_the_same_phrases_as_the_guide(country: str, situation: dict) -> None:
    """Fit conditions hold in English: the same person gets the same phrases, translated."""
    from datetime import date

    from samtale.guide.select import lookups

    guide = load_guide(country)
    look = lookups(guide)
    signs = {s.id for s in guide.signs}
    known = {k: v for k, v in situation.items() if k != "signs"}
    known["signs"] = {k: v for k, v in situation.get("signs", {}).items() if k in signs}
    topics = [topic.id for topic in guide.topics]
    plans = {}
    for language in ("", "en"):
        answers = {"citizen": "A.B.", "topics": topics, **known}
        if language:
            answers["conversation_language"] = language
        resolved = resolve(parse_answers(answers, "test"), guide, look)
        plans[language] = build_plan(resolved, guide, date(2026, 1, 1))
    chosen = {
        language: [(t.id, [p.id for p in phrases]) for t, phrases in plan.conversation]
        for language, plan in plans.items()
    }
    assert chosen["en"] == chosen[""]
    english = spoken_texts(guide, "en")
    for _, phrases in plans["en"].conversation:
        for phrase in phrases:
            assert plans["en"].say(phrase) == english[phrase.id]


@pytest.mark.parametrize("country", ["dk", "se"])
def test_no_pregnancy_question_to_a_man_in_english(country: str) -> None:
    from datetime import date

    from samtale.guide.select import lookups

    guide = load_guide(country)
    look = lookups(guide)
    english = spoken_texts(guide, "en")
    asks_about_pregnancy = {pid for pid, text in english.items() if "pregnan" in text.lower()}
    # The Danish guide asks about protection against pregnancy; the Swedish one does not.
    assert bool(asks_about_pregnancy) == (country == "dk")
    for gender in ("man", "woman"):
        answers = {
            "citizen": "A.B.",
            "gender": gender,
            "topics": [topic.id for topic in guide.topics],
            "conversation_language": "en",
        }
        plan = build_plan(
            resolve(parse_answers(answers, "test"), guide, look), guide, date(2026, 1, 1)
        )
        said = {p.id for _, phrases in plan.conversation for p in phrases}
        if gender == "man":
            assert not said & asks_about_pregnancy
        else:
            assert said & asks_about_pregnancy == asks_about_pregnancy
