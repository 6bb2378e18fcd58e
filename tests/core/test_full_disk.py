"""A full disk: what was saved is said, the index catches up, stats and check diagnose.

Fault injection, no mounts: the index writer's commit fails with ENOSPC after the database
committed (the volume filled up between the two), and every statement that would write to
the database is refused as SQLite refuses it on a full disk.
"""

from __future__ import annotations

import errno
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event
from sqlalchemy.exc import OperationalError
from whoosh.writing import IndexingError

from kb_app.core.jobs import run_job
from kb_app.core.library import Library, storage_failure
from kb_app.core.library.context import Context
from kb_app.core.search.index import SearchIndex
from kb_app.core.storage.engine import StorageFull

ROLES_BIB = Path(__file__).resolve().parents[1] / "data" / "bibtex" / "roles.bib"
IN_FILE = 10
WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


class FullDiskWriter:
    """A Whoosh writer on a volume that fills up: the commit fails half-way and closes it,
    after which Whoosh refuses ``cancel`` too (what hid the real failure before)."""

    def __init__(self, real: Any) -> None:
        self._real = real

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def commit(self) -> None:
        self._real.cancel()
        raise OSError(errno.ENOSPC, "No space left on device")

    def cancel(self) -> None:
        raise IndexingError("This writer is closed")


def fill_the_index_volume(monkeypatch: pytest.MonkeyPatch) -> None:
    real: Callable[..., Any] = SearchIndex.writer

    def writer(self: SearchIndex, **options: Any) -> FullDiskWriter:
        return FullDiskWriter(real(self, **options))

    monkeypatch.setattr(SearchIndex, "writer", writer)


@contextmanager
def database_full(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every write statement refused as on a full disk; the volume reports no free byte.
    Yields the statements refused (a diagnosis must not try any)."""
    refused: list[str] = []

    def refuse(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith(WRITES):
            refused.append(statement.split()[0])
            raise sqlite3.OperationalError("database or disk is full")

    with monkeypatch.context() as m:
        m.setattr(Context, "free_bytes", lambda _self: 0)
        event.listen(Engine, "before_cursor_execute", refuse)
        try:
            yield refused
        finally:
            event.remove(Engine, "before_cursor_execute", refuse)


def import_with_the_index_failing(library_path: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """Import roles.bib into a library whose index fills the disk; return fiches before."""
    with Library.open(library_path) as lib:
        lib.search_ids("budget")  # the index exists: a commit drains into it
        before = lib.stats().total_fiches
        with monkeypatch.context() as m:
            fill_the_index_volume(m)
            report = run_job(lib.import_file(ROLES_BIB))
            assert report.imported == IN_FILE  # no exception: the import did happen
            lag = lib.index_lag()
            assert lag is not None
            assert (lag.pending, lag.reason) == (IN_FILE, "disk_full")
            assert lag.database == str(library_path / "library.sqlite3")
            assert lib.stats().total_fiches == before + IN_FILE
    return before


def test_an_import_the_index_cannot_follow_is_saved_and_catches_up(
    library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = import_with_the_index_failing(library_path, monkeypatch)
    with Library.open(library_path) as lib:  # space again: the opening catches up
        assert lib.index_lag() is None
        stats = lib.stats()
        assert (stats.total_fiches, stats.index_pending) == (before + IN_FILE, 0)
        assert [h.title for h in lib.search("Feuillet anonyme").hits][:1] == ["Feuillet anonyme"]
        report = lib.check()
        assert report.ok
        assert report.problems == ()
        assert report.notices == ()


def test_the_lag_is_over_once_the_index_caught_up(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    library.search_ids("budget")
    with monkeypatch.context() as m:
        fill_the_index_volume(m)
        run_job(library.import_file(ROLES_BIB))
        assert library.index_lag() is not None
    library.search_ids("Feuillet")  # space again: a search catches up
    assert library.index_lag() is None
    assert library.stats().index_pending == 0


def test_a_library_on_a_full_disk_opens_and_is_diagnosed_without_a_write(
    library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = import_with_the_index_failing(library_path, monkeypatch)
    with database_full(monkeypatch) as refused, Library.open(library_path) as lib:
        stats = lib.stats()
        assert (stats.disk_full, stats.free_bytes) == (True, 0)
        assert (stats.total_fiches, stats.index_pending) == (before + IN_FILE, IN_FILE)
        report = lib.check()
        assert report.ok  # sound: full is not damaged
        assert [m.code for m in report.notices] == ["outcome.disk_full", "outcome.index_behind"]
        assert report.notices[1].params == {"pending": IN_FILE}
        assert lib.search("budget participatif").total > 0  # still answers
        # the opening tried once to put the interrupted index work back, and let it be
        assert set(refused) <= {"UPDATE"}
        refused.clear()
        lib.stats()
        lib.check()
        assert refused == []  # the diagnosis itself writes nothing
    with Library.open(library_path) as lib:  # space freed
        assert lib.stats().index_pending == 0
        assert lib.check().notices == ()


def test_an_import_the_database_refuses_saves_nothing(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = library.stats().total_fiches
    with database_full(monkeypatch), pytest.raises(OperationalError) as caught:
        run_job(library.import_file(ROLES_BIB))
    assert isinstance(storage_failure(caught.value), StorageFull)
    assert library.stats().total_fiches == before
    assert library.index_lag() is None


def test_the_windows_indexer_thread_reports_a_full_disk_as_a_lag(
    library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Library.open(library_path) as lib:
        lib.search_ids("budget")  # an index to follow
    fill_the_index_volume(monkeypatch)
    with Library.open(library_path, indexing="background") as lib:
        report = run_job(lib.import_file(ROLES_BIB))  # the thread drains after the commit
        assert report.imported == IN_FILE
        deadline = time.monotonic() + 20
        while lib.index_lag() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        lag = lib.index_lag()
        assert lag is not None
        assert (lag.pending, lag.reason) == (IN_FILE, "disk_full")


def test_work_no_writer_could_take_goes_back_to_pending(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import func, select
    from whoosh.index import LockError

    from kb_app.core.storage.models import IndexOutbox

    library.search_ids("budget")

    def locked(_self: SearchIndex, **_options: Any) -> Any:
        raise LockError("another process writes the index")

    with monkeypatch.context() as m:
        m.setattr(SearchIndex, "writer", locked)
        run_job(library.import_file(ROLES_BIB))
        lag = library.index_lag()
        assert lag is not None
        assert (lag.pending, lag.reason) == (IN_FILE, "unwritable")
    with library.engine.connect() as conn:
        states = dict(
            conn.execute(select(IndexOutbox.state, func.count()).group_by(IndexOutbox.state)).all()
        )
    assert states == {"pending": IN_FILE}  # not left claimed until the next opening
    library.search_ids("Feuillet")
    assert library.index_lag() is None
