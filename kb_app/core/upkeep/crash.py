"""Crash points for fault-injection tests: ``KB_CRASH_AT=name`` kills the process there.

``KB_CRASH_AT`` holds one name, or ``name:N`` to crash at the N-th time it is reached.
The process is killed with SIGKILL: no cleanup, exactly like a power cut for the program.
"""

from __future__ import annotations

import os
import signal
from collections import Counter

_seen: Counter[str] = Counter()


def crashpoint(name: str) -> None:
    target = os.environ.get("KB_CRASH_AT")
    if not target:
        return
    wanted, _, nth = target.partition(":")
    if wanted != name:
        return
    _seen[name] += 1
    if _seen[name] >= (int(nth) if nth.isdigit() else 1):
        os.kill(os.getpid(), signal.SIGKILL)
