"""The command line: thin shells that parse, call the core and print.

`main` is the console script; `app` (every command) is what tests drive through Typer's
runner. It is built on first use, so the console script can build only what it runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from samtale.cli.root import build_app, main

if TYPE_CHECKING:
    import typer

    app: typer.Typer

__all__ = ["app", "build_app", "main"]


def __getattr__(name: str) -> Any:
    if name == "app":
        globals()["app"] = built = build_app()
        return built
    raise AttributeError(name)
