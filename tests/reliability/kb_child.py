"""Child process of the kill tests: one `kb` command, each crash point it reaches logged.

Run as ``python kb_child.py KB_ARGS...`` (the arguments of the `kb` command). Environment:

- ``KB_PHASE_LOG``: a file where ``"<unix time> <name>"`` is appended for ``start``, for
  every crash point reached (before it may kill the process), then ``returned <code>``.
- ``KB_ACK_FILE``: written atomically (temporary file, fsync, rename, fsync of its folder)
  only after the command returned 0: the acknowledgement the user would have seen.
- ``KB_TEST_BATCH``: CI size only, a smaller import and index batch (500 in the product), so
  that a small file still spans several batches and every batch crash point is reached.

``KB_CRASH_AT`` keeps its meaning: the logged crash point is the real one, called next.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

Log = Callable[[str], None]


def phase_logger(path: str | None) -> Log:
    if not path:
        return lambda _name: None
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def log(name: str) -> None:
        os.write(fd, f"{time.time():.4f} {name}\n".encode())  # one write: survives a kill

    return log


def instrument(log: Log) -> None:
    """Log every crash point of the import and indexing paths before it runs."""
    import kb_app.core.library.imports
    import kb_app.core.search.indexer

    modules: list[ModuleType] = [kb_app.core.library.imports, kb_app.core.search.indexer]
    for module in modules:
        original: Callable[[str], None] = module.crashpoint

        def logged(name: str, _original: Callable[[str], None] = original) -> None:
            log(name)
            _original(name)

        module.crashpoint = logged  # type: ignore[attr-defined]
    batch = os.environ.get("KB_TEST_BATCH")
    if batch:
        kb_app.core.library.imports.BATCH = int(batch)  # type: ignore[attr-defined]
        kb_app.core.search.indexer.DRAIN_BATCH = int(batch)


def acknowledge(path: Path) -> None:
    """Write ``path`` atomically and durably."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        os.write(fd, b"acknowledged\n")
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def main(argv: list[str]) -> int:
    log = phase_logger(os.environ.get("KB_PHASE_LOG"))
    log("start")
    instrument(log)
    from kb_app.launcher import main as kb_main

    code = kb_main(argv)
    log(f"returned {code}")
    ack = os.environ.get("KB_ACK_FILE")
    if code == 0 and ack:
        acknowledge(Path(ack))
        log("acknowledged")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
