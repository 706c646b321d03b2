"""Saved practice answers (`samtale practice CASE --save`): private like notes.

A file is ``{date}-{case id}-{random}.md``, or ``.md.enc`` sealed under the store key when
encryption is on. The case id names a made-up vignette, never a citizen. Retention and
`notes purge` cover these files too.
"""

from __future__ import annotations

import re
import secrets
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from samtale.paths import home
from samtale.store import files

if TYPE_CHECKING:
    from samtale.store.crypto import Key

ENCRYPTED = ".enc"
_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}-.+-[0-9a-f]{6}\.md(\.enc)?$")


def save_answers(case_id: str, text: str, day: date, key: Key | None = None) -> Path:
    """Save `text` (the answers as Markdown) as a new file; sealed when a key is given."""
    data = text.encode("utf-8")
    suffix = ".md"
    if key is not None:
        from samtale.store import crypto

        data = crypto.seal(data, key, {"kind": "practice", "case": case_id})
        suffix += ENCRYPTED
    return files.write_new(
        home().practice,
        lambda: f"{day.isoformat()}-{case_id}-{secrets.token_hex(3)}{suffix}",
        data,
    )


def practice_files() -> list[Path]:
    """Every saved practice file."""
    return sorted(path for _, path in files.matching(home().practice, _NAME))
