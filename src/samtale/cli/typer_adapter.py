"""The one module that touches what Typer keeps private or changes between releases.

Everything else in `samtale.cli` uses Typer's public API and the methods click documents
for overriding (`main`, `parse_args`, `resolve_command`, `invoke`, `get_params`,
`get_help_option`, `collect_usage_pieces`, `format_usage`, `format_help`). Where neither
offers a hook, the part lives here, and tests/cli/test_typer_adapter.py exercises each
one against the installed Typer, so that a release that breaks one fails a named test.

Typer 0.26 and later carry their own copy of click (`typer._click`) and export only a few
of its names (`typer.BadParameter`, `typer.Context`, `typer.echo` …). What is used here:

1. `errors`: click's exception classes, from `typer._click.exceptions`. Telling an
   unknown option from a missing value or a bad one needs `NoSuchOption`, `BadOptionUsage`,
   `MissingParameter`, `BadParameter`, `UsageError`, `NoArgsIsHelpError` and
   `ClickException`; Typer exports none but `BadParameter`.
2. `needs_value`: click raises the same `BadOptionUsage` for "requires an argument" and
   "does not take a value"; only its English message tells them apart.
3. `rich_help_words`: the module globals of `typer.rich_utils` (`MAX_WIDTH`, the three
   panel titles, `DEFAULT_STRING`, `ENVVAR_STRING`, `REQUIRED_LONG_STRING`). Typer's Rich
   help reads its width and its English words from there and takes no argument for them.
4. `type_name`, `argument_without_type`, `parameter_name`: a parameter's `type` (click's
   `ParamType`: its `name` and `get_metavar`) and its `human_readable_name` (the metavar,
   "ID", else the parameter's name). Typer 0.29 has neither.
5. `COMPLETION_OPTIONS`: the names of the parameters Typer adds for
   ``--install-completion`` and ``--show-completion``, to answer them in our words.
6. `set_completer`: a parameter's `_custom_shell_complete`, where click keeps the
   completer its `shell_complete=` argument names; ours are chosen by parameter name,
   after the parameters exist, so that an ordinary run pays nothing for completion.
7. `completion_item`: `typer._click.shell_completion.CompletionItem`, a value with help.
8. `split_command_line`: `typer._click.shell_completion.split_arg_string`, click's
   splitting of a half-typed command line (an open quote is no error).
9. `COMPLETE_ARGS`: `_TYPER_COMPLETE_ARGS`, where Typer's zsh, fish and PowerShell
   scripts put the command line being completed (bash uses `COMP_WORDS`).
10. `detect_shell`, `completion_script`, `install_completion`: `_get_shell_name`,
    `get_completion_script` and `install` of `typer._completion_shared`, which make and
    install the completion script for a shell named on the command line.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from typer._click import exceptions as errors

__all__ = [
    "COMPLETE_ARGS",
    "COMPLETION_OPTIONS",
    "argument_without_type",
    "completion_item",
    "completion_script",
    "detect_shell",
    "errors",
    "install_completion",
    "needs_value",
    "parameter_name",
    "rich_help_words",
    "set_completer",
    "split_command_line",
    "type_name",
]

COMPLETION_OPTIONS = ("install_completion", "show_completion")
COMPLETE_ARGS = "_TYPER_COMPLETE_ARGS"

# Our word -> the `typer.rich_utils` global that holds it.
RICH_WORDS = {
    "options": "OPTIONS_PANEL_TITLE",
    "commands": "COMMANDS_PANEL_TITLE",
    "arguments": "ARGUMENTS_PANEL_TITLE",
    "default": "DEFAULT_STRING",
    "envvar": "ENVVAR_STRING",
    "required": "REQUIRED_LONG_STRING",
}


def needs_value(error: Any) -> bool:
    """Whether `error` says an option was given without its value (``--region`` alone)."""
    return isinstance(error, errors.BadOptionUsage) and "requires" in error.message


@contextmanager
def rich_help_words(width: int, words: dict[str, str]) -> Iterator[None]:
    """While Typer writes Rich help: at most `width` columns, and `words` (keys of
    `RICH_WORDS`) in place of its English ones; afterwards everything as it was."""
    from typer import rich_utils

    names = {"MAX_WIDTH": width, **{RICH_WORDS[key]: word for key, word in words.items()}}
    saved = {name: getattr(rich_utils, name) for name in names}
    for name, value in names.items():
        setattr(rich_utils, name, value)
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(rich_utils, name, value)


def parameter_name(param: Any) -> str:
    """The name an error gives `param`: its metavar ("ID"), else its own name."""
    return str(param.human_readable_name)


def type_name(param: Any) -> str:
    """Click's name for the type of value `param` takes ("text", "integer", "path" …)."""
    return str(param.type.name)


@contextmanager
def argument_without_type(param: Any) -> Iterator[None]:
    """While help is written, `param` shows no type beside its name (no "<str>")."""
    kind = param.type
    param.type = copy.copy(kind)
    param.type.get_metavar = lambda param, ctx: ""
    try:
        yield
    finally:
        param.type = kind


def set_completer(param: Any, complete: Callable[[Any, Any, str], list[Any]]) -> None:
    """Make `complete(ctx, param, incomplete)` the completer of `param`."""
    param._custom_shell_complete = complete


def completion_item(value: str, help: str) -> Any:
    """A completion candidate with its help text, as the shells' classes expect it."""
    from typer._click.shell_completion import CompletionItem

    return CompletionItem(value, help=help)


def split_command_line(line: str) -> list[str]:
    """The words of a half-typed command line, as click splits it for completion."""
    from typer._click.shell_completion import split_arg_string

    return list(split_arg_string(line))


def detect_shell() -> str | None:
    """The shell this process runs under, as Typer detects it (None if it cannot tell)."""
    from typer._completion_shared import _get_shell_name

    return _get_shell_name()


def completion_script(prog_name: str, complete_var: str, shell: str) -> str:
    """The completion script of `shell` for `prog_name`."""
    from typer._completion_shared import get_completion_script

    return get_completion_script(prog_name=prog_name, complete_var=complete_var, shell=shell)


def install_completion(prog_name: str, complete_var: str, shell: str) -> tuple[str, Any]:
    """Install the completion script of `shell`; the shell and the file written."""
    from typer._completion_shared import install

    return install(shell=shell, prog_name=prog_name, complete_var=complete_var)
