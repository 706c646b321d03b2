"""An organisation's own offers, written into the note as user text.

Bundled resources are reviewed data; a local resources file is whatever a team typed, so
in the note its words (name, description, contact values and notes) are literal text like
everything the professional typed: no HTML, no link, no Markdown block. Pure: plan in,
plan out.
"""

from __future__ import annotations

import dataclasses

from samtale.guide.models import Resource
from samtale.prep.plan import Plan
from samtale.store.text import markdown_inline


def as_text(resource: Resource) -> Resource:
    """`resource` with its words escaped when it is local (`verified_by` is escaped where
    the note shows it)."""
    if not resource.local:
        return resource
    contact = tuple(
        dataclasses.replace(
            point,
            value=markdown_inline(point.value),
            note=markdown_inline(point.note) if point.note else point.note,
        )
        for point in resource.contact
    )
    return dataclasses.replace(
        resource,
        name=markdown_inline(resource.name),
        description=markdown_inline(resource.description),
        contact=contact,
    )


def local_offers_as_text(plan: Plan) -> Plan:
    """`plan` with every local offer escaped (the same offer stays equal in both lists)."""
    return dataclasses.replace(
        plan,
        referrals=tuple(as_text(resource) for resource in plan.referrals),
        for_professionals=tuple(as_text(resource) for resource in plan.for_professionals),
    )
