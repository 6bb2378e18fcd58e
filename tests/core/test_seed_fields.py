"""The two reading-help fields of the front matter: a fiche's ``questions`` and a dossier's
``reading`` order. Read from files, checked, stored in ``details``, shown by ``kb show``,
written back by the Markdown export and read again the same."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from kb_app.core.dto import draft_of_detail
from kb_app.core.errors import SeedError
from kb_app.core.jobs import run_job
from kb_app.core.library import Library
from kb_app.core.seed.frontmatter import front_matter, parse_fiche_file, parse_fiche_text
from kb_app.core.seed.loader import load_bundle
from kb_app.core.seed.records import check_records, draft_of

DOSSIER = "dossier-cnfpt-2016-gestion-territoriale-relations"
GENRO = "ref-genro-desouza-1998-budget-participatif"
PORTO = "case-porto-alegre-budget-participatif"
VALIN = "ref-valin-2007-services-publics-europe"

REFERENCE = """---
id: ref-essai
kind: reference
title: Essai
lang: fr
concepts: [bien commun, gouvernance territoriale]
agents: [{name: "Doe, Jane", role: author}]
reference: {type: book}
questions:
  - Qui produit le bien public ?
  - Pourquoi parler de bien commun ?
  - Quel rôle pour la collectivité ?
---

Corps.
"""

DOSSIER_TEXT = """---
id: dossier-essai
kind: dossier
title: Dossier
lang: fr
concepts: [bien commun, gouvernance territoriale]
dossier:
  members: [ref-a, ref-b, ref-c]
  reading:
    - {fiche: ref-b, why: "Pour commencer."}
    - {fiche: ref-a, why: "Ensuite."}
    - {fiche: ref-z, why: "Hors du dossier."}
    - {fiche: ref-b, why: "Deux fois."}
---
"""


def _problems(text: str, where: str = "f.md") -> list[tuple[str, int | None]]:
    _record, problems = parse_fiche_text(text, where)
    return [(p.code, p.line) for p in problems]


def test_questions_are_read_into_details_and_written_back_at_the_top_level() -> None:
    record, problems = parse_fiche_text(REFERENCE, "ref-essai.md")
    assert problems == []
    assert record is not None
    assert record.details == {
        "type": "book",
        "questions": [
            "Qui produit le bien public ?",
            "Pourquoi parler de bien commun ?",
            "Quel rôle pour la collectivité ?",
        ],
    }
    data = front_matter(draft_of(record), record.key)
    assert data["questions"] == record.details["questions"]
    assert data["reference"] == {"type": "book"}  # not inside the kind's block


def test_an_analysis_keeps_its_questions_without_a_kind_block() -> None:
    text = REFERENCE.replace("kind: reference", "kind: analysis").replace(
        "reference: {type: book}\n", ""
    )
    record, problems = parse_fiche_text(text, "a.md")
    assert problems == []
    assert record is not None
    data = front_matter(draft_of(record), record.key)
    assert "analysis" not in data
    assert len(data["questions"]) == 3


def test_questions_are_one_to_five_non_empty_strings() -> None:
    six = "\n".join(f"  - Question {i} ?" for i in range(6))
    too_many = REFERENCE.replace(
        "  - Qui produit le bien public ?\n", six + "\n  - Qui produit le bien public ?\n"
    )
    assert _problems(too_many) == [("frontmatter.too_long", 10)]
    empty = REFERENCE.replace("  - Pourquoi parler de bien commun ?", '  - ""')
    assert _problems(empty) == [("frontmatter.empty", 11)]
    none = REFERENCE.split("questions:")[0] + "questions: []\n---\n"
    assert _problems(none) == [("frontmatter.empty", 9)]


def test_a_reading_entry_needs_a_fiche_and_a_reason() -> None:
    text = DOSSIER_TEXT.replace('{fiche: ref-a, why: "Ensuite."}', "{fiche: ref-a}")
    assert _problems(text) == [("frontmatter.required", 11)]


def test_the_reading_order_names_members_only_and_each_once() -> None:
    record, problems = parse_fiche_text(DOSSIER_TEXT, "dossier-essai.md")
    assert problems == []
    assert record is not None
    assert [key for key, _ in record.reading] == ["ref-b", "ref-a", "ref-z", "ref-b"]
    assert record.details["reading"][0] == {"fiche": "ref-b", "why": "Pour commencer."}
    found = check_records([record], lambda label: label, frozenset({"ref-a", "ref-b", "ref-c"}))
    assert [(p.code, p.line, p.params) for p in found] == [
        ("seed.reading_not_member", 12, {"member": "ref-z"}),
        ("seed.reading_twice", 13, {"member": "ref-b"}),
    ]


def test_the_seed_loader_refuses_a_reading_order_outside_the_members(seed_copy: Path) -> None:
    path = seed_copy / "seed" / "dossiers" / f"{DOSSIER}.md"
    text = path.read_text(encoding="utf-8")
    first = "    - fiche: ana-coproduction-bien-public\n"
    assert text.count(first) == 1
    path.write_text(text.replace(first, "    - fiche: res-fph\n"), encoding="utf-8")
    with pytest.raises(SeedError) as caught:
        load_bundle(seed_copy)
    assert [(p.code, p.where, p.params) for p in caught.value.problems] == [
        ("seed.reading_not_member", str(path), {"member": "res-fph"})
    ]


def _with_fields(library: Library) -> tuple[list[str], list[dict[str, str]]]:
    """Give GENRO three questions and the dossier a reading order of three members."""
    questions = ["Qui décide ?", "Avec quel argent ?", "Pourquoi Porto Alegre ?"]
    draft = draft_of_detail(library.get(GENRO))
    library.update(
        GENRO, dataclasses.replace(draft, details={**draft.details, "questions": questions})
    )
    reading = [
        {"fiche": PORTO, "why": "Le cas avant la théorie."},
        {"fiche": GENRO, "why": "Le récit des acteurs."},
        {"fiche": VALIN, "why": "Le cadre européen."},
    ]
    draft = draft_of_detail(library.get(DOSSIER))
    library.update(
        DOSSIER, dataclasses.replace(draft, details={**draft.details, "reading": reading})
    )
    return questions, reading


def test_the_fields_are_stored_and_read_in_order(library: Library) -> None:
    questions, reading = _with_fields(library)
    genro = library.get(GENRO)
    assert genro.questions() == tuple(questions)
    assert genro.to_dict()["details"]["questions"] == questions  # `kb show --json`
    dossier = library.get(DOSSIER)
    order = dossier.reading_order()
    assert [(m.key, why) for m, why in order[:3]] == [(r["fiche"], r["why"]) for r in reading]
    # the members the order leaves out follow, in the dossier's order, with no reason
    rest = [m.key for m in dossier.members if m.key not in {PORTO, GENRO, VALIN}]
    assert [(m.key, why) for m, why in order[3:]] == [(k, "") for k in rest]


def test_markdown_export_and_import_keep_both_fields(library: Library, tmp_path: Path) -> None:
    questions, reading = _with_fields(library)
    out = tmp_path / "md"
    library.export("markdown", out, [GENRO, DOSSIER])
    text = (out / f"{GENRO}.md").read_text(encoding="utf-8")
    assert "\nquestions:\n- Qui décide ?\n" in text
    genro, problems = parse_fiche_file(out / f"{GENRO}.md")
    assert problems == []
    assert genro is not None
    assert genro.details["questions"] == questions
    dossier, problems = parse_fiche_file(out / f"{DOSSIER}.md")
    assert problems == []
    assert dossier is not None
    assert dossier.details["reading"] == reading
    # read back into the same library: both files are what is stored, nothing differs
    report = run_job(library.import_file(out))
    assert (report.found, report.duplicates, report.imported) == (2, 2, 0)
    # a changed question is a difference the import sees
    (out / f"{GENRO}.md").write_text(text.replace("Qui décide ?", "Qui vote ?"), encoding="utf-8")
    report = run_job(library.import_file(out, update=True))
    assert library.get(GENRO).questions()[0] == "Qui vote ?"


def test_the_export_drops_reading_entries_of_members_removed_since(
    library: Library, tmp_path: Path
) -> None:
    _with_fields(library)
    library.dossier_remove(DOSSIER, VALIN)
    out = tmp_path / "md"
    library.export("markdown", out, [DOSSIER])
    dossier, problems = parse_fiche_file(out / f"{DOSSIER}.md")
    assert problems == []
    assert dossier is not None
    assert [r["fiche"] for r in dossier.details["reading"]] == [PORTO, GENRO]
