"""The follow-up questions: what happened at the meeting, asked through the prompt seam.

Like the prep questionnaire, the flow talks only to a `Prompter` (real: questionary; tests:
a scripted fake) and fills a plain dict of the same shape as a follow-up answers file, so
`--answers FILE` and the prompts are checked by one model. Everything is asked first;
nothing is written until the professional confirms.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from samtale.messages import Msg, t
from samtale.prep.followup import ContactForm, Outcome
from samtale.prep.prompter import Prompter
from samtale.store.text import valid_free_text

OTHER = "__other__"  # the "another referral" choice


def valid_date(text: str) -> bool | str:
    """Prompt validator: empty, or a date written as 2026-12-01."""
    if not text.strip():
        return True
    try:
        date.fromisoformat(text.strip())
    except ValueError:
        return t(Msg.FQ_BAD_DATE)
    return True


def required_date(text: str) -> bool | str:
    return valid_date(text) if text.strip() else t(Msg.FQ_BAD_DATE)


def required_text(text: str) -> bool | str:
    return valid_free_text(text) if text.strip() else t(Msg.FQ_REQUIRED)


def _list(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[,;]", text) if part.strip()]


def ask_followup(
    prompter: Prompter,
    referrals: list[str],
    today: date,
    earlier: dict[str, Any] | None = None,
    keep: Callable[[dict[str, Any]], None] | None = None,
) -> dict[str, Any]:
    """Ask every follow-up question; return the answers as an answers-file dict.

    `earlier` (a kept draft) gives each question its default, so Enter keeps what was
    answered before; `keep` is called with the answers so far after every answer.
    """
    was = dict(earlier or {})
    answers: dict[str, Any] = {}

    def put(key: str, value: Any) -> None:
        answers[key] = value
        if keep is not None:
            keep({**was, **answers})  # a resumed run loses none of what it has not reached

    def text(key: str, default: str = "") -> str:
        value = was.get(key, default)
        return ", ".join(map(str, value)) if isinstance(value, list) else str(value or "")

    def pick(key: str, values: list[str], default: str) -> str:
        return text(key) if text(key) in values else default

    put(
        "outcome",
        prompter.select(
            t(Msg.FQ_OUTCOME),
            [(t(f"followup.outcome.{o.value}"), o.value) for o in Outcome],
            pick("outcome", [o.value for o in Outcome], "held"),
        ),
    )
    put(
        "contact_form",
        prompter.select(
            t(Msg.FQ_CONTACT_FORM),
            [(t(f"followup.form.{f.value}"), f.value) for f in ContactForm],
            pick("contact_form", [f.value for f in ContactForm], ContactForm.IN_PERSON.value),
        ),
    )
    put(
        "contact_date",
        prompter.text(
            t(Msg.FQ_CONTACT_DATE), text("contact_date", today.isoformat()), valid_date
        ).strip(),
    )
    put("topics", _list(prompter.text(t(Msg.FQ_TOPICS), text("topics"), valid_free_text)))
    put("agreed", prompter.text(t(Msg.FQ_AGREED), text("agreed"), valid_free_text).strip())
    choices = [(name, name) for name in referrals] + [(t(Msg.FQ_OTHER), OTHER)]
    listed = was.get("referrals")
    before = [str(name) for name in listed] if isinstance(listed, list) else []
    others = [name for name in before if name not in referrals]
    ticked = [name for name in before if name in referrals] + ([OTHER] if others else [])
    given = prompter.checkbox(t(Msg.FQ_REFERRALS), [("", choices)], ticked)
    chosen = [name for name in given if name != OTHER]
    if OTHER in given:
        chosen += _list(
            prompter.text(t(Msg.FQ_REFERRALS_OTHER), ", ".join(others), valid_free_text)
        )
    put("referrals", chosen)
    if not prompter.confirm(t(Msg.FQ_CONSENT), "consent" in was):
        was.pop("consent", None)
    else:
        put(
            "consent",
            prompter.text(t(Msg.FQ_CONSENT_WITH), text("consent"), required_text).strip(),
        )
    put(
        "safe_contact",
        prompter.text(t(Msg.FQ_SAFE_CONTACT), text("safe_contact"), valid_free_text).strip(),
    )
    if not prompter.confirm(t(Msg.FQ_NOTIFIED), "notified" in was):
        was.pop("notified", None)
    else:
        put(
            "notified",
            prompter.text(
                t(Msg.FQ_NOTIFIED_WHEN), text("notified", today.isoformat()), required_date
            ).strip(),
        )
    put(
        "next_contact",
        prompter.text(t(Msg.FQ_NEXT_CONTACT), text("next_contact"), valid_date).strip(),
    )
    return answers
