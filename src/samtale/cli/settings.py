"""Change a setting and say so: `config set`, and prep's offer to remember the role."""

from __future__ import annotations

from typing import TYPE_CHECKING

from samtale import output
from samtale.messages import Msg, t

if TYPE_CHECKING:
    from samtale.app.settings import Changed


def set_setting(key: str, value: str) -> Changed:
    """Write one setting (`samtale.app.settings`), saying when a broken file is repaired
    and where the setting now is."""
    from samtale.app.settings import change_setting

    def repairing(problem: str) -> None:
        output.line(t(Msg.CONFIG_REPAIRING, problem=problem), err=True)

    changed = change_setting(key, value, repairing)
    output.line(t(Msg.CONFIG_SAVED, key=key, value=value, path=changed.path))
    return changed
