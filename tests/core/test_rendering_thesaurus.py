"""Markdown rendering (safe, wikilinks, plain text), text folding and graph helpers."""

from __future__ import annotations

import pytest

from kb_app.core.rendering.markdown import plain_text, render_html, wikilinks
from kb_app.core.text import fold, slugify
from kb_app.core.thesaurus.graph import descendants, find_cycle


@pytest.mark.parametrize(
    "source",
    [
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(1)">',
        "[clic](javascript:alert(1))",
        "[clic](JaVaScRiPt:alert(1))",
        "[clic](vbscript:msgbox(1))",
        "[clic](data:text/html;base64,PHNjcmlwdD4=)",
    ],
)
def test_no_raw_html_and_no_script_links(source: str) -> None:
    html = render_html(source)
    assert "<script" not in html
    assert "<img" not in html
    assert 'href="javascript' not in html.lower()
    assert 'href="vbscript' not in html.lower()
    assert 'href="data:text/html' not in html


def test_wikilinks_are_found_with_lines_and_resolved() -> None:
    body = "Intro\n\nLe [[bien commun]] et [[ref-x|Genro (1998)]].\n\n- [[inconnu]]\n"
    links = wikilinks(body)
    assert [(w.target, w.label, w.line) for w in links] == [
        ("bien commun", "bien commun", 3),
        ("ref-x", "Genro (1998)", 3),
        ("inconnu", "inconnu", 5),
    ]
    html = render_html(body, {"bien commun": "kb:concept/bien-commun"}.get)
    assert '<a href="kb:concept/bien-commun">bien commun</a>' in html
    assert 'class="broken-link"' in html


def test_footnotes_and_tables_render() -> None:
    html = render_html("Texte[^1].\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[^1]: Une note.\n")
    assert "<table>" in html
    assert 'class="footnotes"' in html


def test_plain_text_drops_markup() -> None:
    text = plain_text("## Titre\n\nDu **gras** et [[bien commun|le bien commun]].\n")
    assert text == "Titre\nDu gras et le bien commun."


def test_fold_and_slugify() -> None:
    assert fold("Œconomie DÉMOCRATIE l’épistémologie") == "oeconomie democratie l'epistemologie"
    assert (
        slugify("Démocratie participative : « Porto Alegre »")
        == "democratie-participative-porto-alegre"
    )
    assert slugify("!!!") == "x"


def test_find_cycle() -> None:
    assert find_cycle([("a", "b"), ("b", "c")]) is None
    cycle = find_cycle([("a", "b"), ("b", "c"), ("c", "a")])
    assert cycle is not None
    assert cycle[0] == cycle[-1]
    assert set(cycle) == {"a", "b", "c"}
    assert find_cycle([("a", "a")]) == ["a", "a"]


def test_find_cycle_on_a_deep_chain_does_not_recurse() -> None:
    chain = [(i, i + 1) for i in range(50_000)]
    assert find_cycle(chain) is None
    assert find_cycle([*chain, (50_000, 0)]) is not None


def test_descendants() -> None:
    children = {"a": {"b", "c"}, "b": {"d"}, "d": {"a"}}
    # A cycle back to the root terminates and includes the root itself.
    assert descendants("a", children) == {"a", "b", "c", "d"}
    assert descendants("b", {"b": {"d"}, "d": {"e"}}) == {"d", "e"}
