"""Load a folder of fiche files and a SKOS thesaurus, check everything, then write it at once.

Checks before any write: front matter against the JSON Schema, duplicate ids, file names,
concept labels (unknown or ambiguous), link and dossier-member targets, wikilinks, and the
thesaurus (cycles, unknown targets). Any problem raises one SeedError listing them all,
located by file and line; nothing is half-loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from kb_app.core.errors import Problem, SeedError
from kb_app.core.jobs import Job, Progress
from kb_app.core.seed.frontmatter import FicheRecord, parse_fiche_file
from kb_app.core.seed.records import check_records, draft_of
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
