"""The in-process CLI runner every `cli` test uses: `samtale ARGS` through Typer's CliRunner."""

from __future__ import annotations

from collections.abc import Callable

from typer.testing import CliRunner, Result

from samtale.cli import app


def cli_runner() -> Callable[..., Result]:
    """A function running `samtale ARGS` in-process, 80 columns wide unless told.

    The caller sets the environment (no colour, no country) so that pytest undoes it.
    """
    runner = CliRunner()

    def run(*args: str, input: str | None = None, width: int = 80) -> Result:
        return runner.invoke(app, list(args), input=input, env={"COLUMNS": str(width)})

    return run
