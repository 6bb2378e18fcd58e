"""The log file, for `kb` and the window alike (Qt-free).

``setup()`` is called once at the start of either program. It sends the application's log
records to a rotating file in the platform's log folder (platformdirs ``user_log_dir``;
``KB_LOG_DIR`` overrides it), and warnings and errors to stderr (everything under
``debug``). It also routes there what would otherwise be lost when the window was started
from a menu, without a terminal:

- a hard crash (segmentation fault, abort): ``faulthandler`` writes every thread's stack into
  the same file (its file object is kept open for the life of the process, and reopened
  when the file rotates);
- an uncaught exception, in the main thread (``sys.excepthook``) or another
  (``threading.excepthook``);
- Python warnings (``logging.captureWarnings``).

The file never grows past ``MAX_BYTES``: it rotates into ``kb_app.log.1`` … ``.{BACKUPS}``.
A log folder that cannot be written never stops the program: it then logs to stderr only.
"""

from __future__ import annotations

import faulthandler
import io
import logging
import os
import platform
import sys
import threading
import traceback
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import platformdirs

from kb_app import appinfo
from kb_app.core.paths import APP_NAME

LOG_NAME = "kb_app.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FILE_FORMAT = "%(asctime)s %(process)d %(threadName)s %(levelname)s %(name)s: %(message)s"
STDERR_FORMAT = "%(levelname)s %(name)s: %(message)s"

log = logging.getLogger("kb_app")


def log_dir() -> Path:
    """The folder of the log files (not created here)."""
    override = os.environ.get("KB_LOG_DIR")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    return log_dir() / LOG_NAME


#: ``log.error(..., extra=FILE_ONLY)``: a record for the file, kept off stderr unless debugging
#: (`kb`'s internal errors: the user reads one sentence, the traceback goes to the file).
FILE_ONLY = {"file_only": True}


class CurrentStderr(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is at the time of the record (it may be replaced
    after set-up: a test's capture, a redirected console)."""

    def __init__(self) -> None:
        super().__init__()
        self.debug = False
        self.addFilter(lambda record: self.debug or not getattr(record, "file_only", False))

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, value: Any) -> None:
        del value  # always the current sys.stderr


class RotatingLog(RotatingFileHandler):
    """A rotating file that tells its owner when it starts a new file."""

    def __init__(self, path: Path, on_rollover: Any) -> None:
        super().__init__(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
        self.on_rollover = on_rollover

    def doRollover(self) -> None:  # noqa: N802 (logging's name)
        super().doRollover()
        self.on_rollover()


@dataclass
class Installed:
    path: Path
    file: RotatingLog | None
    stderr: CurrentStderr
    faults: IO[str] | None = None


_installed: Installed | None = None


def debug_asked(flag: bool = False) -> bool:
    """``--debug`` given, or ``KB_DEBUG`` set to anything but empty or 0 (the window too)."""
    return flag or os.environ.get("KB_DEBUG", "") not in ("", "0")


def setup(*, debug: bool = False, announce: bool = True) -> Path:
    """Log to the file (and to stderr: warnings, or everything under ``debug``); the path of
    the log file. Called again (another `kb` run in the same process), it adjusts the levels
    and, when ``KB_LOG_DIR`` moved, the file."""
    global _installed
    path = log_file()
    if _installed is None or _installed.path != path:
        teardown()
        _installed = _install(path)
        _install_hooks()
    level = logging.DEBUG if debug else logging.INFO
    log.setLevel(level)
    if _installed.file is not None:
        _installed.file.setLevel(level)
    _installed.stderr.setLevel(logging.DEBUG if debug else logging.WARNING)
    _installed.stderr.debug = debug
    record = log.info if announce else log.debug
    record(
        "%s %s started (Python %s, %s), pid %d%s",
        appinfo.DISPLAY_NAME,
        appinfo.version(),
        platform.python_version(),
        platform.platform(),
        os.getpid(),
        ", debug" if debug else "",
    )
    if debug:
        log.debug("log file: %s", path if _installed.file is not None else "none (not writable)")
    return path


def _install(path: Path) -> Installed:
    root = logging.getLogger()
    stderr = CurrentStderr()
    stderr.setFormatter(logging.Formatter(STDERR_FORMAT))
    root.addHandler(stderr)
    installed = Installed(path, None, stderr)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingLog(path, lambda: _follow_faults(installed))
    except OSError as exc:
        log.warning("no log file (%s): logging to stderr only", exc)
        return installed
    handler.setFormatter(logging.Formatter(FILE_FORMAT))
    root.addHandler(handler)
    installed.file = handler
    _follow_faults(installed)
    return installed


def _follow_faults(installed: Installed) -> None:
    """Point ``faulthandler`` at the current log file; close the file it wrote before."""
    previous = installed.faults
    try:
        installed.faults = open(installed.path, "a", encoding="utf-8")  # noqa: SIM115 (kept open)
    except OSError:
        installed.faults = None
        _faults_to_stderr()
    else:
        faulthandler.enable(file=installed.faults, all_threads=True)
    if previous is not None:
        previous.close()


def _faults_to_stderr() -> None:
    """``faulthandler`` back on the process's own stderr (off when it has no file number)."""
    stderr = sys.__stderr__
    try:
        if stderr is None:
            raise ValueError("no stderr")
        faulthandler.enable(file=stderr, all_threads=True)
    except (ValueError, RuntimeError, io.UnsupportedOperation):
        faulthandler.disable()


def teardown() -> None:
    """Undo ``setup`` (tests; a change of log folder): handlers removed, files closed."""
    global _installed
    if _installed is None:
        return
    root = logging.getLogger()
    root.removeHandler(_installed.stderr)
    if _installed.file is not None:
        root.removeHandler(_installed.file)
        _installed.file.close()
    if _installed.faults is not None:
        _faults_to_stderr()  # before its file closes
        _installed.faults.close()
    _installed = None


_hooks_installed = False


def _install_hooks() -> None:
    global _hooks_installed
    if _hooks_installed:
        return
    _hooks_installed = True
    logging.captureWarnings(True)
    sys.excepthook = _uncaught
    threading.excepthook = _uncaught_in_thread


def _uncaught(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    log.critical("uncaught error", exc_info=(kind, exc, tb))


def _uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else "?"
    exc_info = (args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)
    log.critical("uncaught error in thread %s", name, exc_info=exc_info)


def details(message: str, exc: BaseException | None = None) -> str:
    """What a bug report needs: the message, the traceback, the version, the platform and
    where the log file is (the error dialogs' « Copier les détails »)."""
    lines = [message.strip(), ""]
    if exc is not None:
        lines += [
            "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)).rstrip(),
            "",
        ]
    written = _installed is not None and _installed.file is not None
    lines += [
        f"{appinfo.DISPLAY_NAME} {appinfo.version()}",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        f"{platform.platform()}",
        f"log: {log_file()}" + ("" if written else " (not written by this process)"),
    ]
    return "\n".join(lines)
