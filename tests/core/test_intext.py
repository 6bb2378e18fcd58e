"""In-text citations (the style's <citation> layout, pandoc, LaTeX) and user CSL styles."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from kb_app.core.errors import ValidationError
from kb_app.core.library import Library, add_citation_style, citation_styles
from kb_app.core.paths import user_styles_dir
from kb_app.core.rendering.intext import parse_locator

DATA = Path(__file__).resolve().parents[1] / "data" / "csl"
GENRO = "ref-genro-desouza-1998-budget-participatif"
CALAME_2004 = "ref-calame-2004-universite-21e-siecle"
CALAME_2013 = "ref-calame-2013-ess-dynamiques-territoriales"
NB = "\u00a0"


# --- the style's own citation layout ------------------------------------------------------


def test_author_date_in_text_follows_the_shipped_style(library: Library) -> None:
    # the shipped ISO 690 author-date <citation>: short names, year, then the locator
    plain = library.cite_in_text([GENRO])
    assert plain.text == "(GENRO et DE SOUZA, 1998)"
    located = library.cite_in_text([GENRO], locator="p. 12")
    assert located.text == f"(GENRO et DE SOUZA, 1998, p.{NB}12)"
    assert located.keys == (GENRO,)
    assert located.form == "text"
    assert located.locator == "p. 12"


def test_numeric_in_text_numbers_in_the_bibliography_order(library: Library) -> None:
    style = "iso690-numeric-fr"
    assert library.cite_in_text([GENRO], style, locator="p. 12").text == f"(1, p.{NB}12)"
    among = [CALAME_2004, CALAME_2013, GENRO]
    cited = library.cite_in_text([GENRO], style, locator="chap. 2", among=among)
    assert cited.text == f"(3, chap.{NB}2)"


def test_several_keys_in_one_citation_keep_their_order(library: Library) -> None:
    cited = library.cite_in_text([GENRO, CALAME_2004], locator="12-14")
    # the locator goes with the last key; a range gets its en dash from the style
    assert cited.text == f"(GENRO et DE SOUZA, 1998\u202f; CALAME, 2004, p.{NB}12–14)"
    assert cited.keys == (GENRO, CALAME_2004)


def test_pandoc_and_latex_forms(library: Library) -> None:
    pandoc = library.cite_in_text([GENRO], form="pandoc")
    assert pandoc.text == f"[@{GENRO}]"
    assert library.cite_in_text([GENRO], form="pandoc", locator="p.12").text == (
        f"[@{GENRO}, p. 12]"
    )
    both = library.cite_in_text([GENRO, CALAME_2004], form="pandoc", locator="chap. 3")
    assert both.text == f"[@{GENRO}; @{CALAME_2004}, chap. 3]"
    assert library.cite_in_text([GENRO], form="latex").text == f"\\cite{{{GENRO}}}"
    latex = library.cite_in_text([GENRO, CALAME_2004], form="latex", locator="p. 12")
    assert latex.text == f"\\cite[p.~12]{{{GENRO},{CALAME_2004}}}"


def test_locators_are_parsed_or_refused() -> None:
    assert parse_locator("p. 12") is not None
    assert parse_locator("  ") is None
    page = parse_locator("12-14")
    assert page is not None
    assert (page.term, page.value, page.typed()) == ("page", "12-14", "12-14")
    section = parse_locator("§3")
    assert section is not None
    assert (section.term, section.typed()) == ("paragraph", "§ 3")
    volume = parse_locator("t. II")
    assert volume is not None
    assert (volume.term, volume.value) == ("volume", "II")
    with pytest.raises(ValidationError) as info:
        parse_locator("zz. 4")
    assert info.value.code == "citation.locator_label"
    assert info.value.params["label"] == "zz"


def test_unknown_form_and_unknown_style_are_refused(library: Library) -> None:
    with pytest.raises(ValidationError) as info:
        library.cite_in_text([GENRO], form="rtf")
    assert info.value.code == "citation.unknown_form"
    with pytest.raises(ValidationError) as info:
        library.cite_in_text([GENRO], "apa")
    assert info.value.code == "citation.unknown_style"
    assert "iso690-numeric-fr" in str(info.value.params["known"])


# --- a user's own style -----------------------------------------------------------------


def test_a_valid_user_style_is_copied_listed_and_used(library: Library, tmp_path: Path) -> None:
    source = tmp_path / "Mon Style Été.csl"
    shutil.copy(DATA / "kb-auteur-date-court.csl", source)
    added = add_citation_style(source)
    assert added.name == "mon-style-ete"
    assert not added.shipped
    assert added.title == "Auteur-date court (essai kb_app)"
    kept = user_styles_dir() / "mon-style-ete.csl"
    assert Path(added.path) == kept
    assert (
        hashlib.sha256(kept.read_bytes()).digest() == hashlib.sha256(source.read_bytes()).digest()
    )
    names = [s.name for s in citation_styles()]
    assert names == ["iso690-author-date-fr", "iso690-numeric-fr", "mon-style-ete"]
    source.unlink()  # the copy is what is used
    cited = library.cite_in_text([GENRO], "mon-style-ete", locator="p. 12")
    assert cited.text == "(GENRO et DE SOUZA, 1998, p. 12)"
    both = library.cite_in_text([GENRO, CALAME_2004], "mon-style-ete")
    assert both.text == "(GENRO et DE SOUZA, 1998\u202f; CALAME, 2004)"
    entry = library.cite(GENRO, "mon-style-ete")
    assert entry.text.startswith("GENRO et DE SOUZA. 1998. Quand les habitants")
    assert "<i>Quand les habitants" in entry.html


@pytest.mark.parametrize(
    ("name", "code", "line"),
    [
        ("malformed.csl", "style.xml_syntax", 9),
        ("not-csl.csl", "style.not_csl", 2),
        ("no-bibliography.csl", "style.no_bibliography", None),
    ],
)
def test_an_invalid_style_is_refused_and_nothing_is_copied(
    name: str, code: str, line: int | None
) -> None:
    with pytest.raises(ValidationError) as info:
        add_citation_style(DATA / name)
    assert info.value.code == "style.refused"
    assert info.value.params == {"name": name}
    [problem] = info.value.problems
    assert (problem.where, problem.code, problem.line) == (str(DATA / name), code, line)
    assert not user_styles_dir().exists() or not list(user_styles_dir().iterdir())
    assert [s.name for s in citation_styles()] == ["iso690-author-date-fr", "iso690-numeric-fr"]


def test_a_style_without_citation_or_that_citeproc_cannot_render_is_refused(
    tmp_path: Path,
) -> None:
    no_citation = tmp_path / "no-citation.csl"
    text = (DATA / "kb-auteur-date-court.csl").read_text(encoding="utf-8")
    start, end = text.index("  <citation>"), text.index("</citation>") + len("</citation>")
    no_citation.write_text(text[:start] + text[end:], encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        add_citation_style(no_citation)
    assert info.value.problems[0].code == "style.no_citation"
    broken = tmp_path / "broken.csl"  # valid XML, but a macro that does not exist
    broken.write_text(text.replace('<text macro="year"/>', '<text macro="nowhere"/>', 1))
    with pytest.raises(ValidationError) as info:
        add_citation_style(broken)
    assert info.value.problems[0].code == "style.sample_failed"
    doctype = tmp_path / "entity.csl"
    doctype.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE style [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
        + text.split("\n", 1)[1]
    )
    with pytest.raises(ValidationError) as info:
        add_citation_style(doctype)
    assert info.value.problems[0].code == "style.doctype"
    assert not user_styles_dir().exists() or not list(user_styles_dir().iterdir())


def test_a_user_style_cannot_take_a_shipped_name(tmp_path: Path) -> None:
    source = tmp_path / "iso690-numeric-fr.csl"
    shutil.copy(DATA / "kb-auteur-date-court.csl", source)
    with pytest.raises(ValidationError) as info:
        add_citation_style(source)
    assert info.value.problems[0].code == "style.name_shipped"
