"""The fiche editor's look-alike check (« Ressemble à … ») on a library of N references.

    python benchmarks/likely_bench.py                  # 10,000 references
    python benchmarks/likely_bench.py --entries 2000 --source DIR

The library is filled as ``import_bench.py`` fills it (real BibTeX entries repeated as other
editions); a reference of the middle is then typed again by hand and checked five times
with ``Library.likely_duplicates``, as the editor does after each pause in typing. Prints
each time in milliseconds and what was found. Not a test.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from import_bench import build_file, sources

from kb_app.core.jobs import run_job
from kb_app.core.library import Library, create_empty

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "bibtex"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--source", type=Path, default=DATA)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bib = Path(tmp) / "big.bib"
        build_file(sources(args.source), args.entries, bib)
        folder = Path(tmp) / "library"
        create_empty(folder)
        with Library(folder, create=False) as lib:
            report = run_job(lib.import_file(bib))
            key = report.keys[len(report.keys) // 2]
            draft = replace(lib.draft(key), key=None)
            times = []
            for _ in range(5):
                start = time.perf_counter()
                found = lib.likely_duplicates(draft)
                times.append((time.perf_counter() - start) * 1000)
    print(f"references: {report.imported}")
    print("likely_duplicates (ms): " + ", ".join(f"{t:.0f}" for t in times))
    print(f"found: {[m.key for m in found]} (the original: {key})")


if __name__ == "__main__":
    main()
