"""The change log notifies the index by construction: no use case calls anybody.

A transaction that recorded changes (by ``changes.record`` or any other path adding a row)
notifies the engine's subscriber once, after its commit; a rolled-back one, or one that
changed nothing indexed, never does. Every verb of ``Library`` that changes indexed data
therefore leaves the index in step with the base, with nothing pending.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kb_app.core.dto import FicheDraft
from kb_app.core.jobs import run_job
from kb_app.core.library import Library
from kb_app.core.storage import changes
from kb_app.core.storage.models import IndexOutbox
from kb_app.core.storage.session import reading, transaction

PORTO = "case-porto-alegre-budget-participatif"
GENRO = "ref-genro-desouza-1998-budget-participatif"
DOSSIER = "dossier-cnfpt-2016-gestion-territoriale-relations"


def test_a_commit_that_recorded_changes_notifies_once(library: Library) -> None:
    calls: list[int] = []
    changes.subscribe(library.engine, lambda: calls.append(1))
    try:
        with transaction(library.engine) as s:
            changes.record(s, [PORTO])
            assert calls == []  # not before the commit
        assert calls == [1]
        with pytest.raises(RuntimeError):
            _record_then_fail(library)
        assert calls == [1]
        with transaction(library.engine) as s:  # a row added by another path counts too
            s.add(IndexOutbox(fiche_key=PORTO, op="upsert"))
        assert calls == [1, 1]
        with transaction(library.engine) as s:  # nothing indexed changed: nobody is told
            s.execute(IndexOutbox.__table__.select())
        assert calls == [1, 1]
    finally:
        changes.unsubscribe(library.engine)


def _record_then_fail(library: Library) -> None:
    with transaction(library.engine) as s:
        changes.record(s, [PORTO])
        raise RuntimeError("rolled back")


def _pending(library: Library) -> int:
    with reading(library.engine) as s:
        return changes.pending(s)


def _import(library: Library, tmp_path: Path) -> None:
    bib = tmp_path / "one.bib"
    bib.write_text("@book{k1, title={Zyglophores et territoires}, year={2001}, author={Doe, Jane}}")
    run_job(library.import_file(bib))


MUTATIONS: dict[str, Callable[[Library, Path], object]] = {
    "add": lambda lib, _t: lib.add(FicheDraft(kind="analysis", title="Zyglophores")),
    "update": lambda lib, _t: lib.update(GENRO, lib.draft(GENRO)),
    "delete": lambda lib, _t: lib.delete(GENRO),
    "link": lambda lib, _t: lib.link(PORTO, GENRO, "cites"),
    "index": lambda lib, _t: lib.index(GENRO, ["ONG"]),
    "dossier": lambda lib, _t: lib.dossier_remove(DOSSIER, GENRO),
    "concept": lambda lib, _t: lib.rename_concept("ong", "Organisation non gouvernementale"),
    "import": _import,
    "attach": lambda lib, t: lib.add_attachment(PORTO, _text_file(t)),
}


def _text_file(folder: Path) -> Path:
    path = folder / "notes.txt"
    path.write_text("zyglophores municipaux", encoding="utf-8")
    return path


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_every_change_leaves_the_index_in_step(library: Library, tmp_path: Path, name: str) -> None:
    library.search("budget")  # the index is built and current
    MUTATIONS[name](library, tmp_path)
    assert _pending(library) == 0
    drift = library.index_drift()
    assert drift is not None
    assert drift.count == 0
