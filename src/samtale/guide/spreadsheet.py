"""The referral directory as a spreadsheet: one row per contact point, out and back in.

A coordinator keeps the organisation's directory in a spreadsheet: `export_rows` gives the
bundled and local offers as rows (`COLUMNS`), `parse_sheet` reads a CSV or XLSX file's
bytes back into rows, and `import_rows` turns the rows into the local resources file's
entries, or into every problem found, each with its row and column. Rows of an offer
that match the bundled one exactly change nothing; a changed or new offer becomes a
local entry (which replaces the bundled one of the same id, see `samtale.guide.local`).

Pure: no file is read or written here (the CLI reads, `samtale.store.directory` writes),
and today is passed in. openpyxl is imported only for an XLSX file.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from samtale.guide.models import ContactKind, ContactPoint, Guide, Resource, SourceRef
from samtale.messages import Msg, t

COLUMNS = ("id", "name", "area", "offers", "kind", "value", "as_of", "source", "verified_by")
MAX_BYTES = 5_000_000
MAX_ROWS = 20_000
# A cell a spreadsheet would run as a formula gets a leading apostrophe in a CSV (and is
# read back without it); a phone number such as "+45 70 20 25 50" is left as it is.
_FORMULA = re.compile(r"[=@\t\r]|[+-](?![\d ()-]*$)")
_ID = re.compile(r"[a-z0-9][a-z0-9_]*")
_DAY = re.compile(r"(19|20)\d\d-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?")
_SOURCE = re.compile(r"(?P<doc>[a-z0-9][a-z0-9_]*): (?P<section>.+)")
_LIST = re.compile(r"\s*[,;]\s*")


# --- out -------------------------------------------------------------------------------


def area_cell(resource: Resource) -> str:
    """``national``, ``unstated`` or the coverage's ids, as `--region` and import read them."""
    coverage = resource.coverage
    return coverage if isinstance(coverage, str) else ", ".join(coverage)


def source_cell(ref: SourceRef | None) -> str:
    """``doc: section``; empty for a point its checker vouches for (a local one)."""
    return f"{ref.doc}: {ref.section}" if ref is not None else ""


def point_row(resource: Resource, point: ContactPoint | None) -> dict[str, str]:
    """One row: the offer's fields and one of its contact points (or none)."""
    return {
        "id": resource.id,
        "name": resource.name,
        "area": area_cell(resource),
        "offers": ", ".join(resource.services),
        "kind": point.kind.value if point else "",
        "value": point.value if point else "",
        "as_of": (point.as_of or "") if point else "",
        "source": source_cell(point.source) if point else "",
        "verified_by": resource.verified_by or "",
    }


def export_rows(resources: Iterable[Resource]) -> list[dict[str, str]]:
    """Every contact point of every offer; an offer without any gets one row to fill in."""
    rows = []
    for resource in resources:
        points: Sequence[ContactPoint | None] = resource.contact or (None,)
        rows += [point_row(resource, point) for point in points]
    return rows


def _guarded(value: str) -> str:
    return f"'{value}" if _FORMULA.match(value) else value


def csv_bytes(rows: Iterable[dict[str, str]]) -> bytes:
    """UTF-8 with a byte order mark and `;` between cells: how Danish and Swedish
    spreadsheet programs open a file without asking."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([_guarded(row[column]) for column in COLUMNS])
    return out.getvalue().encode("utf-8-sig")


def xlsx_bytes(rows: Iterable[dict[str, str]]) -> bytes:
    """One sheet, every cell text (never a formula, never a number that loses a 0)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "samtale"
    sheet.append(list(COLUMNS))
    for row in rows:
        sheet.append([row[column] for column in COLUMNS])
    for line in sheet.iter_rows():
        for cell in line:
            cell.data_type = "s"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# --- back in ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CellProblem:
    """What is wrong, where a spreadsheet shows it: row number (header is 1) and column."""

    row: int
    column: str
    message: str


class SheetError(Exception):
    """The file cannot be read as a sheet at all (not UTF-8, not XLSX, too big)."""


def parse_sheet(data: bytes, xlsx: bool) -> list[dict[str, str]]:
    """The rows of a CSV or XLSX file, each keyed by column name, with ``"#"`` its row
    number; a missing column is the header's problem (row 1), reported by `import_rows`."""
    if len(data) > MAX_BYTES:
        raise SheetError(t(Msg.SHEET_TOO_BIG, limit=MAX_BYTES // 1_000_000))
    table = _xlsx_table(data) if xlsx else _csv_table(data)
    if not table:
        return []
    header = [cell.strip().casefold() for cell in table[0]]
    rows = []
    for number, line in enumerate(table[1:], start=2):
        if not any(cell.strip() for cell in line):
            continue
        cells = {name: (line[i].strip() if i < len(line) else "") for i, name in enumerate(header)}
        cells["#"] = str(number)
        rows.append(cells)
    if len(rows) > MAX_ROWS:
        raise SheetError(t(Msg.SHEET_TOO_MANY_ROWS, limit=MAX_ROWS))
    return [{"#header": ",".join(header)}, *rows]


def _csv_table(data: bytes) -> list[list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SheetError(t(Msg.SHEET_NOT_UTF8)) from None
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    table = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    return [[_unguarded(cell) for cell in line] for line in table]


def _unguarded(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and _FORMULA.match(cell[1:]) else cell


def _xlsx_table(data: bytes) -> list[list[str]]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (BadZipFile, KeyError, OSError, ValueError):
        raise SheetError(t(Msg.SHEET_NOT_XLSX)) from None
    try:
        sheet = book.worksheets[0]
        return [[_text(value) for value in line] for line in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _text(value: Any) -> str:
    """A cell as the text it shows: a date as ``YYYY-MM-DD``, 12.0 as ``12``."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@dataclass
class Imported:
    """The local file's entries after an import, and what changed."""

    entries: list[dict[str, Any]]
    updated: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)


def import_rows(
    rows: list[dict[str, str]],
    guide: Guide,
    shown: Sequence[Resource],
    current: Sequence[dict[str, Any]],
    today: date,
) -> tuple[Imported | None, list[CellProblem]]:
    """The local file's entries with the sheet's offers in them, or every problem found.

    `guide` is the bundled guide (no local offers merged), `shown` the offers as exported
    (local ones merged in), `current` the local file's entries as written (kept unless the
    sheet has rows for their id). An offer's rows give its contact points in full, so a
    deleted row deletes that point.
    """
    problems: list[CellProblem] = []
    header = rows[0]["#header"].split(",") if rows else []
    missing = [column for column in COLUMNS if column not in header]
    problems += [CellProblem(1, column, t(Msg.SHEET_MISSING_COLUMN)) for column in missing]
    if missing:
        return None, problems
    bundled = {resource.id for resource in guide.resources}
    on_show = {resource.id: resource for resource in shown}
    offers: dict[str, list[dict[str, str]]] = {}  # an offer's id -> its rows
    broken: set[str] = set()
    for row in rows[1:]:
        found = _row_problems(row, guide, today)
        problems += found
        if found:
            broken.add(row["id"])
        if not any(p.column == "id" for p in found):
            offers.setdefault(row["id"], []).append(row)
    local = {entry.get("id"): entry for entry in current if isinstance(entry, dict)}
    result = Imported([dict(entry) for entry in current if isinstance(entry, dict)])
    for rid, offer in offers.items():
        problems += _agree(offer)
        entry = _entry(offer, on_show.get(rid), local.get(rid), today)
        if entry is None:
            continue
        if not entry.get("verified_by") and rid not in broken:  # a broken row says enough
            problems.append(CellProblem(_num(offer[0]), "verified_by", t(Msg.SHEET_NEEDS_WHO)))
        if rid in local:
            index = next(i for i, e in enumerate(result.entries) if e.get("id") == rid)
            result.entries[index] = entry
            result.updated.append(rid)
        else:
            result.entries.append(entry)
            (result.updated if rid in bundled else result.added).append(rid)
    if not problems:  # what the local file itself requires, checked as it will be read
        problems += _file_problems(result.entries, offers, guide, today)
    if problems:
        return None, sorted(set(problems), key=lambda p: (p.row, COLUMNS.index(p.column)))
    return result, []


# A local entry's field and the column that holds it.
_COLUMN_OF = {"name": "name", "coverage": "area", "services": "offers", "verified": "as_of"}


def _file_problems(
    entries: list[dict[str, Any]],
    offers: dict[str, list[dict[str, str]]],
    guide: Guide,
    today: date,
) -> list[CellProblem]:
    """`samtale.guide.local`'s own check of the entries, each problem at its cell."""
    import copy

    from samtale.guide.local import parse_local

    _, found = parse_local(copy.deepcopy({"resources": entries}), guide, today)
    problems = []
    for problem in found:
        loc = problem.loc
        entry = entries[loc[1]] if len(loc) > 1 and isinstance(loc[1], int) else {}
        offer = offers.get(entry.get("id", ""))
        if offer is None:
            problems.append(CellProblem(1, "id", f"{entry.get('id', '?')}: {problem.message}"))
            continue
        row, column = offer[0], _COLUMN_OF.get(str(loc[2]) if len(loc) > 2 else "", "id")
        if len(loc) > 3 and loc[2] == "contact" and isinstance(loc[3], int):
            row = [r for r in offer if r["kind"]][loc[3]]
            column = str(loc[4]) if len(loc) > 4 and loc[4] in COLUMNS else "value"
        problems.append(CellProblem(_num(row), column, problem.message))
    return problems


def _num(row: dict[str, str]) -> int:
    return int(row["#"])


def _row_problems(row: dict[str, str], guide: Guide, today: date) -> list[CellProblem]:
    """Each cell on its own: the forms, and that what it names exists."""
    from samtale.dates import start_of
    from samtale.guide.places import place_index

    number = _num(row)
    found: list[tuple[str, str]] = []
    if not _ID.fullmatch(row["id"]):
        found.append(("id", t(Msg.SHEET_BAD_ID, value=row["id"])))
    if not row["name"]:
        found.append(("name", t(Msg.SHEET_EMPTY)))
    area = row["area"]
    if area not in ("national", "unstated"):
        places = place_index(guide.places)
        names = [name for name in _LIST.split(area) if name]
        unknown = [name for name in names if places.get(name) is None]
        if not names:
            found.append(("area", t(Msg.SHEET_EMPTY)))
        elif unknown:
            found.append(("area", t(Msg.CHECK_UNKNOWN_PLACE, name=", ".join(unknown))))
    services = {service.id for service in guide.services}
    unknown = [s for s in _LIST.split(row["offers"]) if s and s not in services]
    if unknown:
        found.append(("offers", t(Msg.CHECK_UNKNOWN_SERVICE, id=", ".join(unknown))))
    kinds = {kind.value for kind in ContactKind}
    if row["kind"] and row["kind"] not in kinds:
        found.append(("kind", t(Msg.SHEET_BAD_KIND, value=row["kind"], kinds=", ".join(kinds))))
    if bool(row["kind"]) != bool(row["value"]):
        found.append(("value" if row["kind"] else "kind", t(Msg.SHEET_KIND_AND_VALUE)))
    as_of = row["as_of"]
    if as_of and not _DAY.fullmatch(as_of):
        found.append(("as_of", t(Msg.CHECK_FORMAT_DAY, value=as_of)))
    elif as_of and start_of(as_of) > today:
        found.append(("as_of", t(Msg.SHEET_FUTURE, when=as_of)))
    found += _source_problems(row, guide)
    return [CellProblem(number, column, message) for column, message in found]


def _source_problems(row: dict[str, str], guide: Guide) -> list[tuple[str, str]]:
    """A source names a source of the data (``doc: section``) and vouches for the date."""
    from samtale.dates import start_of

    if not row["source"]:
        return []
    match = _SOURCE.fullmatch(row["source"])
    sources = {source.id: source for source in guide.sources}
    if match is None or match["doc"] not in sources:
        return [("source", t(Msg.SHEET_BAD_SOURCE, value=row["source"]))]
    stated = sources[match["doc"]].date
    as_of = row["as_of"]
    if stated is None and as_of:
        return [("as_of", t(Msg.CHECK_AS_OF_UNDATED_SOURCE, doc=match["doc"]))]
    newer = bool(as_of and _DAY.fullmatch(as_of)) and start_of(as_of) > start_of(stated or as_of)
    if newer:
        return [("as_of", t(Msg.SHEET_AS_OF_TOO_NEW, when=stated))]
    return []


def _agree(rows: list[dict[str, str]]) -> list[CellProblem]:
    """An offer's rows give one name, area, offers and checker."""
    first = rows[0]
    return [
        CellProblem(_num(row), column, t(Msg.SHEET_DISAGREES, row=_num(first)))
        for row in rows[1:]
        for column in ("name", "area", "offers", "verified_by")
        if row[column] and first[column] and row[column] != first[column]
    ]


def _point(row: dict[str, str]) -> dict[str, Any] | None:
    if not row["kind"]:
        return None
    point: dict[str, Any] = {"kind": row["kind"], "value": row["value"]}
    if row["as_of"]:
        point["as_of"] = row["as_of"]
    match = _SOURCE.fullmatch(row["source"])
    if match is not None:
        point["source"] = {"doc": match["doc"], "section": match["section"]}
    return point


def _fields(rows: list[dict[str, str]]) -> dict[str, Any]:
    first = rows[0]
    area = first["area"]
    coverage: Any = area if area in ("national", "unstated") else _LIST.split(area)
    return {
        "name": first["name"],
        "services": [s for s in _LIST.split(first["offers"]) if s],
        "coverage": coverage,
        "contact": [p for p in map(_point, rows) if p is not None],
    }


def _entry(
    rows: list[dict[str, str]],
    shown: Resource | None,
    local: dict[str, Any] | None,
    today: date,
) -> dict[str, Any] | None:
    """The local entry the rows make, or None when they say what the export said.

    A changed or new offer is checked today by the sheet's `verified_by`; what is not in
    the sheet (description, groups, eligibility …) stays as the local or bundled entry has
    it.
    """
    fields = _fields(rows)
    who = next((row["verified_by"] for row in rows if row["verified_by"]), "")
    if shown is not None and _unchanged(rows, shown):
        return None
    if local is not None:
        base = dict(local)
    elif shown is not None:
        base = _plain(shown)
    else:
        base = {"id": rows[0]["id"], "description": t(Msg.SHEET_NEW_DESCRIPTION)}
    return {**base, **fields, "verified": today.isoformat(), "verified_by": who}


def _unchanged(rows: list[dict[str, str]], shown: Resource) -> bool:
    """Whether `rows` say exactly what the export of `shown` said."""
    expected = [point_row(shown, point) for point in shown.contact or (None,)]
    return [{column: row[column] for column in COLUMNS} for row in rows] == expected


def _plain(resource: Resource) -> dict[str, Any]:
    """A bundled offer as a local file's entry: plain values, defaults left out."""
    from pydantic import TypeAdapter

    entry = TypeAdapter(Resource).dump_python(resource, mode="json", exclude_defaults=True)
    for name in ("local", "verified", "verified_by"):
        entry.pop(name, None)
    return {"id": resource.id, **{key: value for key, value in entry.items() if value != {}}}
