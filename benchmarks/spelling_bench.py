"""What typo recovery costs: a query that finds nothing, with and without its correction.

    python benchmarks/spelling_bench.py --refs 10000 --analyses 1000 --workdir /tmp/kb-spell

Builds (or reuses, with ``--workdir``) a library of the seeded benchmark corpus plus the
19th-century novellas of ``../shared/data/corpus/nouvelles19`` as long analyses (a real
French vocabulary: the synthetic corpus alone has a few thousand distinct words), then times
in this process, warm, each query ``--rounds`` times:

* ``plain``: ``search_ids(q, correct=False)``: what the query costs when nothing is corrected;
* ``corrected``: ``search_ids(q)``: the same query, corrected when it finds nothing (the
  engine's memo of corrections emptied before each run: the cost of a first correction);
* ``page``: ``search_page(q, limit=30)``: the keystroke path, corrected (memo emptied);
* ``then``: ``search_ids(q)`` right after the page, as the window asks (memo kept);
* the pieces of a correction: ``nearest`` (the index's words near one typed word, per word)
  and ``surface`` (how one folded form is spelt, read from the base).

A query that finds something never reaches the correction: its timings are the same path
(shown for the « with results » queries). Last, ``correction_own_ms``: a corrected search
minus the query as typed minus the corrected text searched alone. Not a test: figures
depend on the machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import Generator

from kb_app.core.dto import FicheDraft
from kb_app.core.jobs import run_job
from kb_app.core.library import Library
from kb_app.core.search import spelling
from kb_app.core.search.analysis import RAW_MARK
from kb_app.core.search.schema import DEFAULT_FIELD

NOVELLAS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "nouvelles19"

#: Typos of words of the synthetic corpus and of the novellas (one or two edits).
TYPOS = (
    "budjet participatif",
    "cooperaton",
    "gouvernanse territoriale",
    "democratei",
    "délibératon",
    "subsidiarite solidarite epistemologei",
    "chatau",  # words of the novellas, accents missing and one letter off: « château »
    "fantomme",
    "mysterieuse aparition",
    "campagne normande vilage",
)
#: Found as typed: the correction is never reached.
WITH_RESULTS = ("budget participatif", "coopération", "gouvernance")
#: Nothing near: the correction looks and gives up.
HOPELESS = ("zqxwv", "budget zqxwv")


def novella_drafts(folder: Path) -> Iterator[FicheDraft]:
    for i, path in enumerate(sorted((folder / "txt").glob("*.txt"))):
        text = path.read_text(encoding="utf-8")
        yield FicheDraft(
            kind="analysis",
            title=f"Nouvelle {path.stem}",
            key=f"bench-novel-{i:03d}",
            body=text,
        )


def build(folder: Path, refs: int, analyses: int, seed: int, novellas: Path) -> None:
    lib = Library.open(folder, indexing="off")
    drafts = list(Generator(seed).drafts(refs, analyses))
    if novellas.is_dir():
        drafts += list(novella_drafts(novellas))
    else:
        print(f"(no novellas at {novellas}: synthetic vocabulary only)", file=sys.stderr)
    run_job(lib.add_many(iter(drafts), total=len(drafts)))
    lib.close()
    lib = Library.open(folder, indexing="off")
    run_job(lib.reindex())
    lib.close()


def timed(fn: Callable[[], Any], rounds: int) -> tuple[list[float], Any]:
    times, result = [], None
    for _ in range(rounds):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return times, result


def p50_p95(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"{statistics.median(ordered):7.1f} {p95:7.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--refs", type=int, default=10_000)
    parser.add_argument("--analyses", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--novellas", type=Path, default=NOVELLAS)
    parser.add_argument("--workdir", type=Path, required=True, help="the library is kept here")
    args = parser.parse_args()
    folder = args.workdir / "library"
    if not (folder / "index").is_dir():
        started = time.perf_counter()
        build(folder, args.refs, args.analyses, args.seed, args.novellas)
        print(f"built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    lib = Library.open(folder)
    try:
        report(lib, args.rounds)
    finally:
        lib.close()
    return 0


def report(lib: Library, rounds: int) -> None:
    # The pieces are read on the engine's own searcher (what the library's search uses).
    index = lib.indexer.index
    searcher = index.searcher()
    reader = searcher.reader()
    view = index.view(searcher)
    forms = sum(1 for _ in reader.expand_prefix(DEFAULT_FIELD, RAW_MARK))
    print(f"fiches: {lib.stats().total_fiches:,}  distinct words (unstemmed forms): {forms:,}")
    lib.search_ids("budget")  # warm: thesaurus, columns, caches
    print(f"\n{'query':40} {'total':>5}  suggestion")
    print(f"{'':28} plain p50/p95 ms | corrected p50/p95 | page p50/p95 | then p50/p95")
    whoosh = lib.search_service.searcher.whoosh

    def cold(ask: Callable[[], Any]) -> Any:
        whoosh.spelling = spelling.Memo()
        return ask()

    extra: list[float] = []
    for q in (*TYPOS, *WITH_RESULTS, *HOPELESS):
        plain, _ = timed(lambda q=q: lib.search_ids(q, correct=False), rounds)
        corrected, found = timed(lambda q=q: cold(lambda: lib.search_ids(q)), rounds)
        page, _ = timed(lambda q=q: cold(lambda: lib.search_page(q, limit=30)), rounds)
        then, _ = timed(lambda q=q: lib.search_ids(q), rounds)
        if found.suggestion is not None:  # what correcting costs beyond the two searches
            alone, _ = timed(lambda s=found.suggestion: lib.search_ids(s, correct=False), rounds)
            extra.append(
                statistics.median(corrected) - statistics.median(plain) - statistics.median(alone)
            )
        print(f"{q:40} {found.total:>5}  {found.suggestion!r}")
        print(
            f"{'':28} {p50_p95(plain)} | {p50_p95(corrected)} | {p50_p95(page)} | {p50_p95(then)}"
        )
    print("\npieces, per typed word (p50/p95 ms):")
    for q in TYPOS:
        for word in spelling.free_words(q):
            if spelling.known(reader, word):
                continue
            near, candidates = timed(lambda w=word: spelling.nearest(reader, w.form), rounds)
            best = candidates[0] if candidates else None
            shown = ""
            if best is not None:
                spelt, shown = timed(
                    lambda b=best: spelling.surface(searcher, view, lib.engine, b),
                    rounds,
                )
                shown = f"{shown!r} surface {p50_p95(spelt)}"
            print(f"  {word.typed:16} nearest {p50_p95(near)}  -> {candidates} {shown}")
    print(
        "\nthe correction's own cost (corrected - the query as typed - the corrected text "
        "searched alone), search_ids, typo queries:"
    )
    print(f"correction_own_ms_p50={statistics.median(extra):.1f}")
    print(f"correction_own_ms_max={max(extra):.1f}")


if __name__ == "__main__":
    raise SystemExit(main())
