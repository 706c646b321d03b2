"""`samtale notes`: list, show, delete and purge the private prep notes."""

from __future__ import annotations

import sys
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

import typer

from samtale import output
from samtale.cli import ask
from samtale.cli.localized import SamtaleCommand, SamtaleGroup
from samtale.cli.passphrase import reader as key_reader
from samtale.cli.session import session
from samtale.errors import Declined, UsageError
from samtale.messages import Msg, t
from samtale.output.console import console

if TYPE_CHECKING:
    from samtale.app.keys import Reader


def _confirm(question: str, yes: bool) -> None:
    """Ask before deleting; without a terminal, --yes is required."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise UsageError(t(Msg.NOTES_NEEDS_YES))
    if not ask.confirm(question, default=False):
        raise Declined()


def list_notes(as_json: bool, due: bool = False) -> None:
    from samtale.paths import home
    from samtale.store import notes

    rows = []
    reader = key_reader()  # one passphrase for the notes and the drafts
    listing = notes.listing(reader)
    if due:
        listing = [listed for listed in listing if _follow_up(listed.meta)[1]]
    for listed in listing:
        note, meta = listed.note, listed.meta
        row = {
            "kind": "note",
            "id": note.id,
            "date": meta.get("date", note.date),
            "citizen": meta.get("citizen", ""),
            "region": meta.get("region", ""),
            "age_group": meta.get("age_group", ""),
            "size": note.size,
            "encrypted": note.encrypted,
            "file": str(note.path),
        }
        if listed.problem is not None:
            row["unreadable"] = listed.problem
        row["next_contact"], row["due"] = _follow_up(meta)
        rows.append(row)
    if not due:
        rows += _draft_rows(reader)
    if as_json:
        output.json(rows)
        return
    if not rows:
        output.line(t(Msg.NOTES_NONE_DUE if due else Msg.NOTES_NONE, folder=home().notes))
        return
    keys = ("id", "date", "citizen", "region", "age_group", "next_contact")
    cells = []
    for row in rows:
        age = t(f"tag.{row['age_group']}") if row["age_group"] else ""
        citizen = row["citizen"]
        if "unreadable" in row:
            citizen = t(Msg.NOTES_UNREADABLE, reason=row["unreadable"])
        elif "answered" in row:
            citizen = t(Msg.NOTES_DRAFT_MARK, citizen=citizen, answered=row["answered"])
        follow = row["next_contact"] or ""
        if row["due"]:
            follow = t(Msg.NOTES_DUE_MARK, when=follow)
        cells.append([row["id"], row["date"], citizen, row["region"], age, follow])
    title = t(Msg.NOTES_TITLE, folder=home().notes)

    headers = [t(f"notes.col.{key}") for key in keys]
    output.text(columns(title, headers, cells, output.output_width()))


def _draft_rows(reader: Reader) -> list[dict[str, Any]]:
    """The unfinished preps, listed with the notes so none is forgotten."""
    from samtale.prep.draft_record import view
    from samtale.store import drafts

    rows: list[dict[str, Any]] = []
    for info in drafts.list_drafts(reader):
        seen = view(info.answers, "dk", info.modified)
        row: dict[str, Any] = {
            "kind": "draft",
            "id": info.id,
            "date": seen.started[:10],
            "citizen": seen.citizen,
            "region": seen.region,
            "age_group": seen.age_group,
            "size": info.path.stat().st_size,
            "encrypted": info.encrypted,
            "file": str(info.path),
            "answered": f"{seen.done}/{seen.total}",
            "next_contact": None,
            "due": False,
        }
        if info.problem is not None:
            row["unreadable"] = info.problem
        rows.append(row)
    return rows


def columns(title: str, headers: list[str], rows: list[list[str]], width: int) -> str:
    """A plain table: padded columns under a ruled header; rows as short blocks when the
    table is wider than `width` (a narrow terminal).

    Rich's table measures and wraps every cell; over a thousand notes that alone took
    longer than the whole budget for `notes list` (docs/performance.md).
    """
    from rich.cells import cell_len

    widths = [
        max(cell_len(str(value)) for value in column) for column in zip(headers, *rows, strict=True)
    ]
    if sum(widths) + 2 * (len(widths) - 1) > width:
        return _blocks(title, headers, rows, width)

    def line(values: list[str]) -> str:
        padded = (v + " " * (w - cell_len(v)) for v, w in zip(values, widths, strict=True))
        return "  ".join(padded).rstrip()

    body = [line(headers), "  ".join("-" * w for w in widths), *(line(r) for r in rows)]
    return "\n".join([title, "", *body]) + "\n"


def _blocks(title: str, headers: list[str], rows: list[list[str]], width: int) -> str:
    """Each row as its first three cells on one line and the rest, named, beneath them."""
    from samtale.output.layout import fit

    out = [fit(title, width), ""]
    for row in rows:
        out.append("  ".join(cell for cell in row[:3] if cell))
        rest = [f"{name}: {cell}" for name, cell in zip(headers[3:], row[3:], strict=True) if cell]
        if rest:
            out.append(fit("  " + " · ".join(rest), width, indent="  "))
    return "\n".join(out) + "\n"


def _follow_up(meta: dict[str, Any]) -> tuple[str | None, bool]:
    """A note's next contact (ISO date) and whether it is due: within 7 days or past."""
    from samtale.prep.followup import is_due, next_contact

    when = next_contact(meta)
    return (when.isoformat() if when else None), is_due(when, date.today())


def show_note(typed: str, raw: bool, card: bool = False) -> None:
    from samtale.store import notes
    from samtale.store.text import clean

    text = clean(notes.read_note(typed, key_reader()))  # a planted or old note may hold escapes
    if card:
        text = card_of(text)
    body = text.split("\n", 1)[1] if notes.read_meta(text) else text
    if raw or not output.is_terminal():  # a pipe or a file gets the note's own text, unwrapped
        output.text(text if raw else body)
        return
    from rich.markdown import Markdown

    from samtale.output.pager import pager

    with pager():
        console().print(Markdown(body))


def card_of(text: str) -> str:
    """Only the card of a note's text; a note made before cards existed says so."""
    from samtale.prep.card import split_card

    parts = split_card(text)
    if parts is None:
        raise UsageError(t(Msg.NOTES_NO_CARD))
    return parts[0]


def delete_note(typed: str, yes: bool) -> None:
    from samtale.store import drafts, notes

    found = notes.note_files()
    wanted = typed.strip().lower()
    draft_ids = [i for i, _, _ in drafts.draft_files() if wanted and i.startswith(wanted)]
    if draft_ids and not any(note.id.startswith(wanted) for note in found):
        (draft_id, *more) = draft_ids
        if more:
            raise UsageError(t(Msg.NOTES_AMBIGUOUS_ID, id=wanted, ids=", ".join(draft_ids)))
        _confirm(t(Msg.NOTES_CONFIRM_DELETE_DRAFT, id=draft_id), yes)
        drafts.delete_draft(draft_id)
        output.line(t(Msg.NOTES_DELETED, id=draft_id))
        return
    note = notes.find(found, typed)
    output.line(t(Msg.NOTES_RECORD_REMINDER), err=True)
    _confirm(t(Msg.NOTES_CONFIRM_DELETE, id=note.id, date=note.date), yes)
    notes.delete(note)
    output.line(t(Msg.NOTES_DELETED, id=note.id))


def purge_notes(older_than: str | None, yes: bool, retention_days: int) -> None:
    from samtale.app.purge import plan
    from samtale.store import notes, retention

    days = notes.parse_days(older_than) if older_than is not None else retention_days
    found = plan(days, key_reader())
    old = found.expired
    if found.ahead:
        # Kept without a terminal and under --yes; otherwise asked about apart from the
        # rest, with "no" as the default.
        ids = ", ".join(note.id for note in found.ahead)
        output.line(t(Msg.NOTES_FOLLOW_UP_AHEAD, count=len(found.ahead), ids=ids), err=True)
        asked = not yes and sys.stdin.isatty() and ask.confirm(t(Msg.NOTES_CONFIRM_PURGE_AHEAD))
        old = found.chosen(spare_ahead=not asked)
    if not old:
        output.line(t(Msg.NOTES_PURGE_NONE, days=days))
        return
    output.line(t(Msg.NOTES_RECORD_REMINDER), err=True)
    _confirm(t(Msg.NOTES_CONFIRM_PURGE, count=len(old), days=days), yes)
    retention.remove(old)
    output.line(t(Msg.NOTES_PURGED, count=len(old), days=days))


def encrypt_stored(yes: bool = True) -> None:
    """Seal every plain note, draft and practice file under the store key."""
    from samtale.cli.passphrase import unlock
    from samtale.store import migrate

    count = len(migrate.plain_files())
    if not count:
        output.line(t(Msg.NOTES_ENCRYPT_NONE))
        return
    _confirm(t(Msg.NOTES_CONFIRM_ENCRYPT, count=count), yes)
    sealed = migrate.encrypt_all(unlock(create=True))
    output.line(t(Msg.NOTES_ENCRYPTED, count=sealed))


def register(parent: typer.Typer) -> None:
    """Declare `notes list|show|delete|purge`; help texts are read in the run's language."""
    app = typer.Typer(cls=SamtaleGroup, no_args_is_help=True)

    @app.command("list", cls=SamtaleCommand, help=t(Msg.HELP_NOTES_LIST))
    def _list(
        as_json: Annotated[bool, typer.Option("--json", help=t(Msg.HELP_JSON))] = False,
        due: Annotated[
            bool, typer.Option("--due", "--forfalden", help=t(Msg.HELP_NOTES_DUE))
        ] = False,
    ) -> None:
        list_notes(as_json, due)

    @app.command("show", cls=SamtaleCommand, help=t(Msg.HELP_NOTES_SHOW))
    def _show(
        note_id: Annotated[str, typer.Argument(metavar="ID", help=t(Msg.HELP_NOTES_ID))],
        raw: Annotated[bool, typer.Option("--raw", help=t(Msg.HELP_NOTES_RAW))] = False,
        card: Annotated[
            bool, typer.Option("--card", "--kort", help=t(Msg.HELP_NOTES_CARD))
        ] = False,
    ) -> None:
        show_note(note_id, raw, card)

    @app.command("delete", cls=SamtaleCommand, help=t(Msg.HELP_NOTES_DELETE))
    def _delete(
        note_id: Annotated[str, typer.Argument(metavar="ID", help=t(Msg.HELP_NOTES_ID))],
        yes: Annotated[bool, typer.Option("--yes", "-y", help=t(Msg.HELP_NOTES_YES))] = False,
    ) -> None:
        delete_note(note_id, yes)

    @app.command("purge", cls=SamtaleCommand, help=t(Msg.HELP_NOTES_PURGE))
    def _purge(
        ctx: typer.Context,
        older_than: Annotated[
            str | None, typer.Option("--older-than", help=t(Msg.HELP_NOTES_OLDER_THAN))
        ] = None,
        yes: Annotated[bool, typer.Option("--yes", "-y", help=t(Msg.HELP_NOTES_YES))] = False,
    ) -> None:
        purge_notes(older_than, yes, session(ctx).config().retention_days)

    @app.command("encrypt", cls=SamtaleCommand, help=t(Msg.HELP_NOTES_ENCRYPT))
    def _encrypt(
        yes: Annotated[bool, typer.Option("--yes", "-y", help=t(Msg.HELP_NOTES_YES))] = False,
    ) -> None:
        encrypt_stored(yes)

    from samtale.cli import notes_after

    notes_after.register(app)
    parent.add_typer(app, name="notes", help=t(Msg.HELP_NOTES))
