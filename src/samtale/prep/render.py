"""Render a plan as the private prep note: CommonMark, Danish, sections in DESIGN.md's order.

Pure: plan in, text out. What the professional typed goes through `escape`
(`samtale.store.text.markdown_inline`), so it can never turn into markup, links, HTML or a
block (heading, list, quote, rule) in whatever viewer opens the note.
"""

from __future__ import annotations

import re
from datetime import date

from samtale.dates import day_label, month_label, years_since
from samtale.guide.directory import DOUBTFUL_AFTER_YEARS, route
from samtale.guide.law import basis_line
from samtale.guide.models import ContactPoint, Guide, Resource, Source
from samtale.guide.places import coverage_label
from samtale.messages import t
from samtale.prep.card import render_card
from samtale.prep.local_offers import local_offers_as_text
from samtale.prep.plan import Plan
from samtale.store.notes import meta_line
from samtale.store.text import markdown_inline as escape


def _source_ref(sources: dict[str, Source], doc: str, section: str) -> str:
    source = sources[doc]
    return t(
        "note.source_ref",
        publisher=source.publisher,
        when=month_label(source.date),
        section=section,
    )


def _contact(point: ContactPoint, sources: dict[str, Source], day: date) -> str:
    """One contact point with its own date and how old that is, and where it comes from."""
    line = contact_line(point, day)
    source = sources.get(point.source.doc) if point.source else None
    return f"{line}; {source.url}" if source is not None and source.url else line


def contact_line(point: ContactPoint, day: date, *, brief: bool = False) -> str:
    """One contact point with its own date and how old that is; `brief` (the card) leaves
    out the point's own note, which the note's referral section gives."""
    label = t(f"contact.{point.kind.value}")
    note = f" ({point.note})" if point.note and not brief else ""
    if point.as_of is None:
        return t("note.contact_undated", label=label, value=point.value, note=note)
    age = years_since(point.as_of, day)
    line = t(
        "note.contact",
        label=label,
        value=point.value,
        note=note,
        when=month_label(point.as_of),
        years=t("note.years_old", years=age),
    )
    # A very old number is a warning, not just a date: it may reach no one.
    return f"{line} {t('note.contact_doubtful')}" if age >= DOUBTFUL_AFTER_YEARS else line


def reach_line(resource: Resource, guide: Guide, day: date, *, brief: bool = False) -> str:
    """How to reach an offer through another one (its `reach_via`), with that contact's
    date; "" when it names no route. `brief` leaves out why (the card has one line)."""
    found = route(resource, guide.resources)
    if found is None:
        return ""
    contact = contact_line(found.point, day, brief=brief)
    if brief:
        return t("card.reach_via", name=found.via.name, contact=contact)
    return t("note.reach_via", name=found.via.name, note=found.note, contact=contact)


def _resource(
    resource: Resource, guide: Guide, sources: dict[str, Source], day: date, level: str = "###"
) -> list[str]:
    services = {s.id: s.label for s in guide.services}
    coverage = coverage_label(resource.coverage, guide.places, resource.lies_in)
    lines = [f"{level} {resource.name}", ""]
    if resource.local:
        who = escape(resource.verified_by or "")
        lines += [f"*{t('note.local', when=month_label(resource.verified), who=who)}*", ""]
    lines += [resource.description, ""]
    offers = ", ".join(services[s] for s in resource.services)
    if offers:
        lines.append(f"- {t('note.offers')}: {offers}")
    lines.append(f"- {t('note.covers')}: {coverage}")
    lines += [f"- {_contact(point, sources, day)}" for point in resource.contact]
    reach = reach_line(resource, guide, day)
    if reach:
        lines.append(f"- {reach}")
    elif not resource.contact:
        lines.append(f"- {t('resources.no_contact')}")
    if resource.source is not None:
        lines.append(f"- {_source_ref(sources, resource.source.doc, resource.source.section)}")
    else:
        lines.append(f"- {t('note.local_source')}")
    return [*lines, ""]


def handout_command(plan: Plan, guide: Guide) -> str:
    """The `samtale handout` command for the person's place and conversation language."""
    import shlex

    def quoted(word: str) -> str:  # shlex quotes every non-ASCII name; a shell needs less
        return word if re.fullmatch(r"[\w.-]+", word) else shlex.quote(word)

    words = ["samtale"]
    if guide.country != "dk":
        words += ["--country", guide.country]
    words.append("handout")
    if plan.situation.place:
        words += ["--region", quoted(plan.situation.place.name)]
    words += ["--language", plan.language]
    return " ".join(words)


def render_note(plan: Plan, guide: Guide) -> str:
    """The whole note as markdown text, ending in a newline."""
    situation = plan.situation
    sources = {source.id: source for source in guide.sources}
    tags = {s.id: s.label for s in guide.signs}
    out: list[str] = []
    add = out.append

    add(
        meta_line(
            {
                "citizen": situation.citizen,
                "date": plan.day.isoformat(),
                "region": situation.place.name if situation.place else "",
                "age_group": situation.age_group.value,
                "country": guide.country,
                "referrals": [resource.name for resource in plan.referrals],
            }
        )
    )
    add("")
    plan = local_offers_as_text(plan)  # after the metadata, which keeps the names as given
    out.extend(
        render_card(
            plan,
            lambda point: contact_line(point, plan.day, brief=True),
            lambda resource: reach_line(resource, guide, plan.day, brief=True),
        )
    )
    add(f"# {t('note.title', citizen=escape(situation.citizen))}")
    add("")
    add(f"- {t('note.date')}: {day_label(plan.day)}")
    add(f"- {t('note.role')}: {escape(situation.role) or t('note.not_given')}")
    add(f"- {t('note.citizen')}: {escape(situation.citizen)}")
    add(f"- {t('note.age_group')}: {t(f'tag.{situation.age_group.value}')}")
    add(f"- {t('note.area')}: {situation.place.name if situation.place else t('note.not_given')}")
    add(f"- {t('note.language')}: {t(f'language.{plan.language}')}")
    if situation.interpreter:
        add(f"- {t('note.interpreter')}: {t('note.interpreter_yes')}")
    add("")
    add(f"> {t('note.banner')}")
    add("")

    add(f"## {t('note.h.observations')}")
    add("")
    add(t("note.observations_intro"))
    add("")
    for observation in plan.observations:
        seen = escape(observation.text) or f"_{t('note.not_described')}_"
        add(f"- **{tags[observation.sign.id]}**: {seen}")
    if not plan.observations:
        add(f"- _{t('note.no_observations')}_")
    add("")
    add(f"### {t('note.h.other_explanations')}")
    add("")
    add(escape(situation.other_explanations) or f"_{t('note.fill_in')}_")
    add("")
    for observation in plan.observations:
        if observation.sign.other_explanations:
            add(f"- {tags[observation.sign.id]}: {observation.sign.other_explanations}")
    if any(o.sign.other_explanations for o in plan.observations):
        add("")

    add(f"## {t('note.h.checklist')}")
    add("")
    for item in plan.checklist:
        if item.kind.value == "duty":
            add(f"- [ ] {item.text} ({item.law})")
            if item.basis:
                add(f"  *{basis_line(item.basis)}*")
            add(f"  *{t('note.how_to_tell')}:* {item.how_to_tell}")
        else:
            add(f"- [ ] {item.text}")
    add("")

    add(f"## {t('note.h.conversation')}")
    add("")
    if plan.translated:
        add(t("note.conversation_in", language=t(f"language.{plan.language}")))
        add("")
    for topic, phrases in plan.conversation:
        add(f"### {topic.label}")
        add("")
        for phrase in phrases:
            add(f"- {plan.say(phrase)}")
            if plan.translated:
                add(f"  *{t('phrases.in_own_language', text=phrase.text)}*")
        add("")

    add(f"## {t('note.h.referrals')}")
    add("")
    if not plan.referrals:
        add(t("note.no_referrals"))
        add("")
    for resource in plan.referrals:
        out.extend(_resource(resource, guide, sources, plan.day))
    add(t("note.handout", command=handout_command(plan, guide)))
    add("")
    if plan.for_professionals:
        add(f"### {t('note.h.for_you')}")
        add("")
        also = [r.name for r in plan.for_professionals if r in plan.referrals]
        if also:
            add(t("note.also_for_you", names=", ".join(also)))
            add("")
        for resource in plan.for_professionals:
            if resource not in plan.referrals:
                out.extend(_resource(resource, guide, sources, plan.day, level="####"))

    add(f"## {t('note.h.facts')}")
    add("")
    for fact in plan.facts:
        add(f"- **{fact.title}**: {fact.text}")
        if fact.basis:
            add(f"  *{basis_line(fact.basis)}*")
    add("")

    add(f"## {t('note.h.follow_up')}")
    add("")
    for key in ("agreed", "next_meeting", "safe_contact", "consent_to_share", "case_record"):
        add(f"- [ ] {t(f'note.follow_up.{key}')}")
    add("")

    add(f"## {t('note.h.sources')}")
    add("")
    for source, sections in plan.sources:
        quoted = "; ".join(t("quote", text=section) for section in sections)
        add(f"- {source.publisher}: *{source.title}* ({month_label(source.date)}). {quoted}")
    return "\n".join(out).rstrip() + "\n"
