"""Shell completion: commands, options, and the values a user types (ids, places, notes).

A shell asks for completions by running samtale with ``_SAMTALE_COMPLETE=complete_bash``;
Typer answers before any command runs (it registered its shells when it built the app, as
``add_completion=True`` asks). Only on such a run does `prepare` give each parameter its
completer, chosen by the parameter's name (``region``, ``topic``, ``note_id`` …), so an
ordinary run pays nothing for completion, and a command another module adds with the same
parameter names completes without a change here. `--install-completion` and
`--show-completion` are Typer's own, answered in our words.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

# Parameter name -> the kind of id it takes (see samtale.guide.ids); per command if needed.
PARAM_KINDS = {
    "topic": "topics",
    "context": "contexts",
    "region": "regions",
    "group": "groups",
    "service": "services",
    "case": "cases",
    "country": "countries",
    "language": "conversation_languages",
    "kind": "kinds",
    "key": "settings",
    "note_id": "notes",
    "command": "commands",
}
COMMAND_KINDS = {("facts", "topic"): "fact_topics"}


def prepare(command: Any, name: str = "") -> None:
    """Give every value-taking parameter of `command` (and its subcommands) its completer."""
    _attach(command, name)


def _attach(command: Any, name: str) -> None:
    from samtale.cli.typer_adapter import set_completer

    for param in command.params:
        if getattr(param, "is_flag", False):
            continue
        kind = COMMAND_KINDS.get((name, param.name)) or PARAM_KINDS.get(param.name or "")
        if kind is not None:
            set_completer(param, _completer(kind))
    for sub_name in getattr(command, "list_commands", lambda _ctx: [])(None):
        sub = command.get_command(None, sub_name)
        if sub is not None:
            _attach(sub, sub_name)


def _completer(kind: str) -> Callable[[Any, Any, str], list[Any]]:
    def complete(ctx: Any, param: Any, incomplete: str) -> list[Any]:
        from samtale.cli.typer_adapter import completion_item
        from samtale.guide.text import fold

        try:
            values = _commands(ctx) if kind == "commands" else candidates(kind, _country(ctx))
        except Exception:  # a broken config or data: no completions rather than a traceback
            return []
        typed = fold(incomplete)
        return [
            completion_item(value, label)
            for value, label in values
            if value.startswith(incomplete) or fold(value).startswith(typed)
        ]

    return complete


def _commands(ctx: Any) -> list[tuple[str, str]]:
    """The root's commands (for ``samtale help COMMAND``)."""
    root = ctx.find_root()
    names = root.command.list_commands(root)
    return [(name, root.command.get_command(root, name).get_short_help_str()) for name in names]


def _country(ctx: Any) -> str:
    """The country the command line names (before or after the command), else the default."""
    from samtale.app.settings import configured_country
    from samtale.cli.common import resolve_country

    typed = ctx.find_root().params.get("country") if ctx is not None else None
    typed = typed or _typed_country() or os.environ.get("SAMTALE_COUNTRY")
    return resolve_country(typed) if typed else configured_country()


def _typed_country() -> str | None:
    """`--country X` anywhere on the line being completed (bash, zsh and fish put it here)."""
    from samtale.cli.typer_adapter import COMPLETE_ARGS, split_command_line

    line = os.environ.get(COMPLETE_ARGS) or os.environ.get("COMP_WORDS", "")
    words = split_command_line(line)
    for index, word in enumerate(words[:-1]):
        if word in ("--country", "--land"):
            return words[index + 1]
    return None


def candidates(kind: str, country: str) -> list[tuple[str, str]]:
    """The values of `kind` to offer, each with a short help text."""
    from samtale.messages import use_country

    use_country(country)
    if kind == "notes":
        from samtale.store import notes

        return [(note.id, note.date) for note in notes.note_files()]
    if kind == "countries":
        from samtale.messages import LANGUAGE_OF_COUNTRY, t

        return [(code, t(f"country.{code}")) for code in LANGUAGE_OF_COUNTRY]
    if kind == "settings":
        from samtale import config

        return [(key, "") for key in config.KEYS]
    from samtale.app.session import Session

    run = Session(country=country)
    if kind == "kinds":
        from samtale.app.ids import all_ids

        return [(name, "") for name in all_ids(run.guide(), run.lookups())]
    from samtale.guide.ids import id_lists

    lists = id_lists(run.guide(), run.lookups())
    if kind == "regions":
        return [*lists["regions"], *lists["places"]]
    return lists.get(kind, [])


SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")
OPTIONS = {"--show-completion": "show", "--install-completion": "install"}


def shell_named(args: list[str]) -> tuple[str, str] | None:
    """``("show", "bash")`` for ``--show-completion bash``: Typer's options detect the
    shell; naming it is for scripts, containers and CI, where there is none to detect."""
    for option, action in OPTIONS.items():
        if option in args:
            index = args.index(option)
            if index + 1 < len(args) and not args[index + 1].startswith("-"):
                return action, args[index + 1]
    return None


def run_for_shell(action: str, shell: str | None, prog_name: str) -> None:
    """Print or install the completion script of `shell` (None: the shell in use)."""
    from samtale import output
    from samtale.cli.typer_adapter import completion_script, detect_shell, install_completion
    from samtale.errors import UsageError
    from samtale.messages import Msg, t

    # Typer detects the shell from the process tree; where there is none to see (a
    # container, CI), $SHELL names the user's login shell.
    shell = shell or detect_shell() or os.path.basename(os.environ.get("SHELL", ""))
    if shell not in SHELLS:
        raise UsageError(
            t(Msg.COMPLETION_UNKNOWN_SHELL, shell=shell or "?", valid=", ".join(SHELLS))
        )
    complete_var = f"_{prog_name.replace('-', '_').upper()}_COMPLETE"
    if action == "show":
        output.line(completion_script(prog_name, complete_var, shell))
        return
    installed, path = install_completion(prog_name, complete_var, shell)
    output.line(t(Msg.COMPLETION_INSTALLED, shell=installed, path=path))
