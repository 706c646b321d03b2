"""Text laid out for the screen: its width, and lines wrapped between words.

Pure: nothing here writes. The prompter, the notes and the stream gate share it.
"""

from __future__ import annotations

import re
import textwrap

# Narrower than this, nothing reads well; COLUMNS=0 or a tiny value falls back to it.
MIN_WIDTH = 40
# The start of a line that its continuation lines are indented under: spaces, then a
# bullet or a number ("  - ", "• ", "3. "), if any.
_LEAD = re.compile(r"\s*(?:[-•*–]\s+|\d+[.)]\s+)?")


def screen_width() -> int:
    """The width to write for: the terminal's (or COLUMNS), never below `MIN_WIDTH`.

    COLUMNS=0 counts as unset, as `shutil` reads it: the real terminal, else 80.
    """
    import shutil

    return max(MIN_WIDTH, shutil.get_terminal_size((80, 24)).columns)


def fit(text: str, width: int, first: int = 0, indent: str = "") -> str:
    """`text` with each of its lines wrapped at word boundaries to `width` columns.

    A terminal breaks a long line at the last column, in the middle of a word; this breaks
    it between words. `first` columns are taken on the first line already (a prompt's
    "? "); continuation lines start with `indent` and hang under a line's own leading
    spaces and bullet. A word longer than a line (a web address) stays whole.
    """
    out: list[str] = []
    for number, line in enumerate(text.split("\n")):
        taken = first if number == 0 else 0
        if taken + len(line) <= width:
            out.append(line)
            continue
        lead = _LEAD.match(line)
        hang = indent + " " * (len(lead.group()) if lead else 0)
        wrapped = textwrap.wrap(
            "\0" * taken + line,
            width,
            subsequent_indent=hang,
            break_long_words=False,
            break_on_hyphens=False,
        )
        wrapped[0] = wrapped[0][taken:]
        if line.endswith(" "):  # a question the answer follows on the same line
            wrapped[-1] += " "
        out += wrapped
    return "\n".join(out)
