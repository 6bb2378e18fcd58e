"""Library operations run on the worker thread (Anki ``CollectionOp``/``QueryOp``).

``LibraryHost.run(fn, done=...)`` calls ``fn(library)`` on the one library thread and hands
its result to ``done`` on the main thread; a failure goes to ``failed`` or, by default, to a
dialog that shows a sentence. The library itself is opened on that same thread, after the
window is shown, and is only ever used there.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from kb_app.core.errors import LibraryError
from kb_app.core.jobs import Progress
from kb_app.gui.errors import show_error
from kb_app.gui.progress import SHOW_AFTER_MS, DelayedProgress, ProgressState
from kb_app.gui.taskman import TaskManager

if TYPE_CHECKING:
    from kb_app.core.library import Library

T = TypeVar("T")
#: Opening an existing library takes about half a second (importing the core): the window
#: already says « Ouverture… », so the dialog is kept for long work (creating and seeding).
OPEN_DIALOG_AFTER_MS = 1500
Reporter = Callable[[Progress], None]


class NoLibrary(LibraryError):
    """No library is open (opening failed or was not asked for yet)."""


class LibraryHost(QObject):
    """Owns the worker thread and the open library; runs operations on it."""

    opened = Signal(object)  # the Library (for its folder); emitted on the main thread
    busy_changed = Signal(int)

    def __init__(self, parent_widget: QWidget | None, taskman: TaskManager | None = None) -> None:
        super().__init__(parent_widget)
        self._parent = parent_widget
        self.taskman = taskman or TaskManager(self)
        self._library: Any = None  # touched on the worker thread only
        self.folder: Path | None = None
        self._pending = 0

    # -- opening -------------------------------------------------------------------------

    def open(
        self,
        path: str | None,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Open (or create and seed) the library at ``path`` on the worker thread."""

        def task(report: Reporter) -> Any:
            from kb_app.core.library import Library  # heavy import, off the main thread

            self._close_current()
            self._library = Library.open(path, on_progress=report, indexing="background")
            return self._library

        label = self.tr("Ouverture de la bibliothèque…")
        self.run_job(
            task,
            label,
            done=lambda lib: self._opened(lib, done),
            failed=failed,
            delay_ms=OPEN_DIALOG_AFTER_MS,
        )

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
            raise NoLibrary(self.tr("Aucune bibliothèque n'est ouverte."))
        library: Library = self._library
        return library

    # -- running ---------------------------------------------------------------------------

    def run(
        self,
        fn: Callable[[Library], T],
        done: Callable[[T], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> Future[T]:
        """``fn(library)`` on the worker; ``done(result)`` or ``failed(exc)`` on the main thread."""
        return self._submit(lambda: fn(self._require()), done, failed)

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
        return self.taskman.run_in_background(task, self._wrap(done, failed))

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

    def close(self) -> None:
        """Close the library on its own thread, then stop the thread."""
        if not self.taskman.closed:
            self.taskman.run_in_background(self._close_current)
            self.taskman.shutdown(wait=True)
