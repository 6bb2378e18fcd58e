"""A first instance for the single-instance tests: holds a library's lock until killed.

    python -m tests.gui.instance_child FOLDER LOCK_DIR [--no-server]

Prints ``ready <pid>`` once it holds the lock (and listens), then ``activated`` each time a
later start asks it to come to the front. With ``--no-server`` it only holds the lock file:
a live instance that does not answer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QLockFile, QTimer

from kb_app.core.paths import instance_key
from kb_app.gui.single_instance import claim


def main(argv: list[str]) -> int:
    app = QCoreApplication(argv[:1])
    folder, lock_dir = Path(argv[1]), Path(argv[2])
    if "--no-server" in argv:
        lock_dir.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(lock_dir / f"kb_app-{instance_key(folder)}.lock"))
        lock.setStaleLockTime(0)
        if not lock.tryLock(100):
            print("refused", flush=True)
            return 1
    else:
        taken = claim(folder, lock_dir=lock_dir)
        if not taken.acquired or taken.server is None:
            print(f"refused {taken.status}", flush=True)
            return 1
        handed: list[str] = []  # said on the « activated » line: one line per request
        taken.server.files_requested.connect(handed.extend)
        taken.server.activate_requested.connect(  # said once the files (sent after) are in
            lambda: QTimer.singleShot(
                0, lambda: print(" | ".join(["activated", *handed]), flush=True)
            )
        )
    print(f"ready {os.getpid()}", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
