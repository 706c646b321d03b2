"""`samtale prep`: prepare one conversation and write a private note.

The flow, step by step:

1. Load the guide of the chosen country.
2. Get the answers: from ``--answers FILE``, or from the questionnaire (a terminal is
   needed). Every interactive run has its own draft, written after every answer.
   ``--resume`` continues a draft (the only one, the one named, or one picked from a
   list) in the country it was started in, whatever flags are given.
3. Review: every answer is shown; the user saves, changes an answer, keeps the draft for
   later, or discards it (asked twice).
4. Check the answers against the guide: unknown ids and CPR numbers stop here, before
   anything is written.
5. Build the plan (pure) and render the note (pure), dated today.
6. Print it (``--stdout``) or save it as a new private file, then drop the draft and say
   where the note is.

The session itself (the draft, resuming one, the questions and review, making and saving
the note) is `samtale.app.prep_session`; this module owns signals, the exit and printing.
Every way out keeps what was typed: Ctrl-C, Ctrl-D and a lost terminal leave the draft and
exit 130, SIGHUP 129, SIGTERM 143; a note that cannot be saved (disk full, read-only,
no permission) leaves the draft, says why in one line and exits 74. Each message names
the command that continues.
"""

from __future__ import annotations

import errno
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from samtale import output
from samtale.app.answers_file import read_answers
from samtale.app.prep_session import PrepDraft, interactive, make_note, open_draft, save_note
from samtale.app.session import Session
from samtale.cli import ask
from samtale.cli.localized import SamtaleCommand
from samtale.cli.session import session
from samtale.errors import SamtaleError, UsageError, stopped_by
from samtale.messages import Msg, t
from samtale.output import say

if TYPE_CHECKING:
    from samtale.prep.questionnaire import Prompter
    from samtale.store.crypto import Key

# Errors that mean the terminal is gone (closed window, dropped ssh connection).
TERMINAL_GONE = {errno.EIO, errno.ENXIO, errno.EBADF}


class Signalled(KeyboardInterrupt):
    """SIGHUP or SIGTERM arrived; raised in the main thread so the flow can keep a draft."""

    def __init__(self, signum: int) -> None:
        super().__init__()
        self.signum = signum


def _stop_signals() -> list[int]:
    return [getattr(signal, name) for name in ("SIGHUP", "SIGTERM") if hasattr(signal, name)]


@contextmanager
def _signals_stop() -> Iterator[None]:
    """Turn SIGHUP and SIGTERM into `Signalled` while the block runs.

    At a prompt the prompt itself ends with it (as with Ctrl-C); elsewhere it is raised
    where the program is.
    """
    from samtale.prep.prompter import stop_prompt

    def handler(signum: int, frame: Any) -> None:
        if not stop_prompt(Signalled(signum)):
            raise Signalled(signum)

    old = {signum: signal.signal(signum, handler) for signum in _stop_signals()}
    try:
        yield
    finally:
        for signum, previous in old.items():
            signal.signal(signum, previous)


def prep(
    ctx: typer.Context,
    answers_file: Path | None,
    stdout: bool,
    resume: bool,
    draft_id: str | None = None,
) -> None:
    """Run the flow of the module docstring."""
    from samtale.store import places

    run = session(ctx)
    resume = resume or draft_id is not None
    if answers_file is not None and resume:
        raise UsageError(t(Msg.PREP_ANSWERS_OR_RESUME))
    key = None
    run.guide(local=True)  # a broken local resources file stops here, before any question
    if not stdout:
        places.check_home()
    # An interactive run writes a draft after every answer, so it needs the key even
    # under --stdout.
    if run.config().encrypt and (not stdout or answers_file is None):
        from samtale.cli.passphrase import unlock

        key = unlock(create=True)
    if answers_file is not None:
        raw = read_answers(answers_file)
        origin = t(Msg.PREP_STDIN) if str(answers_file) == "-" else str(answers_file)
        note, citizen = make_note(run, raw, origin, date.today())
        if stdout:
            output.text(note)
            return
        path = save_note(note, citizen, key, draft=None, origin=origin)
        _tell_saved(path)
    else:
        with _signals_stop():
            saved = _interactive_run(ctx, run, resume, draft_id, stdout, key)
        if not saved:
            return
    _mention_old_notes(run.config().retention_days)


def _interactive_run(
    ctx: typer.Context,
    run: Session,
    resume: bool,
    draft_id: str | None,
    stdout: bool,
    key: Key | None,
) -> bool:
    """Questions, review, note; every way out keeps the draft and says how to continue.

    Returns whether a note was saved.
    """
    draft: PrepDraft | None = None
    try:
        prompter = _prompter()
        if resume:
            draft, answers = open_draft(run, key, draft_id, prompter)
            run = _in_country(ctx, run, draft.meta.country)
            prompter = _prompter()  # its words, in the draft's language
        else:
            from samtale.prep.draft_record import DraftMeta
            from samtale.store import drafts

            draft, answers = PrepDraft(drafts.new_draft_id(), DraftMeta.now(run.country), key), {}
        answers = interactive(run, draft, answers, prompter)
        try:
            note, citizen = make_note(run, answers, t(Msg.PREP_YOUR_ANSWERS), date.today())
        except SamtaleError as error:  # the answers stay in the draft, to be corrected
            problem = error.message
            raise UsageError(
                t(Msg.PREP_FIX_IN_DRAFT, problem=problem, command=draft.command())
            ) from None
        if stdout:
            output.text(note)
            say(t(Msg.PREP_PRINTED_DRAFT_KEPT, command=draft.command(), id=draft.id))
            return False
        path = save_note(note, citizen, key, draft)
        draft.drop()
        _tell_saved(path)
        _offer_role(run, answers, prompter)
        return True
    except (KeyboardInterrupt, EOFError) as stop:
        _stopped(draft, getattr(stop, "signum", None), resume)
    except OSError as error:
        if error.errno not in TERMINAL_GONE:
            raise
        _stopped(draft, getattr(signal, "SIGHUP", None), resume)


def _tell_saved(path: Path) -> None:
    """Where the note is, its id, and the commands a new user needs next."""
    from samtale.store.notes import id_of

    output.line(t(Msg.PREP_SAVED, path=path))
    output.line(t(Msg.PREP_NEXT, id=id_of(path)))


def _prompter() -> Prompter:
    return ask.prompter(t(Msg.PREP_NEEDS_TERMINAL))


def _offer_role(run: Session, answers: dict[str, Any], prompter: Prompter) -> None:
    """After the first note, offer once to keep the role as the default of later preps."""
    from samtale.store import notes

    role = str(answers.get("role") or "").strip()
    if not role or run.config().role or len(notes.note_files()) != 1:
        return
    try:
        if not prompter.confirm(t(Msg.PREP_REMEMBER_ROLE, role=role), True):
            return
        from samtale.cli.settings import set_setting

        set_setting("role", role)
    except (KeyboardInterrupt, EOFError, SamtaleError):
        return  # the note is saved; the role can be set later with `config set role`
    output.line(t(Msg.PREP_ROLE_REMEMBERED))


def _stopped(draft: PrepDraft | None, signum: int | None, resume: bool = False) -> NoReturn:
    """Leave after Ctrl-C, Ctrl-D or a signal: the draft holds every answer given.

    Stopped while picking a draft to resume (no draft open yet), every draft is still there.
    """
    for other in _stop_signals():  # a second signal must not cut the way out short
        signal.signal(other, signal.SIG_IGN)
    if draft is None and resume:
        raise stopped_by(signum, t(Msg.PREP_INTERRUPTED_PICKING))
    if draft is None or not draft.saved:
        reason = draft.problem if draft is not None else None
        message = t(Msg.PREP_INTERRUPTED_NO_DRAFT, reason=reason) if reason else t(Msg.INTERRUPTED)
        raise stopped_by(signum, message)
    raise stopped_by(signum, t(Msg.PREP_INTERRUPTED_DRAFT, command=draft.command()))


def _in_country(ctx: typer.Context, run: Session, country: str) -> Session:
    """The session in the draft's country: its language and guide, whatever flags say."""
    if country == run.country:
        return run
    from samtale.messages import use_country

    use_country(country)
    switched = Session(country=country, debug=run.debug)
    ctx.find_root().obj = switched
    return switched


def _mention_old_notes(days: int) -> None:
    """Say when notes are past the retention period, and how to remove them."""
    import time

    from samtale.store import notes

    now = time.time()
    old = [n for n in notes.note_files() if notes.expired(n.mtime, now, days)]
    if old:
        output.line(t(Msg.PREP_OLD_NOTES, count=len(old), days=days), err=True)


def print_template(ctx: typer.Context) -> None:
    """`samtale prep --template`: the commented starter answers file, on stdout."""
    from samtale.app.ids import all_ids
    from samtale.prep.template import answers_template

    run = session(ctx)
    output.text(answers_template(all_ids(run.guide(), run.lookups())))


def register(app: typer.Typer) -> None:
    """Declare the command; help texts are read now, in the run's language."""

    @app.command("prep", cls=SamtaleCommand, help=t(Msg.HELP_PREP))
    def _prep(
        ctx: typer.Context,
        draft_id: Annotated[
            str | None,
            typer.Argument(metavar=t(Msg.HELP_PREP_DRAFT_METAVAR), help=t(Msg.HELP_PREP_DRAFT)),
        ] = None,
        answers_file: Annotated[
            Path | None,
            typer.Option("--answers", "--svar", help=t(Msg.HELP_PREP_ANSWERS), dir_okay=False),
        ] = None,
        stdout: Annotated[bool, typer.Option("--stdout", help=t(Msg.HELP_PREP_STDOUT))] = False,
        resume: Annotated[
            bool, typer.Option("--resume", "--fortsæt", "--fortsätt", help=t(Msg.HELP_PREP_RESUME))
        ] = False,
        template: Annotated[
            bool, typer.Option("--template", "--skabelon", "--mall", help=t(Msg.HELP_PREP_TEMPLATE))
        ] = False,
    ) -> None:
        if template:
            print_template(ctx)
            return
        prep(ctx, answers_file, stdout, resume, draft_id)
