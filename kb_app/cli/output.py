"""Printing for the `kb` command: JSON, readable text, and a progress bar on stderr."""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from kb_app.core.jobs import Progress

#: Exit code of a command whose change was saved but that the search index could not follow
#: (a full disk): not 3, « nothing was saved ». The index catches up at the next opening.
EXIT_SAVED_INDEX_BEHIND = 4


def emit_json(data: Any, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    json.dump(data, out, ensure_ascii=False, indent=2, default=str)
    out.write("\n")


class ProgressBar:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    WIDTH = 30

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self._drawn = False

    def __call__(self, progress: Progress) -> None:
        if not self.enabled:
            return
        fraction = progress.fraction
        if fraction is None:
            line = f"{progress.label}: {progress.done}"
        else:
            filled = int(self.WIDTH * fraction)
            bar = "█" * filled + "·" * (self.WIDTH - filled)
            line = f"{progress.label:<12} [{bar}] {progress.done}/{progress.total}"
        self.stream.write("\r" + line[:100].ljust(60))
        self.stream.flush()
        self._drawn = True

    def finish(self) -> None:
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False


def wrap(text: str, width: int = 88, indent: str = "") -> str:
    import textwrap

    return "\n".join(
        textwrap.fill(
            p, width=width, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False
        )
        if p
        else ""
        for p in text.split("\n")
    )
