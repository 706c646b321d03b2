"""Per-run state shared by the commands: the country and the guide, loaded at most once."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from samtale.guide.models import Guide
    from samtale.guide.select import Lookups


@dataclass
class Session:
    country: str = "dk"
    debug: bool = False
    _guide: Guide | None = field(default=None, repr=False)
    _lookups: Lookups | None = field(default=None, repr=False)

    def guide(self) -> Guide:
        if self._guide is None:
            from samtale.guide.load import load_guide

            self._guide = load_guide(self.country)
        return self._guide

    def lookups(self) -> Lookups:
        if self._lookups is None:
            from samtale.guide.select import lookups

            self._lookups = lookups(self.guide())
        return self._lookups


def session(ctx: typer.Context) -> Session:
    """The run's session; a bare command (as in some tests) gets a default one."""
    root = ctx.find_root()
    if not isinstance(root.obj, Session):
        root.obj = Session()
    return root.obj
