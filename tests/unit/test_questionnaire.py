"""The questionnaire flow through a scripted prompter, and the questionary adapter itself."""

from __future__ import annotations

import pytest

from samtale.messages import t
from samtale.prep.answers import parse_answers, resolve
from samtale.prep.questionnaire import (
    Asking,
    Interrupted,
    Outcome,
    QuestionaryPrompter,
    ask,
    complete,
    no_identifier,
    offered_contexts,
    review,
    summary,
)
from tests.helpers import Script

FULL = [
    "kontaktperson",
    "A.B.",
    "30_plus",
    "man",
    "domestic",
    "Aalborg",
    ["isolation", "lonely_busy_phone"],
    "Trækker sig fra fællesskabet",
    "",
    ["substance_use"],
    "Måske depression",
    ["opening", "safety"],
    "interpreter",
]


def test_full_run_gives_valid_answers(guide, look) -> None:
    script = Script(FULL)
    answers = ask(script, guide, look)
    assert script.answers == []
    situation = resolve(parse_answers(answers, "test"), guide, look)
    assert situation.observations == {
        "isolation": "Trækker sig fra fællesskabet",
        "lonely_busy_phone": "",
    }
    assert situation.place is not None
    assert situation.place.landsdele == {"nordjylland"}
    assert situation.topics == ("opening", "safety")
    assert situation.nationality == "domestic"
    assert (situation.language, situation.interpreter) == ("da", True)


def test_interrupt_keeps_answers_and_resume_skips_them(guide, look) -> None:
    with pytest.raises(Interrupted) as stop:
        ask(Script(FULL, stop_after=7), guide, look)
    draft = stop.value.answers
    assert draft["citizen"] == "A.B."
    assert draft["signs"] == {"isolation": None, "lonely_busy_phone": None}
    resumed = Script(FULL[7:])
    answers = ask(resumed, guide, look, draft)
    isolation = next(s.label for s in guide.signs if s.id == "isolation")
    assert resumed.asked[0] == t("q.sign_text", sign=isolation)
    assert t("q.role") not in resumed.asked
    assert t("q.citizen") not in resumed.asked
    assert answers["signs"]["isolation"] == "Trækker sig fra fællesskabet"


def test_prompt_validators_refuse_cpr_numbers() -> None:
    assert no_identifier("helt almindelig tekst") is True
    assert "CPR" in str(no_identifier("120390-1234"))


def test_questionary_adapter_reads_keys_from_a_pipe() -> None:
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    with create_pipe_input() as pipe:
        prompter = QuestionaryPrompter(input=pipe, output=DummyOutput())
        pipe.send_text("K.M.\r")
        assert prompter.text("Pseudonym:", "", no_identifier) == "K.M."
        pipe.send_text("\x1b[B\r")  # arrow down, then Enter
        assert prompter.select("Alder:", [("a", "a"), ("b", "b")], "a") == "b"
        pipe.send_text(" \x1b[B \r")  # tick the first two
        groups = [("Gruppe", [("x", "x"), ("y", "y"), ("z", "z")])]
        assert prompter.checkbox("Vælg:", groups, []) == ["x", "y"]
        pipe.send_text("\r")
        assert prompter.confirm("Gem?", True) is True


def test_each_answer_is_kept_as_it_is_given(guide, look) -> None:
    kept: list[dict] = []
    asking = Asking(Script(FULL), guide, look, keep=lambda answers: kept.append(dict(answers)))
    ask(asking.prompter, guide, look, asking=asking)
    assert kept[0] == {"role": "kontaktperson"}
    assert kept[1] == {"role": "kontaktperson", "citizen": "A.B."}
    # The signs are kept when picked, then again with each observation written.
    assert {"isolation": None, "lonely_busy_phone": None} in [k.get("signs") for k in kept]
    assert kept[-1]["topics"] == ["opening", "safety"]
    assert complete(kept[-1])


def test_a_context_the_age_contradicts_is_not_offered(guide, look) -> None:
    """The age band does not say the `young` context (sugardating among peers): a person
    of 18–29 may have it or not, so it is offered; one of 30 or more is not."""
    asking = Asking(Script([]), guide, look, {"age_group": "18_29"})
    assert "young" in {value for _, value in offered_contexts(asking)}
    asking.answers["age_group"] = "30_plus"
    assert "young" not in {value for _, value in offered_contexts(asking)}
    asking.answers["age_group"] = "unknown"
    assert "young" in {value for _, value in offered_contexts(asking)}


def test_age_18_29_does_not_switch_on_the_young_context(guide, look) -> None:
    answers = parse_answers({"citizen": "A.B.", "age_group": "18_29"}, "test")
    assert "young" not in resolve(answers, guide, look).contexts
    chosen = parse_answers({"citizen": "A.B.", "age_group": "18_29", "contexts": ["young"]}, "t")
    assert "young" in resolve(chosen, guide, look).contexts


def test_review_changes_one_answer_then_saves(guide, look) -> None:
    answers = ask(Script(FULL), guide, look)
    kept: list[dict] = []
    script = Script(["change", "age_group", "18_29", "save"])
    asking = Asking(script, guide, look, answers, keep=lambda a: kept.append(dict(a)))
    assert review(asking) is Outcome.SAVE
    assert asking.answers["age_group"] == "18_29"
    assert kept[-1]["age_group"] == "18_29"  # the draft follows the change
    assert script.asked == [t("q.review"), t("q.change"), t("q.age_group"), t("q.review")]


def test_changing_the_age_drops_a_context_it_now_contradicts(guide, look) -> None:
    answers = {**ask(Script(FULL), guide, look), "age_group": "unknown", "contexts": ["young"]}
    asking = Asking(Script(["change", "age_group", "30_plus", "save"]), guide, look, answers)
    review(asking)
    assert asking.answers["contexts"] == []


def test_discard_asks_once_more(guide, look) -> None:
    answers = ask(Script(FULL), guide, look)
    script = Script(["discard", False, "discard", True])
    assert review(Asking(script, guide, look, answers)) is Outcome.DISCARD
    assert script.asked.count(t("q.discard_sure")) == 2
    assert review(Asking(Script(["keep"]), guide, look, answers)) is Outcome.KEEP


def test_ctrl_d_at_the_review_keeps_the_answers(guide, look) -> None:
    class EndOfInput(Script):
        def select(self, message, choices, default):
            raise EOFError

    answers = ask(Script(FULL), guide, look)
    with pytest.raises(Interrupted) as stop:
        review(Asking(EndOfInput([]), guide, look, answers))
    assert stop.value.answers["citizen"] == "A.B."


def test_summary_names_every_answer(guide, look) -> None:
    text = summary(ask(Script(FULL), guide, look), guide, look)
    for key, shown in (
        ("role", "kontaktperson"),
        ("citizen", "A.B."),
        ("age_group", t("tag.30_plus")),
        ("gender", t("tag.man")),
        ("region", "Aalborg"),
    ):
        assert f"{t(f'q.name.{key}')}: {shown}" in text
    assert "Trækker sig fra fællesskabet" in text


def test_the_role_default_comes_from_the_settings(guide, look) -> None:
    seen: list[str] = []

    class Remember(Script):
        def text(self, message, default, validate):
            seen.append(default)
            return super().text(message, default, validate)

    asking = Asking(Remember(FULL), guide, look, defaults={"role": "SSP-medarbejder"})
    ask(asking.prompter, guide, look, asking=asking)
    assert seen[0] == "SSP-medarbejder"


def test_confirm_takes_j_and_n_and_ctrl_d_stops_a_select() -> None:
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    with create_pipe_input() as pipe:
        prompter = QuestionaryPrompter(input=pipe, output=DummyOutput())
        pipe.send_text("j")
        assert prompter.confirm("Gem?", False) is True
        pipe.send_text("n")
        assert prompter.confirm("Gem?", True) is False
        pipe.send_text("\r")
        assert prompter.confirm("Gem?", False) is False
        pipe.send_text("\x04")
        with pytest.raises(EOFError):
            prompter.select("Alder:", [("a", "a"), ("b", "b")], "a")


def test_the_place_is_checked_on_enter_not_while_typing(monkeypatch) -> None:
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    asked: list = []
    real_ask = QuestionaryPrompter._ask

    def spy(self, question):
        asked.append(question)
        return real_ask(self, question)

    monkeypatch.setattr(QuestionaryPrompter, "_ask", spy)
    with create_pipe_input() as pipe:
        prompter = QuestionaryPrompter(input=pipe, output=DummyOutput())
        places = ["Odense", "Aalborg"]

        def known(text: str) -> bool | str:
            return text in places or "ukendt"

        pipe.send_text("Oden\rse\r")  # Enter on "Oden" is refused, then accepted
        assert prompter.autocomplete("Sted:", places, "", known) == "Odense"
    buffer = asked[0].application.current_buffer
    assert buffer.validate_while_typing() is False


def test_a_foreign_national_context_follows_the_nationality(guide, look) -> None:
    asking = Asking(Script([]), guide, look, {"nationality": "domestic"})
    assert "foreign_national" not in {value for _, value in offered_contexts(asking)}
    asking.answers["nationality"] = "foreign"  # said already: not asked again
    assert "foreign_national" not in {value for _, value in offered_contexts(asking)}
    asking.answers["nationality"] = "unknown"
    assert "foreign_national" in {value for _, value in offered_contexts(asking)}
