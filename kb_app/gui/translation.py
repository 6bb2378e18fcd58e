"""The translation marker typed as it behaves.

``QT_TRANSLATE_NOOP(context, text)`` only marks ``text`` for ``pyside6-lupdate`` and returns
it unchanged, but PySide6's stub types it ``(object, object) -> object``: every table of
marked strings then fails the type check. This is the same function with its real type;
lupdate finds the calls by name, so they are still extracted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6 import QtCore

QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)
