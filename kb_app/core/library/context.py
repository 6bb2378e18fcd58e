"""The one context every use case of an open library works over.

Built once by ``Library`` and handed to each service: no service reaches into another's
attributes, and what a use case may touch is what this object carries.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from kb_app.core.jobs import Progress
from kb_app.core.storage.base import utcnow
from kb_app.core.storage.session import reading, transaction

ProgressCallback = Callable[[Progress], None]
#: Below this many free bytes the library's volume is full for our purposes: a page of the
#: database, a segment of the index do not fit.
FULL_BELOW = 1024 * 1024


@dataclass
class Context:
    """An open library: its folder and engine, whether it may be written, and its clock.

    Writes go through ``write()``; when a write records changes (``storage.changes``), the
    index hears of it after the commit through the subscription ``Library`` made for this
    engine: use cases never notify anybody themselves.
    """

    folder: Path
    engine: Engine
    read_only: bool
    on_progress: ProgressCallback | None = None
    clock: Callable[[], datetime] = field(default=utcnow)

    def read(self) -> AbstractContextManager[Session]:
        """A short read-only session."""
        return reading(self.engine)

    def write(self) -> AbstractContextManager[Session]:
        """One transaction (BEGIN IMMEDIATE), committed whole or rolled back."""
        return transaction(self.engine)

    def free_bytes(self) -> int:
        """Bytes free on the library's volume (-1 when the system cannot say)."""
        try:
            return shutil.disk_usage(self.folder).free
        except OSError:
            return -1

    def disk_full(self) -> bool:
        """Too little space left to write anything worth writing (``FULL_BELOW``)."""
        free = self.free_bytes()
        return 0 <= free < FULL_BELOW
