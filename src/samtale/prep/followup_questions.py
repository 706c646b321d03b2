"""The follow-up questions: what happened at the meeting, asked through the prompt seam.

Like the prep questionnaire, the flow talks only to a `Prompter` (real: questionary; tests:
a scripted fake) and fills a plain dict of the same shape as a follow-up answers file, so
`--answers FILE` and the prompts are checked by one model. Everything is asked first;
nothing is written until the professional confirms.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from samtale.messages import t
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
        return t("fq.bad_date")
    return True


def required_date(text: str) -> bool | str:
    return valid_date(text) if text.strip() else t("fq.bad_date")


def required_text(text: str) -> bool | str:
    return valid_free_text(text) if text.strip() else t("fq.required")


def _list(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[,;]", text) if part.strip()]


def ask_followup(prompter: Prompter, referrals: list[str], today: date) -> dict[str, Any]:
    """Ask every follow-up question; return the answers as an answers-file dict."""
    answers: dict[str, Any] = {}
    answers["outcome"] = prompter.select(
        t("fq.outcome"), [(t(f"followup.outcome.{o.value}"), o.value) for o in Outcome], "held"
    )
    answers["contact_form"] = prompter.select(
        t("fq.contact_form"),
        [(t(f"followup.form.{f.value}"), f.value) for f in ContactForm],
        ContactForm.IN_PERSON.value,
    )
    answers["contact_date"] = prompter.text(
        t("fq.contact_date"), today.isoformat(), valid_date
    ).strip()
    answers["topics"] = _list(prompter.text(t("fq.topics"), "", valid_free_text))
    answers["agreed"] = prompter.text(t("fq.agreed"), "", valid_free_text).strip()
    choices = [(name, name) for name in referrals] + [(t("fq.other"), OTHER)]
    given = prompter.checkbox(t("fq.referrals"), [("", choices)], [])
    chosen = [name for name in given if name != OTHER]
    if OTHER in given:
        chosen += _list(prompter.text(t("fq.referrals_other"), "", valid_free_text))
    answers["referrals"] = chosen
    if prompter.confirm(t("fq.consent"), False):
        answers["consent"] = prompter.text(t("fq.consent_with"), "", required_text).strip()
    answers["safe_contact"] = prompter.text(t("fq.safe_contact"), "", valid_free_text).strip()
    if prompter.confirm(t("fq.notified"), False):
        answers["notified"] = prompter.text(
            t("fq.notified_when"), today.isoformat(), required_date
        ).strip()
    answers["next_contact"] = prompter.text(t("fq.next_contact"), "", valid_date).strip()
    return answers
