"""The work-around for PySide6 releasing references to None it never took (CPython 3.11)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QModelIndex, QObject

from kb_app.gui.compat import IMMORTAL, none_needs_protection

pytestmark = pytest.mark.gui


def test_none_survives_many_binding_calls_that_return_none() -> None:
    thing = QObject()
    for _ in range(100_000):  # without the work-around CPython 3.11 aborts (none_dealloc)
        thing.setObjectName("x")
        QModelIndex().data()
        thing.objectNameChanged.emit("y")  # returns True, releasing it
    assert thing.objectName() == "x"
    if none_needs_protection():
        assert sys.getrefcount(None) > IMMORTAL // 2
        assert sys.getrefcount(True) > IMMORTAL // 2
        assert sys.getrefcount(False) > IMMORTAL // 2
