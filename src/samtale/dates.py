"""Dates as the user reads them (Danish month names) and the age of a dated source."""

from __future__ import annotations

from datetime import date

from samtale.messages import t


def month_label(month: str | None) -> str:
    """``2009-03`` as ``marts 2009``; None (an undated source) says so."""
    if not month:
        return t("date.undated")
    year, number = month.split("-")
    return f"{t(f'month.{int(number)}')} {year}"


def day_label(day: date) -> str:
    """``22. november 2026``."""
    return f"{day.day}. {t(f'month.{day.month}')} {day.year}"


def years_since(month: str, today: date) -> int:
    """Whole years from the first of `month` to `today`."""
    year, number = (int(part) for part in month.split("-"))
    return today.year - year - ((today.month, today.day) < (number, 1))
