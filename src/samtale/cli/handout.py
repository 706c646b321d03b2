"""`samtale handout`: one printable page for the person, about the help, never about them."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from samtale import output
from samtale.cli.localized import SamtaleCommand
from samtale.cli.session import session
from samtale.messages import Msg, t

FORMATS = ("md", "html")


def write_handout(
    ctx: typer.Context,
    region: str | None,
    language: str | None,
    target: Path | None,
    form: str,
    discreet: bool,
) -> None:
    """Build the page, then print it or write it as a new private file."""
    from samtale.guide.choices import Choices
    from samtale.guide.elsewhere import resolve_place
    from samtale.guide.languages import language_choices, native
    from samtale.handout import build_page, render_html, render_markdown

    formats: Choices[str] = Choices(kind=Msg.KIND_FORMAT, valid=list(FORMATS))
    formats.add(["md", "markdown"], "md")
    formats.add(["html", "htm"], "html")
    chosen_format = formats.resolve(form)
    run = session(ctx)
    chosen = language_choices(run.country).resolve(language) if language else native(run.country)
    guide, look = run.guide(local=True), run.lookups()
    place = resolve_place(look.places, region, run.country) if region else None
    page = build_page(guide, place, chosen, date.today(), discreet=discreet)
    text = render_html(page) if chosen_format == "html" else render_markdown(page)
    if target is None:
        show(text, chosen_format)
        return
    from samtale.store.files import write_file

    written = write_file(target.expanduser().absolute(), text.encode("utf-8"))
    output.line(t(Msg.HANDOUT_WRITTEN, path=written), err=True)


def show(text: str, form: str) -> None:
    """The page on stdout: read as a page on a terminal (Markdown drawn, long pages paged),
    as its source into a pipe or when HTML is asked for."""

    if form == "html" or not output.is_terminal():
        output.text(text)
        return
    from rich.markdown import Markdown

    from samtale.output.console import console
    from samtale.output.pager import pager

    with pager():
        console().print(Markdown(text))


def register(app: typer.Typer) -> None:
    """Declare the command; help texts are read now, in the run's language."""

    @app.command("handout", cls=SamtaleCommand, help=t(Msg.HELP_HANDOUT))
    def handout(
        ctx: typer.Context,
        region: Annotated[
            str | None,
            typer.Option("--region", "--område", "-r", help=t(Msg.HELP_HANDOUT_REGION)),
        ] = None,
        language: Annotated[
            str | None,
            typer.Option(
                "--language", "--sprog", "--språk", "-l", help=t(Msg.HELP_HANDOUT_LANGUAGE)
            ),
        ] = None,
        output: Annotated[
            Path | None,
            typer.Option(
                "--output", "--fil", "-o", dir_okay=False, help=t(Msg.HELP_HANDOUT_OUTPUT)
            ),
        ] = None,
        form: Annotated[
            str, typer.Option("--format", "-f", help=t(Msg.HELP_HANDOUT_FORMAT))
        ] = "md",
        discreet: Annotated[
            bool, typer.Option("--discreet", "--diskret", help=t(Msg.HELP_HANDOUT_DISCREET))
        ] = False,
    ) -> None:
        write_handout(ctx, region, language, output, form, discreet)
