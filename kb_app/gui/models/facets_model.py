"""Facets beside the results: kinds, concepts, years and dossiers with their counts.

A group per facet, then its entries with their count (column 1). Concepts are a tree, as in
the thesaurus tab: a concept's count includes the fiches of its narrower concepts (the count
ticking it gives). Years are grouped by decade when the matches span several. An entry's
check state says whether its filter is active; clicking it toggles the filter (the panel
turns that into ``SearchFilters``).

Entries stay still while the user works with them: ``set_facets(..., keep_order=True)``
keeps every entry where it was (its count updated, 0 when it has no match left) and appends
new ones after their siblings, so the entry under the cursor is the one just clicked. When
nothing moves, the rows are updated in place (the view keeps its expansion, scroll and
current row); otherwise the model is reset and the panel restores them by ``path``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from kb_app.core.dto import SearchFilters
from kb_app.gui import labels
from kb_app.gui.models.roles import FACET_ROLE
from kb_app.gui.models.tree_model import AnyIndex, TreeModel

FACETS = ("kind", "concept", "year", "dossier")
Path = tuple[str, ...]


@dataclass(eq=False)
class FacetEntry:
    facet: str
    value: str  # a kind, a concept key, a dossier key, a year « 2004 » or a decade « 2000-2009 »
    label: str
    count: int
    active: bool = False
    direct: int | None = None  # concepts: the fiches indexed with the concept itself
    children: list[FacetEntry] = field(default_factory=list)
    parent: FacetEntry | None = None  # None for an entry at the top of its group
    group: FacetGroup | None = None

    def path(self) -> Path:
        above = self.parent.path() if self.parent is not None else (self.facet,)
        return (*above, self.value)

    def siblings(self) -> list[FacetEntry]:
        if self.parent is not None:
            return self.parent.children
        return self.group.entries if self.group is not None else []


@dataclass(eq=False)
class FacetGroup:
    facet: str
    title: str
    entries: list[FacetEntry] = field(default_factory=list)

    def path(self) -> Path:
        return (self.facet,)


Node = FacetGroup | FacetEntry


def active_value(filters: SearchFilters, facet: str) -> str | None:
    value = getattr(filters, facet, None)
    return value if isinstance(value, str) else None


def year_span(value: str) -> tuple[int, int]:
    """``(first, last)`` year of a year entry's value: « 2004 » or « 2000-2009 »."""
    first, _, last = value.partition("-")
    return int(first), int(last or first)


class FacetsModel(TreeModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[FacetGroup] = []

    # -- building --------------------------------------------------------------------------

    def set_facets(
        self,
        facets: Mapping[str, Any],
        filters: SearchFilters,
        titles: Mapping[str, str] | None = None,
        *,
        keep_order: bool = False,
    ) -> None:
        """``titles`` names dossiers (the facets give their keys). ``keep_order``: every
        entry shown stays where it is (see the module's docstring)."""
        old = self._groups if keep_order else []
        decades = next((any(e.children for e in g.entries) for g in old if g.facet == "year"), None)
        groups = [self._group(f, facets, titles or {}, decades) for f in FACETS]
        if old:
            groups = _merge_groups(old, groups)
        for group in groups:
            for entry in _walk(group.entries):
                entry.group = group
                entry.active = _is_active(entry, filters)
            self._add_missing_active(group, filters, titles or {}, first=not old)
        shown = {g.facet for g in old}
        groups = [g for g in groups if g.entries or g.facet in shown]
        if old and _shape(old) == _shape(groups):
            self._update_in_place(groups)
        else:
            self.beginResetModel()
            self._groups = groups
            self.endResetModel()

    def _group(
        self,
        facet: str,
        facets: Mapping[str, Any],
        titles: Mapping[str, str],
        decades: bool | None,
    ) -> FacetGroup:
        titles_by_facet = {
            "kind": self.tr("Type de fiche"),
            "concept": self.tr("Concepts (plus précis inclus)"),
            "year": self.tr("Année"),
            "dossier": self.tr("Dossier"),
        }
        group = FacetGroup(facet, titles_by_facet[facet])
        if facet == "concept":
            group.entries = _concept_entries(facets)
        elif facet == "year":
            group.entries = self._year_entries(facets.get("years") or {}, decades)
        else:
            for value, count in (facets.get(facet) or {}).items():
                label = labels.kind_label(value) if facet == "kind" else titles.get(value, value)
                group.entries.append(FacetEntry(facet, value, label, int(count)))
        return group

    def _year_entries(self, years: Mapping[Any, int], decades: bool | None) -> list[FacetEntry]:
        counts = sorted(((int(y), int(n)) for y, n in years.items()), reverse=True)
        by_decade: dict[int, list[tuple[int, int]]] = {}
        for year, count in counts:
            by_decade.setdefault(year - year % 10, []).append((year, count))
        if decades is None:
            decades = len(by_decade) > 1 and len(counts) > 6
        if not decades:
            return [FacetEntry("year", str(y), str(y), n) for y, n in counts]
        entries = []
        for start, inside in by_decade.items():
            label = self.tr("%1–%2").replace("%1", str(start)).replace("%2", str(start + 9))
            decade = FacetEntry("year", f"{start}-{start + 9}", label, sum(n for _, n in inside))
            decade.children = [
                FacetEntry("year", str(y), str(y), n, parent=decade) for y, n in inside
            ]
            entries.append(decade)
        return entries

    def _add_missing_active(
        self, group: FacetGroup, filters: SearchFilters, titles: Mapping[str, str], first: bool
    ) -> None:
        """An active filter with no match still shows, ticked, so it can be unticked: first
        in its group, or last when the entries keep their order."""
        active = active_value(filters, group.facet)
        if not active or any(e.active for e in _walk(group.entries)):
            return
        label = labels.kind_label(active) if group.facet == "kind" else titles.get(active, active)
        entry = FacetEntry(group.facet, active, label, 0, True, group=group)
        group.entries.insert(0 if first else len(group.entries), entry)

    def _update_in_place(self, groups: list[FacetGroup]) -> None:
        """Same rows in the same places: copy the new counts and states into the shown nodes."""
        for old_group, new_group in zip(self._groups, groups, strict=True):
            for old, new in zip(_walk(old_group.entries), _walk(new_group.entries), strict=True):
                old.count, old.direct, old.active, old.label = (
                    new.count,
                    new.direct,
                    new.active,
                    new.label,
                )
        for node, row, _parent in self._rows():
            if isinstance(node, FacetEntry):
                self.dataChanged.emit(
                    self.createIndex(row, 0, node), self.createIndex(row, 1, node)
                )

    # -- reading ---------------------------------------------------------------------------

    def group_titles(self) -> list[str]:
        return [g.title for g in self._groups]

    def entries(self, facet: str) -> list[FacetEntry]:
        """The entries at the top of a facet's group (concepts: the broadest ones)."""
        return next((g.entries for g in self._groups if g.facet == facet), [])

    def all_entries(self, facet: str) -> list[FacetEntry]:
        """Every entry of a facet's group, depth first."""
        return list(_walk(self.entries(facet)))

    def entry(self, index: AnyIndex) -> FacetEntry | None:
        node = self._node(index)
        return node if isinstance(node, FacetEntry) else None

    def path(self, index: AnyIndex) -> Path | None:
        node = self._node(index)
        return node.path() if node is not None else None

    def find(self, path: Sequence[str]) -> QModelIndex:
        """The index of the node at ``path`` (invalid when there is none)."""
        for node, row, _parent in self._rows():
            if node.path() == tuple(path):
                return self.createIndex(row, 0, node)
        return QModelIndex()

    def find_entry(self, facet: str, value: str) -> QModelIndex:
        """The first index showing that entry (invalid when absent)."""
        for node, row, _parent in self._rows():
            if isinstance(node, FacetEntry) and (node.facet, node.value) == (facet, value):
                return self.createIndex(row, 0, node)
        return QModelIndex()

    def _rows(self) -> Iterator[tuple[Node, int, Node | None]]:
        """Every node, depth first, with its row and its parent node."""
        stack: list[tuple[Node, int, Node | None]] = [
            (g, r, None) for r, g in reversed(list(enumerate(self._groups)))
        ]
        while stack:
            node, row, parent = stack.pop()
            yield node, row, parent
            kids = node.entries if isinstance(node, FacetGroup) else node.children
            stack += [(k, r, node) for r, k in reversed(list(enumerate(kids)))]

    def _node(self, index: AnyIndex) -> Node | None:
        if not index.isValid():
            return None
        node: Node = index.internalPointer()
        return node

    # -- Qt model --------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._children(parent)[row])

    def _children(self, parent: AnyIndex) -> Sequence[Node]:
        node = self._node(parent)
        if node is None:
            return self._groups
        return node.entries if isinstance(node, FacetGroup) else node.children

    def parent_index(self, index: AnyIndex) -> QModelIndex:
        node = self._node(index)
        if not isinstance(node, FacetEntry):
            return QModelIndex()
        if node.parent is not None:
            above = node.parent
            return self.createIndex(above.siblings().index(above), 0, above)
        group = node.group
        if group is None or group not in self._groups:
            return QModelIndex()
        return self.createIndex(self._groups.index(group), 0, group)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        if isinstance(node, FacetGroup):
            return self._group_data(node, index.column(), role)
        return self._entry_data(node, index.column(), role)

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
        if role == Qt.ItemDataRole.ForegroundRole and entry.count == 0 and not entry.active:
            palette = QGuiApplication.palette()
            return palette.brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry)
        if role == FACET_ROLE:
            return (entry.facet, entry.value)
        return None

    def _tooltip(self, entry: FacetEntry) -> str:
        verb = self.tr("Retirer ce filtre") if entry.active else self.tr("Filtrer sur")
        text = f"{verb} : {entry.label} ({entry.count})"
        if entry.facet == "concept" and entry.direct is not None:
            text += "\n" + (
                self.tr("%1 fiche(s), dont %2 indexée(s) avec ce concept même")
                .replace("%1", str(entry.count))
                .replace("%2", str(entry.direct))
            )
        return text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Filtre") if section == 0 else self.tr("Fiches")
        return None


def _concept_entries(facets: Mapping[str, Any]) -> list[FacetEntry]:
    """The concept tree from the ``concept_tree`` facet (depth-first rows with depth)."""
    rows = facets.get("concept_tree")
    if rows is None:  # an answer without the tree: the most frequent concepts, flat
        flat = facets.get("concept") or {}
        return [
            FacetEntry("concept", label, labels.concept_name(label), int(n))
            for label, n in flat.items()
        ]
    top: list[FacetEntry] = []
    stack: list[FacetEntry] = []
    for row in rows:
        del stack[int(row["depth"]) :]
        parent = stack[-1] if stack else None
        entry = FacetEntry(
            "concept",
            str(row["key"]),
            labels.concept_name(str(row["label"])),  # English when the thesaurus has it
            int(row["total"]),
            direct=int(row["direct"]),
            parent=parent,
        )
        (parent.children if parent is not None else top).append(entry)
        stack.append(entry)
    return top


def _is_active(entry: FacetEntry, filters: SearchFilters) -> bool:
    if entry.facet == "year":
        return (filters.year_from, filters.year_to) == year_span(entry.value)
    if entry.facet == "concept":
        return filters.concept is not None and filters.concept in (entry.value, entry.label)
    return active_value(filters, entry.facet) == entry.value


def _walk(entries: Sequence[FacetEntry]) -> Iterator[FacetEntry]:
    for entry in entries:
        yield entry
        yield from _walk(entry.children)


def _shape(groups: Sequence[FacetGroup]) -> list[Path]:
    return [p for g in groups for p in [g.path(), *(e.path() for e in _walk(g.entries))]]


def _merge_groups(old: Sequence[FacetGroup], fresh: Sequence[FacetGroup]) -> list[FacetGroup]:
    """The groups shown stay in their places; a group that was not shown comes after them."""
    by_facet = {g.facet: g for g in fresh}
    merged = []
    for group in old:
        new = by_facet.pop(group.facet, None) or FacetGroup(group.facet, group.title)
        new.entries = _merge(group.entries, new.entries, None)
        merged.append(new)
    merged += [g for g in fresh if g.facet in by_facet]
    return merged


def _merge(
    old: Sequence[FacetEntry], new: Sequence[FacetEntry], parent: FacetEntry | None
) -> list[FacetEntry]:
    """``new``'s entries in ``old``'s order; an entry gone keeps its place with a count of 0;
    entries not shown before come last, in their own order."""
    fresh = {e.value: e for e in new}
    merged: list[FacetEntry] = []
    for before in old:
        entry = fresh.pop(before.value, None)
        if entry is None:
            direct = None if before.direct is None else 0
            entry = FacetEntry(before.facet, before.value, before.label, 0, direct=direct)
        entry.children = _merge(before.children, entry.children, entry)
        merged.append(entry)
    merged += [e for e in new if e.value in fresh]
    for entry in merged:
        entry.parent = parent
    return merged
