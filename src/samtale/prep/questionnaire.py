"""The prep questionnaire: which questions, in which order, with which defaults.

The flow talks to a `Prompter`, one seam for every prompt: the real one wraps questionary,
tests script a fake one. The flow fills a plain dict, the same shape as an answers file, so
that an interrupted run can be kept as a draft and resumed where it stopped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from samtale.guide.models import AgeGroup, Gender, Guide, Nationality, SignKind
from samtale.guide.select import Lookups
from samtale.guide.vocab import PHASE_TOPICS
from samtale.messages import t
from samtale.store.identifiers import no_identifier

Choice = tuple[str, str]  # (what the user sees, the id stored)
Validator = Callable[[str], bool | str]


class Prompter(Protocol):
    def text(self, message: str, default: str, validate: Validator) -> str: ...

    def select(self, message: str, choices: list[Choice], default: str) -> str: ...

    def checkbox(
        self, message: str, groups: list[tuple[str, list[Choice]]], checked: list[str]
    ) -> list[str]: ...

    def autocomplete(
        self, message: str, options: list[str], default: str, validate: Validator
    ) -> str: ...

    def confirm(self, message: str, default: bool) -> bool: ...

    def say(self, text: str) -> None: ...


def required_pseudonym(text: str) -> bool | str:
    if not text.strip():
        return t("q.citizen.required")
    if len(text.strip()) > 40:
        return t("q.citizen.too_long")
    return no_identifier(text)


class Interrupted(KeyboardInterrupt):
    """Ctrl-C during the questionnaire, carrying the answers given so far."""

    def __init__(self, answers: dict[str, Any]) -> None:
        super().__init__()
        self.answers = answers


def ask(
    prompter: Prompter, guide: Guide, look: Lookups, draft: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Ask every question not already answered in `draft`; return the complete answers.

    Ctrl-C raises `Interrupted` with what was answered, so nothing typed is lost.
    """
    answers: dict[str, Any] = dict(draft or {})
    try:
        _ask_all(prompter, guide, look, answers)
    except KeyboardInterrupt:
        raise Interrupted(answers) from None
    return answers


def _ask_all(prompter: Prompter, guide: Guide, look: Lookups, answers: dict[str, Any]) -> None:
    def once(key: str, question: Callable[[], Any]) -> None:
        if key not in answers:
            answers[key] = question()

    once("role", lambda: prompter.text(t("q.role"), "", no_identifier).strip())
    once("citizen", lambda: prompter.text(t("q.citizen"), "", required_pseudonym).strip())
    once(
        "age_group",
        lambda: prompter.select(
            t("q.age_group"),
            [(t(f"tag.{a.value}"), a.value) for a in AgeGroup],
            AgeGroup.UNKNOWN.value,
        ),
    )
    once(
        "gender",
        lambda: prompter.select(
            t("q.gender"), [(t(f"tag.{g.value}"), g.value) for g in Gender], Gender.UNKNOWN.value
        ),
    )
    # Nationality decides services for foreign nationals and brings the trafficking steps.
    once(
        "nationality",
        lambda: prompter.select(
            t("q.nationality"),
            [(t(f"tag.{n.value}"), n.value) for n in Nationality],
            Nationality.UNKNOWN.value,
        ),
    )

    def valid_place(text: str) -> bool | str:
        if not text.strip() or look.places.get(text) is not None:
            return True
        return t("q.region.unknown")

    once(
        "region",
        lambda: prompter.autocomplete(
            t("q.region"), sorted(look.places.spellings()), "", valid_place
        ).strip(),
    )

    if "signs" not in answers:
        groups = [
            (
                t(f"signs.title.{kind.value}"),
                [(sign.label, sign.id) for sign in guide.signs if sign.kind == kind],
            )
            for kind in SignKind
        ]
        chosen = prompter.checkbox(t("q.signs"), groups, [])
        answers["signs"] = dict.fromkeys(chosen)
    labels = {sign.id: sign.label for sign in guide.signs}
    for sign_id, seen in answers["signs"].items():
        if seen is None:
            answers["signs"][sign_id] = prompter.text(
                t("q.sign_text", sign=labels.get(sign_id, sign_id)), "", no_identifier
            ).strip()

    contexts = [(context.label, context.id) for context in guide.contexts]
    once("contexts", lambda: prompter.checkbox(t("q.contexts"), [("", contexts)], []))
    once(
        "other_explanations",
        lambda: prompter.text(t("q.other_explanations"), "", no_identifier).strip(),
    )
    topics = [(topic.label, topic.id) for topic in guide.topics]
    once(
        "topics",
        lambda: prompter.checkbox(t("q.topics"), [("", topics)], list(PHASE_TOPICS)),
    )


def summary(answers: dict[str, Any], guide: Guide) -> str:
    """A short recap shown before the user confirms."""
    labels = {sign.id: sign.label for sign in guide.signs}
    labels.update({c.id: c.label for c in guide.contexts})
    labels.update({topic.id: topic.label for topic in guide.topics})

    def names(ids: list[str]) -> str:
        return ", ".join(labels.get(i, i) for i in ids) or t("q.summary.none")

    return t(
        "q.summary",
        citizen=answers.get("citizen", ""),
        age=t(f"tag.{answers.get('age_group', 'unknown')}"),
        region=answers.get("region") or t("q.summary.none"),
        signs=names(list(answers.get("signs", {}))),
        contexts=names(answers.get("contexts", [])),
        topics=names(answers.get("topics", [])),
    )


class QuestionaryPrompter:
    """The real prompts. `unsafe_ask` lets Ctrl-C raise instead of returning None.

    `options` (such as ``input``/``output`` for tests) are passed to every question.
    """

    def __init__(self, **options: Any) -> None:
        import questionary

        self._q = questionary
        self._options = options

    def text(self, message: str, default: str, validate: Validator) -> str:
        return self._q.text(
            message, default=default, validate=validate, **self._options
        ).unsafe_ask()

    def select(self, message: str, choices: list[Choice], default: str) -> str:
        items = [self._q.Choice(title, value=value) for title, value in choices]
        return self._q.select(
            message, choices=items, default=default, instruction=t("q.select_help"), **self._options
        ).unsafe_ask()

    def checkbox(
        self, message: str, groups: list[tuple[str, list[Choice]]], checked: list[str]
    ) -> list[str]:
        items: list[Any] = []
        for heading, choices in groups:
            if heading:
                items.append(self._q.Separator(f"── {heading}"))
            items += [
                self._q.Choice(title, value=value, checked=value in checked)
                for title, value in choices
            ]
        return self._q.checkbox(
            message, choices=items, instruction=t("q.checkbox_help"), **self._options
        ).unsafe_ask()

    def autocomplete(
        self, message: str, options: list[str], default: str, validate: Validator
    ) -> str:
        return self._q.autocomplete(
            message,
            choices=options,
            default=default,
            validate=validate,
            ignore_case=True,
            match_middle=True,
            **self._options,
        ).unsafe_ask()

    def confirm(self, message: str, default: bool) -> bool:
        hint = t("q.confirm_yes" if default else "q.confirm_no")
        return self._q.confirm(
            message, default=default, instruction=hint, **self._options
        ).unsafe_ask()

    def say(self, text: str) -> None:
        self._q.print(
            text, **({"file": self._options["output"]} if "output" in self._options else {})
        )
