"""Import benchmark: 10,000 real-looking BibTeX entries into a fresh library.

    python benchmarks/import_bench.py                       # 10,000 entries
    python benchmarks/import_bench.py --entries 2000 --source DIR

The entries come from real French BibTeX files (default: the licence-compatible copies in
tests/data/bibtex/), concatenated and repeated with changed keys, a number added to each
title and, after the first round, no DOI or ISBN and an older year (another edition), so
that every entry is a distinct work (otherwise the importer rightly reports them as
duplicates: same DOI, or a near-identical title by the same author the same year). Measured on a new seeded library:

- parse: the file read into neutral records (bibtexparser + our mapping);
- commit: the whole ``kb import`` job up to its committed transaction (parse, duplicate
  check against the library and within the file, validation, insert), index work left to
  the outbox — the target is <= 10 s;
- searchable: from the start until every imported entry is in the search index and found
  (the outbox drained by the indexer) — the target is <= 60 s.

Beside them, for scale: bibtexparser alone parsing the same text. Not a test.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kb_app.core.jobs import run_job
from kb_app.core.library import Library

ROOT = Path(__file__).resolve().parents[1]
_ENTRY = re.compile(r"@(\w+)\s*([{(])\s*([^,\s]*)\s*,", re.MULTILINE)
ROUND_WORDS = (
    "Actes",
    "Relecture",
    "Mélanges",
    "Anthologie",
    "Commentaires",
    "Recueil",
    "Essais",
    "Cahiers",
    "Chroniques",
    "Études",
    "Lectures",
)
_IDS = re.compile(r"^\s*(doi|isbn|issn)\s*=.*$\n?", re.IGNORECASE | re.MULTILINE)
_YEAR = re.compile(r"(\b(?:year|date)\s*=\s*[{\"]?\s*)(\d{4})", re.IGNORECASE)
_TITLE = re.compile(r"(\btitle\s*=\s*[{\"])", re.IGNORECASE)


def sources(folder: Path) -> list[str]:
    texts = []
    for path in sorted(folder.rglob("*.bib")):
        if "malformed" in path.parts or "encodings" in path.parts:
            continue
        text = path.read_text(encoding="utf-8", errors="strict")
        if _ENTRY.search(text):
            texts.append(text)
    return texts


def build_file(texts: list[str], entries: int, out: Path) -> int:
    parts: list[str] = []
    count = 0
    round_no = 0
    while count < entries:
        round_no += 1
        for text in texts:
            blocks = re.split(r"(?=^@)", text, flags=re.MULTILINE)
            for block in blocks:
                m = _ENTRY.match(block)
                if m is None or m.group(1).lower() in ("string", "preamble", "comment"):
                    if round_no == 1 and block.lstrip().lower().startswith("@string"):
                        parts.append(block)
                    continue
                if count >= entries:
                    break
                count += 1
                tag = f"r{round_no}n{count}"
                block = block.replace(
                    m.group(0), f"@{m.group(1)}{m.group(2)}{m.group(3) or 'k'}-{tag},", 1
                )
                if round_no > 1:  # a repeated entry is another edition: no DOI/ISBN, older
                    block = _IDS.sub("", block)
                    block = _YEAR.sub(
                        lambda y, r=round_no: f"{y.group(1)}{int(y.group(2)) - r}", block
                    )
                word = ROUND_WORDS[round_no % len(ROUND_WORDS)]
                block = _TITLE.sub(lambda t, s=f"[{tag}] {word} : ": t.group(1) + s, block, count=1)
                parts.append(block)
    out.write_text("".join(parts), encoding="utf-8")
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--source", type=Path, default=ROOT / "tests" / "data" / "bibtex")
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="kb-import-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    texts = sources(args.source)
    if not texts:
        sys.exit(f"no BibTeX file under {args.source}")
    bib = work / "bench.bib"
    written = build_file(texts, args.entries, bib)
    size = bib.stat().st_size
    print(
        f"file: {bib} ({written} entries, {size / 1_048_576:.1f} MB, from {len(texts)} real files)"
    )

    import bibtexparser

    from kb_app.core.interchange.importer import read_file

    t = time.perf_counter()
    bibtexparser.parse_string(bib.read_text(encoding="utf-8"))
    raw_parse = time.perf_counter() - t
    t = time.perf_counter()
    parsed = read_file(bib, "bibtex")
    print(f"records read: {len(parsed.records)}, skipped while reading: {len(parsed.skipped)}")
    our_parse = time.perf_counter() - t

    folder = work / "library"
    Library.open(folder, indexing="off").close()  # a new library seeded with the course
    lib = Library.open(folder, indexing="off")
    start = time.perf_counter()
    report = run_job(lib.import_file(bib, fmt="bibtex"))
    commit = time.perf_counter() - start
    lib.close()
    lib = Library.open(folder, indexing="sync")  # drains the outbox: every import indexed
    probe = report.keys[-1] if report.keys else None
    hits = lib.search_ids(f'"{lib.get(probe).title}"').keys if probe else []
    searchable = time.perf_counter() - start
    state, _ = lib.index_state()
    drift = lib.index_drift()
    lib.close()
    print(
        f"found={report.found} imported={report.imported} duplicates={report.duplicates} "
        f"skipped={report.skipped} updated={report.updated} warnings={len(report.warnings)}"
    )
    print(f"{'step':<40} {'seconds':>8}")
    print(f"{'bibtexparser alone (parse_string)':<40} {raw_parse:8.2f}")
    print(f"{'read_file (parse + neutral records)':<40} {our_parse:8.2f}")
    print(f"{'import job, start to commit':<40} {commit:8.2f}   target <= 10 s")
    print(f"{'start to fully searchable':<40} {searchable:8.2f}   target <= 60 s")
    print(
        f"index state: {state}; drift: {drift.count if drift else 'n/a'}; "
        f"last imported found by its title: {probe in hits}"
    )
    print(f"commit_seconds={commit:.2f} searchable_seconds={searchable:.2f}")


if __name__ == "__main__":
    main()
