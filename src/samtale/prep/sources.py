"""The note's sources: one numbered list at its end, and the short marks that point into it.

Pure: plan in, lines out. A fact, a duty or a referral in the note carries a mark such as
``[2]`` or ``[2, 9]``; the list under "Kilder" says what each number is, one line per
source: the documents the plan draws on (with the sections used), the public texts the
law was checked against (with the statutes), and the organisation's local file. How
current the law is (checked when, what is not confirmed) is said once, on one line, and
in full by `samtale facts --sources`: repeating it under every item made the provenance a
tenth of the note.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from samtale.dates import month_label
from samtale.guide.models import ChecklistKind, Guide, LawBasis, Resource, Source, SourceRef
from samtale.messages import Msg, t
from samtale.prep.plan import Plan
from samtale.store.text import markdown_inline as escape

LOCAL = "local"


@dataclass
class SourceList:
    """Numbers for the note's sources, in the order the list shows them."""

    numbers: dict[tuple[str, ...], int] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)
    law: dict[LawBasis, tuple[str, ...]] = field(default_factory=dict)  # where each is said

    def number(self, key: tuple[str, ...], line: str) -> int:
        if key not in self.numbers:
            self.numbers[key] = len(self.numbers) + 1
            self.lines.append(f"[{self.numbers[key]}] {line}")
        return self.numbers[key]

    def mark(
        self, *refs: SourceRef | None, basis: LawBasis | None = None, local: bool = False
    ) -> str:
        """`` [1]``, ``[1, 7]``: the numbers of a line's sources (empty if it has none)."""
        keys = list(dict.fromkeys(("doc", ref.doc) for ref in refs if ref is not None))
        if basis is not None:
            keys.append(self.law.get(basis, _law_key(basis)))
        if local:
            keys.append((LOCAL,))
        found = [str(n) for n in dict.fromkeys(self.numbers[k] for k in keys if k in self.numbers)]
        return f" [{', '.join(found)}]" if found else ""


def _cited_sections(plan: Plan) -> dict[str, dict[str, None]]:
    """The sections behind the facts and duties the note states, per document: a figure or
    a rule carries its section; advice written in our own words needs only the document."""
    duties = [item for item in plan.checklist if item.kind == ChecklistKind.DUTY]
    sections: dict[str, dict[str, None]] = {}
    for ref in (item.source for item in (*duties, *plan.facts)):
        sections.setdefault(ref.doc, {})[ref.section] = None
    return sections


def _law_key(basis: LawBasis) -> tuple[str, ...]:
    return ("law", basis.source, basis.web)


def _law(plan: Plan) -> list[tuple[SourceRef, LawBasis, bool]]:
    """Each legal basis the note rests on, with the item's source and whether it is a fact's
    (a duty names its law on its own line; a fact's statute is said in the sources)."""
    duties = [i for i in plan.checklist if i.kind == ChecklistKind.DUTY and i.basis]
    facts = [fact for fact in plan.facts if fact.basis]
    return [(i.source, i.basis, i in facts) for i in (*duties, *facts) if i.basis]


def _same_document(basis: LawBasis, source: Source) -> bool:
    """Whether a basis was checked against the very document its item comes from (the
    guide itself): then that document's line says it, rather than a second line."""
    publisher = source.publisher.split(",")[0]
    return basis.source.startswith(f"{publisher}: {source.title.split(' (')[0]}")


def source_list(
    plan: Plan, guide: Guide, facts_command: str, shown: Iterable[SourceRef | None]
) -> SourceList:
    """Every source of what the note shows (`shown`), numbered: documents, then law texts,
    then the local file.

    `facts_command` is the `samtale facts --sources` line for the note's country: where
    the law's provenance is given in full.
    """
    found = SourceList()
    cited = _cited_sections(plan)
    law = _law(plan)
    documents = {source.id: source for source, _ in plan.sources}
    docs = {ref.doc for ref in shown if ref is not None} | {ref.doc for ref, _, _ in law}
    # Where each basis is said: its own line, or the line of the document it was checked in.
    key_of = {
        basis: ("doc", ref.doc) if _same_document(basis, documents[ref.doc]) else _law_key(basis)
        for ref, basis, _ in law
    }
    extra: dict[tuple[str, ...], dict[str, None]] = {}
    for _, basis, of_fact in law:
        said = extra.setdefault(key_of[basis], {})
        if of_fact:
            said[basis.statute] = None
        if basis.in_force:
            said[t(Msg.LAW_IN_FORCE, date=month_label(basis.in_force))] = None
    for source, _ in plan.sources:
        if source.id not in docs:
            continue
        sections = [t(Msg.QUOTE, text=section) for section in cited.get(source.id, ())]
        parts = [*sections, *extra.get(("doc", source.id), ())]
        line = f"{source.publisher}: *{source.title}* ({month_label(source.date)})"
        found.number(("doc", source.id), f"{line}. {'; '.join(parts)}" if parts else line)
    for _, basis, _ in law:
        key = key_of[basis]
        if key[0] == "law":
            text = t(Msg.SOURCES_LAW, source=basis.source, web=basis.web)
            found.number(key, "; ".join([text, *extra.get(key, ())]))
    local = [r for r in (*plan.referrals, *plan.for_professionals) if r.local]
    if local:
        found.number((LOCAL,), t(Msg.SOURCES_LOCAL, offers="; ".join(_local(r) for r in local)))
    if law:
        found.lines.append(_law_status(found, key_of, facts_command))
    found.law = key_of
    return found


def _local(resource: Resource) -> str:
    return t(
        Msg.SOURCES_LOCAL_OFFER,
        name=resource.name,
        when=month_label(resource.verified),
        who=escape(resource.verified_by or ""),
    )


def _law_status(found: SourceList, key_of: dict[LawBasis, tuple[str, ...]], command: str) -> str:
    """The one line on how current the law is: checked when, and where something is open."""
    checked = ", ".join(dict.fromkeys(month_label(basis.checked) for basis in key_of))
    numbers = dict.fromkeys(sorted(found.numbers[key] for key in key_of.values()))
    open_ = dict.fromkeys(
        sorted(found.numbers[k] for b, k in key_of.items() if b.in_force is None or b.unconfirmed)
    )
    if open_ == numbers:
        return t(Msg.SOURCES_LAW_ALL_OPEN, marks=_marks(numbers), checked=checked, command=command)
    line = t(Msg.SOURCES_LAW_CHECKED, marks=_marks(numbers), checked=checked)
    if open_:
        line += " " + t(Msg.SOURCES_LAW_OPEN, marks=_marks(open_), command=command)
    return line


def _marks(numbers: dict[int, None]) -> str:
    return ", ".join(f"[{number}]" for number in numbers)
