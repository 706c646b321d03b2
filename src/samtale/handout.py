"""The page a person can take away: the help that exists where they live, and their rights.

Pure: guide, place, language and day in; a `Page` and its Markdown or HTML out. Nothing
about the person goes in, so nothing about them can come out: the page depends only on the
place, the language and the data.

A discreet page leaves out every line holding a word of the data's `revealing` lists (an
offer whose name gives the subject away, a contact point such as a web address, a right),
and uses titles written without such words. That is what makes it safe to carry if someone
goes through the person's belongings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from samtale.guide import select
from samtale.guide.languages import native
from samtale.guide.models import ContactPoint, Guide, HandoutWords, Resource, Status
from samtale.guide.places import Place
from samtale.guide.text import fold

OLD_AFTER_YEARS = 2
# What fits on one printed page beside the rights: every offer nearby, national ones after.
MAX_OFFERS = 12


@dataclass(frozen=True)
class Contact:
    label: str
    value: str
    note: str
    as_of: str  # "as of March 2009", in the page's language


@dataclass(frozen=True)
class Offer:
    name: str
    services: tuple[str, ...]
    marks: tuple[str, ...]  # "free", "you can stay anonymous"
    contact: tuple[Contact, ...]


@dataclass(frozen=True)
class Page:
    """One printable page in one language."""

    language: str
    title: str
    intro: str
    sections: tuple[tuple[str, tuple[Offer, ...]], ...]
    check_first: str  # shown when some contact data is older than OLD_AFTER_YEARS
    no_offers: str
    rights_heading: str
    rights: tuple[str, ...]
    footer: str


def reveals(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` holds one of `words` (any case and spelling of æ/ø/å, within words)."""
    folded = fold(text)
    return any(fold(word) in folded for word in words)


def _month(as_of: str | None, words: HandoutWords) -> str:
    if not as_of:
        return words.undated
    year, number = as_of[:7].split("-")
    return words.as_of.format(month=f"{words.months[int(number) - 1]} {year}")


def _old(as_of: str | None, day: date) -> bool:
    if not as_of:
        return True
    year, number = (int(part) for part in as_of[:7].split("-"))
    return (day.year - year) * 12 + day.month - number >= OLD_AFTER_YEARS * 12


def _contact(point: ContactPoint, words: HandoutWords, own_language: bool) -> Contact:
    # Notes are written in the guide's own language: on a page in another one they would
    # be a line the person cannot read, so they are left out there.
    note = point.note if own_language and point.note else ""
    label = getattr(words, point.kind.value)
    return Contact(label, point.value, note, _month(point.as_of, words))


def shown_name(name: str, own_language: bool) -> str:
    """An offer's name on the page: what follows a dash says what the offer is, in the
    guide's own language ("– national hotline om vold i nære relationer"); on a page in
    another language the name stands alone and the services say it."""
    return name if own_language else name.split(" – ")[0]


def offers(guide: Guide, place: Place | None) -> list[Resource]:
    """The current offers for citizens that cover `place` and can be reached: with contact
    data (without a place, only national ones). Nearby ones come first."""
    return [
        resource
        for resource in select.resources(guide, place=place)
        if resource.status == Status.ACTIVE
        and resource.for_citizens
        and resource.contact
        and (place is not None or resource.coverage == "national")
    ]


def build_page(
    guide: Guide, place: Place | None, language: str, day: date, discreet: bool = False
) -> Page:
    """The page for `place` in `language` (one of the guide's conversation languages)."""
    handout = guide.handout
    words = next(entry for entry in handout.words if entry.language == language)
    # Names, addresses and notes stay in the guide's own language on every page, so the
    # words of every language are looked for.
    hidden = tuple(word for entry in handout.revealing for word in entry.words)
    own_language = language == native(guide.country)
    labels = {service.id: service.label for service in guide.services}
    labels.update({label.id: label.label for label in words.services})
    skipped = set(handout.not_for_the_person)

    def shown(text: str) -> bool:
        return not (discreet and reveals(text, hidden))

    nearby: list[Offer] = []
    national: list[Offer] = []
    old = False
    for resource in offers(guide, place):
        if not shown(resource.name):
            continue
        points = [
            point for point in resource.contact if shown(point.value) and shown(point.note or "")
        ]
        if not points:
            continue
        old = old or any(_old(point.as_of, day) for point in points)
        marks = [words.free] if resource.free else []
        marks += [words.anonymous] if resource.anonymous else []
        offer = Offer(
            name=shown_name(resource.name, own_language),
            services=tuple(
                label
                for label in (labels[s] for s in resource.services if s not in skipped)
                if shown(label)
            ),
            marks=tuple(marks),
            contact=tuple(_contact(point, words, own_language) for point in points),
        )
        (national if resource.coverage == "national" else nearby).append(offer)

    # Free or anonymous national offers first when they do not all fit on the page.
    national.sort(key=lambda offer: not offer.marks)
    national = national[: max(MAX_OFFERS - len(nearby), 0)]
    place_name = place.name if place else ""
    sections = []
    if nearby:
        sections.append((words.nearby.format(place=place_name), tuple(nearby)))
    if national:
        sections.append((words.national, tuple(national)))
    if discreet:
        title = words.discreet_title if place else words.discreet_title_national
        intro = words.discreet_intro
    else:
        title = words.title if place else words.title_national
        intro = words.intro
    rights = tuple(
        text
        for right in handout.rights
        for text in (w.text for w in right.texts if w.language == language)
        if shown(text)
    )
    day_text = words.day.format(day=day.day, month=words.months[day.month - 1], year=day.year)
    return Page(
        language=language,
        title=title.format(place=place_name),
        intro=" ".join(intro.split()),
        sections=tuple(sections),
        check_first=words.check_first if old else "",
        no_offers=words.no_offers,
        rights_heading=words.rights,
        rights=rights,
        footer=words.footer.format(day=day_text),
    )


def render_markdown(page: Page) -> str:
    """The page as CommonMark, ending in a newline. Data text is escaped like user text."""
    from samtale.prep.render import escape

    out = [f"# {escape(page.title)}", "", escape(page.intro), ""]
    for heading, found in page.sections:
        out += [f"## {escape(heading)}", ""]
        for offer in found:
            about = ", ".join((*offer.services, *offer.marks))
            out.append(f"**{escape(offer.name)}**" + (f" – {escape(about)}" if about else ""))
            out.append("")
            for contact in offer.contact:
                note = f" ({escape(contact.note)})" if contact.note else ""
                out.append(
                    f"- {escape(contact.label)}: {escape(contact.value)}{note}, "
                    f"{escape(contact.as_of)}"
                )
            out.append("")
    if not page.sections:
        out += [escape(page.no_offers), ""]
    elif page.check_first:
        out += [f"*{escape(page.check_first)}*", ""]
    if page.rights:
        out += [f"## {escape(page.rights_heading)}", ""]
        out += [f"- {escape(right)}" for right in page.rights]
        out.append("")
    out.append(f"*{escape(page.footer)}*")
    return "\n".join(out) + "\n"


def render_html(page: Page) -> str:
    """The page as one self-contained HTML page that loads nothing (see prep.printable)."""
    from samtale.prep.printable import html_page

    return html_page(render_markdown(page), page.title, page.language)
