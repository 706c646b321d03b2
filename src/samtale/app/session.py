"""Per-run state shared by the commands: the country and the guide, loaded at most once.

The command line keeps one `Session` on its root context (`samtale.cli.session`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from samtale.paths import LOCAL_RESOURCES_FILE

if TYPE_CHECKING:
    from samtale.config import Config
    from samtale.guide.models import Guide
    from samtale.guide.select import Lookups


class Session:
    def __init__(self, country: str = "dk", debug: bool = False) -> None:
        self.country = country
        self.debug = debug
        self._guide: Guide | None = None
        self._lookups: Lookups | None = None
        self._config: Config | None = None
        self._local_merged = False

    def config(self) -> Config:
        """The user's settings, read once (and only by commands that need them)."""
        if self._config is None:
            from samtale import config
            from samtale.paths import home

            self._config = config.load(home().config)
        return self._config

    def guide(self, local: bool = False) -> Guide:
        """The guide; with `local`, the organisation's own offers merged in (first).

        Only the commands that refer (`resources`, `prep`) ask for them, so a broken local
        file stops those and nothing else.
        """
        guide = self._load()[0]
        if local and not self._local_merged:
            path = self.local_resources_path()
            # Most users have no local file: then the module that reads one is never loaded.
            if os.path.lexists(path):
                from datetime import date

                from samtale.guide.local import load_into

                load_into(guide, path, date.today())
            self._local_merged = True
        return guide

    def local_resources_path(self) -> Path:
        """Where this user's local resources file is (it may not exist): the configured
        path, or `resources.yaml` next to the config file."""
        from samtale.paths import home

        setting = self.config().local_resources
        if setting:
            return Path(setting).expanduser()
        return home().config.parent / LOCAL_RESOURCES_FILE

    def lookups(self) -> Lookups:
        return self._load()[1]

    def _load(self) -> tuple[Guide, Lookups]:
        if self._guide is None or self._lookups is None:
            from samtale.guide.load import load_prepared

            self._guide, self._lookups = load_prepared(self.country)
        return self._guide, self._lookups
