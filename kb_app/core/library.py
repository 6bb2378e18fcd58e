"""Library: the one facade the CLI, the GUI and the tests call.

Every method returns plain frozen data (``kb_app.core.dto``), never ORM objects, and every
mutation is one transaction: it is applied entirely or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from sqlalchemy import func, select

from kb_app.core import opening
from kb_app.core.attachments import AttachmentOps
from kb_app.core.backups import BackupOps
from kb_app.core.bulk import BulkWriter
from kb_app.core.dto import (
    BackupInfo,
    CheckReport,
    ConceptDetail,
    ConceptTreeRow,
    FicheDetail,
    FicheDraft,
    FicheRef,
    Stats,
)
from kb_app.core.editing import FicheWriter, changes_index, draft_of_detail
from kb_app.core.errors import LibraryDamaged, NotALibrary, NotFound, ValidationError
from kb_app.core.export_ops import ExportOps
from kb_app.core.import_ops import ImportOps
from kb_app.core.jobs import Progress, run_job
from kb_app.core.merge_ops import MergeOps
from kb_app.core.paths import default_library_dir, resources_dir
from kb_app.core.personal_ops import PersonalState
from kb_app.core.rendering import reading_list
from kb_app.core.search_ops import SearchOps
from kb_app.core.storage import concept_views
from kb_app.core.storage import fiches as store
from kb_app.core.storage.concepts import concept_labels
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
from kb_app.core.storage.session import reading, transaction
from kb_app.core.storage.versions import SCHEMA_VERSION
from kb_app.core.thesaurus import ops as thesaurus_ops
from kb_app.core.thesaurus.maintenance import ThesaurusMaintenance
from kb_app.core.thesaurus.quality import thesaurus_quality

ProgressCallback = Callable[[Progress], None]


class Library(
    SearchOps,
    ImportOps,
    MergeOps,
    ExportOps,
    AttachmentOps,
    ThesaurusMaintenance,
    FicheWriter,
    BulkWriter,
    PersonalState,
    BackupOps,
):
    """An open library folder. Use as a context manager, or call ``close()``."""

    def __init__(
        self,
        folder: Path,
        *,
        seed_resources: Path | None = None,
        create: bool = True,
        on_progress: ProgressCallback | None = None,
        indexing: str = "sync",
        read_only: bool = False,
    ) -> None:
        self.folder = Path(folder).expanduser().absolute()
        #: Opened read-only (asked, or the folder or database may not be written): every
        #: change fails with SQLITE_READONLY before anything is written (see
        #: ``storage_failure``); nothing is migrated, indexed or backed up.
        self.read_only = read_only or not opening.is_writable(self.folder)
        if not self.read_only and not opening.check_openable(self.folder):
            if not create:
                raise NotALibrary(f"{self.folder}: no library here")
            from kb_app.core.seed.loader import load_bundle  # only to create a library

            bundle = load_bundle(seed_resources or resources_dir())
            opening.create(self.folder, bundle, on_progress)
        self.engine = (opening.open_read_only if self.read_only else opening.open_existing)(
            self.folder
        )
        if self.read_only:
            indexing = "off"
        self.indexing = indexing
        self._on_progress = on_progress
        self._init_search()

    @classmethod
    def open(cls, folder: Path | str | None = None, **kwargs: object) -> Library:
        """Open the library at ``folder`` (default: KB_LIBRARY or the user data folder)."""
        return cls(Path(folder) if folder else default_library_dir(), **kwargs)  # type: ignore[arg-type]

    @property
    def db_path(self) -> Path:
        return self.folder / opening.DB_NAME

    def close(self) -> None:
        self._close_search()
        self.engine.dispose()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    # -- reading ---------------------------------------------------------------------------

    def get(self, key: str | int) -> FicheDetail:
        with reading(self.engine) as s:
            return store.detail(s, store.get_row(s, key))

    def list_fiches(
        self,
        kind: str | None = None,
        *,
        deleted: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[FicheRef]:
        with reading(self.engine) as s:
            stmt = select(Fiche).where(
                Fiche.deleted_at.is_not(None) if deleted else Fiche.deleted_at.is_(None)
            )
            if kind:
                stmt = stmt.where(Fiche.kind == kind)
            stmt = stmt.order_by(Fiche.kind, Fiche.title).offset(offset).limit(limit)
            return [store.ref(f) for f in s.scalars(stmt)]

    def trash(self) -> list[FicheRef]:
        return self.list_fiches(deleted=True)

    def concept(self, label_or_key: str) -> ConceptDetail:
        with reading(self.engine) as s:
            return concept_views.detail(s, concept_views.find(s, label_or_key))

    def concept_tree(self) -> list[ConceptTreeRow]:
        with reading(self.engine) as s:
            return concept_views.tree(s)

    def stats(self) -> Stats:
        with reading(self.engine) as s:
            live = Fiche.deleted_at.is_(None)
            kinds = dict(
                s.execute(select(Fiche.kind, func.count()).where(live).group_by(Fiche.kind)).all()
            )
            counts = {
                k: int(kinds.get(k, 0))
                for k in ("reference", "analysis", "case", "resource", "dossier")
            }

            def count(model: type, *where: object) -> int:
                return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)  # type: ignore[arg-type]

            return Stats(
                library=str(self.folder),
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
                index_state=self.index_state()[0],
                index_documents=self.indexer.index.doc_count(),
            )

    def draft(self, key: str) -> FicheDraft:
        """The editable form of a fiche (for an edit form, or to undo a change)."""
        return draft_of_detail(self.get(key))

    def concept_labels(self) -> list[tuple[str, str, str]]:
        """Every ``(concept key, label, kind)``, kind being pref_fr, pref_en or alt."""
        with reading(self.engine) as s:
            return concept_labels(s)

    def reading_list(self, keys: Sequence[str], fmt: str = "markdown", title: str = "") -> str:
        """The given fiches as a reading list: ``markdown`` or standalone ``html``."""
        fiches = [self.get(k) for k in keys]
        heading = title or "Liste de lecture"
        if fmt == "html":
            return reading_list.html_document(heading, fiches)
        if fmt == "markdown":
            return reading_list.markdown(heading, fiches)
        raise ValidationError(f"unknown reading-list format « {fmt} » (markdown or html)")

    @changes_index
    def add_concept(
        self,
        label: str,
        *,
        label_en: str | None = None,
        definition: str | None = None,
        broader: Sequence[str] = (),
    ) -> ConceptDetail:
        with transaction(self.engine) as s:
            concept = thesaurus_ops.add_concept(s, label, label_en, definition, broader)
            return concept_views.detail(s, concept)

    @changes_index
    def update_concept(
        self,
        key: str,
        *,
        label: str,
        label_en: str | None = None,
        definition: str | None = None,
        scope_note: str | None = None,
        alt_labels: Sequence[str] = (),
    ) -> ConceptDetail:
        with transaction(self.engine) as s:
            concept = thesaurus_ops.update_concept(
                s,
                key,
                label=label,
                label_en=label_en,
                definition=definition,
                scope_note=scope_note,
                alt_labels=alt_labels,
            )
            return concept_views.detail(s, concept)

    # -- maintenance ---------------------------------------------------------------------------

    def check(self, *, repair: bool = False) -> CheckReport:
        """integrity_check, foreign keys, thesaurus cycles, index state and drift.

        With ``repair``: stale plain-search text is recomputed, a missing or damaged index is
        rebuilt, drifted fiches are re-indexed; what was repaired is no longer a problem.
        """
        integrity, fks = integrity_report(self.engine)
        if integrity != ["ok"] or fks:
            from kb_app.core.backups import mark_corrupt  # no automatic backup of a bad base

            mark_corrupt(self.folder, "; ".join([*integrity[:3], *fks[:3]]))
        with reading(self.engine) as s:
            problems = thesaurus_problems(s)
            quality = thesaurus_quality(s).to_dict() if integrity == ["ok"] else {}
        repaired: list[str] = []
        if repair and integrity == ["ok"]:
            with transaction(self.engine) as s:
                repaired = store.repair_search_text(s)
        if self.indexing != "off" and integrity == ["ok"]:
            index_problems, index_fixes = self._check_index(repair)
            problems += index_problems
            repaired += index_fixes
        if integrity == ["ok"]:
            from kb_app.core.storage.attachment_store import check_store

            store_problems, store_fixes = check_store(self.folder, self.engine, repair)
            problems += store_problems
            repaired += store_fixes
        return CheckReport(
            tuple(integrity),
            tuple(fks),
            connection_pragmas(self.engine),
            tuple(problems),
            tuple(repaired),
            quality,
        )

    def _check_index(self, repair: bool) -> tuple[list[str], list[str]]:
        if self.index_state()[0] in ("missing", "stale", "closed"):
            self._ensure_index()  # not built yet, or built by an older version: build it
        state, reason = self.index_state()
        if state != "ready":
            if not repair:
                return [f"search index {state}: {reason}"], []
            run_job(self.reindex(), self._on_progress)
            return [], [f"search index rebuilt (it was {state}: {reason})"]
        if not getattr(self, "read_only", False):
            self.indexer.drain()  # pending outbox work (a crash left it) is not drift
        drift = self.index_drift()
        if drift is None or drift.count == 0:
            return [], []
        names = ", ".join([*drift.missing, *drift.extra, *drift.stale][:5])
        summary = (
            f"search index drift: {len(drift.missing)} missing, {len(drift.extra)} extra, "
            f"{len(drift.stale)} stale ({names})"
        )
        if not repair:
            return [summary], []
        self.indexer.repair(drift)
        after = self.index_drift()
        if after is not None and after.count:
            return [f"search index drift remains after repair: {after.count} fiche(s)"], []
        return [], [summary + " repaired"]

    def backup(self, dest: Path | None = None) -> BackupInfo:
        """A consistent copy through SQLite's backup API, verified before it is reported."""
        target = Path(dest) if dest else opening.backup_path(self.folder)
        if target.exists():
            raise ValidationError(f"{target}: already exists; choose another name")
        problems = verified_backup(self.engine, target)  # integrity + foreign keys, fsync
        if problems:
            raise LibraryDamaged(f"the backup failed its check: {'; '.join(problems[:3])}")
        return BackupInfo(str(target), target.stat().st_size, True, datetime.now(UTC).isoformat())

    def render_body(self, key: str) -> str:
        """HTML of a fiche's body with its wikilinks resolved to ``kb:`` URLs."""
        from kb_app.core.rendering.markdown import render_html
        from kb_app.core.storage.concepts import label_index

        with reading(self.engine) as s:
            body = store.get_row(s, key).body
            labels = label_index(s)
            keys = set(s.scalars(select(Fiche.key).where(Fiche.deleted_at.is_(None))))

        def resolve(target: str) -> str | None:
            if target in keys:
                return f"kb:fiche/{target}"
            concept = labels.resolve(target)
            return f"kb:concept/{concept}" if concept else None

        return render_html(body, resolve)


__all__ = ["Library", "NotFound"]
