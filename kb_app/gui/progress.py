"""A progress dialog that appears only when work lasts (Anki ``progress.py``).

The worker reports ``Progress`` into a ``ProgressState`` (thread-safe); the main thread polls
it every 100 ms. The dialog shows after ``SHOW_AFTER_MS``, so quick work never flashes a
window, and its Cancel button sets the job's ``CancelToken``: the next report raises
``Cancelled`` in the worker and the core rolls the job back.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from kb_app.core.jobs import CancelToken, Progress

SHOW_AFTER_MS = 500
POLL_MS = 100


class ProgressState:
    """The latest progress of one job and its cancel token; written by the worker."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._latest: Progress | None = None
        self.token = CancelToken()

    def report(self, progress: Progress) -> None:
        """Called by the job: record progress, raise ``Cancelled`` if the user cancelled."""
        self.token.raise_if_cancelled()
        with self._lock:
            self._latest = progress

    def latest(self) -> Progress | None:
        with self._lock:
            return self._latest


class DelayedProgress(QObject):
    def __init__(
        self,
        parent: QWidget | None,
        label: str,
        state: ProgressState,
        *,
        cancellable: bool = True,
        delay_ms: int = SHOW_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._label = label
        self._state = state
        self._cancellable = cancellable
        self.dialog: QProgressDialog | None = None
        self._show_timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._show_timer.timeout.connect(self._show)
        self._poll_timer = QTimer(self, interval=POLL_MS)
        self._poll_timer.timeout.connect(self._poll)

    def start(self) -> None:
        self._show_timer.start()

    @Slot()
    def _show(self) -> None:
        cancel_text = self.tr("Annuler") if self._cancellable else ""
        dialog = QProgressDialog(self._label, cancel_text, 0, 0, self._parent)
        dialog.setWindowTitle(self.tr("Veuillez patienter"))
        dialog.setAccessibleName(self.tr("Progression"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        if not self._cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self._cancel)
        self.dialog = dialog
        dialog.show()
        self._poll()
        self._poll_timer.start()

    @Slot()
    def _cancel(self) -> None:
        self._state.token.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Annulation…"))

    @Slot()
    def _poll(self) -> None:
        progress = self._state.latest()
        if self.dialog is None or progress is None or self._state.token.cancelled:
            return
        self.dialog.setLabelText(progress.label)
        if progress.total:
            self.dialog.setMaximum(progress.total)
            self.dialog.setValue(min(progress.done, progress.total))

    def finish(self) -> None:
        self._show_timer.stop()
        self._poll_timer.stop()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self._cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.deleteLater()
