"""Import every bibliographic file of a folder into a fresh library, and say what happened.

    python scripts/import_survey.py [FOLDER] [--pairs N]     # default: /work/shared/data

For each BibTeX, RIS and CSL-JSON file under FOLDER (the import's own format detection),
a fresh library (a copy of one newly created library) imports it through the Library API,
and one line gives: found, imported, updated, set aside as identical (duplicates), skipped,
flagged for review, whether ``imported + updated + duplicates + skipped == found`` holds,
and for the set-aside entries the identity that matched (doi, isbn, same-entry…). Then the
flagged pairs (title A / title B / reason and score), N of them (default 20) picked evenly
across the files, for a reader to check by hand.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kb_app.core.dto import ImportReport
from kb_app.core.errors import KbError
from kb_app.core.jobs import run_job
from kb_app.core.library import Library, detect_file_format

BIBLIOGRAPHIC = ("bibtex", "ris", "csljson")


def importable(folder: Path) -> list[tuple[Path, str]]:
    found = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.suffix.lower() not in (".bib", ".ris", ".json"):
            continue
        try:
            fmt = detect_file_format(path)
        except (KbError, OSError):
            continue
        if fmt in BIBLIOGRAPHIC:
            found.append((path, fmt))
    return found


def identities(report: ImportReport) -> str:
    counts: Counter[str] = Counter()
    for e in report.entries:
        if e.action == "duplicate":
            within = e.reason.startswith("import.")
            counts[str(e.params.get("reason", e.reason)) if within else e.reason] += 1
    return " ".join(f"{k}:{n}" for k, n in sorted(counts.items())) or "-"


def flagged_pairs(report: ImportReport, titles: dict[int, str]) -> list[tuple[str, str, str]]:
    out = []
    for e in report.entries:
        like = e.likeness
        if like is None:
            continue
        partner = like.title or titles.get(like.line or -1, "?")
        where = f"line {like.line}" if like.fiche is None else f"fiche {like.fiche}"
        out.append(
            (f"{e.title} [{e.line}]", f"{partner} [{where}]", f"{like.reason} {like.score:.0f}")
        )
    return out


def set_aside(report: ImportReport) -> list[str]:
    out = []
    for e in report.entries:
        if e.action != "duplicate":
            continue
        if e.reason.startswith("import."):
            partner, why = f"line {e.params.get('line')}", str(e.params.get("reason"))
        else:
            partner, why = f"fiche {e.target}", e.reason
        out.append(f"line {e.line} « {e.title[:70]} » = {partner} ({why})")
    return out


def _spread(
    pairs: list[tuple[str, tuple[str, str, str]]], wanted: int
) -> list[tuple[str, tuple[str, str, str]]]:
    """``wanted`` pairs taken in turn from each file (not all from the file with most)."""
    by_file: dict[str, list[tuple[str, tuple[str, str, str]]]] = {}
    for item in pairs:
        by_file.setdefault(item[0], []).append(item)
    chosen: list[tuple[str, tuple[str, str, str]]] = []
    while len(chosen) < wanted and any(by_file.values()):
        for items in by_file.values():
            if items and len(chosen) < wanted:
                chosen.append(items.pop(0))
    return chosen


def _import(folder: Path, path: Path, fmt: str) -> ImportReport:
    """Import ``path``; a file that is not UTF-8 again as Windows-1252 (what `kb import
    --encoding` offers)."""
    with Library(folder) as lib:
        try:
            return run_job(lib.import_file(path, fmt=fmt))
        except KbError as err:
            if err.code != "decoding.not_utf8":
                raise
            return run_job(lib.import_file(path, fmt=fmt, fallback="windows-1252"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--pairs", type=int, default=20, help="flagged pairs to list")
    args = parser.parse_args()
    files = importable(args.folder)
    head = ("file", "found", "imp", "upd", "dup", "skip", "flag", "sum", "set aside by")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    totals = Counter[str]()
    pairs: list[tuple[str, tuple[str, str, str]]] = []
    aside: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "template"
        Library(template).close()
        for n, (path, fmt) in enumerate(files):
            folder = Path(tmp) / f"lib{n}"
            shutil.copytree(template, folder)
            name = str(path.relative_to(args.folder))
            try:
                report = _import(folder, path, fmt)
            except KbError as err:
                print(f"| {name} | refused: {err.code} |" + " |" * (len(head) - 2))
                totals["refused"] += 1
                continue
            finally:
                shutil.rmtree(folder, ignore_errors=True)
            if report.encoding not in ("utf-8", "utf-8-sig", "ascii", "utf-16"):
                name += f" ({report.encoding})"
            total = report.imported + report.updated + report.duplicates + report.skipped
            holds = "ok" if total == report.found else f"BROKEN ({total})"
            row = (
                name,
                report.found,
                report.imported,
                report.updated,
                report.duplicates,
                report.skipped,
                report.flagged,
                holds,
                identities(report),
            )
            print("| " + " | ".join(str(c) for c in row) + " |")
            for key, value in zip(
                ("found", "imp", "upd", "dup", "skip", "flag"), row[1:7], strict=False
            ):
                totals[key] += int(value)  # type: ignore[call-overload]
            totals["files"] += 1
            totals["broken"] += holds != "ok"
            pairs += [(name, p) for p in flagged_pairs(report, {})]
            aside += [(name, line) for line in set_aside(report)]
    print(
        "\ntotal: "
        + ", ".join(f"{k} {v}" for k, v in totals.items())
        + f"; flagged pairs {len(pairs)}"
    )
    if aside:
        print("\nEvery entry set aside, with the identity that matched:")
        for name, line in aside:
            print(f"- {name}: {line}")
    if pairs and args.pairs:
        chosen = _spread(pairs, args.pairs)
        print(f"\n{len(chosen)} flagged pairs (title A / title B / reason):")
        for name, (a, b, why) in chosen:
            print(f"- {name}: « {a} » / « {b} » / {why}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
