"""`samtale resources`: who can help in an area, with contact data and how old it is."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer

from samtale.cli.common import print_json, writer
from samtale.cli.localized import SamtaleCommand
from samtale.cli.session import session
from samtale.messages import t

DEFAULT_STALE_MONTHS = 24  # the same as samtale.guide.directory's, without importing it

if TYPE_CHECKING:
    from samtale.cli.styled import Line
    from samtale.guide.directory import StalePoint
    from samtale.guide.models import Guide, Resource


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
    out = writer()
    if not due:
        out.say(t("resources.stale.none", months=months))
        return
    out.write(_stale_lines(guide, due, months, out.width, plain=not out.is_terminal))


def _stale_lines(
    guide: Guide, due: list[StalePoint], months: int, width: int, *, plain: bool
) -> list[Line]:
    """One entry per contact point due: the offer, the point, its age and its source."""
    from samtale.cli.render import age_spans, entry, heading, source_label

    today = date.today()
    lines = heading(t("resources.stale.title", months=months), first=True, plain=plain)
    for resource, point in due:
        label = f"{t(f'contact.{point.kind.value}')}: {point.value}"
        source = t("contact.source", source=source_label(guide, point.source))
        lines += entry(resource.name, "", [label, age_spans(point.as_of, today), source], width)
    return lines


def show_resources(
    ctx: typer.Context,
    region: str | None,
    group: str | None,
    service: str | None,
    as_json: bool,
) -> None:
    from samtale.guide import select
    from samtale.guide.elsewhere import resolve_place

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
    out = writer()
    if not found:
        out.say(t("resources.none"))
        return
    from samtale.cli.pager import pager
    from samtale.cli.render import heading

    # Offers for the place (and the organisation's own) under one heading, national ones
    # under another: what is nearby is read first, and never mistaken for the hotlines.
    nearby = [resource for resource in found if resource.coverage != "national"]
    national = [resource for resource in found if resource.coverage == "national"]
    titles = (
        t("resources.title_for", place=place.name) if place else t("resources.title"),
        t("resources.title_national"),
    )
    lines: list[Line] = []
    for title, group_found in zip(titles, (nearby, national), strict=True):
        if group_found:
            lines += heading(title, first=not lines, plain=not out.is_terminal)
            for number, resource in enumerate(group_found):
                lines += [[]] * bool(number) + _resource_lines(guide, resource, out.width)
    with pager():
        writer().write(lines)


def _resource_lines(guide: Guide, resource: Resource, width: int) -> list[Line]:
    """One offer: name, what it is and offers, where it covers, its source and contact."""
    from samtale.cli.render import contact_lines, entry, indented, source_line
    from samtale.dates import month_label
    from samtale.guide.places import coverage_label

    services = {s.id: s.label for s in guide.services}
    offers = ", ".join(services[s] for s in resource.services)
    coverage = coverage_label(resource.coverage, guide.places, resource.lies_in)
    local = (
        t("resources.local", when=month_label(resource.verified), who=resource.verified_by)
        if resource.local
        else ""
    )
    about = [
        [(local, "yellow")],
        [(resource.description, "")],
        t("resources.offers", offers=offers) if offers else "",
        t("resources.covers", coverage=coverage),
        source_line(guide, resource.source),
    ]
    contact = contact_lines(guide, resource.contact, date.today())
    lines = entry(resource.name, "", about, width)
    if contact:
        lines += indented([[(t("resources.contact"), "")]], width)
        lines += indented(contact, width, depth=2)
    else:
        lines += indented([[(t("resources.no_contact"), "dim")]], width)
    return lines


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
                metavar=t("help.resources.months.metavar"),
                help=t("help.resources.older_than"),
            ),
        ] = DEFAULT_STALE_MONTHS,
        as_json: Annotated[bool, typer.Option("--json", help=t("help.json"))] = False,
    ) -> None:
        if stale:
            show_stale(ctx, older_than, as_json)
        else:
            show_resources(ctx, region, group, service, as_json)
