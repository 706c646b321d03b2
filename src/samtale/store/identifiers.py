"""Refuse Danish CPR numbers and Swedish personnummer in free text, in every written form.

A note, a draft or a practice answer must never hold a national identity number, so every
free-text field goes through `refuse_identifiers` (files) or `no_identifier` (prompts).

What is found:

- ten digits as date + four (``DDMMYY-XXXX`` for CPR, ``YYMMDD-XXXX`` or ``YYMMDD+XXXX`` for
  personnummer, ``+`` for people over 100), and twelve as ``YYYYMMDD-XXXX``;
- joined by nothing, any dash (hyphen, en/em dash, minus sign, no-break hyphen, figure
  dash...) or any space (no-break, narrow, thin...), with spaces around the dash, and with
  invisible characters (soft hyphen, zero-width space) or full-width digits in between;
- samordningsnummer (the day plus 60);
- after a label (``CPR``, ``CPR-nr``, ``cpr nr.``, ``personnummer``, ``pnr``,
  ``samordningsnummer``...) the digits in any grouping, e.g. ``CPR: 01 01 90 12 34``.

The date part is checked with python-stdnum (`stdnum.dk.cpr`, `stdnum.se.personnummer`), so
ten digits that cannot be a number of a person born by today pass. The check digit is not
required: modern CPR numbers need not pass modulus 11, and a personnummer with a mistyped
Luhn digit still points at one person (birth date plus three of four digits), so refusing
it is what the privacy rule asks for.

Two unlabelled forms pass on purpose, as they are what the text most likely means:

- ten digits with no separator that start like a Swedish mobile number (070, 072, 073,
  076, 079), e.g. ``0701234567``. Accepted risk: an unseparated CPR of a person born on the
  7th of January, February, March, June or September is read as a phone number;
- a date, a space and a clock time on the quarter hour, e.g. ``150124 1400``. Accepted
  risk: a CPR written with a space whose last four digits look like such a time (about
  one in a hundred) is read as a date and time.

Both refuse again when a label stands before them. Phone numbers written in groups
(``12 34 56 78``, ``070-123 45 67``) and case numbers (``2024-0012345``) never have the
shape of an identity number, which is what the refusal message tells the user.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from samtale.errors import UsageError
from samtale.messages import t

# Number shapes, matched on text where every dash is "-", every horizontal space is " ",
# every decimal digit is ASCII and invisible format characters are gone (see `_normalise`).
_SEPARATOR = r" {0,3}(?:[-+] {0,3})?"
_TEN = re.compile(rf"(?<![0-9])([0-9]{{6}})({_SEPARATOR})([0-9]{{4}})(?![0-9])")
_TWELVE = re.compile(rf"(?<![0-9])([0-9]{{8}})({_SEPARATOR})([0-9]{{4}})(?![0-9])")
_LABEL = re.compile(
    r"(?<![a-zæøåäö])(?P<label>cpr|personnummer|personnr|pers\.? ?nr|p-? ?nr"
    r"|samordningsnummer|samordningsnr)(?![a-zæøåäö])"
    r"(?:[- ]?(?:nr|nummer|nummeret|no)(?![a-zæøåäö]))?"
    r"[ .:#=-]{0,4}(?:(?:er|är|is|var|=) {0,3})?"
    r"(?P<digits>[0-9](?:[ .+/-]{0,3}[0-9])*)",
    re.IGNORECASE,
)
_SWEDISH_MOBILE = re.compile(r"07[02369][0-9]{7}")
_QUARTER_HOURS = {"00", "15", "30", "45"}
_OLDEST = 130  # years: a birth date further back than this is no living person's


@dataclass(frozen=True)
class Finding:
    """An identity number found: which kind, and whether it might have meant a phone number."""

    kind: str  # "cpr" or "personnummer"
    maybe_phone: bool


def _plain_char(char: str) -> str:
    if char == "\n":
        return char
    category = unicodedata.category(char)
    if category == "Nd":
        return str(unicodedata.decimal(char))
    if category == "Pd" or char in "\u2212\ufe63\uff0d":
        return "-"
    if char.isspace() or category == "Zs":
        return " "
    if category == "Cf":  # soft hyphen, zero-width space, word joiner, bidi marks
        return ""
    return char


def _normalise(text: str) -> str:
    """One spelling for every dash, space and digit; invisible characters dropped."""
    return "".join(_plain_char(char) for char in unicodedata.normalize("NFKC", text))


def _is_cpr(ten: str) -> bool:
    from stdnum.dk import cpr

    return cpr.is_valid(ten)  # the date in the century its 7th digit gives, not in the future


def _is_personnummer(digits: str, plus: bool) -> bool:
    from stdnum.exceptions import ValidationError
    from stdnum.se import personnummer

    head, serial = digits[:-4], digits[-4:]
    day = int(head[-2:])
    if 61 <= day <= 91:  # samordningsnummer: the day of birth plus 60
        head = f"{head[:-2]}{day - 60:02d}"
    try:
        born = personnummer.get_birth_date(f"{head}{'+' if plus else '-'}{serial}")
    except ValidationError:
        return False
    today = date.today()
    return today.year - _OLDEST <= born.year and born <= today


def _kind_of_ten(ten: str, plus: bool) -> str | None:
    """Which number `ten` can be; a ``+`` is only written in a personnummer."""
    if plus and _is_personnummer(ten, plus=True):
        return "personnummer"
    if _is_cpr(ten):
        return "cpr"
    if _is_personnummer(ten, plus):
        return "personnummer"
    return None


def _is_clock(four: str) -> bool:
    return int(four[:2]) <= 23 and four[2:] in _QUARTER_HOURS


def _shaped(text: str) -> Finding | None:
    """Unlabelled numbers, minus the two harmless readings the module docstring names."""
    for match in _TEN.finditer(text):
        head, separator, serial = match.groups()
        joined = separator.strip()
        if not separator and _SWEDISH_MOBILE.fullmatch(head + serial):
            continue
        if separator and not joined and _is_clock(serial):
            continue
        kind = _kind_of_ten(head + serial, plus=joined == "+")
        if kind:
            return Finding(kind, maybe_phone=not joined)
    for match in _TWELVE.finditer(text):
        head, separator, serial = match.groups()
        joined = separator.strip()
        if separator and not joined and _is_clock(serial):
            continue
        if _is_personnummer(head + serial, plus=False):
            return Finding("personnummer", maybe_phone=not joined)
    return None


def _labelled(text: str) -> Finding | None:
    """Numbers after a label: any grouping, no harmless reading."""
    for match in _LABEL.finditer(text):
        preferred = "cpr" if match["label"].lower().startswith("cpr") else "personnummer"
        digits = re.sub(r"[^0-9]", "", match["digits"])
        kinds: set[str] = set()
        if len(digits) >= 10:
            ten = digits[:10]
            if _is_cpr(ten):
                kinds.add("cpr")
            if _is_personnummer(ten, plus=False) or _is_personnummer(ten, plus=True):
                kinds.add("personnummer")
        if len(digits) >= 12 and _is_personnummer(digits[:12], plus=False):
            kinds.add("personnummer")
        if kinds:
            kind = preferred if preferred in kinds else next(iter(kinds))
            return Finding(kind, maybe_phone=False)
    return None


def find_identifier(text: str) -> Finding | None:
    """The first CPR number or personnummer in `text`, in any written form, if any."""
    plain = _normalise(text)
    return _labelled(plain) or _shaped(plain)


def refusal(finding: Finding) -> str:
    """Why the text is refused, without repeating the number; how to write a phone number."""
    message = t(f"privacy.{finding.kind}_found")
    if finding.maybe_phone:
        message += " " + t("privacy.phone_hint")
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
