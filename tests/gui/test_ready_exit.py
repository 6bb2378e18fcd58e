"""``KB_EXIT_WHEN_READY=1``: the window says when its first results are listed, then closes
normally (the switch scripts/check_dist.py times the frozen and the venv window with)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
READY = "kb-app: first results listed at "


def run_window(library: Path, tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        **extra,
    }
    command = [sys.executable, "-m", "kb_app.launcher", "--library", str(library), "gui"]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)


@pytest.mark.gui
def test_window_prints_when_first_results_are_listed_then_exits(
    library_path: Path, tmp_path: Path
) -> None:
    started = time.time()
    done = run_window(library_path, tmp_path, KB_EXIT_WHEN_READY="1")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith(READY)]
    assert len(lines) == 1, done.stdout
    assert started < float(lines[0][len(READY) :]) < time.time()

