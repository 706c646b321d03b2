"""Small Rich building blocks for the read commands (imported only when printing)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from rich.text import Text

from samtale.dates import month_label, years_since
from samtale.guide.models import ContactPoint, Guide, SourceRef
from samtale.messages import t

if TYPE_CHECKING:
    from rich.box import Box

OLD_AFTER_YEARS = 2


def source_line(guide: Guide, ref: SourceRef | None) -> str:
    """``Kilde: Social- og Boligstyrelsen, december 2024 – «Tag hul på samtalen»``."""
    if ref is None:
        return ""
    source = next(s for s in guide.sources if s.id == ref.doc)
    when = f", {month_label(source.date)}" if source.date else ""
    return t("source.line", publisher=source.publisher, when=when, section=ref.section)


def tag_labels(guide: Guide, tags: list[str]) -> str:
    """Readable Danish names for tags (signs, contexts, age groups, genders)."""
    labels = {sign.id: sign.label for sign in guide.signs}
    labels.update({context.id: context.label for context in guide.contexts})
    return ", ".join(labels.get(tag) or t(f"tag.{tag}") for tag in tags)


def heading(text: str, *, first: bool = False, plain: bool = False) -> Text:
    """A section heading: bold, underlined with a rule as wide as the text.

    Every heading but the `first` is set off by a blank line; `plain` output (a pipe)
    underlines with hyphens instead of box-drawing characters.
    """
    rule = ("-" if plain else "─") * len(text)
    return Text(f"{'' if first else chr(10)}{text}\n{rule}", style="bold")


def table_box(is_terminal: bool) -> Box:
    """Boxes on a terminal; into a pipe, spaces (rows still set apart by a blank line)."""
    from rich.box import HEAVY_HEAD, Box

    return HEAVY_HEAD if is_terminal else Box("    \n" * 8)


def entry(title: str, note: str, lines: list[str], width: int) -> Text:
    """A list entry: a bold title (with a dimmed note), then wrapped, indented lines.

    For prose a hanging-indented list reads better than a narrow table column, and it
    renders in a fraction of the time.
    """
    import textwrap

    text = Text(f"• {title}", style="bold")
    if note:
        text.append(f"  ({note})", style="dim")
    for number, line in enumerate(line for line in lines if line):
        style = "dim" if number else ""
        for wrapped in textwrap.wrap(line, width=max(width - 2, 20)):
            text.append(f"\n  {wrapped}", style=style)
    return text


def cell(main: str, *dim: str, bold: bool = False) -> Text:
    """A table cell: `main` text, then dimmed lines; never parsed as Rich markup."""
    text = Text(main, style="bold" if bold else "")
    for line in dim:
        if line:
            text.append("\n" + line, style="dim")
    return text


def source_label(guide: Guide, ref: SourceRef | None) -> str:
    """A contact point's source as a reader can find it: the page's address, or the document."""
    if ref is None:
        return t("contact.local_source")
    source = next(s for s in guide.sources if s.id == ref.doc)
    return source.url or f"{source.publisher}: {source.title}"


def age_text(as_of: str | None, today: date) -> Text:
    """``Oplyst december 2019 (6 år siden) – tjek før brug``; undated points say so."""
    if as_of is None:
        text = Text(t("contact.undated"), style="dim")
        text.append(" " + t("contact.check_first"), style="yellow")
        return text
    years = years_since(as_of, today)
    text = Text(t("contact.age", when=month_label(as_of), years=years), style="dim")
    if years >= OLD_AFTER_YEARS:
        text.append(" " + t("contact.check_first"), style="yellow")
    return text


def contact_text(guide: Guide, points: Sequence[ContactPoint], today: date) -> Text:
    """Contact points grouped by source and date, each group followed by its age and source.

    Points older than `OLD_AFTER_YEARS`, and undated ones, are marked to be checked first.
    """
    groups: dict[tuple[str | None, str | None], list[ContactPoint]] = {}
    for point in points:
        doc = point.source.doc if point.source else None
        groups.setdefault((doc, point.as_of), []).append(point)
    text = Text(overflow="fold")
    for group in groups.values():
        if text:
            text.append("\n")
        for point in group:
            note = f" ({point.note})" if point.note else ""
            text.append(f"{t(f'contact.{point.kind.value}')}: {point.value}{note}\n")
        text.append(age_text(group[0].as_of, today))
        text.append("\n" + t("contact.source", source=source_label(guide, group[0].source)), "dim")
    return text
