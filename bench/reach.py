"""Referral reach: how many offers shown for a place can be reached through a current contact.

Runs `samtale resources --region PLACE --json` for 8 Danish and 5 Swedish places (with an
empty SAMTALE_HOME, so no local file counts) and reports, per country, over every offer for
citizens shown (a place and an offer make one row; the same offer in two places counts
twice, as a user would meet it twice):

- dated: the offer has its own contact point dated `SINCE` or later;
- reachable: dated, or it names a route (`reach_via`) to an offer that is, with that date.

Standard library only.

    python bench/reach.py
    python bench/reach.py --json
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

PLACES = {
    "dk": ["kobenhavn", "fyn", "Vejle", "Aarhus", "Aalborg", "bornholm", "Roskilde", "Esbjerg"],
    "se": ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Kalmar"],
}
SINCE = "2019"


def samtale() -> list[str]:
    """The installed console script next to this Python, else ``python -m samtale``."""
    script = shutil.which("samtale", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "samtale"]


def shown(country: str, place: str, home: str) -> list[dict[str, Any]]:
    """The offers `resources --region place --json` lists."""
    env = {**os.environ, "SAMTALE_HOME": home, "SAMTALE_COUNTRY": country}
    argv = [*samtale(), "--country", country, "resources", "--region", place, "--json"]
    result = subprocess.run(argv, capture_output=True, text=True, env=env, check=True)
    return json.loads(result.stdout)


def is_current(as_of: str | None) -> bool:
    return as_of is not None and as_of[:4] >= SINCE


def own_dated(offer: dict[str, Any]) -> bool:
    return any(is_current(point.get("as_of")) for point in offer.get("contact", []))


def reachable(offer: dict[str, Any]) -> bool:
    """Its own current point, or a route whose contact point is current."""
    if own_dated(offer):
        return True
    route = offer.get("reach_via")
    return bool(route) and is_current((route.get("contact") or {}).get("as_of"))


def measure(country: str, home: str) -> dict[str, Any]:
    rows = [
        (place, offer)
        for place in PLACES[country]
        for offer in shown(country, place, home)
        if offer.get("for_citizens", True)
    ]
    dated = sum(own_dated(offer) for _, offer in rows)
    reach = sum(reachable(offer) for _, offer in rows)
    missing = sorted({offer["id"] for _, offer in rows if not reachable(offer)})
    return {
        "country": country,
        "rows": len(rows),
        "offers": len({offer["id"] for _, offer in rows}),
        "dated": dated,
        "reachable": reach,
        "dated_share": round(100 * dated / len(rows), 1) if rows else 0.0,
        "reachable_share": round(100 * reach / len(rows), 1) if rows else 0.0,
        "unreachable": missing,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        results = [measure(country, home) for country in PLACES]
    if args.json:
        print(json.dumps(results, indent=1))
        return
    for r in results:
        print(
            f"{r['country']}: {r['rows']} offers shown ({r['offers']} distinct); "
            f"own contact dated {SINCE}+: {r['dated']} ({r['dated_share']} %); "
            f"reachable (own or dated route): {r['reachable']} ({r['reachable_share']} %)"
        )
        if r["unreachable"]:
            print("  not reachable:", ", ".join(r["unreachable"]))


if __name__ == "__main__":
    main()
