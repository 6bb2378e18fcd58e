"""`kb import FILE`: BibTeX, RIS, CSL-JSON, SKOS or a folder of Markdown fiches, with a report.

The JSON report is the contract: imported, updated, duplicates, skipped, errors (each with
where and message), and found (their sum). Exit 1 when entries were skipped; exit 4 when the
fiches were saved but the search index could not follow (a full disk: ``index_behind`` and
``index_error`` are added to the JSON); exit 3 when nothing was saved.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path

from kb_app.cli.context import Context
from kb_app.cli.i18n import say, say_note, say_word, tr
from kb_app.cli.output import EXIT_SAVED_INDEX_BEHIND, ProgressBar, emit_json
from kb_app.core.dto import ImportReport, IndexLag, PlannedEntry
from kb_app.core.errors import LibraryError, Message, Problem
from kb_app.core.jobs import run_job
from kb_app.core.library import storage_failure
from kb_app.core.messages import is_word
from kb_app.core.vocabulary import IMPORT_FORMATS

HELP = (
    "importer des références (BibTeX, RIS, CSL-JSON), un thésaurus SKOS ou des fiches Markdown",
    "import references (BibTeX, RIS, CSL-JSON), a SKOS thesaurus or Markdown fiches",
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        metavar=tr("FICHIER", "FILE"),
        help=tr(
            "fichier (ou dossier de fichiers .md) à importer",
            "file (or folder of .md files) to import",
        ),
    )
    parser.add_argument(
        "--format",
        choices=IMPORT_FORMATS,
        help=tr("par défaut : d'après le nom et le contenu", "default: from the name and content"),
    )
    parser.add_argument(
        "--encoding",
        metavar="ENC",
        help=tr(
            "pour les fichiers qui ne sont pas en UTF-8 (latin-1, windows-1252…)",
            "for files that are not UTF-8 (latin-1, windows-1252…)",
        ),
    )
    parser.add_argument(
        "--update",
        action="store_true",
        help=tr(
            "mettre à jour les fiches que le fichier retrouve (DOI, ISBN…)",
            "refresh fiches the file already matches (DOI, ISBN…)",
        ),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=tr("seulement le rapport, sans rien changer", "report only, change nothing"),
    )


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
        except Exception as exc:
            _nothing_saved(exc, path)
            raise
        finally:
            bar.finish()
    lag = None if args.dry_run else library.index_lag()
    if ctx.as_json:
        data = report.to_dict()
        if lag is not None:  # added keys: the fiches are saved, the index is behind
            data["index_behind"] = lag.pending
            data["index_error"] = lag.reason
        emit_json(data)
    else:
        print_report(report)
    if lag is not None:
        return _saved_index_behind(report, lag)
    return 1 if report.skipped else 0


def _nothing_saved(exc: Exception, path: Path) -> None:
    """A full disk before the commit: the import was rolled back; say so, naming the file."""
    failure = storage_failure(exc)
    if failure is not None and failure.code == "library.disk_full":
        raise LibraryError("outcome.import_nothing_saved", file=str(path), reason="disk_full")


def _saved_index_behind(report: ImportReport, lag: IndexLag) -> int:
    """The fiches are committed, the index could not follow: not « nothing was saved »."""
    text = say(
        "outcome.import_saved_index_behind",
        count=report.imported + report.updated,
        file=report.source,
        database=lag.database,
        reason=lag.reason,
        pending=lag.pending,
    )
    print(f"kb: {text}", file=sys.stderr)
    return EXIT_SAVED_INDEX_BEHIND


def print_report(report: ImportReport) -> None:
    """What a librarian needs first: imported, updated, set aside as identical (and why),
    flagged for review, skipped (file:line and reason); then the warnings."""
    source = f"{report.source} ({report.format}, {report.encoding})"
    if report.dry_run:
        verb = tr(f"Aperçu de {source}", f"Preview of {source}")
    else:
        verb = tr(f"Import de {source}", f"Import of {source}")
    print(
        verb
        + tr(
            f" : {report.found} entrée(s) trouvée(s)",
            f": {report.found} entry(ies) found",
        )
    )
    print(
        tr(
            f"  {report.imported} importée(s), {report.updated} mise(s) à jour, "
            f"{report.duplicates} identique(s) mise(s) de côté, {report.skipped} écartée(s)",
            f"  {report.imported} imported, {report.updated} updated, "
            f"{report.duplicates} set aside as identical, {report.skipped} skipped",
        )
    )
    if report.attachments:  # the files of a Zotero export « with files »
        print(
            tr(
                f"  {report.attachments} fichier(s) joint(s) aux fiches",
                f"  {report.attachments} file(s) attached to the fiches",
            )
        )
    dups = [e for e in report.entries if e.action == "duplicate"]
    if dups:
        print(
            tr(
                f"  mises de côté comme identiques : {len(dups)} ({_by_identity(dups)})",
                f"  set aside as identical: {len(dups)} ({_by_identity(dups)})",
            )
        )
    if report.flagged:
        print(
            tr(
                f"  signalées comme doublons probables, à vérifier : {report.flagged} "
                "(importées ; `kb duplicates` les liste)",
                f"  flagged as likely duplicates, to review: {report.flagged} "
                "(imported; `kb duplicates` lists them)",
            )
        )
    for e in dups[:SHOWN]:
        head = tr("  identique", "  identical")
        why = reason(e.reason, e.params)
        same = f" = fiche « {e.target} » ({why})" if e.target else f" — {why}"
        print(f"{head} {_place(e)}{tr(' : ', ': ')}{e.title[:50]}{same}")
    _more(len(dups))
    flagged = [e for e in report.entries if e.likeness is not None and e.action != "duplicate"]
    for e in flagged[:SHOWN]:
        print(f"{tr('  à vérifier', '  to review')} {_place(e)}{tr(' : ', ': ')}{e.title[:50]}"
              f" — {_likeness(e)}")  # fmt: skip
    _more(len(flagged))
    for p in report.errors:  # every skipped entry, always: nothing is dropped silently
        print(tr("  écartée  ", "  skipped  ") + " " + problem_text(p))
    for e in report.entries:  # skipped by the librarian's choice (no error)
        if e.action == "skip" and e.likeness is not None:
            print(tr("  écartée  ", "  skipped  ") + f" {_place(e)}{tr(' : ', ': ')}"
                  + reason(e.reason, e.params))  # fmt: skip
    for p in report.warnings[:SHOWN]:
        print(tr("  attention", "  warning  ") + " " + problem_text(p))
    _more(len(report.warnings))


def _place(e: PlannedEntry) -> str:
    return f"{e.where}:{e.line}" if e.line else e.where


def _by_identity(entries: list[PlannedEntry]) -> str:
    """« DOI : 2, entrée identique : 1 »: how many entries each identity set aside."""
    counts: dict[str, int] = {}
    for e in entries:
        code = str(e.params.get("reason", "")) if e.reason.startswith("import.") else e.reason
        counts[code] = counts.get(code, 0) + 1
    return ", ".join(
        f"{say_word('reason', code)}{tr(' : ', ': ')}{n}" for code, n in counts.items()
    )


def _likeness(e: PlannedEntry) -> str:
    like = e.likeness
    assert like is not None
    score = f"{like.score:.0f}"
    if like.fiche is not None:
        message = Message.of(
            "import.looks_like_fiche", fiche=like.fiche, reason=like.reason, score=score
        )
    else:
        message = Message.of(
            "import.looks_like_entry", line=like.line, reason=like.reason, score=score
        )
    return f"{say_note(message)} « {like.title[:50]} »"


def reason(code: str, params: Mapping[str, object]) -> str:
    """Why an entry is a duplicate: a duplicate reason (« doi ») or a message code."""
    if is_word("reason", code):
        return say_word("reason", code)
    return say_note(Message(code, params))


def problem_text(p: Problem) -> str:
    place = f"{p.where}:{p.line}" if p.line is not None else p.where
    return f"{place}{tr(' : ', ': ')}{say_note(p)}"


SHOWN = 10


def _more(count: int) -> None:
    if count > SHOWN:
        more = count - SHOWN
        print(
            tr(
                f"  … et {more} autre(s) (--json pour la liste complète)",
                f"  … and {more} more (--json for the whole list)",
            )
        )
