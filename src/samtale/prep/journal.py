"""The journal text: a short, factual account of the latest follow-up for the case record.

Pure: one recorded follow-up in, plain text out. It is built only from the follow-up's own
fields, so nothing of the private preparation (observed signs, other explanations, the
professional's reflections) can reach it, and nothing of how to reach the person safely:
that stays in the note.
"""

from __future__ import annotations

from datetime import date

from samtale.dates import day_label
from samtale.messages import Msg, t
from samtale.prep.followup import FollowUp


def journal_text(recorded: date, followup: FollowUp) -> str:
    """Plain text, one fact per line, ready to paste into the case record."""
    held = followup.contact_date or recorded

    def listed(values: list[str]) -> str:
        return "; ".join(values) or t(Msg.JOURNAL_NONE)

    if followup.notified is None:
        notified = t(Msg.JOURNAL_NOT_NOTIFIED)
    else:
        notified = t(Msg.JOURNAL_NOTIFIED_ON, when=day_label(followup.notified))
    if followup.next_contact is None:
        next_step = t(Msg.JOURNAL_NO_NEXT)
    else:
        next_step = t(Msg.JOURNAL_NEXT_ON, when=day_label(followup.next_contact))
    lines = [
        t(Msg.JOURNAL_TITLE, when=day_label(held)),
        t(
            Msg.JOURNAL_CONTACT,
            form=t(f"followup.form.{followup.contact_form.value}"),
            outcome=t(f"followup.outcome.{followup.outcome.value}"),
        ),
        t(Msg.JOURNAL_TOPICS, topics=listed(followup.topics)),
        t(Msg.JOURNAL_AGREED, agreed=followup.agreed or t(Msg.JOURNAL_NONE)),
        t(Msg.JOURNAL_REFERRALS, referrals=listed(followup.referrals)),
        t(Msg.JOURNAL_CONSENT, consent=followup.consent or t(Msg.JOURNAL_NO_CONSENT)),
        t(Msg.JOURNAL_NOTIFIED, notified=notified),
        t(Msg.JOURNAL_NEXT, next=next_step),
    ]
    return "\n".join(lines) + "\n"
