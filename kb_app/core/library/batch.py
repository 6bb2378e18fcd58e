"""Adding many fiches at once (imports, benchmarks): one transaction, all or nothing.

Every draft is validated like a single ``add``; the first invalid one stops the job and
nothing is kept. Progress is yielded per batch; cancelling rolls everything back. Changes are
recorded in the same transaction; the index follows after the commit.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from kb_app.core.dto import FicheDraft
from kb_app.core.errors import Problem, ValidationError
from kb_app.core.jobs import CancelToken, Job, Progress
from kb_app.core.library.context import Context
from kb_app.core.library.drafts import key_base, schema_problems, unique_key
from kb_app.core.storage import changes
from kb_app.core.storage import fiches as store
from kb_app.core.storage.concepts import label_index
from kb_app.core.storage.models import Agent, Concept, Fiche, FicheAgent, FicheConcept

BATCH = 500


class Batches:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def add_many(
        self,
        drafts: Iterable[FicheDraft],
        total: int | None = None,
        cancel: CancelToken | None = None,
    ) -> Job[list[str]]:
        """Add every draft in one transaction; return their keys (a job yielding Progress)."""
        keys: list[str] = []
        with self.ctx.write() as s:
            writer = BatchWriter(s)
            batch: list[FicheDraft] = []
            for draft in drafts:
                batch.append(draft)
                if len(batch) >= BATCH:
                    keys += writer.write(batch)
                    batch = []
                    if cancel is not None:
                        cancel.raise_if_cancelled()
                    yield Progress("ajout", len(keys), total)
            keys += writer.write(batch)
            yield Progress("ajout", len(keys), total)
        return keys


class BatchWriter:
    """Writes drafts in batches inside the caller's transaction, with caches for the whole of
    it: labels, concept ids, agents, taken keys (no query per fiche)."""

    def __init__(self, session: Session, *, validate: bool = True) -> None:
        self.s = session
        self.validate = validate
        self.labels = label_index(session)
        self.concept_ids = dict(session.execute(select(Concept.key, Concept.id)).all())
        self.agents: dict[tuple[str, str], int] = {
            (n, t): i for i, n, t in session.execute(select(Agent.id, Agent.name, Agent.type))
        }
        self.taken = set(session.scalars(select(Fiche.key)))
        self.concept_labels = {
            cid: store.concept_labels_of(session, [cid]) for cid in self.concept_ids.values()
        }

    def write(self, drafts: list[FicheDraft]) -> list[str]:
        rows: list[tuple[Fiche, FicheDraft, list[int]]] = []
        for draft in drafts:
            key = draft.key or self._free_key(draft)
            if key in self.taken:
                raise ValidationError(f"the id « {key} » is already used")
            self.taken.add(key)
            rows.append((self._row(draft, key), draft, self._concepts(draft, key)))
        self._new_agents(d for _, d, _ in rows)
        self.s.flush()
        for row, draft, concept_ids in rows:
            self._links(row, draft, concept_ids)
        self.s.flush()
        self.s.expunge_all()  # bounded memory however many fiches
        return [row.key for row, _, _ in rows]

    def _free_key(self, draft: FicheDraft) -> str:
        return unique_key(key_base(draft), self.taken)

    def _row(self, draft: FicheDraft, key: str) -> Fiche:
        problems = schema_problems(draft, key) if self.validate else []
        if problems:
            raise ValidationError(f"fiche « {key} » cannot be saved", problems)
        row = Fiche(key=key)
        store.fill(row, draft)
        self.s.add(row)
        changes.record(self.s, [key])
        return row

    def _concepts(self, draft: FicheDraft, key: str) -> list[int]:
        ids = []
        for label in draft.concepts:
            ckey = self.labels.resolve(label)
            if ckey is None:
                where = f"fiche « {key} »"
                raise ValidationError(
                    f"{where} cannot be saved",
                    [Problem(where, f"unknown (or ambiguous) concept « {label} »")],
                )
            ids.append(self.concept_ids[ckey])
        return list(dict.fromkeys(ids))

    def _new_agents(self, drafts: Iterable[FicheDraft]) -> None:
        """Create the batch's unknown agents with one flush (not one per agent)."""
        wanted = {(a.name.strip(), a.type) for d in drafts for a in d.agents}
        created = [Agent(name=n, type=t) for n, t in wanted - self.agents.keys()]
        if created:
            self.s.add_all(created)
            self.s.flush()
            self.agents.update({(a.name, a.type): a.id for a in created})

    def _agent(self, name: str, type_: str) -> int:
        found = self.agents.get((name, type_))
        if found is None:
            agent = Agent(name=name, type=type_)
            self.s.add(agent)
            self.s.flush()
            found = self.agents[(name, type_)] = agent.id
        return found

    def _links(self, row: Fiche, draft: FicheDraft, concept_ids: list[int]) -> None:
        seen: set[tuple[int, str]] = set()
        for pos, a in enumerate(draft.agents):
            aid = self._agent(a.name.strip(), a.type)
            if (aid, a.role) not in seen:
                seen.add((aid, a.role))
                self.s.add(FicheAgent(fiche_id=row.id, agent_id=aid, role=a.role, position=pos))
        self.s.add_all(FicheConcept(fiche_id=row.id, concept_id=c) for c in concept_ids)
        if draft.links:
            raise ValidationError("links are not supported in bulk adds yet")
        labels = [label for c in concept_ids for label in self.concept_labels[c]]
        row.search_text = store.compose_search_text(row, [a.name for a in draft.agents], labels)
