"""Typer's group and command classes, speaking the user's language, with one way out.

Typer and click write their own words ("Usage:", "Options", "No such option") in English.
These classes put the catalogue's words in their place in help and errors, and turn
every error into one line on stderr: the same shape as samtale's own messages. They use
the methods click documents for overriding (`main`, `parse_args`, `resolve_command`,
`invoke`, `get_params`, `get_help_option`, `collect_usage_pieces`, `format_usage`,
`format_help`) and tell errors apart by their class, never by their English text; what
Typer keeps private is reached only through `samtale.cli.typer_adapter`.

This module is samtale's single exit point: `leaving` turns any error into its line and
its code (the table `samtale.errors.EXIT_CODES`), and `SamtaleGroup.main` alone ends the
process. Flows raise an error from `samtale.errors` (`Done`, `Declined`, `Stopped` …),
never `typer.Exit` or `SystemExit` (tests/cli/test_exit_codes.py holds every module to it).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

from samtale.cli.typer_adapter import (
    COMPLETION_OPTIONS,
    argument_without_type,
    needs_value,
    parameter_name,
    rich_help_words,
    type_name,
)
from samtale.cli.typer_adapter import errors as click_errors
from samtale.errors import Done, SamtaleError, Stopped, UsageError, exit_code, io_failure
from samtale.messages import Msg, t
from samtale.output import discard_stdout, say


class CommandNotFound(click_errors.UsageError):
    """A command name the group does not have (``samtale resorces``)."""

    def __init__(self, name: str, ctx: Any) -> None:
        super().__init__(f"No such command {name!r}.", ctx)
        self.name = name


class ExtraArguments(click_errors.UsageError):
    """Words on the command line that no parameter of the command takes."""

    def __init__(self, extra: list[str], ctx: Any) -> None:
        super().__init__(f"Got unexpected extra arguments ({' '.join(extra)})", ctx)
        self.extra = extra


def leaving(error: BaseException, debug: bool = False) -> int:
    """The one way out: say `error` in one line and return its exit code (`EXIT_CODES`).

    A closed pipe is quiet, as with `cat`; an `OSError` is one line naming the path; any
    other exception is a bug: one line naming its type, and with ``--debug`` the traceback
    (raised again), since a traceback may hold what the user typed about a citizen.
    """
    if isinstance(error, SamtaleError):
        message = error.message
    elif isinstance(error, KeyboardInterrupt | EOFError):
        message = t(Msg.INTERRUPTED)
    elif isinstance(error, BrokenPipeError):  # the reader went away (`samtale signs | head`)
        discard_stdout()
        message = ""
    elif debug:
        raise error
    elif isinstance(error, OSError):  # a full disk, a read-only folder: not a bug in samtale
        message = io_failure(error).message
    else:
        message = t(Msg.BUG, kind=type(error).__name__)
    if message:
        say(message)
    return exit_code(error)


def usage_message(error: Any) -> str:
    """A click usage error in the catalogue's words, with where to read more."""
    if needs_value(error):
        message = t(Msg.USAGE_NEEDS_VALUE, option=error.option_name)
    elif isinstance(error, click_errors.NoSuchOption):
        near = ", ".join(error.possibilities or ())
        hint = t(Msg.USAGE_DID_YOU_MEAN, options=near) if near else ""
        message = t(Msg.USAGE_NO_SUCH_OPTION, option=error.option_name, hint=hint)
    elif isinstance(error, click_errors.MissingParameter):
        name = parameter_name(error.param) if error.param else ""
        message = t(Msg.USAGE_MISSING, name=name)
    elif isinstance(error, click_errors.BadParameter):
        name = parameter_name(error.param) if error.param else ""
        message = t(Msg.USAGE_BAD_VALUE, name=name, problem=error.message)
    elif isinstance(error, CommandNotFound):
        message = t(Msg.USAGE_NO_SUCH_COMMAND, name=error.name) + _command_hint(
            error.ctx, error.name
        )
    elif isinstance(error, ExtraArguments):
        message = t(Msg.USAGE_EXTRA, args=" ".join(error.extra))
    else:
        message = error.format_message()
    path = error.ctx.command_path if error.ctx else "samtale"
    return t(Msg.USAGE_LINE, message=message, path=path)


def _command_hint(ctx: Any, name: str) -> str:
    """`` Mente du 'resources'?`` for a command name that is close to a real one."""
    from samtale.guide.text import closest, fold

    if ctx is None or not hasattr(ctx.command, "list_commands"):
        return ""
    commands = {fold(c): c for c in ctx.command.list_commands(ctx)}
    # The user's own word for a command ("forbered" is prep), from the catalogue.
    for pair in t(Msg.USAGE_COMMAND_WORDS).split():
        word, _, command = pair.partition("=")
        if command in commands.values():
            commands.setdefault(fold(word), command)
    near = closest(name, commands)
    return t(Msg.USAGE_DID_YOU_MEAN, options=f"'{near}'") if near else ""


def command_position(args: list[str], globals_: dict[str, bool]) -> int:
    """Where the command is in `args`: after the global options and their values."""
    position = 0
    while position < len(args) and args[position].startswith("-"):
        position += 2 if globals_.get(args[position]) else 1
    return position


def hoist_globals(args: list[str], globals_: dict[str, bool], value_options: set[str]) -> list[str]:
    """`args` with the global options that follow the command moved in front of it.

    `globals_` maps each global option to whether it takes a value; `value_options` are the
    command's own options that take one (their value is never mistaken for a global).
    Nothing after ``--`` moves.
    """
    position = command_position(args, globals_)
    moved: list[str] = []
    kept = args[: position + 1]
    rest = iter(args[position + 1 :])
    for arg in rest:
        name = arg.split("=", 1)[0]
        if arg == "--":
            kept += [arg, *rest]
        elif name in globals_:
            moved.append(arg)
            if globals_[name] and "=" not in arg:
                moved.append(_value_of(name, rest))
        else:
            kept.append(arg)
            if arg in value_options:  # no value left: click says so for the command
                kept += [value for value in [next(rest, None)] if value is not None]
    return [*kept[:position], *moved, *kept[position:]] if moved else args


def _value_of(option: str, rest: Iterator[str]) -> str:
    """The value after a global option that follows the command; none is a usage error
    (moved in front of the command, the option would take the command's name instead)."""
    value = next(rest, None)
    if value is None:
        message = t(Msg.USAGE_NEEDS_VALUE, option=option)
        raise UsageError(t(Msg.USAGE_LINE, message=message, path="samtale"))
    return value


def _value_options(command: Any, ctx: Any) -> set[str]:
    """Every option of `command` (and of its subcommands) that takes a value."""
    found: set[str] = set()
    for param in command.params:
        if param.param_type_name == "option" and not getattr(param, "is_flag", False):
            found.update(param.opts)
    for name in getattr(command, "list_commands", lambda _ctx: [])(ctx):
        sub = command.get_command(ctx, name)
        if sub is not None:
            found |= _value_options(sub, ctx)
    return found


def _completion_option(ctx: Any, param: Any, value: Any) -> None:
    """Typer's ``--show-completion``/``--install-completion``, answered in our words."""
    if value and not ctx.resilient_parsing:
        from samtale.cli.complete import run_for_shell

        action = param.name.split("_")[0]
        run_for_shell(action, None, ctx.find_root().info_name or "samtale")
        raise Done()


# Click's type names, shown as an option's value ("<str>", "<file>"): the catalogue's word.
METAVARS = {
    "str": Msg.USAGE_METAVAR_TEXT,
    "text": Msg.USAGE_METAVAR_TEXT,
    "file": Msg.USAGE_METAVAR_FILE,
    "filename": Msg.USAGE_METAVAR_FILE,
    "path": Msg.USAGE_METAVAR_PATH,
    "directory": Msg.USAGE_METAVAR_FOLDER,
    "int": Msg.USAGE_METAVAR_NUMBER,
    "integer": Msg.USAGE_METAVAR_NUMBER,
    "float": Msg.USAGE_METAVAR_NUMBER,
}


@contextmanager
def _in_users_words(params: list[Any], ctx: Any) -> Iterator[None]:
    """While help is written: value names in the catalogue's words, and only the option
    names of the user's language (Danish help does not show ``--fortsätt``).

    Each parameter is put back as it was afterwards; the parser never sees a change.
    """
    other = set(t(Msg.USAGE_OTHER_LANGUAGE_OPTIONS).split())
    with contextlib.ExitStack() as restore:
        for param in params:
            saved = (param, param.opts, param.secondary_opts, param.metavar)
            restore.callback(_put_back, *saved)
            param.opts = [opt for opt in param.opts if opt not in other] or param.opts
            key = METAVARS.get(type_name(param))
            if key is None or getattr(param, "is_flag", False):
                continue
            if param.param_type_name == "argument":  # its name says it; no "<str>" beside it
                restore.enter_context(argument_without_type(param))
            elif param.metavar is None:
                param.metavar = t(key)
        yield


def _put_back(param: Any, opts: list[str], secondary: list[str], metavar: str | None) -> None:
    param.opts, param.secondary_opts, param.metavar = opts, secondary, metavar


class _Localized:
    """Help text and usage line in the catalogue's words, and unexpected words on the
    command line as their own error (mixed into both classes)."""

    def get_help_option(self, ctx: typer.Context) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = t(Msg.HELP_HELP)
        return option

    def collect_usage_pieces(self, ctx: typer.Context) -> list[str]:
        """The usage line's pieces, ``[OPTIONS]`` and ``COMMAND [ARGS]...`` in our words."""
        ours = {self.options_metavar: t(Msg.USAGE_OPTIONS_METAVAR)}  # type: ignore[attr-defined]
        if subcommand := getattr(self, "subcommand_metavar", None):
            words = t(Msg.USAGE_COMMAND_METAVAR)  # in brackets where the command is optional
            ours[subcommand] = f"[{words}]" if subcommand.startswith("[") else words
        pieces = super().collect_usage_pieces(ctx)  # type: ignore[misc]
        return [ours.get(piece, piece) for piece in pieces]

    def format_usage(self, ctx: typer.Context, formatter: Any) -> None:
        pieces = self.collect_usage_pieces(ctx)
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=t(Msg.USAGE_PREFIX) + " ")

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:
        """Words no parameter takes are `ExtraArguments`, not click's English failure; an
        error click's parser raises without a context (``--region`` with no value) gets
        this command's, so the line points at ``samtale resources --help``."""
        try:
            return self._parse_args(ctx, args)
        except click_errors.UsageError as error:
            error.ctx = error.ctx or ctx
            raise

    def _parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:
        if ctx.allow_extra_args or ctx.resilient_parsing:
            return super().parse_args(ctx, args)  # type: ignore[misc,no-any-return]
        ctx.allow_extra_args = True
        try:
            rest: list[str] = super().parse_args(ctx, args)  # type: ignore[misc]
        finally:
            ctx.allow_extra_args = False
        if rest:
            raise ExtraArguments(rest, ctx)
        return rest

    def format_help(self, ctx: typer.Context, formatter: Any) -> None:
        with _in_users_words(self.get_params(ctx), ctx):  # type: ignore[attr-defined]
            self._format_help(ctx, formatter)

    def _format_help(self, ctx: typer.Context, formatter: Any) -> None:
        from samtale.cli.helptext import plain_help, use_rich
        from samtale.output import output_width

        width = output_width()
        if not use_rich(width):
            formatter.write(plain_help(self, ctx, width))
            return
        words = {
            key: t(f"usage.{key}")
            for key in ("options", "commands", "arguments", "default", "envvar", "required")
        }
        with rich_help_words(width, words):
            super().format_help(ctx, formatter)  # type: ignore[misc]


class SamtaleCommand(_Localized, TyperCommand):
    """A command whose help speaks the user's language."""


class SamtaleGroup(_Localized, TyperGroup):
    """The root group: the single exit point for every error and for Ctrl-C, and the one
    gate to the terminal (`samtale.output.gate`).

    A `SamtaleError` or a usage error becomes one line and its exit code; an `OSError` one
    line naming the path, exit 74 (EX_IOERR); anything else is a bug: one line naming its
    type, and the traceback only with ``--debug`` (a traceback may hold what the user typed
    about a citizen).
    """

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        from samtale.output.gate import clean_output

        with clean_output():
            code = self._main(args, prog_name, extra)
        if not standalone_mode:
            return code
        sys.exit(code if isinstance(code, int) else 0)

    def _main(self, args: Sequence[str] | None, prog_name: str | None, extra: Any) -> Any:
        from samtale.store.text import clean

        # No argument may carry a control character into a message or a file name.
        args = [clean(arg, multiline=False) for arg in (sys.argv[1:] if args is None else args)]
        if os.environ.get("_SAMTALE_COMPLETE"):  # a shell asks for completions
            from samtale.cli.complete import prepare

            prepare(self)
        try:
            code = super().main(args=args, prog_name=prog_name, standalone_mode=False, **extra)
        except click_errors.NoArgsIsHelpError as error:
            error.show()  # no command given: the help, as click would show it
            code = 2
        except click_errors.UsageError as error:
            code = leaving(UsageError(usage_message(error)))
        except click_errors.ClickException as error:
            say(error.format_message())
            code = error.exit_code
        except typer.Abort:
            code = leaving(Stopped(t(Msg.INTERRUPTED)))
        except SamtaleError as error:  # raised while parsing (`--version`, a completion shell)
            code = leaving(error)
        return code

    def get_params(self, ctx: typer.Context) -> list[Any]:
        """The parameters, with Typer's completion options in the catalogue's words."""
        params = super().get_params(ctx)
        for param in params:
            if param.name in COMPLETION_OPTIONS:
                param.help = t(f"help.{param.name}")
                param.callback = _completion_option
        return params

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:
        """The root accepts its options after the command too (``resources --country se``)."""
        if ctx.parent is None and {"--show-completion", "--install-completion"} & set(args):
            from samtale.cli.complete import run_for_shell, shell_named

            if request := shell_named(args):
                run_for_shell(*request, prog_name=ctx.find_root().info_name or "samtale")
                raise Done()
        if ctx.parent is None and args:
            globals_ = {
                opt: not param.is_flag
                for param in self.params
                if param.param_type_name == "option" and not param.is_eager
                for opt in param.opts
            }
            position = command_position(args, globals_)
            name = args[position] if position < len(args) else ""
            command = self.get_command(ctx, name) if name else None
            values = _value_options(command, ctx) if command is not None else set()
            args = hoist_globals(list(args), globals_, values)
        return super().parse_args(ctx, args)

    def resolve_command(
        self, ctx: typer.Context, args: list[str]
    ) -> tuple[str | None, Any, list[str]]:
        """An unknown command is `CommandNotFound`, not click's English failure."""
        name = args[0] if args else ""
        if name and not name.startswith("-") and not ctx.resilient_parsing:
            normal = ctx.token_normalize_func(name) if ctx.token_normalize_func else name
            if self.get_command(ctx, name) is None and self.get_command(ctx, normal) is None:
                raise CommandNotFound(name, ctx)
        return super().resolve_command(ctx, args)  # type: ignore[no-any-return]

    def invoke(self, ctx: typer.Context) -> Any:
        """Run the command; an error ends it here, before click would turn Ctrl-C into an
        `Abort` or a closed pipe into exit 1."""
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, click_errors.ClickException):
            raise
        except (Exception, KeyboardInterrupt) as error:
            code = leaving(error, getattr(ctx.obj, "debug", False))
            raise typer.Exit(code) from None
