"""fsync helpers: make a file's bytes, or a rename/unlink in a folder, durable.

One place for the pattern the store, the backups, the restore, library creation and the
exports share.
"""

from __future__ import annotations

import os
from pathlib import Path


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make a rename or unlink in ``path`` durable (a no-op where directories cannot be opened)."""
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` all at once: written beside it as ``<name>.part`` (gone
    again if anything fails), made durable, renamed over it, the rename made durable."""
    part = path.with_name(path.name + ".part")
    try:
        with part.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def write_text(path: Path, text: str) -> None:
    """``write_bytes`` of ``text`` in UTF-8, its line ends as they are (« \\n »)."""
    write_bytes(path, text.encode("utf-8"))
