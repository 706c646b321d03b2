"""The journal text: a short, factual account of the latest follow-up for the case record.

Pure: one recorded follow-up in, plain text out. It is built only from the follow-up's own
fields, so nothing of the private preparation (observed signs, other explanations, the
professional's reflections) can reach it, and nothing of how to reach the person safely:
that stays in the note.
"""

from __future__ import annotations

from datetime import date

from samtale.dates import day_label
from samtale.messages import t
from samtale.prep.followup import FollowUp


def journal_text(recorded: date, followup: FollowUp) -> str:
    """Plain text, one fact per line, ready to paste into the case record."""
    held = followup.contact_date or recorded

    def listed(values: list[str]) -> str:
        return "; ".join(values) or t("journal.none")

    if followup.notified is None:
        notified = t("journal.not_notified")
    else:
        notified = t("journal.notified_on", when=day_label(followup.notified))
    if followup.next_contact is None:
        next_step = t("journal.no_next")
    else:
        next_step = t("journal.next_on", when=day_label(followup.next_contact))
    lines = [
        t("journal.title", when=day_label(held)),
        t(
            "journal.contact",
            form=t(f"followup.form.{followup.contact_form.value}"),
            outcome=t(f"followup.outcome.{followup.outcome.value}"),
        ),
        t("journal.topics", topics=listed(followup.topics)),
        t("journal.agreed", agreed=followup.agreed or t("journal.none")),
        t("journal.referrals", referrals=listed(followup.referrals)),
        t("journal.consent", consent=followup.consent or t("journal.no_consent")),
        t("journal.notified", notified=notified),
        t("journal.next", next=next_step),
    ]
    return "\n".join(lines) + "\n"
