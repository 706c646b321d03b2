"""`samtale facts`: law, statistics and terms, each with its source; `--sources` gives the
provenance in full (what the prep note's list of sources shortens to one line each)."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Annotated, Any

import typer

from samtale import output
from samtale.cli.localized import SamtaleCommand
from samtale.cli.session import session
from samtale.messages import Msg, t
from samtale.output.console import writer
from samtale.output.pager import paged

if TYPE_CHECKING:
    from samtale.guide.models import Fact, Guide, LawBasis


@paged
def show_facts(ctx: typer.Context, topic: str | None, as_json: bool, sources: bool) -> None:
    from samtale.guide import select

    run = session(ctx)
    guide = run.guide()
    topic_id = run.lookups().fact_topics.resolve(topic) if topic else None
    found = select.facts(guide, topic_id)
    if sources:
        show_sources(guide, found, as_json, with_duties=topic_id in (None, "law"))
        return
    if as_json:
        output.json([asdict(fact) for fact in found])
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


def provenance(guide: Guide, facts: list[Fact], with_duties: bool) -> dict[str, Any]:
    """The documents the facts (and duties) cite, with the sections cited, and each legal
    basis in full: statute, what it was checked against, when, since when, what is open."""
    duties = [item for item in guide.checklist if item.basis] if with_duties else []
    sections: dict[str, dict[str, None]] = {}
    for item in (*facts, *duties):
        sections.setdefault(item.source.doc, {})[item.source.section] = None
    documents = [
        {**asdict(source), "sections": list(sections[source.id])}
        for source in guide.sources
        if source.id in sections
    ]
    law: dict[LawBasis, dict[str, list[str]]] = {}
    for item in (*facts, *duties):
        if item.basis:
            uses = law.setdefault(item.basis, {"facts": [], "duties": []})
            uses["duties" if item in duties else "facts"].append(item.id)
    bases = [{**asdict(basis), **uses} for basis, uses in law.items()]
    return {"sources": documents, "law": bases}


def show_sources(guide: Guide, facts: list[Fact], as_json: bool, with_duties: bool) -> None:
    found = provenance(guide, facts, with_duties)
    if as_json:
        output.json(found)
        return
    from samtale.cli.render import entry, heading
    from samtale.dates import month_label
    from samtale.guide.law import basis_line
    from samtale.guide.models import LawBasis

    out = writer()
    out.write(heading(t(Msg.FACTS_H_SOURCES), first=True, plain=not out.is_terminal))
    for doc in found["sources"]:
        title = f"{doc['publisher']}: {doc['title']} ({month_label(doc['date'])})"
        sections = "; ".join(t(Msg.QUOTE, text=section) for section in doc["sections"])
        address = doc["url"] or doc["web"] or ""
        out.write(entry(title, "", [address, sections], out.width))
    if not found["law"]:
        return
    titles = {item.id: item.title for item in facts}
    titles.update({item.id: item.text.split(":")[0] for item in guide.checklist})
    out.write(heading(t(Msg.FACTS_H_LAW), plain=not out.is_terminal))
    for basis in found["law"]:
        line = basis_line(LawBasis(**{k: basis[k] for k in LawBasis.__dataclass_fields__}))
        used = "; ".join(titles[i] for i in (*basis["facts"], *basis["duties"]))
        out.write(entry(basis["statute"], "", [line, t(Msg.FACTS_USED_BY, items=used)], out.width))


def register(app: typer.Typer) -> None:
    """Declare the command; help texts are read now, in the run's language."""

    @app.command("facts", cls=SamtaleCommand, help=t(Msg.HELP_FACTS))
    def facts(
        ctx: typer.Context,
        topic: Annotated[
            str | None,
            typer.Option("--topic", "--emne", "--ämne", "-t", help=t(Msg.HELP_FACTS_TOPIC)),
        ] = None,
        sources: Annotated[
            bool, typer.Option("--sources", "--kilder", "--källor", help=t(Msg.HELP_FACTS_SOURCES))
        ] = False,
        as_json: Annotated[bool, typer.Option("--json", help=t(Msg.HELP_JSON))] = False,
    ) -> None:
        show_facts(ctx, topic, as_json, sources)
