"""Store benchmark: `samtale notes list` over 1,000 encrypted notes, and key derivations.

Builds a private SAMTALE_HOME in a temporary folder with encryption on, saves one real note
with `samtale prep --answers`, then 999 more encrypted notes (the same text under other
pseudonyms) through the store with one key. It then reports:

- the median wall time of `samtale notes list` and `notes list --json` (a subprocess each,
  as a user runs them; budget 1.0 s), and
- how many scrypt key derivations one `prep --answers` save and one `notes list` cost,
  counted in-process (budget: one each), and
- the median time of one derivation at today's scrypt cost and at the cost of format 2.

    python bench/store.py            # 1,000 notes, N=7
    python bench/store.py --notes 200 -n 5
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

PASSPHRASE = "korrekt hest batteri"
ANSWERS = """\
role: bostøttemedarbejder
citizen: "K.M."
age_group: 18_29
gender: woman
region: Odense
signs:
  lonely_busy_phone: "Siger hun er alene, men telefonen summer hele mødet"
contexts: [substance_use, homelessness]
other_explanations: "Kan også være en ny kæreste"
"""


def samtale() -> list[str]:
    script = shutil.which("samtale", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "samtale"]


def in_process(*args: str) -> str:
    """Run `samtale ARGS` in this process (so derivations can be counted); its stdout."""
    from typer.testing import CliRunner

    from samtale.cli import app

    result = CliRunner().invoke(app, list(args))
    if result.exit_code != 0:
        raise SystemExit(f"samtale {' '.join(args)} failed: {result.output}")
    return result.stdout


def build(folder: Path, count: int) -> None:
    """An encrypted store with `count` notes, the first saved by `prep --answers`."""
    from samtale.store import crypto, keys, notes

    answers = folder / "answers.yaml"
    answers.write_text(ANSWERS, encoding="utf-8")
    in_process("config", "set", "encrypt", "true")
    before = crypto.derivations()
    in_process("prep", "--answers", str(answers))
    print(f"derivations for one prep --answers save: {crypto.derivations() - before}")
    key = keys.unlock(create=False)
    (first,) = notes.note_files()
    text = notes.text_of(first, lambda: key)
    for number in range(1, count):
        pseudonym = f"P{number:04d}"
        notes.save_note(text.replace("K.M.", pseudonym), pseudonym, date(2026, 11, 1), key)


def timed(argv: list[str], env: dict[str, str], runs: int) -> float:
    times = []
    for _ in range(runs + 1):  # the first run warms the page cache
        start = time.perf_counter()
        subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times[1:])


def derivation_time(runs: int) -> None:
    """The median seconds of one scrypt derivation at today's cost and the older one."""
    from samtale.store import crypto

    for name, cost in (("today", crypto.COST), ("format 2", crypto.LEGACY_COST)):
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            crypto.derive(PASSPHRASE, os.urandom(crypto.SALT_BYTES), cost)
            times.append(time.perf_counter() - start)
        print(
            f"one scrypt derivation, N=2^{cost.log_n} r={cost.r} p={cost.p} ({name}): "
            f"median {statistics.median(times) * 1000:.0f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=1000)
    parser.add_argument("-n", type=int, default=7)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "passphrase").write_text(PASSPHRASE + "\n", encoding="utf-8")
        os.environ.update(
            SAMTALE_HOME=str(folder / "home"),
            SAMTALE_PASSPHRASE_FILE=str(folder / "passphrase"),
            XDG_CACHE_HOME=str(folder / "cache"),
            NO_COLOR="1",
            COLUMNS="120",
        )
        build(folder, options.notes)
        from samtale.store import crypto

        before = crypto.derivations()
        listed = in_process("notes", "list", "--json")
        print(f"derivations for one notes list: {crypto.derivations() - before}")
        print(f"notes listed: {len(json.loads(listed))}")
        env = dict(os.environ)
        for args in (["notes", "list"], ["notes", "list", "--json"]):
            median = timed([*samtale(), *args], env, options.n)
            print(f"samtale {' '.join(args)}: median {median * 1000:.0f} ms (budget 1000 ms)")
        derivation_time(options.n)


if __name__ == "__main__":
    main()
