"""The built wheel carries its data: run from outside the repository, it still works."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pydantic
import pytest
import typer
import yaml

from tests.helpers import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(REPO)],
        check=True,
        capture_output=True,
    )
    return next(out.glob("samtale-*.whl"))


def test_wheel_contains_the_data(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "samtale/data/dk/resources.yaml" in names
    assert "samtale/data/dk/phrases.yaml" in names


def test_installed_wheel_runs_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--quiet",
            "-t",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "PYTHONPATH": str(target), "COLUMNS": "200", "NO_COLOR": "1"}
    env.pop("SAMTALE_DATA", None)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    run = subprocess.run(
        [sys.executable, "-m", "samtale", "resources", "--region", "fyn"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "AmiAmi" in run.stdout
    where = subprocess.run(
        [sys.executable, "-c", "import samtale.guide.load as l; print(l.data_root())"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(where.stdout.strip()).is_relative_to(target)


FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)
NEXT_STEP = ". .venv/bin/activate"


def readme_blocks() -> list[tuple[str, str]]:
    return FENCE.findall((REPO / "README.md").read_text(encoding="utf-8"))


def fresh_venv(wheel: Path, folder: Path) -> Path:
    """A new virtual environment at `folder`/.venv with the wheel installed in it.

    The wheel and its console script are installed for real (pip, into the new
    environment). Its dependencies are the ones this test run already has: a .pth file
    points at them, so the test needs no network and no time to fetch them again.
    """
    venv = folder / ".venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # Install first: with the .pth already in place pip would see the samtale of this test
    # run (installed, not editable, in CI) and skip the wheel.
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q", wheel],
        check=True,
        capture_output=True,
    )
    deps = {Path(module.__file__).parent.parent for module in (typer, yaml, pydantic)}
    (Path(site) / "_test_dependencies.pth").write_text("\n".join(map(str, sorted(deps))) + "\n")
    return venv


def in_activated_venv(folder: Path, line: str) -> subprocess.CompletedProcess[str]:
    """Run one README line in bash after the README's next step, with no other samtale."""
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(folder / "user"),
        "SAMTALE_HOME": str(folder / "samtale-home"),
        "XDG_CACHE_HOME": os.environ.get("XDG_CACHE_HOME", str(folder / "cache")),
        "NO_COLOR": "1",
        "COLUMNS": "100",
        "LANG": "C.UTF-8",
    }
    return subprocess.run(
        ["bash", "-c", f"{NEXT_STEP} && {line}"],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_readme_examples_run_verbatim_in_a_fresh_venv(wheel: Path, tmp_path: Path) -> None:
    blocks = readme_blocks()
    setup = [body for kind, body in blocks[:2]]
    assert "pip install ." in setup[0]
    assert blocks[2] == ("sh", NEXT_STEP + "\n"), "the step after set-up is activating"
    fresh_venv(wheel, tmp_path)
    (tmp_path / "data").symlink_to(REPO / "data")  # `data check --data-dir data`
    answers = next(body for kind, body in blocks if kind == "yaml" and "citizen:" in body)
    (tmp_path / "answers.yaml").write_text(answers, encoding="utf-8")

    where = in_activated_venv(tmp_path, "python -c 'import samtale; print(samtale.__file__)'")
    assert Path(where.stdout.strip()).is_relative_to(tmp_path / ".venv"), where.stderr

    ran = 0
    for kind, body in blocks[3:]:
        lines = body.splitlines()
        if kind == "sh" and all(line.startswith("samtale ") for line in lines):
            for line in lines:
                run = in_activated_venv(tmp_path, line)
                assert run.returncode == 0, f"{line}\n{run.stderr}"
                assert run.stdout.strip(), line
                ran += 1
        elif kind == "console":
            for command, expected in console_examples(lines):
                run = in_activated_venv(tmp_path, command)
                shown = (run.stdout + run.stderr).splitlines()
                assert len(shown) == len(expected), f"{command}\n{run.stdout}{run.stderr}"
                for got, want in zip(shown, expected, strict=True):
                    pattern = ".*".join(re.escape(part) for part in want.split("…"))
                    assert re.fullmatch(pattern, got), f"{command}\n{got}\n!= {want}"
                ran += 1
    assert ran >= 10


def console_examples(lines: list[str]) -> list[tuple[str, list[str]]]:
    """``$ command`` lines of a console block, each with the output lines shown under it."""
    examples: list[tuple[str, list[str]]] = []
    for line in lines:
        if line.startswith("$ "):
            examples.append((line[2:], []))
        elif examples:
            examples[-1][1].append(line)
    return examples


def test_every_dependency_has_tested_bounds() -> None:
    """CI installs the newest and the lowest versions allowed: both ends must be set."""
    import tomllib

    from packaging.requirements import Requirement

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    listed = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    for line in listed:
        requirement = Requirement(line)
        operators = {spec.operator for spec in requirement.specifier}
        assert ">=" in operators, f"{requirement.name} has no lower bound"
        assert "<" in operators, f"{requirement.name} has no upper bound"


def test_ci_tests_the_lowest_versions_too() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "--resolution lowest-direct" in ci
    assert ci.count("-m pytest") == 2
