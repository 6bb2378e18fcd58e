"""The one owner of the Whoosh writer: drains the outbox, rebuilds, checks drift.

Draining is idempotent: documents are upserted by key, so a crash between the index commit
and the outbox acknowledgement only means the same work is done again. Synchronous in the
CLI (``drain()`` after each change), on a background thread in the window (``start()``).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, select

from kb_app.core.dto import Drift
from kb_app.core.jobs import CancelToken, Job, Progress
from kb_app.core.search import documents
from kb_app.core.search.index import WRITER_DEFAULTS, IndexUnavailable, SearchIndex
from kb_app.core.storage import changes
from kb_app.core.storage.engine import is_storage_full
from kb_app.core.storage.models import IndexOutbox
from kb_app.core.storage.session import reading, transaction
from kb_app.core.upkeep.crash import crashpoint

log = logging.getLogger(__name__)

DRAIN_BATCH = 500
#: Above this many fiches a rebuild uses several processes.
MULTIPROCESS_FROM = 20_000


class Indexer:
    def __init__(self, engine: Engine, index: SearchIndex) -> None:
        self.engine = engine
        self.index = index
        self._write_lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.on_change: Callable[[], None] | None = None  # called after each index commit
        self.last_error: str | None = None
        self.last_failure: BaseException | None = None  # of the background thread's last pass

    # -- startup ---------------------------------------------------------------------------

    def startup(self) -> None:
        """Reset interrupted work and sweep half-built folders; open the index if sound."""
        with reading(self.engine) as s:  # the write lock only when there is work to reset
            interrupted = s.scalar(
                select(IndexOutbox.id).where(IndexOutbox.state == "in_progress").limit(1)
            )
        if interrupted is not None:
            try:
                with transaction(self.engine) as s:
                    changes.reset_in_progress(s)
            except Exception as exc:
                if not is_storage_full(exc):
                    raise
                # A full disk: the library still opens to be read (and diagnosed); the work
                # stays claimed, and is put back at the next opening with space to write.
                log.info("interrupted index work left for later: the disk is full")
        self.index.sweep_leftovers()
        self.index.open()

    # -- draining ------------------------------------------------------------------------------

    def drain(self, limit: int | None = None) -> int:
        """Apply pending outbox work to the index; return how many fiches were processed."""
        if not self.index.ready:
            return 0
        done = 0
        with self._write_lock:
            while limit is None or done < limit:
                n = self._drain_batch()
                if n == 0:
                    break
                done += n
        return done

    def _drain_batch(self) -> int:
        with reading(self.engine) as s:  # the write lock only when there is work to claim
            if not changes.has_pending(s):
                return 0
        with transaction(self.engine) as s:
            claimed = changes.claim(s, DRAIN_BATCH)
        if not claimed:
            return 0
        keys = list(dict.fromkeys(key for _, key in claimed))  # one update per key
        with reading(self.engine) as s:
            ids = changes.fiche_ids(s, keys)
            docs = {d["key"]: d for d in documents.build(s, list(ids.values()))}
        try:
            writer = self.index.writer()
        except BaseException:  # locked by another process, unusable: the work waits
            self._release([row_id for row_id, _ in claimed])
            raise
        try:
            for key in keys:
                if key in docs:
                    writer.update_document(**docs[key])
                else:
                    writer.delete_by_term("key", key)
            crashpoint("after_db_commit_before_index_commit")
            writer.commit()
        except BaseException:
            try:
                writer.cancel()
            except Exception:  # a commit that failed half-way closed it
                log.debug("the index writer was already closed", exc_info=True)
            self._release([row_id for row_id, _ in claimed])
            raise  # the failure itself (a full disk), not the closed writer's complaint
        crashpoint("after_index_commit_before_ack")
        with transaction(self.engine) as s:
            changes.ack(s, [row_id for row_id, _ in claimed])
        if self.on_change is not None:
            self.on_change()
        return len(keys)

    def _release(self, row_ids: list[int]) -> None:
        """Claimed work the index could not take goes back to pending, for the next drain
        of this session; on a full disk it stays claimed until the next opening."""
        try:
            with transaction(self.engine) as s:
                changes.release(s, row_ids)
        except Exception as exc:  # the first failure is the one to report
            log.info("index work left claimed until the next opening: %s", exc, exc_info=True)

    # -- full rebuild --------------------------------------------------------------------------

    def rebuild(self, cancel: CancelToken | None = None, procs: int | None = None) -> Job[int]:
        """Build a fresh index from the database in a new folder, then swap it in."""
        with reading(self.engine) as s:
            ids = documents.live_ids(s)
            covered = changes.last_id(s)
        build = self.index.new_build_folder()
        try:
            ix = SearchIndex.create_in(build)
            writer = ix.writer(**self._writer_options(len(ids), procs))
            try:
                done = 0
                with reading(self.engine) as s:
                    for batch in documents.batches(s, ids):
                        if cancel is not None:
                            cancel.raise_if_cancelled()
                        for doc in batch:
                            writer.add_document(**doc)
                        done += len(batch)
                        yield Progress("indexation", done, len(ids))
                yield Progress("finalisation", done, len(ids))
                writer.commit()
            except BaseException:
                writer.cancel()
                raise
            ix.close()
            with self._write_lock:
                self.index.swap_in(build)
                with transaction(self.engine) as s:
                    changes.clear_upto(s, covered)
        except BaseException:
            import shutil

            shutil.rmtree(build, ignore_errors=True)
            raise
        if self.on_change is not None:
            self.on_change()
        return len(ids)

    @staticmethod
    def _writer_options(count: int, procs: int | None) -> dict[str, Any]:
        if procs is None:
            procs = min(2, os.cpu_count() or 1) if count >= MULTIPROCESS_FROM else 1
        if procs > 1:
            return {**WRITER_DEFAULTS, "procs": procs, "multisegment": True, "limitmb": 128}
        return {**WRITER_DEFAULTS, "limitmb": 128}

    # -- drift -------------------------------------------------------------------------------

    def drift(self) -> Drift:
        """Compare the ``(key, hash)`` sets of the database and of the index."""
        indexed = self.index.stored()
        expected: dict[str, str] = {}
        with reading(self.engine) as s:
            for batch in documents.batches(s, documents.live_ids(s)):
                expected.update({d["key"]: d["hash"] for d in batch})
        return Drift(
            missing=tuple(sorted(set(expected) - set(indexed))),
            extra=tuple(sorted(set(indexed) - set(expected))),
            stale=tuple(
                sorted(k for k in expected.keys() & indexed.keys() if expected[k] != indexed[k])
            ),
        )

    def repair(self, drift: Drift) -> int:
        """Enqueue every drifted fiche and drain: the index then matches the database."""
        keys = [*drift.missing, *drift.extra, *drift.stale]
        with transaction(self.engine) as s:
            changes.record(s, keys)
        return self.drain()

    # -- background thread (the window) --------------------------------------------------------

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="kb-indexer", daemon=True)
            self._thread.start()

    def notify(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(timeout=5.0)
            self._wake.clear()
            if self._stop.is_set():
                break
            try:
                if not self.index.ready:
                    for _ in self.rebuild():
                        if self._stop.is_set():
                            break
                self.drain()
                self.last_error = None
                self.last_failure = None
            except (IndexUnavailable, OSError) as exc:
                self.last_error = str(exc)
                self.last_failure = exc
            except Exception as exc:  # noqa: BLE001  keep the thread alive; retry later
                self.last_error = f"{type(exc).__name__}: {exc}"
                self.last_failure = exc
