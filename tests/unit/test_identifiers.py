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
from samtale.messages.sv import MESSAGES as SV
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
    # White space as the note shows it: one space, however it was typed or pasted
    ("010190\n1234", "cpr"),
    ("010190\r\n1234", "cpr"),
    ("010190    1234", "cpr"),  # four spaces
    ("010190\t\t1234", "cpr"),
    ("010190 \n 1234", "cpr"),
    ("010190\n-\n1234", "cpr"),
    ("010190\u2013\n1234", "cpr"),
    ("010190\u00a0\u00a0\u00a01234", "cpr"),
    ("Hun skrev 010190\n1234 på papiret", "cpr"),
    ("CPR\n010190\n1234", "cpr"),
    # Punctuation in the date, the date written out, groups of two
    ("01.01.90-1234", "cpr"),
    ("01-01-90-1234", "cpr"),
    ("01/01/90-1234", "cpr"),
    ("01.01.90 1234", "cpr"),
    ("01.01.90.1234", "cpr"),
    ("01.01.90/1234", "cpr"),
    ("01 01 90 12 34", "cpr"),
    ("01 01 90-12 34", "cpr"),
    ("01 01 90 - 1234", "cpr"),
    ("01\u00a001\u00a090\u00a01234", "cpr"),
    ("01. 01. 90 - 1234", "cpr"),
    ("0101 90 1234", "cpr"),
    ("010190/1234", "cpr"),
    ("010190.1234", "cpr"),
    ("010190_1234", "cpr"),
    ("010190 . 1234", "cpr"),
    ("15.01.24-1400", "cpr"),  # a real date: refused bare, time-shaped or not
    ("150124 14 05", "cpr"),  # not on the quarter hour
    ("01.01.1990-1234", "cpr"),  # the year written out
    ("01-01-1990-1234", "cpr"),
    ("01 01 1990 1234", "cpr"),
    ("01.01.1990 1234", "cpr"),  # 12:34 is no quarter hour
    ("Født 01.01.90-1234", "cpr"),
    ("(01.01.90-1234)", "cpr"),
    ("cpr-nr.: 01.01.90-1234", "cpr"),
    # One space (or line break) per digit
    ("0 1 0 1 9 0 1 2 3 4", "cpr"),
    ("0 1 0 1 9 0 - 1 2 3 4", "cpr"),
    ("0\u00a01\u00a00\u00a01\u00a09\u00a00\u00a01\u00a02\u00a03\u00a04", "cpr"),
    ("0\n1\n0\n1\n9\n0\n1\n2\n3\n4", "cpr"),
    ("0-1-0-1-9-0-1-2-3-4", "cpr"),
    ("0.1.0.1.9.0.1.2.3.4", "cpr"),
    ("0 1 0 1 9 0 12 34", "cpr"),
    ("1 9 9 0 0 1 0 1 1 2 3 4", "personnummer"),
    # Personnummer with punctuation
    ("1990-01-01-1234", "personnummer"),
    ("1990.01.01-1234", "personnummer"),
    ("1990/01/01-1234", "personnummer"),
    ("1990 01 01 1234", "personnummer"),
    ("1990-01-01 12 34", "personnummer"),
    ("90-01-01-1234", "personnummer"),
    ("90.01.01-1234", "personnummer"),
    ("12-12-12+1212", "personnummer"),
    ("121212 + 1212", "personnummer"),
    ("900161 - 1234", "personnummer"),
    ("1990-01-61-1234", "personnummer"),
    ("19900101\n1234", "personnummer"),
    # A label names only the number right after it; numbers after that are checked
    ("tlf 12 34 56 78 010190-1234", "cpr"),
    ("tlf. 12 34 56 78 og 010190-1234", "cpr"),
    ("+45 12 34 56 78 / 010190-1234", "cpr"),
    ("møde 150124-1400, 010190-1234", "cpr"),
    ("kontonr. 3101901234, cpr 0101901234", "cpr"),
    ("Side 12. 010190-1234", "cpr"),
    ("Tlf. CPR 0101901234", "cpr"),
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
    # A label says the number is another kind of number (a real date and four digits)
    "kontonr. 3101901234",
    "konto-nr. 3101901234",
    "Reg.nr. 1234 kontonr. 3101901234",
    "kontonummer: 0101901234",
    "møde 150124-1400",
    "Møde: 15.01.24-1400",
    "mødet 150124 1410",
    "journalnr 150124-1234",
    "J.nr. 150124-1234",
    "sagsnr. 150124-1234",
    "Sagsnummer 150124 1234",
    "tlf. 0101901234",
    "tlf: 01 01 90 12 34",
    "Mobil 010190 1234",
    "telefonnr. 0101901234",
    "tfn 0101901234",
    "Ärendenr 150124-1234",
    "Dnr 150124-1234",
    "fakturanr. 0101901234",
    "ordrenr 0101901234",
    "kundenr. 010190-1234",
    # A date and a time
    "01.01.1990 12.34",
    "01.01.1990 12.30",
    "15.01.24 1400",
    "15-01-2024 14.00",
    "2024-01-15 14.30",
    "2024-01-15 1400",
    "150124\n1400",
    "Kl. 12.30 - 13.15",
    "tid 14.00-15.30",
    # Grouped as phone numbers are, or after a country code
    "+45 31 01 90 12",
    "+46 10 190 12 34",
    "010-190 12 34",
    "010 190 12 34",
    "070 12 34 567",
    "08 123 456 78",
    "0101 9 01234",
    # Other numbers
    "1 2 3 4 5 6 7 8 9 0 1 2",
    "kr. 1.234.567,50",
    "1.000 1.500 2.000",
    "årgang 1990-1994",
    "uge 12-14",
    "10-12 gange",
    "2 x 500 mg",
    "Hun har 3 børn på 2, 5 og 8 år",
    "side 12-34",
    "ISBN 978-87-02-12345-6",
    "CVR 12345678",
    "EAN 5790000123456",
]


def test_the_table_is_large() -> None:
    assert len(REFUSED) + len(PASSED) >= 150


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


@pytest.mark.parametrize("messages", [MESSAGES, SV])
def test_a_refusal_that_could_be_a_phone_number_says_how_to_write_one(messages) -> None:
    message = str(no_identifier("ring 01 01 90 12 34"))
    assert MESSAGES["privacy.phone_hint"] in message
    # ...and the way the hint shows passes, also for the number that was refused.
    examples = re.findall(r"(?:tlf\.|tfn) \d[\d -]*\d", messages["privacy.phone_hint"])
    assert len(examples) == 2
    for example in examples:
        assert no_identifier(example) is True
    label = examples[0].split(" ")[0]
    assert no_identifier(f"ring {label} 01 01 90 12 34") is True


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
    from tests.helpers.terminal import ENTER, finish, spawn

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


# Through every entry point: each form reaches the guard as the note would show it.
FORMS = ("010190\n1234", "01.01.90-1234", "1990-01-01-1234", "0 1 0 1 9 0 1 2 3 4")


def _refused(output: str) -> bool:
    """The refusal says why, and the number is not echoed."""
    said = MESSAGES["privacy.cpr_found"][:30] in output
    said = said or MESSAGES["privacy.personnummer_found"][:30] in output
    return said and "1234" not in output


def _files(home: Path) -> list[Path]:
    return [p for p in home.rglob("*") if p.is_file()] if home.exists() else []


@pytest.mark.parametrize("form", FORMS)
def test_an_answers_file_refuses_a_spread_out_number(
    cli, home: Path, answers_file: Path, form: str
) -> None:
    import json

    text = answers_file.read_text(encoding="utf-8").replace(
        '"Kan også være en ny kæreste"', json.dumps(f"Skrev {form} på en seddel")
    )
    answers_file.write_text(text, encoding="utf-8")
    result = cli("prep", "--answers", str(answers_file))
    assert result.exit_code == 2
    assert _refused(result.output)
    assert not _files(home)


FOLLOWUP_FIELDS = {  # field: (its line in a follow-up answers file, the form written there)
    "topics": ("topics: [bolig, {text}]\n", "01.01.90-1234"),
    "agreed": ("agreed: {text}\n", "010190\n    1234"),
    "referrals": ("referrals: [{text}]\n", "1990-01-01-1234"),
    "consent": ("consent: {text}\n", "0 1 0 1 9 0 1 2 3 4"),
    "safe_contact": ("safe_contact: {text}\n", "01 01 90 12 34"),
}


@pytest.mark.parametrize("field", FOLLOWUP_FIELDS)
def test_every_followup_field_refuses_a_spread_out_number(
    cli, home: Path, tmp_path: Path, answers_file: Path, field: str
) -> None:
    import json

    from tests.cli.test_notes_after import new_note, note_path

    note_id = new_note(cli, answers_file)
    before = note_path(home, note_id).read_bytes()
    template, form = FOLLOWUP_FIELDS[field]
    path = tmp_path / "followup.yaml"
    line = template.format(text=json.dumps(f"Hun sagde {form}"))
    path.write_text(f"outcome: held\ncontact_form: phone\n{line}", encoding="utf-8")
    result = cli("notes", "followup", note_id, "--answers", str(path))
    assert result.exit_code == 2, result.output
    assert _refused(result.output)
    assert note_path(home, note_id).read_bytes() == before


def test_every_followup_prompt_refuses_a_spread_out_number() -> None:
    """Each text the follow-up asks for is refused as it is typed (dates as no date)."""
    from datetime import date

    from samtale.prep.followup_questions import OTHER, ask_followup

    checked: list[str] = []

    class Refusing:
        def text(self, message, default, validate):
            for form in FORMS:
                assert validate(form) is not True, (message, form)
            checked.append(message)
            return ""

        def select(self, message, choices, default):
            return default

        def checkbox(self, message, groups, checked_values):
            return [OTHER]

        def confirm(self, message, default):
            return True

    ask_followup(Refusing(), ["Reden"], date(2026, 12, 3))  # type: ignore[arg-type]
    assert len(checked) == 8  # date, topics, agreed, other referral, consent, safe, 2 dates


def test_practice_save_refuses_a_spread_out_number(
    cli, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The form is refused at the prompt; the answer typed again is what is saved."""
    from samtale.cli import practice
    from samtale.guide.load import load_guide

    case = load_guide("dk").cases[0]
    refusals: list[str] = []

    class Retyping:
        """Types a spread-out number first, then types again when told why."""

        def __init__(self) -> None:
            self.tries = list(FORMS)

        def text(self, message, default, validate):
            while self.tries:
                verdict = validate(f"Hun nævnte {self.tries.pop(0)}")
                assert verdict is not True
                refusals.append(str(verdict))
            return "Jeg ville spørge ind"

        def say(self, text):
            pass

    monkeypatch.setattr(practice, "_prompter", Retyping)
    result = cli("practice", case.id, "--save")
    assert result.exit_code == 0, result.output
    assert len(refusals) == len(FORMS)
    saved = _files(home)
    assert saved
    assert all(b"1234" not in p.read_bytes() for p in saved)


@pytest.mark.parametrize("form", FORMS)
def test_config_set_role_refuses_a_spread_out_number(cli, home: Path, form: str) -> None:
    result = cli("config", "set", "role", f"Socialrådgiver {form}".replace("\n", " "))
    assert result.exit_code == 2, result.output
    assert _refused(result.output)
    assert all(b"1234" not in p.read_bytes() for p in _files(home))


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_prep_refuses_a_number_pasted_over_two_lines(home: Path) -> None:
    """A terminal pastes line breaks into the answer (bracketed paste); the guard sees the
    answer as the note would show it, one line."""
    pytest.importorskip("pexpect")
    from tests.helpers.terminal import CTRL_C, ENTER, finish, spawn

    child = spawn("prep")
    child.expect(re.escape(MESSAGES["q.role"][:30]))
    child.send("\x1b[200~Socialrådgiver\n010190\n1234\x1b[201~")
    child.send(ENTER)
    child.expect(re.escape(MESSAGES["privacy.cpr_found"][:30]))
    child.send(CTRL_C)
    finish(child)
    assert all(b"010190" not in p.read_bytes() for p in _files(home))


# Errors never echo a typed value the guard would refuse (point 7 of issue 23).
NOT_SHOWN = MESSAGES["privacy.not_shown"]


@pytest.mark.parametrize(
    "args",
    [
        ("resources", "--region", "0101901234"),
        ("resources", "--region", "01.01.90-1234"),
        ("resources", "--country", "010190-1234"),
        ("notes", "show", "0101901234"),
        ("practice", "1990-01-01-1234"),
        ("config", "set", "010190-1234", "x"),
        ("facts", "010190-1234"),
    ],
)
def test_an_unknown_value_that_looks_like_a_cpr_number_is_not_echoed(
    cli, home: Path, args: tuple[str, ...]
) -> None:
    result = cli(*args)
    assert result.exit_code == 2, result.output
    assert NOT_SHOWN in result.output
    assert "1234" not in result.output


def test_an_answers_file_does_not_echo_unknown_values_that_look_like_cpr_numbers(
    cli, home: Path, tmp_path: Path
) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text(
        'citizen: "K.M."\ngender: "010190-1234"\nsigns:\n  "0101901234": ""\n'
        '"01.01.90-1234": x\nregion: Odensee\n',
        encoding="utf-8",
    )
    result = cli("prep", "--answers", str(path), "--stdout")
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 4
    assert "1234" not in result.output
    assert sum(NOT_SHOWN in line for line in lines) == 3
    assert "'Odense'" in result.stderr  # other values are still echoed, with a suggestion


def test_the_swedish_words_for_a_value_not_shown(cli, home: Path) -> None:
    result = cli("resources", "--country", "se", "--region", "900101-1234")
    assert result.exit_code == 2
    assert SV["privacy.not_shown"] in result.output
    assert "1234" not in result.output
