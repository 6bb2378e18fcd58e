"""Reliability tests (RELIABILITY.md): CI size by default, full size with ``--runslow``
(``slow_mode()`` from tests/conftest.py)."""

from __future__ import annotations

import pytest

pytest.register_assert_rewrite("tests.reliability.killkit")
