"""What start-up imports: the read commands stay clear of the heavy modules.

Measured in a fresh interpreter, since the test process has imported everything already.
Times are measured by bench/startup.py, never asserted here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

PROBE = """
import json, sys
sys.argv = ["samtale", *{args!r}]
from samtale.cli import main
try:
    main()
except SystemExit:
    pass
sys.stderr.write(json.dumps(sorted(sys.modules)))
"""


def modules_after(*args: str) -> set[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("SAMTALE_DATA", None)
    run = subprocess.run(
        [sys.executable, "-c", PROBE.format(args=list(args))],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return set(json.loads(run.stderr.strip().splitlines()[-1]))


def tops(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


def test_importing_the_cli_loads_no_prompt_library() -> None:
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json, sys, samtale.cli; print(json.dumps(list(sys.modules)))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = tops(set(json.loads(run.stdout)))
    assert not loaded & {"questionary", "prompt_toolkit", "pydantic", "yaml", "rich"}


@pytest.mark.parametrize(
    "args",
    [("phrases", "--topic", "safety"), ("resources", "--region", "fyn"), ("signs",), ("facts",)],
)
def test_read_commands_skip_validation_and_rich_when_cached(args: tuple[str, ...]) -> None:
    """Rich's console and table cost about half the start of a bare Typer program; the read
    commands write through `samtale.output.styled` instead (docs/performance.md)."""
    modules_after(*args)  # fills the cache if needed
    loaded = tops(modules_after(*args))
    assert "samtale" in loaded
    assert not loaded & {"questionary", "prompt_toolkit", "pydantic", "yaml", "rich"}


def test_help_loads_no_prompt_library() -> None:
    loaded = tops(modules_after("--help"))
    assert not loaded & {"questionary", "prompt_toolkit", "pydantic"}


def test_resources_reads_no_config_or_local_file_machinery_when_there_is_none(home) -> None:
    """Most users have neither a config file nor a local resources file: `resources` then
    loads neither the TOML parser nor the module that reads a local file."""
    loaded = modules_after("resources", "--region", "fyn")
    assert "samtale.guide.local" not in loaded
    assert "tomllib" not in loaded
    home.mkdir(mode=0o700)
    (home / "config.toml").write_text('country = "dk"\n', encoding="utf-8")
    (home / "resources.yaml").write_text("resources: []\n", encoding="utf-8")
    loaded = modules_after("resources", "--region", "fyn")
    assert {"samtale.guide.local", "tomllib"} <= loaded
