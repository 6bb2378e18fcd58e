"""The shipped course as a documentalist would check it.

- every item of the course page's reference list (tests/data/course/course-page-items.txt, one
  item a line, as CITEGO publishes it) is a fiche whose title, subtitle, event, date and pages
  are the page's own;
- every reference, analysis and case sits on both atlas axes (a component of the territory and
  an angle of governance);
- references and cases ship exactly three study questions; the dossier's reading order names
  each member once, with a reason;
- a case that illustrates an analysis is analysed by it, and the other way round;
- the project's own texts are signed by its editorial team, and no shipped text (seed files,
  thesaurus) carries « kb_app » or a working note.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from kb_app.core.paths import resources_dir
from kb_app.core.seed.frontmatter import FicheRecord
from kb_app.core.seed.loader import SeedBundle, load_bundle
from tests.core.test_seed_loader import COURSE_ITEMS

ITEMS_FILE = Path(__file__).resolve().parents[1] / "data" / "course" / "course-page-items.txt"
DOSSIER = "dossier-cnfpt-2016-gestion-territoriale-relations"
EDITORIAL_TEAM = "Équipe éditoriale de la base Gouvernance des territoires"

#: The course page's items, in its order: the fiche that stands for each (COURSE_ITEMS,
#: shared with tests/core/test_seed_loader.py).

#: The date of publication as the page writes it (the last date of the item), or None when
#: the page gives none. A range of days is an event's (the forum's), not a publication's.
PAGE_DATES: dict[str, str | None] = {
    "ref-calame-2013-synthese-ecocity": "27 septembre 2013",
    "ref-calame-2004-universite-21e-siecle": "26 novembre 2004",
    "ref-mcalame-2008-reforme-pac-panel": "4 janvier 2008",
    "ref-calame-2013-ess-dynamiques-territoriales": "23 juillet 2013",
    "ref-guiheneuf-2008-chronique-conference-citoyens": "septembre 2008",
    "ref-genro-desouza-1998-budget-participatif": "1998",
    "ref-irg-2007-gouvernance-ong-coproduction": "9-11 novembre 2007",
    "ref-cglu-2008-gold-i": "2008",
    "ref-luminet-coproduction-sante": None,
    "ref-sauquet-vielajus-acteurs-non-etatiques": None,
    "ref-valin-2007-services-publics-europe": "2007",
}

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)

COMPONENTS = (
    "Société et territoire",
    "Économie et territoire",
    "Écosystèmes territoriaux",
    "Équipements et réseaux",
    "Capital culturel et immatériel des territoires",
    "Organisation de l'espace",
    "Flux",
)
ANGLES = (
    "Légitimité et enracinement des pouvoirs",
    "Démocratie et citoyenneté",
    "Compétence et pertinence des dispositifs",
    "Coopération et partenariat entre acteurs",
    "Articulation des échelles",
)

#: Phrases of working notes that must not reach a reader (case and accents ignored).
WORKING_NOTES = (
    "kb_app",
    "d'après son titre",
    "d'apres le titre",
    "cité d'après",
    "nous n'en avons pas consulté",
    "nous ne l'avons pas consulté",
    "nous n'avons pas pu",
    "nous ne le connaissons",
    "notre thésaurus",
    "non identifié",
    "rédaction kb",
    "base de connaissances kb",
    "selon notre interprétation",
    "todo",
    "fixme",
)

#: Corrections of issue 16 that must stay made (the wrong wording, anywhere in the seed).
WRONG_WORDINGS = (
    "révolution tranquille",
    "révolution démocratique tranquille",
    "acceptable par tous",
    "acceptables par tous",
    "gisement des services",
    "sept principes",
)


def fold(text: str) -> str:
    """Lower case, typographic apostrophes straight, no-break spaces plain (the page's French
    typography), accents kept: compared as written."""
    text = unicodedata.normalize("NFC", text).replace("’", "'")
    return re.sub("[\u00a0\u202f\u2009]", " ", text).casefold()


def iso(french: str) -> str:
    """« 27 septembre 2013 » → 2013-09-27, « septembre 2008 » → 2008-09, « 1998 » → 1998;
    a range of days (« 9-11 novembre 2007 ») is an event's: only its year is a date."""
    words = french.split()
    year = words[-1]
    if len(words) == 1 or "-" in words[0]:
        return year
    month = f"{MONTHS.index(words[-2]) + 1:02d}"
    return f"{year}-{month}" if len(words) == 2 else f"{year}-{month}-{int(words[0]):02d}"


@pytest.fixture(scope="module")
def bundle() -> SeedBundle:
    return load_bundle(resources_dir())


@pytest.fixture(scope="module")
def fiches(bundle: SeedBundle) -> dict[str, FicheRecord]:
    return {f.key: f for f in bundle.fiches}


@pytest.fixture(scope="module")
def items() -> dict[str, str]:
    lines = [ln for ln in ITEMS_FILE.read_text(encoding="utf-8").splitlines() if ln.strip()]
    assert len(lines) == len(COURSE_ITEMS) == 13
    return dict(zip(COURSE_ITEMS, lines, strict=True))


def labels_of(fiche: FicheRecord) -> set[str]:
    return {label for label, _ in fiche.concepts}


# -- the course page ------------------------------------------------------------------------


@pytest.mark.parametrize("key", COURSE_ITEMS)
def test_title_and_subtitle_are_the_course_pages(
    key: str, fiches: dict[str, FicheRecord], items: dict[str, str]
) -> None:
    fiche, line = fiches[key], fold(items[key])
    assert fold(fiche.title) in line, (fiche.title, items[key])
    if fiche.kind == "reference" and fiche.subtitle:
        assert fold(fiche.subtitle) in line, (fiche.subtitle, items[key])


@pytest.mark.parametrize("key", [k for k in COURSE_ITEMS if k.startswith("ref-")])
def test_date_and_pages_are_the_course_pages(
    key: str, fiches: dict[str, FicheRecord], items: dict[str, str]
) -> None:
    fiche, line = fiches[key], items[key]
    written = PAGE_DATES[key]
    if written is None:
        assert fiche.date is None
        assert not re.search(r"\b(19|20)\d\d\b", line), "the page dates this item"
    else:
        assert written in line
        assert line.rfind(written) >= max(m.start() for m in re.finditer(r"\b\d{4}\b", line)) - 20
        assert fiche.date == iso(written)
    pages = re.search(r"(\d+) pages", line)
    details = fiche.details or {}
    assert details.get("pages") == (int(pages.group(1)) if pages else None)


def test_the_subtitles_the_issue_named_are_the_pages_words(fiches: dict[str, FicheRecord]) -> None:
    assert fiches["ref-calame-2004-universite-21e-siecle"].subtitle == (
        "La réforme de l'université devra reposer sur un nouveau contrat avec la société. "
        "Sa construction appelle une stratégie de changement en réseau."
    )
    assert fiches["ref-cglu-2008-gold-i"].subtitle == (
        "Premier rapport mondial de Cités et Gouvernements Locaux Unis"
    )
    assert "2ème Forum franco-chinois" in (
        fiches["ref-irg-2007-gouvernance-ong-coproduction"].subtitle or ""
    )
    assert fiches["res-guni"].title == "Réseau universitaire mondial pour l'innovation"


def test_events_and_dates_notes_follow_the_page(
    fiches: dict[str, FicheRecord], items: dict[str, str]
) -> None:
    nantes = fiches["ref-calame-2013-ess-dynamiques-territoriales"].details or {}
    event = "« La place de l'ESS dans les éco-filières en Pays de la Loire »"
    assert event in str(nantes.get("event"))
    assert "Nantes, 26 juin 2013" in str(nantes.get("event"))
    assert fold(event) in fold(items["ref-calame-2013-ess-dynamiques-territoriales"])
    brasilia = fiches["ref-calame-2004-universite-21e-siecle"].details or {}
    assert fold(str(brasilia.get("event"))) in fold(items["ref-calame-2004-universite-21e-siecle"])
    beijing = fiches["ref-irg-2007-gouvernance-ong-coproduction"].details or {}
    assert "9-11 novembre 2007" in str(beijing.get("date_note"))
    assert "9-11 novembre 2007" in str(beijing.get("event"))


def test_chapters_are_typed_chapter_with_their_container(
    fiches: dict[str, FicheRecord], items: dict[str, str]
) -> None:
    chapters = [k for k in COURSE_ITEMS if "Lire le chapitre" in items[k]]
    assert chapters == [
        "ref-luminet-coproduction-sante",
        "ref-sauquet-vielajus-acteurs-non-etatiques",
    ]
    for key in chapters:
        details = fiches[key].details or {}
        assert details["type"] == "chapter"
        assert details.get("container_title")
        assert any("recueil" in u for u in fiches[key].unverified), "the container is inferred"


# -- summaries, questions, reading order ---------------------------------------------------------


def test_every_reference_has_a_summary_and_sources(fiches: dict[str, FicheRecord]) -> None:
    for fiche in fiches.values():
        if fiche.kind == "reference":
            assert len(fiche.summary or "") > 200, fiche.key
            assert len(fiche.sources) >= 2, fiche.key
            assert len(fiche.unverified) <= 1, f"{fiche.key}: say what is unverified once"


def test_references_and_cases_ship_three_questions(fiches: dict[str, FicheRecord]) -> None:
    kinds = {"reference", "case"}
    asked = {f.key: (f.details or {}).get("questions") for f in fiches.values() if f.kind in kinds}
    assert len(asked) >= 20
    for key, questions in asked.items():
        assert isinstance(questions, list), key
        assert len(questions) == 3, key
        assert all(q.strip().endswith("?") for q in questions), key
        assert len(set(questions)) == 3, key


def test_the_dossier_reading_order_names_every_member_once_with_a_reason(
    fiches: dict[str, FicheRecord],
) -> None:
    dossier = fiches[DOSSIER]
    members = [key for key, _ in dossier.members]
    reading = (dossier.details or {})["reading"]
    assert sorted(r["fiche"] for r in reading) == sorted(members)
    assert len({r["fiche"] for r in reading}) == len(reading)
    assert all(len(r["why"]) > 30 and r["why"].endswith(".") for r in reading)
    assert tuple(members[:13]) == COURSE_ITEMS
    counts = {kind: sum(fiches[m].kind == kind for m in members) for kind in ("analysis", "case")}
    assert counts == {"analysis": 5, "case": 9}
    for key in (
        "case-loos-en-gohelle-transition",
        "case-paris-budget-participatif",
        "case-territoires-zero-chomeur",
        "case-bologne-reglement-communs-urbains",
        "case-pole-sud-archer-romans",
    ):
        assert key in members


def test_the_dossier_summary_counts_what_it_holds(fiches: dict[str, FicheRecord]) -> None:
    dossier = fiches[DOSSIER]
    words = {9: "neuf", 5: "cinq", 27: "vingt-sept"}
    members = [key for key, _ in dossier.members]
    cases = sum(fiches[m].kind == "case" for m in members)
    analyses = sum(fiches[m].kind == "analysis" for m in members)
    summary = dossier.summary or ""
    assert f"{words[cases]} études de cas" in summary
    assert f"{words[analyses]} analyses" in summary
    assert f"{words[len(members)]} fiches" in summary


# -- the atlas axes and the links ------------------------------------------------------------


def test_the_axes_are_the_thesaurus_collections(bundle: SeedBundle) -> None:
    by_uri = {c.uri: c.pref_fr for c in bundle.thesaurus.concepts}
    groups = {g.key: [by_uri[m] for m in g.members] for g in bundle.thesaurus.groups}
    assert sorted(groups["axe-composantes"]) == sorted(COMPONENTS)
    assert sorted(groups["axe-angles"]) == sorted(ANGLES)


def test_every_reference_analysis_and_case_sits_on_both_axes(
    fiches: dict[str, FicheRecord],
) -> None:
    indexed = [f for f in fiches.values() if f.kind in ("reference", "analysis", "case")]
    assert len(indexed) == 11 + 5 + 9
    for fiche in indexed:
        assert labels_of(fiche) & set(COMPONENTS), f"{fiche.key}: no component of the territory"
        assert labels_of(fiche) & set(ANGLES), f"{fiche.key}: no angle of governance"


def test_illustrates_and_analyses_go_both_ways(fiches: dict[str, FicheRecord]) -> None:
    def pairs(kind: str, link: str) -> set[tuple[str, str]]:
        return {
            (f.key, ln.target)
            for f in fiches.values()
            if f.kind == kind
            for ln in f.links
            if ln.type == link
        }

    illustrated = {
        (case, ana) for case, ana in pairs("case", "illustrates") if ana.startswith("ana-")
    }
    analysed = {(case, ana) for ana, case in pairs("analysis", "analyses")}
    assert illustrated == analysed
    cases = {f.key for f in fiches.values() if f.kind == "case"}
    assert {case for case, _ in analysed} == cases, "every case is analysed somewhere"
    for ana in (f for f in fiches.values() if f.kind == "analysis"):
        cited = {ln.target for ln in ana.links if ln.type == "cites"}
        assert any(t.startswith("ana-") for t in cited), f"{ana.key} cites no other analysis"


def test_the_projects_own_texts_are_signed_by_its_editorial_team(
    fiches: dict[str, FicheRecord],
) -> None:
    for fiche in fiches.values():
        if fiche.kind in ("analysis", "case"):
            authors = [(a.name, a.type) for a in fiche.agents if a.role == "author"]
            if fiche.kind == "analysis":
                assert authors == [(EDITORIAL_TEAM, "organisation")], fiche.key
            else:
                assert (EDITORIAL_TEAM, "organisation") in authors, fiche.key


# -- shipped text ------------------------------------------------------------------------------


def shipped_texts() -> list[Path]:
    root = resources_dir()
    return [*sorted((root / "seed").rglob("*.md")), root / "thesaurus" / "thesaurus.ttl"]


@pytest.mark.parametrize("path", shipped_texts(), ids=lambda p: p.name)
def test_no_working_note_in_shipped_text(path: Path) -> None:
    text = fold(path.read_text(encoding="utf-8"))
    text = re.sub(r"https?://\S+", "", text)  # addresses are not prose
    found = [phrase for phrase in WORKING_NOTES if fold(phrase) in text]
    assert found == [], f"{path.name}: {found}"


@pytest.mark.parametrize("path", shipped_texts(), ids=lambda p: p.name)
def test_corrected_wordings_stay_corrected(path: Path) -> None:
    text = fold(path.read_text(encoding="utf-8"))
    found = [phrase for phrase in WRONG_WORDINGS if fold(phrase) in text]
    assert found == [], f"{path.name}: {found}"


def test_the_checks_can_fail() -> None:
    """The phrase lists and the date reader are not vacuous."""
    assert any(fold(p) in fold("Cité d'après son titre seulement.") for p in WORKING_NOTES)
    assert any(fold(p) in fold("une « révolution tranquille »") for p in WRONG_WORDINGS)
    assert iso("27 septembre 2013") == "2013-09-27"
    assert iso("septembre 2008") == "2008-09"
    assert iso("9-11 novembre 2007") == "2007"
