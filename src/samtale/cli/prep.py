"""`samtale prep`: prepare one conversation and write a private note.

The flow, step by step:

1. Load the guide of the chosen country.
2. Get the answers: from ``--answers FILE``, or from the questionnaire (a terminal is
   needed; ``--resume`` starts from the draft an interrupted run left).
3. Check them against the guide: unknown ids and CPR numbers stop here, before anything
   is written.
4. Build the plan (pure) and render the note (pure), dated today.
5. Print it (``--stdout``) or save it as a new private file, drop the draft, and say where
   the note is.

Ctrl-C during the questions keeps the answers so far as a private draft and exits 130.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from samtale.cli.localized import SamtaleCommand
from samtale.cli.session import Session, session
from samtale.errors import SamtaleError, UsageError
from samtale.messages import t

if TYPE_CHECKING:
    from samtale.prep.questionnaire import Prompter
    from samtale.store.crypto import Key


def prep(ctx: typer.Context, answers_file: Path | None, stdout: bool, resume: bool) -> None:
    """Run the flow of the module docstring."""
    from samtale.store import drafts, places
    from samtale.store import notes as stored

    run = session(ctx)
    if answers_file is not None and resume:
        raise UsageError(t("prep.answers_or_resume"))
    key = None
    run.guide(local=True)  # a broken local resources file stops here, before any question
    if not stdout:
        places.check_home()
    # An interactive run may leave a draft (Ctrl-C), so it needs the key even under --stdout.
    if run.config().encrypt and (not stdout or answers_file is None):
        from samtale.store.keys import unlock

        key = unlock(create=True)
    draft_id = None
    if answers_file is not None:
        raw = _read_answers(answers_file)
        origin = t("prep.stdin") if str(answers_file) == "-" else str(answers_file)
    else:
        raw, draft_id = interactive(run, resume, key)
        origin = t("prep.your_answers")
    note, citizen = make_note(run, raw, origin, date.today())
    if stdout:
        sys.stdout.write(note)
        return
    path = stored.save_note(note, citizen, date.today(), key)
    if draft_id is not None:
        drafts.delete_draft(draft_id)
    typer.echo(t("prep.saved", path=path))
    _mention_old_notes(run.config().retention_days)


def _mention_old_notes(days: int) -> None:
    """Say when notes are past the retention period, and how to remove them."""
    import time

    from samtale.store import notes

    now = time.time()
    old = [n for n in notes.note_files() if notes.expired(n.mtime, now, days)]
    if old:
        typer.echo(t("prep.old_notes", count=len(old), days=days), err=True)


def make_note(run: Session, raw: dict[str, Any], origin: str, day: date) -> tuple[str, str]:
    """Validate the answers and render the note; returns the note and the pseudonym."""
    from samtale.prep.answers import check_answers
    from samtale.prep.plan import build_plan
    from samtale.prep.render import render_note

    guide = run.guide(local=True)
    situation = check_answers(raw, origin, guide, run.lookups())
    return render_note(build_plan(situation, guide, day), guide), situation.citizen


def _read_answers(path: Path) -> dict[str, Any]:
    from samtale import yamlio

    try:
        text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    except OSError as error:
        raise UsageError(t("prep.cannot_read", path=path, reason=error.strerror)) from None
    try:
        data = yamlio.loads(text)
    except yamlio.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise UsageError(t("prep.bad_yaml", path=path, line=line)) from None
    if not isinstance(data, dict):
        raise UsageError(t("answers.not_mapping", origin=path))
    from samtale.prep.answer_lines import locate

    return locate(data, text)


def interactive(
    run: Session,
    resume: bool,
    key: Key | None = None,
    prompter: Prompter | None = None,
) -> tuple[dict[str, Any], str]:
    """Run the questionnaire; on Ctrl-C keep a draft and leave with exit code 130.

    Returns the answers and the id of this run's draft (the resumed one, or a new id).
    """
    from samtale.prep.questionnaire import Interrupted, QuestionaryPrompter, ask, summary
    from samtale.store import drafts

    draft_id = drafts.new_draft_id()
    draft = None
    if resume:
        latest = drafts.latest_draft(key)
        if latest is None:
            raise UsageError(t("prep.no_draft"))
        draft_id, draft = latest.id, latest.answers
    if prompter is None:
        if not (sys.stdin.isatty() and sys.stdout.isatty()):
            raise UsageError(t("prep.needs_terminal"))
        prompter = QuestionaryPrompter()
    guide, look = run.guide(), run.lookups()
    prompter.say(t("prep.welcome"))
    try:
        answers = ask(prompter, guide, look, draft)
        prompter.say(summary(answers, guide))
        try:
            confirmed = prompter.confirm(t("q.confirm"), True)
        except KeyboardInterrupt:
            raise Interrupted(answers) from None
        if not confirmed:
            drafts.delete_draft(draft_id)
            raise _Stopped(t("prep.not_saved"))
    except Interrupted as stop:
        raise _Stopped(_keep_draft(draft_id, stop.answers, key), exit_code=130) from None
    return answers, draft_id


def _keep_draft(draft_id: str, answers: dict[str, Any], key: Key | None) -> str:
    from samtale.store import drafts

    if not answers:
        return t("interrupted")
    try:
        drafts.save_draft(draft_id, answers, key)
    except SamtaleError as error:
        return t("prep.interrupted_no_draft", reason=error.message)
    return t("prep.interrupted_draft")


class _Stopped(SamtaleError):
    def __init__(self, message: str, exit_code: int = 0) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def register(app: typer.Typer) -> None:
    """Declare the command; help texts are read now, in the run's language."""

    @app.command("prep", cls=SamtaleCommand, help=t("help.prep"))
    def _prep(
        ctx: typer.Context,
        answers_file: Annotated[
            Path | None,
            typer.Option("--answers", "--svar", help=t("help.prep.answers"), dir_okay=False),
        ] = None,
        stdout: Annotated[bool, typer.Option("--stdout", help=t("help.prep.stdout"))] = False,
        resume: Annotated[
            bool, typer.Option("--resume", "--fortsæt", "--fortsätt", help=t("help.prep.resume"))
        ] = False,
        template: Annotated[
            bool, typer.Option("--template", "--skabelon", "--mall", help=t("help.prep.template"))
        ] = False,
    ) -> None:
        if template:
            from samtale.cli.ids import print_template

            print_template(ctx)
            return
        prep(ctx, answers_file, stdout, resume)
