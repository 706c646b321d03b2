"""Case practice and self-reflection: the pure parts (handout, pointers) and the flows.

The flows talk to the same `Prompter` seam as the prep questionnaire, so tests script
them; nothing here writes a file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from samtale.errors import UsageError
from samtale.guide.choices import Choices
from samtale.guide.models import Case, Guide, Pointers, SelfCheck
from samtale.messages import Msg, t
from samtale.prep.questionnaire import Prompter
from samtale.store.text import clean, markdown_inline, valid_free_text


def find_case(guide: Guide, typed: str) -> Case:
    """The case whose id (any case, æ/ø/å, a unique prefix) is `typed`.

    An earlier id (``supported_housing_visits``) and the name the title starts with
    (``Line``) find it too.
    """
    choices: Choices[Case] = Choices(kind=Msg.KIND_CASE, valid=[c.id for c in guide.cases])
    for case in guide.cases:
        choices.add([case.id, *case.aliases, case.title.split(",")[0]], case)
    found = choices.get(typed)
    if found is not None:
        return found
    prefix = [c for c in guide.cases if c.id.startswith(typed.strip().lower())]
    if len(prefix) == 1:
        return prefix[0]
    if len(prefix) > 1:
        raise UsageError(t(Msg.PRACTICE_AMBIGUOUS, id=typed, ids=", ".join(c.id for c in prefix)))
    return choices.resolve(typed)


@dataclass(frozen=True)
class Revealed:
    """What the pointers of one question lead to, as readable lines."""

    question: str
    hint: str
    lines: tuple[str, ...]


def reveal(pointers: Pointers, guide: Guide) -> tuple[str, ...]:
    """The phrases' texts, the resources' names, the facts' titles, the checklist items."""
    phrases = {p.id: p.text for p in guide.phrases}
    resources = {r.id: r.name for r in guide.resources}
    facts = {f.id: f.title for f in guide.facts}
    checklist = {c.id: c.text for c in guide.checklist}
    return (
        *(t(Msg.PRACTICE_SAY, text=phrases[i]) for i in pointers.phrases),
        *(t(Msg.PRACTICE_REFER, name=resources[i]) for i in pointers.resources),
        *(t(Msg.PRACTICE_FACT, title=facts[i]) for i in pointers.facts),
        *(t(Msg.PRACTICE_REMEMBER, text=checklist[i]) for i in pointers.checklist),
    )


def revealed(case: Case, guide: Guide) -> list[Revealed]:
    return [
        Revealed(t(f"practice.q.{r.question}"), r.hint, reveal(r.pointers, guide))
        for r in case.reflections
    ]


def handout(case: Case) -> str:
    """The case as a one-page CommonMark handout for a team meeting (no hints)."""
    lines = [f"# {case.title}", "", case.story, "", f"## {t(Msg.PRACTICE_H_QUESTIONS)}", ""]
    lines += [
        f"{number}. {t(f'practice.q.{r.question}')}"
        for number, r in enumerate(case.reflections, start=1)
    ]
    lines += ["", f"*{t(Msg.PRACTICE_HANDOUT_NOTE)}*"]
    return "\n".join(lines) + "\n"


def practise(
    prompter: Prompter,
    case: Case,
    earlier: dict[str, str] | None = None,
    keep: Callable[[dict[str, str]], None] | None = None,
) -> dict[str, str]:
    """Ask the six questions; an empty answer goes on, a CPR number or 4,000 characters not.

    `earlier` (a kept draft) gives each question its default; `keep` is called with the
    answers so far after every answer. Ctrl-C propagates.
    """
    prompter.say(f"\n{case.title}\n\n{case.story}\n")
    was = {key: str(value) for key, value in (earlier or {}).items()}
    answers: dict[str, str] = {}
    for reflection in case.reflections:
        question = reflection.question
        answer = prompter.text(t(f"practice.q.{question}"), was.get(question, ""), valid_free_text)
        answers[question] = clean(answer).strip()
        if keep is not None:
            keep({**was, **answers})
    return answers


def answers_text(title: str, answers: dict[str, str]) -> str:
    """The answers of one practice run as Markdown, to be saved with `--save`."""
    lines = [f"# {title}", ""]
    for question, answer in answers.items():
        lines += [f"## {t(f'practice.q.{question}')}", "", markdown_inline(answer) or "-", ""]
    return "\n".join(lines)


def reflect(prompter: Prompter, items: tuple[SelfCheck, ...]) -> list[SelfCheck]:
    """Ask each self-check question; return those answered no. Nothing is kept."""
    return [item for item in items if not prompter.confirm(item.question, True)]
