"""One worker thread for every library call, results handed back on the main thread.

Like Anki's ``aqt/taskman.py``: a ``ThreadPoolExecutor(max_workers=1)`` serialises all access
to the library, and each finished task's callback is queued to the main thread through a
Qt signal. Tasks must never touch Qt widgets; callbacks run on the main thread and may.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

T = TypeVar("T")
Closure = Callable[[], None]


class TaskManager(QObject):
    _closures_pending = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kb-library")
        self._closures: list[Closure] = []
        self._lock = threading.Lock()
        self._closed = False
        self._closures_pending.connect(self._run_closures, Qt.ConnectionType.QueuedConnection)

    def run_in_background(
        self, task: Callable[[], T], on_done: Callable[[Future[T]], None] | None = None
    ) -> Future[T]:
        """Run ``task`` on the library thread; ``on_done(future)`` later on the main thread.

        Once shut down, nothing runs: the returned future is already cancelled.
        """
        if self._closed:
            dropped: Future[T] = Future()
            dropped.cancel()
            return dropped
        future = self._executor.submit(task)
        if on_done is not None:

            def finished(fut: Future[Any]) -> None:
                self.run_on_main(lambda: on_done(fut))

            future.add_done_callback(finished)
        return future

    def run_on_main(self, closure: Closure) -> None:
        """Queue ``closure`` for the main thread (safe from any thread)."""
        with self._lock:
            if self._closed:
                return
            self._closures.append(closure)
        self._closures_pending.emit()

    @Slot()
    def _run_closures(self) -> None:
        with self._lock:
            closures, self._closures = self._closures, []
        for closure in closures:
            closure()

    def shutdown(self, wait: bool = True) -> None:
        """Stop accepting work; drop queued tasks and callbacks; wait for the running task."""
        with self._lock:
            self._closed = True
            self._closures = []
        self._executor.shutdown(wait=wait, cancel_futures=True)

    @property
    def closed(self) -> bool:
        return self._closed
