"""Long work as generators yielding Progress, with a cancel token (superqt GeneratorWorker).

The CLI drives a job with a progress bar, tests iterate it, the GUI polls the latest value.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TypeVar

from kb_app.core.errors import KbError

R = TypeVar("R")


@dataclass(frozen=True)
class Progress:
    label: str
    done: int
    total: int | None = None

    @property
    def fraction(self) -> float | None:
        return None if not self.total else min(1.0, self.done / self.total)


class Cancelled(KbError):
    """The user cancelled a job; everything it did was rolled back."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled("job.cancelled")


Job = Generator[Progress, None, R]


def run_job(job: Job[R], on_progress: Callable[[Progress], None] | None = None) -> R:
    """Drive a job to its end, reporting each Progress; return its result.

    However it ends (a reporter raising ``Cancelled`` included), the job is closed at once,
    so its open transaction is rolled back now, not whenever the generator is collected."""
    try:
        while True:
            try:
                progress = next(job)
            except StopIteration as stop:
                result: R = stop.value
                return result
            if on_progress is not None:
                on_progress(progress)
    finally:
        job.close()
