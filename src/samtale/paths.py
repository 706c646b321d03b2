"""Where the user's private files live: notes, drafts and the config file.

Kept apart from the storage code so that finding the config is cheap for every command.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

# The organisation's own offers, beside config.toml unless `local_resources` names a file.
LOCAL_RESOURCES_FILE = "resources.yaml"


class Home(NamedTuple):
    """The folders of one user: notes, drafts, saved practice answers and config."""

    notes: Path
    drafts: Path
    config: Path
    practice: Path


def home() -> Home:
    """`SAMTALE_HOME` holds everything when set; otherwise the platform's user folders."""
    override = os.environ.get("SAMTALE_HOME")
    if override:
        base = Path(override).expanduser()
        return Home(
            notes=base / "notes",
            drafts=base / "drafts",
            config=base / "config.toml",
            practice=base / "practice",
        )
    import platformdirs

    data = Path(platformdirs.user_data_dir("samtale", appauthor=False))
    config = Path(platformdirs.user_config_dir("samtale", appauthor=False))
    return Home(
        notes=data / "notes",
        drafts=data / "drafts",
        config=config / "config.toml",
        practice=data / "practice",
    )
