"""After the meeting: what happened and was agreed, added to the note as a dated section.

Pure: answers in, note text out. A follow-up is validated like the prep answers (the same
shape from the prompts and from ``--answers FILE``), then written twice into the note: as a
section the professional reads, and as a comment line with the same facts as JSON, which
`notes journal` and the due dates read back without parsing prose. The note's metadata
line gets the next contact date, so `notes list` and `notes purge` see it from the
metadata alone.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator
from pydantic_core import PydanticCustomError

from samtale.dates import day_label
from samtale.errors import UsageError
from samtale.messages import Msg, t
from samtale.prep.answers import TextField, validate_model
from samtale.store.notes import meta_line, read_meta
from samtale.store.text import clean
from samtale.store.text import markdown_inline as escape

DUE_WITHIN = timedelta(days=7)
_RECORD = "<!-- samtale-followup "
_RECORD_LINE = re.compile(r"^<!-- samtale-followup (\{.*\}) -->$")


class Outcome(StrEnum):
    HELD = "held"
    POSTPONED = "postponed"
    DECLINED = "declined"


class ContactForm(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"
    WRITTEN = "written"


def _cleaned(text: str) -> str:
    """Free text on one line without control characters (escapes, bidi overrides, NULs)."""
    return clean(text, multiline=False).strip()


class FollowUp(BaseModel):
    """What the professional records after the meeting; the YAML form of ``--answers``."""

    model_config = ConfigDict(extra="forbid")

    outcome: Outcome
    contact_form: ContactForm = ContactForm.IN_PERSON
    contact_date: date | None = None
    topics: list[TextField] = []
    agreed: TextField = ""
    referrals: list[TextField] = []
    consent: TextField = ""
    safe_contact: TextField = ""
    notified: date | None = None
    next_contact: date | None = None

    @field_validator("topics", "referrals", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        """A single text is a list of one; ``a, b`` is two (as typed at a prompt)."""
        if value is None:
            return []
        if isinstance(value, str):
            return [part for part in re.split(r"[,;]", value) if part.strip()]
        return value

    @field_validator("agreed", "consent", "safe_contact", mode="before")
    @classmethod
    def _no_is_empty(cls, value: Any) -> Any:
        """``consent: no`` (or nothing) means none was given."""
        return "" if value is None or value is False else value

    @field_validator("contact_date", "notified", "next_contact", mode="before")
    @classmethod
    def _a_date(cls, value: Any) -> Any:
        """A date or ``2026-12-01``; ``notified: no`` means no notification was made."""
        if value is None or value is False or value == "":
            return None
        if value is True or not isinstance(value, date | str):
            raise PydanticCustomError("date_type", "not a date")
        return value

    @field_validator("topics", "referrals", "agreed", "consent", "safe_contact", mode="after")
    @classmethod
    def _clean(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [_cleaned(str(item)) for item in value if _cleaned(str(item))]
        return _cleaned(value)

    def free_texts(self) -> list[str]:
        """Every field written in the professional's own words (checked for CPR numbers)."""
        return [*self.topics, self.agreed, *self.referrals, self.consent, self.safe_contact]


FIELDS = tuple(FollowUp.model_fields)


def parse_followup(data: Any, origin: str) -> FollowUp:
    """Validate the shape of `data`; errors are one line naming `origin` and the field."""
    return validate_model(FollowUp, data, origin)


def record_line(followup: FollowUp, day: date) -> str:
    """The follow-up as a comment line of JSON: what the program reads back."""
    data = {"recorded": day.isoformat(), **followup.model_dump(mode="json")}
    return meta_line(data).replace("<!-- samtale ", _RECORD, 1)


def section(followup: FollowUp, day: date) -> list[str]:
    """The dated section the professional reads; user text escaped, one line per field."""
    held = followup.contact_date or day
    none = t(Msg.FOLLOWUP_NONE)

    def texts(values: list[str]) -> str:
        return ", ".join(escape(value) for value in values) or none

    lines = [
        record_line(followup, day),
        f"## {t(Msg.FOLLOWUP_HEADING, when=day_label(held))}",
        "",
        f"- {t(Msg.FOLLOWUP_L_OUTCOME)}: {t(f'followup.outcome.{followup.outcome.value}')} "
        f"({t(f'followup.form.{followup.contact_form.value}')})",
        f"- {t(Msg.FOLLOWUP_L_TOPICS)}: {texts(followup.topics)}",
        f"- {t(Msg.FOLLOWUP_L_AGREED)}: {escape(followup.agreed) or none}",
        f"- {t(Msg.FOLLOWUP_L_REFERRALS)}: {texts(followup.referrals)}",
        f"- {t(Msg.FOLLOWUP_L_CONSENT)}: {escape(followup.consent) or t(Msg.FOLLOWUP_NO_CONSENT)}",
        f"- {t(Msg.FOLLOWUP_L_SAFE_CONTACT)}: {escape(followup.safe_contact) or none}",
        f"- {t(Msg.FOLLOWUP_L_NOTIFIED)}: {_notified(followup)}",
        f"- {t(Msg.FOLLOWUP_L_NEXT_CONTACT)}: {_next(followup)}",
    ]
    return lines


def _notified(followup: FollowUp) -> str:
    if followup.notified is None:
        return t(Msg.FOLLOWUP_NOT_NOTIFIED)
    return t(Msg.FOLLOWUP_NOTIFIED_ON, when=day_label(followup.notified))


def _next(followup: FollowUp) -> str:
    if followup.next_contact is None:
        return t(Msg.FOLLOWUP_NO_NEXT)
    return day_label(followup.next_contact)


def add_followup(text: str, followup: FollowUp, day: date) -> str:
    """The note's text with `followup` added, metadata and card updated.

    Follow-ups go right after the card, oldest first, so that the latest is the first
    thing read after the card (and not behind the sources at the end of a long note); the
    card's blanks for them show what was agreed last and the next contact. A note
    written before that placement has its follow-ups moved there; one from before cards
    existed gets them at its end, as it always did. The metadata keeps the next contact of
    the latest follow-up (none if it set none).
    """
    lines = text.rstrip("\n").split("\n")
    meta = read_meta(text)
    if meta:
        meta["next_contact"] = followup.next_contact.isoformat() if followup.next_contact else None
        meta["changed"] = day.isoformat()
        lines[0] = meta_line(meta)
    lines, earlier = _take_followups(lines)
    blocks = [*earlier, section(followup, day)]
    card = _card_span(lines)
    if card is None:
        for block in blocks:
            lines += ["", *block]
        return "\n".join(lines) + "\n"
    start, end = card
    _fill_blanks(lines, start, end, followup, day)
    after_card = [line for block in blocks for line in (*block, "")]
    lines[end + 2 : end + 2] = after_card  # after the card's closing rule and its blank line
    return "\n".join(lines).rstrip("\n") + "\n"


# Characters of one printed card line: the card fills a page, so what was agreed is shortened
# to one line there (it is whole in the follow-up right after the card).
CARD_LINE = 90


def _fill_blanks(lines: list[str], start: int, end: int, followup: FollowUp, day: date) -> None:
    """Write the latest agreement and the next contact into the card's blanks for them.

    The blanks are the card's last list, in `AGREED_BLANKS` order; each keeps its label (the
    text up to its colon), so a later follow-up overwrites what an earlier one wrote.
    """
    from samtale.prep.card import AGREED_BLANKS

    blanks = [i for i in range(start, end) if lines[i].startswith("- ")][-len(AGREED_BLANKS) :]
    agreed = blanks[AGREED_BLANKS.index("agreed")]
    label = _label(lines[agreed])
    when = f" ({day_label(followup.contact_date or day)})"
    room = CARD_LINE - len(label) - len(when)
    text = followup.agreed or t(Msg.FOLLOWUP_NONE)
    short = text if len(text) <= room else text[: room - 1].rstrip() + "…"
    lines[agreed] = f"- {label} {escape(short)}{when}"
    following = blanks[AGREED_BLANKS.index("next_contact")]
    lines[following] = f"- {_label(lines[following])} {_next(followup)}"


def _label(line: str) -> str:
    return line[2:].split(":", 1)[0] + ":"


def _card_span(lines: list[str]) -> tuple[int, int] | None:
    """Where the card lies (its heading's line and its closing rule's), or None."""
    from samtale.prep.card import CARD_END, split_card

    if split_card("\n".join(lines)) is None:
        return None
    start = next(i for i in range(1, len(lines)) if lines[i].startswith("## "))
    return start, lines.index(CARD_END, start)


def _take_followups(lines: list[str]) -> tuple[list[str], list[list[str]]]:
    """The note's lines without its follow-up sections, and those sections, oldest first.

    A section is the record line, its heading, a blank line and its list; the blank line
    after it goes with it. A hand-edited section keeps what no longer has that shape.
    """
    kept: list[str] = []
    blocks: list[list[str]] = []
    i = 0
    while i < len(lines):
        if not _RECORD_LINE.match(lines[i]):
            kept.append(lines[i])
            i += 1
            continue
        end = i + 1
        if end < len(lines) and lines[end].startswith("## "):
            end += 1
            if end < len(lines) and not lines[end]:
                end += 1
            while end < len(lines) and lines[end].startswith("- "):
                end += 1
        blocks.append(lines[i:end])
        i = end + 1 if end < len(lines) and not lines[end] else end
        while kept and not kept[-1] and i >= len(lines):
            kept.pop()
    return kept, blocks


def followups(text: str) -> list[tuple[date, FollowUp]]:
    """Every follow-up recorded in a note's text, oldest first, with the day it was recorded.

    A record that no longer validates (edited by hand) is skipped rather than trusted.
    """
    found = []
    for line in text.split("\n"):
        match = _RECORD_LINE.match(line)
        if not match:
            continue
        try:
            data = json.loads(match[1])
            recorded = date.fromisoformat(data.pop("recorded"))
            found.append((recorded, FollowUp.model_validate(data)))
        except (ValueError, TypeError, KeyError, AttributeError):
            continue
    return found


def next_contact(meta: dict[str, Any]) -> date | None:
    """The next contact date a note's metadata holds, if any."""
    value = meta.get("next_contact")
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def is_due(when: date | None, today: date) -> bool:
    """A next contact within `DUE_WITHIN` from today, or already past."""
    return when is not None and when <= today + DUE_WITHIN


def is_ahead(when: date | None, today: date) -> bool:
    """A next contact still to come (today counts): such a note is not purged unasked."""
    return when is not None and when >= today


def referral_names(meta: dict[str, Any]) -> list[str]:
    """The referral options the note listed (kept in its metadata), for the prompt."""
    names = meta.get("referrals")
    return [name for name in names if isinstance(name, str)] if isinstance(names, list) else []


def require_followup(text: str) -> tuple[date, FollowUp]:
    """The latest follow-up of a note, or a one-line error saying how to add one."""
    found = followups(text)
    if not found:
        raise UsageError(t(Msg.FOLLOWUP_NONE_YET))
    return found[-1]
