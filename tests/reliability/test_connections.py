"""Connection settings on every pooled connection (RELIABILITY.md T16), no QtSql anywhere.

Every connection the engine hands out, to any thread (the window's index worker included),
must carry the pragmas of PLATFORM.md: foreign_keys=1, journal_mode=wal, synchronous=2
(FULL), busy_timeout >= 5000, trusted_schema=0.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import Pool

from kb_app.core.dto import FicheDraft
from kb_app.core.library import Library

ROOT = Path(__file__).resolve().parents[2]
NAMES = ("foreign_keys", "journal_mode", "synchronous", "busy_timeout", "trusted_schema")


def pragmas_of(dbapi_connection: Any) -> dict[str, Any]:
    cursor = dbapi_connection.cursor()
    try:
        return {n: cursor.execute(f"PRAGMA {n}").fetchone()[0] for n in NAMES}
    finally:
        cursor.close()


def assert_settings(found: dict[str, Any]) -> None:
    assert found["foreign_keys"] == 1
    assert found["journal_mode"] == "wal"
    assert found["synchronous"] == 2
    assert found["busy_timeout"] >= 5000
    assert found["trusted_schema"] == 0


Seen = list[tuple[int, str, dict[str, Any]]]


@pytest.fixture
def checkouts() -> Iterator[Seen]:
    """``(connection id, thread name, pragmas)`` of every checkout from any pool."""
    seen: Seen = []
    lock = threading.Lock()

    def on_checkout(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        found = pragmas_of(dbapi_connection)  # in the thread that checks the connection out
        with lock:
            seen.append((id(dbapi_connection), threading.current_thread().name, found))

    event.listen(Pool, "checkout", on_checkout)
    try:
        yield seen
    finally:
        event.remove(Pool, "checkout", on_checkout)


def test_concurrent_connections_of_the_pool(library: Library) -> None:
    held = [library.engine.connect() for _ in range(4)]  # four at once: four connections
    try:
        raw = [c.connection.driver_connection for c in held]
        assert len({id(r) for r in raw}) == 4
        for conn in held:
            found = {n: conn.exec_driver_sql(f"PRAGMA {n}").scalar() for n in NAMES}
            assert_settings(found)
        sessions = [Session(library.engine) for _ in range(3)]
        try:
            for s in sessions:
                assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
                assert s.execute(text("PRAGMA synchronous")).scalar() == 2
        finally:
            for s in sessions:
                s.close()
    finally:
        for conn in held:
            conn.close()
    pool = library.engine.pool
    assert pool.checkedin() >= 4  # type: ignore[attr-defined]


def test_every_checkout_from_every_thread(library_path: Path, checkouts: Seen) -> None:
    """The window's mode: the background index worker beside reader threads."""
    with Library.open(library_path, indexing="off") as lib:
        seeded = lib.stats().total_fiches
        added = lib.add(FicheDraft(kind="analysis", title="Axolotl des connexions"))
    # No write from this thread while the worker runs: see test_a_write_racing_another_waits.
    with Library.open(library_path, indexing="background") as lib:
        deadline = time.monotonic() + 60
        while (lib.index_state()[0] != "ready" or lib.stats().index_pending) and (
            time.monotonic() < deadline
        ):
            time.sleep(0.05)

        def read(_n: int) -> int:
            with Session(lib.engine) as s:
                count = int(s.execute(text("SELECT count(*) FROM fiche")).scalar_one())
                time.sleep(0.05)  # overlap: each thread holds its own connection
                return count

        with ThreadPoolExecutor(4) as pool:
            counts = list(pool.map(read, range(8)))
        assert lib.search_ids("axolotl").keys == (added.key,)
    assert counts == [seeded + 1] * 8  # the course and the fiche added above
    threads = {name for _, name, _ in checkouts}
    connections = {cid for cid, _, _ in checkouts}
    assert "kb-indexer" in threads
    assert len(connections) >= 4
    for _, _, found in checkouts:
        assert_settings(found)
    print(f"\nT16: {len(checkouts)} checkouts, {len(connections)} connections, threads {threads}")


def test_a_write_racing_another_waits(library_path: Path) -> None:
    """Two writers (the window's index worker and a user's save, say) wait for each other."""
    first, second = Library.open(library_path), Library.open(library_path)
    has_read, other_done = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def save_in_one_transaction() -> None:
        from kb_app.core.storage import fiches, personal
        from kb_app.core.storage.session import transaction

        try:
            with transaction(first.engine) as s:
                row = fiches.get_row(s, "res-fph")  # the transaction reads first
                has_read.set()
                other_done.wait(1.0)  # the other writer commits meanwhile (if it can)
                personal.set_note(s, row, "first")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    def save_elsewhere() -> None:
        has_read.wait(10)
        try:
            second.set_note("res-fph", "second")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        other_done.set()

    try:
        threads = [threading.Thread(target=f) for f in (save_in_one_transaction, save_elsewhere)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert errors == []
        assert first.note("res-fph") in ("first", "second")
    finally:
        first.close()
        second.close()


def test_check_reports_the_settings(library: Library) -> None:
    report = library.check()
    assert report.pragmas == {
        "foreign_keys": 1,
        "busy_timeout": 5000,
        "journal_mode": "wal",
        "synchronous": 2,
        "trusted_schema": 0,
    }


def python_sources() -> list[Path]:
    return sorted((ROOT / "kb_app").rglob("*.py"))


def test_no_qtsql_anywhere() -> None:
    sources = python_sources()
    assert len(sources) > 50  # the tree is really read
    pattern = re.compile(r"QSqlDatabase|QtSql")
    users = [p.relative_to(ROOT) for p in sources if pattern.search(p.read_text("utf-8"))]
    assert users == []


def test_engines_are_made_in_one_place() -> None:
    """Every SQLAlchemy engine comes from make_engine, which sets the pragmas."""
    pattern = re.compile(r"\bcreate_engine\(")
    users = [
        p.relative_to(ROOT).as_posix()
        for p in python_sources()
        if pattern.search(p.read_text("utf-8"))
    ]
    assert users == ["kb_app/core/storage/engine.py"]
