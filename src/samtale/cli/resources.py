"""`samtale resources`: who can help in an area, with contact data and how old it is."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer

from samtale.cli.common import console, print_json
from samtale.cli.localized import SamtaleCommand
from samtale.cli.session import session
from samtale.messages import t

DEFAULT_STALE_MONTHS = 24  # the same as samtale.guide.directory's, without importing it

if TYPE_CHECKING:
    from rich.table import Table

    from samtale.guide.directory import StalePoint
    from samtale.guide.models import Guide


def show_stale(ctx: typer.Context, months: int, as_json: bool) -> None:
    """Every contact point, bundled and local, undated or older than `months` months."""
    from samtale.guide.directory import point_json, stale_points

    run = session(ctx)
    guide = run.guide(local=True)
    due = list(stale_points(guide.resources, date.today(), months))
    if as_json:
        sources = {source.id: source for source in guide.sources}
        print_json(
            [
                {
                    "id": item.resource.id,
                    "name": item.resource.name,
                    "local": item.resource.local,
                    **point_json(item.point, sources),
                }
                for item in due
            ]
        )
        return
    out = console()
    if not due:
        out.print(t("resources.stale.none", months=months))
        return
    out.print(_stale_table(guide, due, months, out.is_terminal))


def _stale_table(guide: Guide, due: list[StalePoint], months: int, terminal: bool) -> Table:
    from rich.table import Table
    from rich.text import Text

    from samtale.cli.render import age_text, source_label, table_box

    today = date.today()
    table = Table(
        title=t("resources.stale.title", months=months),
        title_justify="left",
        expand=True,
        box=table_box(terminal),
    )
    table.add_column(t("resources.stale.col.offer"), ratio=2)
    table.add_column(t("resources.stale.col.point"), ratio=2)
    table.add_column(t("resources.stale.col.source"), ratio=3, overflow="fold")
    for resource, point in due:
        label = f"{t(f'contact.{point.kind.value}')}: {point.value}"
        where = age_text(point.as_of, today)
        where.append("\n" + source_label(guide, point.source), style="dim")
        table.add_row(Text(resource.name), Text(label), where)
    return table


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
    look = run.lookups()
    place = resolve_place(look.places, region, run.country) if region else None
    group_id = look.groups.resolve(group) if group else None
    service_id = look.services.resolve(service) if service else None
    guide = run.guide(local=True)
    found = select.resources(guide, place=place, group=group_id, service=service_id)
    if as_json:
        from samtale.guide.directory import resource_json

        sources = {source.id: source for source in guide.sources}
        print_json([resource_json(resource, sources) for resource in found])
        return
    out = console()
    if not found:
        out.print(t("resources.none"))
        return
    from rich.table import Table
    from rich.text import Text

    from samtale.cli.render import cell, contact_text, month_label, source_line, table_box

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
        local = (
            t("resources.local", when=month_label(resource.verified), who=resource.verified_by)
            if resource.local
            else ""
        )
        about = cell(
            resource.name,
            local,
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
        stale: Annotated[
            bool,
            typer.Option("--stale", "--forældede", "--inaktuella", help=t("help.resources.stale")),
        ] = False,
        older_than: Annotated[
            int,
            typer.Option(
                "--older-than",
                "--ældre-end",
                "--äldre-än",
                min=0,
                metavar="MONTHS",
                help=t("help.resources.older_than"),
            ),
        ] = DEFAULT_STALE_MONTHS,
        as_json: Annotated[bool, typer.Option("--json", help=t("help.json"))] = False,
    ) -> None:
        if stale:
            show_stale(ctx, older_than, as_json)
        else:
            show_resources(ctx, region, group, service, as_json)
