"""Shared checks of the hostile-input tests (RELIABILITY.md T17–T29).

``checked`` imports a file through the real entry point (``Library.import_file``) and asserts
the invariants every hostile import must keep:

- only kb_app's own errors escape (``ValidationError`` for a refused file);
- a refused file changes nothing (same live keys, same fiche and concept counts);
- an accepted file: ``imported + updated + duplicates + skipped == found``, every skipped
  entry has a line, the library gained exactly the reported keys;
- no stored title holds NUL, and U+FFFD only when the import reported a warning.

``--runslow`` runs the full sizes (both sizes are real tests; ``slow_mode()`` from
tests/conftest.py).
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from kb_app.core.dto import ImportReport
from kb_app.core.errors import KbError, ValidationError
from kb_app.core.jobs import run_job
from kb_app.core.library import Library
from kb_app.core.storage.models import Concept, Fiche
from kb_app.core.storage.session import reading


@dataclass(frozen=True)
class LibraryState:
    keys: tuple[str, ...]  # live fiches
    fiches: int  # live and trashed
    concepts: int


def state_of(lib: Library) -> LibraryState:
    with reading(lib.engine) as s:
        fiches = int(s.scalar(select(func.count()).select_from(Fiche)) or 0)
        concepts = int(s.scalar(select(func.count()).select_from(Concept)) or 0)
    return LibraryState(tuple(lib.export_keys()), fiches, concepts)


def titles_of(lib: Library, keys: Sequence[str]) -> list[str]:
    """The stored titles of ``keys`` (one query)."""
    with reading(lib.engine) as s:
        query = select(Fiche.key, Fiche.title).where(Fiche.key.in_(list(keys)))
        rows = {key: title for key, title in s.execute(query)}
    return [rows[k] for k in keys]


def check_report(report: ImportReport) -> None:
    """The report's own invariants: arithmetic, and every skipped entry located."""
    total = report.imported + report.updated + report.duplicates + report.skipped
    assert total == report.found, report
    if report.format == "markdown":  # one file is one entry: the file is its place
        assert all(p.where.endswith(".md") for p in report.errors), report.errors
        return
    if report.format != "skos":  # F20: a SKOS report lists its skipped concepts in errors only
        skipped = [e for e in report.entries if e.action == "skip"]
        assert len(skipped) == report.skipped
        assert all(e.line is not None and e.line >= 1 for e in skipped), skipped
    assert all(p.line is not None and p.line >= 1 for p in report.errors), report.errors


class Importer:
    """Imports a file into ``lib`` and asserts the hostile-import invariants."""

    def __init__(self, lib: Library) -> None:
        self.lib = lib

    def run(self, path: Path, **kwargs: Any) -> ImportReport | ValidationError:
        before = state_of(self.lib)
        try:
            report = run_job(self.lib.import_file(path, **kwargs))
        except ValidationError as err:
            refusal = err
        except KbError as err:  # any other product error is a failure of the import
            pytest.fail(f"{path.name}: {type(err).__name__} instead of a report: {err}")
        else:
            self.check_accepted(path, report, before)
            return report
        assert state_of(self.lib) == before, f"{path.name}: a refused file changed the library"
        assert str(refusal).strip(), "a refusal without a message"
        return refusal

    def check_accepted(self, path: Path, report: ImportReport, before: LibraryState) -> None:
        check_report(report)
        after = state_of(self.lib)
        if report.format == "skos":
            assert after.concepts == before.concepts + report.imported, path.name
            assert (after.keys, after.fiches) == (before.keys, before.fiches), path.name
            return
        assert after.fiches == before.fiches + report.imported, path.name
        assert set(after.keys) - set(before.keys) == set(report.keys), path.name
        assert len(report.keys) == report.imported
        titles = titles_of(self.lib, report.keys)
        assert not any("\x00" in t for t in titles), f"{path.name}: NUL stored in a title"
        if any("\ufffd" in t for t in titles):
            assert report.warnings, f"{path.name}: U+FFFD stored without a warning"

    def accepted(self, path: Path, **kwargs: Any) -> ImportReport:
        result = self.run(path, **kwargs)
        assert isinstance(result, ImportReport), f"{path.name} refused: {result}"
        return result

    def refused(self, path: Path, **kwargs: Any) -> ValidationError:
        result = self.run(path, **kwargs)
        assert isinstance(result, ValidationError), f"{path.name} accepted: {result}"
        return result


@pytest.fixture
def checked(library: Library) -> Importer:
    return Importer(library)


@dataclass
class Timed:
    seconds: float
    finished: bool
    value: Any = None
    error: BaseException | None = None


def in_worker(fn: Callable[[], Any], budget: float) -> Timed:
    """Run ``fn`` in a daemon thread; wait at most ``budget`` seconds (the caller's thread,
    like the GUI's, is never blocked longer)."""
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["value"] = fn()
        except BaseException as err:  # noqa: BLE001 - reported to the test
            box["error"] = err

    start = time.perf_counter()
    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(budget)
    return Timed(
        time.perf_counter() - start, not thread.is_alive(), box.get("value"), box.get("error")
    )


# --- generated distinct works (no two are duplicates: different title words and author) ---

_WORDS = tuple(
    re.findall(
        r"\S+",
        "territoire gouvernance commune région métropole habitant projet politique eau forêt "
        "agriculture énergie mobilité santé école patrimoine montagne littoral frontière "
        "coopération démocratie budget participation conseil village quartier marché industrie "
        "transition climat risque inondation sol paysage tourisme culture mémoire réseau",
    )
)
_FAMILIES = tuple(
    re.findall(
        r"\S+",
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent "
        "Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Mercier",
    )
)


@dataclass(frozen=True)
class Work:
    key: str
    title: str
    family: str
    given: str
    year: int


def works(n: int, seed: int = 7, prefix: str = "w") -> list[Work]:
    """``n`` works that the importer cannot take for one another."""
    import random

    rng = random.Random(seed)
    out = []
    for i in range(n):
        words = " ".join(rng.choice(_WORDS) for _ in range(5))
        out.append(
            Work(
                key=f"{prefix}{i}",
                title=f"{words.capitalize()} {prefix}{i}",
                family=f"{rng.choice(_FAMILIES)}{i}",
                given=rng.choice("ABCDEFGHJKLMNPRST") + ".",
                year=1900 + (i * 7 + seed) % 120,
            )
        )
    return out


def bibtex_of(items: list[Work], sep: str = "\n") -> str:
    return "".join(
        f"@book{{{w.key},{sep}  title = {{{w.title}}},{sep}  author = {{{w.family}, {w.given}}},"
        f"{sep}  year = {w.year},{sep}}}{sep}{sep}"
        for w in items
    )


def ris_of(items: list[Work]) -> str:
    return "".join(
        f"TY  - BOOK\nTI  - {w.title}\nAU  - {w.family}, {w.given}\nPY  - {w.year}\nER  - \n\n"
        for w in items
    )


def csl_of(w: Work) -> dict[str, Any]:
    return {
        "id": w.key,
        "type": "book",
        "title": w.title,
        "author": [{"family": w.family, "given": w.given}],
        "issued": {"date-parts": [[w.year]]},
    }
