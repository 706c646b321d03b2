"""The read commands' building blocks: headings, list entries, contact data with its age.

Each returns lines of styled spans (`samtale.output.styled`), so the layout is tested without
a terminal; `table_box` is for the commands that still draw with Rich.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from samtale.dates import month_label, years_since
from samtale.guide.directory import OLD_AFTER_YEARS
from samtale.guide.models import ContactPoint, Guide, SourceRef
from samtale.messages import Msg, t
from samtale.output.styled import Line, Span, wrap

if TYPE_CHECKING:
    from rich.box import Box


def source_line(guide: Guide, ref: SourceRef | None) -> str:
    """``Kilde: Social- og Boligstyrelsen, december 2024 – »Tag hul på samtalen«``."""
    if ref is None:
        return ""
    source = next(s for s in guide.sources if s.id == ref.doc)
    when = f", {month_label(source.date)}" if source.date else ""
    return t(Msg.SOURCE_LINE, publisher=source.publisher, when=when, section=ref.section)


def tag_names(guide: Guide) -> dict[str, str]:
    """Readable names of the sign and context ids, to look tags up in (made once per command)."""
    names = {sign.id: sign.label for sign in guide.signs}
    names.update({context.id: context.label for context in guide.contexts})
    return names


def tag_labels(names: dict[str, str], tags: Sequence[str]) -> str:
    """Readable names for tags (signs, contexts, age groups, genders), in the run's language."""
    return ", ".join(names.get(tag) or t(f"tag.{tag}") for tag in tags)


def heading(text: str, *, first: bool = False, plain: bool = False) -> list[Line]:
    """A section heading: bold, underlined with a rule as wide as the text.

    Every heading but the `first` is set off by a blank line; `plain` output (a pipe)
    underlines with hyphens instead of box-drawing characters.
    """
    rule = ("-" if plain else "─") * len(text)
    return [*([] if first else [[]]), [(text, "bold")], [(rule, "bold")]]


def table_box(is_terminal: bool) -> Box:
    """Boxes on a terminal; into a pipe, spaces (rows still set apart by a blank line)."""
    from rich.box import HEAVY_HEAD, Box

    return HEAVY_HEAD if is_terminal else Box("    \n" * 8)


INDENT = "  "


def indented(lines: Sequence[Sequence[Span]], width: int, depth: int = 1) -> list[Line]:
    """Each line wrapped to `width` with `depth` indents before it and its continuations."""
    lead: Span = (INDENT * depth, "")
    out: list[Line] = []
    for spans in lines:
        out += wrap(spans, width, first=lead, rest=lead)
    return out


def entry(title: str, note: str, lines: Sequence[str | Sequence[Span]], width: int) -> list[Line]:
    """A list entry: a bold title (with a dimmed note), then wrapped, indented lines.

    For prose a hanging-indented list reads better than a narrow table column. A line
    given as text is plain if it comes first and dimmed after; one given as spans keeps
    its styles. Empty lines are left out.
    """
    title_spans: list[Span] = [(title, "bold")]
    if note:
        title_spans.append((f"({note})", "dim"))
    body: list[list[Span]] = []
    for line in lines:
        spans = [(line, "dim" if body else "")] if isinstance(line, str) else list(line)
        if any(text for text, _ in spans):
            body.append(spans)
    return wrap(title_spans, width, first=("• ", "bold"), rest=(INDENT, "")) + indented(body, width)


def source_label(guide: Guide, ref: SourceRef | None) -> str:
    """A contact point's source as a reader can find it: the page's address, or the document."""
    if ref is None:
        return t(Msg.CONTACT_LOCAL_SOURCE)
    source = next(s for s in guide.sources if s.id == ref.doc)
    return source.url or f"{source.publisher}: {source.title}"


def age_spans(as_of: str | None, today: date) -> list[Span]:
    """``Oplyst december 2019 (6 år siden) – tjek før brug``; undated points say so."""
    if as_of is None:
        return [(t(Msg.CONTACT_UNDATED), "dim"), (t(Msg.CONTACT_CHECK_FIRST), "yellow")]
    years = years_since(as_of, today)
    age: list[Span] = [(t(Msg.CONTACT_AGE, when=month_label(as_of), years=years), "dim")]
    if years >= OLD_AFTER_YEARS:
        age.append((t(Msg.CONTACT_CHECK_FIRST), "yellow"))
    return age


def contact_lines(guide: Guide, points: Sequence[ContactPoint], today: date) -> list[list[Span]]:
    """Contact points grouped by source and date, each group followed by its age and source.

    Points older than `OLD_AFTER_YEARS`, and undated ones, are marked to be checked first.
    """
    groups: dict[tuple[str | None, str | None], list[ContactPoint]] = {}
    for point in points:
        doc = point.source.doc if point.source else None
        groups.setdefault((doc, point.as_of), []).append(point)
    lines: list[list[Span]] = []
    for group in groups.values():
        for point in group:
            note = f" ({point.note})" if point.note else ""
            lines.append([(f"{t(f'contact.{point.kind.value}')}: {point.value}{note}", "")])
        lines.append(age_spans(group[0].as_of, today))
        source = source_label(guide, group[0].source)
        lines.append([(t(Msg.CONTACT_SOURCE, source=source), "dim")])
    return lines
