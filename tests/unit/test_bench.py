"""The benchmarks measure what they say: the scale benchmark's data must be valid data.

bench/scale.py refuses to run when its synthetic data fails `data check`; twice a change to
the data format (handout words, `lies_in`) broke it without any test noticing. No time is
measured here.
"""

from __future__ import annotations

import sys
from pathlib import Path

from samtale.guide.validate import validate_folder
from tests.helpers import REPO

BENCH = REPO / "bench"


def test_the_scale_benchmark_grows_valid_data_ten_times_the_size(
    shipped_data: Path, tmp_path: Path
) -> None:
    sys.path.insert(0, str(BENCH))
    try:
        from scale import SCALE, grow
    finally:
        sys.path.remove(str(BENCH))
    grown = tmp_path / "dk"
    grow(shipped_data / "dk", grown)
    guide, problems = validate_folder(grown, "dk")
    assert problems == []
    assert guide is not None
    size = sum(path.stat().st_size for path in grown.glob("*.yaml"))
    shipped = sum(path.stat().st_size for path in (shipped_data / "dk").glob("*.yaml"))
    assert 0.9 * SCALE <= size / shipped <= 1.1 * SCALE
