"""The Danish and Swedish catalogues must say the same things with the same placeholders."""

from __future__ import annotations

import string

import pytest

from samtale.messages.da import MESSAGES as DA
from samtale.messages.sv import MESSAGES as SV

CATALOGUES = {"da": DA, "sv": SV}


def placeholders(text: str) -> set[str]:
    """The names of the `{placeholders}` in `text`."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_same_keys() -> None:
    missing_in_sv = sorted(set(DA) - set(SV))
    missing_in_da = sorted(set(SV) - set(DA))
    assert not missing_in_sv, f"keys in da.py missing in sv.py: {missing_in_sv}"
    assert not missing_in_da, f"keys in sv.py missing in da.py: {missing_in_da}"


def test_same_placeholders() -> None:
    different = {
        key: (sorted(placeholders(DA[key])), sorted(placeholders(SV[key])))
        for key in sorted(set(DA) & set(SV))
        if placeholders(DA[key]) != placeholders(SV[key])
    }
    assert not different, f"placeholders differ (da, sv): {different}"


@pytest.mark.parametrize("language", sorted(CATALOGUES))
def test_no_empty_values(language: str) -> None:
    empty = sorted(key for key, text in CATALOGUES[language].items() if not text.strip())
    assert not empty, f"empty values in {language}.py: {empty}"
