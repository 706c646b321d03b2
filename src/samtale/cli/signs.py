"""`samtale signs`: possible signs and consequences, and that they may mean other things."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

import typer

from samtale import output
from samtale.cli.localized import SamtaleCommand
from samtale.cli.session import session
from samtale.messages import Msg, t
from samtale.output.console import writer
from samtale.output.pager import paged


@paged
def show_signs(
    ctx: typer.Context,
    as_json: bool,
) -> None:
    from samtale.guide import select
    from samtale.guide.models import SignKind

    guide = session(ctx).guide()
    if as_json:
        output.json([asdict(sign) for sign in select.signs(guide)])
        return
    from samtale.cli.render import entry, heading, source_line

    out = writer()
    out.say(t(Msg.SIGNS_REMINDER), "italic")
    for kind in SignKind:
        out.write(heading(t(f"signs.title.{kind.value}"), plain=not out.is_terminal))
        for sign in select.signs(guide, kind):
            other = (
                t(Msg.SIGNS_OTHER, text=sign.other_explanations) if sign.other_explanations else ""
            )
            lines = [sign.description, other, source_line(guide, sign.source)]
            out.write(entry(sign.label, sign.id, lines, out.width))


def register(app: typer.Typer) -> None:
    """Declare the command; help texts are read now, in the run's language."""

    @app.command("signs", cls=SamtaleCommand, help=t(Msg.HELP_SIGNS))
    def signs(
        ctx: typer.Context,
        as_json: Annotated[bool, typer.Option("--json", help=t(Msg.HELP_JSON))] = False,
    ) -> None:
        show_signs(ctx, as_json)
