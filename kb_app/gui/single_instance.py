"""One window per library (RELIABILITY.md T09): a lock file, and a local socket to wake it.

The key is the sha256 of the library folder's real path. The first start takes the lock file
``kb_app-<key>.lock`` (``QLockFile`` in the runtime folder) and listens on the local server
``kb_app-<key>``. A later start finds the lock held by a live process, sends « activate »
to it and stops without opening the database; the first window comes to the front. A lock
left by a process that died (same host, its PID gone) is removed and taken; the lock of a
live process is never taken, even when that process does not answer.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from urllib.parse import quote_from_bytes, unquote_to_bytes

from PySide6.QtCore import (
    QCoreApplication,
    QDir,
    QLockFile,
    QObject,
    QStandardPaths,
    QSysInfo,
    Signal,
)
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from kb_app.core.paths import instance_key

log = logging.getLogger("kb_app.gui")

ACTIVATE = b"activate\n"
#: Before « activate », a later start may hand files over (``kb-app FILE``), a line each:
#: this prefix, then the absolute path, percent-encoded (a path may hold a newline).
IMPORT = b"import "
ANSWER = b"ok\n"
WAIT_MS = 1000
LOCK_WAIT_MS = 100
Status = Literal["acquired", "already running", "not answering"]

translate = QCoreApplication.translate


def server_name(key: str) -> str:
    return f"kb_app-{key}"


def lock_folder() -> Path:
    """The user's runtime folder (``$XDG_RUNTIME_DIR``), else the temporary folder."""
    location = QStandardPaths.StandardLocation.RuntimeLocation
    found = QStandardPaths.writableLocation(location) if os.environ.get("XDG_RUNTIME_DIR") else ""
    return Path(found or QDir.tempPath())


class InstanceServer(QObject):
    """Listens for « activate » from later starts on the same library."""

    activate_requested = Signal()
    files_requested = Signal(list)  # paths a later start handed over, before its « activate »

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._handed: dict[QLocalSocket, list[str]] = {}
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Listen; a socket file left by a dead first instance is removed (we hold the lock)."""
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.setParent(self)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine().data())
            if line.startswith(IMPORT) and line.endswith(b"\n"):
                path = unquote_to_bytes(line[len(IMPORT) : -1].decode("ascii", "replace"))
                self._handed.setdefault(socket, []).append(os.fsdecode(path))
            elif line == ACTIVATE:
                socket.write(ANSWER)
                socket.flush()
                files = self._handed.pop(socket, [])
                self.activate_requested.emit()  # first: the window comes forward,
                if files:  # then its import wizard opens above it
                    self.files_requested.emit(files)

    def close(self) -> None:
        self.server.close()


@dataclass
class Claim:
    """The outcome of ``claim``: this process owns the library, or another one does."""

    key: str
    status: Status
    owner_pid: int | None = None
    stale_removed: bool = False
    lock: QLockFile | None = field(default=None, repr=False)
    server: InstanceServer | None = field(default=None, repr=False)

    @property
    def acquired(self) -> bool:
        return self.status == "acquired"

    @property
    def forwarded(self) -> bool:
        return self.status == "already running"

    def message(self) -> str:
        """What a second start says before it stops (empty for the first one)."""
        pid = str(self.owner_pid or "?")
        if self.status == "already running":
            text = translate(
                "SingleInstance",
                "kb_app est déjà ouvert sur cette bibliothèque (processus %1) ; "
                "sa fenêtre a été activée.",
            )
        elif self.status == "not answering":
            text = translate(
                "SingleInstance",
                "kb_app est déjà ouvert sur cette bibliothèque (processus %1) mais ne répond "
                "pas ; fermez-le avant de rouvrir la bibliothèque.",
            )
        else:
            text = ""
        return text.replace("%1", pid)

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None


def _pid_alive(pid: int) -> bool:
    """False only when the process surely does not exist (never guess a PID is dead)."""
    if os.name != "posix" or pid <= 0:
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def _owner(lock: QLockFile) -> tuple[int, bool] | None:
    """``(pid, dead)`` of the lock file's owner; None when there is no readable lock file."""
    pid, host, _app = lock.getLockInfo()  # (0, "", "") when there is no lock file
    if pid <= 0:
        return None
    same_host = not host or host == QSysInfo.machineHostName()
    return pid, same_host and not _pid_alive(pid)


def _forward(name: str, files: Sequence[str] = ()) -> bool:
    """Send ``files`` then « activate » to the first instance; True when it answered."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    try:
        if not socket.waitForConnected(WAIT_MS):
            return False
        for path in files:
            socket.write(IMPORT + quote_from_bytes(os.fsencode(path), safe="/").encode() + b"\n")
        socket.write(ACTIVATE)
        if not socket.waitForBytesWritten(WAIT_MS):
            return False
        while not socket.canReadLine():
            if not socket.waitForReadyRead(WAIT_MS):
                return False
        return bytes(socket.readLine().data()) == ANSWER
    finally:
        socket.abort()


def claim(folder: Path | str, *, lock_dir: Path | None = None, files: Sequence[str] = ()) -> Claim:
    """Take the library for this process, or wake the process that has it.

    Never opens the database. ``lock_dir`` defaults to ``lock_folder()`` (tests pass their
    own so that parallel runs do not meet).
    """
    key = instance_key(folder)
    directory = lock_dir or lock_folder()
    directory.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(directory / f"kb_app-{key}.lock"))
    lock.setStaleLockTime(0)  # never stale by age: only when its process is gone
    before = _owner(lock)
    stale_pid = before[0] if before is not None and before[1] else None
    if not lock.tryLock(LOCK_WAIT_MS) and stale_pid is not None and lock.removeStaleLockFile():
        lock.tryLock(LOCK_WAIT_MS)
    if lock.isLocked():
        if stale_pid is not None:
            log.warning("removed the lock left by process %s, which has ended", stale_pid)
        return _first(key, lock, stale_pid is not None)
    if lock.error() != QLockFile.LockError.LockFailedError:
        # The lock file cannot be written at all: start, without the one-window guard.
        log.warning("cannot take the lock file %s (%s)", directory, lock.error().name)
        return _first(key, None, False)
    owner = _owner(lock)
    pid = owner[0] if owner else None
    forwarded = _forward(server_name(key), files)
    status: Status = "already running" if forwarded else "not answering"
    return Claim(key, status, pid)


def _first(key: str, lock: QLockFile | None, stale_removed: bool) -> Claim:
    server = InstanceServer(server_name(key))
    if not server.listen():
        log.warning("cannot listen on %s: %s", server.name, server.server.errorString())
    return Claim(key, "acquired", os.getpid(), stale_removed, lock, server)


class Guard(QObject):
    """The window's hold on its library; moves with « Ouvrir une bibliothèque… »."""

    activate_requested = Signal()
    files_requested = Signal(list)

    def __init__(self, taken: Claim, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.claim = taken
        self._listen(taken)

    def _listen(self, taken: Claim) -> None:
        if taken.server is not None:
            taken.server.activate_requested.connect(self.activate_requested)
            taken.server.files_requested.connect(self.files_requested)

    def switch(self, folder: Path | str, *, lock_dir: Path | None = None) -> Claim:
        """Claim ``folder`` before opening it; the old library is let go once it is taken.

        When another kb_app has ``folder``, its window is brought to the front and this
        window keeps its library (the claim returned says so).
        """
        if instance_key(folder) == self.claim.key:
            return self.claim
        taken = claim(folder, lock_dir=lock_dir)
        if taken.acquired:
            self.claim.release()
            self.claim = taken
            self._listen(taken)
        return taken

    def release(self) -> None:
        self.claim.release()
