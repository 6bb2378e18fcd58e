"""Facets beside the results: kind, concept and dossier counts from ``IdSearch.facets``.

Two levels: a group per facet, then one entry per value with its count (column 1). An
entry's check state says whether its filter is active; clicking it toggles the filter
(the panel turns that into ``SearchFilters``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont

from kb_app.core.dto import SearchFilters
from kb_app.gui import labels
from kb_app.gui.models.roles import FACET_ROLE
from kb_app.gui.models.tree_model import AnyIndex, TreeModel

FACETS = ("kind", "concept", "dossier")


@dataclass
class FacetEntry:
    facet: str
    value: str
    label: str
    count: int
    active: bool


@dataclass
class FacetGroup:
    facet: str
    title: str
    entries: list[FacetEntry] = field(default_factory=list)


def active_value(filters: SearchFilters, facet: str) -> str | None:
    value = getattr(filters, facet, None)
    return value if isinstance(value, str) else None


class FacetsModel(TreeModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[FacetGroup] = []

    def set_facets(
        self,
        facets: Mapping[str, Any],
        filters: SearchFilters,
        titles: Mapping[str, str] | None = None,
    ) -> None:
        """``titles`` names dossiers (the facets give their keys)."""
        self.beginResetModel()
        self._groups = [self._group(f, facets.get(f) or {}, filters, titles or {}) for f in FACETS]
        self._groups = [g for g in self._groups if g.entries]
        self.endResetModel()

    def _group(
        self,
        facet: str,
        counts: Mapping[str, int],
        filters: SearchFilters,
        titles: Mapping[str, str],
    ) -> FacetGroup:
        titles_by_facet = {
            "kind": self.tr("Type de fiche"),
            "concept": self.tr("Concept"),
            "dossier": self.tr("Dossier"),
        }
        active = active_value(filters, facet)
        group = FacetGroup(facet, titles_by_facet[facet])
        for value, count in counts.items():
            if facet == "kind":
                label = labels.kind_label(value)
            elif facet == "dossier":
                label = titles.get(value, value)
            else:
                label = labels.concept_name(value)  # in English when the thesaurus has it
            group.entries.append(FacetEntry(facet, value, label, int(count), value == active))
        if active and not any(e.active for e in group.entries):
            label = labels.kind_label(active) if facet == "kind" else titles.get(active, active)
            group.entries.insert(0, FacetEntry(facet, active, label, 0, True))
        return group

    def group_titles(self) -> list[str]:
        return [g.title for g in self._groups]

    def entries(self, facet: str) -> list[FacetEntry]:
        return next((g.entries for g in self._groups if g.facet == facet), [])

    def entry(self, index: AnyIndex) -> FacetEntry | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1].entries[index.row()]

    # -- Qt model --------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent_index(self, index: AnyIndex) -> QModelIndex:
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].entries)
        return 0

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entry(index)
        if entry is None:
            return self._group_data(self._groups[index.row()], index.column(), role)
        return self._entry_data(entry, index.column(), role)

    def _group_data(self, group: FacetGroup, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return group.title
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _entry_data(self, entry: FacetEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.label if column == 0 else str(entry.count)
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if entry.active else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            verb = self.tr("Retirer ce filtre") if entry.active else self.tr("Filtrer sur")
            return f"{verb} : {entry.label} ({entry.count})"
        if role == FACET_ROLE:
            return (entry.facet, entry.value)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Filtre") if section == 0 else self.tr("Fiches")
        return None
