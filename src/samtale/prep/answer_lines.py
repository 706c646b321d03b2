"""Where each answer stands in its file, so every problem can name its line.

An answers file is read into a plain dict; `locate` returns the same dict carrying the
line of every key, list item and sign, found from YAML's node tree. Answers typed at the
prompts have no lines, and their problems are named without one.
"""

from __future__ import annotations

from typing import Any

Path = tuple[str | int, ...]


class Located(dict):  # type: ignore[type-arg]
    """A dict of answers that knows the line of each key and item (``("contexts", 1)``)."""

    lines: dict[Path, int]


def locate(data: dict[str, Any], text: str) -> dict[str, Any]:
    """`data` with the lines of its keys and items, as `text` (its YAML) places them."""
    from samtale import yamlio

    lines: dict[Path, int] = {}
    try:
        root = yamlio.compose(text)
    except yamlio.YAMLError:
        root = None
    if isinstance(root, yamlio.MappingNode):
        for key_node, value_node in root.value:
            key = str(key_node.value)
            lines[(key,)] = key_node.start_mark.line + 1
            if isinstance(value_node, yamlio.SequenceNode):
                for index, item in enumerate(value_node.value):
                    lines[(key, index)] = item.start_mark.line + 1
            elif isinstance(value_node, yamlio.MappingNode):
                for item_key, _ in value_node.value:
                    lines[(key, str(item_key.value))] = item_key.start_mark.line + 1
    located = Located(data)
    located.lines = lines
    return located


def line_of(raw: dict[str, Any], path: Path) -> int | None:
    """The line of `path` (or of its nearest parent) in the file `raw` was read from."""
    lines: dict[Path, int] = getattr(raw, "lines", {})
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return None
