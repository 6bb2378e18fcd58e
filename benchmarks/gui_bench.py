"""Benchmark of the desktop window (not a test): start-up, keystroke latency, scrolling.

Run from the repository root (offscreen, no display needed):

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gui_bench.py

What is measured, and what is real:

1. Cold start (REAL): a fresh Python process imports the app, shows the main window and
   opens a seeded library (a copy of the course library) on the worker thread. Reported:
   process start -> window shown, and process start -> first results listed (usable).
2. Keystroke -> updated results (REAL): the real window on the real seeded library (26
   fiches, the core's Whoosh search, library opened with background indexing as the
   window does). Each character is sent as a QKeyEvent; the time runs until the results
   model holds the query's first page (``search_page``) and its first row is painted (what
   the user sees; includes the 15 ms debounce). Separately: from the last keystroke of a
   query until the complete answer (``search_ids``: every key, exact total, facets), which
   the window asks for once typing pauses for 250 ms.
3. Keystroke -> updated results on 100,000 results (SYNTHETIC LIBRARY): the same real
   window, but the library is a stub whose ``search_ids`` returns 100,000 precomputed keys
   at once (a rotation per query) and whose ``rows``/``snippets`` synthesise rows. It
   measures the window's own cost for a 100k result list (model reset over 100k ids,
   first batch, facets, paint), not the search engine's.
4. Scrolling the 100,000 synthetic results page by page (SYNTHETIC LIBRARY, real view and
   model): resident memory before, during and after, rows cached, time per page.
5. Sorting 100,000 results by a column (REAL LIBRARY of 100,000 generated references, built
   once with ``benchmarks/corpus.py`` and kept in ``--sort-library FOLDER`` if given): the
   core verb alone (``Library.sort_keys`` of every key by year: the first call reads the
   column from SQLite, the next ones use the cached sort table), then in the real window a
   click on the year header until the sorted list is on screen and painted (core verb on the
   worker, model reorder, repaint), ascending and descending, and back to relevance.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

QUERIES = [
    "bien commun",
    "démocratie participative",
    "gouvernance territoriale",
    "coproduction",
    "budget participatif",
    "porto alegre",
    "capital immatériel",
    "économie sociale",
]
SYNTHETIC_SIZE = 100_000


# -- helpers ---------------------------------------------------------------------------------


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def percentile(values: Sequence[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def summary(values: Sequence[float]) -> str:
    return (
        f"n={len(values)}  p50={statistics.median(values):.1f} ms  "
        f"p95={percentile(values, 95):.1f} ms  max={max(values):.1f} ms"
    )


def wait_until(app: Any, predicate: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not predicate():
        app.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not answer in time")
        time.sleep(0.0002)


def seeded_library(folder: Path) -> Path:
    """A seeded library with its search index built (as after a first run of the app)."""
    from kb_app.core.library import Library

    with Library.open(folder / "template") as library:
        library.search_ids("gouvernance")  # sync mode builds the Whoosh index
    return folder / "template"


# -- 1. cold start (child process) -------------------------------------------------------------


def child_cold_start(library: str, started: float) -> None:
    from PySide6.QtCore import QTimer

    from kb_app.gui.app import application, chosen_language, create_window, install_translators

    app = application()
    install_translators(app, chosen_language())
    window = create_window(library, app)
    marks: dict[str, float] = {}
    QTimer.singleShot(0, lambda: marks.setdefault("shown", time.time() - started))

    def ready() -> None:
        marks["usable"] = time.time() - started
        window.close()
        app.quit()

    window.library_ready.connect(ready)
    QTimer.singleShot(20_000, app.quit)
    app.exec()
    print(json.dumps(marks))


def cold_start(template: Path, runs: int = 5) -> list[dict[str, float]]:
    results = []
    for n in range(runs):
        copy = template.parent / f"cold-{n}"
        shutil.copytree(template, copy)
        env = {**os.environ, "XDG_CONFIG_HOME": str(template.parent / "config")}
        started = time.time()
        out = subprocess.run(
            [sys.executable, __file__, "--child-cold-start", str(copy), repr(started)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


# -- synthetic library -------------------------------------------------------------------------


class SyntheticLibrary:
    """Stands in for ``Library``: 100,000 keys per search, rows made on demand."""

    def __init__(self, folder: Path, size: int = SYNTHETIC_SIZE) -> None:
        self.folder = folder
        self.keys = tuple(f"ref-synthetic-{i:06d}" for i in range(size))
        self.facets = {
            "kind": {"reference": size},
            "concept": {f"concept {i}": size // (i + 2) for i in range(30)},
            "year": {"min": 1950, "max": 2024},
            "dossier": {},
        }

    def search_ids(self, query: str, filters: Any = None) -> Any:
        from kb_app.core.dto import IdSearch

        started = time.perf_counter()
        shift = sum(map(ord, query)) % len(self.keys)
        keys = self.keys[shift:] + self.keys[:shift]
        took = (time.perf_counter() - started) * 1000
        return IdSearch(query, keys, len(keys), self.facets, took)

    def search_page(self, query: str, filters: Any = None, limit: int = 100) -> Any:
        from dataclasses import replace

        found = self.search_ids(query, filters)
        return replace(found, keys=found.keys[:limit], facets={}, total_exact=False)

    def auto_backup(self, reason: str, now: Any = None) -> None:
        """No backups of a library that has no files (the window's timer asks)."""
        return None

    def rows(self, keys: Sequence[str]) -> list[Any]:
        from kb_app.core.dto import FicheRow

        return [
            FicheRow(
                k,
                "reference",
                f"Référence synthétique {k[-6:]} sur la gouvernance",
                2000,
                "Dupont, Jeanne; Martin, Paul",
                ("gouvernance",),
            )
            for k in keys
        ]

    def snippets(self, query: str, keys: Sequence[str]) -> list[Any]:
        from kb_app.core.dto import Snippet

        text = f"… un extrait où l'on trouve <b>{query}</b> au milieu d'une phrase …"
        return [Snippet(k, text, text, "mots") for k in keys]

    def concept_tree(self) -> list[Any]:
        return []

    def list_fiches(self, kind: str | None = None, **_: Any) -> list[Any]:
        return []

    def basket(self) -> list[Any]:
        return []

    def history(self, limit: int = 100) -> list[Any]:
        return []

    def stats(self) -> Any:
        from kb_app.core.dto import Stats

        counts = {
            "reference": len(self.keys),
            "analysis": 0,
            "case": 0,
            "resource": 0,
            "dossier": 0,
        }
        return Stats(str(self.folder), 1, counts, len(self.keys), 0, 0, 0, 0, 0, 0, 0, 0, 0)

    def close(self) -> None:
        pass


# -- 2./3. keystrokes --------------------------------------------------------------------------


def open_window(library: Any) -> tuple[Any, Any]:
    from kb_app.gui.app import application
    from kb_app.gui.main_window import MainWindow

    app = application()
    window = MainWindow()
    window.resize(1360, 860)
    window.show()
    ready: list[bool] = []
    window.library_ready.connect(lambda: ready.append(True))
    window.attach_library(library)
    wait_until(app, lambda: bool(ready) and window.host.busy == 0)
    return app, window


def type_char(widget: Any, ch: str) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    key = ord(ch.upper()) if ch.isascii() and ch.isalnum() else 0
    if ch == "\b":
        key, ch = int(Qt.Key.Key_Backspace), ""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def keystroke_latencies(app: Any, window: Any) -> tuple[list[float], list[float]]:
    """Per keystroke: until the first page is on screen. Per query: from the last keystroke
    until the complete answer (every key, exact total, facets) is shown."""
    from kb_app.gui.models.roles import LOADED_ROLE

    bar, model = window.search_bar, window.results
    complete: list[object] = []
    window.search.searched.connect(complete.append)
    keystrokes, pauses = [], []

    def settled() -> bool:
        return (
            model.query == bar.text()
            and window.host.busy == 0
            and (model.rowCount() == 0 or bool(model.index(0).data(LOADED_ROLE)))
        )

    for query in QUERIES:
        bar.setFocus()
        for text in (query, "\b" * len(query)):
            for ch in text:
                started = time.perf_counter()
                type_char(bar, ch)
                wait_until(app, settled)
                window.results_view.viewport().repaint()  # the user sees it painted
                keystrokes.append((time.perf_counter() - started) * 1000)
            complete.clear()
            wait_until(app, lambda: bool(complete) and window.host.busy == 0)
            pauses.append((time.perf_counter() - started) * 1000)
    return keystrokes, pauses


# -- 4. scrolling ------------------------------------------------------------------------------


def scroll_through(app: Any, window: Any) -> dict[str, Any]:
    from kb_app.gui.models.roles import LOADED_ROLE

    view, model = window.results_view, window.results
    bar = view.verticalScrollBar()
    app.processEvents()  # the view lays out the rows the last search added
    bar.setValue(0)
    wait_until(app, lambda: window.host.busy == 0 and bar.maximum() > 0)
    memory = [rss_mb()]
    page_ms = []
    pages = 0
    while bar.value() < bar.maximum():
        started = time.perf_counter()
        bar.setValue(min(bar.maximum(), bar.value() + bar.pageStep()))
        first, last = view.visible_rows()
        wait_until(
            app,
            lambda f=first, la=last: (
                bool(model.index(f).data(LOADED_ROLE)) and bool(model.index(la).data(LOADED_ROLE))
            ),
        )
        view.viewport().repaint()
        page_ms.append((time.perf_counter() - started) * 1000)
        pages += 1
        if pages % 1000 == 0:
            memory.append(rss_mb())
    wait_until(app, lambda: window.host.busy == 0)
    memory.append(rss_mb())
    return {
        "pages": pages,
        "rows": model.rowCount(),
        "last_row_loaded": bool(model.index(model.rowCount() - 1).data(LOADED_ROLE)),
        "cached_batches": model.cached_batches(),
        "memory": memory,
        "page_ms": page_ms,
    }


# -- 5. sorting 100,000 rows -------------------------------------------------------------------

SORT_SIZE = 100_000


def sort_library(folder: Path, size: int = SORT_SIZE) -> Path:
    """A real library of ``size`` generated references (no long texts: sorting reads none);
    one in ten has no date. Built once: an existing folder is reused."""
    import dataclasses

    from kb_app.core.jobs import run_job
    from kb_app.core.library import Library

    if (folder / "library.sqlite3").exists():
        return folder
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from corpus import Generator

    generator = Generator(12)

    def drafts() -> Any:
        for i in range(size):
            draft = generator.reference(i)
            yield dataclasses.replace(draft, summary=None, date=None if i % 10 == 0 else draft.date)

    started = time.perf_counter()
    with Library.open(folder, indexing="off") as library:
        run_job(library.add_many(drafts(), total=size))
    print(f"   (built {size:,} references in {time.perf_counter() - started:.0f} s)")
    return folder


def sort_core(library: Any, runs: int = 5) -> tuple[list[float], list[float], int]:
    """``sort_keys`` of every key by year: cold (the column read) and warm (cached)."""
    keys = library.search_ids("").keys
    cold, warm = [], []
    for n in range(runs):
        library.sorting._columns.clear()
        started = time.perf_counter()
        library.sort_keys(keys, "year", bool(n % 2))
        cold.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        library.sort_keys(keys, "year", not n % 2)
        warm.append((time.perf_counter() - started) * 1000)
    return cold, warm, len(keys)


def sort_in_window(app: Any, window: Any, runs: int = 4) -> dict[str, list[float]]:
    """A header click (or the menu) until the sorted list is on screen and painted."""
    from kb_app.gui.models.roles import LOADED_ROLE

    view, model = window.results_view, window.results
    found: dict[str, list[float]] = {"year": [], "year, descending": [], "relevance": []}

    def shown(order: Any) -> bool:
        return (
            model.sort_state() == order
            and window.host.busy == 0
            and bool(model.index(0).data(LOADED_ROLE))
        )

    for _ in range(runs):
        for label, order in (
            ("year", ("year", False)),
            ("year, descending", ("year", True)),
            ("relevance", None),
        ):
            started = time.perf_counter()
            view.sort_by(*(order or (None,)))
            wait_until(app, lambda o=order: shown(o), timeout=60)
            view.viewport().repaint()
            found[label].append((time.perf_counter() - started) * 1000)
    return found


def sort_report(folder: Path) -> None:
    from kb_app.core.library import Library

    sort_library(folder)
    # read-only: no index is built meanwhile (search is the SQL one), the sort table is kept
    library = Library.open(folder, read_only=True)
    cold, warm, count = sort_core(library)
    print(f"5. Sorting {count:,} results by year, REAL library ({folder}):")
    print(f"   core verb sort_keys, column read from SQLite: {summary(cold)}")
    print(f"   core verb sort_keys, sort table cached:       {summary(warm)}")
    app, window = open_window(library)
    window.resize(1360, 860)
    clicks = sort_in_window(app, window)
    window.close()
    for label, values in clicks.items():
        print(f"   in the window, {label} -> sorted list painted: {summary(values)}")
    print()


# -- report ------------------------------------------------------------------------------------


def main(big_library: Path | None = None, sort_folder: Path | None = None) -> None:
    """``big_library``: also time keystrokes on that real library (e.g. the search
    benchmark's 100k library: ``--real-library /tmp/bench100k/library``). ``sort_folder``:
    where the 100,000-reference library of the sort figures is kept (built if missing)."""
    work = Path(tempfile.mkdtemp(prefix="kb-gui-bench-"))
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    try:
        template = seeded_library(work)
        print(
            "kb_app window benchmark (offscreen, Qt platform "
            f"{os.environ['QT_QPA_PLATFORM']}, Python {sys.version.split()[0]})\n"
        )
        starts = cold_start(template)
        print("1. Cold start, REAL seeded library (26 fiches), 5 fresh processes:")
        print(
            "   process start -> window shown:   "
            + ", ".join(f"{s['shown'] * 1000:.0f}" for s in starts)
            + " ms"
        )
        print(
            "   process start -> results listed: "
            + ", ".join(f"{s['usable'] * 1000:.0f}" for s in starts)
            + " ms\n"
        )

        from kb_app.core.library import Library

        library = Library.open(template, indexing="background")  # as the window opens it
        app, window = open_window(library)
        real, real_pause = keystroke_latencies(app, window)
        state = library.index_state()[0]
        window.close()  # closes the library on its worker thread
        print(f"2. Keystroke -> updated results, REAL seeded library (search index: {state}):")
        print(f"   first page on screen: {summary(real)}")
        print(f"   last keystroke -> complete list and facets: {summary(real_pause)}\n")

        if big_library is not None:
            library = Library.open(big_library, indexing="background")
            app, window = open_window(library)
            wait_until(app, lambda: library.index_state()[0] == "ready", timeout=900)
            count = library.stats().total_fiches
            big, big_pause = keystroke_latencies(app, window)
            window.close()
            print(
                f"2b. Keystroke -> updated results, REAL library {big_library} ({count:,} fiches):"
            )
            print(f"   first page on screen: {summary(big)}")
            print(f"   last keystroke -> complete list and facets: {summary(big_pause)}\n")

        synthetic = SyntheticLibrary(work / "synthetic")
        app, window = open_window(synthetic)
        fake, fake_pause = keystroke_latencies(app, window)
        print(
            "3. Keystroke -> updated results, SYNTHETIC 100,000-key library "
            "(search_ids returns precomputed keys; window cost only):"
        )
        print(f"   first page on screen: {summary(fake)}")
        print(f"   last keystroke -> complete list of 100,000 and facets: {summary(fake_pause)}\n")
        scroll = scroll_through(app, window)
        window.close()
        memory = scroll["memory"]
        print(
            f"4. Scrolling all {scroll['rows']:,} SYNTHETIC results page by page "
            f"({scroll['pages']:,} pages, real view and model):"
        )
        print(f"   time per page: {summary(scroll['page_ms'])}")
        print(f"   resident memory (MB) along the way: {', '.join(f'{m:.0f}' for m in memory)}")
        print(
            f"   growth start -> end: {memory[-1] - memory[0]:+.1f} MB; "
            f"rows cached at the end: {scroll['cached_batches']} batches of 100; "
            f"last row loaded: {scroll['last_row_loaded']}\n"
        )
        sort_report(sort_folder or work / "sort100k")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child-cold-start":
        child_cold_start(sys.argv[2], float(sys.argv[3]))
    elif len(sys.argv) == 3 and sys.argv[1] == "--real-library":
        main(Path(sys.argv[2]))
    elif len(sys.argv) == 3 and sys.argv[1] == "--sort-library":
        main(sort_folder=Path(sys.argv[2]))
    elif len(sys.argv) == 3 and sys.argv[1] == "--sort-only":
        sort_report(Path(sys.argv[2]))
    else:
        main()
