"""The import use case: preview a file, import it (one job, one transaction).

The format modules (``interchange``) read a file and plan against the base: each entry new,
update, duplicate or skipped, with its reasons; nothing there writes. This module validates
and writes a plan. Crash points (``KB_CRASH_AT``) mark every step a kill test needs: after
parsing, before the transaction, after each batch, before and after the commit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kb_app.core.dto import FicheDraft, ImportReport, draft_of_detail
from kb_app.core.errors import KbError, Message, Problem, ValidationError
from kb_app.core.interchange.importer import (
    Plan,
    detect_format,
    plan_import,
    read_file,
    report_of,
)
from kb_app.core.interchange.linked_files import resolve as resolve_link
from kb_app.core.interchange.record import FileLink, SourceRecord
from kb_app.core.interchange.skos_import import SkosPlan, plan_skos, read_skos
from kb_app.core.interchange.structured import MarkdownPlan, plan_markdown, read_markdown
from kb_app.core.jobs import CancelToken, Job, Progress
from kb_app.core.library.attachments import Attachments
from kb_app.core.library.batch import BATCH, BatchWriter
from kb_app.core.library.context import Context
from kb_app.core.library.drafts import save_validated, unique_key
from kb_app.core.seed.records import draft_of
from kb_app.core.storage import fiches as store
from kb_app.core.storage.concepts import add_concept, add_labels, add_structure
from kb_app.core.storage.models import Concept, Fiche
from kb_app.core.thesaurus.ops import reindex_fiches_of
from kb_app.core.thesaurus.skos import ConceptRecord
from kb_app.core.upkeep.crash import crashpoint


def merged_update(existing: FicheDraft, incoming: FicheDraft) -> FicheDraft:
    """An existing fiche refreshed from an imported record.

    Bibliographic fields the record has replace the fiche's; the fiche keeps its body, links,
    sources, and every concept (the record's are added)."""
    details: dict[str, Any] = dict(existing.details)
    extra = {**(existing.details.get("extra") or {}), **(incoming.details.get("extra") or {})}
    details.update({k: v for k, v in incoming.details.items() if k != "extra"})
    if extra:
        details["extra"] = extra
    return replace(
        existing,
        title=incoming.title or existing.title,
        date=incoming.date or existing.date,
        summary=incoming.summary or existing.summary,
        lang=incoming.lang if incoming.lang != "fr" else existing.lang,
        agents=incoming.agents or existing.agents,
        concepts=tuple(dict.fromkeys(existing.concepts + incoming.concepts)),
        details=details,
    )


class Imports:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def preview_import(
        self,
        path: Path | str,
        *,
        fmt: str | None = None,
        fallback: str | None = None,
        update: bool = False,
        choices: Mapping[int, str] | None = None,
    ) -> ImportReport:
        """What ``import_file`` would do, without writing anything.

        ``choices``: for a flagged entry (by its line), « import » (the default), « skip » or
        « merge » into the fiche or earlier entry it looks like."""
        path = Path(path)
        fmt = fmt or detect_file_format(path)
        if fmt == "skos":
            return self._skos_plan(path, update).report(str(path), dry_run=True)
        if fmt == "markdown":
            return self._markdown_plan(path, update).report(str(path), dry_run=True)
        plan = self._records_plan(path, fmt, fallback, update, choices)
        for _record, _link, outcome in _linked_files(plan, path.parent):
            if isinstance(outcome, Problem):  # what the import would warn about
                plan.warnings.append(outcome)
        return report_of(plan, str(path), fmt, dry_run=True)

    def import_file(
        self,
        path: Path | str,
        *,
        fmt: str | None = None,
        fallback: str | None = None,
        update: bool = False,
        cancel: CancelToken | None = None,
        choices: Mapping[int, str] | None = None,
    ) -> Job[ImportReport]:
        """Import a BibTeX, RIS, CSL-JSON, SKOS or Markdown file (a job yielding Progress);
        ``choices`` as for ``preview_import``."""
        path = Path(path)
        fmt = fmt or detect_file_format(path)
        yield Progress("lecture", 0, None)
        if fmt == "skos":
            skos_plan = self._skos_plan(path, update)
            crashpoint("import_parsed")
            yield from self._write_skos(skos_plan)
            return skos_plan.report(str(path))
        if fmt == "markdown":
            md_plan = self._markdown_plan(path, update)
            crashpoint("import_parsed")
            keys = yield from self._write_markdown(md_plan, cancel)
            return md_plan.report(str(path), keys=tuple(keys))
        plan = self._records_plan(path, fmt, fallback, update, choices)
        crashpoint("import_parsed")
        keys, updated = yield from self._write_plan(plan, cancel)
        attached = yield from self._attach_files(plan, keys, path.parent)
        report = report_of(plan, str(path), fmt, keys=tuple(keys), updated=updated)
        return replace(report, attachments=attached)

    # -- planning: the file is read first, then planned in a short read session ----------------

    def _records_plan(
        self,
        path: Path,
        fmt: str,
        fallback: str | None,
        update: bool,
        choices: Mapping[int, str] | None = None,
    ) -> Plan:
        parsed = read_file(path, fmt, fallback)
        with self.ctx.read() as s:
            return plan_import(s, parsed, update=update, choices=choices)

    def _skos_plan(self, path: Path, update: bool) -> SkosPlan:
        data = read_skos(path)
        with self.ctx.read() as s:
            return plan_skos(s, path, data, update=update)

    def _markdown_plan(self, path: Path, update: bool) -> MarkdownPlan:
        plan, parsed = read_markdown(path)
        with self.ctx.read() as s:
            return plan_markdown(s, plan, parsed, update)

    # -- writing -------------------------------------------------------------------------------

    def _write_plan(self, plan: Plan, cancel: CancelToken | None) -> Job[tuple[list[str], int]]:
        total = len(plan.new) + len(plan.updates)
        keys: list[str] = []
        updated = 0
        crashpoint("import_before_begin")
        with self.ctx.write() as s:
            writer = BatchWriter(s, validate=False)  # plan_import validated each draft
            for start in range(0, len(plan.new), BATCH):
                keys += writer.write(plan.new[start : start + BATCH])
                crashpoint("import_batch")
                if cancel is not None:
                    cancel.raise_if_cancelled()
                yield Progress("ajout", len(keys), total)
            for key, incoming in plan.updates:
                row = store.get_row(s, key, include_deleted=False)
                existing = draft_of_detail(store.detail(s, row))
                draft = merged_update(existing, incoming)
                if draft != existing:
                    save_validated(s, row, draft)
                    updated += 1
                if cancel is not None:
                    cancel.raise_if_cancelled()
            yield Progress("ajout", total, total)
            crashpoint("import_before_commit")
        crashpoint("import_after_commit")
        return keys, updated

    # -- the files the entries link to (Zotero's « Export with files ») ------------------------

    def _attach_files(self, plan: Plan, keys: list[str], base: Path) -> Job[int]:
        """After the fiches are committed: each file an entry links to is attached to its
        fiche through the attachment service, as `kb attach` does (stored by hash, text
        extracted, the fiche re-indexed), one transaction a file. A file that is missing,
        leaves the export's folder or is refused is a warning at its entry; the fiches stay
        imported. Not cancellable: the import itself is already committed."""
        assert len(keys) == len(plan.new_records), "a new fiche without its record"
        fiche_of = {id(r): k for r, k in zip(plan.new_records, keys, strict=True)}
        updated = zip(plan.update_records, plan.updates, strict=True)
        fiche_of.update({id(r): key for r, (key, _draft) in updated})
        todo = [row for row in _linked_files(plan, base) if id(row[0]) in fiche_of]
        service = Attachments(self.ctx)
        attached = 0
        for done, (record, link, outcome) in enumerate(todo, start=1):
            if isinstance(outcome, Problem):
                plan.warnings.append(outcome)
                continue
            line = link.line or record.line
            try:
                service.add_attachment(fiche_of[id(record)], outcome, original_name=outcome.name)
                attached += 1
            except ValidationError as err:
                if err.code != "attachment.already_attached":  # imported again: kept once
                    plan.warnings += _not_attached(record.where, line, link.path, err)
            except KbError as err:
                plan.warnings += _not_attached(record.where, line, link.path, err)
            yield Progress("pièces jointes", done, len(todo))
        return attached

    def _write_markdown(self, plan: MarkdownPlan, cancel: CancelToken | None) -> Job[list[str]]:
        total = len(plan.new) + len(plan.updates)
        crashpoint("import_before_begin")
        with self.ctx.write() as s:
            rows: dict[str, Fiche] = {}
            for record in plan.new:
                row = Fiche(key=record.key)
                store.fill(row, draft_of(record))
                s.add(row)
                rows[record.key] = row
            s.flush()
            for done, record in enumerate([*plan.new, *plan.updates], start=1):
                row = rows.get(record.key) or store.get_row(s, record.key)
                save_validated(s, row, draft_of(record))
                if record.members:
                    _set_members(s, row, [m for m, _ in record.members])
                if cancel is not None:
                    cancel.raise_if_cancelled()
                yield Progress("ajout", done, total)
                crashpoint("import_batch")
            crashpoint("import_before_commit")
        crashpoint("import_after_commit")
        return [r.key for r in plan.new]

    def _write_skos(self, plan: SkosPlan) -> Job[None]:
        total = len(plan.data.concepts)
        crashpoint("import_before_begin")
        with self.ctx.write() as s:
            ids = dict(plan.known)
            taken = set(s.scalars(select(Concept.key)))
            for done, c in enumerate(plan.data.concepts, start=1):
                if c.uri in plan.known:
                    if c.uri in plan.updated:
                        _update_concept(s, plan.known[c.uri], c)
                    continue
                key = unique_key(c.key, taken)
                taken.add(key)
                ids[c.uri] = add_concept(s, c, key)
                yield Progress("thésaurus", done, total)
            add_structure(s, plan.data, ids)
            crashpoint("import_before_commit")
        crashpoint("import_after_commit")


def _linked_files(plan: Plan, base: Path) -> list[tuple[SourceRecord, FileLink, Path | Problem]]:
    """Every file the planned records (new and updated) link to: the file, or the located
    reason it will not be attached."""
    rows: list[tuple[SourceRecord, FileLink, Path | Problem]] = []
    for record in [*plan.new_records, *plan.update_records]:
        for link in record.files:
            found = resolve_link(link, base)
            if isinstance(found, Message):
                rows.append(
                    (record, link, Problem.at(record.where, found, link.line or record.line))
                )
            else:
                rows.append((record, link, found))
    return rows


def _not_attached(where: str, line: int | None, path: str, err: KbError) -> list[Problem]:
    """The file named, then the attachment service's own reason (and its details)."""
    reasons = [Problem(where, err.code, line, err.params)]
    reasons += [Problem(where, p.code, line, p.params) for p in getattr(err, "problems", ())]
    return [Problem(where, "import.file_not_attached", line, {"path": path}), *reasons]


def _set_members(s: Session, row: Fiche, members: list[str]) -> None:
    ids = dict(s.execute(select(Fiche.key, Fiche.id).where(Fiche.key.in_(members))).all())
    store.set_members(s, row.id, [ids[m] for m in members])


def _update_concept(s: Session, cid: int, c: ConceptRecord) -> None:
    """A known concept gains the file's labels it lacks and, when it has none, a definition
    (French and English each)."""
    concept = s.get(Concept, cid)
    assert concept is not None
    concept.definition = concept.definition or c.definition
    concept.definition_en = concept.definition_en or c.definition_en
    add_labels(s, cid, c)
    s.flush()
    reindex_fiches_of(s, cid)


def detect_file_format(path: Path) -> str:
    """The import format of a file (from its name, then its first bytes) or of a folder."""
    if path.is_dir():
        return "markdown"
    with path.open("rb") as fh:
        return detect_format(path, fh.read(8192))
