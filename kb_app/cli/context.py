"""What every command gets: the library (opened lazily), the output mode."""

from __future__ import annotations

from pathlib import Path

from kb_app.cli.output import ProgressBar
from kb_app.core.library import Library


class Context:
    def __init__(self, library_path: str | None, as_json: bool) -> None:
        self.library_path = Path(library_path) if library_path else None
        self.as_json = as_json
        self._library: Library | None = None

    @property
    def library(self) -> Library:
        if self._library is None:
            bar = ProgressBar()
            try:
                self._library = Library.open(self.library_path, on_progress=bar)
            finally:
                bar.finish()
        return self._library

    @property
    def opened(self) -> Library | None:
        """The library if a command opened it (None: it was never asked for)."""
        return self._library

    def close(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None
