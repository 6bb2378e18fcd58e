"""Exporting a selection, a query's results or the whole library, and the thesaurus.

Bibliographic formats (BibTeX, RIS, CSL-JSON) go through the neutral record
(``interchange.record.csl_item``); the Markdown folder uses the seed format, so it can be
imported back as it is; the thesaurus goes out as SKOS Turtle. A file is written next to its
target as ``*.part`` and renamed into place: an interrupted export leaves no half file.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import func, select

from kb_app.core.dto import ExportSummary, FicheDetail, SearchFilters, draft_of_detail
from kb_app.core.errors import UserError, ValidationError
from kb_app.core.interchange.cite import csl_json
from kb_app.core.interchange.record import csl_item
from kb_app.core.library.context import Context
from kb_app.core.library.search import Search
from kb_app.core.seed.frontmatter import front_matter
from kb_app.core.storage import fiches as store
from kb_app.core.storage.models import Concept, Fiche
from kb_app.core.upkeep.durable import write_text
from kb_app.core.vocabulary import EXPORT_FORMATS


def fiche_markdown(detail: FicheDetail) -> str:
    """One fiche in the seed format: YAML front matter, then the Markdown body."""
    draft = draft_of_detail(detail)
    data = front_matter(draft, detail.key)
    if detail.kind == "dossier":
        members = [m.key for m in detail.members]
        data["dossier"] = {**data.get("dossier", {}), "members": members}
        if "reading" in data["dossier"]:  # members removed since: out of the order too
            order = [r for r in data["dossier"]["reading"] if r.get("fiche") in members]
            data["dossier"]["reading"] = order
    for empty in ("links", "sources", "unverified", "agents"):
        if not data.get(empty):
            data.pop(empty, None)
    front = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    return f"---\n{front}---\n\n{detail.body.strip()}\n"


class Exports:
    def __init__(self, ctx: Context, search: Search) -> None:
        self.ctx = ctx
        self.search = search

    def export_keys(self, query: str | None = None, kind: str | None = None) -> list[str]:
        """Keys to export: a query's matches (ranked), or every live fiche of ``kind``/all.
        A query that matches nothing exports nothing (never its typo correction's matches)."""
        if query:
            found = self.search.search_ids(query, SearchFilters(kind=kind), correct=False)
            return list(found.keys)
        with self.ctx.read() as s:
            stmt = select(Fiche.key).where(Fiche.deleted_at.is_(None)).order_by(Fiche.key)
            if kind:
                stmt = stmt.where(Fiche.kind == kind)
            return list(s.scalars(stmt))

    def export(self, fmt: str, out: Path | str, keys: Sequence[str] | None = None) -> ExportSummary:
        """Write ``keys`` (default: every live fiche; SKOS: the thesaurus) to ``out``."""
        out = Path(out)
        if fmt not in EXPORT_FORMATS:
            raise ValidationError(
                "export.unknown_format", format=fmt, known=", ".join(EXPORT_FORMATS)
            )
        if fmt == "skos":
            from kb_app.core.thesaurus.skos_export import export_skos

            with self.ctx.read() as s:
                text = export_skos(s)
                count = int(s.scalar(select(func.count()).select_from(Concept)) or 0)
            write_text(out, text)
            return ExportSummary(fmt, str(out), count)
        keys = list(keys) if keys is not None else self.export_keys()
        with self.ctx.read() as s:
            details = [store.detail(s, store.get_row(s, k, include_deleted=False)) for k in keys]
        if fmt == "markdown":
            return self._export_markdown(details, out)
        # CSL-JSON: the items kb_app cites from; BibTeX and RIS: the neutral record
        items = [csl_json(d) if fmt == "csljson" else csl_item(d) for d in details]
        write_text(out, _writer(fmt)(items))
        return ExportSummary(fmt, str(out), len(items))

    def _export_markdown(self, details: list[FicheDetail], out: Path) -> ExportSummary:
        if out.exists() and (not out.is_dir() or any(out.iterdir())):
            raise UserError("export.folder_not_empty", path=str(out))
        out.mkdir(parents=True, exist_ok=True)
        for d in details:
            write_text(out / f"{d.key}.md", fiche_markdown(d))
        return ExportSummary("markdown", str(out), len(details))


def _writer(fmt: str) -> Any:
    if fmt == "bibtex":
        from kb_app.core.interchange.bibtex import write_bibtex

        return write_bibtex
    if fmt == "ris":
        from kb_app.core.interchange.ris import write_ris

        return write_ris
    from kb_app.core.interchange.csljson import write_csljson

    return write_csljson
