"""Keeping the library, the window's side: its banners (read-only library, index being
rebuilt), automatic backups, manual backup and check, restoring a backup.

``KeepingController`` is composed by the main window like the other controllers: it owns the
backup timer, the recovery flows and the two banners; the window puts the banners above its
content (``with_banners``), tells it when a library is open (``library_opened``) and reads
``read_only`` to disable what writes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from kb_app.core.dto import BackupInfo, CheckReport, IndexLag
from kb_app.core.errors import Message
from kb_app.gui.backup_timer import BackupTimer
from kb_app.gui.errors import as_sentence, translate_message
from kb_app.gui.librarian_actions import KEEPING_SPECS
from kb_app.gui.main_actions import Slot, WindowActions
from kb_app.gui.ops import LibraryHost
from kb_app.gui.recovery_dialogs import RecoveryController

translate = QCoreApplication.translate  # the window's context: these are its strings
INDEX_POLL_MS = 1000
#: After a change, how often and how many times to look whether the index fell behind.
LAG_POLL_MS = 2000
LAG_POLLS = 15


class KeepingController(QObject):
    message = Signal(str)  # for the status bar
    index_back = Signal()  # the index was rebuilt: search again for the whole answer

    def __init__(self, host: LibraryHost, parent: QWidget) -> None:
        super().__init__(parent)
        self._host = host
        self._parent = parent
        self.read_only = False  # the open library is read-only
        self.recovery = RecoveryController(host, parent)
        self.backup_timer = BackupTimer(host, self)
        self.index_timer = QTimer(self, singleShot=True, interval=INDEX_POLL_MS)
        self.backup_timer.message.connect(self.message)
        self.recovery.message.connect(self.message)
        self.index_timer.timeout.connect(self.watch_index)
        self.read_only_banner = _banner(
            parent,
            "readOnlyBanner",
            translate(
                "MainWindow", "Bibliothèque en lecture seule : les modifications sont désactivées."
            ),
        )
        self.index_banner = _banner(
            parent,
            "indexBanner",
            translate(
                "MainWindow",
                "Index de recherche en reconstruction : les résultats peuvent être incomplets.",
            ),
        )

        #: the index could not follow a saved change (a full disk): what is saved, what is not
        self.lag_banner = _banner(parent, "indexLagBanner", "")
        self.lag_timer = QTimer(self, singleShot=True, interval=LAG_POLL_MS)
        self.lag_timer.timeout.connect(self.watch_lag)
        self._lag_polls = 0

    def add_actions(self, actions: WindowActions) -> None:
        slots: dict[str, Slot] = {
            "backup": self.backup,
            "check": self.check,
            "restore_backup": self.recovery.show_restore,
        }
        actions.add_all(KEEPING_SPECS, slots)

    # -- banners ---------------------------------------------------------------------------

    def with_banners(self, content: QWidget) -> QWidget:
        """``content`` below the banners (hidden until they have something to say)."""
        page = QWidget(self._parent)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.read_only_banner)
        box.addWidget(self.index_banner)
        box.addWidget(self.lag_banner)
        box.addWidget(content, 1)
        return page

    # -- the library open, then closed -----------------------------------------------------

    def library_opened(self, library: Any) -> None:
        """A library is open (first, or again after a restore): its read-only state, its
        automatic backups, its index."""
        self.read_only = bool(getattr(library, "read_only", False))
        self.read_only_banner.setVisible(self.read_only)
        self.backup_timer.start(library)
        self.watch_index()

    def shut_down(self) -> None:
        """The window closes: the exit backup is the library's last task, then it closes."""
        self.index_timer.stop()
        self.lag_timer.stop()
        self._host.close(last=self.backup_timer.on_exit)
        self.backup_timer.stop()

    def watch_index(self) -> None:
        """Show the banner while the index is rebuilt in the background; look again each second."""

        def done(state: tuple[str, str]) -> None:
            rebuilding = state[1] == "background" and state[0] != "ready"
            was_shown = not self.index_banner.isHidden()
            self.index_banner.setVisible(rebuilding)
            if rebuilding:
                self.index_timer.start()
            elif was_shown:
                self.index_back.emit()

        self._host.run(lambda lib: (lib.index_state()[0], lib.indexing), done, lambda _e: None)

    def changes_saved(self) -> None:
        """The library changed: watch a while for the indexer thread falling behind."""
        self._lag_polls = LAG_POLLS
        self.watch_lag()

    def watch_lag(self) -> None:
        """Show, while it lasts, that saved changes wait for the index (a full disk)."""

        def done(lag: IndexLag | None) -> None:
            was_shown = not self.lag_banner.isHidden()
            if lag is not None:
                params = {"database": lag.database, "reason": lag.reason, "pending": lag.pending}
                text = as_sentence(translate_message(Message("outcome.saved_index_behind", params)))
                self.lag_banner.setText(text)
                self.lag_banner.setAccessibleName(text)
            self.lag_banner.setVisible(lag is not None)
            if lag is None and was_shown:
                self.index_back.emit()  # caught up: search again for the whole answer
            self._lag_polls -= 1
            if lag is not None or self._lag_polls > 0:
                self.lag_timer.start()

        self._host.run(lambda lib: lib.index_lag(), done, lambda _e: None)

    # -- commands --------------------------------------------------------------------------

    def backup(self) -> None:
        def done(info: BackupInfo) -> None:
            self.message.emit(
                translate("MainWindow", "Sauvegarde vérifiée : %1").replace("%1", info.path)
            )

        label = translate("MainWindow", "Sauvegarde de la bibliothèque…")
        self._host.run_library_job(lambda lib, _r: lib.backup(), label, done, cancellable=False)

    def check(self) -> None:
        def done(report: CheckReport) -> None:
            notices = [translate_message(m) for m in report.notices]  # a full disk…
            if report.ok and not notices:
                text = translate("MainWindow", "La bibliothèque est en bon état.")
            elif report.ok:
                text = translate("MainWindow", "La bibliothèque est en bon état, mais :")
                text += "\n• " + "\n• ".join(notices)
            else:
                found = [translate_message(m) for m in report.problems]
                problems = [*report.integrity, *report.foreign_keys, *found, *notices]
                text = translate("MainWindow", "Problèmes trouvés :")
                text += "\n• " + "\n• ".join(problems[:20])
            QMessageBox.information(self._parent, translate("MainWindow", "Vérification"), text)

        label = translate("MainWindow", "Vérification de la bibliothèque…")
        self._host.run_library_job(lambda lib, _r: lib.check(), label, done, cancellable=False)


def _banner(parent: QWidget, name: str, text: str) -> QLabel:
    banner = QLabel(text, parent)
    banner.setObjectName(name)
    banner.setAccessibleName(text)
    banner.setWordWrap(True)
    banner.setStyleSheet(
        f"QLabel#{name} {{ background: #fff4ce; color: #3d2e00; padding: 6px 10px;"
        " border-bottom: 1px solid #e0c870; font-weight: bold; }"
    )
    banner.hide()
    return banner
