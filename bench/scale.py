"""Scale benchmark: the read commands on ten times the data, against the shipped data.

Builds a synthetic data set in a temporary folder, ten times the shipped Danish data in
bytes: every entry of the files a query filters (phrases, resources, places, checklist,
vocabularies, topics, contexts) is copied under new ids and names (``_x1``, ``_x2`` …).
The copies hang under their own topics, landsdele and groups, so each command's answer
stays the same and what is measured is the cost of the data's size, not of printing more.
`signs` and `facts` print every entry, so their files keep their size and the others grow
enough to make the whole ten times as large. The set is validated through the same models
(`samtale data check`) before it is used.

    python bench/scale.py            # N=15
"""

from __future__ import annotations

import argparse
import copy
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import READ_COMMANDS, run, samtale

SCALE = 10
# Kept as shipped: printed whole by a read command, or (handout.yaml) one entry per language.
PRINTED_IN_FULL = ("sources.yaml", "signs.yaml", "facts.yaml", "handout.yaml")


def shipped_data() -> Path:
    from samtale.guide.load import data_root

    return data_root() / "dk"


def _suffix(entry: dict[str, Any], k: int) -> dict[str, Any]:
    """A copy of an entry with its own id, name and aliases, pointing at copied parents."""
    twin = copy.deepcopy(entry)
    for key in ("id", "landsdel", "region"):
        if key in twin:
            twin[key] = f"{twin[key]}_x{k}"
    if "topic" in twin and twin["topic"] not in ("law", "stats", "terms"):
        twin["topic"] = f"{twin['topic']}_x{k}"
    if "name" in twin:
        twin["name"] = f"{twin['name']} x{k}"
    if "municipality" in twin:
        twin["municipality"] = f"{twin['municipality']} x{k}"
    if "aliases" in twin:
        twin["aliases"] = [f"{alias} x{k}" for alias in twin["aliases"]]
    for key in ("groups", "services"):
        if key in twin:
            twin[key] = [f"{item}_x{k}" for item in twin[key]]
    if isinstance(twin.get("coverage"), list):
        twin["coverage"] = [f"{item}_x{k}" for item in twin["coverage"]]
    elif twin.get("coverage") == "national":
        twin["coverage"] = [f"fyn_x{k}"]
    if "landsdele" in twin:
        twin["landsdele"] = [f"{item}_x{k}" for item in twin["landsdele"]]
    if "locations" in twin:  # the copied towns and municipalities, in the copied landsdele
        twin["locations"] = [f"{item} x{k}" for item in twin["locations"]]
    if "lies_in" in twin:
        twin["lies_in"] = [f"{item}_x{k}" for item in twin["lies_in"]]
    return twin


def _label_copied_services(handout: dict[str, Any], copies: int) -> None:
    """The handout needs a label for every service, the copied ones included."""
    for language in handout["words"]:
        labels = language.get("services") or []
        language["services"] = labels + [
            {**label, "id": f"{label['id']}_x{k}"} for k in range(1, copies + 1) for label in labels
        ]


def grow(source: Path, target: Path) -> None:
    """Write a copy of the data folder `source`, ten times as large, to `target`."""
    target.mkdir(parents=True)
    files = sorted(source.glob("*.yaml"))
    total = sum(path.stat().st_size for path in files)
    # The copies are written without the shipped files' comments: count what is written.
    loaded = {path: yaml.safe_load(path.read_text(encoding="utf-8")) for path in files}
    written = {path: len(_dump(data).encode()) for path, data in loaded.items()}
    kept = sum(size for path, size in written.items() if path.name in PRINTED_IN_FULL)
    copies = round((SCALE * total - kept) / (sum(written.values()) - kept)) - 1
    for path in files:
        data = loaded[path]
        if path.name not in PRINTED_IN_FULL:
            for key, entries in data.items():
                twins = [_suffix(entry, k) for k in range(1, copies + 1) for entry in entries]
                data[key] = entries + twins
        elif path.name == "handout.yaml":
            _label_copied_services(data, copies)
        (target / path.name).write_text(_dump(data), encoding="utf-8")


def _dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=15, help="runs per command (default 15)")
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="samtale-scale-"))
    grow(shipped_data(), root / "dk")
    command = samtale()
    base_env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "80"}
    base_env.pop("SAMTALE_DATA", None)
    big_env = {**base_env, "SAMTALE_DATA": str(root)}
    check = subprocess.run(
        [*command, "data", "check"], env=big_env, capture_output=True, text=True, check=False
    )
    if check.returncode != 0:
        raise SystemExit(f"the synthetic data does not validate:\n{check.stderr}")
    size = sum(p.stat().st_size for p in (root / "dk").glob("*.yaml"))
    shipped = sum(p.stat().st_size for p in shipped_data().glob("*.yaml"))
    print(f"data: {shipped / 1024:.0f} KiB shipped, {size / 1024:.0f} KiB synthetic")
    print(f"{args.n} runs each after a warm-up, alternating shipped and synthetic\n")
    print(f"{'command':<28}{'shipped ms':>11}{'10x ms':>9}{'ratio':>8}")
    for argv in READ_COMMANDS:
        for env in (base_env, big_env):
            run([*command, *argv], env)  # warm-up: builds each data set's cache
        small, big, ratios = [], [], []
        for _ in range(args.n):
            took_small, _ = run([*command, *argv], base_env)
            took_big, _ = run([*command, *argv], big_env)
            small.append(took_small)
            big.append(took_big)
            ratios.append(took_big / took_small)
        print(
            f"{' '.join(argv):<28}{statistics.median(small) * 1000:>11.1f}"
            f"{statistics.median(big) * 1000:>9.1f}{statistics.median(ratios):>8.2f}"
        )
    shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
