"""Use cases without Typer: what a command does, apart from asking and printing.

Between `samtale.cli` (which parses, asks and prints) and `samtale.prep`, `samtale.guide`
and `samtale.store`. Nothing here talks to the terminal or writes a file itself.
"""
