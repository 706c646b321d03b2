"""One problem found in the guide data: its own module, below both the YAML validation
(`guide/validate.py`) and the cross-checks (`guide/check.py`), so neither imports the other
for it."""

from __future__ import annotations

from dataclasses import dataclass

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the data: which file, where in it, and what."""

    kind: str
    loc: Loc
    message: str
