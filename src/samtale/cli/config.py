"""`samtale config`: show and change the settings (retention, encryption, country)."""

from __future__ import annotations

from typing import Annotated

import typer

from samtale import output
from samtale.cli.localized import SamtaleCommand, SamtaleGroup
from samtale.messages import t


def show_config() -> None:
    from samtale import config
    from samtale.paths import home

    path = home().config
    settings = config.load(path)
    output.line(t("config.file", path=path))
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
    output.line(t("config.plain_left", count=count), err=True)
    if not sys.stdin.isatty():
        output.line(t("config.encrypt_later"), err=True)
        return

    if output.confirm(t("config.encrypt_now"), default=True):
        from samtale.cli.passphrase import unlock

        sealed = migrate.encrypt_all(unlock(create=True))
        output.line(t("notes.encrypted", count=sealed))


def register(parent: typer.Typer) -> None:
    """Declare `config show|set`; help texts are read in the run's language."""
    app = typer.Typer(cls=SamtaleGroup, no_args_is_help=True)

    @app.command("show", cls=SamtaleCommand, help=t("help.config.show"))
    def _show() -> None:
        show_config()

    @app.command("set", cls=SamtaleCommand, help=t("help.config.set"))
    def _set(
        key: Annotated[
            str, typer.Argument(metavar=t("help.config.key.metavar"), help=t("help.config.key"))
        ],
        value: Annotated[
            str, typer.Argument(metavar=t("help.config.value.metavar"), help=t("help.config.value"))
        ],
    ) -> None:
        set_config(key, value)

    parent.add_typer(app, name="config", help=t("help.config"))
