"""Refuse national identity numbers in free text: a prep note must never hold one.

Danish CPR numbers are DDMMYY-XXXX; Swedish personnummer are (YY)YYMMDD-XXXX (or + for
people over 100). Both are matched with or without the separator, but only where the date
part is a real date, so ordinary ten-digit numbers rarely trip the check.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from samtale.errors import UsageError
from samtale.messages import t

_TEN_DIGITS = re.compile(r"(?<![\d-])(\d{6})[-+ ]?(\d{4})(?![\d-])")
_TWELVE_DIGITS = re.compile(r"(?<![\d-])(\d{8})[-+]?(\d{4})(?![\d-])")


def _is_date(day: int, month: int, year: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _any_century(day: int, month: int, yy: int) -> bool:
    # 2000 is a leap year and 1900 is not; either century makes the date real.
    return _is_date(day, month, 2000 + yy) or _is_date(day, month, 1900 + yy)


def find_identifier(text: str) -> str | None:
    """The kind of identity number in `text` (``cpr`` or ``personnummer``), if any."""
    for match in _TEN_DIGITS.finditer(text):
        six = match.group(1)
        a, b, c = int(six[:2]), int(six[2:4]), int(six[4:])
        if _any_century(a, b, c):
            return "cpr"
        if _any_century(c, b, a) or _any_century(c - 60, b, a):
            return "personnummer"
    for match in _TWELVE_DIGITS.finditer(text):
        eight = match.group(1)
        year, month, day = int(eight[:4]), int(eight[4:6]), int(eight[6:])
        if 1880 <= year <= 2100 and (_is_date(day, month, year) or _is_date(day - 60, month, year)):
            return "personnummer"
    return None


def refuse_identifiers(texts: Iterable[str]) -> None:
    """Raise a `UsageError` that says why, if any text holds an identity number."""
    for text in texts:
        kind = find_identifier(text)
        if kind:
            raise UsageError(t(f"privacy.{kind}_found"))
