"""Automatic backups while the window is open (RELIABILITY.md T30, the window's side).

Once a library is open, ``auto_backup("daily")`` runs on the worker; then every hour, when
the worker is idle, it is asked again (the core takes nothing while the newest automatic
backup is less than 24 hours old). When the window closes, ``auto_backup("exit")`` is the
library's last task before it closes. A failure is logged and shown in the status bar; it
never stops the window. A read-only library is never backed up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from kb_app.core.dto import BackupInfo
from kb_app.gui.errors import error_sentence
from kb_app.gui.ops import LibraryHost

if TYPE_CHECKING:
    from kb_app.core.library import Library

log = logging.getLogger("kb_app.gui")

HOUR_MS = 3_600_000
START_DELAY_MS = 2_000  # the first check: once the window has shown its first results
IDLE_RETRY_MS = 60_000  # the worker was busy at a check: look again a bit later
Clock = Callable[[], datetime]


class BackupTimer(QObject):
    message = Signal(str)  # for the status bar
    attempted = Signal(object)  # the BackupInfo taken, or None (not due, or stopped)

    def __init__(
        self,
        host: LibraryHost,
        parent: QObject | None = None,
        *,
        interval_ms: int = HOUR_MS,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self.clock = clock
        self.enabled = False
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.check)
        self._retry = QTimer(self, singleShot=True)  # the first check, or a postponed one
        self._retry.timeout.connect(self.check)
        self.start_delay_ms = START_DELAY_MS
        self.idle_retry_ms = IDLE_RETRY_MS

    def set_intervals(self, interval_ms: int, start_ms: int, idle_retry_ms: int) -> None:
        self._timer.setInterval(interval_ms)
        self.start_delay_ms = start_ms
        self.idle_retry_ms = idle_retry_ms

    def start(self, library: Any) -> None:
        """A library was opened: a daily backup soon (when due), then the hourly check."""
        self.enabled = not getattr(library, "read_only", False)
        self._timer.stop()
        self._retry.stop()
        if self.enabled:
            self._timer.start()
            self._retry.start(self.start_delay_ms)

    def stop(self) -> None:
        self.enabled = False
        self._timer.stop()
        self._retry.stop()

    def check(self) -> None:
        """The hourly check: a daily backup if due, once the worker has nothing to do."""
        if not self.enabled:
            return
        if self._host.busy:
            self._retry.start(self.idle_retry_ms)
            return
        self.backup("daily")

    def _now(self) -> datetime | None:
        return self.clock() if self.clock is not None else None

    def backup(self, reason: str) -> None:
        now = self._now()

        def task(lib: Library) -> tuple[BackupInfo | None, bool]:
            from kb_app.core.library import is_flagged_corrupt

            info = lib.auto_backup("exit" if reason == "exit" else "daily", now=now)
            return info, info is None and is_flagged_corrupt(lib.folder)

        self._host.run(task, self._done, self._failed)

    def _done(self, result: tuple[BackupInfo | None, bool]) -> None:
        info, stopped = result
        if stopped:
            self.message.emit(
                self.tr(
                    "Sauvegardes automatiques suspendues : la bibliothèque a été trouvée "
                    "endommagée (Fichier > Restaurer une sauvegarde…)."
                )
            )
        self.attempted.emit(info)

    def _failed(self, exc: BaseException) -> None:
        log.warning("automatic backup failed: %s", exc)
        self.message.emit(
            self.tr("La sauvegarde automatique a échoué : %1").replace("%1", error_sentence(exc))
        )
        self.attempted.emit(None)

    def on_exit(self, lib: Library) -> None:
        """The backup taken as the window closes (on the worker, before the library closes)."""
        if not self.enabled or getattr(lib, "read_only", False):
            return
        try:
            lib.auto_backup("exit", now=self._now())
        except Exception:
            log.exception("the automatic backup on exit failed")
