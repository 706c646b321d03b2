"""`samtale notes`: list, show, delete and purge the private prep notes."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Annotated

import typer

from samtale.cli.common import console, print_json
from samtale.cli.localized import SamtaleCommand, SamtaleGroup
from samtale.cli.session import session
from samtale.errors import UsageError
from samtale.messages import t

if TYPE_CHECKING:
    from pathlib import Path

    from samtale.store.crypto import Key


class Reader:
    """The session's store key, unlocked once and only if an encrypted file is opened."""

    def __init__(self) -> None:
        self._key: Key | None = None

    def __call__(self) -> Key:
        if self._key is None:
            from samtale.store.keys import unlock

            self._key = unlock(create=False)
        return self._key


def _confirm(question: str, yes: bool) -> None:
    """Ask before deleting; without a terminal, --yes is required."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise UsageError(t("notes.needs_yes"))
    if not typer.confirm(question, default=False):
        raise typer.Exit(0)


def list_notes(as_json: bool) -> None:
    from samtale.paths import home
    from samtale.store import notes

    rows = []
    for listed in notes.listing(Reader()):
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
        rows.append(row)
    rows += _draft_rows()
    if as_json:
        print_json(rows)
        return
    out = console()
    if not rows:
        out.print(t("notes.none", folder=home().notes))
        return
    from rich.table import Table

    table = Table(title=t("notes.title", folder=home().notes), title_justify="left")
    for key in ("id", "date", "citizen", "region", "age_group", "size"):
        table.add_column(t(f"notes.col.{key}"), overflow="fold")
    for row in rows:
        age = t(f"tag.{row['age_group']}") if row["age_group"] else ""
        size = t("notes.size", kib=max(1, round(row["size"] / 1024)))
        citizen = row["citizen"]
        if "unreadable" in row:
            citizen = t("notes.unreadable", reason=row["unreadable"])
        elif "answered" in row:
            citizen = t("notes.draft_mark", citizen=citizen, answered=row["answered"])
        table.add_row(row["id"], row["date"], citizen, row["region"], age, size)
    out.print(table)


def _draft_rows() -> list[dict[str, object]]:
    """The unfinished preps, listed with the notes so none is forgotten."""
    from samtale.prep.draft_record import view
    from samtale.store import drafts

    rows: list[dict[str, object]] = []
    for info in drafts.list_drafts(Reader()):
        seen = view(info.answers, "dk", info.modified)
        row: dict[str, object] = {
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
        }
        if info.problem is not None:
            row["unreadable"] = info.problem
        rows.append(row)
    return rows


def show_note(typed: str, raw: bool, card: bool = False) -> None:
    from samtale.store import notes

    text = notes.read_note(typed, Reader())
    if card:
        text = card_of(text)
    if raw:
        sys.stdout.write(text)
        return
    from rich.markdown import Markdown

    body = text.split("\n", 1)[1] if notes.read_meta(text) else text
    console().print(Markdown(body))


def card_of(text: str) -> str:
    """Only the card of a note's text; a note made before cards existed says so."""
    from samtale.prep.card import split_card

    parts = split_card(text)
    if parts is None:
        raise UsageError(t("notes.no_card"))
    return parts[0]


def delete_note(typed: str, yes: bool) -> None:
    from samtale.store import drafts, notes

    found = notes.note_files()
    wanted = typed.strip().lower()
    draft_ids = [i for i, _, _ in drafts.draft_files() if wanted and i.startswith(wanted)]
    if draft_ids and not any(note.id.startswith(wanted) for note in found):
        (draft_id, *more) = draft_ids
        if more:
            raise UsageError(t("notes.ambiguous_id", id=wanted, ids=", ".join(draft_ids)))
        _confirm(t("notes.confirm_delete_draft", id=draft_id), yes)
        drafts.delete_draft(draft_id)
        typer.echo(t("notes.deleted", id=draft_id))
        return
    note = notes.find(found, typed)
    typer.echo(t("notes.record_reminder"), err=True)
    _confirm(t("notes.confirm_delete", id=note.id, date=note.date), yes)
    note.path.unlink()
    typer.echo(t("notes.deleted", id=note.id))


def purge_notes(older_than: str | None, yes: bool, retention_days: int) -> None:
    from samtale.store import notes, retention

    days = notes.parse_days(older_than) if older_than is not None else retention_days
    retention.sweep_temps()
    old: list[Path] = retention.past_retention(time.time(), days)
    if not old:
        typer.echo(t("notes.purge_none", days=days))
        return
    typer.echo(t("notes.record_reminder"), err=True)
    _confirm(t("notes.confirm_purge", count=len(old), days=days), yes)
    for path in old:
        path.unlink(missing_ok=True)
    typer.echo(t("notes.purged", count=len(old), days=days))


def encrypt_stored(yes: bool = True) -> None:
    """Seal every plain note, draft and practice file under the store key."""
    from samtale.store import migrate
    from samtale.store.keys import unlock

    count = len(migrate.plain_files())
    if not count:
        typer.echo(t("notes.encrypt_none"))
        return
    _confirm(t("notes.confirm_encrypt", count=count), yes)
    sealed = migrate.encrypt_all(unlock(create=True))
    typer.echo(t("notes.encrypted", count=sealed))


def register(parent: typer.Typer) -> None:
    """Declare `notes list|show|delete|purge`; help texts are read in the run's language."""
    app = typer.Typer(cls=SamtaleGroup, no_args_is_help=True)

    @app.command("list", cls=SamtaleCommand, help=t("help.notes.list"))
    def _list(
        as_json: Annotated[bool, typer.Option("--json", help=t("help.json"))] = False,
    ) -> None:
        list_notes(as_json)

    @app.command("show", cls=SamtaleCommand, help=t("help.notes.show"))
    def _show(
        note_id: Annotated[str, typer.Argument(metavar="ID", help=t("help.notes.id"))],
        raw: Annotated[bool, typer.Option("--raw", help=t("help.notes.raw"))] = False,
        card: Annotated[bool, typer.Option("--card", "--kort", help=t("help.notes.card"))] = False,
    ) -> None:
        show_note(note_id, raw, card)

    @app.command("delete", cls=SamtaleCommand, help=t("help.notes.delete"))
    def _delete(
        note_id: Annotated[str, typer.Argument(metavar="ID", help=t("help.notes.id"))],
        yes: Annotated[bool, typer.Option("--yes", "-y", help=t("help.notes.yes"))] = False,
    ) -> None:
        delete_note(note_id, yes)

    @app.command("purge", cls=SamtaleCommand, help=t("help.notes.purge"))
    def _purge(
        ctx: typer.Context,
        older_than: Annotated[
            str | None, typer.Option("--older-than", help=t("help.notes.older_than"))
        ] = None,
        yes: Annotated[bool, typer.Option("--yes", "-y", help=t("help.notes.yes"))] = False,
    ) -> None:
        purge_notes(older_than, yes, session(ctx).config().retention_days)

    @app.command("encrypt", cls=SamtaleCommand, help=t("help.notes.encrypt"))
    def _encrypt(
        yes: Annotated[bool, typer.Option("--yes", "-y", help=t("help.notes.yes"))] = False,
    ) -> None:
        encrypt_stored(yes)

    parent.add_typer(app, name="notes", help=t("help.notes"))
