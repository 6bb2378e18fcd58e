"""The search side of ``Library``: the index lifecycle, queries, reindex, drift.

Indexing modes: ``sync`` (the CLI and tests: the outbox is drained right after each change,
the index is built on first need), ``background`` (the window: a thread drains and rebuilds
while search falls back to SQL), ``off`` (nothing touches the index).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TypeVar

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from kb_app.core.dto import (
    Drift,
    FicheRow,
    IdSearch,
    IndexLag,
    SearchFilters,
    SearchResult,
    Snippet,
)
from kb_app.core.jobs import CancelToken, Job, run_job
from kb_app.core.library.context import Context
from kb_app.core.search.index import SearchIndex
from kb_app.core.search.indexer import Indexer
from kb_app.core.search.service import Probe, SearchService
from kb_app.core.storage import changes
from kb_app.core.storage.base import new_uid
from kb_app.core.storage.concept_views import find
from kb_app.core.storage.engine import is_storage_full
from kb_app.core.storage.fiches import get_row
from kb_app.core.storage.models import LibraryInfo
from kb_app.core.storage.session import reading, transaction
from kb_app.core.upkeep.opening import DB_NAME

log = logging.getLogger(__name__)

INDEXING_MODES = ("sync", "background", "off")
Answer = TypeVar("Answer", IdSearch, SearchResult)


def _stored_uid(s: Session) -> str | None:
    return s.scalars(select(LibraryInfo.value).where(LibraryInfo.key == "uid")).first()


def library_uid(engine: Engine) -> str:
    """The library's uid, made once. Read first: opening a library that has one takes no
    write lock (a busy writer in another process does not keep it from opening)."""
    with reading(engine) as s:
        uid = _stored_uid(s)
    if uid is not None:
        return uid
    with transaction(engine) as s:
        uid = _stored_uid(s)
        if uid is None:
            uid = new_uid()
            s.add(LibraryInfo(key="uid", value=uid))
        return uid


def read_library_uid(engine: Engine) -> str:
    """The uid of a library that may not be written (an index needs it to be opened)."""
    with reading(engine) as s:
        return _stored_uid(s) or "read-only library without uid"


class Search:
    """The index's life beside the base, and every query.

    The index follows the base by construction: this object subscribes to the engine's
    committed changes (``storage.changes``), draining them at once in sync mode or waking
    the indexer thread in background mode.
    """

    def __init__(self, ctx: Context, indexing: str) -> None:
        if indexing not in INDEXING_MODES:
            raise ValueError(f"indexing must be one of {INDEXING_MODES}")
        self.ctx = ctx
        self.indexing = "off" if ctx.read_only else indexing
        uid = (read_library_uid if ctx.read_only else library_uid)(ctx.engine)
        self.indexer = Indexer(ctx.engine, SearchIndex(ctx.folder / "index", uid))
        #: (reason, detail) of the last index write that failed after a commit
        self.failure: tuple[str, str] | None = None
        #: committed changes heard of in this process (caches built over the base follow it)
        self.changes_seen = 0
        self.searcher = SearchService(ctx.engine, self.indexer)
        if ctx.read_only:
            self._open_index_read_only()
        if self.indexing == "off":
            return
        self.indexer.startup()
        changes.subscribe(ctx.engine, self._changed)
        if self.indexing == "background":
            self.indexer.start()
            self.indexer.notify()
        else:
            self._catch_up()

    def _catch_up(self) -> None:
        """Sync mode: work an earlier session could not index (a full disk) is done at
        opening, once there is space; nothing to do (one count) in the usual case."""
        if not self.indexer.index.ready:
            return
        with self.ctx.read() as s:
            behind = changes.pending(s) > 0
        if not behind:
            return
        try:
            self.indexer.drain()
        except Exception:  # never keep a library from opening: the next drain retries
            log.info("the search index is still behind", exc_info=True)

    def _open_index_read_only(self) -> None:
        """A read-only library searches its index when it is current, else plain SQL.

        Current: ours, of this version, and nothing left in the outbox (the index would
        stay behind forever, as nothing may drain it).
        """
        with self.ctx.read() as s:
            behind = changes.pending(s) > 0
        if not behind:
            self.indexer.index.open()

    def _whole(self, result: Answer) -> Answer:
        """A read-only library's answer is as whole as it will get: not « partial »."""
        return replace(result, partial=False) if self.ctx.read_only else result

    def ensure_index(self) -> None:
        """In sync mode, build a missing or unusable index before answering. On a full disk
        the answer comes from the index as it is (or plain SQL): nothing to write is lost."""
        if self.indexing == "sync":
            self._caught_up(self.searcher.probe())

    def _caught_up(self, probe: Probe) -> Probe:
        """``ensure_index`` after ``probe`` (the one read a search makes first): the outbox
        is drained only when the probe says it holds work, so a search takes no write lock
        when nothing is pending. Returns a probe still true after the work (read again when
        work was done)."""
        if self.indexing != "sync":
            return probe
        try:
            if not self.indexer.index.ready:
                run_job(self.indexer.rebuild(), self.ctx.on_progress)
            elif probe.outbox == 0:
                return probe
            self.indexer.drain()
        except Exception as exc:
            if not is_storage_full(exc):
                raise
            log.info("the search index cannot catch up: the disk is full")
        return self.searcher.probe()

    def _retry_after_rebuild(self) -> bool:
        """Sync mode: an index found damaged mid-query is rebuilt at once; True to retry."""
        if self.indexing != "sync" or self.indexer.index.ready:
            return False
        self.ensure_index()
        return self.indexer.index.ready

    def _changed(self) -> None:
        """Called after every committed transaction that recorded changes.

        The transaction is committed: whatever befalls the index now (a full disk), the
        change is saved. The failure is kept (``index_lag``) for the caller to say so,
        never raised as if the write itself had failed."""
        self.changes_seen += 1
        if self.indexing == "sync" and self.indexer.index.ready:
            try:
                self.indexer.drain()
            except Exception as exc:  # noqa: BLE001  after the commit: reported, not raised
                self._fell_behind(exc)
            else:
                self.failure = None
        elif self.indexing == "background":
            self.indexer.notify()

    def _fell_behind(self, exc: BaseException) -> None:
        full = is_storage_full(exc)  # the caller says it (index_lag), as a sentence
        detail = f"{type(exc).__name__}: {exc}"
        log.info("the search index could not follow a saved change: %s", detail)
        log.debug("the index failure", exc_info=exc)
        self.failure = ("disk_full" if full else "unwritable", detail)

    def index_lag(self) -> IndexLag | None:
        """How far behind the index is after a write of this session it could not follow
        (a full disk; in the window, the indexer thread's last pass), or None when the last
        index write after a commit went through."""
        failure = self.failure
        thread_failure = self.indexer.last_failure  # the window's indexer thread
        if failure is None and thread_failure is not None and is_storage_full(thread_failure):
            failure = ("disk_full", f"{type(thread_failure).__name__}: {thread_failure}")
        if failure is None:
            return None
        reason, detail = failure
        with self.ctx.read() as s:
            pending = changes.pending(s)
        if pending == 0:
            return None
        database = str(self.ctx.folder / DB_NAME)
        return IndexLag(pending, reason, database, self.ctx.free_bytes(), detail)

    def close(self) -> None:
        changes.unsubscribe(self.ctx.engine)
        self.indexer.stop()
        self.indexer.index.close()

    def search(
        self, query: str, *, kind: str | None = None, concept: str | None = None, limit: int = 20
    ) -> SearchResult:
        """The `kb search` contract: total, facets and the first ``limit`` hits with snippets."""
        filters = SearchFilters(kind=kind, concept=concept)
        return self._answer(filters, lambda: self.searcher.search(query, filters, limit))

    def search_ids(
        self, query: str, filters: SearchFilters | None = None, correct: bool = True
    ) -> IdSearch:
        """Ranked keys of every match, with facets; rows and snippets are fetched apart.
        ``correct``: a query that finds nothing is answered with its typos corrected when
        that finds something (``IdSearch.suggestion``), as ``search`` and ``search_page`` do."""
        wanted = filters or SearchFilters()
        return self._answer(
            wanted, lambda: self.searcher.search_ids(query, wanted, correct=correct)
        )

    def search_page(
        self, query: str, filters: SearchFilters | None = None, limit: int = 100
    ) -> IdSearch:
        """The best ``limit`` matches and an estimated total: what a keystroke needs first.

        Follow with ``search_ids`` (off the keystroke path) for the exact total, the facets
        and every match.
        """
        wanted = filters or SearchFilters()
        return self._answer(wanted, lambda: self.searcher.search_page(query, wanted, limit))

    def _answer(self, filters: SearchFilters, ask: Callable[[], Answer]) -> Answer:
        """Check the filters, bring the index up to date, ask; once more after a rebuild
        when the index was found damaged mid-query. One read of the base (the probe) stands
        for the outbox and thesaurus checks of the whole answer."""
        self._check_filters(filters)
        probe = self._caught_up(self.searcher.probe())
        with self.searcher.probed(probe):
            result = ask()
        if result.partial and self._retry_after_rebuild():
            result = ask()
        return self._whole(result)

    def _check_filters(self, filters: SearchFilters) -> None:
        """Filters are API input (not typed text): an unknown concept or dossier is an error."""
        if not (filters.concept or filters.dossier):
            return  # the common keystroke: no session to open
        with self.ctx.read() as s:
            if filters.concept:
                find(s, filters.concept)
            if filters.dossier:
                get_row(s, filters.dossier, include_deleted=False)

    def rows(self, keys: Sequence[str]) -> list[FicheRow]:
        """Result-list rows for ``keys`` (a screenful at a time), in the given order."""
        return self.searcher.rows(keys)

    def snippets(self, query: str, keys: Sequence[str]) -> list[Snippet]:
        """Highlighted extracts and "why it matched" for the rows shown."""
        probe = self._caught_up(self.searcher.probe())
        with self.searcher.probed(probe):
            return self.searcher.snippets(query, keys)

    def reindex(self, cancel: CancelToken | None = None, procs: int | None = None) -> Job[int]:
        """Rebuild the index from the database (a job: iterate it, or give it to run_job)."""
        return self.indexer.rebuild(cancel, procs)

    def index_state(self) -> tuple[str, str]:
        """``(state, reason)``: ready, missing, stale, foreign, damaged or closed."""
        return self.indexer.index.state, self.indexer.index.reason

    def index_drift(self) -> Drift | None:
        """Differences between database and index, or None when there is no usable index."""
        if not self.indexer.index.ready:
            return None
        return self.indexer.drift()
