"""The results table: a model over ranked keys, rows fetched lazily in batches (Anki DataModel).

Only the keys of a search are held (a tuple of strings); a row is fetched with its batch of
``BATCH`` neighbours the first time a view asks for it, and at most ``MAX_BATCHES`` batches
of rows are cached (least recently used first out), so scrolling 100,000 results costs what
a screenful costs and memory stays flat. Snippets are fetched only for the rows shown.

Columns: ``COLUMNS``. Sorting by a column is done by the core on the worker thread
(``Library.sort_keys``): the model keeps the search's ranked keys and shows them in the
order the core returned; « relevance » shows the ranked keys again without asking anybody.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from kb_app.core.dto import SORT_COLUMNS, FicheRow, IdSearch, Snippet
from kb_app.core.text import without_emphasis
from kb_app.gui import labels
from kb_app.gui.models.result_text import KEYS_MIME, keys_mime, why_text
from kb_app.gui.models.roles import (
    KEY_ROLE,
    KIND_ROLE,
    LOADED_ROLE,
    META_ROLE,
    SNIPPET_ROLE,
    WHY_ROLE,
)
from kb_app.gui.models.row_loader import RowLoader

BATCH = 100
MAX_BATCHES = 12
MAX_SNIPPETS = 400
AnyIndex = QModelIndex | QPersistentModelIndex
_MISSING = object()  # a key the library no longer knows

#: The table's columns, in order; the title is always shown.
COLUMNS = ("title", "authors", "year", "kind", "added", "concepts", "why")
SORTABLE = SORT_COLUMNS


class ResultsModel(QAbstractTableModel):
    result_changed = Signal()
    rows_loaded = Signal(int, int)  # first and last row of a batch just fetched
    sort_changed = Signal()  # the order shown changed (a column, or back to relevance)

    def __init__(self, loader: RowLoader, parent: Any = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._ranked: tuple[str, ...] = ()  # the search's order
        self._keys: tuple[str, ...] = ()  # the order shown
        self._query = ""
        self._generation = 0  # a new result
        self._order = 0  # a new order of the same result
        self._rows: OrderedDict[str, Any] = OrderedDict()  # key -> FicheRow or _MISSING
        self._pending: set[int] = set()  # batches (of the order shown) asked for
        self._snippets: OrderedDict[str, Snippet] = OrderedDict()
        self._snippets_pending: set[str] = set()
        self._inline = False
        self._sort: tuple[str, bool] | None = None
        self.keep_selection = False  # True during a reset that only reorders or extends
        self.total = 0
        self.took_ms = 0.0
        self.mime_for_keys: Callable[[list[str]], QMimeData] = keys_mime

    # -- content -------------------------------------------------------------------------

    def set_result(
        self,
        search: IdSearch,
        query: str,
        first_rows: Sequence[FicheRow] = (),
        order: Sequence[str] | None = None,
    ) -> None:
        """Show a new ranked key list; ``first_rows`` may carry the first batch already.

        ``order``: the same keys already sorted by the column chosen (``sort_state``); when
        a column is chosen and no order is given, the keys are shown ranked and sorted as
        soon as the core answers.
        """
        self.beginResetModel()
        self._generation += 1
        self._ranked = tuple(search.keys)
        self._keys = tuple(order) if order is not None else self._ranked
        self._query = query
        self.total = search.total
        self.took_ms = search.took_ms
        self._rows.clear()
        self._pending.clear()
        self._snippets.clear()
        self._snippets_pending.clear()
        if first_rows:
            self._store(list(first_rows), self._keys[:BATCH])
        self.endResetModel()
        self.result_changed.emit()
        if self._sort is not None and order is None and self._ranked:
            self._request_sort()

    def extend(self, search: IdSearch) -> None:
        """The complete answer to the search shown (its first page came before).

        When the keys shown are the first keys of ``search``, the others are appended and
        nothing already on screen moves; otherwise the list is replaced, keeping the rows
        already fetched. Sorted by a column, the whole answer is sorted before it is shown.
        """
        shown = len(self._ranked)
        if tuple(search.keys[:shown]) != self._ranked:
            known = {k: r for k, r in self._rows.items() if r is not _MISSING}
            first = [known[k] for k in search.keys[:BATCH] if k in known]
            complete = len(first) == min(BATCH, len(search.keys))
            self.set_result(search, self._query, first if complete else ())
            return
        self.total, self.took_ms = search.total, search.took_ms
        if self._sort is not None:
            if len(search.keys) > shown:
                self._ranked = tuple(search.keys)
                self._request_sort()
            self.result_changed.emit()
            return
        if len(search.keys) > shown:
            if shown % BATCH:
                self._pending.discard(shown // BATCH)  # that batch lacks its new keys
            self.beginInsertRows(QModelIndex(), shown, len(search.keys) - 1)
            self._ranked = self._keys = tuple(search.keys)
            self.endInsertRows()
        self.result_changed.emit()

    def clear(self) -> None:
        self.set_result(IdSearch("", (), 0, {}, 0.0), "")

    @property
    def query(self) -> str:
        return self._query

    def ranked_keys(self) -> tuple[str, ...]:
        """Every key, in the order shown (relevance, or the column chosen)."""
        return self._keys

    def search_keys(self) -> tuple[str, ...]:
        """Every key in the search's own order (relevance)."""
        return self._ranked

    def key_at(self, row: int) -> str | None:
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def row_of(self, key: str) -> int | None:
        try:
            return self._keys.index(key)
        except ValueError:
            return None

    def cached_batches(self) -> int:
        return -(-len(self._rows) // BATCH)

    # -- sorting ---------------------------------------------------------------------------

    def sort_state(self) -> tuple[str, bool] | None:
        """``(column, descending)`` when sorted by a column; None for relevance."""
        return self._sort

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt's entry point (a header click): column -1 is relevance."""
        name = COLUMNS[column] if 0 <= column < len(COLUMNS) else None
        self.sort_by(name, order == Qt.SortOrder.DescendingOrder)

    def sort_by(self, column: str | None, descending: bool = False) -> None:
        """Show the keys sorted by ``column`` (one of ``SORTABLE``), or ranked (None)."""
        if column is not None and column not in SORTABLE:
            raise ValueError(f"not a sortable column: {column}")
        wanted = None if column is None else (column, descending)
        if wanted == self._sort:
            return
        self._sort = wanted
        if wanted is None:
            self._apply_order(self._ranked)
        elif self._ranked:
            self._request_sort()
        self.sort_changed.emit()

    def _request_sort(self) -> None:
        if self._sort is None:
            return
        column, descending = self._sort
        generation, wanted, keys = self._generation, self._sort, self._ranked

        def done(order: Sequence[str]) -> None:
            if generation == self._generation and wanted == self._sort and keys == self._ranked:
                self._apply_order(tuple(order))

        self._loader.sort_keys(keys, column, descending, done)

    def _apply_order(self, keys: tuple[str, ...]) -> None:
        """Show ``keys`` (the result's keys, reordered, maybe more of them): rows, snippets,
        the current row and the selection follow their keys."""
        if keys == self._keys:
            return
        if len(keys) != len(self._keys):
            self.keep_selection = True
            try:
                self.beginResetModel()
                self._keys = keys
                self._order += 1
                self._pending.clear()
                self.endResetModel()
            finally:
                self.keep_selection = False
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        position = {k: n for n, k in enumerate(keys)} if old else {}
        previous = self._keys
        self._keys = keys
        self._order += 1
        self._pending.clear()
        moved = [
            self.index(position.get(previous[i.row()], i.row()), i.column())
            if 0 <= i.row() < len(previous)
            else QModelIndex()
            for i in old
        ]
        self.changePersistentIndexList(old, moved)
        self.layoutChanged.emit()

    # -- Qt model --------------------------------------------------------------------------

    def index(self, row: int, column: int = 0, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._keys) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        name = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_label(name)
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            descending = name in ("added", "concepts")  # newest, richest first
            return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        if role == Qt.ItemDataRole.ToolTipRole and name not in SORTABLE:
            return self.tr("Cette colonne ne se trie pas")
        return None

    def column_label(self, name: str) -> str:
        texts = {
            "title": self.tr("Titre"),
            "authors": self.tr("Auteurs"),
            "year": self.tr("Année"),
            "kind": self.tr("Type"),
            "added": self.tr("Ajoutée le"),
            "concepts": self.tr("Concepts"),
            "why": self.tr("Correspondance"),
        }
        return texts[name]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:
        return [KEYS_MIME, "text/plain"]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return self.mime_for_keys([self._keys[r] for r in rows if r < len(self._keys)])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._keys):
            return None
        key = self._keys[index.row()]
        if role == KEY_ROLE:
            return key
        row = self._row(index.row())
        if role == LOADED_ROLE:
            return row is not None
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return self.tr("Chargement…")
            return None
        if row is _MISSING:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return self.tr("(fiche introuvable)")
            return None
        return self._role_data(row, key, COLUMNS[index.column()], role)

    def _role_data(self, row: FicheRow, key: str, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(row, key, column)
        if role == KIND_ROLE:
            return row.kind
        if role == META_ROLE:
            return _meta(row)
        if role == SNIPPET_ROLE:
            snippet = self._snippets.get(key)
            return snippet.html if snippet else ""
        if role == WHY_ROLE:
            return self.why(key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            why = self.why(key)
            return f"{without_emphasis(row.title)}. {_meta(row)}" + (f". {why}" if why else "")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("year", "added"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _cell(self, row: FicheRow, key: str, column: str) -> str:
        if column == "title":
            return without_emphasis(row.title)
        if column == "authors":
            return labels.people_text(row.people)
        if column == "year":
            return str(row.year) if row.year else ""
        if column == "kind":
            return labels.kind_label(row.kind)
        if column == "added":
            return row.added
        if column == "concepts":
            return ", ".join(labels.concept_name(c) for c in row.concepts)  # window's language
        return self.why(key)

    def _tooltip(self, row: FicheRow, key: str) -> str:
        lines = [without_emphasis(row.title), _meta(row)]
        why = self.why(key)
        if why:
            lines.append(self.tr("Pourquoi : %1").replace("%1", why))
        snippet = self._snippets.get(key)
        if snippet and snippet.text:
            lines += ["", snippet.text]
        return "\n".join(lines)

    def why(self, key: str) -> str:
        """Why the fiche matched the query, in the window's language ("" before its snippet
        came, or without a query)."""
        snippet = self._snippets.get(key)
        return why_text(snippet) if snippet and self._query.strip() else ""

    # -- lazy rows -------------------------------------------------------------------------

    def _row(self, row: int) -> Any:
        key = self._keys[row]
        found = self._rows.get(key)
        if found is None:
            self._request(row // BATCH)
            found = self._rows.get(key)  # a direct loader answers at once
            if found is None:
                return None
        self._rows.move_to_end(key)
        return found

    def _request(self, batch: int) -> None:
        if batch in self._pending:
            return
        self._pending.add(batch)
        generation, order = self._generation, self._order
        keys = self._keys[batch * BATCH : (batch + 1) * BATCH]
        self._inline = True
        try:
            self._loader.load_rows(
                keys, lambda rows: self._on_rows(generation, order, batch, keys, rows)
            )
        finally:
            self._inline = False

    def _on_rows(
        self,
        generation: int,
        order: int,
        batch: int,
        keys: Sequence[str],
        rows: list[FicheRow],
    ) -> None:
        if generation != self._generation:
            return  # a newer search replaced these keys
        self._store(rows, keys)
        if order != self._order:  # the same rows, shown in another order now
            if not self._inline and self._keys:
                self._changed(0, len(self._keys) - 1)
            return
        self._pending.discard(batch)
        first = batch * BATCH
        last = min(len(self._keys), first + BATCH) - 1
        if not self._inline and last >= first:
            self._changed(first, last)
        self.rows_loaded.emit(first, last)

    def _changed(self, first: int, last: int, roles: Sequence[int] = ()) -> None:
        top, bottom = self.index(first, 0), self.index(last, len(COLUMNS) - 1)
        self.dataChanged.emit(top, bottom, list(roles))

    def _store(self, rows: list[FicheRow], keys: Sequence[str]) -> None:
        by_key = {r.key: r for r in rows}
        for key in keys:
            self._rows[key] = by_key.get(key, _MISSING)
            self._rows.move_to_end(key)
        while len(self._rows) > BATCH * MAX_BATCHES:
            self._rows.popitem(last=False)

    # -- snippets --------------------------------------------------------------------------

    def request_snippets(self, first: int, last: int) -> None:
        """Fetch extracts for rows ``first..last`` (the rows on screen) that lack one."""
        first, last = max(0, first), min(last, len(self._keys) - 1)
        wanted = [
            k
            for k in self._keys[first : last + 1]
            if k not in self._snippets and k not in self._snippets_pending
        ]
        if not wanted:
            return
        self._snippets_pending.update(wanted)
        generation, order, span = self._generation, self._order, (first, last)
        self._loader.load_snippets(
            self._query,
            wanted,
            lambda found: self._on_snippets(generation, order, span, wanted, found),
        )

    def _on_snippets(
        self,
        generation: int,
        order: int,
        span: tuple[int, int],
        wanted: list[str],
        found: list[Snippet],
    ) -> None:
        if generation != self._generation:
            return
        self._snippets_pending.difference_update(wanted)
        by_key = {s.key: s for s in found}
        for key in wanted:  # keys without an extract are remembered too: asked only once
            self._snippets[key] = by_key.get(key) or Snippet(key, "", "", "")
        while len(self._snippets) > MAX_SNIPPETS:
            self._snippets.popitem(last=False)
        if found and self._keys:
            first, last = span if order == self._order else (0, len(self._keys) - 1)
            self._changed(first, min(last, len(self._keys) - 1), [SNIPPET_ROLE, WHY_ROLE])


def _meta(row: FicheRow) -> str:
    parts = [labels.kind_label(row.kind)]
    if row.year:
        parts.append(str(row.year))
    if row.people:
        parts.append(labels.people_text(row.people))
    return " · ".join(parts)
