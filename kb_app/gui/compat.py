"""Work-arounds for bugs of the Qt bindings, applied once when ``kb_app.gui`` is imported.

PySide6 6.12 on CPython 3.11: every binding call that returns ``None`` (a void method such
as ``setObjectName``, a null pointer such as ``parent()``, an invalid ``QVariant`` from
``QModelIndex.data()``) releases a reference to ``None`` that it never took, and every
``Signal.emit`` does the same with ``True``. A window that
paints and handles events makes tens of thousands of such calls; once ``None``'s reference
count reaches zero CPython aborts with "Fatal Python error: none_dealloc". CPython 3.12 made
these singletons immortal, which hides the bug there. On 3.11 we do what 3.12 does: give
them a reference count so large that the leak can never bring it to zero.
"""

from __future__ import annotations

import ctypes
import sys

#: Added to None's reference count: 2**40 leaked releases is centuries of use.
IMMORTAL = 1 << 40


def none_needs_protection() -> bool:
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


#: The singletons the bindings release without holding: ``None``; ``True`` (``Signal.emit``).
SINGLETONS = (None, True, False)


def protect_none() -> bool:
    """Make ``None``, ``True`` and ``False`` practically immortal on CPython < 3.12."""
    if not none_needs_protection():
        return False
    for singleton in SINGLETONS:
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value != sys.getrefcount(singleton) - 1:  # unknown layout: touch nothing
            return False
        if count.value < IMMORTAL:
            count.value += IMMORTAL
    return True
