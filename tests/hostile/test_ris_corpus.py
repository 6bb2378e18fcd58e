"""T18 — RIS hostile corpus and round trip, end to end through the library.

The reader's tests (tests/core/interchange/test_ris.py) pin each fixture's records and the
writer's output; here the fixtures go into a library, unknown tags must come back out of
it, a library export must import back into another library as the same fiches, a title
that carries RIS lines stays one record, and random line-level damage never drops a
record silently.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb_app.core.dto import AgentDraft, FicheDetail, FicheDraft, ImportReport
from kb_app.core.interchange.ris import read_ris
from kb_app.core.jobs import run_job
from kb_app.core.library import Library
from tests.conftest import DATA, slow_mode
from tests.hostile.conftest import Importer, ris_of, works

RIS = DATA / "ris"
FILES = sorted(p.name for p in RIS.glob("*.ris"))
REFUSED = {"rispy-example_wos.ris": "Web of Science"}


def open_copy(template: Path, dest: Path) -> Library:
    shutil.copytree(template, dest)
    return Library.open(dest, indexing="off")


def squash(value: Any) -> Any:
    """Canonical form: runs of white space are one space (RIS and BibTeX fold lines)."""
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, dict):
        return {k: squash(v) for k, v in value.items()}
    return value


def canonical(fiche: FicheDetail) -> dict[str, Any]:
    details = {k: v for k, v in fiche.details.items() if k != "citekey"}
    extra = details.pop("extra", None) or {}
    return squash(
        {
            "title": fiche.title,
            "subtitle": fiche.subtitle,
            "date": fiche.date,
            "lang": fiche.lang,
            "summary": fiche.summary,
            "agents": [(a.name, a.role, a.type) for a in fiche.agents],
            "concepts": sorted(c.label for c in fiche.concepts),
            "details": details,
            "extra": extra,
        }
    )


def import_fixtures(checked: Importer) -> list[str]:
    keys: list[str] = []
    for name in FILES:
        result = checked.run(RIS / name)
        if name in REFUSED:
            assert not isinstance(result, ImportReport), name
            assert REFUSED[name] in str(result)
            continue
        assert isinstance(result, ImportReport), f"{name}: {result}"
        parsed = read_ris((RIS / name).read_bytes(), name)
        assert result.found == parsed.found, name
        keys += result.keys
    return keys


def test_every_fixture_imports_end_to_end(library_path: Path) -> None:
    with Library.open(library_path, indexing="off") as lib:
        keys = import_fixtures(Importer(lib))
    assert len(keys) == 20  # 23 readable files: duplicates within the corpus are reported


def test_unknown_tags_are_kept_in_the_fiche(checked: Importer) -> None:
    [key] = checked.accepted(RIS / "rispy-example_multi_unknown_tags.ris").keys
    assert checked.lib.get(key).details["extra"] == {"ris:JP": "CRISPR", "ris:DC": "Direct Current"}
    checked.lib.delete(key)  # the other file is the same work: make room for it
    [key] = checked.accepted(RIS / "rispy-example_single_unknown_tag.ris").keys
    assert checked.lib.get(key).details["extra"] == {"ris:JP": "CRISPR\nDirect Current"}


def test_export_then_import_gives_the_same_fiches(template_library: Path, tmp_path: Path) -> None:
    with open_copy(template_library, tmp_path / "a") as a:
        keys = import_fixtures(Importer(a))
        out = tmp_path / "all.ris"
        assert a.export("ris", out, keys).count == len(keys) == 20
        before = [canonical(a.get(k)) for k in keys]
    with open_copy(template_library, tmp_path / "b") as b:
        report = Importer(b).accepted(out)
        assert (report.found, report.imported, report.skipped) == (20, 20, 0)
        after = [canonical(b.get(k)) for k in report.keys]  # in file order
    assert after == before


def test_access_dates_survive_the_ris_round_trip(template_library: Path, tmp_path: Path) -> None:
    with open_copy(template_library, tmp_path / "a") as a:
        keys = import_fixtures(Importer(a))
        with_date = [k for k in keys if "csl:accessed" in (a.get(k).details.get("extra") or {})]
        assert len(with_date) == 3
        a.export("ris", tmp_path / "out.ris", with_date)
        expected = [canonical(a.get(k)) for k in with_date]
    with open_copy(template_library, tmp_path / "b") as b:
        report = Importer(b).accepted(tmp_path / "out.ris")
        assert [canonical(b.get(k)) for k in report.keys] == expected


INJECTED = "Gouverner l'eau\nER  - \nTY  - JOUR\nTI  - Injected record\nAU  - Pirate, P."


def test_a_title_carrying_ris_lines_stays_one_record(
    template_library: Path, tmp_path: Path
) -> None:
    with open_copy(template_library, tmp_path / "a") as a:
        fiche = a.add(
            FicheDraft(
                kind="reference",
                title=INJECTED,
                agents=(AgentDraft("Dupont, Anne", "author"),),
                details={"type": "book", "extra": {"csl:note": "one\nER  - \nTY  - BOOK"}},
            )
        )
        a.export("ris", tmp_path / "inject.ris", [fiche.key])
    text = (tmp_path / "inject.ris").read_text("utf-8")
    assert len(re.findall(r"^TY  - ", text, re.M)) == 1
    with open_copy(template_library, tmp_path / "b") as b:
        report = Importer(b).accepted(tmp_path / "inject.ris")
        assert (report.found, report.imported) == (1, 1)
        back = b.get(report.keys[0])
    assert squash(back.title) == squash(INJECTED)
    assert [a.name for a in back.agents] == ["Dupont, Anne"]


# --- random line-level damage -------------------------------------------------------------

BASE = ris_of(works(6, seed=18))
JUNK = [
    "ER  - ",
    "TY  - JOUR",
    "TY  -",
    "er  - ",
    "TI  - ",
    "XX  - unknown tag",
    "garbage line",
    "",
    "TY - BOOK",
    "AU  - ",
    "TI  - a\x00b",
    "T1  - another title",
    "Provider: EndNote",
    "DA  - 2020///",
    "PY  - not a year",
]


@st.composite
def damaged(draw: st.DrawFn) -> str:
    lines = BASE.split("\n")
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["delete", "insert", "duplicate", "swap"]))
        if op == "delete":
            del lines[i]
        elif op == "insert":
            lines.insert(i, draw(st.sampled_from(JUNK)))
        elif op == "duplicate":
            lines.insert(i, lines[i])
        else:
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


@settings(
    max_examples=200 if slow_mode() else 25,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=damaged())
def test_damaged_files_keep_the_invariants(checked: Importer, tmp_path: Path, text: str) -> None:
    path = tmp_path / "damaged.ris"
    path.write_text(text, encoding="utf-8")
    result = checked.run(path)
    if not isinstance(result, ImportReport):
        assert result.problems
        return
    # Each TY line starts a record: it is imported, a duplicate, or skipped with its line.
    assert result.found >= len(re.findall(r"^TY  - ", text.replace("\x00", ""), re.M))


def test_many_records_in_one_go(checked: Importer, tmp_path: Path) -> None:
    n = 5000 if slow_mode() else 500
    path = tmp_path / "many.ris"
    path.write_text(ris_of(works(n, seed=181)), encoding="utf-8")
    report = checked.accepted(path)
    assert (report.found, report.imported) == (n, n)
    assert run_job(checked.lib.reindex()) >= n
