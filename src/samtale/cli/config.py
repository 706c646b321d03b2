"""`samtale config`: show and change the settings (retention, encryption, country)."""

from __future__ import annotations

from typing import Annotated

import typer

from samtale import output
from samtale.cli import ask
from samtale.cli.localized import SamtaleCommand, SamtaleGroup
from samtale.messages import Msg, t


def show_config() -> None:
    from samtale import config
    from samtale.paths import home

    path = home().config
    settings = config.load(path)
    output.line(t(Msg.CONFIG_FILE, path=path))
    for key in config.KEYS:
        value = getattr(settings, key)
        shown = ("true" if value else "false") if isinstance(value, bool) else value
        output.line(f"{key} = {shown}")


def set_config(key: str, value: str) -> None:
    """Change one setting (`samtale.cli.settings`); turning encryption on offers to seal
    what is stored."""
    from samtale.cli.settings import set_setting

    changed = set_setting(key, value)
    if key == "encrypt" and changed.value is True:
        offer_encryption()


def offer_encryption() -> None:
    """Say how many stored files are still plain, and offer to seal them now."""
    import sys

    from samtale.store import migrate

    count = len(migrate.plain_files())
    if not count:
        return
    output.line(t(Msg.CONFIG_PLAIN_LEFT, count=count), err=True)
    if not sys.stdin.isatty():
        output.line(t(Msg.CONFIG_ENCRYPT_LATER), err=True)
        return

    if ask.confirm(t(Msg.CONFIG_ENCRYPT_NOW), default=True):
        from samtale.cli.passphrase import unlock

        sealed = migrate.encrypt_all(unlock(create=True))
        output.line(t(Msg.NOTES_ENCRYPTED, count=sealed))


def register(parent: typer.Typer) -> None:
    """Declare `config show|set`; help texts are read in the run's language."""
    app = typer.Typer(cls=SamtaleGroup, no_args_is_help=True)

    @app.command("show", cls=SamtaleCommand, help=t(Msg.HELP_CONFIG_SHOW))
    def _show() -> None:
        show_config()

    @app.command("set", cls=SamtaleCommand, help=t(Msg.HELP_CONFIG_SET))
    def _set(
        key: Annotated[
            str, typer.Argument(metavar=t(Msg.HELP_CONFIG_KEY_METAVAR), help=t(Msg.HELP_CONFIG_KEY))
        ],
        value: Annotated[
            str,
            typer.Argument(metavar=t(Msg.HELP_CONFIG_VALUE_METAVAR), help=t(Msg.HELP_CONFIG_VALUE)),
        ],
    ) -> None:
        set_config(key, value)

    parent.add_typer(app, name="config", help=t(Msg.HELP_CONFIG))
