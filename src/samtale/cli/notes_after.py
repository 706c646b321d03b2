"""`samtale notes followup|journal|export`: the note after the meeting.

- ``followup ID``: ask what happened (or read ``--answers FILE``), refuse identity numbers,
  and add it to the note as a dated section; the store rewrites the note atomically under
  the same id and encryption.
- ``journal ID``: print the short factual text of the latest follow-up for the case record.
- ``export ID --format html|md``: the note as a printable page or as Markdown, to standard
  output or to a new private file (``--output``), refused where notes are refused.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from samtale.cli.localized import SamtaleCommand
from samtale.cli.notes import Reader
from samtale.errors import RefusedError, SamtaleError, UsageError
from samtale.messages import t

if TYPE_CHECKING:
    from samtale.prep.prompter import Prompter


FORMATS = ("html", "md")


def _format(typed: str) -> str:
    """`--format` as html or md (any case); anything else is the usual one-line error."""
    from samtale.guide.choices import Choices

    formats: Choices[str] = Choices(kind="kind.format", valid=list(FORMATS))
    for name in FORMATS:
        formats.add([name], name)
    return formats.resolve(typed)


def followup(answers_file: Path | None, typed: str, prompter: Prompter | None = None) -> None:
    """Add a follow-up to the note `typed`; nothing is written unless all of it is valid."""
    from samtale.prep.followup import add_followup, parse_followup, referral_names
    from samtale.store import notes
    from samtale.store.identifiers import refuse_identifiers

    reader = Reader()
    note = notes.find(notes.note_files(), typed)
    text = notes.text_of(note, reader)
    today = date.today()
    if answers_file is not None:
        from samtale.cli.prep import _read_answers

        raw, origin = _read_answers(answers_file), str(answers_file)
    else:
        raw = _interactive(referral_names(notes.read_meta(text)), today, prompter)
        origin = t("prep.your_answers")
    recorded = parse_followup(raw, origin)
    refuse_identifiers(recorded.free_texts())
    notes.update_note(note.id, add_followup(text, recorded, today), reader)
    typer.echo(t("followup.saved", id=note.id))


def _interactive(referrals: list[str], today: date, prompter: Prompter | None) -> dict[str, Any]:
    from samtale.prep.followup_questions import ask_followup

    if prompter is None:
        if not (sys.stdin.isatty() and sys.stdout.isatty()):
            raise UsageError(t("followup.needs_terminal"))
        from samtale.prep.prompter import QuestionaryPrompter

        prompter = QuestionaryPrompter()
    try:
        answers = ask_followup(prompter, referrals, today)
        confirmed = prompter.confirm(t("fq.confirm"), True)
    except (KeyboardInterrupt, EOFError):  # Ctrl-C, Ctrl-D: nothing was written
        raise _Stopped(t("interrupted"), exit_code=130) from None
    if not confirmed:
        raise _Stopped(t("followup.not_saved"))
    return answers


class _Stopped(SamtaleError):
    def __init__(self, message: str, exit_code: int = 0) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def journal(typed: str) -> None:
    """Print the journal text of the note's latest follow-up."""
    from samtale.prep.followup import require_followup
    from samtale.prep.journal import journal_text
    from samtale.store import notes

    text = notes.read_note(typed, Reader())
    sys.stdout.write(journal_text(*require_followup(text)))


def export(typed: str, kind: str, output: Path | None) -> None:
    """The note as a page (html) or as Markdown (md), to stdout or a new private file."""
    from samtale.prep.printable import html_page, readable
    from samtale.store import notes

    kind = _format(kind)
    if output is not None:
        from samtale.store.places import unsafe_reason

        reason = unsafe_reason(output.parent, output=True)
        if reason:  # refused before the passphrase is asked or the note is read
            raise RefusedError(reason)
    note = notes.find(notes.note_files(), typed)
    text = notes.text_of(note, Reader())
    meta = notes.read_meta(text)
    if kind == "html":
        language = {"se": "sv"}.get(str(meta.get("country", "dk")), "da")
        page = html_page(text, t("export.title"), language)
    else:
        page = readable(text)
    if output is None:
        sys.stdout.write(page)
        return
    from samtale.store.files import write_file

    write_file(output, page.encode("utf-8"))
    typer.echo(t("export.saved", path=output))
    if note.encrypted:
        typer.echo(t("export.not_encrypted"), err=True)


def register(app: typer.Typer) -> None:
    """Declare the three commands on the `notes` group."""

    @app.command("followup", cls=SamtaleCommand, help=t("help.notes.followup"))
    def _followup(
        note_id: Annotated[str, typer.Argument(metavar="ID", help=t("help.notes.id"))],
        answers_file: Annotated[
            Path | None,
            typer.Option("--answers", "--svar", help=t("help.notes.followup_answers")),
        ] = None,
    ) -> None:
        followup(answers_file, note_id)

    @app.command("journal", cls=SamtaleCommand, help=t("help.notes.journal"))
    def _journal(
        note_id: Annotated[str, typer.Argument(metavar="ID", help=t("help.notes.id"))],
    ) -> None:
        journal(note_id)

    @app.command("export", cls=SamtaleCommand, help=t("help.notes.export"))
    def _export(
        note_id: Annotated[str, typer.Argument(metavar="ID", help=t("help.notes.id"))],
        kind: Annotated[
            str, typer.Option("--format", "--formatering", help=t("help.notes.format"))
        ] = "html",
        output: Annotated[
            Path | None,
            typer.Option("--output", "-o", dir_okay=False, help=t("help.notes.output")),
        ] = None,
    ) -> None:
        export(note_id, kind, output)
