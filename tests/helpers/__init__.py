"""What the tests share: the CLI runner, the pty driver, the fake prompter, the passphrase.

One place for each, so that two test files never carry their own copy. Fixtures stay in
tests/conftest.py and are built from these.
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers.cli import cli_runner
from tests.helpers.prompter import Script

__all__ = [
    "ANSWERS_YAML",
    "PASSPHRASE",
    "REPO",
    "Script",
    "cli_runner",
    "write_passphrase",
]

# The checkout: tests find README.md, bench/, src/ and ../shared from here, wherever they sit.
REPO = Path(__file__).resolve().parents[2]

ANSWERS_YAML = """\
role: bostøttemedarbejder          # free text
citizen: "K.M."                    # pseudonym or initials, required
age_group: 18_29                   # under_18 | 18_29 | 30_plus | unknown
gender: woman                      # woman | man | trans | nonbinary | unknown
region: Odense                     # anything `resources --region` accepts
signs:                             # sign or consequence id -> what was observed
  lonely_busy_phone: "Siger hun er alene, men telefonen summer hele mødet"
  unexplained_substance_funding: ""
contexts: [substance_use, homelessness]
other_explanations: "Kan også være en ny kæreste"
topics: [opening, concrete, safety, motives, help, closing]   # optional, default all six
"""

# The passphrase the tests encrypt with; scripts give it in a file, never as an argument.
PASSPHRASE = "korrekt hest batteri"


def write_passphrase(folder: Path) -> Path:
    """Write PASSPHRASE to a file in `folder`, the way a script keeps it, and return the file."""
    path = folder / "passphrase"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path
