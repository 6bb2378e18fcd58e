"""What a search costs before it runs: no write lock when nothing is pending, one read.

A keystroke (``search_page``) reads the base once (the outbox's size and the thesaurus stamp
in one query) and takes the write lock only when the outbox holds work to drain. What that
read stands for is never cached across searches: a change committed by another process (here
a second ``Library`` on the same folder) is seen by the next search.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from kb_app.core.dto import FicheDraft
from kb_app.core.library import Library
from kb_app.core.storage import changes
from kb_app.core.storage.session import reading

PORTO = "case-porto-alegre-budget-participatif"


@contextmanager
def begins(engine: Engine) -> Iterator[list[str]]:
    """Every BEGIN the engine's connections send, in order (``BEGIN`` or ``BEGIN IMMEDIATE``)."""
    seen: list[str] = []

    def listen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.strip().upper().startswith("BEGIN"):
            seen.append(statement.strip().upper())

    event.listen(engine, "before_cursor_execute", listen)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", listen)


def _pending(lib: Library) -> int:
    with reading(lib.engine) as s:
        return changes.pending(s)


def test_a_keystroke_takes_no_write_lock_and_reads_once(library: Library) -> None:
    library.search_page("budget")  # the index built, the thesaurus loaded
    assert _pending(library) == 0
    with begins(library.engine) as seen:
        page = library.search_page("budget participatif")
        assert page.keys
        assert not page.partial
        assert seen == ["BEGIN"]  # one read session, no BEGIN IMMEDIATE
        library.rows(page.keys[:20])
        assert seen == ["BEGIN", "BEGIN"]
    with begins(library.engine) as seen:  # the full answer and snippets: no write either
        library.search_ids("budget participatif")
        library.snippets("budget participatif", [PORTO])
        assert "BEGIN IMMEDIATE" not in seen


def test_a_drain_with_nothing_pending_takes_no_write_lock(library: Library) -> None:
    library.search_page("budget")  # the index built
    indexer = library.search_service.indexer  # the drain itself, not through search
    assert indexer.index.ready
    with begins(library.engine) as seen:
        assert indexer.drain() == 0
    assert "BEGIN IMMEDIATE" not in seen


def test_another_process_change_is_seen_by_the_next_search(library_path: Path) -> None:
    first = Library.open(library_path)
    try:
        assert first.search_page("zorglubisme").keys == ()  # index and caches warm
        assert first.search_ids('concept:"zorglubisme"').total == 0
        second = Library.open(library_path)
        try:
            added = second.add(FicheDraft(kind="analysis", title="Zorglubisme municipal"))
            concept = second.concept("budget participatif")
            second.update_concept(
                concept.key,
                label=concept.label,
                label_en=concept.label_en,
                definition=concept.definition,
                scope_note=concept.scope_note,
                alt_labels=(*concept.alt_labels, "zorglubisme"),
            )
        finally:
            second.close()
        assert added.key in first.search_page("zorglubisme municipal").keys
        via_thesaurus = first.search_ids('concept:"zorglubisme"')
        assert PORTO in via_thesaurus.keys
    finally:
        first.close()


def test_a_change_left_pending_by_another_process_is_drained_by_the_next_search(
    library_path: Path,
) -> None:
    first = Library.open(library_path)
    try:
        first.search_page("budget")
        second = Library.open(library_path, indexing="off")  # writes, never indexes
        try:
            added = second.add(FicheDraft(kind="analysis", title="Zorglubisme rural"))
        finally:
            second.close()
        assert _pending(first) >= 1
        with begins(first.engine) as seen:
            page = first.search_page("zorglubisme")
        assert page.keys == (added.key,)
        assert not page.partial
        assert "BEGIN IMMEDIATE" in seen  # the drain claimed and acknowledged it
        assert _pending(first) == 0
    finally:
        first.close()
