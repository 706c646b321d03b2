"""Render a plan as the private prep note: CommonMark, sections in docs/design.md's order.

Pure: plan in, text out. What the professional typed goes through `escape`
(`samtale.store.text.markdown_inline`), so it can never turn into markup, links, HTML or a
block (heading, list, quote, rule) in whatever viewer opens the note.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from samtale.dates import day_label, month_label, years_since
from samtale.guide.directory import DOUBTFUL_AFTER_YEARS, reachable_directly, route
from samtale.guide.models import (
    ChecklistItem,
    ChecklistKind,
    ContactPoint,
    Guide,
    Resource,
    SourceRef,
)
from samtale.guide.places import coverage_label
from samtale.messages import Msg, t
from samtale.prep.budget import ROOMS, WORD_BUDGET, Room
from samtale.prep.card import OPENING, card_duty, card_questions, card_referrals, render_card
from samtale.prep.local_offers import local_offers_as_text
from samtale.prep.plan import Plan
from samtale.prep.sources import SourceList, source_list
from samtale.store.notes import meta_line
from samtale.store.text import markdown_inline as escape


def contact_line(point: ContactPoint, day: date, *, brief: bool = False) -> str:
    """One contact point with its own date and how old that is; `brief` (the card) leaves
    out the point's own note, which the note's referral section gives."""
    label = t(f"contact.{point.kind.value}")
    note = f" ({point.note})" if point.note and not brief else ""
    if point.as_of is None:
        return t(Msg.NOTE_CONTACT_UNDATED, label=label, value=point.value, note=note)
    age = years_since(point.as_of, day)
    line = t(
        Msg.NOTE_CONTACT,
        label=label,
        value=point.value,
        note=note,
        when=month_label(point.as_of),
        years=t(Msg.NOTE_YEARS_OLD, years=age),
    )
    # A very old number is a warning, not just a date: it may reach no one.
    return f"{line} {t(Msg.NOTE_CONTACT_DOUBTFUL)}" if age >= DOUBTFUL_AFTER_YEARS else line


def reach_line(resource: Resource, guide: Guide, day: date, *, brief: bool = False) -> str:
    """How to reach an offer through another one (its `reach_via`), with that contact's
    date; "" when it names no route. `brief` leaves out why (the card has one line)."""
    found = route(resource, guide.resources)
    if found is None:
        return ""
    contact = contact_line(found.point, day, brief=brief)
    if brief:
        return t(Msg.CARD_REACH_VIA, name=found.via.name, contact=contact)
    return t(Msg.NOTE_REACH_VIA, name=found.via.name, note=found.note, contact=contact)


def _quoted(word: str) -> str:
    """A word for the shell: shlex quotes every non-ASCII name; a shell needs less."""
    import shlex

    return word if re.fullmatch(r"[\w.-]+", word) else shlex.quote(word)


def _samtale(guide: Guide, *words: str) -> str:
    """A `samtale` command line for the note's country."""
    country = ["--country", guide.country] if guide.country != "dk" else []
    return " ".join(["samtale", *country, *words])


def contact_lines(points: tuple[ContactPoint, ...], day: date, *, brief: bool = False) -> str:
    """Several contact points on one line; a date they share is said once, after the last.
    `brief` (the card) leaves out the points' own notes."""
    dates = {point.as_of for point in points}
    if len(points) < 2 or len(dates) != 1 or None in dates:
        return "; ".join(contact_line(point, day, brief=brief) for point in points)
    bare = [
        t(
            Msg.NOTE_CONTACT_BARE,
            label=t(f"contact.{point.kind.value}"),
            value=point.value,
            note=f" ({point.note})" if point.note and not brief else "",
        )
        for point in points[:-1]
    ]
    return "; ".join([*bare, contact_line(points[-1], day, brief=brief)])


def handout_command(plan: Plan, guide: Guide) -> str:
    """The `samtale handout` command for the person's place and conversation language."""
    words = ["handout"]
    if plan.situation.place:
        words += ["--region", _quoted(plan.situation.place.name)]
    return _samtale(guide, *words, "--language", plan.language)


def render_note(plan: Plan, guide: Guide) -> str:
    """The whole note as markdown text, ending in a newline.

    Short by design: the card, then for this person what the card does not already say,
    within `WORD_BUDGET` words (`Room`); what is left out is one command away, and the
    note says which commands.
    """
    for room in ROOMS:
        text = _note(plan, guide, room)
        if len(text.split()) <= WORD_BUDGET:
            break
    return text


def _note(plan: Plan, guide: Guide, room: Room) -> str:
    situation = plan.situation
    meta = meta_line(
        {
            "citizen": situation.citizen,
            "date": plan.day.isoformat(),
            "region": situation.place.name if situation.place else "",
            "age_group": situation.age_group.value,
            "country": guide.country,
            "referrals": [resource.name for resource in plan.referrals],
        }
    )
    # After the metadata, which keeps the names as given, the note shows them as text.
    plan = local_offers_as_text(plan)
    shown = replace(plan, facts=plan.facts[: room.facts])
    sources = source_list(
        shown, guide, _samtale(guide, "facts", "--sources"), _shown_refs(shown, room)
    )
    out = [
        meta,
        "",
        *render_card(
            plan,
            lambda points: contact_lines(points, plan.day, brief=True),
            lambda resource: reach_line(resource, guide, plan.day, brief=True),
            second=room.card_second,
        ),
        *_title(plan),
        *_observations(plan, guide, room.explanations),
        *_checklist(plan, sources, room),
        *_conversation(plan, room),
        *_referrals(plan, guide, sources, room.referral_details, room.for_you_details),
        *_facts(shown, sources, guide),
        f"## {t(Msg.NOTE_H_FOLLOW_UP)}",
        "",
        t(Msg.NOTE_FOLLOW_UP_ON_CARD),
        "",
        *(f"- [ ] {t(f'note.follow_up.{key}')}" for key in FOLLOW_UP),
        "",
        _left_out(plan, guide),
        "",
        f"## {t(Msg.NOTE_H_SOURCES)}",
        "",
        *(f"- {line}" for line in sources.lines),
    ]
    return "\n".join(out).rstrip() + "\n"


def _shown_refs(plan: Plan, room: Room) -> list[SourceRef | None]:
    """Where what the note shows comes from (the referrals' contact data included)."""
    on_card = card_referrals(plan)  # their sources carry no mark on the card
    listed = [r for r in plan.referrals if r not in on_card] if room.referral_details else []
    for_you = [r for r in plan.for_professionals if r not in plan.referrals]
    resources = [*listed, *(for_you if room.for_you_details else ())]
    duties = [item for item in plan.checklist if item.kind == ChecklistKind.DUTY]
    advice = [
        *(o.sign.source for o in plan.observations),
        *(item.source for item in plan.checklist),
        *(phrase.source for _, phrases in plan.conversation for phrase in phrases),
    ]
    return [
        *(advice if room.advice_sources else (item.source for item in duties)),
        *(resource.source for resource in resources),
        *(point.source for resource in resources for point in resource.contact),
        *(fact.source for fact in plan.facts),
    ]


# What the card's blanks do not already ask for.
FOLLOW_UP = ("consent_to_share", "case_record")


def _title(plan: Plan) -> list[str]:
    situation = plan.situation
    not_given = t(Msg.NOTE_NOT_GIVEN)
    lines = [
        f"# {t(Msg.NOTE_TITLE, citizen=escape(situation.citizen))}",
        "",
        f"- {t(Msg.NOTE_DATE)}: {day_label(plan.day)}",
        f"- {t(Msg.NOTE_ROLE)}: {escape(situation.role) or not_given}",
        f"- {t(Msg.NOTE_AGE_GROUP)}: {t(f'tag.{situation.age_group.value}')}",
        f"- {t(Msg.NOTE_AREA)}: {situation.place.name if situation.place else not_given}",
    ]
    if plan.translated:  # the guide's own language goes without saying
        lines.append(f"- {t(Msg.NOTE_LANGUAGE)}: {t(f'language.{plan.language}')}")
    if situation.interpreter:
        lines.append(f"- {t(Msg.NOTE_INTERPRETER)}: {t(Msg.NOTE_INTERPRETER_YES)}")
    return [*lines, "", f"> {t(Msg.NOTE_BANNER)}", ""]


def _observations(plan: Plan, guide: Guide, explanations: int) -> list[str]:
    """The signs with the professional's own words, and a few other explanations."""
    tags = {sign.id: sign.label for sign in guide.signs}
    out = [f"## {t(Msg.NOTE_H_OBSERVATIONS)}", ""]
    if plan.observations:  # the reminder that signs are no findings, where there are signs
        out += [t(Msg.NOTE_OBSERVATIONS_INTRO), ""]
    for observation in plan.observations:
        if observation.text:
            out.append(f"- **{tags[observation.sign.id]}**: {escape(observation.text)}")
    bare = [tags[o.sign.id] for o in plan.observations if not o.text]
    if bare:
        out.append(f"- {t(Msg.NOTE_ALSO_CHOSEN, signs='; '.join(bare))}")
    if not plan.observations:
        out.append(f"- _{t(Msg.NOTE_NO_OBSERVATIONS)}_")
    own = escape(plan.situation.other_explanations) or f"_{t(Msg.NOTE_FILL_IN)}_"
    out += ["", f"### {t(Msg.NOTE_H_OTHER_EXPLANATIONS)}", "", own, ""]
    explained = sorted(
        (o for o in plan.observations if o.sign.other_explanations), key=lambda o: not o.text
    )
    for observation in explained[:explanations]:
        out.append(f"- {tags[observation.sign.id]}: {observation.sign.other_explanations}")
    if len(explained) > explanations:
        more = len(explained) - explanations
        command = _samtale(guide, "signs")
        out.append(f"- {t(Msg.NOTE_MORE_EXPLANATIONS, count=more, command=command)}")
    return [*out, ""] if explained else out


def _checklist(plan: Plan, sources: SourceList, room: Room) -> list[str]:
    """Every item that applies, each by its first sentence (the data writes the instruction
    first); the duty the card leads with in full. A duty names its law and its sources, and
    how to tell the person about it unless the card already says how."""
    on_card = card_duty(plan)
    out = [f"## {t(Msg.NOTE_H_CHECKLIST)}", ""]
    steps = [item for item in plan.checklist if item.kind != ChecklistKind.DUTY]
    kept = steps_kept(steps, room.steps)
    for item in plan.checklist:
        if item.kind != ChecklistKind.DUTY:
            if item in kept:
                out.append(f"- [ ] {first_sentence(item.text)}")
            continue
        full = item is on_card and room.duty_in_full
        text = item.text if full else first_sentence(item.text)
        out.append(f"- [ ] {text} ({item.law}){sources.mark(item.source, basis=item.basis)}")
        if room.tell and item is not on_card and item.how_to_tell:
            out.append(f"  *{t(Msg.NOTE_HOW_TO_TELL)}:* {first_sentence(item.how_to_tell)}")
    if len(steps) > room.steps:
        out.append(t(Msg.NOTE_MORE_STEPS, count=len(steps) - room.steps))
    return [*out, ""]


def steps_kept(steps: list[ChecklistItem], room: int) -> list[ChecklistItem]:
    """The `room` steps a note shows: those chosen for this person (a `when` in the data)
    before the general ones every note has, each group in the plan's order."""
    if len(steps) <= room:
        return steps
    ranked = sorted(steps, key=lambda item: not item.when)[:room]
    return [item for item in steps if item in ranked]


# A first sentence shorter than this says too little alone ("Hold flere forklaringer åbne.").
SHORT_SENTENCE = 6


# A full stop, then a capital: a new sentence, unless the stop ends an abbreviation that a
# capital may follow ("6 kap. BrB", "jf. Barnets lov").
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!kap\.)(?<!jf\.)(?<!nr\.)(?<!fx\.)\s+(?=[A-ZÆØÅÄÖ])")


def first_sentence(text: str) -> str:
    """The text's first sentence, or its first two when the first is very short."""
    parts = _SENTENCE_END.split(text, maxsplit=2)
    if len(parts) > 1 and len(parts[0].split()) < SHORT_SENTENCE:
        return f"{parts[0]} {parts[1]}"
    return parts[0]


def _conversation(plan: Plan, room: Room) -> list[str]:
    """Per phase the questions the card does not show, up to `room.questions` with the card's."""
    card = {label: phrases for label, phrases in card_questions(plan)}
    phases: list[str] = []
    for topic, phrases in plan.conversation:
        on_card = list(card.get(topic.label, ()))[: 2 if room.card_second else 1]
        if topic.id == OPENING and phrases:
            on_card.append(phrases[0])  # the opener
        rest = [phrase for phrase in phrases if phrase not in on_card]
        rest = rest[: max(room.questions - len(on_card), 0)]
        if rest:
            phases += [f"### {topic.label}", ""]
        for phrase in rest:
            phases.append(f"- {plan.say(phrase)}")
            if plan.translated:
                phases.append(f"  *{t(Msg.PHRASES_IN_OWN_LANGUAGE, text=phrase.text)}*")
        if rest:
            phases.append("")
    if not phases:  # every question chosen is on the card
        return [f"## {t(Msg.NOTE_H_CONVERSATION)}", "", t(Msg.NOTE_QUESTIONS_ON_CARD), ""]
    out = [f"## {t(Msg.NOTE_H_CONVERSATION)}", "", t(Msg.NOTE_CONVERSATION_CARD), ""]
    if plan.translated:
        out += [t(Msg.NOTE_CONVERSATION_IN, language=t(f"language.{plan.language}")), ""]
    return [*out, *phases]


def _referral(resource: Resource, guide: Guide, sources: SourceList, day: date) -> str:
    """One referral on one line: where it helps, how to reach it, its sources."""
    where = coverage_label(resource.coverage, guide.places, resource.lies_in)
    local = f"{t(Msg.NOTE_LOCAL_SHORT)}; " if resource.local else ""
    route = (
        "" if reachable_directly(resource, day) else reach_line(resource, guide, day, brief=True)
    )
    reach = "; ".join(filter(None, [contact_lines(resource.contact, day), route]))
    refs = [resource.source, *(point.source for point in resource.contact)]
    mark = sources.mark(*refs, local=resource.local)
    return f"- **{resource.name}** ({local}{where}): {reach or t(Msg.NOTE_NO_CONTACT)}{mark}"


def _referrals(
    plan: Plan, guide: Guide, sources: SourceList, details: bool, for_you: bool
) -> list[str]:
    """The referrals the card does not show, a line each (or only their names, when the
    note is short of room); then those for the professional."""
    on_card = card_referrals(plan)
    out = [f"## {t(Msg.NOTE_H_REFERRALS)}", ""]
    if on_card:
        out += [t(Msg.NOTE_REFERRALS_ON_CARD, names=", ".join(r.name for r in on_card)), ""]
    rest = [r for r in plan.referrals if r not in on_card]
    if details:
        out += [_referral(r, guide, sources, plan.day) for r in rest]
    elif rest:
        out.append(t(Msg.NOTE_REFERRALS_MORE, names=", ".join(r.name for r in rest)))
    if not plan.referrals:
        out.append(t(Msg.NOTE_NO_REFERRALS))
    out += ["", t(Msg.NOTE_HANDOUT, command=handout_command(plan, guide)), ""]
    # Offers only for the professional; referrals that advise professionals too are not
    # named again.
    others = [r for r in plan.for_professionals if r not in plan.referrals]
    if others:
        out += [f"### {t(Msg.NOTE_H_FOR_YOU)}", ""]
        if for_you:
            out += [_referral(r, guide, sources, plan.day) for r in others]
        else:
            out.append(t(Msg.NOTE_REFERRALS_MORE, names=", ".join(r.name for r in others)))
        out.append("")
    return out


def _facts(plan: Plan, sources: SourceList, guide: Guide) -> list[str]:
    """The facts the note has room for, each with its source mark."""
    out = [f"## {t(Msg.NOTE_H_FACTS)}", ""]
    out += [
        f"- **{fact.title}**: {fact.text}{sources.mark(fact.source, basis=fact.basis)}"
        for fact in plan.facts
    ]
    if not plan.facts:
        out.append(t(Msg.NOTE_FACTS_ELSEWHERE, command=_samtale(guide, "facts")))
    return [*out, ""]


def _left_out(plan: Plan, guide: Guide) -> str:
    """The one line that says where the rest is: every fact, question, sign and offer."""
    place = plan.situation.place
    region = ["--region", _quoted(place.name)] if place else []
    return t(
        Msg.NOTE_MORE,
        facts=_samtale(guide, "facts"),
        phrases=_samtale(guide, "phrases"),
        signs=_samtale(guide, "signs"),
        resources=_samtale(guide, "resources", *region),
    )
