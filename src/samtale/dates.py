"""Dates as the user reads them (in the run's language) and the age of a dated source."""

from __future__ import annotations

from datetime import date

from samtale.messages import Msg, t


def month_label(month: str | None) -> str:
    """``2009-03`` as ``marts 2009``, ``2019-12-18`` as ``18. december 2019`` (Swedish:
    ``18 december 2019``); None says so."""
    if not month:
        return t(Msg.DATE_UNDATED)
    year, number, *day = month.split("-")
    if day:
        return t(Msg.DATE_DAY, day=int(day[0]), month=t(f"month.{int(number)}"), year=year)
    return f"{t(f'month.{int(number)}')} {year}"


def day_label(day: date) -> str:
    """``22. november 2026`` in Danish, ``22 november 2026`` in Swedish."""
    return t(Msg.DATE_DAY, day=day.day, month=t(f"month.{day.month}"), year=day.year)


def start_of(value: str) -> date:
    """The first day a ``YYYY-MM`` or ``YYYY-MM-DD`` date can mean (the oldest reading)."""
    year, month, *day = (int(part) for part in value.split("-"))
    return date(year, month, day[0] if day else 1)


def years_since(month: str, today: date) -> int:
    """Whole years from `month` (``YYYY-MM`` or ``YYYY-MM-DD``) to `today`."""
    then = start_of(month)
    return today.year - then.year - ((today.month, today.day) < (then.month, then.day))


def months_later(day: date, months: int) -> date:
    """`day` moved `months` calendar months on (the 31st becomes the month's last day)."""
    import calendar

    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))
