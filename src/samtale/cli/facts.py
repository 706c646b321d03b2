"""`samtale facts`: law, statistics and terms, each with its source."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

import typer

from samtale.cli.common import print_json, writer
from samtale.cli.localized import SamtaleCommand
from samtale.cli.session import session
from samtale.messages import t


def show_facts(
    ctx: typer.Context,
    topic: str | None,
    as_json: bool,
) -> None:
    from samtale.guide import select

    run = session(ctx)
    guide = run.guide()
    topic_id = run.lookups().fact_topics.resolve(topic) if topic else None
    found = select.facts(guide, topic_id)
    if as_json:
        print_json([asdict(fact) for fact in found])
        return
    from samtale.cli.render import entry, heading, source_line
    from samtale.guide.law import basis_line

    out = writer()
    for number, key in enumerate(dict.fromkeys(fact.topic for fact in found)):
        title = t(f"facts.title.{key.value}")
        out.write(heading(title, first=not number, plain=not out.is_terminal))
        for fact in (f for f in found if f.topic == key):
            lines = [fact.text]
            if fact.basis:
                lines.append(basis_line(fact.basis))
            lines.append(source_line(guide, fact.source))
            out.write(entry(fact.title, "", lines, out.width))


def register(app: typer.Typer) -> None:
    """Declare the command; help texts are read now, in the run's language."""

    @app.command("facts", cls=SamtaleCommand, help=t("help.facts"))
    def facts(
        ctx: typer.Context,
        topic: Annotated[
            str | None,
            typer.Option("--topic", "--emne", "--ämne", "-t", help=t("help.facts.topic")),
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help=t("help.json"))] = False,
    ) -> None:
        show_facts(ctx, topic, as_json)
