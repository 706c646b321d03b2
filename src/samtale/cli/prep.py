"""`samtale prep`: prepare one conversation and write a private note.

The flow, step by step:

1. Load the guide of the chosen country.
2. Get the answers: from ``--answers FILE``, or from the questionnaire (a terminal is
   needed). An interactive run has its own draft, written after every answer;
   ``--resume`` continues a draft in the country it was started in.
3. Review: every answer is shown; the user saves, changes an answer, keeps the draft for
   later, or discards it (asked twice).
4. Check the answers against the guide: unknown ids and CPR numbers stop here, before
   anything is written.
5. Build the plan (pure) and render the note (pure), dated today.
6. Print it (``--stdout``) or save it as a new private file, drop the draft, and say where
   the note is.

Every way out keeps what was typed: Ctrl-C, Ctrl-D and a lost terminal leave the draft and
exit 130, SIGHUP 129, SIGTERM 143; a note that cannot be saved (disk full, read-only,
no permission) leaves the draft, says why in one line and exits 74. Each message says the
command that continues.
"""

from __future__ import annotations

import errno
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from samtale.cli.localized import SamtaleCommand
from samtale.cli.session import Session, session
from samtale.errors import SamtaleError, UsageError
from samtale.messages import t

if TYPE_CHECKING:
    from samtale.prep.questionnaire import Prompter

EXIT_INTERRUPTED = 130  # Ctrl-C, Ctrl-D, end of input
EXIT_SAVE_FAILED = 74  # EX_IOERR: the note could not be written
# Errors that mean the terminal is gone (closed window, dropped ssh connection).
TERMINAL_GONE = {errno.EIO, errno.ENXIO, errno.EBADF}


class Signalled(KeyboardInterrupt):
    """SIGHUP or SIGTERM arrived; raised in the main thread so the flow can keep a draft."""

    def __init__(self, signum: int) -> None:
        super().__init__()
        self.signum = signum


@contextmanager
def _signals_stop() -> Iterator[None]:
    """Turn SIGHUP and SIGTERM into `Signalled` while the block runs."""

    def handler(signum: int, frame: Any) -> None:
        raise Signalled(signum)

    wanted = [getattr(signal, name) for name in ("SIGHUP", "SIGTERM") if hasattr(signal, name)]
    old = {signum: signal.signal(signum, handler) for signum in wanted}
    try:
        yield
    finally:
        for signum, previous in old.items():
            signal.signal(signum, previous)


def _hold_signals() -> None:
    """While the draft is written on the way out, a second signal must not cut it short."""
    for name in ("SIGHUP", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_IGN)


def _tell(message: str) -> None:
    """One line on stderr; a terminal that is gone is not an error any more."""
    try:
        sys.stderr.write(message + "\n")
        sys.stderr.flush()
    except OSError:
        _detach()


def _detach() -> None:
    """Point stdout and stderr at /dev/null, so that exiting does not fail on a lost terminal."""
    null = os.open(os.devnull, os.O_WRONLY)
    for fd in (1, 2):
        with suppress(OSError):
            os.dup2(null, fd)
    os.close(null)


def _leave(message: str, code: int) -> NoReturn:
    _tell(message)
    raise typer.Exit(code)


def save_problem(error: OSError, folder: Path) -> str:
    """Why a file could not be written, in the user's words (disk full, read-only …)."""
    key = {
        errno.ENOSPC: "storage.full",
        errno.EDQUOT: "storage.full",
        errno.EROFS: "storage.read_only",
        errno.EACCES: "storage.no_access",
        errno.EPERM: "storage.no_access",
        errno.EFBIG: "storage.too_big",
    }.get(error.errno or 0, "storage.os_error")
    return t(key, folder=folder, reason=error.strerror or type(error).__name__)


class PrepDraft:
    """The draft of one prep: its answers and the country they were given in.

    `keep` is called after every answer. A draft that cannot be written (a full disk) does
    not stop the questions: the reason is remembered and told on the way out.
    """

    def __init__(self, country: str, passphrase: str | None, started: str | None = None) -> None:
        self.country = country
        self.passphrase = passphrase
        self.started = started or datetime.now().isoformat(timespec="minutes")
        self.saved = False
        self.problem: str | None = None

    def keep(self, answers: dict[str, Any]) -> None:
        from samtale.prep import storage

        record = {"_draft": {"country": self.country, "started": self.started}, **answers}
        try:
            storage.save_draft(record, self.passphrase)
        except OSError as error:
            self.problem = save_problem(error, storage.home().drafts)
        except SamtaleError as error:
            self.problem = error.message
        else:
            self.saved, self.problem = True, None

    def drop(self) -> None:
        from samtale.prep import storage

        storage.drop_draft()

    def command(self) -> str:
        """The exact command that continues this draft."""
        return "samtale prep --resume"


def open_draft(run: Session, passphrase: str | None) -> tuple[PrepDraft, dict[str, Any]]:
    """The draft `--resume` continues and its answers; a one-line error when there is none."""
    from samtale.prep import storage

    record = storage.load_draft(passphrase)
    if record is None:
        raise UsageError(t("prep.no_draft"))
    meta = record.pop("_draft", None) or {}
    return PrepDraft(meta.get("country", run.country), passphrase, meta.get("started")), record


def prep(ctx: typer.Context, answers_file: Path | None, stdout: bool, resume: bool) -> None:
    """Run the flow of the module docstring."""
    from samtale.prep import storage

    run = session(ctx)
    if answers_file is not None and resume:
        raise UsageError(t("prep.answers_or_resume"))
    passphrase = None
    if not stdout:
        storage.check_home()
    # An interactive run writes a draft after every answer, so it needs the key even
    # under --stdout.
    if run.config().encrypt and (not stdout or answers_file is None):
        from samtale.prep import crypto

        passphrase = crypto.unlock(storage.home().notes, create=True)
    if answers_file is not None:
        raw = _read_answers(answers_file)
        note, citizen = make_note(run, raw, str(answers_file), date.today())
        if stdout:
            sys.stdout.write(note)
            return
        path = _save(note, citizen, passphrase, draft=None, origin=answers_file)
        typer.echo(t("prep.saved", path=path))
    else:
        with _signals_stop():
            path = _interactive_run(ctx, run, resume, stdout, passphrase)
        if path is None:
            return
    _mention_old_notes(run.config().retention_days)


def _interactive_run(
    ctx: typer.Context, run: Session, resume: bool, stdout: bool, passphrase: str | None
) -> Path | None:
    """Questions, review, note; every way out keeps the draft and says how to continue."""
    draft: PrepDraft | None = None
    try:
        if resume:
            draft, answers = open_draft(run, passphrase)
            run = _in_country(ctx, run, draft.country)
        else:
            draft, answers = PrepDraft(run.country, passphrase), {}
        answers = interactive(run, draft, answers)
        note, citizen = make_note(run, answers, t("prep.your_answers"), date.today())
        if stdout:
            sys.stdout.write(note)
            draft.drop()
            return None
        path = _save(note, citizen, passphrase, draft)
        draft.drop()
        typer.echo(t("prep.saved", path=path))
        return path
    except (KeyboardInterrupt, EOFError) as stop:
        _stopped(draft, getattr(stop, "signum", None))
    except OSError as error:
        if error.errno not in TERMINAL_GONE:
            raise
        _stopped(draft, getattr(signal, "SIGHUP", None))


def _stopped(draft: PrepDraft | None, signum: int | None) -> NoReturn:
    """Leave after Ctrl-C, Ctrl-D or a signal: the draft holds every answer given."""
    _hold_signals()
    code = 128 + signum if signum else EXIT_INTERRUPTED
    if draft is None or not draft.saved:
        reason = draft.problem if draft is not None else None
        _leave(t("prep.interrupted_no_draft", reason=reason) if reason else t("interrupted"), code)
    _leave(t("prep.interrupted_draft", command=draft.command()), code)


def _in_country(ctx: typer.Context, run: Session, country: str) -> Session:
    """The session in the draft's country: its language and guide, whatever flags say."""
    if country == run.country:
        return run
    from samtale.messages import use_country

    use_country(country)
    switched = Session(country=country, debug=run.debug)
    ctx.find_root().obj = switched
    return switched


def interactive(
    run: Session,
    draft: PrepDraft,
    answers: dict[str, Any],
    prompter: Prompter | None = None,
) -> dict[str, Any]:
    """Ask what is not answered yet, then review; returns the answers to save.

    Keeping the draft for later or discarding it ends the command here.
    """
    from samtale.prep.questionnaire import (
        Asking,
        Outcome,
        QuestionaryPrompter,
        ask,
        complete,
        review,
        summary,
    )

    if prompter is None:
        if not (sys.stdin.isatty() and sys.stdout.isatty()):
            raise UsageError(t("prep.needs_terminal"))
        prompter = QuestionaryPrompter()
    guide, look = run.guide(), run.lookups()
    asking = Asking(prompter, guide, look, dict(answers), keep=draft.keep)
    asking.defaults["role"] = getattr(run.config(), "role", "")
    prompter.say(t("prep.welcome"))
    if answers and not complete(answers):
        prompter.say(t("prep.so_far") + summary(answers, guide, look))
    ask(prompter, guide, look, asking=asking)
    outcome = review(asking)
    if outcome is Outcome.KEEP:
        draft.keep(asking.answers)
        _leave(t("prep.kept", command=draft.command()), 0)
    if outcome is Outcome.DISCARD:
        draft.drop()
        _leave(t("prep.discarded"), 0)
    return asking.answers


def _save(
    note: str,
    citizen: str,
    passphrase: str | None,
    draft: PrepDraft | None,
    origin: Path | None = None,
) -> Path:
    """Save the note; if that fails, say why in one line and how to continue, exit 74."""
    from samtale.prep import storage

    try:
        return storage.save_note(note, citizen, date.today(), passphrase)
    except OSError as error:
        reason = save_problem(error, storage.home().notes)
    if draft is None:  # --answers: the answers file itself is what is kept
        raise _SaveFailed(t("prep.save_failed_file", reason=reason, path=origin))
    if draft.saved:
        _leave(t("prep.save_failed", reason=reason, command=draft.command()), EXIT_SAVE_FAILED)
    _leave(t("prep.save_failed_no_draft", reason=reason), EXIT_SAVE_FAILED)


class _SaveFailed(SamtaleError):
    exit_code = EXIT_SAVE_FAILED


def _mention_old_notes(days: int) -> None:
    """Say when notes are past the retention period, and how to remove them."""
    import time

    from samtale.prep import notes, storage

    now = time.time()
    old = [n for n in notes.note_files(storage.home().notes) if notes.expired(n.mtime, now, days)]
    if old:
        typer.echo(t("prep.old_notes", count=len(old), days=days), err=True)


def make_note(run: Session, raw: dict[str, Any], origin: str, day: date) -> tuple[str, str]:
    """Validate the answers and render the note; returns the note and the pseudonym."""
    from samtale.prep.answers import parse_answers, resolve
    from samtale.prep.plan import build_plan
    from samtale.prep.render import render_note

    guide = run.guide()
    situation = resolve(parse_answers(raw, origin), guide, run.lookups())
    return render_note(build_plan(situation, guide, day), guide), situation.citizen


def _read_answers(path: Path) -> dict[str, Any]:
    from samtale import yamlio

    try:
        text = path.read_text(encoding="utf-8")
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
    return data


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
    ) -> None:
        prep(ctx, answers_file, stdout, resume)
