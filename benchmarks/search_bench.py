"""Search benchmark: our Whoosh search side by side with SQLite FTS5 on the same texts.

    python benchmarks/search_bench.py --refs 10000 --analyses 1000     # ~ minutes
    python benchmarks/search_bench.py --refs 100000 --analyses 10000   # the issue's size

Builds a library through the real bulk-add path, indexes it with our indexer and with FTS5
(unicode61 remove_diacritics 2, no stemming), then runs the same queries by kind in two
fresh child processes (one per engine) so that cold start and peak memory are each its own.
Prints a table and, last, ``ratio_p95_vs_fts5=X.XX`` (ours / FTS5, all query kinds).
Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import CONCEPTS, FAMILY, Generator

from kb_app.core.jobs import run_job
from kb_app.core.library import Library

RUN_ID = str(time.time_ns())[-8:]
WORDS = (
    "gouvernance",
    "coopérative",
    "délibération",
    "épistémologie",
    "territoire",
    "solidarité",
    "décentralisation",
    "métropole",
    "économie",
    "citoyenneté",
    "budget",
    "médiation",
    "aménagement",
    "légitimité",
    "subsidiarité",
)
UNACCENTED = (
    "deliberation",
    "epistemologie",
    "cooperatives",
    "economie",
    "solidarite",
    "decentralisation",
    "metropole",
    "citoyennete",
    "amenagement",
    "legitimite",
    "mediations",
    "cooperation",
    "democraties",
    "collectivites",
    "evaluations",
)
PREFIXES = (
    "gouvern",
    "coop",
    "territ",
    "démocr",
    "particip",
    "collect",
    "économ",
    "solid",
    "décentr",
    "aménag",
    "évalu",
    "planif",
    "transit",
    "respons",
    "légit",
)


def queries(seed: int, per_kind: int) -> dict[str, list[tuple[str, str]]]:
    """``{kind: [(our query, FTS5 query)]}``; FTS5 gets the closest query it can run."""
    r = random.Random(seed)
    pick = lambda xs: r.choice(xs)  # noqa: E731
    gen = Generator(seed + 1)
    result: dict[str, list[tuple[str, str]]] = {
        k: []
        for k in (
            "single word",
            "accent-free",
            "two words",
            "phrase",
            "fielded",
            "prefix",
            "concept",
        )
    }
    for _ in range(per_kind):
        w = pick(WORDS)
        result["single word"].append((w, f'"{w}"'))
        u = pick(UNACCENTED)
        result["accent-free"].append((u, f'"{u}"'))
        a, b = r.sample(WORDS, 2)
        result["two words"].append((f"{a} {b}", f'"{a}" AND "{b}"'))
        phrase = gen.phrase()
        result["phrase"].append((f'"{phrase}"', f'"{phrase}"'))
        fam, y0 = pick(FAMILY), r.randint(1960, 2015)
        result["fielded"].append(
            (f"auteur:{fam} annee:[{y0} TO {y0 + 10}]", f"authors:{fam}|{y0}|{y0 + 10}")
        )
        p = pick(PREFIXES)
        result["prefix"].append((f"{p}*", f'"{p}"*'))
        c = pick(CONCEPTS)
        result["concept"].append((f'concept:"{c}"', f'concepts:"{c}"'))
    return result


def peak_rss_mb() -> float:
    """Peak resident memory of this process since exec (VmHWM).

    Not ``ru_maxrss``: on Linux it includes the memory of the parent copied at fork time,
    before the child's exec.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentiles(values: list[float]) -> tuple[float, float, float]:
    if len(values) < 2:
        v = values[0] if values else 0.0
        return v, v, v
    q = statistics.quantiles(values, n=100, method="inclusive")
    return statistics.median(values), q[94], q[98]


# -- child processes ------------------------------------------------------------------------


def child_ours(folder: str, qs: dict[str, list[tuple[str, str]]], rounds: int) -> dict[str, Any]:
    started = time.perf_counter()
    lib = Library.open(folder)
    lib.search_ids(qs["single word"][0][0])
    cold = time.perf_counter() - started
    out: dict[str, Any] = {"cold_open_first_query_s": cold, "kinds": {}, "full": {}, "totals": {}}
    for kind, pairs in qs.items():
        page, full = [], []
        for _ in range(rounds):
            for ours, _fts in pairs:
                t0 = time.perf_counter()
                lib.search_page(ours, limit=20)
                page.append((time.perf_counter() - t0) * 1000)
                t0 = time.perf_counter()
                res = lib.search_ids(ours)
                full.append((time.perf_counter() - t0) * 1000)
                out["totals"][ours] = res.total
        out["kinds"][kind] = page
        out["full"][kind] = full
    top = []
    for pairs in qs.values():
        for ours, _ in pairs:
            t0 = time.perf_counter()
            page = lib.search_page(ours, limit=20)
            lib.rows(page.keys)
            lib.snippets(ours, page.keys)
            top.append((time.perf_counter() - t0) * 1000)
    out["top20_snippets_ms"] = top
    out["update_visible_ms"] = update_ours(lib)
    out["peak_rss_mb"] = peak_rss_mb()
    lib.close()
    return out


def update_ours(lib: Library) -> list[float]:
    from kb_app.core.dto import FicheDraft

    times = []
    for i in range(15):
        word = f"zqxbench{i}w{RUN_ID}"
        t0 = time.perf_counter()
        lib.add(
            FicheDraft(
                kind="analysis", title=f"Mise à jour {word}", concepts=("ONG", "gouvernance")
            )
        )
        while word not in " ".join(lib.search_ids(word).keys) and lib.search_ids(word).total == 0:
            pass
        times.append((time.perf_counter() - t0) * 1000)
    return times


def fts_query(
    conn: sqlite3.Connection,
    q: str,
    limit: int = 20,
    snippets: bool = False,
    count: bool = True,
    facets: bool = False,
) -> int:
    """Top ``limit`` by bm25; with ``count`` the exact total, with ``facets`` kind and years."""
    if "|" in q:  # fielded: author in FTS, year range in the meta table
        match, y0, y1 = q.split("|")
        where = "fts MATCH ? AND m.year BETWEEN ? AND ?"
        args: tuple[Any, ...] = (match, int(y0), int(y1))
    else:
        where, args = "fts MATCH ?", (q,)
    join = "FROM fts JOIN meta m ON m.rowid = fts.rowid"
    cols = "fts.key, snippet(fts, 4, '<b>', '</b>', '…', 24)" if snippets else "fts.key"
    conn.execute(f"SELECT {cols} {join} WHERE {where} ORDER BY rank LIMIT {limit}", args).fetchall()
    if facets:
        rows = conn.execute(
            f"SELECT m.kind, count(*), min(m.year), max(m.year) {join} WHERE {where} GROUP BY m.kind",
            args,
        ).fetchall()
        return sum(r[1] for r in rows)
    if count:
        return int(conn.execute(f"SELECT count(*) {join} WHERE {where}", args).fetchone()[0])
    return 0


def child_fts(path: str, qs: dict[str, list[tuple[str, str]]], rounds: int) -> dict[str, Any]:
    started = time.perf_counter()
    conn = sqlite3.connect(path)
    fts_query(conn, qs["single word"][0][1])
    cold = time.perf_counter() - started
    out: dict[str, Any] = {"cold_open_first_query_s": cold, "kinds": {}, "full": {}, "totals": {}}
    for kind, pairs in qs.items():
        page, full = [], []
        for _ in range(rounds):
            for ours, fts in pairs:
                t0 = time.perf_counter()
                fts_query(conn, fts, count=False)
                page.append((time.perf_counter() - t0) * 1000)
                t0 = time.perf_counter()
                out["totals"][ours] = fts_query(conn, fts, facets=True)
                full.append((time.perf_counter() - t0) * 1000)
        out["kinds"][kind] = page
        out["full"][kind] = full
    top = []
    for pairs in qs.values():
        for _, fts in pairs:
            t0 = time.perf_counter()
            fts_query(conn, fts, snippets=True)
            top.append((time.perf_counter() - t0) * 1000)
    out["top20_snippets_ms"] = top
    times = []
    for i in range(15):
        word = f"zqxbench{i}w{RUN_ID}"
        t0 = time.perf_counter()
        rowid = conn.execute("SELECT coalesce(max(rowid), 0) + 1 FROM meta").fetchone()[0]
        conn.execute("INSERT INTO meta(rowid, year, kind) VALUES (?, 2026, 'analysis')", (rowid,))
        conn.execute(
            "INSERT INTO fts(rowid, key, title, authors, concepts, body) VALUES (?,?,?,?,?,?)",
            (rowid, word, f"Mise à jour {word}", "", "", ""),
        )
        conn.commit()
        assert fts_query(conn, f'"{word}"') == 1
        times.append((time.perf_counter() - t0) * 1000)
    out["update_visible_ms"] = times
    out["peak_rss_mb"] = peak_rss_mb()
    return out


# -- building ---------------------------------------------------------------------------------


def build_fts(lib: Library, path: Path) -> float:
    """FTS5 over the same documents our indexer builds (same texts, same doc pipeline)."""
    from kb_app.core.search import documents
    from kb_app.core.storage.models import Fiche
    from kb_app.core.storage.session import reading

    started = time.perf_counter()
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE VIRTUAL TABLE fts USING fts5(key UNINDEXED, title, authors, concepts, body,"
        " tokenize = 'unicode61 remove_diacritics 2')"
    )
    conn.execute("CREATE TABLE meta(rowid INTEGER PRIMARY KEY, year INTEGER, kind TEXT)")
    with reading(lib.engine) as s:
        years = dict(s.query(Fiche.id, Fiche.year).all())
        for batch in documents.batches(s, documents.live_ids(s)):
            conn.executemany(
                "INSERT INTO meta(rowid, year) VALUES (?, ?)",
                [(d["fid"], years.get(d["fid"])) for d in batch],
            )
            conn.executemany(
                "INSERT INTO fts(rowid, key, title, authors, concepts, body) VALUES (?,?,?,?,?,?)",
                [
                    (d["fid"], d["key"], d["title"], d["authors"], d["concepts"], d["text"])
                    for d in batch
                ],
            )
    conn.execute("INSERT INTO fts(fts) VALUES ('optimize')")
    conn.commit()
    conn.close()
    return time.perf_counter() - started


def build(workdir: Path, refs: int, analyses: int, seed: int) -> dict[str, float]:
    folder = workdir / "library"
    figures: dict[str, float] = {}
    lib = Library.open(folder, indexing="off")
    t0 = time.perf_counter()
    run_job(lib.add_many(Generator(seed).drafts(refs, analyses), total=refs + analyses), _dots)
    figures["bulk_add_s"] = time.perf_counter() - t0
    lib.close()
    lib = Library.open(folder, indexing="off")
    t0 = time.perf_counter()
    run_job(lib.reindex(), _dots)
    figures["build_ours_s"] = time.perf_counter() - t0
    figures["build_fts5_s"] = build_fts(lib, workdir / "fts5.sqlite3")
    lib.close()
    print(file=sys.stderr)
    return figures


def _dots(progress: Any) -> None:
    if progress.done % 5000 == 0:
        print(".", end="", file=sys.stderr, flush=True)


def run_child(engine: str, target: str, qs: Any, rounds: int) -> dict[str, Any]:
    payload = json.dumps({"engine": engine, "target": target, "queries": qs, "rounds": rounds})
    proc = subprocess.run(
        [sys.executable, __file__, "--child"],
        input=payload,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"the {engine} child failed:\n{proc.stderr}")
    return dict(json.loads(proc.stdout))


def report(figures: dict[str, float], ours: dict[str, Any], fts: dict[str, Any], size: str) -> None:
    print(
        f"\nSearch benchmark — {size} — ours: Whoosh (French analysis) ; baseline: SQLite FTS5 unicode61"
    )
    print(f"{'measure':<34}{'ours':>14}{'FTS5':>14}")
    print(f"{'bulk add (real path), s':<34}{figures['bulk_add_s']:>14.1f}{'—':>14}")
    print(f"{'index build, s':<34}{figures['build_ours_s']:>14.1f}{figures['build_fts5_s']:>14.1f}")
    print(
        f"{'cold open + first query, s':<34}{ours['cold_open_first_query_s']:>14.2f}{fts['cold_open_first_query_s']:>14.2f}"
    )
    all_ours, all_fts = [], []
    print("keystroke path — ours: best 20 ids + estimated total; FTS5: best 20 ids")
    for kind in ours["kinds"]:
        a, b = ours["kinds"][kind], fts["kinds"][kind]
        all_ours += a
        all_fts += b
        pa, pb = percentiles(a), percentiles(b)
        print(
            f"{'  ' + kind + ' p50/p95/p99, ms':<34}{'/'.join(f'{x:.0f}' for x in pa):>14}{'/'.join(f'{x:.0f}' for x in pb):>14}"
        )
    pa, pb = percentiles(all_ours), percentiles(all_fts)
    print(
        f"{'  ALL p50/p95/p99, ms':<34}{'/'.join(f'{x:.0f}' for x in pa):>14}{'/'.join(f'{x:.0f}' for x in pb):>14}"
    )
    print(
        "full search — ours: every match (200 ranked) + exact total + facets; FTS5: best 20 + exact total + kind/year facets"
    )
    full_ours = [x for v in ours["full"].values() for x in v]
    full_fts = [x for v in fts["full"].values() for x in v]
    for kind in ours["full"]:
        fa, fb = percentiles(ours["full"][kind]), percentiles(fts["full"][kind])
        print(
            f"{'  ' + kind + ' p50/p95/p99, ms':<34}{'/'.join(f'{x:.0f}' for x in fa):>14}{'/'.join(f'{x:.0f}' for x in fb):>14}"
        )
    fa, fb = percentiles(full_ours), percentiles(full_fts)
    print(
        f"{'  ALL p50/p95/p99, ms':<34}{'/'.join(f'{x:.0f}' for x in fa):>14}{'/'.join(f'{x:.0f}' for x in fb):>14}"
    )
    ta, tb = percentiles(ours["top20_snippets_ms"]), percentiles(fts["top20_snippets_ms"])
    print(
        f"{'top-20 + snippets p50/p95, ms':<34}{f'{ta[0]:.0f}/{ta[1]:.0f}':>14}{f'{tb[0]:.0f}/{tb[1]:.0f}':>14}"
    )
    ua, ub = percentiles(ours["update_visible_ms"]), percentiles(fts["update_visible_ms"])
    print(
        f"{'1 update → visible p50/p95, ms':<34}{f'{ua[0]:.0f}/{ua[1]:.0f}':>14}{f'{ub[0]:.0f}/{ub[1]:.0f}':>14}"
    )
    print(
        f"{'peak RSS of query process, MB':<34}{ours['peak_rss_mb']:>14.0f}{fts['peak_rss_mb']:>14.0f}"
    )
    more = sum(1 for q, n in ours["totals"].items() if n > fts["totals"].get(q, 0))
    print(f"queries where ours finds more documents than FTS5: {more}/{len(ours['totals'])}")
    print(f"ratio_p95_full_vs_fts5_full={fa[1] / fb[1]:.2f}")
    print(f"ratio_p95_vs_fts5={pa[1] / pb[1]:.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--refs", type=int, default=10_000)
    parser.add_argument("--analyses", type=int, default=1_000)
    parser.add_argument("--per-kind", type=int, default=20, help="queries per kind")
    parser.add_argument("--rounds", type=int, default=2, help="times each query runs")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--workdir", type=Path, help="keep the built library here (reused if present)"
    )
    parser.add_argument(
        "--reindex", action="store_true", help="re-time our index build on a kept library"
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        job = json.loads(sys.stdin.read())
        fn = child_ours if job["engine"] == "ours" else child_fts
        print(json.dumps(fn(job["target"], job["queries"], job["rounds"])))
        return 0
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kb-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    if (workdir / "figures.json").exists():
        figures = json.loads((workdir / "figures.json").read_text())
        if args.reindex:
            lib = Library.open(workdir / "library", indexing="off")
            t0 = time.perf_counter()
            run_job(lib.reindex(), _dots)
            figures["build_ours_s"] = time.perf_counter() - t0
            lib.close()
            lib = Library.open(workdir / "library", indexing="off")
            (workdir / "fts5.sqlite3").unlink(missing_ok=True)
            figures["build_fts5_s"] = build_fts(lib, workdir / "fts5.sqlite3")
            lib.close()
            (workdir / "figures.json").write_text(json.dumps(figures))
    else:
        figures = build(workdir, args.refs, args.analyses, args.seed)
        (workdir / "figures.json").write_text(json.dumps(figures))
    qs = queries(args.seed, args.per_kind)
    ours = run_child("ours", str(workdir / "library"), qs, args.rounds)
    fts = run_child("fts5", str(workdir / "fts5.sqlite3"), qs, args.rounds)
    report(figures, ours, fts, f"{args.refs:,} references + {args.analyses:,} analyses")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
