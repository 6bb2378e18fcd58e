"""Load a folder of fiche files and a SKOS thesaurus, check everything, then write it at once.

Checks before any write: front matter against the JSON Schema, duplicate ids, file names,
concept labels (unknown or ambiguous), link and dossier-member targets, wikilinks, and the
thesaurus (cycles, unknown targets). Any problem raises one SeedError listing them all,
located by file and line; nothing is half-loaded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from kb_app.core.dto import AgentDraft, FicheDraft, LinkDraft, draft_from
from kb_app.core.errors import Problem, SeedError
from kb_app.core.jobs import Job, Progress
from kb_app.core.rendering.markdown import wikilinks
from kb_app.core.seed.frontmatter import FicheRecord, parse_fiche_file
from kb_app.core.storage import changes
from kb_app.core.storage import fiches as fiche_store
from kb_app.core.storage.concepts import LabelIndex, insert_thesaurus, label_index_from_data
from kb_app.core.storage.models import Concept, Fiche
from kb_app.core.thesaurus.skos import ThesaurusData, load_skos

THESAURUS_FILE = Path("thesaurus") / "thesaurus.ttl"
SEED_FOLDER = Path("seed")


@dataclass(frozen=True)
class SeedBundle:
    thesaurus: ThesaurusData
    fiches: tuple[FicheRecord, ...]


def read_fiche_folder(folder: Path) -> tuple[list[FicheRecord], list[Problem]]:
    records: list[FicheRecord] = []
    problems: list[Problem] = []
    for path in sorted(folder.rglob("*.md")):
        if path.name.startswith(("_", ".")) or path.name.upper() == "README.MD":
            continue
        record, found = parse_fiche_file(path)
        problems += found
        if record is not None:
            if record.key != path.stem:
                problems.append(
                    Problem(str(path), f"the file name must be the id « {record.key} ».md", 2)
                )
            records.append(record)
    return records, problems


def load_bundle(resources: Path) -> SeedBundle:
    """Read and check the seed content of ``resources``; raise SeedError on any problem."""
    thesaurus = load_skos(resources / THESAURUS_FILE)
    records, problems = read_fiche_folder(resources / SEED_FOLDER)
    problems += check_records(records, label_index_from_data(thesaurus).resolve)
    if problems:
        raise SeedError(f"the seed content in {resources} cannot be loaded", problems)
    return SeedBundle(thesaurus, tuple(records))


def check_records(
    records: list[FicheRecord],
    resolve: Callable[[str], str | None],
    known_keys: frozenset[str] = frozenset(),
) -> list[Problem]:
    """Every cross-reference problem in a set of records (concepts, links, members, wikilinks)."""
    problems: list[Problem] = []
    keys: dict[str, str] = {}
    for r in records:
        if r.key in keys:
            problems.append(Problem(r.where, f"id « {r.key} » is also used by {keys[r.key]}", 2))
        keys.setdefault(r.key, r.where)
    all_keys = set(keys) | known_keys
    for r in records:
        problems += _record_problems(r, resolve, all_keys)
    return problems


def _record_problems(
    r: FicheRecord, resolve: Callable[[str], str | None], keys: set[str]
) -> Iterator[Problem]:
    for label, line in r.concepts:
        if resolve(label) is None:
            yield Problem(r.where, f"unknown (or ambiguous) concept « {label} »", line)
    for link in r.links:
        if link.target not in keys:
            yield Problem(r.where, f"link to unknown fiche « {link.target} »", link.line)
        elif link.target == r.key:
            yield Problem(r.where, "a fiche cannot link to itself", link.line)
    for member, line in r.members:
        if member not in keys:
            yield Problem(r.where, f"dossier member « {member} » does not exist", line)
    for wl in wikilinks(r.body):
        if wl.target not in keys and resolve(wl.target) is None:
            line = r.body_line + wl.line - 1 if wl.line else None
            yield Problem(
                r.where, f"wikilink [[{wl.target}]] matches no fiche and no concept", line
            )


def draft_of(record: FicheRecord) -> FicheDraft:
    return draft_from(
        record,
        key=record.key,
        concepts=tuple(label for label, _ in record.concepts),
        agents=tuple(AgentDraft(a.name, a.role, a.type, a.note) for a in record.agents),
        links=tuple(LinkDraft(ln.type, ln.target, ln.note) for ln in record.links),
    )


def write_bundle(
    session: Session, bundle: SeedBundle, index: LabelIndex | None = None
) -> Job[None]:
    """Insert a checked bundle inside the caller's transaction, yielding progress."""
    total = len(bundle.thesaurus.concepts) + 2 * len(bundle.fiches)
    yield Progress("thésaurus", 0, total)
    insert_thesaurus(session, bundle.thesaurus)
    session.flush()
    concept_ids = {k: i for k, i in session.query(Concept.key, Concept.id)}
    labels = index or label_index_from_data(bundle.thesaurus)
    done = len(bundle.thesaurus.concepts)
    rows: dict[str, Fiche] = {}
    for record in bundle.fiches:
        draft = draft_of(record)
        row = Fiche(key=record.key)
        fiche_store.fill(row, draft)
        session.add(row)
        session.flush()
        fiche_store.set_agents(session, row.id, draft.agents)
        rows[record.key] = row
        done += 1
        yield Progress("fiches", done, total)
    ids = {k: r.id for k, r in rows.items()}
    for record in bundle.fiches:
        row = rows[record.key]
        fiche_store.set_links(session, row.id, draft_of(record).links, ids)
        fiche_store.set_members(session, row.id, [ids[m] for m, _ in record.members])
        keys = [labels.resolve(label) for label, _ in record.concepts]
        fiche_store.write_concepts(session, row, [concept_ids[k] for k in keys if k])
        changes.record(session, [row.key])
        done += 1
        yield Progress("liens", done, total)
