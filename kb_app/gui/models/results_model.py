"""The results list: a model over ranked keys, rows fetched lazily in batches (Anki DataModel).

Only the keys of a search are held (a tuple of strings); a row is fetched with its batch of
``BATCH`` neighbours the first time a view asks for it, and at most ``MAX_BATCHES`` batches
are cached (least recently used first out), so scrolling 100,000 results costs what a
screenful costs and memory stays flat. Snippets are fetched only for the rows shown.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from kb_app.core.dto import FicheRow, IdSearch, Snippet
from kb_app.core.text import without_emphasis
from kb_app.gui import labels
from kb_app.gui.models.roles import KEY_ROLE, KIND_ROLE, LOADED_ROLE, META_ROLE, SNIPPET_ROLE
from kb_app.gui.models.row_loader import RowLoader

BATCH = 100
MAX_BATCHES = 12
MAX_SNIPPETS = 400
AnyIndex = QModelIndex | QPersistentModelIndex
_MISSING = object()  # a key the library no longer knows


class ResultsModel(QAbstractListModel):
    result_changed = Signal()
    rows_loaded = Signal(int, int)  # first and last row of a batch just fetched

    def __init__(self, loader: RowLoader, parent: Any = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._keys: tuple[str, ...] = ()
        self._query = ""
        self._generation = 0
        self._batches: OrderedDict[int, dict[str, Any]] = OrderedDict()
        self._pending: set[int] = set()
        self._snippets: OrderedDict[str, Snippet] = OrderedDict()
        self._snippets_pending: set[str] = set()
        self._inline = False
        self.total = 0
        self.took_ms = 0.0

    # -- content -------------------------------------------------------------------------

    def set_result(self, search: IdSearch, query: str, first_rows: Sequence[FicheRow] = ()) -> None:
        """Show a new ranked key list; ``first_rows`` may carry the first batch already."""
        self.beginResetModel()
        self._generation += 1
        self._keys = tuple(search.keys)
        self._query = query
        self.total = search.total
        self.took_ms = search.took_ms
        self._batches.clear()
        self._pending.clear()
        self._snippets.clear()
        self._snippets_pending.clear()
        if first_rows:
            self._store(0, list(first_rows))
        self.endResetModel()
        self.result_changed.emit()

    def extend(self, search: IdSearch) -> None:
        """The complete answer to the search shown (its first page came before).

        When the keys shown are the first keys of ``search``, the others are appended and
        nothing already on screen moves; otherwise the list is replaced, keeping the rows
        already fetched.
        """
        shown = len(self._keys)
        if tuple(search.keys[:shown]) != self._keys:
            known = {k: r for batch in self._batches.values() for k, r in batch.items()}
            first = [known[k] for k in search.keys[:BATCH] if k in known]
            complete = len(first) == min(BATCH, len(search.keys))
            self.set_result(search, self._query, first if complete else ())
            return
        self.total, self.took_ms = search.total, search.took_ms
        if len(search.keys) > shown:
            if shown % BATCH:
                self._batches.pop(shown // BATCH, None)  # that batch lacks its new keys
                self._pending.discard(shown // BATCH)
            self.beginInsertRows(QModelIndex(), shown, len(search.keys) - 1)
            self._keys = tuple(search.keys)
            self.endInsertRows()
            if shown % BATCH:
                self.dataChanged.emit(self.index((shown // BATCH) * BATCH), self.index(shown - 1))
        self.result_changed.emit()

    def clear(self) -> None:
        self.set_result(IdSearch("", (), 0, {}, 0.0), "")

    @property
    def query(self) -> str:
        return self._query

    def ranked_keys(self) -> tuple[str, ...]:
        return self._keys

    def key_at(self, row: int) -> str | None:
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def row_of(self, key: str) -> int | None:
        try:
            return self._keys.index(key)
        except ValueError:
            return None

    def cached_batches(self) -> int:
        return len(self._batches)

    # -- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

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
            return self.tr("Chargement…") if role == Qt.ItemDataRole.DisplayRole else None
        if row is _MISSING:
            return self.tr("(fiche introuvable)") if role == Qt.ItemDataRole.DisplayRole else None
        return self._role_data(row, key, role)

    def _role_data(self, row: FicheRow, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return without_emphasis(row.title)
        if role == KIND_ROLE:
            return row.kind
        if role == META_ROLE:
            return _meta(row)
        if role == SNIPPET_ROLE:
            snippet = self._snippets.get(key)
            return snippet.html if snippet else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            snippet = self._snippets.get(key)
            extra = f"\n\n{snippet.text}" if snippet else ""
            return f"{without_emphasis(row.title)}\n{_meta(row)}{extra}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{without_emphasis(row.title)}. {_meta(row)}"
        return None

    # -- lazy rows -------------------------------------------------------------------------

    def _row(self, row: int) -> Any:
        batch = row // BATCH
        cached = self._batches.get(batch)
        if cached is None:
            self._request(batch)
            cached = self._batches.get(batch)  # a direct loader answers at once
            if cached is None:
                return None
        self._batches.move_to_end(batch)
        return cached.get(self._keys[row], _MISSING)

    def _request(self, batch: int) -> None:
        if batch in self._pending:
            return
        self._pending.add(batch)
        generation = self._generation
        keys = self._keys[batch * BATCH : (batch + 1) * BATCH]
        self._inline = True
        try:
            self._loader.load_rows(keys, lambda rows: self._on_rows(generation, batch, rows))
        finally:
            self._inline = False

    def _on_rows(self, generation: int, batch: int, rows: list[FicheRow]) -> None:
        if generation != self._generation:
            return  # a newer search replaced these keys
        self._pending.discard(batch)
        self._store(batch, rows)
        first = batch * BATCH
        last = min(len(self._keys), first + BATCH) - 1
        if not self._inline and last >= first:
            self.dataChanged.emit(self.index(first), self.index(last))
        self.rows_loaded.emit(first, last)

    def _store(self, batch: int, rows: list[FicheRow]) -> None:
        self._batches[batch] = {r.key: r for r in rows}
        self._batches.move_to_end(batch)
        while len(self._batches) > MAX_BATCHES:
            self._batches.popitem(last=False)

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
        generation = self._generation
        span = (first, last)
        self._loader.load_snippets(
            self._query, wanted, lambda found: self._on_snippets(generation, span, wanted, found)
        )

    def _on_snippets(
        self, generation: int, span: tuple[int, int], wanted: list[str], found: list[Snippet]
    ) -> None:
        if generation != self._generation:
            return
        self._snippets_pending.difference_update(wanted)
        by_key = {s.key: s for s in found}
        for key in wanted:  # keys without an extract are remembered too: asked only once
            self._snippets[key] = by_key.get(key) or Snippet(key, "", "", "")
        while len(self._snippets) > MAX_SNIPPETS:
            self._snippets.popitem(last=False)
        if found:
            first, last = span
            self.dataChanged.emit(self.index(first), self.index(last), [SNIPPET_ROLE])


def _meta(row: FicheRow) -> str:
    parts = [labels.kind_label(row.kind)]
    if row.year:
        parts.append(str(row.year))
    if row.people:
        parts.append(labels.people_text(row.people))
    return " · ".join(parts)
