"""`kb import FILE`: BibTeX, RIS, CSL-JSON, SKOS or a folder of Markdown fiches, with a report.

The JSON report is the contract: imported, updated, duplicates, skipped, errors (each with
where and message), and found (their sum). Exit 1 when entries were skipped.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kb_app.cli.context import Context
from kb_app.cli.output import ProgressBar, emit_json
from kb_app.core.dto import ImportReport
from kb_app.core.jobs import run_job
from kb_app.core.vocabulary import IMPORT_FORMATS

HELP = "import references (BibTeX, RIS, CSL-JSON), a SKOS thesaurus or Markdown fiches"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="file (or folder of .md files) to import")
    parser.add_argument(
        "--format", choices=IMPORT_FORMATS, help="default: from the name and content"
    )
    parser.add_argument(
        "--encoding", metavar="ENC", help="for files that are not UTF-8 (latin-1, windows-1252…)"
    )
    parser.add_argument(
        "--update", action="store_true", help="refresh fiches the file already matches (DOI, ISBN…)"
    )
    parser.add_argument("--dry-run", action="store_true", help="report only, change nothing")


def run(ctx: Context, args: argparse.Namespace) -> int:
    library = ctx.library
    path = Path(args.file)
    if args.dry_run:
        report = library.preview_import(
            path, fmt=args.format, fallback=args.encoding, update=args.update
        )
    else:
        bar = ProgressBar()
        try:
            job = library.import_file(
                path, fmt=args.format, fallback=args.encoding, update=args.update
            )
            report = run_job(job, bar)
        finally:
            bar.finish()
    if ctx.as_json:
        emit_json(report.to_dict())
    else:
        print_report(report)
    return 1 if report.skipped else 0


def print_report(report: ImportReport) -> None:
    verb = "Aperçu" if report.dry_run else "Import"
    print(
        f"{verb} de {report.source} ({report.format}, {report.encoding}) : "
        f"{report.found} entrée(s) trouvée(s)"
    )
    print(
        f"  {report.imported} importée(s), {report.updated} mise(s) à jour, "
        f"{report.duplicates} doublon(s), {report.skipped} écartée(s)"
    )
    dups = [e for e in report.entries if e.action == "duplicate"]
    for e in dups[:SHOWN]:
        place = f"{e.where}:{e.line}" if e.line else e.where
        target = f" « {e.target} »" if e.target else ""
        print(f"  doublon   {place} : {e.title[:50]} = fiche{target} ({e.reason})")
    _more(len(dups))
    for p in report.errors:  # every skipped entry, always: nothing is dropped silently
        print(f"  écartée   {p}")
    for p in report.warnings[:SHOWN]:
        print(f"  attention {p}")
    _more(len(report.warnings))


SHOWN = 10


def _more(count: int) -> None:
    if count > SHOWN:
        print(f"  … et {count - SHOWN} autre(s) (--json pour la liste complète)")
