"""T27 — a Hypothesis state machine over ``Library`` checked against a model of keys → titles.

Rules: add, edit, delete, restore, import a small generated CSL-JSON or BibTeX file, and two
kinds of crash followed by a reopen:

- *abandon*: an import is stopped half-way (its first batch written, not committed), the
  Library object is closed under it, then the job is dropped: nothing of it may remain;
- *kill*: a forked child process opens the library and imports a file with ``KB_CRASH_AT``
  set to one of the import's crash points, so it is killed (SIGKILL) there; after the reopen
  the file is either wholly there (the kill came after the commit) or wholly absent.

After every step the live fiches and the trash equal the model; at the end the search index
has no drift and the database passes its checks.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
from collections import Counter
from pathlib import Path
from typing import ClassVar

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    MultipleResults,
    RuleBasedStateMachine,
    invariant,
    multiple,
    precondition,
    rule,
    run_state_machine_as_test,
)

from kb_app.core.dto import FicheDraft
from kb_app.core.jobs import run_job
from kb_app.core.library import Library
from tests.conftest import slow_mode
from tests.hostile.conftest import Work, bibtex_of, csl_of, works

LETTERS = "abcdefghijklmnopqrstuvwxyzéèàçôœABCDEÉ0123456789"
TITLE = st.text(alphabet=LETTERS + " '-,.:;!?«»()", min_size=1, max_size=60).filter(
    lambda t: bool(t.strip())
)
CRASH_POINTS = {  # name -> is the file there after the reopen?
    "import_parsed": False,
    "import_batch": False,
    "import_before_commit": False,
    "import_after_commit": True,
    "after_db_commit_before_index_commit": True,
}


def kill_during_import(folder: Path, path: Path, point: str) -> int:
    """Fork; the child imports ``path`` with a crash point set. The child's wait status."""
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 3
        try:
            os.environ["KB_CRASH_AT"] = point
            with Library.open(folder) as lib:
                run_job(lib.import_file(path))
            code = 4  # the crash point was not reached
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    return status


class LibraryMachine(RuleBasedStateMachine):
    """Set up by ``run(template, tmp)`` before Hypothesis drives it."""

    template: Path
    tmp: Path
    runs = 0
    steps: ClassVar[Counter[str]] = Counter()

    fiches = Bundle("fiches")

    def __init__(self) -> None:
        super().__init__()
        LibraryMachine.runs += 1
        self.folder = self.tmp / f"run{LibraryMachine.runs}"
        shutil.copytree(self.template, self.folder)
        self.lib = Library.open(self.folder)
        self.lib.search_ids("gouvernance")  # builds the search index: drains reach it
        self.live = {r.key: r.title for r in self.lib.list_fiches()}
        self.trash: dict[str, str] = {}
        self.files = 0

    # -- rules ---------------------------------------------------------------------------

    @rule(target=fiches, title=TITLE)
    def add(self, title: str) -> str:
        fiche = self.lib.add(FicheDraft(kind="analysis", title=title, concepts=("gouvernance",)))
        assert fiche.title == title.strip()
        self.live[fiche.key] = fiche.title
        return fiche.key

    @rule(key=fiches, title=TITLE)
    def edit(self, key: str, title: str) -> None:
        if key not in self.live:
            return
        draft = self.lib.draft(key)
        fiche = self.lib.update(key, FicheDraft(**{**draft.__dict__, "title": title}))
        self.live[key] = fiche.title
        assert fiche.title == title.strip()

    @rule(key=fiches)
    def delete(self, key: str) -> None:
        if key not in self.live:
            return
        self.lib.delete(key)
        self.trash[key] = self.live.pop(key)

    @rule(key=fiches)
    def restore(self, key: str) -> None:
        if key not in self.trash:
            return
        self.lib.restore(key)
        self.live[key] = self.trash.pop(key)

    @rule(target=fiches, n=st.integers(1, 3), fmt=st.sampled_from(["csljson", "bibtex"]))
    def import_file(self, n: int, fmt: str) -> MultipleResults[str]:
        path, items = self.new_file(n, fmt)
        report = run_job(self.lib.import_file(path))
        assert (report.found, report.imported) == (n, n)
        for key, work in zip(report.keys, items, strict=True):
            self.live[key] = work.title
        self.steps[f"import {fmt}"] += 1
        return multiple(*report.keys)

    @rule()
    def abandon_an_import_and_reopen(self) -> None:
        path, _ = self.new_file(3, "csljson")
        job = self.lib.import_file(path)
        for progress in job:
            if progress.label == "ajout":
                break  # the batch is written inside the open transaction
        self.lib.close()  # the Library object goes away with the work pending
        del job
        self.lib = Library.open(self.folder)
        self.steps["abandon"] += 1

    @precondition(lambda self: os.name == "posix")
    @rule(point=st.sampled_from(sorted(CRASH_POINTS)), n=st.integers(1, 3))
    def kill_a_child_during_an_import_and_reopen(self, point: str, n: int) -> None:
        path, items = self.new_file(n, "bibtex")
        self.lib.close()
        status = kill_during_import(self.folder, path, point)
        assert os.WIFSIGNALED(status), f"{point}: the child was not killed ({status})"
        assert os.WTERMSIG(status) == signal.SIGKILL
        self.steps[f"kill at {point}"] += 1
        self.lib = Library.open(self.folder)
        new = {r.key: r.title for r in self.lib.list_fiches() if r.key not in self.live}
        if CRASH_POINTS[point]:
            assert sorted(new.values()) == sorted(w.title for w in items), point
            self.live.update(new)
        else:
            assert new == {}, point
        found = self.lib.search_ids(items[0].title).keys  # a search drains leftover index work
        assert bool(set(found) & set(new)) == CRASH_POINTS[point], point
        drift = self.lib.index_drift()
        assert drift is not None
        assert drift.count == 0, (point, drift)

    # -- the model -----------------------------------------------------------------------

    @invariant()
    def the_library_is_the_model(self) -> None:
        assert {r.key: r.title for r in self.lib.list_fiches()} == self.live
        assert {r.key: r.title for r in self.lib.trash()} == self.trash

    def teardown(self) -> None:
        try:
            self.lib.search_ids("gouvernance")
            drift = self.lib.index_drift()
            assert drift is not None
            assert drift.count == 0, drift
            report = self.lib.check()
            assert report.integrity == ("ok",)
            assert not report.foreign_keys
        finally:
            self.lib.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    def new_file(self, n: int, fmt: str) -> tuple[Path, list[Work]]:
        self.files += 1
        items = works(n, seed=2700 + self.files, prefix=f"s{LibraryMachine.runs}f{self.files}w")
        path = self.tmp / f"{self.folder.name}-{self.files}.{'json' if fmt == 'csljson' else 'bib'}"
        if fmt == "csljson":
            path.write_text(json.dumps([csl_of(w) for w in items], ensure_ascii=False))
        else:
            path.write_text(bibtex_of(items), encoding="utf-8")
        return path, items


def test_the_library_never_diverges_from_its_model(template_library: Path, tmp_path: Path) -> None:
    LibraryMachine.template = template_library
    LibraryMachine.tmp = tmp_path
    run_state_machine_as_test(
        LibraryMachine,
        settings=settings(
            max_examples=40 if slow_mode() else 6,
            stateful_step_count=30 if slow_mode() else 12,
            deadline=None,
            derandomize=not slow_mode(),
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
    steps = LibraryMachine.steps
    print(f"T27 {LibraryMachine.runs} runs; crash and import steps: {dict(sorted(steps.items()))}")
    assert LibraryMachine.runs >= 6
    assert steps["abandon"] >= 1
    assert sum(n for name, n in steps.items() if name.startswith("kill")) >= 2
