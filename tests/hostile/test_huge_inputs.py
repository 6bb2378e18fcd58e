"""T21 (core side) — huge inputs and cancel.

Memory-hungry cases run in a child process whose address space is capped (RLIMIT_AS,
1.5 GB, as RELIABILITY.md asks): the child prints what happened as JSON (its outcome, the
time, its peak RSS). Either the import stays within the cap or it stops at a documented
size cap with a clear message; a MemoryError is a failure. Cancelling an import in the
middle rolls everything back. Default sizes are real; ``--runslow`` runs the full ones.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from kb_app.core.interchange.importer import MAX_IMPORT_BYTES, MAX_IMPORT_ENTRIES
from kb_app.core.jobs import Cancelled, CancelToken, Progress, run_job
from kb_app.core.library import Library
from tests.conftest import ROOT, slow_mode
from tests.hostile.conftest import Importer, bibtex_of, state_of, works

MEMORY_CAP = 1536 * 1024 * 1024

CHILD = """
import json, resource, sys, time
cap = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
from pathlib import Path
from kb_app.core.errors import KbError
from kb_app.core.jobs import run_job
from kb_app.core.library import Library

folder, path, mode = Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
out = {}
started = time.perf_counter()
try:
    with Library.open(folder, indexing="off") as lib:
        if mode == "preview":
            report = lib.preview_import(path)
        else:
            report = run_job(lib.import_file(path))
    out = {
        "found": report.found, "imported": report.imported,
        "duplicates": report.duplicates, "skipped": report.skipped,
        "errors": [[p.line, p.message[:200]] for p in report.errors[:5]],
    }
except KbError as err:
    out = {"refused": str(err)[:400], "kind": type(err).__name__}
except MemoryError:
    out = {"crash": "MemoryError"}
out["seconds"] = round(time.perf_counter() - started, 2)
with open("/proc/self/status") as status:  # VmHWM: this process's own peak (not the parent's)
    peak = [line.split()[1] for line in status if line.startswith("VmHWM:")]
out["peak_rss_mb"] = int(peak[0]) // 1024 if peak else None
print(json.dumps(out))
"""


def in_capped_child(
    library_path: Path, path: Path, mode: str = "import", timeout: float = 3600
) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(MEMORY_CAP), str(library_path), str(path), mode],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    assert "crash" not in result, f"{path.name}: {result} (RLIMIT_AS {MEMORY_CAP >> 20} MB)"
    print(f"T21 {path.name} ({path.stat().st_size / 1e6:.0f} MB, {mode}): {result}")
    return result


# --- the size cap --------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".bib", ".ris", ".json"])
def test_a_200_mb_sparse_file_is_refused_before_it_is_read(
    checked: Importer, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"sparse{suffix}"
    with path.open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # 200 MB of holes: nothing is written to disk
    started = time.perf_counter()
    err = checked.refused(path)
    seconds = time.perf_counter() - started
    print(f"T21 200 MB sparse {suffix}: refused in {seconds:.3f} s")
    assert seconds < 1.0
    assert f"the import limit is {MAX_IMPORT_BYTES // 1_048_576} MB" in str(err)
    with pytest.raises(type(err), match="import limit"):
        checked.lib.preview_import(path)


def test_just_over_the_cap_is_refused_and_the_cap_itself_is_documented(
    checked: Importer, tmp_path: Path
) -> None:
    path = tmp_path / "over.bib"
    with path.open("wb") as fh:
        fh.truncate(MAX_IMPORT_BYTES + 1)
    assert "split the file" in str(checked.refused(path))
    assert MAX_IMPORT_BYTES == 100 * 1024 * 1024


ENTRY_FILES = {
    ".bib": lambda i: f"@misc{{k{i},title={{t{i}}}}}\n",
    ".ris": lambda i: f"TY  - GEN\nTI  - t{i}\nER  - \n",
    ".json": lambda i: f'{{"id":"k{i}","type":"book","title":"t{i}"}},\n',
}


@pytest.mark.parametrize("suffix", sorted(ENTRY_FILES))
def test_more_entries_than_one_import_takes_are_refused_before_parsing(
    checked: Importer, tmp_path: Path, suffix: str
) -> None:
    n = MAX_IMPORT_ENTRIES + 1
    body = "".join(ENTRY_FILES[suffix](i) for i in range(n))
    path = tmp_path / f"many{suffix}"
    path.write_text("[" + body.rstrip(",\n") + "]" if suffix == ".json" else body)
    started = time.perf_counter()
    err = checked.refused(path)
    seconds = time.perf_counter() - started
    print(f"T21 {n:,} entries ({suffix}): refused in {seconds:.2f} s")
    assert f"one import takes at most {MAX_IMPORT_ENTRIES:,}" in str(err)
    assert seconds < 5.0


@pytest.mark.xfail(
    strict=True,
    reason="F27: the entry cap counts CSL-JSON items by their « id »: items without one are "
    "not counted (1,000,000 of them end in MemoryError under RLIMIT_AS 1.5 GB)",
)
def test_csljson_items_without_id_are_counted_by_the_cap(
    library_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "noid.json"
    items = ",".join(f'{{"type":"book","title":"t{i}"}}' for i in range(MAX_IMPORT_ENTRIES + 1))
    path.write_text(f"[{items}]")
    try:  # a refusal before parsing takes well under a second
        result = in_capped_child(library_path, path, mode="preview", timeout=5)
    except subprocess.TimeoutExpired:
        pytest.fail("still parsing after 5 s: the file was not refused by the entry cap")
    assert "one import takes at most" in result.get("refused", "")


# --- one huge line -------------------------------------------------------------------------

LINE_MB = [20, pytest.param(50, marks=pytest.mark.slow)]


@pytest.mark.parametrize("megabytes", LINE_MB)
def test_one_huge_bibtex_line(library_path: Path, tmp_path: Path, megabytes: int) -> None:
    path = tmp_path / "line.bib"
    big = "a" * (megabytes * 1_000_000)
    path.write_text(
        f"@book{{big, title={{{big}}}, year=2001}} @book{{small, title={{Small}}, year=2002}}\n"
    )
    result = in_capped_child(library_path, path)
    assert (result["found"], result["imported"], result["skipped"]) == (2, 1, 1)
    assert result["errors"] == [
        [1, "entry « big »: field title is longer than 1,000,000 characters"]
    ]


@pytest.mark.parametrize("megabytes", LINE_MB)
def test_one_huge_ris_line(library_path: Path, tmp_path: Path, megabytes: int) -> None:
    path = tmp_path / "line.ris"
    path.write_text(
        f"TY  - BOOK\nTI  - {'b' * (megabytes * 1_000_000)}\nER  - \n"
        "TY  - BOOK\nTI  - Small\nER  - \n"
    )
    result = in_capped_child(library_path, path)
    assert (result["found"], result["imported"], result["skipped"]) == (2, 1, 1)
    assert result["errors"] == [[1, "title longer than 500 characters"]]


@pytest.mark.parametrize("megabytes", LINE_MB)
def test_one_huge_json_line(library_path: Path, tmp_path: Path, megabytes: int) -> None:
    path = tmp_path / "line.json"
    items = [
        {"id": "big", "type": "book", "title": "c" * (megabytes * 1_000_000)},
        {"id": "small", "type": "book", "title": "Small"},
    ]
    path.write_text(json.dumps(items))
    result = in_capped_child(library_path, path)
    assert (result["found"], result["imported"], result["skipped"]) == (2, 1, 1)
    assert result["errors"] == [[1, "title longer than 500 characters"]]


def test_a_long_abstract_is_not_cut_silently(checked: Importer, tmp_path: Path) -> None:
    path = tmp_path / "abstract.json"
    abstract = "Une phrase du résumé. " * 500  # 11,000 characters
    path.write_text(json.dumps([{"id": "a", "type": "book", "title": "T", "abstract": abstract}]))
    report = checked.accepted(path)
    kept = checked.lib.get(report.keys[0]).summary or ""
    assert kept == abstract.strip() or report.warnings


# --- many entries --------------------------------------------------------------------------


def one_line_bibtex(n: int, seed: int) -> str:
    return bibtex_of(works(n, seed=seed), sep=" ")


def test_many_entries_on_one_line_stream_within_the_memory_cap(
    library_path: Path, tmp_path: Path
) -> None:
    n = 100_000 if slow_mode() else 5_000
    path = tmp_path / "many.bib"
    path.write_text(one_line_bibtex(n, seed=21), encoding="utf-8")
    result = in_capped_child(library_path, path, mode="preview")
    assert (result["found"], result["imported"], result["skipped"]) == (n, n, 0)
    print(f"T21 {n:,} entries: {n / result['seconds']:.0f} entries/s (preview)")


@pytest.mark.slow  # full size only: minutes of work
def test_a_million_entries_stop_at_a_documented_cap_or_stream(
    library_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "million.bib"
    with path.open("w") as fh:
        for i in range(1_000_000):
            fh.write(f"@misc{{k{i},title={{t{i} x}}}}\n")
    result = in_capped_child(library_path, path, mode="preview")
    assert "refused" in result or result["found"] == 1_000_000


def test_entries_without_year_or_author_are_planned_in_linear_time(
    checked: Importer, tmp_path: Path
) -> None:
    n = 2_500
    path = tmp_path / "bare.bib"
    path.write_text("".join(f"@misc{{k{i}, title={{t{i} x}}}}\n" for i in range(n)))
    started = time.perf_counter()
    report = checked.lib.preview_import(path)
    seconds = time.perf_counter() - started
    print(f"T21 {n:,} entries without year or author: planned in {seconds:.2f} s")
    assert report.found == n
    assert seconds < 2.0  # about 0.3 s if linear; 4 s here today


# --- cancel --------------------------------------------------------------------------------

CANCEL_N = 1_200  # three batches of 500


def cancel_file(tmp_path: Path) -> Path:
    path = tmp_path / "cancel.bib"
    path.write_text(bibtex_of(works(CANCEL_N, seed=2121)), encoding="utf-8")
    return path


def test_cancel_in_the_middle_rolls_everything_back(library: Library, tmp_path: Path) -> None:
    path = cancel_file(tmp_path)
    before = state_of(library)
    token = CancelToken()
    seen: list[Progress] = []

    def progress(p: Progress) -> None:
        seen.append(p)
        if p.label == "ajout" and p.done >= 500:  # the first batch is written, not committed
            token.cancel()

    with pytest.raises(Cancelled):
        run_job(library.import_file(path, cancel=token), progress)
    assert [p.done for p in seen if p.label == "ajout"] == [500]
    assert state_of(library) == before
    assert library.search_ids(works(1, seed=2121)[0].title).total == 0
    drift = library.index_drift()
    assert drift is not None
    assert drift.count == 0
    report = run_job(library.import_file(path))  # nothing of the cancelled try is left
    assert (report.imported, report.duplicates) == (CANCEL_N, 0)


def test_a_reporter_that_cancels_rolls_back_too(library: Library, tmp_path: Path) -> None:
    """The window's progress dialog cancels by raising from its reporter."""
    path = cancel_file(tmp_path)
    before = state_of(library)

    def reporter(p: Progress) -> None:
        if p.label == "ajout" and p.done >= 1000:
            raise Cancelled("cancelled by the user")

    with pytest.raises(Cancelled):
        run_job(library.import_file(path), reporter)
    assert state_of(library) == before
    other = sqlite3.connect(library.db_path, timeout=0)  # the write lock was released at once
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_an_abandoned_import_job_leaves_nothing(library: Library, tmp_path: Path) -> None:
    path = cancel_file(tmp_path)
    before = state_of(library)
    job = library.import_file(path)
    for progress in job:
        if progress.label == "ajout":
            break  # half-way: the transaction is open
    job.close()
    assert state_of(library) == before
    assert os.path.exists(library.db_path)
