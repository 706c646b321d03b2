"""Own words: no run of 8 or more consecutive words of the data's prose copied from a source.

The source documents live beside the repository (`../shared/seeds`, as in a fresh clone
next to `shared/`); from a git worktree the main checkout's neighbour is used. Without
them the test is skipped and says why. A quotation may stay when it is marked as one: text
between »…« (Danish), ”…” (Swedish), “…” (English) or «…» is not compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.helpers import REPO

ROOT = REPO
RUN = 8
# Keys whose values are names, ids, addresses, opening hours, statutes or the titles and
# headings of the sources, not our prose. sources.yaml holds nothing but such names.
NOT_PROSE = {
    "id",
    "doc",
    "section",
    "web",
    "value",
    "name",
    "publisher",
    "aliases",
    "label",
    "source",
    "statute",
    "note",
    "locations",
    "languages",
}
NAMES_ONLY = {"sources.yaml", "regions.yaml"}
QUOTED = re.compile(r"»[^«»]*«|«[^»]*»|”[^”]*”|“[^”“]*”")
WORD = re.compile(r"\w+")


def seeds_folder() -> Path | None:
    """`../shared/seeds` beside this checkout, or beside the main checkout of a worktree."""
    candidates = [ROOT.parent / "shared" / "seeds"]
    git = ROOT / ".git"
    if git.is_file():  # a worktree: "gitdir: <main>/.git/worktrees/<name>"
        gitdir = Path(git.read_text(encoding="utf-8").split(":", 1)[1].strip())
        candidates.append(gitdir.parents[2].parent / "shared" / "seeds")
    return next((path for path in candidates if any(path.glob("*.txt"))), None)


def words(text: str) -> list[str]:
    return WORD.findall(text.casefold())


def seed_runs(folder: Path) -> set[tuple[str, ...]]:
    runs: set[tuple[str, ...]] = set()
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"-\s*\n\s*", "", text)  # words hyphenated across lines
        found = words(text)
        runs.update(tuple(found[i : i + RUN]) for i in range(len(found) - RUN + 1))
    return runs


def prose(value: Any, key: str = "") -> Iterator[str]:
    if isinstance(value, dict):
        for name, item in value.items():
            yield from prose(item, str(name))
    elif isinstance(value, list):
        for item in value:
            yield from prose(item, key)
    elif isinstance(value, str) and key not in NOT_PROSE:
        yield value


def copied(text: str, runs: set[tuple[str, ...]]) -> list[str]:
    """The longest runs of `text` (quotations left out) found word for word in a source."""
    found = words(QUOTED.sub(" ", text))
    hits: list[str] = []
    i = 0
    while i <= len(found) - RUN:
        if tuple(found[i : i + RUN]) in runs:
            end = i + RUN
            while end < len(found) and tuple(found[end - RUN + 1 : end + 1]) in runs:
                end += 1
            hits.append(" ".join(found[i:end]))
            i = end
        else:
            i += 1
    return hits


@pytest.fixture(scope="module")
def runs() -> set[tuple[str, ...]]:
    folder = seeds_folder()
    if folder is None:
        pytest.skip("the source documents are not beside the repository (../shared/seeds)")
    return seed_runs(folder)


def test_the_checker_finds_a_copied_run(runs) -> None:
    sample = next(iter(runs))
    assert copied("Indledning: " + " ".join(sample) + " slut.", runs) == [" ".join(sample)]
    assert copied("«" + " ".join(sample) + "»", runs) == []
    assert copied("»" + " ".join(sample) + "«", runs) == []


@pytest.mark.parametrize(
    "path",
    sorted(p for p in (ROOT / "data").glob("*/*.yaml") if p.name not in NAMES_ONLY),
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_data_prose_is_in_our_own_words(path: Path, runs) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    found = [hit for text in prose(data) for hit in copied(text, runs)]
    assert found == [], f"{len(found)} copied runs:\n" + "\n".join(found)
