"""Thesaurus use cases, all in one place: browse, add and edit concepts, relate them, and
the librarian's upkeep (rename, merge, move, delete), the quality report, the SKOS export.

Each change is one transaction over the graph functions of ``thesaurus.ops`` (add, edit,
relate) and ``thesaurus.maintenance`` (rename, merge, move, delete); fiches whose concept
labels changed are recorded as changed, so the index follows.
"""

from __future__ import annotations

from collections.abc import Sequence

from kb_app.core.dto import (
    ConceptDetail,
    ConceptTreeRow,
    DeleteSummary,
    MergeSummary,
    QualityReport,
)
from kb_app.core.library.context import Context
from kb_app.core.storage import concept_views
from kb_app.core.storage.concepts import concept_labels
from kb_app.core.thesaurus import maintenance, ops
from kb_app.core.thesaurus.quality import thesaurus_quality
from kb_app.core.thesaurus.skos_export import export_skos


class Thesaurus:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # -- browsing ------------------------------------------------------------------------------

    def concept(self, label_or_key: str) -> ConceptDetail:
        with self.ctx.read() as s:
            return concept_views.detail(s, concept_views.find(s, label_or_key))

    def concept_tree(self) -> list[ConceptTreeRow]:
        with self.ctx.read() as s:
            return concept_views.tree(s)

    def concept_labels(self) -> list[tuple[str, str, str]]:
        """Every ``(concept key, label, kind)``, kind being pref_fr, pref_en or alt."""
        with self.ctx.read() as s:
            return concept_labels(s)

    def thesaurus_quality(self) -> QualityReport:
        with self.ctx.read() as s:
            return thesaurus_quality(s)

    def export_skos(self) -> str:
        """The whole thesaurus as SKOS Turtle."""
        with self.ctx.read() as s:
            return export_skos(s)

    # -- editing -------------------------------------------------------------------------------

    def add_concept(
        self,
        label: str,
        *,
        label_en: str | None = None,
        definition: str | None = None,
        broader: Sequence[str] = (),
    ) -> ConceptDetail:
        with self.ctx.write() as s:
            concept = ops.add_concept(s, label, label_en, definition, broader)
            return concept_views.detail(s, concept)

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
        with self.ctx.write() as s:
            concept = ops.update_concept(
                s,
                key,
                label=label,
                label_en=label_en,
                definition=definition,
                scope_note=scope_note,
                alt_labels=alt_labels,
            )
            return concept_views.detail(s, concept)

    def relate_concepts(self, a_key: str, b_key: str) -> ConceptDetail:
        with self.ctx.write() as s:
            return concept_views.detail(s, ops.relate_concepts(s, a_key, b_key))

    def unrelate_concepts(self, a_key: str, b_key: str) -> ConceptDetail:
        with self.ctx.write() as s:
            return concept_views.detail(s, ops.unrelate_concepts(s, a_key, b_key))

    # -- upkeep --------------------------------------------------------------------------------

    def rename_concept(
        self,
        key: str,
        new_label_fr: str,
        new_label_en: str | None = None,
        *,
        keep_old_as_alt: bool = True,
    ) -> ConceptDetail:
        with self.ctx.write() as s:
            concept = maintenance.rename_concept(
                s, key, new_label_fr, new_label_en, keep_old_as_alt=keep_old_as_alt
            )
            return concept_views.detail(s, concept)

    def merge_concepts(self, source_key: str, target_key: str) -> MergeSummary:
        with self.ctx.write() as s:
            return maintenance.merge_concepts(s, source_key, target_key)

    def move_concept(self, key: str, new_broader_keys: Sequence[str]) -> ConceptDetail:
        with self.ctx.write() as s:
            return concept_views.detail(s, maintenance.move_concept(s, key, new_broader_keys))

    def delete_concept(self, key: str) -> DeleteSummary:
        with self.ctx.write() as s:
            return maintenance.delete_concept(s, key)
