"""The log file (kb_app.logs): where it is, its size cap, what reaches it, `kb --debug`.

Crashes are made for real in child processes (a segmentation fault, an uncaught exception in
a thread): what matters is what is left in the file once the process is gone.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from kb_app import logs, version
from kb_app.cli import main as cli
from kb_app.cli.commands import stats

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def log_folder(tmp_path: Path) -> Iterator[Path]:
    """The log folder of this test (tests/conftest.py points KB_LOG_DIR at it); the logging
    set-up undone afterwards."""
    yield Path(os.environ["KB_LOG_DIR"])
    logs.teardown()


def child(code: str, log_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KB_LOG_DIR": str(log_dir), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_the_log_folder_is_the_platforms_unless_overridden(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    monkeypatch.delenv("KB_LOG_DIR")
    assert logs.log_dir() == Path(platformdirs.user_log_dir("kb_app", appauthor=False))
    monkeypatch.setenv("KB_LOG_DIR", "/somewhere/logs")
    assert logs.log_file() == Path("/somewhere/logs/kb_app.log")


def test_the_file_is_created_and_rotated_at_its_size_cap(
    log_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 5_000)
    path = logs.setup()
    assert path == log_folder / "kb_app.log"
    assert path.is_file()
    for i in range(400):
        logging.getLogger("kb_app.test").warning("line %d of the rotation test", i)
    sizes = {p.name: p.stat().st_size for p in log_folder.iterdir()}
    # kb_app.log and its BACKUPS older files, none over the cap: the oldest lines are gone
    assert set(sizes) == {"kb_app.log", *(f"kb_app.log.{n}" for n in range(1, logs.BACKUPS + 1))}
    assert max(sizes.values()) <= 5_000
    assert "line 399 of the rotation test" in path.read_text(encoding="utf-8")
    everything = "".join(p.read_text(encoding="utf-8") for p in log_folder.iterdir())
    assert "line 0 of the rotation test" not in everything


def test_a_hard_crash_leaves_its_stack_in_the_current_file(tmp_path: Path) -> None:
    """faulthandler writes into the log file, and follows it when it rotates."""
    done = child(
        """
        import ctypes, logging
        from kb_app import logs
        logs.MAX_BYTES = 3000
        logs.setup()
        for i in range(200):
            logging.getLogger("kb_app.test").warning("filler %d", i)
        def crashing_function():
            ctypes.string_at(0)
        crashing_function()
        """,
        tmp_path,
    )
    assert done.returncode != 0
    current = (tmp_path / "kb_app.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in current
    assert "crashing_function" in current
    assert (tmp_path / "kb_app.log.1").exists()


def test_uncaught_exceptions_and_warnings_reach_the_file(tmp_path: Path) -> None:
    done = child(
        """
        import threading, warnings
        from kb_app import logs
        logs.setup()
        warnings.warn("a warning that nobody sees", UserWarning)
        def worker():
            raise LookupError("lost in a thread")
        thread = threading.Thread(target=worker, name="indexer")
        thread.start()
        thread.join()
        raise KeyError("lost in the main thread")
        """,
        tmp_path,
    )
    assert done.returncode == 1
    text = (tmp_path / "kb_app.log").read_text(encoding="utf-8")
    assert "UserWarning: a warning that nobody sees" in text
    assert "uncaught error in thread indexer" in text
    assert "LookupError: lost in a thread" in text
    assert "KeyError: 'lost in the main thread'" in text
    assert text.count("Traceback (most recent call last)") == 2


def test_kb_debug_logs_to_stderr_too(
    log_folder: Path, library_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--library", str(library_path), "stats"]) == 0
    assert f"kb_app {version()} started" not in capsys.readouterr().err  # quiet without --debug
    assert cli.main(["--debug", "--library", str(library_path), "stats"]) == 0
    err = capsys.readouterr().err
    assert "DEBUG kb_app: kb_app" in err
    assert f"log file: {log_folder / 'kb_app.log'}" in err
    assert "started" in (log_folder / "kb_app.log").read_text(encoding="utf-8")
    # after the command too, like --json
    assert cli.main(["stats", "--library", str(library_path), "--debug"]) == 0
    assert "DEBUG kb_app" in capsys.readouterr().err


def test_an_internal_error_of_kb_leaves_its_traceback_in_the_file(
    log_folder: Path,
    library_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def broken(*_args: object) -> int:
        raise ZeroDivisionError("a bug in a command")

    monkeypatch.delenv("KB_DEBUG", raising=False)
    monkeypatch.setattr(stats, "run", broken)
    assert cli.main(["--library", str(library_path), "stats"]) != 0
    err = capsys.readouterr().err
    assert "ZeroDivisionError" in err
    assert "Traceback" not in err  # the user reads one sentence
    text = (log_folder / "kb_app.log").read_text(encoding="utf-8")
    assert "ERROR kb_app.cli: internal error" in text
    assert "in broken" in text
    assert "ZeroDivisionError: a bug in a command" in text


def test_details_hold_what_a_bug_report_needs(log_folder: Path) -> None:
    logs.setup()
    try:
        raise ValueError("the cause")
    except ValueError as exc:
        text = logs.details("Une erreur inattendue s'est produite.", exc)
    assert text.startswith("Une erreur inattendue s'est produite.")
    assert "ValueError: the cause" in text
    assert "Traceback (most recent call last)" in text
    assert f"kb_app {version()}" in text
    assert f"Python {sys.version_info.major}.{sys.version_info.minor}" in text
    assert f"log: {log_folder / 'kb_app.log'}" in text


def test_kb_debug_alone_still_opens_the_window() -> None:
    from kb_app import launcher

    assert launcher.wants_window(["--debug"]) == (True, None, False)
    assert launcher.wants_window(["--debug", "stats"]) == (False, None, False)
