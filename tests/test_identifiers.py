"""CPR numbers and personnummer are refused in every written form; harmless numbers pass.

The table holds the forms a professional might type (or paste from a case system, which
brings no-break spaces and typographic dashes with it) and the numbers that only look alike.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from samtale.errors import UsageError
from samtale.messages.da import MESSAGES
from samtale.store.identifiers import find_identifier, no_identifier, refuse_identifiers

CPR = "010190-1234"  # born 1 January 1990; not a real person's number

REFUSED = [
    # CPR, every separator
    ("010190-1234", "cpr"),
    ("0101901234", "cpr"),
    ("010190 1234", "cpr"),
    ("010190\u20131234", "cpr"),  # en dash
    ("010190\u20141234", "cpr"),  # em dash
    ("010190\u22121234", "cpr"),  # minus sign
    ("010190\u20111234", "cpr"),  # no-break hyphen
    ("010190\u20121234", "cpr"),  # figure dash
    ("010190\u20101234", "cpr"),  # hyphen
    ("010190\ufe631234", "cpr"),  # small hyphen-minus
    ("010190\uff0d1234", "cpr"),  # full-width hyphen-minus
    ("010190\u00a01234", "cpr"),  # no-break space
    ("010190\u202f1234", "cpr"),  # narrow no-break space
    ("010190\u20091234", "cpr"),  # thin space
    ("010190\u20071234", "cpr"),  # figure space
    ("010190\t1234", "cpr"),
    ("010190 - 1234", "cpr"),
    ("010190 \u2013 1234", "cpr"),
    ("010190  -  1234", "cpr"),
    ("010190\u00a0-\u00a01234", "cpr"),
    ("010190 -1234", "cpr"),
    ("010190- 1234", "cpr"),
    ("010190\u00ad1234", "cpr"),  # soft hyphen: shows as nothing
    ("010190\u200b-1234", "cpr"),  # zero-width space
    ("\uff10\uff11\uff10\uff11\uff19\uff10-\uff11\uff12\uff13\uff14", "cpr"),  # full-width
    # CPR in a sentence or after a label
    ("Hendes cpr-nummer er 010190-1234.", "cpr"),
    ("(010190-1234)", "cpr"),
    ("nr.010190-1234,", "cpr"),
    ("CPR 0101901234", "cpr"),
    ("CPR-0101901234", "cpr"),
    ("CPR: 010190-1234", "cpr"),
    ("CPR-nr. 010190-1234", "cpr"),
    ("cpr nr. 010190 1234", "cpr"),
    ("cpr.nr 010190-1234", "cpr"),
    ("CPR-nummer 010190-1234", "cpr"),
    ("CPR: 01 01 90 12 34", "cpr"),  # labelled: any grouping
    ("CPR 01.01.90-1234", "cpr"),
    ("cpr nr. 0701234567", "cpr"),  # labelled: not read as a mobile number
    ("CPR 150124 1400", "cpr"),  # labelled: not read as a date and time
    # CPR dates at the edges
    ("290200-4321", "cpr"),  # 29 February 2000
    ("311299-1234", "cpr"),
    ("010101-5123", "cpr"),  # 7th digit 5 with year 01: born 2001
    ("070123-4567", "cpr"),  # mobile-shaped digits, but written as a CPR number
    ("150124-1400", "cpr"),  # time-shaped digits, but written with a dash
    ("150124 1405", "cpr"),  # not on the quarter hour
    ("1501241400", "cpr"),  # no space: not a date and a time
    # Swedish personnummer
    ("900101-1234", "personnummer"),
    ("9001011234", "personnummer"),
    ("900101 1234", "personnummer"),
    ("19900101-1234", "personnummer"),
    ("199001011234", "personnummer"),
    ("19900101 1234", "personnummer"),
    ("19900101 \u2013 1234", "personnummer"),
    ("19900101\u20111234", "personnummer"),
    ("900101\u22121234", "personnummer"),
    ("121212+1212", "personnummer"),  # over 100: born 1912
    ("900161-1234", "personnummer"),  # samordningsnummer: day 1 + 60
    ("19900191-1234", "personnummer"),  # samordningsnummer: day 31 + 60
    ("personnummer 19900101-1234", "personnummer"),
    ("Personnummer: 900101-1234", "personnummer"),
    ("pnr 9001011234", "personnummer"),
    ("p-nr. 900101-1234", "personnummer"),
    ("pers.nr 900101-1234", "personnummer"),
    ("samordningsnummer 900161-1234", "personnummer"),
    ("Samordningsnr: 19900191 1234", "personnummer"),
    ("personnr 1990 01 01 12 34", "personnummer"),  # labelled: any grouping
]

PASSED = [
    # Swedish mobile and landline numbers
    "0701234567",
    "0721234567",
    "0731234567",
    "0761234567",
    "0791234567",
    "070-123 45 67",
    "070 123 45 67",
    "070-1234567",
    "+46 70 123 45 67",
    "+46701234567",
    "08-123 456 78",
    "0812345678",  # as a CPR number: born 2034
    # Danish phone numbers
    "12 34 56 78",
    "12345678",
    "+45 12 34 56 78",
    "+4512345678",
    "ring 33 23 40 52",
    "tlf. 70202550",
    # dates, times, case numbers
    "150124 1400",
    "150124 0930",
    "20240115 1400",
    "2024-0012345",
    "J.nr. 2024-0012345",
    "Sagsnr. 2024/001234",
    "01.01.1990",
    "010190",
    "2026-11-23",
    "kl. 14:00-15:30",
    "kl. 12-16, 2 gange om ugen",
    "Aftale 15/01-24 kl. 1400",
    "postnr. 5000 Odense",
    # digits that cannot be a person's number
    "9999999999",
    "320290-1234",  # day 32 (and no samordningsnummer: 30 February)
    "011390-1234",  # month 13
    "300290-1234",  # 30 February, and no samordningsnummer either
    "011235-4123",  # born 2035
    "18801231-1234",  # more than 130 years ago
    "20990101-1234",  # not born yet
    "123456789012345",  # too long for either
    "0101901234567",  # thirteen digits
    "1 2 3 4 5 6 7 8 9 0",
    "IBAN DK50 0040 0440 1162 43",
]


def test_the_table_is_large() -> None:
    assert len(REFUSED) + len(PASSED) >= 80


@pytest.mark.parametrize(("text", "kind"), REFUSED)
def test_identity_numbers_are_refused(text: str, kind: str) -> None:
    found = find_identifier(text)
    assert found is not None
    assert found.kind == kind


@pytest.mark.parametrize("text", PASSED)
def test_harmless_numbers_pass(text: str) -> None:
    assert find_identifier(text) is None


def test_refusal_says_why_without_echoing_the_number() -> None:
    with pytest.raises(UsageError) as error:
        refuse_identifiers(["ok", f"nummer {CPR}"])
    assert error.value.exit_code == 2
    assert "CPR-nummer" in error.value.message
    assert "1234" not in error.value.message


def test_a_refusal_that_could_be_a_phone_number_says_how_to_write_one() -> None:
    message = str(no_identifier("ring 0101901234"))
    assert MESSAGES["privacy.phone_hint"] in message
    # ...and the way the hint shows passes.
    for example in re.findall(r"\d[\d -]*\d", MESSAGES["privacy.phone_hint"]):
        assert no_identifier(example) is True


def test_a_refusal_with_a_dash_gives_no_phone_hint() -> None:
    assert MESSAGES["privacy.phone_hint"] not in str(no_identifier(CPR))


def test_validator_passes_ordinary_text() -> None:
    assert no_identifier("Siger hun er alene, men telefonen summer") is True


def test_prep_refuses_an_en_dash_cpr_in_an_observation(
    cli, home: Path, tmp_path: Path, answers_file: Path
) -> None:
    text = answers_file.read_text(encoding="utf-8").replace(
        '"Kan også være en ny kæreste"', '"Nævnte 010190\u20131234"'
    )
    answers_file.write_text(text, encoding="utf-8")
    result = cli("prep", "--answers", str(answers_file))
    assert result.exit_code == 2
    assert "CPR-nummer" in result.output
    assert "1234" not in result.output
    assert not home.exists() or not any(p.is_file() for p in home.rglob("*"))


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_practice_save_refuses_a_cpr_number_as_it_is_typed(home: Path) -> None:
    pytest.importorskip("pexpect")
    from samtale.guide.load import load_guide
    from tests.terminal import ENTER, finish, spawn

    case = load_guide("dk").cases[0]
    child = spawn("practice", case.id, "--save")
    child.expect(re.escape(MESSAGES[f"practice.q.{case.reflections[0].question}"][:30]))
    child.send("Hun sagde CPR 010190 - 1234" + ENTER)
    child.expect(re.escape(MESSAGES["privacy.cpr_found"][:30]))
    child.send("\x15" + "Jeg ville spørge" + ENTER)  # Ctrl-U clears the line
    for reflection in case.reflections[1:]:
        child.expect(re.escape(MESSAGES[f"practice.q.{reflection.question}"][:30]))
        child.send(ENTER)
    rest = finish(child)
    assert child.exitstatus == 0, rest
    saved = [p for p in home.rglob("*") if p.is_file()]
    assert saved
    assert all(b"010190" not in p.read_bytes() for p in saved)
    assert any("Jeg ville spørge" in p.read_text(encoding="utf-8") for p in saved)
