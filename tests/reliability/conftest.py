"""Reliability tests (RELIABILITY.md): CI size by default, full size with --runslow or KB_SLOW=1.

``--runslow`` is registered here only when this conftest is loaded at startup (``pytest
tests/reliability ...``); from the project root, use ``KB_SLOW=1``.
"""

from __future__ import annotations

import os
from contextlib import suppress

import pytest

pytest.register_assert_rewrite("tests.reliability.killkit")


def pytest_addoption(parser: pytest.Parser) -> None:
    with suppress(ValueError):  # ValueError: already registered by the root conftest
        parser.addoption(
            "--runslow",
            action="store_true",
            default=False,
            help="run the reliability tests at full size (50 kills...)",
        )


@pytest.fixture(scope="session")
def full_size(pytestconfig: pytest.Config) -> bool:
    """True for the full-size runs (RELIABILITY.md figures), False for the CI size."""
    return bool(pytestconfig.getoption("--runslow", default=False)) or (
        os.environ.get("KB_SLOW") == "1"
    )
