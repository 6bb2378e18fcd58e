"""The one context every use case of an open library works over.

Built once by ``Library`` and handed to each service: no service reaches into another's
attributes, and what a use case may touch is what this object carries.
"""

from __future__ import annotations

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
