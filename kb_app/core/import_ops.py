"""The library's import use cases: preview a file, import it (one job, one transaction).

Crash points (``KB_CRASH_AT``) mark every step a kill test needs: after parsing, before the
transaction, after each batch, before and after the commit.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from kb_app.core.bulk import BATCH, _Context
from kb_app.core.crash import crashpoint
from kb_app.core.dto import FicheDraft
from kb_app.core.editing import FicheWriter, draft_of_detail
from kb_app.core.interchange.importer import (
    ImportReport,
    Plan,
    detect_format,
    plan_import,
    read_file,
    report_of,
)
from kb_app.core.jobs import CancelToken, Job, Progress
from kb_app.core.storage import fiches as store
from kb_app.core.storage.session import transaction


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


class ImportOps(FicheWriter):
    engine: Engine

    def preview_import(
        self,
        path: Path | str,
        *,
        fmt: str | None = None,
        fallback: str | None = None,
        update: bool = False,
    ) -> ImportReport:
        """What ``import_file`` would do, without writing anything."""
        path = Path(path)
        fmt = fmt or _detect(path)
        if fmt in ("skos", "markdown"):
            from kb_app.core.interchange.structured import preview_structured

            return preview_structured(self, path, fmt, update=update)
        plan = plan_import(self.engine, read_file(path, fmt, fallback), update=update)
        return report_of(plan, str(path), fmt, dry_run=True)

    def import_file(
        self,
        path: Path | str,
        *,
        fmt: str | None = None,
        fallback: str | None = None,
        update: bool = False,
        cancel: CancelToken | None = None,
    ) -> Job[ImportReport]:
        """Import a BibTeX, RIS, CSL-JSON, SKOS or Markdown file (a job yielding Progress)."""
        path = Path(path)
        fmt = fmt or _detect(path)
        yield Progress("lecture", 0, None)
        if fmt in ("skos", "markdown"):
            from kb_app.core.interchange.structured import import_structured

            return (yield from import_structured(self, path, fmt, update=update, cancel=cancel))
        plan = plan_import(self.engine, read_file(path, fmt, fallback), update=update)
        crashpoint("import_parsed")
        keys, updated = yield from self._write_plan(plan, cancel)
        self._changed()
        return report_of(plan, str(path), fmt, keys=tuple(keys), updated=updated)

    def _write_plan(self, plan: Plan, cancel: CancelToken | None) -> Job[tuple[list[str], int]]:
        total = len(plan.new) + len(plan.updates)
        keys: list[str] = []
        updated = 0
        crashpoint("import_before_begin")
        with transaction(self.engine) as s:
            ctx = _Context(s, validate=False)  # plan_import validated each draft
            for start in range(0, len(plan.new), BATCH):
                keys += ctx.write(plan.new[start : start + BATCH])
                crashpoint("import_batch")
                if cancel is not None:
                    cancel.raise_if_cancelled()
                yield Progress("ajout", len(keys), total)
            for key, incoming in plan.updates:
                row = store.get_row(s, key, include_deleted=False)
                existing = draft_of_detail(store.detail(s, row))
                draft = merged_update(existing, incoming)
                if draft != existing:
                    self._save(s, row, draft, self._validated(s, draft, key))
                    updated += 1
                if cancel is not None:
                    cancel.raise_if_cancelled()
            yield Progress("ajout", total, total)
            crashpoint("import_before_commit")
        crashpoint("import_after_commit")
        return keys, updated


def _detect(path: Path) -> str:
    if path.is_dir():
        return "markdown"
    with path.open("rb") as fh:
        return detect_format(path, fh.read(8192))
