"""YAML reading with one fix to YAML 1.1's number rules, and a limit on nesting.

PyYAML reads ``18_29`` as the integer 1829 (underscores are digit separators in YAML 1.1),
but ``18_29`` is an age-group id that users write unquoted in answers files. Our loader
reads numbers with underscores as the strings they look like.

libyaml builds nested collections recursively: 50,000 levels of ``[`` crash the interpreter
(a segfault, not an exception). `loads` first walks the parser's events, which needs no
recursion, and refuses more than `MAX_DEPTH` levels; no file samtale reads needs ten.
libyaml 0.2.6 (in PyYAML 6.0.4 and later) has a limit of its own, which its scanner may hit
before our walk sees level 51, since it reads ahead; that error means too deep as well.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_INT = re.compile(r"^[-+]?(0|[1-9][0-9]*)$")
_FLOAT = re.compile(r"^[-+]?([0-9]+\.[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$")


class Loader(_Base):  # type: ignore[misc,valid-type]
    """A safe loader whose ints and floats never contain underscores."""


Loader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
    ]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}
Loader.add_implicit_resolver("tag:yaml.org,2002:int", _INT, list("-+0123456789"))
Loader.add_implicit_resolver("tag:yaml.org,2002:float", _FLOAT, list("-+0123456789."))

YAMLError = yaml.YAMLError
MAX_DEPTH = 50


class TooDeep(yaml.YAMLError):
    """Collections nested deeper than `MAX_DEPTH`; `problem_mark` is where it happened."""

    def __init__(self, mark: Any) -> None:
        super().__init__(f"nested deeper than {MAX_DEPTH} levels")
        self.problem = str(self)
        self.problem_mark = mark


def check_depth(text: str) -> None:
    """Raise `TooDeep` if `text` nests collections deeper than `MAX_DEPTH` levels."""
    opening = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
    closing = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
    depth = 0
    try:
        for event in yaml.parse(text, Loader=Loader):
            if isinstance(event, opening):
                depth += 1
                if depth > MAX_DEPTH:
                    raise TooDeep(event.start_mark)
            elif isinstance(event, closing):
                depth -= 1
    except yaml.MarkedYAMLError as error:
        if "nesting depth" not in str(error.problem):
            raise
        raise TooDeep(error.problem_mark) from error


def loads(text: str) -> Any:
    """Parse YAML text safely (see the module docstring for the number and depth rules)."""
    check_depth(text)
    return yaml.load(text, Loader=Loader)


def compose(text: str) -> yaml.Node | None:
    """The node tree of `text`, whose marks give line numbers for error messages."""
    check_depth(text)
    return yaml.compose(text, Loader=Loader)


MappingNode = yaml.MappingNode
SequenceNode = yaml.SequenceNode
