"""The seed loader: the shipped seed loads whole, and every kind of bad input is refused.

Bad-input tests edit one file of a writable copy of ``resources/`` (the ``seed_copy``
fixture) and expect one ``SeedError`` whose problems locate the edit (file and line).
"""

from __future__ import annotations

import re
import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kb_app.core.errors import Problem, SeedError
from kb_app.core.jobs import Progress
from kb_app.core.library import Library
from kb_app.core.paths import resources_dir
from kb_app.core.rendering.markdown import plain_text, wikilinks
from kb_app.core.seed.loader import SeedBundle, load_bundle
from kb_app.core.storage.concepts import label_index_from_data
from kb_app.core.thesaurus.skos import load_skos

CASE = "case-porto-alegre-budget-participatif"
DOSSIER = "dossier-cnfpt-2016-gestion-territoriale-relations"
COURSE_ITEMS = (
    "ref-calame-2013-synthese-ecocity",
    "ref-calame-2004-universite-21e-siecle",
    "ref-mcalame-2008-reforme-pac-panel",
    "ref-calame-2013-ess-dynamiques-territoriales",
    "ref-guiheneuf-2008-chronique-conference-citoyens",
    "ref-genro-desouza-1998-budget-participatif",
    "ref-irg-2007-gouvernance-ong-coproduction",
    "ref-cglu-2008-gold-i",
    "ref-luminet-coproduction-sante",
    "ref-sauquet-vielajus-acteurs-non-etatiques",
    "res-cglu",
    "ref-valin-2007-services-publics-europe",
    "res-guni",
)


# -- helpers ------------------------------------------------------------------------------------


def case_file(resources: Path) -> Path:
    return resources / "seed" / "cases" / f"{CASE}.md"


def dossier_file(resources: Path) -> Path:
    return resources / "seed" / "dossiers" / f"{DOSSIER}.md"


def guni_file(resources: Path) -> Path:
    return resources / "seed" / "resources" / "res-guni.md"


def thesaurus_file(resources: Path) -> Path:
    return resources / "thesaurus" / "thesaurus.ttl"


def replace_once(path: Path, old: str, new: str) -> str:
    """Replace the single occurrence of ``old`` in ``path``; return the new text."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur exactly once in {path}"
    text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    return text


def line_of(text: str, needle: str) -> int:
    """1-based number of the first line of ``text`` that contains ``needle``."""
    for number, line in enumerate(text.split("\n"), 1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not found")


def seed_problems(resources: Path) -> list[Problem]:
    with pytest.raises(SeedError) as info:
        load_bundle(resources)
    assert info.value.problems, "a SeedError must list its problems"
    return info.value.problems


def problem_in(problems: list[Problem], file_name: str, *words: str) -> Problem:
    """The first problem located in ``file_name`` whose message contains every word."""
    found = [
        p
        for p in problems
        if Path(p.where).name == file_name and all(w.lower() in p.message.lower() for w in words)
    ]
    assert found, f"no problem in {file_name} mentioning {words}; got:\n" + "\n".join(
        map(str, problems)
    )
    return found[0]


@pytest.fixture(scope="module")
def shipped() -> SeedBundle:
    return load_bundle(resources_dir())


# -- the shipped seed ---------------------------------------------------------------------------


def test_shipped_seed_counts_by_kind(shipped: SeedBundle) -> None:
    counts = Counter(r.kind for r in shipped.fiches)
    assert counts == {"reference": 11, "analysis": 5, "case": 9, "resource": 5, "dossier": 1}


def test_shipped_thesaurus_has_at_least_35_concepts(shipped: SeedBundle) -> None:
    assert len(shipped.thesaurus.concepts) >= 35
    assert all(c.pref_fr for c in shipped.thesaurus.concepts)


def test_every_shipped_fiche_has_at_least_two_resolvable_concepts(shipped: SeedBundle) -> None:
    resolve = label_index_from_data(shipped.thesaurus).resolve
    for record in shipped.fiches:
        assert len(record.concepts) >= 2, record.key
        assert all(resolve(label) for label, _ in record.concepts), record.key


def test_every_shipped_file_is_named_after_its_id(shipped: SeedBundle) -> None:
    for record in shipped.fiches:
        assert Path(record.where).stem == record.key


def test_dossier_lists_the_13_course_items_first_in_order(shipped: SeedBundle) -> None:
    (dossier,) = [r for r in shipped.fiches if r.kind == "dossier"]
    assert dossier.key == DOSSIER
    members = [key for key, _ in dossier.members]
    assert len(members) >= 13
    assert tuple(members[:13]) == COURSE_ITEMS
    assert members[0] == "ref-calame-2013-synthese-ecocity"
    assert members[10] == "res-cglu"
    assert members[12] == "res-guni"
    assert len(set(members)) == len(members), "a member is listed twice"
    keys = {r.key for r in shipped.fiches}
    assert set(members) <= keys


def test_dossier_member_lines_point_at_the_member(shipped: SeedBundle) -> None:
    (dossier,) = [r for r in shipped.fiches if r.kind == "dossier"]
    lines = Path(dossier.where).read_text(encoding="utf-8").split("\n")
    for key, line in dossier.members:
        assert line is not None
        assert lines[line - 1].strip() == f"- {key}"


def test_analyses_are_600_to_1800_words_with_concept_wikilinks_and_citations(
    shipped: SeedBundle,
) -> None:
    resolve = label_index_from_data(shipped.thesaurus).resolve
    keys = {r.key for r in shipped.fiches}
    analyses = [r for r in shipped.fiches if r.kind == "analysis"]
    assert len(analyses) == 5
    for record in analyses:
        words = len(plain_text(record.body).split())
        # 1800 since issue 16: the analyses also discuss the 2014-2015 reforms and new cases
        assert 600 <= words <= 1800, f"{record.key}: {words} words"
        targets = [wl.target for wl in wikilinks(record.body)]
        concept_links = [t for t in targets if t not in keys and resolve(t) is not None]
        assert concept_links, f"{record.key}: no wikilink to a concept"
        cites = [ln for ln in record.links if ln.type == "cites"]
        assert cites, f"{record.key}: no `cites` link"
        assert all(ln.target in keys for ln in cites)


def test_unmodified_seed_copy_loads(seed_copy: Path) -> None:
    bundle = load_bundle(seed_copy)
    assert len(bundle.fiches) == 31


def test_library_is_built_from_the_given_seed_resources(seed_copy: Path, tmp_path: Path) -> None:
    replace_once(
        case_file(seed_copy),
        'title: "Le budget participatif de Porto Alegre (Brésil)"',
        'title: "Titre modifié pour le test"',
    )
    with Library.open(tmp_path / "new", seed_resources=seed_copy) as lib:
        assert lib.get(CASE).title == "Titre modifié pour le test"
        assert lib.stats().total_fiches == 31


# -- bad input: one located problem per edit ------------------------------------------------


def test_front_matter_with_unknown_kind_is_refused(seed_copy: Path) -> None:
    text = replace_once(case_file(seed_copy), "kind: case\n", "kind: essay\n")
    problem = problem_in(seed_problems(seed_copy), f"{CASE}.md", "essay")
    assert problem.line == line_of(text, "kind: essay")
    assert "kind" in problem.message


def test_front_matter_without_title_is_refused(seed_copy: Path) -> None:
    text = replace_once(
        case_file(seed_copy), 'title: "Le budget participatif de Porto Alegre (Brésil)"\n', ""
    )
    problem = problem_in(seed_problems(seed_copy), f"{CASE}.md", "title", "required")
    # a missing field has no line of its own: the front matter's first line is reported
    assert problem.line == line_of(text, f"id: {CASE}")


def test_front_matter_with_a_single_concept_is_refused(seed_copy: Path) -> None:
    path = case_file(seed_copy)
    lines = path.read_text(encoding="utf-8").split("\n")
    first = lines.index("  - budget participatif")  # the first of the case's concepts
    rest = first + 1
    while lines[rest].startswith("  - "):
        rest += 1
    assert rest - first >= 2  # there were others to remove
    text = "\n".join(lines[: first + 1] + lines[rest:])
    path.write_text(text, encoding="utf-8")
    problem = problem_in(seed_problems(seed_copy), f"{CASE}.md", "concepts", "at least 2")
    assert problem.line in (line_of(text, "concepts:"), line_of(text, "  - budget participatif"))


def test_invalid_yaml_is_refused_with_its_line(seed_copy: Path) -> None:
    text = replace_once(case_file(seed_copy), "lang: fr\n", "lang: fr: oops\n")
    problem = problem_in(seed_problems(seed_copy), f"{CASE}.md", "invalid YAML")
    assert problem.line == line_of(text, "lang: fr: oops")


def test_unknown_concept_label_is_refused(seed_copy: Path) -> None:
    text = replace_once(case_file(seed_copy), "  - redistribution\n", "  - concept inexistant\n")
    problems = seed_problems(seed_copy)
    problem = problem_in(problems, f"{CASE}.md", "concept", "concept inexistant")
    assert problem.line == line_of(text, "  - concept inexistant")
    assert len(problems) == 1


def test_dangling_link_target_is_refused(seed_copy: Path) -> None:
    text = replace_once(
        case_file(seed_copy),
        "target: ref-genro-desouza-1998-budget-participatif",
        "target: ref-no-such-reference",
    )
    problems = seed_problems(seed_copy)
    problem = problem_in(problems, f"{CASE}.md", "link", "ref-no-such-reference")
    target_line = line_of(text, "target: ref-no-such-reference")
    # the link item starts on the `- type:` line just above its target
    assert problem.line in (target_line - 1, target_line)
    assert len(problems) == 1


def test_dangling_wikilink_is_refused(seed_copy: Path) -> None:
    path = case_file(seed_copy)
    with path.open("a", encoding="utf-8") as f:
        f.write("\nVoir aussi [[no-such-fiche]] pour la suite.\n")
    problems = seed_problems(seed_copy)
    problem = problem_in(problems, f"{CASE}.md", "wikilink", "[[no-such-fiche]]")
    assert problem.line is not None
    assert len(problems) == 1


def test_dangling_wikilink_line_when_body_follows_the_front_matter(seed_copy: Path) -> None:
    # the dossier's body starts right after the closing '---' (no blank line)
    path = dossier_file(seed_copy)
    heading = "## Présentation de la séance\n"
    text = replace_once(path, heading, heading + "\nVoir [[no-such-fiche]].\n")
    problem = problem_in(seed_problems(seed_copy), f"{DOSSIER}.md", "[[no-such-fiche]]")
    assert problem.line == line_of(text, "[[no-such-fiche]]")


def test_dangling_wikilink_line_when_a_blank_line_follows_the_front_matter(
    seed_copy: Path,
) -> None:
    path = case_file(seed_copy)
    with path.open("a", encoding="utf-8") as f:
        f.write("\nVoir aussi [[no-such-fiche]] pour la suite.\n")
    text = path.read_text(encoding="utf-8")
    assert "---\n\n" in text  # the case file has a blank line after its front matter
    problem = problem_in(seed_problems(seed_copy), f"{CASE}.md", "[[no-such-fiche]]")
    assert problem.line == line_of(text, "[[no-such-fiche]]")


def test_missing_dossier_member_is_refused(seed_copy: Path) -> None:
    text = replace_once(dossier_file(seed_copy), "    - res-guni\n", "    - res-no-such-member\n")
    problems = seed_problems(seed_copy)
    problem = problem_in(problems, f"{DOSSIER}.md", "member", "res-no-such-member")
    assert problem.line == line_of(text, "- res-no-such-member")
    # the reading order still names res-guni, no longer a member: said too, at its line
    reading = problem_in(problems, f"{DOSSIER}.md", "reading order", "res-guni")
    assert reading.line == line_of(text, "- fiche: res-guni")
    assert len(problems) == 2


def test_duplicate_id_in_two_files_is_refused(seed_copy: Path) -> None:
    original = guni_file(seed_copy)
    copy = seed_copy / "seed" / "cases" / "res-guni.md"
    shutil.copyfile(original, copy)
    problems = seed_problems(seed_copy)
    problem = problem_in(problems, "res-guni.md", "res-guni", "also used")
    assert problem.line == line_of(original.read_text(encoding="utf-8"), "id: res-guni")
    other = str(copy) if problem.where == str(original) else str(original)
    assert problem.where in (str(original), str(copy))
    assert other in problem.message


def test_file_named_differently_from_its_id_is_refused(seed_copy: Path) -> None:
    renamed = guni_file(seed_copy).rename(guni_file(seed_copy).with_name("res-guni-bis.md"))
    problems = seed_problems(seed_copy)
    problem = problem_in(problems, "res-guni-bis.md", "file name", "res-guni")
    assert problem.line == line_of(renamed.read_text(encoding="utf-8"), "id: res-guni")
    assert len(problems) == 1


def test_missing_front_matter_is_refused(seed_copy: Path) -> None:
    path = guni_file(seed_copy)
    text = path.read_text(encoding="utf-8")
    body = text[text.index("\n---\n", 4) + len("\n---\n") :]
    path.write_text(body, encoding="utf-8")
    problem = problem_in(seed_problems(seed_copy), "res-guni.md", "front-matter")
    assert problem.line == 1


def test_unclosed_front_matter_is_refused(seed_copy: Path) -> None:
    path = guni_file(seed_copy)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\n---\n", "\n", 1).replace("\n---\n", "\n", 1), encoding="utf-8")
    problem = problem_in(seed_problems(seed_copy), "res-guni.md", "not closed")
    assert problem.line == 1


CYCLE = "\nkbt:gouvernance skos:broader kbt:gouvernance-territoriale .\n"


def test_thesaurus_cycle_is_refused(seed_copy: Path) -> None:
    with thesaurus_file(seed_copy).open("a", encoding="utf-8") as f:
        f.write(CYCLE)
    problem = problem_in(seed_problems(seed_copy), "thesaurus.ttl", "cycle")
    assert "thesaurus/gouvernance-territoriale" in problem.message
    assert "thesaurus/gouvernance " in problem.message + " "
    assert problem.line is not None


def test_thesaurus_cycle_is_located_on_a_concept_of_the_cycle(seed_copy: Path) -> None:
    path = thesaurus_file(seed_copy)
    with path.open("a", encoding="utf-8") as f:
        f.write(CYCLE)
    text = path.read_text(encoding="utf-8")
    expected = {
        line_of(text, "kbt:gouvernance a skos:Concept"),
        line_of(text, "kbt:gouvernance-territoriale a skos:Concept"),
        line_of(text, CYCLE.strip()),
    }
    problem = problem_in(seed_problems(seed_copy), "thesaurus.ttl", "cycle")
    assert problem.line in expected


def test_every_concept_line_is_its_subject_line(seed_copy: Path) -> None:
    path = thesaurus_file(seed_copy)
    lines = path.read_text(encoding="utf-8").split("\n")
    data = load_skos(path)
    wrong = [
        (c.key, c.line)
        for c in data.concepts
        if c.line is None or not re.match(r"kbt:\S+ a skos:Concept", lines[c.line - 1])
    ]
    assert wrong == []


def test_a_doctype_in_turtle_is_only_text(seed_copy: Path) -> None:
    """Turtle has no DTD: a comment mentioning one is harmless (RDF/XML ones are refused,
    see tests/core/test_skos_import.py and tests/hostile/test_skos_hostile.py)."""
    replace_once(
        thesaurus_file(seed_copy),
        "@prefix skos:",
        '# <!DOCTYPE kb [<!ENTITY x "boom">]>\n@prefix skos:',
    )
    bundle = load_bundle(seed_copy)
    assert len(bundle.thesaurus.concepts) == 95


def test_an_rdf_xml_doctype_is_refused_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "t.rdf"
    path.write_text(
        '<?xml version="1.0"?>\n\n<!DOCTYPE r [<!ENTITY x "boom">]>\n<r/>\n', encoding="utf-8"
    )
    with pytest.raises(SeedError) as err:
        load_skos(path)
    assert [(p.line, "DOCTYPE" in p.message) for p in err.value.problems] == [(3, True)]


def test_invalid_turtle_is_refused_with_its_line(seed_copy: Path) -> None:
    path = thesaurus_file(seed_copy)
    with path.open("a", encoding="utf-8") as f:
        f.write("\nkbt:broken skos:broader .\n")
    text = path.read_text(encoding="utf-8")
    problem = problem_in(seed_problems(seed_copy), "thesaurus.ttl")
    assert problem.line == line_of(text, "kbt:broken skos:broader .")


# -- nothing half-loaded ----------------------------------------------------------------------


def _unknown_concept(resources: Path) -> None:
    replace_once(case_file(resources), "  - redistribution\n", "  - concept inexistant\n")


def _cycle(resources: Path) -> None:
    with thesaurus_file(resources).open("a", encoding="utf-8") as f:
        f.write(CYCLE)


def _dangling_member(resources: Path) -> None:
    replace_once(dossier_file(resources), "    - res-guni\n", "    - res-no-such-member\n")


BAD_SEEDS: dict[str, Callable[[Path], None]] = {
    "unknown-concept": _unknown_concept,
    "thesaurus-cycle": _cycle,
    "dangling-member": _dangling_member,
}


@pytest.mark.parametrize("breakage", BAD_SEEDS.values(), ids=BAD_SEEDS.keys())
def test_bad_seed_creates_no_library_folder(
    seed_copy: Path, tmp_path: Path, breakage: Callable[[Path], None]
) -> None:
    breakage(seed_copy)
    target = tmp_path / "new"
    with pytest.raises(SeedError):
        Library.open(target, seed_resources=seed_copy)
    assert not target.exists()


@pytest.mark.parametrize("breakage", BAD_SEEDS.values(), ids=BAD_SEEDS.keys())
def test_bad_seed_leaves_an_existing_empty_folder_empty(
    seed_copy: Path, tmp_path: Path, breakage: Callable[[Path], None]
) -> None:
    breakage(seed_copy)
    target = tmp_path / "empty"
    target.mkdir()
    with pytest.raises(SeedError):
        Library.open(target, seed_resources=seed_copy)
    assert target.is_dir()
    assert list(target.iterdir()) == []


def test_failure_while_writing_the_seed_leaves_nothing(
    seed_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure after the checks (half-way through the writes) rolls everything back."""
    from kb_app.core.seed import loader

    real = loader.write_bundle

    def failing(*args: object, **kwargs: object) -> Iterator[Progress]:
        job = real(*args, **kwargs)  # type: ignore[arg-type]
        yield next(job)
        yield next(job)
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(loader, "write_bundle", failing)
    target = tmp_path / "new"
    existing = tmp_path / "empty"
    existing.mkdir()
    for folder in (target, existing):
        with pytest.raises(RuntimeError, match="disk on fire"):
            Library.open(folder, seed_resources=seed_copy)
    assert not target.exists()
    assert list(existing.iterdir()) == []
