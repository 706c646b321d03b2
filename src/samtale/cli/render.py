"""Small Rich building blocks for the read commands (imported only when printing)."""

from __future__ import annotations

from datetime import date

from rich.text import Text

from samtale.dates import month_label, years_since
from samtale.guide.models import ContactPoint, Guide, SourceRef
from samtale.messages import t

OLD_AFTER_YEARS = 2


def source_line(guide: Guide, ref: SourceRef) -> str:
    """``Kilde: Social- og Boligstyrelsen, december 2024 – «Tag hul på samtalen»``."""
    source = next(s for s in guide.sources.sources if s.id == ref.doc)
    when = f", {month_label(source.date)}" if source.date else ""
    return t("source.line", publisher=source.publisher, when=when, section=ref.section)


def tag_labels(guide: Guide, tags: list[str]) -> str:
    """Readable Danish names for tags (signs, contexts, age groups, genders)."""
    labels = {sign.id: sign.label for sign in guide.signs.signs}
    labels.update({context.id: context.label for context in guide.contexts.contexts})
    return ", ".join(labels.get(tag) or t(f"tag.{tag}") for tag in tags)


def cell(main: str, *dim: str, bold: bool = False) -> Text:
    """A table cell: `main` text, then dimmed lines; never parsed as Rich markup."""
    text = Text(main, style="bold" if bold else "")
    for line in dim:
        if line:
            text.append("\n" + line, style="dim")
    return text


def contact_text(guide: Guide, point: ContactPoint, today: date) -> Text:
    """One contact point with the age of its source; old ones are marked to be checked."""
    source = next(s for s in guide.sources.sources if s.id == point.source.doc)
    month = source.date or ""
    years = years_since(month, today) if month else None
    label = t(f"contact.{point.kind.value}")
    text = Text(f"{label}: {point.value}")
    if point.note:
        text.append(f" ({point.note})")
    age = t("contact.age", when=month_label(month), years=years) if month else ""
    text.append("\n  " + age, style="dim")
    if years is not None and years >= OLD_AFTER_YEARS:
        text.append(" " + t("contact.check_first"), style="yellow")
    return text
