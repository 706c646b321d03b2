"""Use cases shared by more than one command, without Typer: the command modules in
`samtale.cli` parse and print, and call these; none of these imports `samtale.cli`.
Each module keeps its heavy imports inside its functions, as the commands do."""
