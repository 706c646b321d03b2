"""`samtale phrases`: neutral questions and statements for one phase of the conversation."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

import typer

from samtale import output
from samtale.cli.localized import SamtaleCommand
from samtale.cli.session import session
from samtale.messages import Msg, t
from samtale.output.console import writer
from samtale.output.pager import paged


@paged
def show_phrases(
    ctx: typer.Context,
    topic: str | None,
    context: str | None,
    search: str | None,
    language: str | None,
    as_json: bool,
) -> None:
    from samtale.guide import select
    from samtale.guide.languages import language_choices, native, spoken, spoken_texts

    run = session(ctx)
    chosen = language_choices(run.country).resolve(language) if language else None
    guide, look = run.guide(), run.lookups()
    topic_id = look.topics.resolve(topic) if topic else None
    context_id = look.contexts.resolve(context) if context else None
    texts = spoken_texts(guide, chosen or native(guide.country))
    found = select.phrases(guide, topic=topic_id, context=context_id, search=search, texts=texts)
    if as_json:
        output.json(
            [
                {**asdict(phrase), "spoken": {"language": chosen, "text": spoken(phrase, texts)}}
                if texts
                else asdict(phrase)
                for phrase in found
            ]
        )
        return
    out = writer()
    if not found:
        out.say(t(Msg.PHRASES_NONE))
        return
    from samtale.cli.render import entry, heading, source_line, tag_labels, tag_names

    topics = {item.id: item for item in guide.topics}
    names = tag_names(guide)
    for number, topic_key in enumerate(dict.fromkeys(phrase.topic for phrase in found)):
        out.write(heading(topics[topic_key].label, first=not number, plain=not out.is_terminal))
        for phrase in (p for p in found if p.topic == topic_key):
            fits = tag_labels(names, phrase.fits) or t(Msg.PHRASES_GENERAL)
            lines = [
                t(Msg.PHRASES_IN_OWN_LANGUAGE, text=phrase.text) if texts else "",
                [(t(Msg.PHRASES_FITS, tags=fits), "dim")],
                source_line(guide, phrase.source),
            ]
            out.write(entry(spoken(phrase, texts), "", lines, out.width))


def register(app: typer.Typer) -> None:
    """Declare the command; help texts are read now, in the run's language."""

    @app.command("phrases", cls=SamtaleCommand, help=t(Msg.HELP_PHRASES))
    def phrases(
        ctx: typer.Context,
        topic: Annotated[
            str | None,
            typer.Option("--topic", "--emne", "--ämne", "-t", help=t(Msg.HELP_PHRASES_TOPIC)),
        ] = None,
        context: Annotated[
            str | None,
            typer.Option(
                "--context", "--kontekst", "--kontext", "-c", help=t(Msg.HELP_PHRASES_CONTEXT)
            ),
        ] = None,
        search: Annotated[
            str | None,
            typer.Option("--search", "--søg", "--sök", "-s", help=t(Msg.HELP_PHRASES_SEARCH)),
        ] = None,
        language: Annotated[
            str | None,
            typer.Option(
                "--language", "--sprog", "--språk", "-l", help=t(Msg.HELP_PHRASES_LANGUAGE)
            ),
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help=t(Msg.HELP_JSON))] = False,
    ) -> None:
        show_phrases(ctx, topic, context, search, language, as_json)
