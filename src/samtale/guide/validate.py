"""Read and validate the guide data's YAML files, and describe problems precisely.

Errors name the file, the line, the entry and the field, so a maintainer can go straight
to what is wrong. Only used when the data changed or by `samtale data check`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from samtale.errors import DataError, SamtaleError
from samtale.guide.models import Guide
from samtale.guide.problem import Loc, Problem
from samtale.messages import Msg, t


def read_yaml(path: Path) -> Any:
    """Parse one YAML file; a syntax error, nesting deeper than `yamlio.MAX_DEPTH` or bytes
    that are not UTF-8 become a `DataError` with the file and line."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataError(t(Msg.DATA_MISSING_FILE, path=path)) from None
    return parse_yaml(decode_utf8(raw, path), path)


def decode_utf8(
    raw: bytes, path: Path, key: str = Msg.DATA_NOT_UTF8, error: type[SamtaleError] = DataError
) -> str:
    """The text of a file read from `path`; if it is not UTF-8, `error` with the message
    `key`, naming the file and the line of the first bad byte."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as bad:
        line = raw[: bad.start].count(b"\n") + 1
        raise error(t(key, path=path, line=f":{line}")) from None


def parse_yaml(text: str, path: Path) -> Any:
    """Parse YAML text read from `path`; a syntax error or nesting deeper than
    `yamlio.MAX_DEPTH` becomes a `DataError` with its line."""
    from samtale import yamlio

    try:
        return yamlio.loads(text)
    except yamlio.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        if isinstance(error, yamlio.TooDeep):
            problem = t(Msg.DATA_TOO_DEEP, limit=yamlio.MAX_DEPTH)
        else:
            problem = getattr(error, "problem", None) or str(error)
        raise DataError(t(Msg.DATA_YAML_ERROR, path=path, line=line, problem=problem)) from None


def validate_folder(folder: Path, country: str) -> tuple[Guide | None, list[Problem]]:
    """Validate every file of `folder`; the guide is None when a file does not validate.

    pydantic is imported here, on the slow path only: a cached guide needs none of it.
    """
    from pydantic import ValidationError

    from samtale.guide import schema
    from samtale.guide.check import cross_check

    files: dict[str, Any] = {}
    problems: list[Problem] = []
    for kind in schema.FILES:
        raw = read_yaml(folder / f"{kind}.yaml")
        try:
            files[kind] = schema.validate(kind, raw)
        except ValidationError as error:
            problems += [Problem(kind, _plain_loc(e["loc"]), e["msg"]) for e in error.errors()]
    if problems:
        return None, problems
    guide = Guide(
        country=country,
        sources=files["sources"].sources,
        topics=files["topics"].topics,
        contexts=files["contexts"].contexts,
        signs=files["signs"].signs,
        phrases=files["phrases"].phrases,
        checklist=files["checklist"].checklist,
        facts=files["facts"].facts,
        groups=files["vocabulary"].groups,
        services=files["vocabulary"].services,
        sectors=files["vocabulary"].sectors,
        resources=files["resources"].resources,
        places=files["regions"],
        cases=files["cases"].cases,
        self_check=files["cases"].self_check,
        phrases_en=files["phrases.en"].phrases,
        handout=files["handout"],
    )
    return guide, cross_check(guide)


def _plain_loc(loc: tuple[Any, ...]) -> Loc:
    """Drop the union-member names pydantic adds (``literal['national']``) from a path."""
    return tuple(part for part in loc if isinstance(part, int) or "[" not in part)


def format_problem(folder: Path, problem: Problem) -> str:
    """``file:line: entry → field: message``, as a maintainer wants to read it."""
    return format_problem_in(folder / f"{problem.kind}.yaml", problem)


def format_problem_in(path: Path, problem: Problem) -> str:
    """`format_problem` for a file anywhere (the local resources file)."""
    raw = read_yaml(path)
    line = _line_of(path, problem.loc)
    entry, field = _describe(raw, problem.loc)
    where = f"{path}:{line}" if line else str(path)
    return t(Msg.DATA_PROBLEM, where=where, entry=entry, field=field, message=problem.message)


def _describe(raw: Any, loc: Loc) -> tuple[str, str]:
    """Split a location into the entry (``phrases[3] (id: x)``) and the field within it."""
    if len(loc) >= 2 and isinstance(loc[1], int):
        entry = f"{loc[0]}[{loc[1]}]"
        try:
            item = raw[loc[0]][loc[1]]
            label = item.get("id") or item.get("name")
        except (KeyError, IndexError, TypeError, AttributeError):
            label = None
        if label:
            entry += f" (id: {label})"
        field = ".".join(str(part) for part in loc[2:]) or "-"
        return entry, field
    return str(loc[0]) if loc else "-", ".".join(str(part) for part in loc[1:]) or "-"


def _line_of(path: Path, loc: Loc) -> int | None:
    """The 1-based line of the deepest node of `loc` that exists in the file."""
    from samtale import yamlio

    try:
        node = yamlio.compose(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, yamlio.YAMLError):
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        child = None
        if isinstance(node, yamlio.MappingNode):
            child = next((v for k, v in node.value if k.value == part), None)
        elif isinstance(node, yamlio.SequenceNode) and isinstance(part, int):
            child = node.value[part] if part < len(node.value) else None
        if child is None:
            break
        node = child
        line = node.start_mark.line + 1
    return line
