"""`samtale data check`: validate the guide data, for the people who maintain it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from samtale import output
from samtale.cli.localized import SamtaleCommand, SamtaleGroup
from samtale.cli.session import session
from samtale.messages import Msg, t

if TYPE_CHECKING:
    from samtale.guide.models import Guide


def check(ctx: typer.Context, data_dir: Path | None) -> None:
    """Validate every file and cross-reference; list all problems, exit 2 if any."""
    from samtale.errors import DataError
    from samtale.guide.load import data_root
    from samtale.guide.validate import format_problem, validate_folder

    country = session(ctx).country
    folder = (data_root() if data_dir is None else data_dir) / country
    if not folder.is_dir():
        raise DataError(t(Msg.DATA_MISSING_FOLDER, path=folder))
    guide, problems = validate_folder(folder, country)
    if problems:
        for problem in problems[1:]:
            output.line(format_problem(folder, problem), err=True)
        raise DataError(
            format_problem(folder, problems[0]) + t(Msg.DATA_PROBLEM_COUNT, count=len(problems))
        )
    assert guide is not None
    _check_local(ctx, guide)
    output.line(
        t(
            Msg.DATA_OK,
            folder=folder,
            phrases=len(guide.phrases),
            resources=len(guide.resources),
            signs=len(guide.signs),
            facts=len(guide.facts),
            places=len(guide.places.municipalities) + len(guide.places.towns),
        )
    )


def _check_local(ctx: typer.Context, guide: Guide) -> None:
    """Validate the user's local resources file against this guide; list every problem."""
    from datetime import date

    from samtale.errors import DataError
    from samtale.guide.local import read_local
    from samtale.guide.validate import format_problem_in

    path = session(ctx).local_resources_path()
    if not path.exists():
        output.line(t(Msg.LOCAL_NONE, path=path))
        return
    offers, problems = read_local(path, guide, date.today())
    if problems:
        for problem in problems[1:]:
            output.line(format_problem_in(path, problem), err=True)
        message = format_problem_in(path, problems[0])
        raise DataError(message + t(Msg.DATA_PROBLEM_COUNT, count=len(problems)))
    output.line(t(Msg.LOCAL_OK, path=path, count=len(offers)))


def register(parent: typer.Typer) -> None:
    """Declare `data check`; help texts are read now, in the run's language."""
    app = typer.Typer(cls=SamtaleGroup, no_args_is_help=True)

    @app.command("check", cls=SamtaleCommand, help=t(Msg.HELP_DATA_CHECK))
    def _check(
        ctx: typer.Context,
        data_dir: Annotated[
            Path | None, typer.Option("--data-dir", help=t(Msg.HELP_DATA_DIR), file_okay=False)
        ] = None,
    ) -> None:
        check(ctx, data_dir)

    parent.add_typer(app, name="data", help=t(Msg.HELP_DATA))
