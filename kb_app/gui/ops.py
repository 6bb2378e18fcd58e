"""Library operations run on the worker thread (Anki ``CollectionOp``/``QueryOp``).

``LibraryHost.run(fn, done=...)`` calls ``fn(library)`` on the one library thread and hands
its result to ``done`` on the main thread; a failure goes to ``failed`` or, by default, to a
dialog that shows a sentence. The library itself is opened on that same thread, after the
window is shown, and is only ever used there.

A call that meets the library locked by another program (SQLITE_BUSY) is made again until
``BUSY_WAIT_S`` has passed: each library call is one transaction, so a call that failed
busy changed nothing. A library found damaged at opening is set aside (never deleted) and
``damaged`` is told what backup to offer; ``reopen`` closes the library, acts on its folder
(restore, salvage…) and opens it again, all on the worker.
"""

from __future__ import annotations

import gc
import logging
import sys
import time
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from kb_app.core.errors import LibraryError, NotALibrary
from kb_app.core.jobs import Progress
from kb_app.gui.errors import show_error
from kb_app.gui.progress import SHOW_AFTER_MS, DelayedProgress, ProgressState
from kb_app.gui.taskman import TaskManager

if TYPE_CHECKING:
    from kb_app.core.library import Library, Recovery

log = logging.getLogger("kb_app.gui")
T = TypeVar("T")
#: How long a call waits, in all, for another program to release the library.
BUSY_WAIT_S = 5.0
BUSY_RETRY_S = 0.1
NO_FULL_COLLECTION = 1_000_000  # a generation-2 threshold never reached
#: How long a busy worker keeps the GIL when the window asks for it (Python's default: 5 ms).
#: Each Qt callback into Python (a delegate's paint, a model's data) takes the GIL; with the
#: worker importing, every one waited up to 5 ms and a repaint stalled for 200–400 ms.
SWITCH_INTERVAL_S = 0.0005
#: Opening an existing library takes about half a second (importing the core): the window
#: already says « Ouverture… », so the dialog is kept for long work (creating and seeding).
OPEN_DIALOG_AFTER_MS = 1500
Reporter = Callable[[Progress], None]


class NoLibrary(LibraryError):
    """No library is open (opening failed or was not asked for yet)."""


def library_folder(path: str | Path | None) -> Path:
    """The folder ``Library.open(path)`` opens (the default library when None)."""
    from kb_app.core.paths import default_library_dir

    return Path(path).expanduser().absolute() if path else default_library_dir().absolute()


def young_collections_only(task: Callable[[], T]) -> Callable[[], T]:
    """``task`` with no full garbage collection while it runs (young objects still are).

    A full collection scans every object of the process, holding the GIL: during a large
    import (20,000 entries, over a million live objects) each one took 100–330 ms, and the
    window froze as long (measured by a 20 ms QTimer probe: stalls up to 470 ms). Cycles die
    young and are still collected; the full collection comes after the task, once the task's
    objects are freed and the heap is small again.
    """

    def run() -> T:
        young, middle, full = gc.get_threshold()
        gc.set_threshold(young, middle, NO_FULL_COLLECTION)
        try:
            return task()
        finally:
            gc.set_threshold(young, middle, full)

    return run


def patient(task: Callable[[], T], wait_s: float = BUSY_WAIT_S) -> Callable[[], T]:
    """``task``, called again while the library is busy, for ``wait_s`` seconds in all."""

    def run() -> T:
        from kb_app.core.library import is_busy

        deadline = time.monotonic() + wait_s
        while True:
            try:
                return task()
            except Exception as exc:
                if not is_busy(exc) or time.monotonic() >= deadline:
                    raise
            time.sleep(BUSY_RETRY_S)

    return run


class LibraryHost(QObject):
    """Owns the worker thread and the open library; runs operations on it."""

    opened = Signal(object)  # the Library (for its folder); emitted on the main thread
    busy_changed = Signal(int)

    def __init__(self, parent_widget: QWidget | None, taskman: TaskManager | None = None) -> None:
        super().__init__(parent_widget)
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        self._parent = parent_widget
        self.taskman = taskman or TaskManager(self)
        self._library: Any = None  # touched on the worker thread only
        self.folder: Path | None = None
        self._pending = 0

    def adopt(self, parent_widget: QWidget) -> None:
        """Serve another window (the window rebuilt in another language): its dialogs."""
        self.setParent(parent_widget)
        self._parent = parent_widget

    # -- opening -------------------------------------------------------------------------

    def open(
        self,
        path: str | None,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        *,
        damaged: Callable[[Recovery], object] | None = None,
        read_only: bool = False,
    ) -> None:
        """Open (or create and seed) the library at ``path`` on the worker thread.

        With ``damaged``, a damaged database is set aside and ``damaged(recovery)`` gets
        the backup to offer (``recovery.offer``, None when there is none) instead of
        ``failed``.
        """

        def task(report: Reporter) -> tuple[Any, Recovery | None]:
            from kb_app.core.library import (  # heavy: off the main thread
                open_or_recover,
                set_aside_earlier,
            )

            self._close_current()
            kwargs: dict[str, Any] = {"on_progress": report, "indexing": "background"}
            if read_only or damaged is None:  # a read-only library is never set aside
                return self._keep(_open_library(path, read_only=read_only, **kwargs)), None
            folder = library_folder(path)
            found: Recovery | None
            try:
                found = open_or_recover(folder, restore_newest=False, **kwargs)
            except NotALibrary:
                found = set_aside_earlier(folder)  # quarantined before, never replaced
                if found is None:
                    raise
            return self._keep(found.library), found

        def finished(result: tuple[Any, Recovery | None]) -> None:
            library, found = result
            if library is None and found is not None and damaged is not None:
                damaged(found)
            else:
                self._opened(library, done)

        label = self.tr("Ouverture de la bibliothèque…")
        self.run_job(task, label, done=finished, failed=failed, delay_ms=OPEN_DIALOG_AFTER_MS)

    def reopen(
        self,
        folder: Path,
        action: Callable[[Path], T],
        label: str,
        done: Callable[[T], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Close the library, ``action(folder)``, open the library again; all on the worker.

        ``done(result of action)`` runs once the library is open again (after ``opened``).
        When ``action`` fails, a library that was open is opened again as it was.
        """

        def task(report: Reporter) -> tuple[T, Any]:
            was_open = self._library is not None
            self._close_current()
            try:
                result = action(folder)
            except BaseException:
                if was_open:  # nothing was changed: go on with the library as it was
                    self._keep(_open_library(str(folder), indexing="background"))
                raise
            library = _open_library(str(folder), on_progress=report, indexing="background")
            return result, self._keep(library)

        def finished(result: tuple[T, Any]) -> None:
            value, library = result
            self._opened(library, None)
            if done is not None:
                done(value)

        self.run_job(task, label, finished, failed, cancellable=False)

    def run_unopened(
        self,
        fn: Callable[[], T],
        done: Callable[[T], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> Future[T]:
        """``fn()`` on the worker, with or without a library (work on a damaged folder)."""
        return self._submit(fn, done, failed)

    def _keep(self, library: Any) -> Any:
        self._library = library
        return library

    def attach(self, library: Any, done: Callable[[Any], None] | None = None) -> None:
        """Use an already open library (tests, benchmarks)."""

        def task() -> Any:
            self._close_current()
            self._library = library
            return library

        self._submit(task, lambda lib: self._opened(lib, done), None)

    def _opened(self, library: Any, done: Callable[[Any], None] | None) -> None:
        self.folder = Path(library.folder)
        self.opened.emit(library)
        if done is not None:
            done(library)

    def _close_current(self) -> None:
        if self._library is not None and hasattr(self._library, "close"):
            self._library.close()
        self._library = None

    def _require(self) -> Library:
        if self._library is None:
            raise NoLibrary("library.none_open")
        library: Library = self._library
        return library

    # -- running ---------------------------------------------------------------------------

    def run(
        self,
        fn: Callable[[Library], T],
        done: Callable[[T], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> Future[T]:
        """``fn(library)`` on the worker; ``done(result)`` or ``failed(exc)`` on the main thread.

        While another program keeps the library locked, ``fn`` is called again (``patient``).
        """
        return self._submit(patient(lambda: fn(self._require())), done, failed)

    def run_job(
        self,
        fn: Callable[[Reporter], T],
        label: str,
        done: Callable[[T], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        *,
        cancellable: bool = True,
        delay_ms: int = SHOW_AFTER_MS,
    ) -> Future[T]:
        """Long work with a delayed, cancellable progress dialog; ``fn`` gets a reporter."""
        state = ProgressState()
        dialog = DelayedProgress(
            self._parent, label, state, cancellable=cancellable, delay_ms=delay_ms
        )
        dialog.start()

        def finish_ok(result: T) -> None:
            dialog.finish()
            if done is not None:
                done(result)

        def finish_failed(exc: BaseException) -> None:
            dialog.finish()
            (failed or self.show_error)(exc)

        return self._submit(lambda: fn(state.report), finish_ok, finish_failed)

    def run_library_job(
        self,
        fn: Callable[[Library, Reporter], T],
        label: str,
        done: Callable[[T], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        *,
        cancellable: bool = True,
    ) -> Future[T]:
        return self.run_job(
            lambda report: fn(self._require(), report),
            label,
            done,
            failed,
            cancellable=cancellable,
        )

    def _submit(
        self,
        task: Callable[[], T],
        done: Callable[[T], None] | None,
        failed: Callable[[BaseException], None] | None,
    ) -> Future[T]:
        if self.taskman.closed:
            return self.taskman.run_in_background(task)  # refused: a cancelled future
        self._pending += 1
        self.busy_changed.emit(self._pending)
        return self.taskman.run_in_background(
            young_collections_only(task), self._wrap(done, failed)
        )

    def _wrap(
        self, done: Callable[[T], None] | None, failed: Callable[[BaseException], None] | None
    ) -> Callable[[Future[T]], None]:
        def on_done(future: Future[T]) -> None:
            self._pending = max(0, self._pending - 1)
            self.busy_changed.emit(self._pending)
            exc = future.exception()
            if exc is not None:
                (failed or self.show_error)(exc)
            elif done is not None:
                done(future.result())

        return on_done

    def show_error(self, exc: BaseException) -> None:
        show_error(self._parent, exc)

    @property
    def busy(self) -> int:
        return self._pending

    def close(self, last: Callable[[Library], object] | None = None) -> None:
        """``last(library)`` if given, close the library on its own thread, stop the thread.

        Every call asked before runs first (a save clicked just before closing is kept);
        a failure of ``last`` (the backup taken on exit, say) is logged and never keeps the
        library from closing.
        """
        if self.taskman.closed:
            return

        def close_library() -> None:
            if last is not None and self._library is not None:
                try:
                    last(self._library)
                except Exception:
                    log.exception("the last task before closing the library failed")
            self._close_current()

        closing = self.taskman.run_in_background(close_library)
        try:
            closing.result()  # after everything queued before it
        except Exception:
            log.exception("closing the library failed")
        self.taskman.shutdown(wait=True)


def _open_library(path: str | None, **kwargs: Any) -> Any:
    from kb_app.core.library import Library  # heavy import, off the main thread

    return Library.open(path, **kwargs)
