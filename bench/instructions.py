"""Instruction counts of the read commands, on the shipped data and on ten times the data.

Wall times on a shared machine vary by ±15 % between runs; the number of instructions a
command executes (valgrind's callgrind, with a fixed hash seed) varies by well under 1 %,
so a change that costs 2 % shows. Each command runs once to fill the cache, then once
under callgrind; the ratios are to `python -c "import typer"` and, for ten times the data
(built as `bench/scale.py` builds it), to the same command on the shipped data.

    python bench/instructions.py            # needs valgrind on PATH; a few minutes
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale import grow, shipped_data
from startup import BASELINE, READ_COMMANDS, samtale


def instructions(argv: list[str], env: dict[str, str]) -> int:
    """Instructions executed by one run of `argv` under callgrind."""
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", run.stderr)
    if found is None:
        raise SystemExit(f"callgrind reported no count for {' '.join(argv)}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    work = Path(tempfile.mkdtemp(prefix="samtale-instructions-"))
    grow(shipped_data(), work / "data" / "dk")
    env = {**os.environ, "PYTHONHASHSEED": "0", "NO_COLOR": "1", "COLUMNS": "80"}
    env.update(SAMTALE_HOME=str(work / "home"), XDG_CACHE_HOME=str(work / "cache"))
    env.pop("SAMTALE_DATA", None)
    # The warm-up run writes the bytecode an installed package has (pip compiles it); with
    # PYTHONDONTWRITEBYTECODE set, every edited module would be compiled again in each count.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    big = {**env, "SAMTALE_DATA": str(work / "data")}
    command = samtale()
    base = instructions(BASELINE, env)
    print(f'python -c "import typer": {base / 1e6:.0f} M instructions\n')
    print(f"{'command':<28}{'shipped M':>10}{'ratio':>7}{'10x M':>8}{'10x ratio':>10}")
    for argv in READ_COMMANDS:
        counts = []
        for setting in (env, big):
            subprocess.run([*command, *argv], env=setting, capture_output=True, check=True)
            counts.append(instructions([*command, *argv], setting))
        small, large = counts
        print(
            f"{' '.join(argv):<28}{small / 1e6:>10.0f}{small / base:>7.2f}"
            f"{large / 1e6:>8.0f}{large / small:>10.2f}"
        )
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
