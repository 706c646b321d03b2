"""`samtale ids [KIND]`: every id a user may type, with what it means.

The lists come from `samtale.guide.ids`, so what the data and the models add is listed
without a change here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from samtale import output
from samtale.cli.localized import SamtaleCommand
from samtale.cli.session import session
from samtale.messages import Msg, catalogue_keys, t
from samtale.output.pager import paged

if TYPE_CHECKING:
    from samtale.guide.choices import Choices


def kind_choices(kinds: list[str]) -> Choices[str]:
    """`topics`, `topic` and the catalogue's own name (``emner``) all name a kind."""
    from samtale.guide.choices import Choices

    choices: Choices[str] = Choices(kind=Msg.KIND_IDS, valid=kinds)
    for kind in kinds:
        names = [kind, kind.removesuffix("s"), kind.removesuffix("ies") + "y"]
        key = f"ids.kind.{kind}"
        if key in catalogue_keys():
            names.append(t(key).split(":")[0])
        choices.add(names, kind)
    return choices


@paged
def show_ids(ctx: typer.Context, kind: str | None, as_json: bool) -> None:
    from samtale.app.ids import all_ids

    run = session(ctx)
    lists = all_ids(run.guide(), run.lookups())
    if kind is not None:
        chosen = kind_choices(list(lists)).resolve(kind)
        lists = {chosen: lists[chosen]}
    if as_json:
        output.json(
            {
                name: [{"id": i, "label": label} for i, label in items]
                for name, items in lists.items()
            }
        )
        return
    blocks = []
    for name, items in lists.items():
        key = f"ids.kind.{name}"
        title = f"{name} ({t(key)})" if key in catalogue_keys() else name
        width = max((len(ident) for ident, _ in items), default=0)
        rows = [f"  {ident:<{width}}  {label}".rstrip() for ident, label in items]
        blocks.append("\n".join([title, *rows]))
    output.line("\n\n".join(blocks))


def register(app: typer.Typer) -> None:
    """Declare the command; help texts are read now, in the run's language."""

    @app.command("ids", cls=SamtaleCommand, help=t(Msg.HELP_IDS))
    def ids(
        ctx: typer.Context,
        kind: Annotated[
            str | None, typer.Argument(metavar=t(Msg.HELP_IDS_METAVAR), help=t(Msg.HELP_IDS_KIND))
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help=t(Msg.HELP_JSON))] = False,
    ) -> None:
        show_ids(ctx, kind, as_json)
