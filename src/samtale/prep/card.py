"""The card: one printed page on top of the note, to have on the table during the meeting.

Pure: plan in, Markdown lines out. The card shows what the plan already chose, shortened:
the opener (named as the question that asks permission when the data marks it `first`),
one or two questions per phase (two only where the second was chosen for this person), the
duty that applies (before anything else when the data lets it lead, as for a minor), the
three best-fitting referrals (with their contact data, or how to reach them), and blanks
for what was agreed.

It lies where the person may see it, so it names nobody and holds none of the
professional's observations. It ends with a thematic break (`CARD_END`): `split_card`
finds it there, for `notes show --card` and for the page break of a printed note.
"""

from __future__ import annotations

from collections.abc import Callable

from samtale.guide.directory import handy_points, reachable_directly
from samtale.guide.models import ChecklistItem, ChecklistKind, ContactPoint, Phrase, Resource
from samtale.guide.select import score
from samtale.messages import Msg, t
from samtale.prep.plan import Plan

CARD_END = "---"
REFERRALS_ON_CARD = 3
OPENING = "opening"
DUTIES = "duties"
SAFETY = "safety"
BLANK = "_" * 24
AGREED_BLANKS = ("agreed", "referred", "next_contact", "safe_contact")


def card_duty(plan: Plan) -> ChecklistItem | None:
    """The first duty of the plan's checklist: the one that applies most (data order)."""
    return next((item for item in plan.checklist if item.kind == ChecklistKind.DUTY), None)


def card_questions(plan: Plan) -> list[tuple[str, list[Phrase]]]:
    """Per phase of the plan, the questions the card shows.

    The first phrase of a phase always; the second only if its tags match this person and
    the phrases are in one language (two languages side by side take twice the room).
    The opening's first phrase is the opener, shown on its own line, so it is left out here;
    so is the duties phase, which the card's duty line already states.
    """
    tags = plan.situation.tags()
    second = 1 if plan.translated else 2
    chosen = []
    for topic, phrases in plan.conversation:
        if topic.id == DUTIES:
            continue
        rest = list(phrases[1:] if topic.id == OPENING else phrases)
        shown = rest[:1] + [p for p in rest[1:second] if score(p.fits, tags)]
        if shown:
            chosen.append((topic.label, shown))
    return chosen


def card_referrals(plan: Plan) -> list[Resource]:
    """The best-fitting referrals: those the data lets lead (youth services for a minor)
    first, then the organisation's own checked offers (local, which the plan admitted
    for this person), then by how many of their tags match the person, the plan's order
    otherwise (nearby before national).

    Fit decides, not contact data: an offer that fits but has no contact point in the
    sources stays on the card with the line that says how to reach it, rather than give
    way to whatever has a phone number. Only when none of the chosen has contact data
    does the last place go to the best-fitting offer that has, so the card always holds
    one number or address to hand over.
    """
    tags = plan.situation.tags()
    ranked = sorted(
        plan.referrals,
        key=lambda resource: (
            not tags.intersection(resource.lead_when),
            not resource.local,
            -score(resource.fits, tags),
        ),
    )
    chosen = ranked[:REFERRALS_ON_CARD]
    reachable = next((r for r in ranked if r.contact), None)
    if len(chosen) == REFERRALS_ON_CARD and reachable and not any(r.contact for r in chosen):
        chosen[-1] = reachable
    return chosen


def render_card(
    plan: Plan,
    contact: Callable[[tuple[ContactPoint, ...]], str],
    reach: Callable[[Resource], str] = lambda resource: "",
    second: bool = True,
) -> list[str]:
    """The card's Markdown lines, ending with `CARD_END` and a blank line.

    `contact` formats an offer's points the way the note does (with their date and age), so
    the card and the referral section can never disagree; the card leaves out the source.
    `reach` gives an offer's route through another one (`reach_via`), shown after its own
    points, so an offer without a current contact still says whom to call. A point older
    than `DOUBTFUL_AFTER_YEARS` stays off the card when the offer has a newer one.
    Without `second` the card shows one question per phase (a note short of room).
    """
    out = [f"## {t(Msg.CARD_TITLE)}", "", f"*{t(Msg.CARD_INTRO)}*", ""]
    duty = card_duty(plan)
    leads = duty is not None and bool(plan.situation.tags().intersection(duty.lead_when))
    duty_lines = [] if duty is None else [_duty(duty, leads), ""]
    if leads:
        out += duty_lines
    opening = next((phrases for topic, phrases in plan.conversation if topic.id == OPENING), ())
    if opening:
        # A phrase the data puts `first` asks permission to talk at all; the card says so.
        label = t(Msg.CARD_OPENER_PERMISSION if opening[0].first else Msg.CARD_OPENER)
        out += [f"**{label}** {_said(plan, opening[0])}", ""]
    if not leads:
        out += duty_lines

    questions = card_questions(plan)
    if questions:
        out += [f"### {t(Msg.CARD_QUESTIONS)}", ""]
    for label, phrases in questions:
        out.append(f"- **{label}**")
        out += [f"  - {_said(plan, phrase)}" for phrase in phrases[: 2 if second else 1]]
    if questions:
        out.append("")

    out += [f"### {t(Msg.CARD_REFERRALS)}", ""]
    referrals = card_referrals(plan)
    for resource in referrals:
        shown = handy_points(resource, plan.day)
        route = "" if reachable_directly(resource, plan.day) else reach(resource)
        points = "; ".join(filter(None, [contact(shown), route]))
        out.append(f"- **{resource.name}**: {points or t(Msg.RESOURCES_NO_CONTACT)}")
    if not referrals:
        out.append(t(Msg.NOTE_NO_REFERRALS))
    out.append("")

    out += [f"### {t(Msg.CARD_AGREED)}", ""]
    out += [f"- {t(f'card.blank.{key}')} {BLANK}" for key in AGREED_BLANKS]
    return [*out, "", CARD_END, ""]


def _said(plan: Plan, phrase: Phrase) -> str:
    """The phrase in the conversation language, the guide's own text beside it if it differs."""
    if not plan.translated:
        return phrase.text
    return f"{plan.say(phrase)} *({t(Msg.PHRASES_IN_OWN_LANGUAGE, text=phrase.text)})*"


def _duty(item: ChecklistItem, leads: bool) -> str:
    label = t(Msg.CARD_DUTY_FIRST if leads else Msg.CARD_DUTY, law=item.law or "")
    return f"**{label}** {item.how_to_tell or item.text}"


def split_card(text: str) -> tuple[str, str] | None:
    """A note's text as (card, the rest), or None for a note made before cards existed.

    The card is the level-2 section that opens the note, before its level-1 title, and
    runs to the first `CARD_END` line; the metadata line above it belongs to neither part.
    The check reads structure, not words, so it holds in every language.
    """
    lines = text.split("\n")
    first = 1 if lines[0].startswith("<!--") else 0
    start = next((i for i in range(first, len(lines)) if lines[i].strip()), None)
    if start is None or not lines[start].startswith("## "):
        return None
    try:
        end = lines.index(CARD_END, start)
    except ValueError:
        return None
    card = "\n".join(lines[start:end]).rstrip() + "\n"
    rest = "\n".join(lines[end + 1 :]).lstrip("\n")
    return card, rest
