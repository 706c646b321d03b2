"""Help as plain text: for pipes, and for terminals too narrow for Typer's panels.

Typer's Rich panels cut option names short below about 80 columns (``--country,--l…``) and
draw boxes into files. Plain help lists each option on its own line with its help indented
under it, so every name is whole and every line fits the width.
"""

from __future__ import annotations

import re
import textwrap
from typing import Any

from samtale.messages import Msg, t
from samtale.output import is_terminal

# Rich panels need room: below this width, or when stdout is not a terminal, help is plain.
RICH_HELP_MIN_WIDTH = 80
INDENT = 2
HELP_INDENT = 6

_EXTRAS = (
    (re.compile(r"\[env var: ([^\]]*)\]"), Msg.USAGE_ENVVAR),
    (re.compile(r"\[default: ([^\]]*)\]"), Msg.USAGE_DEFAULT),
    (re.compile(r"\[required\]"), Msg.USAGE_REQUIRED),
)


def use_rich(width: int) -> bool:
    """Whether Typer's panels fit: a terminal at least `RICH_HELP_MIN_WIDTH` wide."""
    return width >= RICH_HELP_MIN_WIDTH and is_terminal()


def _localized_extras(text: str) -> str:
    """Click's ``[env var: X]``/``[default: X]`` notes in the catalogue's words."""
    for pattern, key in _EXTRAS:
        template = t(key)
        text = pattern.sub(lambda m, tpl=template: tpl.format(*m.groups()), text)
    return text


def _block(first: str, text: str, width: int) -> list[str]:
    """A name line, then its help wrapped and indented beneath it."""
    lines = [" " * INDENT + first]
    if text:
        lines += textwrap.wrap(
            _localized_extras(text),
            width=width,
            initial_indent=" " * HELP_INDENT,
            subsequent_indent=" " * HELP_INDENT,
            break_on_hyphens=False,
        )
    return lines


def _usage(command: Any, ctx: Any) -> str:
    """The usage line; the command's `collect_usage_pieces` gives them in our words."""
    pieces = " ".join(command.collect_usage_pieces(ctx))
    return f"{t(Msg.USAGE_PREFIX)} {ctx.command_path} {pieces}".rstrip()


def plain_help(command: Any, ctx: Any, width: int) -> str:
    """The help of a click command or group as plain lines no wider than `width`."""
    lines = textwrap.wrap(_usage(command, ctx), width=width, subsequent_indent=" " * HELP_INDENT)
    if command.help:
        lines.append("")
        for paragraph in command.help.split("\n\n"):
            lines += textwrap.wrap(
                " ".join(paragraph.split()),
                width=width,
                initial_indent=" " * INDENT,
                subsequent_indent=" " * INDENT,
            )
    sections: dict[str, list[str]] = {}
    for param in command.get_params(ctx):
        record = param.get_help_record(ctx)
        if record is None:
            continue
        key = Msg.USAGE_ARGUMENTS if param.param_type_name == "argument" else Msg.USAGE_OPTIONS
        sections.setdefault(key, []).extend(_block(record[0], record[1], width))
    names = command.list_commands(ctx) if hasattr(command, "list_commands") else []
    for name in names:
        sub = command.get_command(ctx, name)
        if sub is None or sub.hidden:
            continue
        short = sub.get_short_help_str(limit=10_000)  # the first sentence, whole
        sections.setdefault(Msg.USAGE_COMMANDS, []).extend(_block(name, short, width))
    for key in (Msg.USAGE_ARGUMENTS, Msg.USAGE_OPTIONS, Msg.USAGE_COMMANDS):
        if key in sections:
            lines += ["", t(key) + ":", *sections[key]]
    return "\n".join(line.rstrip() for line in lines) + "\n"
