"""The exported page printed by a real headless browser: the card fills page one, alone.

Needs Chromium (or Chrome) and poppler's pdftotext; skipped with the reason when either is
missing, as on a CI machine without a browser.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from samtale.messages.da import MESSAGES

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def browser() -> str | None:
    return next((found for name in BROWSERS if (found := shutil.which(name))), None)


@pytest.mark.skipif(browser() is None, reason="no Chromium or Chrome installed")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) not installed")
def test_first_printed_page_is_the_card(cli, home, answers_file, tmp_path: Path) -> None:
    assert cli("prep", "--answers", str(answers_file)).exit_code == 0
    [row] = json.loads(cli("notes", "list", "--json").stdout)
    page = tmp_path / "out" / "note.html"
    page.parent.mkdir()
    assert cli("notes", "export", row["id"], "--output", str(page)).exit_code == 0
    pdf = tmp_path / "out" / "note.pdf"
    subprocess.run(
        [
            str(browser()),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )

    def text(first: int, last: int) -> str:
        command = ["pdftotext", "-f", str(first), "-l", str(last), str(pdf), "-"]
        return subprocess.run(command, check=True, capture_output=True, text=True).stdout

    one, two = text(1, 1), text(2, 2)
    title = MESSAGES["note.title"].format(citizen="K.M.")
    assert MESSAGES["card.title"] in one
    assert MESSAGES["card.opener_permission"] in one
    assert MESSAGES["card.blank.safe_contact"] in one  # the card's last line: all of it fits
    assert title not in one  # the card is alone on its page
    assert two.lstrip().startswith(title)
