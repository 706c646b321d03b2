"""Identity numbers are found and refused in free text."""

from __future__ import annotations

import pytest

from samtale.errors import UsageError
from samtale.prep.privacy import find_identifier, refuse_identifiers


@pytest.mark.parametrize(
    "text",
    [
        "120390-1234",
        "cpr 1203901234 i teksten",
        "født 010100 1234",
        "290200-4321",  # 29 February 2000
    ],
)
def test_cpr_numbers_are_found(text: str) -> None:
    assert find_identifier(text) == "cpr"


@pytest.mark.parametrize("text", ["19900312-1234", "900312-1234 (svensk)"])
def test_swedish_personnummer_are_found(text: str) -> None:
    assert find_identifier(text) in {"personnummer", "cpr"}


@pytest.mark.parametrize(
    "text",
    [
        "ring 33 23 40 52",
        "tlf. 70202550",
        "9999999999",  # no valid date either way
        "kl. 12-16, 2 gange om ugen",
        "123456789012345",  # too long to be a number of either kind
    ],
)
def test_ordinary_numbers_pass(text: str) -> None:
    assert find_identifier(text) is None


def test_refusal_says_why_without_echoing_the_number() -> None:
    with pytest.raises(UsageError) as error:
        refuse_identifiers(["ok", "nummer 120390-1234"])
    assert "CPR-nummer" in error.value.message
    assert "1234" not in error.value.message
