"""The coordinator's directory: `resources export`, `resources import`, `--stale --format csv`.

Driven through the CLI, as a coordinator runs it: export, edit a cell the way a
spreadsheet program saves it, import, and see the change in `resources` and in a note.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest

from samtale.guide.spreadsheet import COLUMNS
from samtale.messages import t
from tests.helpers import ANSWERS_YAML

CMM_HOTLINE = "70 20 25 50"


def _read_csv(path: Path) -> list[dict[str, str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))


def _write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=COLUMNS, delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes(out.getvalue().encode("utf-8-sig"))


def _export(cli, tmp_path: Path, name: str = "directory.csv", *args: str) -> Path:
    path = tmp_path / name
    result = cli("resources", "export", "--output", str(path), *args)
    assert result.exit_code == 0, result.output
    return path


def _hotline(rows: list[dict[str, str]]) -> dict[str, str]:
    return next(row for row in rows if row["id"] == "cmm" and row["value"] == CMM_HOTLINE)


def test_export_has_one_row_per_contact_point(cli, home: Path, tmp_path: Path, guide) -> None:
    rows = _read_csv(_export(cli, tmp_path))
    assert list(rows[0]) == list(COLUMNS)
    points = sum(len(resource.contact) or 1 for resource in guide.resources)
    assert len(rows) == points
    hotline = _hotline(rows)
    assert hotline["as_of"] == "2019-12-18"
    assert hotline["source"].startswith("cmm_massageklinikker: ")
    assert hotline["verified_by"] == ""
    assert oct(os.stat(tmp_path / "directory.csv").st_mode & 0o777) == "0o600"


def test_an_unchanged_sheet_writes_nothing(cli, home: Path, tmp_path: Path) -> None:
    for name, args in (("d.csv", ()), ("d.xlsx", ("--format", "xlsx"))):
        result = cli("resources", "import", str(_export(cli, tmp_path, name, *args)))
        assert result.exit_code == 0, result.output
        assert "ændrer intet" in result.stdout
    assert not (home / "resources.yaml").exists()


def test_round_trip_an_edited_cell_shows_first_in_resources_and_note(
    cli, home: Path, tmp_path: Path
) -> None:
    path = _export(cli, tmp_path)
    rows = _read_csv(path)
    hotline = _hotline(rows)
    hotline.update(value="70 20 25 99", as_of="2026-10-01", source="", verified_by="K. Jensen")
    _write_csv(path, rows)

    result = cli("resources", "import", str(path))
    assert result.exit_code == 0, result.output
    local = home / "resources.yaml"
    assert oct(os.stat(local).st_mode & 0o777) == "0o600"

    shown = json.loads(cli("resources", "--region", "Odense", "--json").stdout)
    assert shown[0]["id"] == "cmm"
    assert shown[0]["local"] is True
    assert shown[0]["verified_by"] == "K. Jensen"
    assert shown[0]["contact"][0]["value"] == "70 20 25 99"
    assert CMM_HOTLINE not in json.dumps(shown[0])
    # The rest of the offer stays as the bundled one has it.
    assert shown[0]["description"].startswith("Center under Social- og Boligstyrelsen")
    # Text: nearby offers first, then the national ones, the local copy first among those.
    text = cli("resources", "--region", "Odense").stdout
    national = text.index(t("resources.title_national"))
    assert national < text.index("Center mod Menneskehandel") < text.index("Gadejuristen")

    # CMM reaches a note only where there is a concern about trafficking (issue 21).
    answers_file = tmp_path / "answers.yaml"
    answers_file.write_text(
        ANSWERS_YAML.replace("[substance_use, homelessness]", "[trafficking_concern]"),
        encoding="utf-8",
    )
    note = cli("prep", "--answers", str(answers_file), "--stdout").stdout
    assert "70 20 25 99" in note
    assert CMM_HOTLINE not in note


def test_new_rows_add_a_local_offer(cli, home: Path, tmp_path: Path) -> None:
    path = _export(cli, tmp_path)
    rows = _read_csv(path)
    new = dict.fromkeys(COLUMNS, "")
    new.update(
        id="odense_raadgivning",
        name="Odense Kommune – anonym rådgivning",
        area="Odense",
        offers="counselling",
        kind="phone",
        value="+45 11 22 33 44",
        as_of="2026-11",
        verified_by="Team Udsatte",
    )
    _write_csv(path, [*rows, new])
    result = cli("resources", "import", str(path))
    assert result.exit_code == 0, result.output
    assert "0 tilbud opdateret og 1 tilføjet" in " ".join(result.stdout.split())
    shown = json.loads(cli("resources", "--region", "Odense", "--json").stdout)
    assert shown[0]["id"] == "odense_raadgivning"
    assert shown[0]["contact"][0]["value"] == "+45 11 22 33 44"
    assert not any(
        offer["id"] == "odense_raadgivning"
        for offer in json.loads(cli("resources", "--region", "Aalborg", "--json").stdout)
    )


def test_three_bad_rows_are_all_reported_and_nothing_is_written(
    cli, home: Path, tmp_path: Path
) -> None:
    local = home / "resources.yaml"
    home.mkdir(parents=True, exist_ok=True)
    local.write_text("resources: []\n", encoding="utf-8")
    before = local.read_bytes()
    path = _export(cli, tmp_path)
    rows = _read_csv(path)
    rows[1]["kind"] = "fax"
    rows[3]["as_of"] = "2019-13"
    rows[6]["area"] = "Atlantis"
    _write_csv(path, rows)

    result = cli("resources", "import", str(path))
    assert result.exit_code == 2
    errors = result.stderr
    assert "række 3, kolonne kind: 'fax'" in errors
    assert "række 5, kolonne as_of: '2019-13'" in errors
    assert "række 8, kolonne area: ukendt sted 'Atlantis'" in errors
    assert "intet blev skrevet" in errors
    assert local.read_bytes() == before


def test_a_newer_date_needs_its_checker_not_the_old_source(cli, home: Path, tmp_path: Path) -> None:
    path = _export(cli, tmp_path)
    rows = _read_csv(path)
    _hotline(rows).update(as_of="2026-10-01", verified_by="K. Jensen")  # source still 2019
    _write_csv(path, rows)
    result = cli("resources", "import", str(path))
    assert result.exit_code == 2
    assert "kolonne as_of: datoen er nyere end kilden (2019-12-18)" in result.stderr
    assert not (home / "resources.yaml").exists()


def test_a_missing_column_is_the_headers_problem(cli, home: Path, tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    path.write_text("id;name\ncmm;CMM\n", encoding="utf-8")
    result = cli("resources", "import", str(path))
    assert result.exit_code == 2
    assert "række 1, kolonne area: kolonnen mangler" in result.stderr


def test_xlsx_round_trip_keeps_text_and_never_makes_a_formula(
    cli, home: Path, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    path = _export(cli, tmp_path, "d.xlsx", "--format", "xlsx")
    book = load_workbook(path)
    sheet = book.active
    header = [cell.value for cell in sheet[1]]
    assert header == list(COLUMNS)
    for line in sheet.iter_rows(min_row=2):
        if line[0].value == "cmm" and line[5].value == CMM_HOTLINE:
            line[5].value = '=HYPERLINK("http://example.org")'
            line[5].data_type = "s"
            line[6].value = "2026-10-01"
            line[7].value = None
            line[8].value = "K. Jensen"
    book.save(path)
    assert cli("resources", "import", str(path)).exit_code == 0
    out = _export(cli, tmp_path, "again.csv")
    raw = out.read_bytes().decode("utf-8-sig")
    assert "\"'=HYPERLINK(" in raw  # guarded in the CSV a spreadsheet opens
    assert _hotline_value(_read_csv(out)) == '\'=HYPERLINK("http://example.org")'
    result = cli("resources", "import", str(out))  # and read back without the guard
    assert result.exit_code == 0, result.output
    assert "ændrer intet" in result.stdout


def _hotline_value(rows: list[dict[str, str]]) -> str:
    return next(row["value"] for row in rows if row["id"] == "cmm" and row["kind"] == "phone")


def test_stale_as_csv_lists_the_points_to_check(cli, home: Path) -> None:
    result = cli("resources", "--stale", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff")), delimiter=";"))
    assert list(rows[0]) == list(COLUMNS)
    assert {"reden_kobenhavn", "gadejuristen"} <= {row["id"] for row in rows}
    assert all(row["as_of"] == "" or row["as_of"] < "2025" for row in rows)


@pytest.fixture
def shared_drive(cli, home: Path, tmp_path: Path) -> Path:
    """A local resources file on a 'shared drive' that samtale may read but must not touch."""
    drive = tmp_path / "drive"
    drive.mkdir()
    path = drive / "ressourcer.yaml"
    result = cli("config", "set", "local_resources", str(path))
    assert result.exit_code == 0, result.output
    return path


def test_reading_a_local_file_on_a_shared_drive_never_writes_there(
    cli, shared_drive: Path, tmp_path: Path, answers_file: Path
) -> None:
    shared_drive.write_text(
        "resources:\n  - id: reden_aalborg\n    name: Reden Aalborg (lokal)\n"
        "    description: Vores kontakt.\n    coverage: [Aalborg]\n"
        '    contact:\n      - kind: phone\n        value: "12 34 56 78"\n'
        '    verified: "2026-09"\n    verified_by: "K. Jensen"\n',
        encoding="utf-8",
    )
    os.chmod(shared_drive, 0o644)
    os.chmod(shared_drive.parent, 0o755)
    old = os.stat(shared_drive, follow_symlinks=False)
    before = sorted(os.listdir(shared_drive.parent))
    for args in (
        ("resources", "--region", "Aalborg"),
        ("resources", "--stale"),
        ("resources", "--stale", "--format", "csv"),
        ("resources", "export", "--output", str(tmp_path / "out.csv")),
        ("prep", "--answers", str(answers_file), "--stdout"),
        ("data", "check"),
    ):
        result = cli(*args)
        assert result.exit_code == 0, (args, result.output)
    new = os.stat(shared_drive, follow_symlinks=False)
    assert (new.st_mtime_ns, new.st_mode, new.st_size) == (
        old.st_mtime_ns,
        old.st_mode,
        old.st_size,
    )
    assert sorted(os.listdir(shared_drive.parent)) == before
    assert os.stat(shared_drive.parent).st_mode & 0o777 == 0o755


def test_import_writes_the_configured_file_and_leaves_its_folder_alone(
    cli, shared_drive: Path, tmp_path: Path
) -> None:
    os.chmod(shared_drive.parent, 0o755)
    path = _export(cli, tmp_path)
    rows = _read_csv(path)
    _hotline(rows).update(value="70 20 25 98", as_of="2026-10", source="", verified_by="KJ")
    _write_csv(path, rows)
    assert cli("resources", "import", str(path)).exit_code == 0
    assert "70 20 25 98" in shared_drive.read_text(encoding="utf-8")
    assert oct(os.stat(shared_drive).st_mode & 0o777) == "0o600"
    assert os.stat(shared_drive.parent).st_mode & 0o777 == 0o755
    assert sorted(os.listdir(shared_drive.parent)) == ["ressourcer.yaml"]


def test_resources_options_work_as_before(cli, home: Path) -> None:
    """`resources` is now a group: its options still work without a subcommand."""
    plain = cli("resources", "--region", "fyn")
    assert plain.exit_code == 0, plain.output
    assert plain.stdout.startswith("Tilbud der dækker Fyn")
    assert cli("resources", "-r", "fyn", "--json").exit_code == 0
    swedish = cli("--country", "se", "resources", "--område", "Malmö")
    assert swedish.exit_code == 0, swedish.output


def test_csv_format_belongs_to_stale(cli, home: Path) -> None:
    result = cli("resources", "--format", "csv")
    assert result.exit_code == 2
    assert "--format csv hører til --stale" in result.stderr
