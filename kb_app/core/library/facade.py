"""Library: the one facade the CLI, the GUI and the tests call.

An open library is a ``Context`` (folder, engine, read-only flag, clock) and the use-case
services composed over it; the facade's verbs are the services' methods, bound here under
one name each, so a caller needs only ``Library`` and the types of ``kb_app.core.dto``.
Every method returns plain frozen data, never ORM objects, and every change is one
transaction: applied entirely or not at all, the index following after the commit.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Engine

from kb_app.core.errors import LibraryError, NotALibrary
from kb_app.core.library.atlas import AtlasViews
from kb_app.core.library.attachments import Attachments
from kb_app.core.library.batch import Batches
from kb_app.core.library.bulk import Bulk
from kb_app.core.library.citations import Citations, add_citation_style, citation_styles
from kb_app.core.library.context import Context, ProgressCallback
from kb_app.core.library.exports import Exports
from kb_app.core.library.fiches import Fiches
from kb_app.core.library.imports import Imports
from kb_app.core.library.maintenance import Maintenance
from kb_app.core.library.merge import Merging
from kb_app.core.library.personal import Personal
from kb_app.core.library.relocation import Relocation, note_path
from kb_app.core.library.search import Search
from kb_app.core.library.sorting import Sorting
from kb_app.core.library.thesaurus import Thesaurus
from kb_app.core.paths import default_library_dir, resources_dir
from kb_app.core.search.indexer import Indexer
from kb_app.core.upkeep import opening


class Library:
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
        folder = Path(folder).expanduser().absolute()
        moved_note = note_path(folder)
        if moved_note.is_file():  # « Déplacer la bibliothèque… » left it: writes here are lost
            raise LibraryError("library.moved_away", path=str(folder), note=str(moved_note))
        #: Opened read-only (asked, or the folder or database may not be written): every
        #: change fails with SQLITE_READONLY before anything is written (see
        #: ``storage_failure``); nothing is migrated, indexed or backed up.
        read_only = read_only or not opening.is_writable(folder)
        if not read_only and not opening.check_openable(folder):
            if not create:
                raise NotALibrary("library.none_here", path=str(folder))
            from kb_app.core.seed.loader import load_bundle  # only to create a library

            bundle = load_bundle(seed_resources or resources_dir())
            opening.create(folder, bundle, on_progress)
        engine = (opening.open_read_only if read_only else opening.open_existing)(folder)
        self.ctx = Context(folder, engine, read_only, on_progress)
        self._compose(indexing)

    def _compose(self, indexing: str) -> None:
        ctx = self.ctx
        self.search_service = Search(ctx, indexing)
        self.sorting = Sorting(ctx, self.search_service)
        self.fiches = Fiches(ctx)
        self.thesaurus = Thesaurus(ctx)
        self.atlas_views = AtlasViews(ctx)
        self.imports = Imports(ctx)
        self.exports = Exports(ctx, self.search_service)
        self.merging = Merging(ctx)
        self.attachments = Attachments(ctx)
        self.personal = Personal(ctx)
        self.citations = Citations(self.fiches)
        self.maintenance = Maintenance(ctx, self.search_service)
        self.batches = Batches(ctx)
        self.bulk = Bulk(ctx)
        self.relocation = Relocation(ctx)
        self._bind_verbs()

    def _bind_verbs(self) -> None:  # one line a verb, grouped by service
        fiches, search, thesaurus = self.fiches, self.search_service, self.thesaurus
        # fiches
        self.get = fiches.get
        self.list_fiches = fiches.list_fiches
        self.trash = fiches.trash
        self.draft = fiches.draft
        self.render_body = fiches.render_body
        self.reading_list = fiches.reading_list
        self.add = fiches.add
        self.update = fiches.update
        self.delete = fiches.delete
        self.restore = fiches.restore
        self.link = fiches.link
        self.unlink = fiches.unlink
        self.index = fiches.index
        self.unindex = fiches.unindex
        self.dossier_add = fiches.dossier_add
        self.dossier_remove = fiches.dossier_remove
        self.add_many = self.batches.add_many
        # many fiches at once (a selection): one transaction each
        bulk = self.bulk
        self.index_many = bulk.index_many
        self.unindex_many = bulk.unindex_many
        self.index_pairs = bulk.index_pairs
        self.unindex_pairs = bulk.unindex_pairs
        self.delete_many = bulk.delete_many
        self.restore_many = bulk.restore_many
        self.dossier_add_many = bulk.dossier_add_many
        self.dossier_remove_many = bulk.dossier_remove_many
        self.basket_add_many = bulk.basket_add_many
        self.basket_remove_many = bulk.basket_remove_many
        # search
        self.search = search.search
        self.search_ids = search.search_ids
        self.search_page = search.search_page
        self.rows = search.rows
        self.snippets = search.snippets
        self.sort_keys = self.sorting.sort_keys
        self.reindex = search.reindex
        self.index_state = search.index_state
        self.index_drift = search.index_drift
        self.index_lag = search.index_lag
        # thesaurus
        self.concept = thesaurus.concept
        self.concept_tree = thesaurus.concept_tree
        self.concept_labels = thesaurus.concept_labels
        self.add_concept = thesaurus.add_concept
        self.update_concept = thesaurus.update_concept
        self.relate_concepts = thesaurus.relate_concepts
        self.unrelate_concepts = thesaurus.unrelate_concepts
        self.rename_concept = thesaurus.rename_concept
        self.merge_concepts = thesaurus.merge_concepts
        self.move_concept = thesaurus.move_concept
        self.delete_concept = thesaurus.delete_concept
        self.thesaurus_quality = thesaurus.thesaurus_quality
        self.export_skos = thesaurus.export_skos
        self.atlas = self.atlas_views.atlas  # the two axes crossed (issue 16)
        self.glossary = self.atlas_views.glossary
        # imports, exports, duplicates and merging, citations
        self.preview_import = self.imports.preview_import
        self.import_file = self.imports.import_file
        self.export_keys = self.exports.export_keys
        self.export = self.exports.export
        self.duplicates = self.merging.duplicates
        self.likely_duplicates = self.merging.likely_duplicates
        self.not_duplicate = self.merging.not_duplicate
        self.merge_fields = self.merging.merge_fields
        self.merge = self.merging.merge
        self.cite = self.citations.cite
        self.bibliography = self.citations.bibliography
        self.cite_in_text = self.citations.cite_in_text
        self.citation_styles = citation_styles
        self.add_citation_style = add_citation_style
        self.compile_bibliography = self.citations.compile
        # attachments
        self.add_attachment = self.attachments.add_attachment
        self.attachments_of = self.attachments.attachments_of
        self.attachment_path = self.attachments.attachment_path
        self.remove_attachment = self.attachments.remove_attachment
        self.sweep_attachments = self.attachments.sweep_attachments
        # personal state
        personal = self.personal
        self.basket = personal.basket
        self.basket_add = personal.basket_add
        self.basket_remove = personal.basket_remove
        self.basket_move = personal.basket_move
        self.basket_clear = personal.basket_clear
        self.record_visit = personal.record_visit
        self.history = personal.history
        self.clear_history = personal.clear_history
        self.save_search = personal.save_search
        self.saved_searches = personal.saved_searches
        self.delete_saved_search = personal.delete_saved_search
        self.set_note = personal.set_note
        self.note = personal.note
        # keeping it sound
        self.stats = self.maintenance.stats
        self.check = self.maintenance.check
        self.backup = self.maintenance.backup
        self.backups = self.maintenance.backups
        self.auto_backup = self.maintenance.auto_backup
        self.copy_to = self.relocation.copy_to  # « Déplacer la bibliothèque… » (folders)

    @classmethod
    def open(cls, folder: Path | str | None = None, **kwargs: Any) -> Library:
        """Open the library at ``folder`` (default: KB_LIBRARY or the user data folder)."""
        return cls(Path(folder) if folder else default_library_dir(), **kwargs)

    # -- what callers read of the open library --------------------------------------------

    @property
    def folder(self) -> Path:
        return self.ctx.folder

    @property
    def engine(self) -> Engine:
        return self.ctx.engine

    @property
    def indexer(self) -> Indexer:
        """The index's one writer (tests and ``kb check`` look at it)."""
        return self.search_service.indexer

    @property
    def read_only(self) -> bool:
        return self.ctx.read_only

    @property
    def indexing(self) -> str:
        return self.search_service.indexing

    @property
    def db_path(self) -> Path:
        return self.ctx.folder / opening.DB_NAME

    def close(self) -> None:
        self.search_service.close()
        self.ctx.engine.dispose()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()
