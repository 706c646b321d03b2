"""The Typer application and its global options; errors end at `SamtaleGroup` (localized.py).

Every command module registers itself on `app`; none of them imports pydantic, YAML, Rich or
questionary at module level, so `samtale --help` stays fast.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from samtale import __version__, output
from samtale.app.session import Session
from samtale.cli.localized import SamtaleCommand, SamtaleGroup
from samtale.errors import DataError, Done, SamtaleError
from samtale.messages import Msg, t


def _version(value: bool) -> None:
    if value:
        output.line(f"samtale {__version__}")
        raise Done()


# Command name -> the module that registers it. Only the module of the command being run
# is imported, so one command never pays for the others' imports.
COMMANDS = {
    "prep": "samtale.cli.prep",
    "phrases": "samtale.cli.phrases",
    "resources": "samtale.cli.resources",
    "handout": "samtale.cli.handout",
    "signs": "samtale.cli.signs",
    "facts": "samtale.cli.facts",
    "ids": "samtale.cli.ids",
    "practice": "samtale.cli.practice",
    "reflect": "samtale.cli.practice",
    "notes": "samtale.cli.notes",
    "config": "samtale.cli.config",
    "data": "samtale.cli.data",
}


def build_app(only: str | None = None) -> typer.Typer:
    """The application with every command, or with just `only` when it names one."""
    import importlib

    app = typer.Typer(
        cls=SamtaleGroup,
        add_completion=True,
        name="samtale",
        help=t(Msg.HELP_APP),
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        pretty_exceptions_show_locals=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )

    @app.callback()
    def _global(
        ctx: typer.Context,
        country: Annotated[
            str | None,
            typer.Option("--country", "--land", envvar="SAMTALE_COUNTRY", help=t(Msg.HELP_COUNTRY)),
        ] = None,
        debug: Annotated[bool, typer.Option("--debug", help=t(Msg.HELP_DEBUG))] = False,
        no_pager: Annotated[bool, typer.Option("--no-pager", help=t(Msg.HELP_NO_PAGER))] = False,
        version: Annotated[
            bool,
            typer.Option(
                "--version", "-V", callback=_version, is_eager=True, help=t(Msg.HELP_VERSION)
            ),
        ] = False,
    ) -> None:
        from samtale.app.settings import configured_country
        from samtale.cli.common import resolve_country
        from samtale.messages import use_country
        from samtale.output import pager

        pager.DISABLED["pager"] = no_pager
        try:
            chosen = resolve_country(country) if country else configured_country()
        except DataError:
            # A broken config file stops every command but `config`: `config set` repairs
            # it, `config show` reports it in full.
            if ctx.invoked_subcommand != "config":
                raise
            chosen = "dk"
        use_country(chosen)
        ctx.obj = Session(country=chosen, debug=debug)

    for module in dict.fromkeys(m for name, m in COMMANDS.items() if only in (None, name)):
        importlib.import_module(module).register(app)
    if only in (None, "help"):
        _register_help(app)
    return app


def _register_help(app: typer.Typer) -> None:
    """`samtale help [COMMAND]`: the same help as `samtale [COMMAND] --help`."""

    @app.command("help", cls=SamtaleCommand, help=t(Msg.HELP_HELP_COMMAND))
    def _help(
        ctx: typer.Context,
        command: Annotated[
            list[str] | None,
            typer.Argument(
                metavar=t(Msg.HELP_HELP_COMMAND_METAVAR), help=t(Msg.HELP_HELP_COMMAND_COMMAND)
            ),
        ] = None,
    ) -> None:
        target = ctx.find_root()
        for name in command or []:
            group = target.command
            found = group.get_command(target, name) if hasattr(group, "get_command") else None
            if found is None:
                from samtale.cli.localized import CommandNotFound, usage_message
                from samtale.errors import UsageError

                raise UsageError(usage_message(CommandNotFound(name, target)))
            target = found.make_context(name, [], parent=target, resilient_parsing=True)
        output.line(target.get_help())


COUNTRY_OPTIONS = ("--country", "--land")


def _scan(args: list[str]) -> tuple[str | None, str | None]:
    """The command and the --country value on a command line, before Typer parses it.

    `--country` counts anywhere before ``--``: the root moves it before the command.
    """
    command = country = None
    values = iter(args)
    for arg in values:
        if arg == "--":
            break
        if arg in COUNTRY_OPTIONS:
            country = next(values, None)
        elif arg.startswith(tuple(f"{option}=" for option in COUNTRY_OPTIONS)):
            country = arg.split("=", 1)[1]
        elif command is None and not arg.startswith("-"):
            command = arg if arg in COMMANDS or arg == "help" else ""
    return command or None, country


def _help_as_option(args: list[str]) -> list[str]:
    """``help X Y`` as ``X Y --help``: the fast path builds only command X."""
    position = args.index("help")
    return [*args[:position], *args[position + 1 :], "--help"]


def main() -> None:
    """Console-script entry point.

    The language is chosen before the app is built, so help texts are in it too; only the
    command that is run is imported and built.
    """
    import contextlib
    import os

    from samtale.app.settings import configured_country
    from samtale.cli.common import LANGUAGE_OF_COUNTRY
    from samtale.messages import use_country

    args = sys.argv[1:]
    command, country = _scan(args)
    if command == "help":
        args = _help_as_option(args)
        command, _ = _scan(args)
    country = (country or os.environ.get("SAMTALE_COUNTRY") or "").strip().lower()
    if country in LANGUAGE_OF_COUNTRY:
        use_country(country)
    elif not country:
        # A broken config file is reported by the commands that read it, not here.
        with contextlib.suppress(SamtaleError):
            use_country(configured_country())
    from samtale.store.leftovers import sweep_at_start

    sweep_at_start()
    build_app(command)(args, prog_name="samtale")
