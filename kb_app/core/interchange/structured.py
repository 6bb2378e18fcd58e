"""Planning the import of a folder (or zip) of Markdown fiches; the writing is the import
use case's (``library.imports``). The SKOS planner is ``skos_import``.

Markdown files use the seed format (YAML front matter checked by the same JSON Schema); one
file is one entry. A fiche whose id is already in the library is a duplicate (or, with
``update``, replaces the fiche when it differs). A file with a problem, or linking to a file
that has one, is skipped with the problem located; the others are imported together.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kb_app.core import people
from kb_app.core.dto import FicheDraft, ImportReport, PlannedEntry, draft_of_detail
from kb_app.core.errors import Problem
from kb_app.core.interchange.archive import markdown_members, problem_of
from kb_app.core.seed.frontmatter import FicheRecord, parse_fiche_file, parse_fiche_text
from kb_app.core.seed.records import check_records, draft_of
from kb_app.core.storage import fiches as store
from kb_app.core.storage.concepts import label_index
from kb_app.core.storage.models import Fiche


class MarkdownPlan:
    def __init__(self) -> None:
        self.entries: list[PlannedEntry] = []
        self.errors: list[Problem] = []
        self.new: list[FicheRecord] = []
        self.updates: list[FicheRecord] = []
        self.found = 0

    def add(
        self,
        record: FicheRecord | None,
        where: str,
        action: str,
        reason: str = "",
        params: Mapping[str, object] | None = None,
    ) -> None:
        """An entry; ``reason`` is a duplicate reason or a message code (with ``params``)."""
        by = people.people(record.agents, record.details).byline if record else ()
        self.entries.append(
            PlannedEntry(
                where,
                None,
                record.title if record else "",
                record.year if record else None,
                people.author_names(by),
                action,
                record.key if record and action in ("update", "duplicate") else None,
                reason,
                params or {},
                people=by,
            )
        )

    def report(
        self, source: str, *, keys: tuple[str, ...] = (), dry_run: bool = False
    ) -> ImportReport:
        counts = {
            a: sum(1 for e in self.entries if e.action == a)
            for a in ("new", "update", "duplicate", "skip")
        }
        assert sum(counts.values()) == self.found, "markdown import arithmetic broken"
        return ImportReport(
            source=source,
            format="markdown",
            encoding="utf-8",
            found=self.found,
            imported=counts["new"],
            updated=counts["update"],
            duplicates=counts["duplicate"],
            skipped=counts["skip"],
            errors=tuple(self.errors),
            entries=tuple(self.entries),
            keys=keys,
            dry_run=dry_run,
        )


def _sources(path: Path) -> Iterator[tuple[FicheRecord | None, list[Problem], str]]:
    """(record, problems, where) for each Markdown file of a folder, a file or a zip."""
    if path.suffix.lower() == ".zip":
        for member in markdown_members(path):
            if member.text is None:
                yield None, [problem_of(member)], member.where
            else:
                yield (*parse_fiche_text(member.text, member.where), member.where)
        return
    files = [path] if path.is_file() else sorted(path.rglob("*.md"))
    for file in files:
        if file.name.startswith(("_", ".")) or file.name.upper() == "README.MD":
            continue
        if file.is_symlink():
            yield None, [Problem(str(file), "import.symlink_left_out")], str(file)
            continue
        yield (*parse_fiche_file(file), str(file))


def read_markdown(path: Path) -> tuple[MarkdownPlan, list[FicheRecord]]:
    """Parse every file at ``path`` (no base needed): a plan holding the unreadable entries,
    and the records read."""
    plan = MarkdownPlan()
    parsed: list[FicheRecord] = []
    for record, problems, where in _sources(path):
        plan.found += 1
        if record is None or problems:
            plan.errors += problems
            first = problems[0] if problems else Problem(where, "import.unreadable_entry")
            plan.add(record, where, "skip", first.code, first.params)
        else:
            parsed.append(record)
    return plan, parsed


def plan_markdown(
    s: Session, plan: MarkdownPlan, parsed: list[FicheRecord], update: bool
) -> MarkdownPlan:
    """What importing the ``parsed`` records would do, against the base (``s``)."""
    resolve = label_index(s).resolve
    existing = set(s.scalars(select(Fiche.key)))
    good = _without_problems(parsed, resolve, existing, plan)
    for record in good:
        if record.key not in existing:
            plan.new.append(record)
            plan.add(record, record.where, "new")
            continue
        same = _same_as_stored(s, record)
        if same or not update:
            why = "import.in_library" if same else "import.in_library_differs"
            plan.add(record, record.where, "duplicate", why)
        else:
            plan.updates.append(record)
            plan.add(record, record.where, "update", "id")  # a duplicate reason: same id
    return plan


def _without_problems(
    records: list[FicheRecord], resolve: object, existing: set[str], plan: MarkdownPlan
) -> list[FicheRecord]:
    """Drop records with problems until none is left (a link to a dropped file is a problem)."""
    good = list(records)
    while True:
        problems = check_records(good, resolve, frozenset(existing))  # type: ignore[arg-type]
        bad = {p.where for p in problems}
        if not bad:
            return good
        for record in [r for r in good if r.where in bad]:
            mine = [p for p in problems if p.where == record.where]
            plan.errors += mine
            plan.add(record, record.where, "skip", mine[0].code, mine[0].params)
        good = [r for r in good if r.where not in bad]


def _same_as_stored(s: Session, record: FicheRecord) -> bool:
    stored = draft_of_detail(store.detail(s, store.get_row(s, record.key)))
    incoming = draft_of(record)
    return _comparable(stored) == _comparable(incoming)


def _comparable(d: FicheDraft) -> tuple[object, ...]:
    """What makes a file differ from the stored fiche (``details``: the kind's fields, the
    questions and a dossier's reading order; a dossier's members are not in a draft)."""
    details = {k: v for k, v in d.details.items() if k != "members"}
    return (
        d.kind,
        d.title,
        d.date,
        d.summary,
        d.body.strip(),
        sorted(d.concepts),
        d.agents,
        details,
    )
