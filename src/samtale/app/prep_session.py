"""A prep session, without a terminal of its own: the draft written after every answer,
resuming one, the questions and the review, and the note made and saved.

The command (`samtale.cli.prep`) owns what belongs to the process (signals, the exit, the
prompter it hands in) and prints; everything here talks to the user only through the
`Prompter` seam and says what went wrong by raising an error of `samtale.errors`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samtale.app.drafts import save_attempt, save_problem
from samtale.errors import Done, StorageError, UsageError
from samtale.messages import Msg, t

if TYPE_CHECKING:
    from samtale.app.session import Session
    from samtale.prep.draft_record import DraftMeta
    from samtale.prep.questionnaire import Prompter
    from samtale.store.crypto import Key


class PrepDraft:
    """The draft of one prep, written after every answer.

    A draft that cannot be written (a full disk) does not stop the questions: the reason
    is remembered and told on the way out.
    """

    def __init__(self, draft_id: str, meta: DraftMeta, key: Key | None) -> None:
        self.id = draft_id
        self.meta = meta
        self.key = key
        self.saved = False
        self.problem: str | None = None

    def keep(self, answers: dict[str, Any]) -> None:
        from samtale.prep.draft_record import to_record
        from samtale.store import drafts

        self.problem = save_attempt(
            lambda: drafts.save_draft(self.id, to_record(answers, self.meta), self.key)
        )
        self.saved = self.saved or self.problem is None

    def drop(self) -> None:
        from samtale.store import drafts

        drafts.delete_draft(self.id)

    def command(self) -> str:
        """The exact command that continues this draft (its id when there are others)."""
        from samtale.store import drafts

        others = {draft_id for draft_id, _, _ in drafts.draft_files()} - {self.id}
        return f"samtale prep --resume {self.id}" if others else "samtale prep --resume"


def open_draft(
    run: Session, key: Key | None, draft_id: str | None, prompter: Prompter
) -> tuple[PrepDraft, dict[str, Any]]:
    """The draft to continue: the one named, the only one, or one the user picks."""
    from samtale.prep.draft_record import from_record
    from samtale.store import drafts

    found = drafts.list_drafts(key)
    if draft_id is not None:
        found = [info for info in found if info.id == draft_id.strip().lower()]
        if not found:
            raise UsageError(t(Msg.DRAFTS_UNKNOWN, id=draft_id))
    if not found:
        raise UsageError(t(Msg.PREP_NO_DRAFT))
    readable = [info for info in found if info.problem is None]
    if not readable:
        # An unreadable or sealed draft is bad input (exit 2), named with its reason.
        raise UsageError(found[0].problem or t(Msg.PREP_NO_DRAFT))
    chosen = readable[0]
    if len(readable) > 1:
        lines = [
            (draft_line(info.answers, info.modified, run.country), info.id) for info in readable
        ]
        picked = prompter.select(t(Msg.PREP_PICK_DRAFT), lines, readable[0].id)
        chosen = next(info for info in readable if info.id == picked)
    if key is not None:  # encryption is on: a plain draft is sealed before anything else
        chosen = drafts.sealed(chosen, key)
    answers, meta = from_record(chosen.answers, run.country, chosen.modified)
    draft = PrepDraft(chosen.id, meta, key)
    draft.saved = True
    return draft, answers


def draft_line(record: dict[str, Any], modified: float, country: str) -> str:
    """One draft as the resume list shows it: date, pseudonym, place, how far."""
    from samtale.prep.draft_record import view

    seen = view(record, country, modified)
    return t(
        Msg.PREP_DRAFT_LINE,
        date=seen.started,
        citizen=seen.citizen or "–",
        place=seen.region or "–",
        done=seen.done,
        total=seen.total,
    )


def interactive(
    run: Session,
    draft: PrepDraft,
    answers: dict[str, Any],
    prompter: Prompter,
) -> dict[str, Any]:
    """Ask what is not answered yet, then review; returns the answers to save.

    Keeping the draft for later or discarding it ends the command here.
    """
    from samtale.prep.questionnaire import Asking, Outcome, ask, complete, review, summary

    guide, look = run.guide(), run.lookups()
    asking = Asking(prompter, guide, look, dict(answers), keep=draft.keep)
    settings = run.config()
    if settings.country == run.country:  # a role remembered for one country's preps only
        asking.defaults["role"] = settings.role
    prompter.say(t(Msg.PREP_WELCOME))
    if answers and not complete(answers):
        prompter.say(t(Msg.PREP_SO_FAR) + summary(answers, guide, look))
    ask(prompter, guide, look, asking=asking)
    outcome = review(asking)
    if outcome is Outcome.KEEP:
        draft.keep(asking.answers)
        raise Done(t(Msg.PREP_KEPT, command=draft.command()))
    if outcome is Outcome.DISCARD:
        draft.drop()
        raise Done(t(Msg.PREP_DISCARDED))
    return asking.answers


def save_note(
    note: str,
    citizen: str,
    key: Key | None,
    draft: PrepDraft | None,
    origin: str | None = None,
) -> Path:
    """Save the note; if that fails, say why in one line and how to continue, exit 74."""
    from samtale.paths import home
    from samtale.store import notes

    try:
        return notes.save_note(note, citizen, date.today(), key)
    except OSError as error:
        reason = save_problem(error, home().notes)
    if draft is None:  # --answers: the answers file itself is what is kept
        raise StorageError(t(Msg.PREP_SAVE_FAILED_FILE, reason=reason, path=origin))
    if not draft.saved:
        raise StorageError(t(Msg.PREP_SAVE_FAILED_NO_DRAFT, reason=reason))
    raise StorageError(t(Msg.PREP_SAVE_FAILED, reason=reason, command=draft.command()))


def make_note(run: Session, raw: dict[str, Any], origin: str, day: date) -> tuple[str, str]:
    """Validate the answers and render the note; returns the note and the pseudonym."""
    from samtale.prep.answers import check_answers
    from samtale.prep.plan import build_plan
    from samtale.prep.render import render_note

    guide = run.guide(local=True)
    situation = check_answers(raw, origin, guide, run.lookups())
    return render_note(build_plan(situation, guide, day), guide), situation.citizen
