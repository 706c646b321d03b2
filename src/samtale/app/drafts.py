"""What `notes followup` and `practice --save` keep while asking: a draft after every answer.

A use case without a terminal: the command passes in how to warn, and turns the errors
returned here into its exit. As in prep, every way out keeps what was typed: Ctrl-C and
Ctrl-D leave the draft and exit 130; answers that cannot be saved (disk full, read-only,
no access) leave the draft, say why in one line and exit 74. Each message names the
command that continues.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samtale.errors import SamtaleError, Stopped, StorageError, io_reason
from samtale.messages import Msg, t

if TYPE_CHECKING:
    from samtale.store.answer_drafts import KeyLike


class Kept:
    """The draft of one follow-up (`kind` "followup") or practice run ("practice").

    A draft that cannot be written does not stop the questions: the reason is remembered
    and told on the way out.
    """

    def __init__(
        self, kind: str, owner: str, key: KeyLike, command: str, opener: KeyLike = None
    ) -> None:
        self.kind = kind
        self.owner = owner
        self.key = key  # seals the draft; None keeps it plain
        self.opener = opener or key  # opens a sealed draft (encryption may be off by now)
        self.command = command
        self.saved = False
        self.problem: str | None = None

    def load(self, resume: bool, warn: Callable[[str], None]) -> dict[str, Any] | None:
        """The answers of an earlier run that was not saved, or None.

        A draft that cannot be read stops `--resume`; otherwise `warn` names it in one line
        and the questions start afresh (its file is replaced at the first answer).
        """
        from samtale.store import answer_drafts

        try:
            earlier = answer_drafts.load(self.kind, self.owner, self.opener)
        except SamtaleError as error:
            if resume:
                raise
            warn(t(Msg.DRAFTS_STARTING_AFRESH, problem=error.message))
            return None
        self.saved = earlier is not None
        return earlier

    def keep(self, answers: dict[str, Any]) -> None:
        from samtale.store import answer_drafts

        self.problem = save_attempt(
            lambda: answer_drafts.save(self.kind, self.owner, answers, self.key)
        )
        self.saved = self.saved or self.problem is None

    def drop(self) -> None:
        from samtale.store import answer_drafts

        answer_drafts.delete(self.kind, self.owner)

    def stopped(self) -> Stopped:
        """Ctrl-C or Ctrl-D: say where the answers are, exit 130."""
        if self.saved:
            return Stopped(t(Msg.PREP_INTERRUPTED_DRAFT, command=self.command))
        if self.problem:
            return Stopped(t(Msg.PREP_INTERRUPTED_NO_DRAFT, reason=self.problem))
        return Stopped(t(Msg.INTERRUPTED))

    def not_saved(self, error: OSError, folder: Path) -> StorageError:
        """The answers could not be saved: why, and where they are kept, exit 74."""
        reason = save_problem(error, folder)
        if self.saved:
            return StorageError(t(f"{self.kind}.save_failed", reason=reason, command=self.command))
        return StorageError(t(f"{self.kind}.save_failed_no_draft", reason=reason))


def save_attempt(save: Callable[[], object]) -> str | None:
    """Write a draft with `save`: None when it was written, else the one line saying why
    not (the answers stay in memory, and the flow goes on)."""
    from samtale.paths import home

    try:
        save()
    except OSError as error:
        return save_problem(error, home().drafts)
    except SamtaleError as error:
        return error.message
    return None


def save_problem(error: OSError, folder: Path) -> str:
    """Why a file could not be written in `folder`, in the user's words (disk full …)."""
    return t(Msg.STORAGE_REASON, folder=folder, reason=io_reason(error))
