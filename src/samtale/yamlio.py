"""YAML reading with one fix to YAML 1.1's number rules.

PyYAML reads ``18_29`` as the integer 1829 (underscores are digit separators in YAML 1.1),
but ``18_29`` is an age-group id that users write unquoted in answers files. Our loader
reads numbers with underscores as the strings they look like.
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


def loads(text: str) -> Any:
    """Parse YAML text safely (see the module docstring for the number rule)."""
    return yaml.load(text, Loader=Loader)


def compose(text: str) -> yaml.Node | None:
    """The node tree of `text`, whose marks give line numbers for error messages."""
    return yaml.compose(text, Loader=Loader)


MappingNode = yaml.MappingNode
SequenceNode = yaml.SequenceNode
