"""The command line: thin shells that parse, call the core and print.

`main` is the console script; `app` is what tests drive through Typer's runner.
"""

from samtale.cli.app import app, main

__all__ = ["app", "main"]
