"""Find Danish CPR numbers and Swedish personnummer in free text, in every written form.

A note, a draft or a practice answer must never hold a national identity number, so every
free-text field goes through `samtale.store.identifiers` (`refuse_identifiers` for files,
`no_identifier` for prompts); the message catalogue asks `find_identifier` too, so a
message never echoes such a number. Pure: text in, a finding out; it sits below both.

The text is checked as the note will show it: every run of white space (line breaks, tabs,
no-break and thin spaces) is one space, every dash is ``-``, digits are ASCII and invisible
characters (soft hyphen, zero-width space) are gone. Then a *number* is digits joined by
single spaces or by one of ``- . / + _`` with at most a space either side, so
``010190\n1234``, ``01.01.90-1234``, ``1990-01-01-1234`` and ``0 1 0 1 9 0 1 2 3 4`` are
each one number. What is found:

- ten digits as date + four (``DDMMYY-XXXX`` for CPR, ``YYMMDD-XXXX`` or ``YYMMDD+XXXX`` for
  personnummer, ``+`` for people over 100), and twelve as ``YYYYMMDD-XXXX`` or
  ``DDMMYYYY-XXXX``, made of whole groups of a number;
- grouped only where the date's parts meet (``01 01 90``, ``01.01.90``, ``1990-01-01``)
  or one digit at a time; the four digits likewise (``12 34`` or ``1 2 3 4``). Other
  groupings are how phone numbers are written (``070-123 45 67``, ``08-123 456 78``);
- samordningsnummer (the day plus 60);
- after a label (``CPR``, ``CPR-nr``, ``cpr nr.``, ``personnummer``, ``pnr``,
  ``samordningsnummer``...) the digits in any grouping, e.g. ``CPR: 01 01 90 12 34``.

The date part is checked with python-stdnum (`stdnum.dk.cpr`, `stdnum.se.personnummer`), so
ten digits that cannot be a number of a person born by today pass. The check digit is not
required: modern CPR numbers need not pass modulus 11, and a personnummer with a mistyped
Luhn digit still points at one person (birth date plus three of four digits), so refusing
it is what the privacy rule asks for.

Numbers that pass on purpose, as they are what the text most likely means:

- a number right after a label that names another kind of number: an account, case,
  journal, invoice or order number, a phone number or a meeting (``kontonr. 3101901234``,
  ``journalnr 150124-1234``, ``tlf. 0101901234``, ``møde 150124-1400``). Only the number
  right after the label passes; a second number in the same run is checked. Accepted
  risk: an identity number written after such a label on purpose;
- a number right after ``+`` and a digit from 1 to 9: an international phone number;
- ten digits with no separator that start like a Swedish mobile number (070, 072, 073,
  076, 079), e.g. ``0701234567``. Accepted risk: an unseparated CPR of a person born on the
  7th of January, February, March, June or September is read as a phone number;
- a date, a space and a clock time: ``150124 1400`` on the quarter hour, ``01.01.1990
  12.34`` at any minute. Accepted risk: a CPR written with a space whose last four digits
  look like a quarter-hour time (about one in a hundred) is read as a date and time.

None of these pass after a CPR label. Bare, a real date with four digits is refused in any
of the forms above (``150124-1400`` too): the refusal message says to write ``tlf.`` before
a phone number, which then passes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

# Shapes, matched on `_normalise`d text. A number: digit groups joined by one space or by
# one separator character with at most a space either side.
_GROUP_JOIN = r"(?: ?[-./+_] ?| )"
_NUMBER = re.compile(rf"(?<![0-9])[0-9]+(?:{_GROUP_JOIN}[0-9]+)*")
_GROUP = re.compile(r"[0-9]+")
_ANY_DIGIT = re.compile(r"\d")
_LABEL = re.compile(
    r"(?<![a-zæøåäö])(?P<label>cpr|personnummer|personnr|pers\.? ?nr|p-? ?nr"
    r"|samordningsnummer|samordningsnr)(?![a-zæøåäö])"
    r"(?:[- ]?(?:nr|nummer|nummeret|no)(?![a-zæøåäö]))?"
    r"[ .:#=-]{0,4}(?:(?:er|är|is|var|=) {0,3})?"
    r"(?P<digits>[0-9](?:[ .+/-]{0,3}[0-9])*)",
    re.IGNORECASE,
)
# Labels that say the number after them is another kind of number (see the docstring):
# stems that name a number with "nr"/"nummer" after them, and words that do on their own.
_NUMBER_STEMS = (
    "konto|reg|registrerings|clearing|journal|j|sags?|ärende|diarie|d|faktura|ordre|order"
    "|kunde|kund|medlems?|bilags?|ref|reference|referens|kvitterings?|bestillings?"
    "|tlf|tel|tfn|telefon|mobil|mob|fax"
)
_NUMBER_WORDS = (
    "konto|tlf|tel|tfn|telefon|mobil|mob|fax|journal|sag|ärende|faktura|ref|reference"
    "|referens|ocr|bankgiro|plusgiro|møde|mødet|mødes|möte|mötet|kl|klokken|klockan"
)
_OTHER_NUMBER = re.compile(
    rf"(?<![a-zæøåäö])(?:(?:{_NUMBER_STEMS})[ .-]?(?:nr|nummer|no)\.?|(?:{_NUMBER_WORDS}))"
    r"[ .:#=-]{0,4}\Z",
    re.IGNORECASE,
)
_LABEL_REACH = 40  # characters before a number searched for such a label
_SWEDISH_MOBILE = re.compile(r"07[02369][0-9]{7}")
_QUARTER_HOURS = {"00", "15", "30", "45"}
_OLDEST = 130  # years: a birth date further back than this is no living person's
# Where a date's parts meet, counted in digits from the start: DD|MM|YY, YYYY|MM|DD (and
# YY|YY|MM|DD), DD|MM|YYYY.
_DATE_JOINS = {6: {2, 4}, 8: {2, 4, 6}}


@dataclass(frozen=True)
class Finding:
    """An identity number found: which kind, and whether it might have meant a phone number."""

    kind: str  # "cpr" or "personnummer"
    maybe_phone: bool


def _plain_char(char: str) -> str:
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


def _normalise(text: str) -> str | None:
    """The text as the note shows it (one space for any white space, one kind of dash,
    ASCII digits, nothing invisible); None when it has no digit, so cannot hold a number."""
    if text.isascii():  # the common case: nothing to map, white space split as below
        return " ".join(text.split()) if _ANY_DIGIT.search(text) else None
    text = unicodedata.normalize("NFKC", text)
    if not _ANY_DIGIT.search(text):
        return None
    return " ".join("".join(_plain_char(char) for char in text).split())


def _is_cpr(ten: str) -> bool:
    from stdnum.dk import cpr

    return cpr.is_valid(ten)  # the date in the century its 7th digit gives, not in the future


def _cpr_with_full_year(twelve: str) -> bool:
    """``DDMMYYYY`` and four digits: a CPR number whose year is written out."""
    from stdnum.dk import cpr

    ten = twelve[:4] + twelve[6:]
    return cpr.is_valid(ten) and cpr.get_birth_date(ten).year == int(twelve[4:8])


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


def _kind_of_twelve(twelve: str) -> str | None:
    if _is_personnummer(twelve, plus=False):
        return "personnummer"
    if _cpr_with_full_year(twelve):
        return "cpr"
    return None


@dataclass(frozen=True)
class _Candidate:
    """Whole groups of one number that hold 10 or 12 digits, and how they were joined."""

    digits: str
    joins: dict[int, str]  # digits before a join → the join as written (" ", "-", " . "...)
    first: bool  # starts at the number's first group


def _candidates(number: str) -> Iterator[_Candidate]:
    """Every run of whole groups of `number` with 10 or 12 digits, in text order."""
    groups = list(_GROUP.finditer(number))
    for start in range(len(groups)):
        digits = ""
        joins: dict[int, str] = {}
        for index in range(start, len(groups)):
            if index > start:
                joins[len(digits)] = number[groups[index - 1].end() : groups[index].start()]
            digits += groups[index][0]
            if len(digits) in (10, 12):
                yield _Candidate(digits, dict(joins), first=start == 0)
            if len(digits) >= 12:
                break


def _grouped_like_a_date(candidate: _Candidate) -> bool:
    """Split only where the date's parts meet, or one digit at a time; the four digits the
    same (``12 34`` or ``1 2 3 4``); and split between date and four digits whenever split
    at all, so no group holds the end of a date and the start of the four digits."""
    head = len(candidate.digits) - 4
    if candidate.joins and head not in candidate.joins:
        return False
    in_date = {at for at in candidate.joins if at < head}
    in_serial = {at for at in candidate.joins if at > head}
    date_ok = in_date <= _DATE_JOINS[head] or in_date == set(range(1, head))
    serial_ok = in_serial <= {head + 2} or in_serial == {head + 1, head + 2, head + 3}
    return date_ok and serial_ok


def _a_clock_time(candidate: _Candidate) -> bool:
    """A date, a space and a time: ``150124 1400`` on the quarter hour, ``... 12.34``."""
    head = len(candidate.digits) - 4
    serial = candidate.digits[head:]
    if candidate.joins.get(head, "-").strip(" ") or int(serial[:2]) > 23:
        return False
    split = candidate.joins.get(head + 2)
    if split is None:
        return serial[2:] in _QUARTER_HOURS
    return split.strip() == "." and int(serial[2:]) <= 59


def _found(candidate: _Candidate) -> Finding | None:
    digits, joins = candidate.digits, candidate.joins
    if not _grouped_like_a_date(candidate) or _a_clock_time(candidate):
        return None
    marks = "".join(joins.values()).replace(" ", "")
    if len(digits) == 10:
        if not joins and _SWEDISH_MOBILE.fullmatch(digits):
            return None
        kind = _kind_of_ten(digits, plus="+" in joins.get(6, ""))
    else:
        kind = _kind_of_twelve(digits)
    return Finding(kind, maybe_phone=not marks) if kind else None


def _named_otherwise(text: str, start: int) -> bool:
    """Whether the number at `start` follows a label naming another kind of number, or
    ``+`` and a country code."""
    if text[start - 1 : start] == "+" and text[start] != "0":
        return True
    return bool(_OTHER_NUMBER.search(text[max(0, start - _LABEL_REACH) : start]))


def _shaped(text: str) -> Finding | None:
    """Unlabelled numbers, minus the harmless readings the module docstring names."""
    for number in _NUMBER.finditer(text):
        named = _named_otherwise(text, number.start())
        for candidate in _candidates(number[0]):
            found = None if named and candidate.first else _found(candidate)
            if found:
                return found
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
    return (_labelled(plain) or _shaped(plain)) if plain else None
