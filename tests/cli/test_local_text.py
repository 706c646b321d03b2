"""A local resources file is typed by a team: its words reach the note as literal text,
and its links may only be web, phone or e-mail addresses (issue 23, point 7)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ENTRY = """\
resources:
  - id: odense_sel_raadgivning
    name: {name}
    description: {description}
    groups: [sex_workers]
    services: [counselling]
    coverage: Odense
    contact:
      - kind: {kind}
        value: {value}
        note: {note}
    verified: "2026-10-01"
    verified_by: "Team Udsatte"
"""
PLAIN = {
    "name": "Odense rådgivning",
    "description": "Kommunens egen rådgivning.",
    "kind": "phone",
    "value": '"11 22 33 44"',
    "note": "hverdage",
}


def _local(home: Path, **fields: str) -> Path:
    home.mkdir(parents=True, exist_ok=True)
    path = home / "resources.yaml"
    path.write_text(ENTRY.format(**{**PLAIN, **fields}), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("field", "text", "line", "where"),
    [
        ("name", '"Se [her](javascript:alert(1))"', 3, "name"),
        ("description", '"[x](javascript:alert(1))"', 4, "description"),
        ("description", '"<javascript:alert(1)>"', 4, "description"),
        ("description", "\"<a href='javascript:x'>her</a>\"", 4, "description"),
        ("description", '"[x](data:text/html;base64,PHNjcmlwdD4=)"', 4, "description"),
        ("description", '"[x](foo.html)"', 4, "description"),
        ("description", '"[x]: vbscript:msgbox"', 4, "description"),
        ("note", '"[sms](sms:+4511223344)"', 11, "contact.0.note"),
        ("value", '"JavaScript:alert(1)"', 10, "contact.0.value"),
    ],
)
def test_data_check_refuses_a_link_that_is_no_web_phone_or_mail_address(
    cli, home: Path, field: str, text: str, line: int, where: str
) -> None:
    path = _local(home, **{field: text})
    result = cli("data", "check")
    assert result.exit_code == 2, result.output
    assert f"{path}:{line}: " in result.stderr
    assert f"{where}: linket" in result.stderr


@pytest.mark.parametrize(
    ("kind", "value"),
    [("web", "ftp://example.org"), ("email", "tel:12345678"), ("phone", "https://x.dk")],
)
def test_a_contact_value_carries_only_the_scheme_of_its_kind(
    cli, home: Path, kind: str, value: str
) -> None:
    path = _local(home, kind=kind, value=value)
    result = cli("data", "check")
    assert result.exit_code == 2
    assert f"{path}:10: " in result.stderr


def test_web_phone_and_mail_links_pass(cli, home: Path) -> None:
    _local(
        home,
        description='"Se [siden](https://example.org/a_b) eller <mailto:a@example.org>"',
        note='"[ring](tel:+4511223344), kl. 10:00-12:00"',
        kind="web",
        value="https://example.org",
    )
    result = cli("data", "check")
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    "text",
    [
        "Bemærk: data fra 2020",
        "Data: se nedenfor",
        "Åbent kl. 10:00",
        "Tlf. 11 22 33 44",
        "www.example.org:8080",
    ],
)
def test_ordinary_text_has_no_bad_link(text: str) -> None:
    from samtale.guide.check import bad_links

    assert bad_links(text) == []


def test_the_note_shows_a_local_entry_as_literal_text(cli, home: Path, answers_file: Path) -> None:
    _local(
        home,
        name='"Odense <script>alert(1)</script> rådgivning"',
        description='"# Se **vores** side <b>her</b>. ![x](https://example.org/x.png)"',
        note='"<img src=x onerror=alert(1)>"',
    )
    assert cli("data", "check").exit_code == 0  # HTML is no link: it is escaped instead
    note = cli("prep", "--answers", str(answers_file), "--stdout").stdout
    body = note.split("\n", 1)[1]  # the metadata line keeps the name as given, in a comment
    assert "Odense \\<script\\>alert(1)\\</script\\> rådgivning" in body
    # The short note shows the offer's name (card, sources) and leaves its description and
    # the point's note to `samtale resources`; wherever they appear, they are text.
    local = [line for line in body.splitlines() if "alert" in line or "vores" in line]
    assert local
    unescaped = [line for line in local if re.search(r"(?<!\\)[<>]", line)]
    assert not unescaped, unescaped
    assert "](https" not in body.replace("\\](https", "")  # only as escaped text


def test_an_exported_page_holds_no_markup_from_a_local_entry(
    cli, home: Path, answers_file: Path
) -> None:
    import json

    _local(home, name='"Odense <script>alert(1)</script>"', note='"<img src=x onerror=y>"')
    assert cli("prep", "--answers", str(answers_file)).exit_code == 0
    note_id = json.loads(cli("notes", "list", "--json").stdout)[0]["id"]
    page = cli("notes", "export", note_id, "--format", "html").stdout
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
