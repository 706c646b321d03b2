"""Text in, text out: what is kept of a typed field, and what may reach a terminal or a note.

- On the way in (`clean`), every field loses its control characters: C0 except line
  breaks and tabs, DEL, C1, whole escape sequences (colours, cursor moves, OSC 52 clipboard
  writes, window titles) and the bidi overrides that can make a line read backwards.
- A field is at most `MAX_FIELD` characters (`too_long`), so a pasted file is an error, not
  a 100 MB note.
- On the way out (`for_terminal`), the same characters are removed from everything the CLI
  prints, except the colour codes Rich itself writes (SGR: ``ESC [ ... m``).
- In the note (`markdown_inline`), user text is literal CommonMark on one line that never
  starts a block: no heading, list, quote, code block, table or rule.

Pure functions, no I/O: the prep renderer uses them as well as the CLI.
"""

from __future__ import annotations

import re

MAX_FIELD = 4000
MAX_ANSWERS_FILE = 1024 * 1024  # bytes: a complete answers file is a few hundred

# Whole escape sequences: CSI, the string commands (OSC, DCS, SOS, PM, APC) up to their
# terminator (or the end of the line when there is none), and the two-character escapes;
# then the same as 8-bit C1 introducers.
_SEQUENCE = (
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b[\]PX^_][^\n]*?(?:\x07|\x1b\\|\x9c|(?=\n)|\Z)"
    r"|\x1b[ -/]*[0-~]"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|[\x90\x98\x9d\x9e\x9f][^\n]*?(?:\x07|\x1b\\|\x9c|(?=\n)|\Z)"
)
# Single characters: C0 but tab and line feed, DEL, C1, and the bidi marks, embeddings,
# overrides and isolates.
_CHARACTER = "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
_IN = re.compile(f"{_SEQUENCE}|{_CHARACTER}")
_SGR = r"\x1b\[[0-9;:]*m"
_OUT = re.compile(f"(?P<keep>{_SGR})|{_SEQUENCE}|{_CHARACTER}")

_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
# What starts a block at the start of a line once inline characters are escaped: an ATX
# heading, a list item, a thematic break or setext underline, an ordered list item.
_BLOCK_START = re.compile(r"^(?:([#+=-])|(\d{1,9})([.)]))")


def clean(text: str, multiline: bool = True) -> str:
    """`text` without control characters; line breaks kept (as ``\\n``) when `multiline`."""
    text = _IN.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return text if multiline else " ".join(text.split("\n")).replace("\t", " ")


def too_long(text: str) -> bool:
    return len(text) > MAX_FIELD


def valid_free_text(text: str) -> bool | str:
    """Prompt validator for every free-text field: not too long, no identity number."""
    from samtale.messages import Msg, t
    from samtale.store.identifiers import no_identifier

    return t(Msg.TEXT_TOO_LONG, limit=MAX_FIELD) if too_long(text) else no_identifier(text)


def for_terminal(text: str) -> str:
    """`text` as it may be written to a terminal: Rich's colours kept, every other control
    sequence and character removed."""
    return _OUT.sub(lambda match: match["keep"] or "", text.replace("\r\n", "\n"))


def markdown_inline(text: str) -> str:
    """User text as literal CommonMark: one line, markup characters escaped, no block start."""
    escaped = _INLINE.sub(r"\\\1", " ".join(text.split()))
    return _BLOCK_START.sub(
        lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}",
        escaped,
        count=1,
    )
