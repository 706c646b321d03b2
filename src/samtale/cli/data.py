"""`samtale data check`: validate the guide data, for the people who maintain it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from samtale.cli.localized import SamtaleCommand, SamtaleGroup
from samtale.cli.session import session
from samtale.messages import t


def check(ctx: typer.Context, data_dir: Path | None) -> None:
    """Validate every file and cross-reference; list all problems, exit 2 if any."""
    from samtale.errors import DataError
    from samtale.guide.load import data_root
    from samtale.guide.validate import format_problem, validate_folder

    country = session(ctx).country
    folder = (data_root() if data_dir is None else data_dir) / country
    if not folder.is_dir():
        raise DataError(t("data.missing_folder", path=folder))
    guide, problems = validate_folder(folder, country)
    if problems:
        for problem in problems[1:]:
            typer.echo(format_problem(folder, problem), err=True)
        raise DataError(
            format_problem(folder, problems[0]) + t("data.problem_count", count=len(problems))
        )
    assert guide is not None
    typer.echo(
        t(
            "data.ok",
            folder=folder,
            phrases=len(guide.phrases),
            resources=len(guide.resources),
            signs=len(guide.signs),
            facts=len(guide.facts),
            places=len(guide.places.municipalities) + len(guide.places.towns),
        )
    )


def register(parent: typer.Typer) -> None:
    """Declare `data check`; help texts are read now, in the run's language."""
    app = typer.Typer(cls=SamtaleGroup, no_args_is_help=True)

    @app.command("check", cls=SamtaleCommand, help=t("help.data.check"))
    def _check(
        ctx: typer.Context,
        data_dir: Annotated[
            Path | None, typer.Option("--data-dir", help=t("help.data.dir"), file_okay=False)
        ] = None,
    ) -> None:
        check(ctx, data_dir)

    parent.add_typer(app, name="data", help=t("help.data"))
