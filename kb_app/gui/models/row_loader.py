"""Where the results model gets its rows and snippets: the worker thread, or directly.

The model asks for a batch of keys and is called back with the rows (on the main thread).
``HostRowLoader`` goes through the library thread; ``DirectRowLoader`` calls a library-like
object at once (model tests, benchmarks of the model alone).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from kb_app.core.dto import FicheRow, Snippet
from kb_app.core.text import fold
from kb_app.gui import labels
from kb_app.gui.ops import LibraryHost

RowsDone = Callable[[list[FicheRow]], None]
SnippetsDone = Callable[[list[Snippet]], None]
SortDone = Callable[[Sequence[str]], None]


def kind_order() -> list[str]:
    """The kinds in the order of their names in the window's language (sorting by kind)."""
    return sorted(labels.KINDS, key=lambda kind: fold(labels.kind_label(kind)))


class RowLoader(Protocol):
    def load_rows(self, keys: Sequence[str], done: RowsDone) -> None: ...

    def load_snippets(self, query: str, keys: Sequence[str], done: SnippetsDone) -> None: ...

    def sort_keys(
        self, keys: Sequence[str], column: str, descending: bool, done: SortDone
    ) -> None: ...


class HostRowLoader:
    def __init__(self, host: LibraryHost) -> None:
        self._host = host

    def load_rows(self, keys: Sequence[str], done: RowsDone) -> None:
        wanted = list(keys)
        self._host.run(lambda lib: lib.rows(wanted), done, failed=lambda exc: done([]))

    def load_snippets(self, query: str, keys: Sequence[str], done: SnippetsDone) -> None:
        wanted = list(keys)
        self._host.run(lambda lib: lib.snippets(query, wanted), done, failed=lambda exc: done([]))

    def sort_keys(self, keys: Sequence[str], column: str, descending: bool, done: SortDone) -> None:
        given, kinds = tuple(keys), kind_order()
        self._host.run(lambda lib: lib.sort_keys(given, column, descending, kinds), done)


class DirectRowLoader:
    def __init__(self, library: Any) -> None:
        self._library = library

    def load_rows(self, keys: Sequence[str], done: RowsDone) -> None:
        done(self._library.rows(list(keys)))

    def load_snippets(self, query: str, keys: Sequence[str], done: SnippetsDone) -> None:
        done(self._library.snippets(query, list(keys)))

    def sort_keys(self, keys: Sequence[str], column: str, descending: bool, done: SortDone) -> None:
        done(self._library.sort_keys(tuple(keys), column, descending, kind_order()))
