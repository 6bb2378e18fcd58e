"""Keeping an open library sound: counts, the check (and its repairs), backups.

The folder-level work (opening, migrating, restoring, salvaging) is ``upkeep``'s; this module
is what a caller does to a library that is open.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from kb_app.core.dto import BackupInfo, CheckReport, Stats
from kb_app.core.errors import LibraryDamaged, Message, ValidationError
from kb_app.core.jobs import run_job
from kb_app.core.library.context import Context
from kb_app.core.library.search import Search
from kb_app.core.storage import fiches as store
from kb_app.core.storage.attachment_store import check_store
from kb_app.core.storage.engine import connection_pragmas, integrity_report, verified_backup
from kb_app.core.storage.integrity import thesaurus_problems
from kb_app.core.storage.models import (
    Agent,
    Attachment,
    BasketItem,
    Concept,
    ConceptGroup,
    Fiche,
    FicheLink,
    HistoryEntry,
    IndexOutbox,
)
from kb_app.core.storage.versions import SCHEMA_VERSION
from kb_app.core.thesaurus.quality import thesaurus_quality
from kb_app.core.upkeep import backups as backup_files
from kb_app.core.upkeep import opening
from kb_app.core.upkeep.backups import AutoReason
from kb_app.core.vocabulary import FICHE_KINDS


class Maintenance:
    def __init__(self, ctx: Context, search: Search) -> None:
        self.ctx = ctx
        self.search = search

    def stats(self) -> Stats:
        with self.ctx.read() as s:
            live = Fiche.deleted_at.is_(None)
            kinds = dict(
                s.execute(select(Fiche.kind, func.count()).where(live).group_by(Fiche.kind)).all()
            )
            counts = {k: int(kinds.get(k, 0)) for k in FICHE_KINDS}

            def count(model: type, *where: object) -> int:
                return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)  # type: ignore[arg-type]

            return Stats(
                library=str(self.ctx.folder),
                schema_version=SCHEMA_VERSION,
                fiches=counts,
                total_fiches=sum(counts.values()),
                trash=count(Fiche, Fiche.deleted_at.is_not(None)),
                concepts=count(Concept),
                concept_groups=count(ConceptGroup),
                agents=count(Agent),
                links=count(FicheLink),
                basket=count(BasketItem),
                history=count(HistoryEntry),
                attachments=count(Attachment),
                index_pending=count(IndexOutbox),
                index_state=self.search.index_state()[0],
                index_documents=self.search.indexer.index.doc_count(),
                free_bytes=self.ctx.free_bytes(),
                disk_full=self._disk_full(),
            )

    def _disk_full(self) -> bool:
        """The volume is full, or a write of this session was refused for want of space."""
        lag = self.search.failure
        return self.ctx.disk_full() or (lag is not None and lag[0] == "disk_full")

    def _full_disk_findings(self) -> list[Message]:
        """What a full disk means for this library: read, not written; what is behind."""
        found = [
            Message.of("outcome.disk_full", free=self.ctx.free_bytes(), folder=str(self.ctx.folder))
        ]
        with self.ctx.read() as s:
            pending = int(s.scalar(select(func.count()).select_from(IndexOutbox)) or 0)
        if pending:
            found.append(Message.of("outcome.index_behind", pending=pending))
        return found

    def check(self, *, repair: bool = False) -> CheckReport:
        """integrity_check, foreign keys, thesaurus cycles, index state and drift.

        With ``repair``: stale plain-search text is recomputed, a missing or damaged index is
        rebuilt, drifted fiches are re-indexed; what was repaired is no longer a problem.
        """
        integrity, fks = integrity_report(self.ctx.engine)
        sound = integrity == ["ok"] and not fks
        full = self._disk_full()  # then diagnose only: nothing is written, nothing repaired
        if not sound and not full:
            backup_files.mark_corrupt(self.ctx.folder, "; ".join([*integrity[:3], *fks[:3]]))
        with self.ctx.read() as s:
            problems = thesaurus_problems(s)
            quality = thesaurus_quality(s).to_dict() if integrity == ["ok"] else {}
        repaired: list[Message] = []
        notices = self._full_disk_findings() if full else []
        if repair and integrity == ["ok"] and not full:
            with self.ctx.write() as s:
                repaired = store.repair_search_text(s)
        if self.search.indexing != "off" and integrity == ["ok"] and not full:
            index_problems, index_fixes = self._check_index(repair)
            problems += index_problems
            repaired += index_fixes
        if integrity == ["ok"]:
            store_problems, store_fixes = check_store(
                self.ctx.folder, self.ctx.engine, repair and not full
            )
            problems += store_problems
            repaired += store_fixes
        return CheckReport(
            tuple(integrity),
            tuple(fks),
            connection_pragmas(self.ctx.engine),
            tuple(problems),
            tuple(repaired),
            quality,
            tuple(notices),
        )

    def _check_index(self, repair: bool) -> tuple[list[Message], list[Message]]:
        search = self.search
        if search.index_state()[0] in ("missing", "stale", "closed"):
            search.ensure_index()  # not built yet, or built by an older version: build it
        state, reason = search.index_state()
        if state != "ready":
            if not repair:
                return [Message.of("check.index_unusable", state=state, detail=reason)], []
            run_job(search.reindex(), self.ctx.on_progress)
            return [], [Message.of("check.index_rebuilt", state=state, detail=reason)]
        if not self.ctx.read_only:
            search.indexer.drain()  # pending outbox work (a crash left it) is not drift
        drift = search.index_drift()
        if drift is None or drift.count == 0:
            return [], []
        missing, extra, stale = len(drift.missing), len(drift.extra), len(drift.stale)
        names = ", ".join([*drift.missing, *drift.extra, *drift.stale][:5])
        if not repair:
            found = Message.of(
                "check.index_drift", missing=missing, extra=extra, stale=stale, names=names
            )
            return [found], []
        search.indexer.repair(drift)
        after = search.index_drift()
        if after is not None and after.count:
            return [Message.of("check.index_drift_remains", count=after.count)], []
        done = Message.of(
            "check.index_drift_repaired", missing=missing, extra=extra, stale=stale, names=names
        )
        return [], [done]

    def backup(self, dest: Path | None = None) -> BackupInfo:
        """A consistent copy through SQLite's backup API, verified before it is reported."""
        target = Path(dest) if dest else opening.backup_path(self.ctx.folder)
        if target.exists():
            raise ValidationError("backup.target_exists", path=str(target))
        problems = verified_backup(self.ctx.engine, target)  # integrity + foreign keys, fsync
        if problems:
            raise LibraryDamaged("backup.check_failed", detail="; ".join(problems[:3]))
        return BackupInfo(str(target), target.stat().st_size, True, datetime.now(UTC).isoformat())

    def backups(self) -> list[BackupInfo]:
        """Every backup of this library, newest first, with its verification state."""
        return backup_files.list_backups(self.ctx.folder)

    def auto_backup(
        self, reason: AutoReason, now: datetime | None = None, keep: int = 10
    ) -> BackupInfo | None:
        """An automatic backup (``exit`` or ``daily``) when due; see ``upkeep.backups``."""
        return backup_files.auto_backup(
            self.ctx.folder,
            self.ctx.engine,
            reason=reason,
            now=now or self.ctx.clock(),
            keep=keep,
        )
