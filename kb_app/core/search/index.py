"""The Whoosh index folder: open and verify, a searcher kept open, docnum maps, swaps.

The index is derived from the database and never trusted more than it: a missing, foreign
(another library's), stale (older schema or analyzer) or damaged index is rebuilt into a
fresh folder, which then replaces the old one. Whoosh stores its schema as a pickle, so an
index is only ever opened when our own manifest, naming this library, sits beside it.
"""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index

from kb_app.core.search.columns import ColumnCache, View
from kb_app.core.search.schema import Manifest, schema


def _open_checked(folder: Path) -> tuple[Any, str]:
    """``(index, "")`` if Whoosh can open and read it, else ``(None, why)``.

    Whoosh leaves a file open when it fails to parse a damaged TOC; the warning that file
    raises when collected is silenced here, where it is expected.
    """
    import gc
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            ix = whoosh_index.open_dir(str(folder), schema=schema())
            with ix.reader() as reader:
                reader.doc_count()
                reader.column_reader("fid")
        except Exception as exc:  # noqa: BLE001  any Whoosh or OS failure means: rebuild
            failure = f"{type(exc).__name__}: {exc}"
        else:
            return ix, ""
        gc.collect()
    return None, failure


#: Plain segment files, not one compound file per segment: Whoosh maps compound files in
#: memory and touching them inflated the resident memory of the search process.
WRITER_DEFAULTS = {"compound": False}


class IndexUnavailable(Exception):
    """The index cannot be used now (missing, stale, foreign, damaged or rebuilding)."""


class SearchIndex:
    """Owns ``LIBRARY/index``. Thread-safe for readers; one writer at a time (the indexer)."""

    def __init__(self, folder: Path, library_uid: str) -> None:
        self.folder = folder
        self.library_uid = library_uid
        self.state = "closed"
        self.reason = ""
        self._ix: Any = None
        self._searcher: Any = None
        self.columns = ColumnCache()
        self._lock = threading.RLock()

    # -- opening -----------------------------------------------------------------------------

    def open(self) -> bool:
        """Open the index if it is ours, current and readable; else record why not."""
        with self._lock:
            self.close()
            manifest = Manifest.read(self.folder)
            if not self.folder.is_dir() or manifest is None:
                return self._unusable("missing", "no index yet")
            if manifest.library_uid != self.library_uid:
                return self._unusable("foreign", "the index belongs to another library")
            if manifest != Manifest.current(self.library_uid):
                return self._unusable("stale", "the index was built with an older schema")
            ix, failure = _open_checked(self.folder)
            if ix is None:
                return self._unusable("damaged", f"the index cannot be read ({failure})")
            self._ix, self.state, self.reason = ix, "ready", ""
            return True

    def _unusable(self, state: str, reason: str) -> bool:
        self.state, self.reason = state, reason
        return False

    def mark_damaged(self, reason: str) -> None:
        """A read failed mid-search: stop using the index until it is rebuilt."""
        with self._lock:
            self.close()
            self.state, self.reason = "damaged", reason

    @property
    def ready(self) -> bool:
        return self.state == "ready"

    def close(self) -> None:
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
            self._searcher, self._ix = None, None
            self.columns.clear()
            self.state = "closed"

    # -- reading -----------------------------------------------------------------------------

    def searcher(self) -> Any:
        """A searcher over the latest committed generation (kept open between queries)."""
        with self._lock:
            if self._ix is None:
                raise IndexUnavailable(self.reason or self.state)
            try:
                if self._searcher is not None and not self._searcher.up_to_date():
                    # Not Searcher.refresh(): it reuses segment readers and then misses the
                    # deletions committed since (an updated fiche would match twice).
                    self._searcher.close()
                    self._searcher = None
                if self._searcher is None:
                    self._searcher = self._ix.searcher()
            except Exception as exc:
                self.state, self.reason = "damaged", f"the index cannot be read ({exc})"
                self._ix = self._searcher = None
                raise IndexUnavailable(self.reason) from exc
            return self._searcher

    def view(self, searcher: Any) -> View:
        """Column values of ``searcher``'s generation (segments read once, then cached)."""
        return self.columns.view(searcher)

    def writer(self, **options: Any) -> Any:
        with self._lock:
            if self._ix is None:
                raise IndexUnavailable(self.reason or self.state)
            return self._ix.writer(**{**WRITER_DEFAULTS, **options})

    def doc_count(self) -> int:
        if self._ix is None:
            return 0
        with self._ix.reader() as reader:
            return int(reader.doc_count())

    def stored(self) -> dict[str, str]:
        """``{key: hash}`` of every live document (for the drift check)."""
        if self._ix is None:
            raise IndexUnavailable(self.reason or self.state)
        with self._ix.reader() as reader:
            return {f["key"]: f["hash"] for f in reader.all_stored_fields()}

    # -- building and swapping -----------------------------------------------------------------

    def new_build_folder(self) -> Path:
        build = self.folder.with_name(f"{self.folder.name}.building-{time.time_ns()}")
        build.mkdir(parents=True)
        return build

    @staticmethod
    def create_in(folder: Path) -> Any:
        return whoosh_index.create_in(str(folder), schema())

    def swap_in(self, build: Path) -> None:
        """Replace the index folder by ``build`` (which holds a committed index)."""
        Manifest.current(self.library_uid).write(build)
        with self._lock:
            self.close()
            old = self.folder.with_name(f"{self.folder.name}.old-{time.time_ns()}")
            if self.folder.exists():
                self.folder.rename(old)
            build.rename(self.folder)
            shutil.rmtree(old, ignore_errors=True)
        self.open()

    def sweep_leftovers(self) -> None:
        """Remove half-built or replaced folders left by an interrupted rebuild."""
        for pattern in (f"{self.folder.name}.building-*", f"{self.folder.name}.old-*"):
            for path in self.folder.parent.glob(pattern):
                shutil.rmtree(path, ignore_errors=True)
