"""The command line's prompts: the questionnaire's prompter, and one yes-or-no question.

Every question goes through `samtale.prep.prompter`, so a yes or no asked by `notes delete`
takes the same keys and says the same words as one asked in the middle of `prep`.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from samtale import output
from samtale.errors import UsageError

if TYPE_CHECKING:
    from samtale.prep.prompter import Prompter


def prompter(refusal: str) -> Prompter:
    """The real prompter; `refusal` as a usage error where nobody can answer (no terminal
    on stdin or stdout: a pipe, a cron job, CI)."""
    if not (sys.stdin.isatty() and output.is_terminal()):
        raise UsageError(refusal)
    from samtale.prep.prompter import QuestionaryPrompter

    return QuestionaryPrompter()


def confirm(question: str, default: bool = False) -> bool:
    """Yes or no in the catalogue's words and keys (j/y, n); Enter keeps `default`."""
    from samtale.prep.prompter import QuestionaryPrompter

    return QuestionaryPrompter().confirm(question, default)
