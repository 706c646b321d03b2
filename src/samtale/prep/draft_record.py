"""What a prep draft holds: the answers so far, and what is needed to continue them.

A draft is the answers dict (the shape of an answers file) plus one bookkeeping entry,
``_draft``: the country the prep was started in, so a resume speaks its language and uses
its guide whatever flags are given, and when it was started. Pure: no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

META = "_draft"


@dataclass(frozen=True)
class DraftMeta:
    country: str
    started: str  # ISO date and time, to the minute

    @classmethod
    def now(cls, country: str) -> DraftMeta:
        return cls(country, datetime.now().isoformat(timespec="minutes"))


def to_record(answers: dict[str, Any], meta: DraftMeta) -> dict[str, Any]:
    """The dict written to the draft file."""
    return {META: {"country": meta.country, "started": meta.started}, **answers}


def from_record(record: dict[str, Any], country: str, modified: float) -> tuple[dict, DraftMeta]:
    """The answers and bookkeeping of a draft; an older draft without it gets `country`
    and its file's modification time."""
    answers = {key: value for key, value in record.items() if key != META}
    meta = record.get(META)
    if not isinstance(meta, dict):
        meta = {}
    started = meta.get("started") or datetime.fromtimestamp(modified).isoformat(timespec="minutes")
    return answers, DraftMeta(str(meta.get("country") or country), str(started))


@dataclass(frozen=True)
class DraftView:
    """What lists show of a draft: when it was started, for whom, where, and how far."""

    started: str
    citizen: str
    region: str
    age_group: str
    country: str
    done: int
    total: int


def view(record: dict[str, Any], country: str, modified: float) -> DraftView:
    from samtale.prep.questionnaire import progress

    answers, meta = from_record(record, country, modified)
    done, total = progress(answers)
    return DraftView(
        started=meta.started.replace("T", " "),
        citizen=str(answers.get("citizen") or ""),
        region=str(answers.get("region") or ""),
        age_group=str(answers.get("age_group") or ""),
        country=meta.country,
        done=done,
        total=total,
    )
