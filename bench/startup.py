"""Start-up benchmark: read commands against `python -c "import typer"`, and prep's first prompt.

Standard library only. Every command is run N times after a warm-up, alternating with the
baseline so both see the same machine state; the ratio is taken per pair and its median
reported, beside the median wall times and the peak resident memory of each command.

    python bench/startup.py            # N=21
    python bench/startup.py -n 41
"""

from __future__ import annotations

import argparse
import os
import pty
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

READ_COMMANDS = [
    ["phrases", "--topic", "safety"],
    ["resources", "--region", "fyn"],
    ["signs"],
    ["facts"],
]
BASELINE = [sys.executable, "-c", "import typer"]
FIRST_QUESTION = "Din rolle"


def samtale() -> list[str]:
    """The installed console script next to this Python, else ``python -m samtale``."""
    script = shutil.which("samtale", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "samtale"]


def run(argv: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time in seconds and peak RSS in KiB of one run (output discarded)."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {process.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss


def first_prompt(argv: list[str], env: dict[str, str], timeout: float = 10.0) -> float:
    """Seconds from start until the first question of `samtale prep` is on the screen."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: become samtale prep
        os.execve(argv[0], [*argv, "prep"], env)
    start = time.perf_counter()
    seen = b""
    try:
        while FIRST_QUESTION.encode() not in seen:
            if time.perf_counter() - start > timeout:
                raise SystemExit("prep showed no question within the timeout")
            ready, _, _ = select.select([fd], [], [], 0.05)
            if ready:
                seen += os.read(fd, 65536)
        return time.perf_counter() - start
    finally:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        os.close(fd)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=21, help="runs per command (default 21)")
    args = parser.parse_args()

    home = tempfile.mkdtemp(prefix="samtale-bench-")
    env = {**os.environ, "SAMTALE_HOME": home, "NO_COLOR": "1", "COLUMNS": "80"}
    env["PROMPT_TOOLKIT_NO_CPR"] = "1"
    env.pop("SAMTALE_DATA", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # timed runs use bytecode, as an install does
    command = samtale()
    print(
        f"samtale: {' '.join(command)}   python: {sys.version.split()[0]}   cores: {os.cpu_count()}"
    )
    print(f"{args.n} runs each after a warm-up, alternating with the baseline\n")
    print(f"{'command':<28}{'median ms':>10}{'ratio':>8}{'peak RSS MiB':>14}")

    for argv in READ_COMMANDS:
        run([*command, *argv], env)  # warm-up: fills the validated-data cache
        run(BASELINE, env)
        times, bases, ratios, peaks = [], [], [], []
        for _ in range(args.n):
            base, _ = run(BASELINE, env)
            took, peak = run([*command, *argv], env)
            times.append(took)
            bases.append(base)
            ratios.append(took / base)
            peaks.append(peak)
        name = " ".join(argv)
        print(
            f"{name:<28}{statistics.median(times) * 1000:>10.1f}"
            f"{statistics.median(ratios):>8.2f}{max(peaks) / 1024:>14.1f}"
        )
    baseline = 'python -c "import typer"'
    print(f"{baseline:<28}{statistics.median(bases) * 1000:>10.1f}{1:>8.2f}")

    if command[0].endswith("samtale"):
        waits = [first_prompt(command, env) for _ in range(max(5, args.n // 4))]
        print(f"\nprep, first question on screen: median {statistics.median(waits) * 1000:.0f} ms")
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
