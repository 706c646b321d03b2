"""Refuse Danish CPR numbers and Swedish personnummer in free text, in every written form.

A note, a draft or a practice answer must never hold a national identity number, so every
free-text field goes through `refuse_identifiers` (files) or `no_identifier` (prompts).
What counts as such a number, and which numbers pass on purpose, is `samtale.id_numbers`.
"""

from __future__ import annotations

from collections.abc import Iterable

from samtale.errors import UsageError
from samtale.id_numbers import Finding, find_identifier
from samtale.messages import Msg, t

__all__ = ["Finding", "find_identifier", "no_identifier", "refusal", "refuse_identifiers"]


def refusal(finding: Finding) -> str:
    """Why the text is refused, without repeating the number; how to write a phone number."""
    message = t(f"privacy.{finding.kind}_found")
    if finding.maybe_phone:
        message += " " + t(Msg.PRIVACY_PHONE_HINT)
    return message


def refuse_identifiers(texts: Iterable[str]) -> None:
    """Raise a `UsageError` that says why, if any text holds an identity number."""
    for text in texts:
        finding = find_identifier(text)
        if finding:
            raise UsageError(refusal(finding))


def no_identifier(text: str) -> bool | str:
    """Prompt validator: refuse CPR numbers and personnummer as they are typed."""
    finding = find_identifier(text)
    return refusal(finding) if finding else True
