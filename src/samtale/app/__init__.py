"""Use cases without Typer: what a command does, apart from asking and printing.

Between `samtale.cli` (which parses, asks and prints) and `samtale.prep`, `samtale.guide`
and `samtale.store`; none of these imports `samtale.cli`. Nothing here talks to the
terminal or writes a file itself, and each module keeps its heavy imports inside its
functions, as the commands do.
"""
