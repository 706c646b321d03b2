"""`samtale signs`: possible signs and consequences, and that they may mean other things."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

import typer

from samtale.cli.common import console, print_json
from samtale.cli.session import session
from samtale.messages import t


def signs(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help=t("help.json"))] = False,
) -> None:
    from samtale.guide import select
    from samtale.guide.models import SignKind

    guide = session(ctx).guide()
    if as_json:
        print_json([asdict(sign) for sign in select.signs(guide)])
        return
    from rich.panel import Panel
    from rich.table import Table

    from samtale.cli.render import cell, source_line

    out = console()
    out.print(Panel(t("signs.reminder"), expand=False))
    for kind in SignKind:
        table = Table(title=t(f"signs.title.{kind.value}"), title_justify="left", expand=True)
        table.add_column("id", ratio=1, overflow="fold")
        table.add_column(t("signs.col.sign"), ratio=3)
        for sign in select.signs(guide, kind):
            other = (
                t("signs.other", text=sign.other_explanations) if sign.other_explanations else ""
            )
            table.add_row(
                sign.id,
                cell(
                    sign.label, sign.description, other, source_line(guide, sign.source), bold=True
                ),
            )
        out.print(table)


def register(app: typer.Typer) -> None:
    app.command("signs", help=t("help.signs"))(signs)
