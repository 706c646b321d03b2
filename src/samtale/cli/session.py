"""The run's `Session` (`samtale.app.session`), kept on the root context of the command line."""

from __future__ import annotations

import typer

from samtale.app.session import Session


def session(ctx: typer.Context) -> Session:
    """The run's session; a bare command (as in some tests) gets a default one."""
    root = ctx.find_root()
    if not isinstance(root.obj, Session):
        root.obj = Session()
    return root.obj
