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
from samtale.guide.models import ChecklistKind, Guide, LawBasis, Resource, SourceRef
from samtale.messages import t
from samtale.prep.plan import Plan
from samtale.store.text import markdown_inline as escape

LOCAL = "local"


@dataclass
class SourceList:
    """Numbers for the note's sources, in the order the list shows them."""

    numbers: dict[tuple[str, ...], int] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)

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
            keys.append(_law_key(basis))
        if local:
            keys.append((LOCAL,))
        found = [str(self.numbers[key]) for key in keys if key in self.numbers]
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


def _bases(plan: Plan) -> list[LawBasis]:
    duties = [i.basis for i in plan.checklist if i.kind == ChecklistKind.DUTY and i.basis]
    return [*duties, *(fact.basis for fact in plan.facts if fact.basis)]


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
    docs = {ref.doc for ref in shown if ref is not None}
    for source, _ in plan.sources:
        if source.id not in docs:
            continue
        sections = "; ".join(t("quote", text=section) for section in cited.get(source.id, ()))
        line = f"{source.publisher}: *{source.title}* ({month_label(source.date)})"
        found.number(("doc", source.id), f"{line}. {sections}" if sections else line)
    bases = _bases(plan)
    # A duty names its law on its own line; a fact's statute is said here.
    statutes: dict[tuple[str, ...], dict[str, None]] = {}
    for fact in plan.facts:
        if fact.basis:
            statutes.setdefault(_law_key(fact.basis), {})[fact.basis.statute] = None
    for basis in bases:
        key = _law_key(basis)
        names = "; ".join(statutes.get(key, ()))
        text = t("sources.law", source=basis.source, web=basis.web)
        since = dict.fromkeys(
            t("law.in_force", date=month_label(b.in_force))
            for b in bases
            if _law_key(b) == key and b.in_force
        )
        text = "; ".join([text, *since])
        found.number(key, f"{names}: {text}" if names else text)
    local = [r for r in (*plan.referrals, *plan.for_professionals) if r.local]
    if local:
        found.number((LOCAL,), t("sources.local", offers="; ".join(_local(r) for r in local)))
    if bases:
        found.lines.append(_law_status(found, bases, facts_command))
    return found


def _local(resource: Resource) -> str:
    return t(
        "sources.local_offer",
        name=resource.name,
        when=month_label(resource.verified),
        who=escape(resource.verified_by or ""),
    )


def _law_status(found: SourceList, bases: list[LawBasis], command: str) -> str:
    """The one line on how current the law is: checked when, and where something is open."""
    checked = ", ".join(dict.fromkeys(month_label(basis.checked) for basis in bases))
    numbers = dict.fromkeys(found.numbers[_law_key(basis)] for basis in bases)
    open_ = dict.fromkeys(
        found.numbers[_law_key(b)] for b in bases if b.in_force is None or b.unconfirmed
    )
    line = t("sources.law_checked", marks=_marks(numbers), checked=checked)
    if open_:
        line += " " + t("sources.law_open", marks=_marks(open_), command=command)
    return line


def _marks(numbers: dict[int, None]) -> str:
    return ", ".join(f"[{number}]" for number in numbers)
