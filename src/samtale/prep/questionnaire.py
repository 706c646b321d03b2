"""The prep questionnaire: which questions, in which order, with which defaults, and review.

`QUESTIONS` is the one list of questions, in the order they are asked; a new question is one
more entry there (and a field of `Answers`). The flow fills a plain dict, the same shape as
an answers file, and hands it to `Asking.keep` after every answer, so that a run stopped at
any point leaves a draft that `--resume` continues. At the end `review` shows every answer
and lets the user save, change an answer, keep the draft for later, or discard it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from samtale.guide.models import AgeGroup, Gender, Guide, Nationality, SignKind
from samtale.guide.select import Lookups
from samtale.guide.vocab import PHASE_TOPICS
from samtale.messages import Msg, catalogue_keys, t
from samtale.prep.prompter import Choice, Prompter, QuestionaryPrompter, Validator
from samtale.store.identifiers import no_identifier
from samtale.store.text import valid_free_text

__all__ = [
    "QUESTIONS",
    "Asking",
    "Choice",
    "Interrupted",
    "Outcome",
    "Prompter",
    "Question",
    "QuestionaryPrompter",
    "Validator",
    "ask",
    "complete",
    "no_identifier",
    "progress",
    "review",
    "summary",
]


def required_pseudonym(text: str) -> bool | str:
    if not text.strip():
        return t(Msg.Q_CITIZEN_REQUIRED)
    if len(text.strip()) > 40:
        return t(Msg.Q_CITIZEN_TOO_LONG)
    return no_identifier(text)


class Interrupted(KeyboardInterrupt):
    """The questionnaire was stopped (Ctrl-C, Ctrl-D, a signal), with the answers so far.

    `signum` is the signal that stopped it, if one did.
    """

    def __init__(self, answers: dict[str, Any], signum: int | None = None) -> None:
        super().__init__()
        self.answers = answers
        self.signum = signum


@dataclass
class Asking:
    """One run of the questionnaire: where to ask, what is known, and where answers go."""

    prompter: Prompter
    guide: Guide
    look: Lookups
    answers: dict[str, Any] = field(default_factory=dict)
    defaults: dict[str, Any] = field(default_factory=dict)
    keep: Callable[[dict[str, Any]], None] = lambda answers: None

    def set(self, key: str, value: Any) -> None:
        """Record one answer and hand the answers to `keep` (the draft is written now)."""
        self.answers[key] = value
        self.keep(self.answers)

    def tags(self) -> set[str]:
        """The ids chosen so far at the questions marked `tag` (age group, gender …)."""
        return {str(self.answers[q.key]) for q in QUESTIONS if q.tag and self.answers.get(q.key)}


@dataclass(frozen=True)
class Question:
    """One entry of the questionnaire.

    `ask` gets the current value (None when unanswered) as the default and returns the
    answer; `show` turns an answer into the text of the summary; `done` says whether a
    stored value is a complete answer (a draft may hold half of one); `tag` marks ids that
    the data's `not_with` and `said_by` lists are matched against.
    """

    key: str
    ask: Callable[[Asking, Any], Any]
    show: Callable[[Asking, Any], str]
    done: Callable[[Any], bool] = lambda value: True
    tag: bool = False


def _free_text(key: str, validate: Validator = valid_free_text) -> Callable[[Asking, Any], str]:
    def ask(a: Asking, previous: Any) -> str:
        default = previous if previous is not None else a.defaults.get(key, "")
        return a.prompter.text(t(f"q.{key}"), str(default or ""), validate).strip()

    return ask


def _as_text(a: Asking, value: Any) -> str:
    return str(value) if value else t(Msg.Q_SUMMARY_NONE)


def _enum(key: str, values: list[str], unknown: str) -> Callable[[Asking, Any], str]:
    def ask(a: Asking, previous: Any) -> str:
        choices = [(t(f"tag.{value}"), value) for value in values]
        return a.prompter.select(t(f"q.{key}"), choices, previous or unknown)

    return ask


def _tag(a: Asking, value: Any) -> str:
    """The words for an id; an id the catalogue does not know (an edited draft) as it is."""
    key = f"tag.{value}"
    return t(key) if key in catalogue_keys() else str(value)


def _region(a: Asking, previous: Any) -> str:
    def valid_place(text: str) -> bool | str:
        if not text.strip() or a.look.places.get(text) is not None:
            return True
        near = a.look.places.suggest(text)  # the command line's suggestion
        if near:
            return t(
                Msg.Q_REGION_UNKNOWN_NEAR,
                value=text.strip(),
                hint=t(Msg.UNKNOWN_SUGGEST, suggestion=near),
            )
        return t(Msg.Q_REGION_UNKNOWN)

    options = sorted(a.look.places.spellings())
    return a.prompter.autocomplete(t(Msg.Q_REGION), options, previous or "", valid_place).strip()


def _sign_groups(guide: Guide) -> list[tuple[str, list[Choice]]]:
    return [
        (
            t(f"signs.title.{kind.value}"),
            [(sign.label, sign.id) for sign in guide.signs if sign.kind == kind],
        )
        for kind in SignKind
    ]


def _signs(a: Asking, previous: Any) -> dict[str, Any]:
    """Pick the signs, then the user's own words for each, each word kept as it is typed.

    A draft may hold picked signs whose words are not written yet (None): then only those
    are asked. Otherwise (a new answer, or a change) the signs are picked again, and the
    words already written are offered as defaults.
    """
    chosen: dict[str, Any] = dict(previous or {})
    if chosen and None in chosen.values():
        pending = [sign_id for sign_id, text in chosen.items() if text is None]
    else:
        picked = a.prompter.checkbox(t(Msg.Q_SIGNS), _sign_groups(a.guide), list(chosen))
        chosen = {sign_id: chosen.get(sign_id) for sign_id in picked}
        a.set("signs", dict(chosen))
        pending = list(picked)
    labels = {sign.id: sign.label for sign in a.guide.signs}
    for sign_id in pending:
        question = t(Msg.Q_SIGN_TEXT, sign=labels.get(sign_id, sign_id))
        chosen[sign_id] = a.prompter.text(question, chosen[sign_id] or "", valid_free_text).strip()
        a.set("signs", dict(chosen))
    return chosen


def _show_signs(a: Asking, value: Any) -> str:
    if not value:
        return t(Msg.Q_SUMMARY_NONE)
    labels = {sign.id: sign.label for sign in a.guide.signs}
    lines = []
    for sign_id, text in value.items():
        said = t(Msg.Q_SUMMARY_SAID, text=text) if text else ""
        lines.append(t(Msg.Q_SUMMARY_ITEM, label=labels.get(sign_id, sign_id), said=said))
    return "".join(lines)


def offered_contexts(a: Asking) -> list[Choice]:
    """The contexts an earlier answer neither contradicts nor already says (`not_with`,
    `said_by` in the data)."""
    tags = a.tags()
    return [(c.label, c.id) for c in a.guide.contexts if not tags & {*c.not_with, *c.said_by}]


def _contexts(a: Asking, previous: Any) -> list[str]:
    return a.prompter.checkbox(t(Msg.Q_CONTEXTS), [("", offered_contexts(a))], previous or [])


def _topics(a: Asking, previous: Any) -> list[str]:
    topics = [(topic.label, topic.id) for topic in a.guide.topics]
    checked = previous if previous is not None else list(PHASE_TOPICS)
    return a.prompter.checkbox(t(Msg.Q_TOPICS), [("", topics)], checked)


WITH_INTERPRETER = "interpreter"


def _language(a: Asking, previous: Any) -> str:
    """The conversation language; "with an interpreter" also sets the `interpreter` answer
    (the professional then speaks their own language)."""
    from samtale.guide.languages import ENGLISH, native

    own = native(a.guide.country)
    choices = [(t(f"language.{own}"), own), (t(Msg.Q_CONVERSATION_LANGUAGE_EN), ENGLISH)]
    choices.append((t(Msg.Q_CONVERSATION_LANGUAGE_INTERPRETER), WITH_INTERPRETER))
    default = WITH_INTERPRETER if a.answers.get("interpreter") else previous or own
    picked = a.prompter.select(t(Msg.Q_CONVERSATION_LANGUAGE), choices, default)
    a.set("interpreter", picked == WITH_INTERPRETER)
    return own if picked == WITH_INTERPRETER else picked


def _show_language(a: Asking, value: Any) -> str:
    shown = t(f"language.{value}") if value else t(Msg.Q_SUMMARY_NONE)
    return shown + (t(Msg.Q_SUMMARY_WITH_INTERPRETER) if a.answers.get("interpreter") else "")


def _names(kind: str) -> Callable[[Asking, Any], str]:
    def show(a: Asking, value: Any) -> str:
        records = getattr(a.guide, kind)
        labels = {record.id: record.label for record in records}
        return ", ".join(labels.get(i, i) for i in value or []) or t(Msg.Q_SUMMARY_NONE)

    return show


QUESTIONS: list[Question] = [
    Question("role", _free_text("role"), _as_text),
    Question("citizen", _free_text("citizen", required_pseudonym), _as_text),
    Question(
        "age_group",
        _enum("age_group", [a.value for a in AgeGroup], AgeGroup.UNKNOWN.value),
        _tag,
        tag=True,
    ),
    Question(
        "gender", _enum("gender", [g.value for g in Gender], Gender.UNKNOWN.value), _tag, tag=True
    ),
    # Nationality decides services for foreign nationals and brings the trafficking steps.
    Question(
        "nationality",
        _enum("nationality", [n.value for n in Nationality], Nationality.UNKNOWN.value),
        _tag,
        tag=True,
    ),
    Question("region", _region, _as_text),
    Question(
        "signs",
        _signs,
        _show_signs,
        done=lambda value: isinstance(value, dict) and None not in value.values(),
    ),
    Question("contexts", _contexts, _names("contexts")),
    Question("other_explanations", _free_text("other_explanations"), _as_text),
    Question("topics", _topics, _names("topics")),
    Question("conversation_language", _language, _show_language),
]


def _by_key(key: str) -> Question:
    return next(q for q in QUESTIONS if q.key == key)


def _pending(answers: dict[str, Any]) -> list[Question]:
    return [q for q in QUESTIONS if q.key not in answers or not q.done(answers[q.key])]


def complete(answers: dict[str, Any]) -> bool:
    """Whether every question has its answer (a resumed draft then opens at the review)."""
    return not _pending(answers)


def progress(answers: dict[str, Any]) -> tuple[int, int]:
    """How many of the questions are answered, and how many there are."""
    return len(QUESTIONS) - len(_pending(answers)), len(QUESTIONS)


def _stopped(a: Asking, stop: BaseException) -> Interrupted:
    return Interrupted(a.answers, getattr(stop, "signum", None))


def ask(
    prompter: Prompter,
    guide: Guide,
    look: Lookups,
    draft: dict[str, Any] | None = None,
    *,
    asking: Asking | None = None,
) -> dict[str, Any]:
    """Ask every question not already answered in `draft`; return the complete answers.

    Ctrl-C, Ctrl-D and signals raise `Interrupted` with what was answered, so nothing
    typed is lost.
    """
    a = asking or Asking(prompter, guide, look, dict(draft or {}))
    try:
        for question in _pending(a.answers):
            a.set(question.key, question.ask(a, a.answers.get(question.key)))
    except (KeyboardInterrupt, EOFError) as stop:
        raise _stopped(a, stop) from None
    return a.answers


def summary(answers: dict[str, Any], guide: Guide, look: Lookups | None = None) -> str:
    """Every answer given so far, numbered in the order of the questions."""
    a = Asking(prompter=None, guide=guide, look=look, answers=answers)  # type: ignore[arg-type]
    lines = [t(Msg.Q_SUMMARY_TITLE)]
    for number, question in enumerate(QUESTIONS, 1):
        if question.key in answers:
            shown = question.show(a, answers[question.key])
            lines.append(
                t(Msg.Q_SUMMARY_LINE, number=number, name=t(f"q.name.{question.key}"), value=shown)
            )
    return "\n".join(lines) + "\n"


class Outcome(StrEnum):
    """How the review ended."""

    SAVE = "save"
    KEEP = "keep"
    DISCARD = "discard"


def _prune(a: Asking) -> None:
    """Drop chosen contexts that a changed answer now contradicts."""
    if "contexts" in a.answers:
        offered = {value for _, value in offered_contexts(a)}
        kept = [c for c in a.answers["contexts"] if c in offered]
        if kept != a.answers["contexts"]:
            a.set("contexts", kept)


def change(a: Asking) -> None:
    """Let the user pick one answer and give it again."""
    choices = [
        (f"{t(f'q.name.{q.key}')}: {_short(q.show(a, a.answers.get(q.key)))}", q.key)
        for q in QUESTIONS
    ]
    key = a.prompter.select(t(Msg.Q_CHANGE), choices, QUESTIONS[0].key)
    question = _by_key(key)
    a.set(key, question.ask(a, a.answers.get(key)))
    _prune(a)


def _short(text: str, width: int = 50) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= width else one_line[: width - 1] + "…"


def review(a: Asking) -> Outcome:
    """Show every answer and ask what to do, until the user saves, keeps or discards."""
    try:
        while True:
            a.prompter.say(summary(a.answers, a.guide, a.look))
            choices = [(t(f"q.review.{o.value}"), o.value) for o in Outcome]
            choices.insert(1, (t(Msg.Q_REVIEW_CHANGE), "change"))
            picked = a.prompter.select(t(Msg.Q_REVIEW), choices, Outcome.SAVE.value)
            if picked == "change":
                change(a)
            elif picked != Outcome.DISCARD or a.prompter.confirm(t(Msg.Q_DISCARD_SURE), False):
                return Outcome(picked)
    except (KeyboardInterrupt, EOFError) as stop:
        raise _stopped(a, stop) from None
