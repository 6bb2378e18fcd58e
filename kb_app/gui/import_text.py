"""How the import and the duplicates read in the window: entries, reasons, problems, counts.

The core reports with codes (« doi », « skip », message codes with parameters); these
functions give the window's sentences.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kb_app.core.dto import ImportReport, PlannedEntry
from kb_app.core.errors import KbError, Message, Problem, ValidationError
from kb_app.gui import labels
from kb_app.gui.errors import (
    as_sentence,
    error_sentence,
    error_text,
    problem_sentence,
    translate_message,
)
from kb_app.gui.models.table_model import Row

translate = QCoreApplication.translate
REASON_CODES = ("doi", "isbn", "same-entry", "title-year-author", "similar-title", "id")
#: What the librarian may do with a flagged entry, as the preview offers it.
CHOICES = ("import", "skip", "merge")


def place(where: str, line: int | None) -> str:
    """« fichier.bib:12 »: the file's name (never its whole path), then the line."""
    name = Path(where).name or where
    return f"{name}:{line}" if line is not None else name


def reason_text(reason: str, params: Mapping[str, object] | None = None) -> str:
    """A duplicate reason (« doi ») or a message code with its parameters, as a sentence part."""
    if reason in REASON_CODES:
        return labels.duplicate_reason_label(reason)
    return translate_message(Message(reason, params or {}))


def likeness_text(entry: PlannedEntry) -> str:
    """« ressemble à « … » (titres très proches, 93 %) », or "" for an entry not flagged."""
    like = entry.likeness
    if like is None:
        return ""
    how = labels.duplicate_reason_label(like.reason)
    if like.reason == "similar-title":
        how += f", {like.score:.0f} %"
    if like.fiche is None:
        where = translate("ImportText", "l'entrée de la ligne %1").replace("%1", str(like.line))
        return (
            translate("ImportText", "ressemble à %1 « %2 » (%3)")
            .replace("%1", where)
            .replace("%2", like.title)
            .replace("%3", how)
        )
    return (
        translate("ImportText", "ressemble à « %1 » (%2)")
        .replace("%1", like.title)
        .replace("%2", how)
    )


def choice_label(choice: str) -> str:
    names = {
        "import": translate("ImportText", "importer"),
        "skip": translate("ImportText", "écarter"),
        "merge": translate("ImportText", "fusionner"),
    }
    return names.get(choice, choice)


def action_text(
    entry: PlannedEntry,
    titles: dict[str, str] | None = None,
    choices: Mapping[int, str] | None = None,
) -> str:
    """« nouvelle », « doublon de « … » (même DOI) », « écartée : … », « nouvelle — ressemble
    à « … » (…) », with the librarian's choice for a flagged entry."""
    alike = likeness_text(entry)
    if alike and entry.action == "new":
        choice = (choices or {}).get(entry.line or -1, "import")
        text = f"{labels.import_action_label(entry.action)} — {alike}"
        if choice != "import":
            text += " — " + translate("ImportText", "choix : %1").replace(
                "%1", choice_label(choice)
            )
        return text
    target = (titles or {}).get(entry.target or "", entry.target or "")
    reason = reason_text(entry.reason, entry.params) if entry.reason else ""
    if entry.action == "duplicate" and target:
        text = translate("ImportText", "identique à « %1 »").replace("%1", target)
    elif entry.action == "update" and target:
        text = translate("ImportText", "mise à jour de « %1 »").replace("%1", target)
    else:
        text = labels.import_action_label(entry.action)
    if reason and entry.action == "skip":
        return f"{text} : {reason}"
    return f"{text} ({reason})" if reason else text


def entry_rows(
    entries: Iterable[PlannedEntry],
    limit: int,
    titles: dict[str, str] | None = None,
    choices: Mapping[int, str] | None = None,
) -> list[Row]:
    rows = []
    for n, entry in enumerate(entries):
        if n >= limit:
            break
        action = action_text(entry, titles, choices)
        cells = (
            place(entry.where, entry.line),
            entry.title or translate("ImportText", "(sans titre)"),
            str(entry.year or ""),
            labels.people_text(entry.people),
            action,
        )
        rows.append(Row(cells, entry, f"{entry.title}\n{action}"))
    return rows


def problem_rows(problems: Iterable[Problem]) -> list[Row]:
    rows = []
    for problem in problems:
        text = problem_sentence(problem)
        rows.append(Row((place(problem.where, problem.line), text), problem, text))
    return rows


def counts_text(report: ImportReport) -> str:
    """« 12 entrées trouvées : 9 nouvelles, 2 identiques mises de côté, 1 écartée. »"""
    imported = (
        translate("ImportText", "%n nouvelle(s)", "", report.imported)
        if report.dry_run
        else translate("ImportText", "%n importée(s)", "", report.imported)
    )
    parts = [
        imported,
        translate("ImportText", "%n mise(s) à jour", "", report.updated),
        translate("ImportText", "%n identique(s) mise(s) de côté", "", report.duplicates),
        translate("ImportText", "%n écartée(s)", "", report.skipped),
    ]
    if report.attachments:  # the files of a Zotero export « with files »
        parts.append(translate("ImportText", "%n fichier(s) joint(s)", "", report.attachments))
    found = translate("ImportText", "%n entrée(s) trouvée(s)", "", report.found)
    text = f"{found} : {', '.join(parts)}."
    if report.flagged:
        text += " " + translate(
            "ImportText", "%n signalée(s) comme doublon(s) probable(s), à vérifier.", "",
            report.flagged,
        )  # fmt: skip
    return text


def summary_text(report: ImportReport) -> str:
    """The import's outcome as a librarian reads it first: the counts (imported, updated,
    set aside, skipped, flagged), then by which identity entries were set aside."""
    lines = [counts_text(report)]
    identities: dict[str, int] = {}
    for e in report.entries:
        if e.action == "duplicate":
            code = str(e.params.get("reason", "")) if e.reason.startswith("import.") else e.reason
            identities[code] = identities.get(code, 0) + 1
    if identities:
        by = ", ".join(
            f"{labels.duplicate_reason_label(code)} : {n}" for code, n in identities.items()
        )
        lines.append(
            translate("ImportText", "Mises de côté comme identiques : %1.").replace("%1", by)
        )
    return "\n".join(lines)


def encoding_text(report: ImportReport) -> str:
    if not report.encoding:
        return ""
    return translate("ImportText", "Encodage lu : %1.").replace("%1", report.encoding)


def progress_text(label: str) -> str:
    """The core's progress labels (« lecture », « ajout »), as the window says them."""
    known = {
        "lecture": translate("ImportText", "Lecture du fichier…"),
        "ajout": translate("ImportText", "Ajout des fiches…"),
        "pièces jointes": translate("ImportText", "Ajout des fichiers joints…"),
    }
    return known.get(label, label)


def is_encoding_error(exc: BaseException) -> bool:
    """The preview failed because the file is not UTF-8 and no chosen encoding fits it."""
    return isinstance(exc, KbError) and exc.code == "decoding.not_utf8"


def failure_text(exc: BaseException) -> str:
    """Why a file cannot be previewed: the sentence, then each problem with its place."""
    if not isinstance(exc, ValidationError) or not exc.problems:
        return error_sentence(exc)
    if is_encoding_error(exc):
        head = translate("ImportText", "Le fichier n'est pas en UTF-8 : choisissez son encodage.")
    else:
        head = as_sentence(error_text(exc))
    lines = [f"• {place(p.where, p.line)} — {problem_sentence(p)}" for p in exc.problems[:10]]
    return "\n".join([head, *lines])
