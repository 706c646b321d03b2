"""The Typer application, its global options and the single exit point for errors.

Every command module registers itself on `app`; none of them imports pydantic, YAML, Rich or
questionary at module level, so `samtale --help` stays fast.
"""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from samtale import __version__
from samtale.cli.session import Session
from samtale.errors import SamtaleError
from samtale.messages import t


class SamtaleGroup(TyperGroup):
    """Turns every `SamtaleError` and Ctrl-C into one calm line and an exit code.

    Anything else is a bug: one line naming its type, and the traceback only with
    ``--debug`` (a traceback may hold what the user typed about a citizen).
    """

    def invoke(self, ctx: typer.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SamtaleError as error:
            _say(error.message)
            raise typer.Exit(error.exit_code) from None
        except KeyboardInterrupt:
            _say(t("interrupted"))
            raise typer.Exit(130) from None
        except (typer.Exit, typer.Abort):
            raise
        except Exception as error:
            if isinstance(ctx.obj, Session) and ctx.obj.debug:
                raise
            if type(error).__module__.split(".")[0] in {"typer", "click"}:
                raise
            _say(t("bug", kind=type(error).__name__))
            raise typer.Exit(1) from None


def _say(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


app = typer.Typer(
    cls=SamtaleGroup,
    name="samtale",
    help=t("help.app"),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"samtale {__version__}")
        raise typer.Exit()


@app.callback()
def _global(
    ctx: typer.Context,
    country: Annotated[
        str,
        typer.Option("--country", "--land", envvar="SAMTALE_COUNTRY", help=t("help.country")),
    ] = "dk",
    debug: Annotated[bool, typer.Option("--debug", help=t("help.debug"))] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help=t("help.version")),
    ] = False,
) -> None:
    from samtale.cli.common import resolve_country

    ctx.obj = Session(country=resolve_country(country), debug=debug)


def _register() -> None:
    from samtale.cli import data, facts, phrases, prep, resources, signs

    for module in (prep, phrases, resources, signs, facts):
        module.register(app)
    app.add_typer(data.app, name="data", help=t("help.data"))


_register()


def main() -> None:
    """Console-script entry point."""
    app(prog_name="samtale")
