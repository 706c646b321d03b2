"""`samtale notes followup|journal|export`: the note after the meeting.

- ``followup ID``: ask what happened (or read ``--answers FILE``), refuse identity numbers,
  and add it to the note as a dated section; the store rewrites the note atomically under
  the same id and encryption. Asked answers are kept in a draft after every answer, so
  Ctrl-C or a failed save loses nothing; ``followup ID --resume`` (or just ``followup ID``)
  continues it.
- ``journal ID``: print the short factual text of the latest follow-up for the case record.
- ``export ID --format html|md``: the note as a printable page or as Markdown, to standard
  output or to a new private file (``--output``), refused where notes are refused.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from samtale import output
from samtale.app.drafts import Kept, save_problem
from samtale.cli import ask
from samtale.cli.localized import SamtaleCommand
from samtale.cli.passphrase import reader as key_reader
from samtale.errors import Declined, RefusedError, SamtaleError, StorageError, UsageError
from samtale.messages import Msg, t

if TYPE_CHECKING:
    from samtale.prep.prompter import Prompter


FORMATS = ("html", "md")


def _format(typed: str) -> str:
    """`--format` as html or md (any case); anything else is the usual one-line error."""
    from samtale.guide.choices import Choices

    formats: Choices[str] = Choices(kind=Msg.KIND_FORMAT, valid=list(FORMATS))
    for name in FORMATS:
        formats.add([name], name)
    return formats.resolve(typed)


def followup(
    answers_file: Path | None,
    typed: str,
    prompter: Prompter | None = None,
    resume: bool = False,
) -> None:
    """Add a follow-up to the note `typed`; nothing is written unless all of it is valid.

    Asked interactively, the answers are kept in a draft of the note after every answer
    (`samtale.app.drafts`); a draft left by an earlier run is continued.
    """
    from samtale.prep.followup import add_followup, parse_followup, referral_names
    from samtale.store import notes
    from samtale.store.identifiers import refuse_identifiers

    if answers_file is not None and resume:
        raise UsageError(t(Msg.PREP_ANSWERS_OR_RESUME))
    reader = key_reader()
    note = notes.find(notes.note_files(), typed)
    text = notes.text_of(note, reader)
    today = date.today()
    if answers_file is not None:
        from samtale.app.answers_file import read_answers

        recorded = parse_followup(read_answers(answers_file), str(answers_file))
        refuse_identifiers(recorded.free_texts())
        try:
            notes.update_note(note.id, add_followup(text, recorded, today), reader)
        except OSError as error:  # the answers file itself is what is kept
            reason = save_problem(error, note.path.parent)
            raise StorageError(
                t(Msg.FOLLOWUP_SAVE_FAILED_FILE, reason=reason, path=answers_file)
            ) from None
        output.line(t(Msg.FOLLOWUP_SAVED, id=note.id))
        return
    key = reader if note.encrypted or _encrypting() else None
    command = f"samtale notes followup {note.id} --resume"
    draft = Kept("followup", note.id, key, command, opener=reader)
    earlier = draft.load(resume, warn=output.say)
    if resume and earlier is None:
        raise UsageError(t(Msg.FOLLOWUP_NO_DRAFT, id=note.id))
    raw = _interactive(referral_names(notes.read_meta(text)), today, prompter, draft, earlier)
    try:
        recorded = parse_followup(raw, t(Msg.PREP_YOUR_ANSWERS))
        refuse_identifiers(recorded.free_texts())
    except SamtaleError as error:  # the answers stay in the draft, to be corrected
        raise UsageError(
            t(Msg.PREP_FIX_IN_DRAFT, problem=error.message, command=draft.command)
        ) from None
    try:
        notes.update_note(note.id, add_followup(text, recorded, today), reader)
    except OSError as error:
        raise draft.not_saved(error, note.path.parent) from None
    draft.drop()
    output.line(t(Msg.FOLLOWUP_SAVED, id=note.id))


def _prompter() -> Prompter:
    return ask.prompter(t(Msg.FOLLOWUP_NEEDS_TERMINAL))


def _encrypting() -> bool:
    """Whether the settings ask for encryption (a draft of a plain note is sealed too)."""
    from samtale import config
    from samtale.paths import home

    return config.load(home().config).encrypt


def _interactive(
    referrals: list[str],
    today: date,
    prompter: Prompter | None,
    draft: Kept,
    earlier: dict[str, Any] | None,
) -> dict[str, Any]:
    from samtale.prep.followup_questions import ask_followup

    if prompter is None:
        prompter = _prompter()
    if earlier is not None:
        prompter.say(t(Msg.FOLLOWUP_CONTINUING))
    try:
        answers = ask_followup(prompter, referrals, today, earlier, draft.keep)
        draft.keep(answers)
        confirmed = prompter.confirm(t(Msg.FQ_CONFIRM), True)
    except (KeyboardInterrupt, EOFError):  # Ctrl-C, Ctrl-D: the draft keeps the answers
        raise draft.stopped() from None
    if not confirmed:
        draft.drop()
        raise Declined(t(Msg.FOLLOWUP_NOT_SAVED))
    return answers


def journal(typed: str) -> None:
    """Print the journal text of the note's latest follow-up."""
    from samtale.prep.followup import require_followup
    from samtale.prep.journal import journal_text
    from samtale.store import notes

    text = notes.read_note(typed, key_reader())
    output.text(journal_text(*require_followup(text)))


def export(typed: str, kind: str, target: Path | None) -> None:
    """The note as a page (html) or as Markdown (md), to stdout or a new private file."""
    from samtale.prep.printable import html_page, readable
    from samtale.store import notes

    kind = _format(kind)
    if target is not None:
        from samtale.store.places import unsafe_reason

        reason = unsafe_reason(target.parent, output=True)
        if reason:  # refused before the passphrase is asked or the note is read
            raise RefusedError(reason)
    note = notes.find(notes.note_files(), typed)
    text = notes.text_of(note, key_reader())
    meta = notes.read_meta(text)
    if kind == "html":
        language = {"se": "sv"}.get(str(meta.get("country", "dk")), "da")
        page = html_page(text, t(Msg.EXPORT_TITLE), language)
    else:
        page = readable(text)
    if target is None:
        output.text(page)
        return
    from samtale.store.files import write_file

    write_file(target, page.encode("utf-8"))
    output.line(t(Msg.EXPORT_SAVED, path=target))
    if note.encrypted:
        output.line(t(Msg.EXPORT_NOT_ENCRYPTED), err=True)


def register(app: typer.Typer) -> None:
    """Declare the three commands on the `notes` group."""

    @app.command("followup", cls=SamtaleCommand, help=t(Msg.HELP_NOTES_FOLLOWUP))
    def _followup(
        note_id: Annotated[str, typer.Argument(metavar="ID", help=t(Msg.HELP_NOTES_ID))],
        answers_file: Annotated[
            Path | None,
            typer.Option("--answers", "--svar", help=t(Msg.HELP_NOTES_FOLLOWUP_ANSWERS)),
        ] = None,
        resume: Annotated[
            bool,
            typer.Option(
                "--resume", "--fortsæt", "--fortsätt", help=t(Msg.HELP_NOTES_FOLLOWUP_RESUME)
            ),
        ] = False,
    ) -> None:
        followup(answers_file, note_id, resume=resume)

    @app.command("journal", cls=SamtaleCommand, help=t(Msg.HELP_NOTES_JOURNAL))
    def _journal(
        note_id: Annotated[str, typer.Argument(metavar="ID", help=t(Msg.HELP_NOTES_ID))],
    ) -> None:
        journal(note_id)

    @app.command("export", cls=SamtaleCommand, help=t(Msg.HELP_NOTES_EXPORT))
    def _export(
        note_id: Annotated[str, typer.Argument(metavar="ID", help=t(Msg.HELP_NOTES_ID))],
        kind: Annotated[
            str, typer.Option("--format", "--formatering", help=t(Msg.HELP_NOTES_FORMAT))
        ] = "html",
        output: Annotated[
            Path | None,
            typer.Option("--output", "-o", dir_okay=False, help=t(Msg.HELP_NOTES_OUTPUT)),
        ] = None,
    ) -> None:
        export(note_id, kind, output)
