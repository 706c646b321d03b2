"""`samtale resources`: who can help in an area, with contact data and how old it is."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer

from samtale.cli.common import console, print_json
from samtale.cli.localized import SamtaleCommand
from samtale.cli.session import session
from samtale.messages import t

if TYPE_CHECKING:
    pass


def show_resources(
    ctx: typer.Context,
    region: str | None,
    group: str | None,
    service: str | None,
    as_json: bool,
) -> None:
    from samtale.guide import select
    from samtale.guide.elsewhere import resolve_place
    from samtale.guide.places import coverage_label

    run = session(ctx)
    guide, look = run.guide(), run.lookups()
    place = resolve_place(look.places, region, run.country) if region else None
    group_id = look.groups.resolve(group) if group else None
    service_id = look.services.resolve(service) if service else None
    found = select.resources(guide, place=place, group=group_id, service=service_id)
    if as_json:
        print_json([asdict(resource) for resource in found])
        return
    out = console()
    if not found:
        out.print(t("resources.none"))
        return
    from rich.table import Table
    from rich.text import Text

    from samtale.cli.render import cell, contact_text, source_line, table_box

    services = {s.id: s.label for s in guide.services}
    title = t("resources.title_for", place=place.name) if place else t("resources.title")
    table = Table(
        title=title,
        title_justify="left",
        show_lines=True,
        expand=True,
        box=table_box(out.is_terminal),
    )
    table.add_column(t("resources.col.offer"), ratio=3)
    table.add_column(t("resources.col.contact"), ratio=2)
    today = date.today()
    for resource in found:
        offers = ", ".join(services[s] for s in resource.services)
        coverage = coverage_label(resource.coverage, guide.places)
        about = cell(
            resource.name,
            resource.description,
            t("resources.offers", offers=offers) if offers else "",
            t("resources.covers", coverage=coverage),
            source_line(guide, resource.source),
            bold=True,
        )
        contact = contact_text(guide, resource.contact, today)
        table.add_row(about, contact or Text(t("resources.no_contact"), "dim"))
    out.print(table)


def register(app: typer.Typer) -> None:
    """Declare the command; help texts are read now, in the run's language."""

    @app.command("resources", cls=SamtaleCommand, help=t("help.resources"))
    def resources(
        ctx: typer.Context,
        region: Annotated[
            str | None, typer.Option("--region", "--område", "-r", help=t("help.resources.region"))
        ] = None,
        group: Annotated[
            str | None,
            typer.Option("--group", "--gruppe", "--grupp", "-g", help=t("help.resources.group")),
        ] = None,
        service: Annotated[
            str | None,
            typer.Option("--service", "--ydelse", "--tjänst", help=t("help.resources.service")),
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help=t("help.json"))] = False,
    ) -> None:
        show_resources(ctx, region, group, service, as_json)
