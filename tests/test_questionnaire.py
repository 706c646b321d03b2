"""The questionnaire flow through a scripted prompter, and the questionary adapter itself."""

from __future__ import annotations

from typing import Any

import pytest

from samtale.messages import t
from samtale.prep.answers import parse_answers, resolve
from samtale.prep.questionnaire import Interrupted, QuestionaryPrompter, ask, no_identifier


class Script:
    """A prompter that answers from a script; an unscripted question fails the test."""

    def __init__(self, answers: list[Any], stop_after: int | None = None) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []
        self.stop_after = stop_after

    def _next(self, message: str) -> Any:
        if self.stop_after is not None and len(self.asked) == self.stop_after:
            raise KeyboardInterrupt
        self.asked.append(message)
        if not self.answers:
            pytest.fail(f"unscripted prompt: {message}")
        return self.answers.pop(0)

    def text(self, message, default, validate):
        value = self._next(message)
        assert validate(value) is True, validate(value)
        return value

    def select(self, message, choices, default):
        value = self._next(message)
        assert value in [v for _, v in choices]
        return value

    def checkbox(self, message, groups, checked):
        value = self._next(message)
        offered = {v for _, choices in groups for _, v in choices}
        assert set(value) <= offered
        return value

    def autocomplete(self, message, options, default, validate):
        value = self._next(message)
        assert validate(value) is True
        return value

    def confirm(self, message, default):
        return self._next(message)

    def say(self, text):
        pass


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
