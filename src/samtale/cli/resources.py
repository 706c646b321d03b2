"""`samtale resources`: who can help in an area, with contact data and how old it is."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from samtale import output
from samtale.cli.localized import SamtaleCommand, SamtaleGroup
from samtale.cli.session import session
from samtale.messages import Msg, t
from samtale.output.console import writer

DEFAULT_STALE_MONTHS = 24  # the same as samtale.guide.directory's, without importing it


class StaleFormat(StrEnum):
    TEXT = "text"
    CSV = "csv"


class SheetFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


if TYPE_CHECKING:
    from samtale.guide.directory import StalePoint
    from samtale.guide.models import Guide, Resource
    from samtale.output.styled import Line


def show_stale(ctx: typer.Context, months: int, as_json: bool, as_csv: bool = False) -> None:
    """Every contact point, bundled and local, undated or older than `months` months; as
    CSV, the export's rows for just those points (a list to check in a spreadsheet)."""
    from samtale.guide.directory import point_json, stale_points

    run = session(ctx)
    guide = run.guide(local=True)
    due = list(stale_points(guide.resources, date.today(), months))
    if as_csv:
        from samtale.guide.spreadsheet import csv_bytes, point_row

        output.data(csv_bytes(point_row(resource, point) for resource, point in due))
        return
    if as_json:
        sources = {source.id: source for source in guide.sources}
        output.json(
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
        out.say(t(Msg.RESOURCES_STALE_NONE, months=months))
        return
    out.write(_stale_lines(guide, due, months, out.width, plain=not out.is_terminal))


def _stale_lines(
    guide: Guide, due: list[StalePoint], months: int, width: int, *, plain: bool
) -> list[Line]:
    """One entry per contact point due: the offer, the point, its age and its source."""
    from samtale.cli.render import age_spans, entry, heading, source_label

    today = date.today()
    lines = heading(t(Msg.RESOURCES_STALE_TITLE, months=months), first=True, plain=plain)
    for resource, point in due:
        label = f"{t(f'contact.{point.kind.value}')}: {point.value}"
        source = t(Msg.CONTACT_SOURCE, source=source_label(guide, point.source))
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
        output.json([resource_json(resource, sources, guide.resources) for resource in found])
        return
    out = writer()
    if not found:
        out.say(t(Msg.RESOURCES_NONE))
        return
    from samtale.cli.render import heading
    from samtale.output.pager import pager

    # Offers for the place (and the organisation's own) under one heading, national ones
    # under another: what is nearby is read first, and never mistaken for the hotlines.
    nearby = [resource for resource in found if resource.coverage != "national"]
    national = [resource for resource in found if resource.coverage == "national"]
    titles = (
        t(Msg.RESOURCES_TITLE_FOR, place=place.name) if place else t(Msg.RESOURCES_TITLE),
        t(Msg.RESOURCES_TITLE_NATIONAL),
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
    from samtale.guide.directory import route
    from samtale.guide.places import coverage_label

    services = {s.id: s.label for s in guide.services}
    offers = ", ".join(services[s] for s in resource.services)
    coverage = coverage_label(resource.coverage, guide.places, resource.lies_in)
    local = (
        t(Msg.RESOURCES_LOCAL, when=month_label(resource.verified), who=resource.verified_by)
        if resource.local
        else ""
    )
    about = [
        [(local, "yellow")],
        [(resource.description, "")],
        t(Msg.RESOURCES_OFFERS, offers=offers) if offers else "",
        t(Msg.RESOURCES_COVERS, coverage=coverage),
        source_line(guide, resource.source),
    ]
    today = date.today()
    contact = contact_lines(guide, resource.contact, today)
    lines = entry(resource.name, "", about, width)
    if contact:
        lines += indented([[(t(Msg.RESOURCES_CONTACT), "")]], width)
        lines += indented(contact, width, depth=2)
    reach = route(resource, guide.resources)
    if reach is not None:
        via = t(Msg.RESOURCES_REACH_VIA, name=reach.via.name, note=reach.note)
        lines += indented([[(via, "")]], width)
        lines += indented(contact_lines(guide, [reach.point], today), width, depth=2)
    elif not contact:
        lines += indented([[(t(Msg.RESOURCES_NO_CONTACT), "dim")]], width)
    return lines


def export_directory(ctx: typer.Context, fmt: str, target: Path) -> None:
    """Write the directory, bundled and local, one row per contact point."""
    from samtale.guide.spreadsheet import csv_bytes, export_rows, xlsx_bytes
    from samtale.store.directory import write_export

    rows = export_rows(session(ctx).guide(local=True).resources)
    data = xlsx_bytes(rows) if fmt == "xlsx" else csv_bytes(rows)
    write_export(target, data)
    writer().say(t(Msg.RESOURCES_EXPORT_DONE, count=len(rows), path=target))


def import_directory(ctx: typer.Context, sheet: Path) -> None:
    """Read a sheet back; write the local file only when every row holds (exit 2 else)."""
    import yaml

    from samtale.errors import DataError, UsageError
    from samtale.guide.local import load_into, merge, read_local, read_raw
    from samtale.guide.spreadsheet import SheetError, import_rows, parse_sheet
    from samtale.store.directory import replace_local_resources

    run = session(ctx)
    guide = run.guide()  # the bundled offers: the local ones are read here, not merged
    path = run.local_resources_path()
    today = date.today()
    offers, problems = read_local(path, guide, today)
    if problems:
        load_into(guide, path, today)  # raises with the file's first problem
    raw = read_raw(path) or {}  # a valid file: a mapping with a list of resources
    if raw.get("country") not in (None, guide.country):
        raise UsageError(t(Msg.RESOURCES_IMPORT_OTHER_COUNTRY, path=path, country=raw["country"]))
    try:
        data = sheet.read_bytes()
    except OSError as error:
        raise UsageError(t(Msg.LOCAL_UNREADABLE, path=sheet, reason=error.strerror)) from None
    try:
        rows = parse_sheet(data, xlsx=sheet.suffix.casefold() == ".xlsx")
    except SheetError as error:
        raise UsageError(f"{sheet}: {error}") from None
    current = raw.get("resources") or []
    result, found = import_rows(rows, guide, merge(guide.resources, offers), current, today)
    if result is None:
        for problem in found:
            where = {"path": sheet, "row": problem.row, "column": problem.column}
            output.line(t(Msg.RESOURCES_IMPORT_PROBLEM, **where, message=problem.message), err=True)
        raise DataError(t(Msg.RESOURCES_IMPORT_FAILED, count=len(found), path=sheet))
    if not result.updated and not result.added:
        writer().say(t(Msg.RESOURCES_IMPORT_NOTHING))
        return
    content = {key: value for key, value in raw.items() if key != "resources"}
    content["resources"] = result.entries
    text = yaml.safe_dump(content, allow_unicode=True, sort_keys=False, width=88)
    replace_local_resources(path, text.encode("utf-8"))
    counts = {"updated": len(result.updated), "added": len(result.added)}
    writer().say(t(Msg.RESOURCES_IMPORT_DONE, **counts, path=path))


def register(parent: typer.Typer) -> None:
    """Declare `resources` (with its options, as before) and its `export` and `import`;
    help texts are read now, in the run's language."""
    # The command may stand alone (its options, as before): the subcommand is optional.
    app = typer.Typer(
        cls=SamtaleGroup, invoke_without_command=True, subcommand_metavar="[COMMAND [ARGS]...]"
    )

    @app.callback(invoke_without_command=True)
    def resources(
        ctx: typer.Context,
        region: Annotated[
            str | None,
            typer.Option("--region", "--område", "-r", help=t(Msg.HELP_RESOURCES_REGION)),
        ] = None,
        group: Annotated[
            str | None,
            typer.Option("--group", "--gruppe", "--grupp", "-g", help=t(Msg.HELP_RESOURCES_GROUP)),
        ] = None,
        service: Annotated[
            str | None,
            typer.Option("--service", "--ydelse", "--tjänst", help=t(Msg.HELP_RESOURCES_SERVICE)),
        ] = None,
        stale: Annotated[
            bool,
            typer.Option(
                "--stale", "--forældede", "--inaktuella", help=t(Msg.HELP_RESOURCES_STALE)
            ),
        ] = False,
        older_than: Annotated[
            int,
            typer.Option(
                "--older-than",
                "--ældre-end",
                "--äldre-än",
                min=0,
                metavar=t(Msg.HELP_RESOURCES_MONTHS_METAVAR),
                help=t(Msg.HELP_RESOURCES_OLDER_THAN),
            ),
        ] = DEFAULT_STALE_MONTHS,
        fmt: Annotated[
            StaleFormat,
            typer.Option("--format", help=t(Msg.HELP_RESOURCES_FORMAT)),
        ] = StaleFormat.TEXT,
        as_json: Annotated[bool, typer.Option("--json", help=t(Msg.HELP_JSON))] = False,
    ) -> None:
        if ctx.invoked_subcommand is not None:
            return
        if fmt == StaleFormat.CSV and not stale:
            from samtale.errors import UsageError

            raise UsageError(t(Msg.RESOURCES_FORMAT_NEEDS_STALE))
        if stale:
            show_stale(ctx, older_than, as_json, fmt == StaleFormat.CSV)
        else:
            show_resources(ctx, region, group, service, as_json)

    @app.command("export", cls=SamtaleCommand, help=t(Msg.HELP_RESOURCES_EXPORT))
    def _export(
        ctx: typer.Context,
        output: Annotated[
            Path,
            typer.Option(
                "--output", "-o", dir_okay=False, help=t(Msg.HELP_RESOURCES_EXPORT_OUTPUT)
            ),
        ],
        fmt: Annotated[
            SheetFormat, typer.Option("--format", help=t(Msg.HELP_RESOURCES_EXPORT_FORMAT))
        ] = SheetFormat.CSV,
    ) -> None:
        export_directory(ctx, fmt.value, output)

    @app.command("import", cls=SamtaleCommand, help=t(Msg.HELP_RESOURCES_IMPORT))
    def _import(
        ctx: typer.Context,
        sheet: Annotated[
            Path,
            typer.Argument(metavar="FILE", dir_okay=False, help=t(Msg.HELP_RESOURCES_IMPORT_FILE)),
        ],
    ) -> None:
        import_directory(ctx, sheet)

    parent.add_typer(app, name="resources", help=t(Msg.HELP_RESOURCES))
