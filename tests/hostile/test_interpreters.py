"""T29 — the interpreter matrix for the pinned Whoosh fork, and our own imports.

For each Python 3.11, 3.12 and 3.13 found under pyenv, the installed ``whoosh`` package is
compiled with SyntaxWarning as an error (whoosh 2.7.4 fails this with 8 invalid escape
sequences; the pinned fork must not). The byte code goes to a temporary cache prefix: the
shared virtualenv is not written to. Then kb_app's core and CLI are imported with
DeprecationWarning as an error.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import whoosh

from tests.conftest import ROOT

PYENV = Path("/root/.pyenv/versions")
WHOOSH = Path(whoosh.__file__).parent


def interpreter(minor: str) -> Path | None:
    found = sorted(PYENV.glob(f"{minor}.*/bin/python{minor}")) if PYENV.is_dir() else []
    return found[-1] if found else None


@pytest.mark.parametrize("minor", ["3.11", "3.12", "3.13"])
def test_whoosh_compiles_without_syntax_warnings(minor: str, tmp_path: Path) -> None:
    python = interpreter(minor)
    if python is None:
        pytest.skip(f"Python {minor} is not installed under {PYENV}")
    done = subprocess.run(
        [str(python), "-W", "error::SyntaxWarning", "-m", "compileall", "-q", "-f", str(WHOOSH)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPYCACHEPREFIX": str(tmp_path / "pycache")},
        check=False,
    )
    print(f"T29 {python}: compileall of {WHOOSH} -> exit {done.returncode}")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "SyntaxWarning" not in done.stdout + done.stderr
    compiled = list((tmp_path / "pycache").rglob("*.pyc"))
    assert len(compiled) >= 60  # the whole package was compiled, not an empty folder


def test_the_check_catches_an_invalid_escape(tmp_path: Path) -> None:
    """The same command fails on a module with an invalid escape (the check can fail).

    Python 3.11 reports invalid escapes as DeprecationWarning; 3.12 made it SyntaxWarning."""
    python = interpreter("3.12") or interpreter("3.13")
    if python is None:
        pytest.skip("no Python 3.12 or 3.13 under pyenv")
    bad = tmp_path / "pkg" / "bad.py"
    bad.parent.mkdir()
    bad.write_text('PATTERN = "\\d+"\n')
    command = [str(python), "-W", "error::SyntaxWarning", "-m", "compileall", "-q", "-f"]
    done = subprocess.run(
        [*command, str(bad.parent)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPYCACHEPREFIX": str(tmp_path / "pycache")},
        check=False,
    )
    assert done.returncode != 0
    assert "invalid escape sequence" in done.stdout + done.stderr


IMPORTS = "import kb_app.core.library, kb_app.cli.main"


def test_our_package_imports_without_deprecation_warnings() -> None:
    done = subprocess.run(
        [sys.executable, "-W", "error::DeprecationWarning", "-c", IMPORTS],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
