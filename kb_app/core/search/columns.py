"""Per-segment column caches: what filters and facets need, without SQL, per generation.

A Whoosh segment never changes once written (only deletions are added, and deleted
documents never match a query), so its columns are read once and kept; a new generation
only reads its new segments. A ``View`` concatenates them in global document order.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SegmentData:
    keys: list[str]
    fids: list[int]
    kinds: list[str]
    years: list[int]  # 0 when unknown
    concepts: list[tuple[int, ...]]
    dossiers: list[tuple[int, ...]]


@dataclass(frozen=True)
class View:
    """Column values by global document number for one index generation."""

    generation: int
    keys: list[str]
    fids: list[int]
    kinds: list[str]
    years: list[int]
    concepts: list[tuple[int, ...]]
    dossiers: list[tuple[int, ...]]


def _ids(raw: Any) -> tuple[int, ...]:
    text = raw.decode() if isinstance(raw, bytes) else str(raw or "")
    return tuple(int(x) for x in text.split())


def _read(segment_reader: Any) -> SegmentData:
    def column(name: str) -> list[Any]:
        return list(segment_reader.column_reader(name, translate=True))

    return SegmentData(
        keys=[str(k) for k in column("key")],
        fids=[int(v) for v in column("fid")],
        kinds=[b.decode() if isinstance(b, bytes) else str(b) for b in column("kind")],
        years=[int(v or 0) for v in column("year")],
        concepts=[_ids(v) for v in column("concept_ids")],
        dossiers=[_ids(v) for v in column("dossier_ids")],
    )


class ColumnCache:
    def __init__(self) -> None:
        self._segments: dict[str, SegmentData] = {}
        self._view: View | None = None
        self._lock = threading.Lock()

    def view(self, searcher: Any) -> View:
        reader = searcher.reader()
        generation = reader.generation()
        with self._lock:
            if self._view is not None and self._view.generation == generation:
                return self._view
        parts: list[SegmentData] = []
        seen: set[str] = set()
        for leaf, _offset in reader.leaf_readers():
            segment = leaf.segment()
            segid = segment.segment_id() if segment is not None else str(id(leaf))
            seen.add(segid)
            with self._lock:
                data = self._segments.get(segid)
            if data is None:
                data = _read(leaf)
                with self._lock:
                    self._segments[segid] = data
            parts.append(data)  # leaf_readers() come in global document order
        view = View(
            generation,
            [k for p in parts for k in p.keys],
            [f for p in parts for f in p.fids],
            [k for p in parts for k in p.kinds],
            [y for p in parts for y in p.years],
            [c for p in parts for c in p.concepts],
            [d for p in parts for d in p.dossiers],
        )
        with self._lock:
            for stale in set(self._segments) - seen:
                del self._segments[stale]
            self._view = view
        return view

    def clear(self) -> None:
        with self._lock:
            self._segments.clear()
            self._view = None
