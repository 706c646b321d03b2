"""A commented starter answers file: every key of `Answers`, with its valid ids.

Pure: the id lists come in (`samtale.guide.ids`), the text goes out. Keys are read from
the `Answers` model, so a key added there appears here with its ids (found by name:
``gender`` takes the ``genders`` list) or, failing that, with its type.
"""

from __future__ import annotations

import json
import re
from typing import Any

from samtale.guide.ids import Entry, kind_of_key
from samtale.messages import Msg, catalogue_keys, t
from samtale.prep.answers import Answers

INLINE_MAX = 8  # ids listed on the key's own line; more go on comment lines below it
LISTED_MAX = 40  # more than this (places) are left to `samtale ids KIND`
VALUE_COLUMN = 28
_PLAIN = re.compile(r"^[a-z0-9_]+$")


def _yaml(value: Any) -> str:
    """A default as YAML: ids plain, text quoted, lists and tables in flow style."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and _PLAIN.match(value) and not value.isdigit():
        return value
    if isinstance(value, list):
        return "[" + ", ".join(_yaml(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_yaml(k)}: {_yaml(v)}" for k, v in value.items()) + "}"
    return json.dumps(value, ensure_ascii=False)


def _about(key: str, annotation: Any, has_ids: bool) -> str:
    """What the key holds, from the catalogue, or from its type."""
    message = f"template.{key}"
    if message in catalogue_keys():
        return t(message)
    if has_ids:
        return ""
    if annotation is bool:
        return "true | false"
    return t(Msg.TEMPLATE_TEXT)


def answers_template(lists: dict[str, list[Entry]]) -> str:
    """The starter file's text; it parses as YAML and only lacks a pseudonym to be valid."""
    lines = [f"# {t(Msg.TEMPLATE_HEAD)}", f"# {t(Msg.TEMPLATE_IDS)}", ""]
    for key, field in Answers.model_fields.items():
        default = "" if field.is_required() else field.get_default(call_default_factory=True)
        kind = kind_of_key(key, lists)
        entries = lists.get(kind, []) if kind else []
        about = [_about(key, field.annotation, bool(entries))]
        below: list[str] = []
        if kind and len(entries) > LISTED_MAX:
            about.append(t(Msg.TEMPLATE_SEE_IDS, kind=kind))
        elif len(entries) > INLINE_MAX or (entries and isinstance(default, dict)):
            about.append(t(Msg.TEMPLATE_VALID_BELOW))
            width = max(len(ident) for ident, _ in entries)
            below = [f"#   {ident:<{width}}  {label}".rstrip() for ident, label in entries]
        elif entries:
            about.append(" | ".join(ident for ident, _ in entries))
        line = f"{key}: {_yaml(default)}"
        lines.append(f"{line:<{VALUE_COLUMN}} # {' '.join(part for part in about if part)}")
        lines += below
    return "\n".join(lines) + "\n"
