"""T25 (core part) and T26 — the production Markdown renderer against hostile bodies.

T25: a corpus of script injections, event handlers and dangerous link schemes (with case,
entity, percent and control-character variants) rendered by kb_app/core/rendering/markdown.py:
no raw HTML comes out, no event-handler attribute, no ``javascript:``/``vbscript:``/
``data:text/html``/``file:`` link or image. (What the reader does with the links that
remain — confirmation, only http/https/mailto opened — is tests/gui/test_reader.py.)

T26: the four CommonMark pathological patterns, plus other known ones, each rendered in a
worker thread within 10 s or shown as plain text by the renderer's size caps
(MAX_RENDER_CHARS, MAX_BRACKETS).
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
from collections.abc import Callable
from html.parser import HTMLParser

import pytest

from kb_app.core.dto import FicheDraft
from kb_app.core.library import Library
from kb_app.core.rendering import markdown
from kb_app.core.rendering.markdown import plain_text, render_html, wikilinks
from tests.conftest import ROOT, slow_mode
from tests.hostile.conftest import in_worker

XSS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<iframe src=javascript:alert(1)>",
    '<a href="javascript:alert(1)">a</a>',
    "<style>body{background:url(javascript:alert(1))}</style>",
    "<body onload=alert(1)>",
    "<!--<script>-->alert(1)",
    "[x](javascript:alert(1))",
    "[x](JAVASCRIPT:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](java&#x73;cript:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](javascript&colon;alert(1))",
    "[x](jav\tascript:alert(1))",
    "[x](  javascript:alert(1))",
    "[x](<javascript:alert(1)>)",
    "[x](\x01javascript:alert(1))",
    "[x](j\x00avascript:alert(1))",
    "[x](%6Aavascript:alert(1))",
    "<javascript:alert(1)>",
    "[x][r]\n\n[r]: javascript:alert(1)",
    "[x](vbscript:msgbox(1))",
    "[x](VBScript:msgbox(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[x](DATA:text/html,<script>alert(1)</script>)",
    "[x](file:///etc/passwd)",
    "[x](FILE://server/share)",
    "![i](file:///etc/passwd)",
    "![i](javascript:alert(1))",
    "![i](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    '[x](http://a "onmouseover=alert(1)")',
    '[x](http://a" onmouseover="alert(1))',
    '<http://example.org/"onmouseover="alert(1)>',
    "[[<script>alert(1)</script>|y]]",
    "[[x|<img src=x onerror=alert(1)>]]",
    "[[javascript:alert(1)]]",
    "footnote[^1]\n\n[^1]: <script>alert(1)</script>",
    "| a |\n|---|\n| <script>alert(1)</script> |",
    "```html\n<script>alert(1)</script>\n```",
    "    <script>alert(1)</script>",
    "*<script>*alert(1)*</script>*",
    "[x](ms-settings:privacy)",
    "[x](\\\\server\\share\\x.exe)",
    "[x](/etc/passwd)",
    "[x](../../secret)",
    "![i](C:\\Windows\\win.ini)",
]
ALLOWED_TAGS = {
    "p", "a", "img", "em", "strong", "code", "pre", "span", "sup", "section", "ol", "ul",
    "li", "hr", "table", "thead", "tbody", "tr", "th", "td", "br", "blockquote", "s",
    "h1", "h2", "h3", "h4", "h5", "h6",
}  # fmt: skip
SAFE_IMAGE_DATA = re.compile(r"data:image/(gif|png|jpeg|webp);", re.IGNORECASE)
BANNED_SCHEMES = {"javascript", "vbscript", "data", "file"}


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, {k: v or "" for k, v in attrs}))


def tags_of(output: str) -> list[tuple[str, dict[str, str]]]:
    parser = Tags()
    parser.feed(output)
    parser.close()
    return parser.found


def scheme(url: str) -> str:
    """The scheme a browser would see: entities decoded, controls and spaces dropped."""
    cleaned = re.sub(r"[\x00-\x20\x7f]", "", html.unescape(url)).lower()
    m = re.match(r"([a-z][a-z0-9+.-]*):", cleaned)
    return m.group(1) if m else ""


def assert_safe(output: str, source: str) -> None:
    for tag, attrs in tags_of(output):
        assert tag in ALLOWED_TAGS, (source, tag)
        assert not [a for a in attrs if a.startswith("on")], (source, attrs)
        for name in ("href", "src"):
            if name not in attrs:
                continue
            value = attrs[name]
            if tag == "img" and SAFE_IMAGE_DATA.match(value):
                continue
            assert scheme(value) not in BANNED_SCHEMES, (source, tag, value)


@pytest.mark.parametrize("source", XSS)
def test_hostile_markdown_renders_without_raw_html_or_dangerous_links(source: str) -> None:
    def resolve(target: str) -> str | None:
        return "kb:fiche/x" if target == "x" else None

    output = render_html(source, resolve)
    assert_safe(output, source)
    assert "<script" not in output.lower()
    plain_text(source)
    wikilinks(source)


def test_the_whole_corpus_as_one_body_through_the_library(library: Library) -> None:
    body = "\n\n".join(XSS)
    fiche = library.add(
        FicheDraft(kind="analysis", title="Corpus hostile", body=body, concepts=("gouvernance",))
    )
    output = library.render_body(fiche.key)
    assert_safe(output, "whole corpus")
    assert output.count("&lt;script&gt;") >= 8


def test_reading_lists_escape_hostile_titles(library: Library) -> None:
    title = "<script>alert(1)</script> & <img src=x onerror=alert(1)>"
    fiche = library.add(FicheDraft(kind="analysis", title=title, concepts=("gouvernance",)))
    page = library.reading_list([fiche.key], fmt="html", title="<b>onload=alert(1)</b>")
    assert_safe(page.split("<body", 1)[-1], title)
    assert "&lt;script&gt;" in page


# --- T26: pathological inputs --------------------------------------------------------------

N = 50_000
BUDGET_S = 10.0
PATHOLOGICAL: dict[str, Callable[[int], str]] = {
    # the four of the CommonMark spec's pathological tests named in RELIABILITY.md
    "nested brackets": lambda n: "[" * n,
    "nested emphasis": lambda n: "*a " * n,
    "backtick runs": lambda n: "".join("e" + "`" * i for i in range(1, int((2 * n) ** 0.5))),
    "nested block quotes": lambda n: "> " * n,
    # others of the same family
    "closing brackets": lambda n: "a]" * n,
    "link openers and emphasis closers": lambda n: "[ a_" * n,
    "mismatched openers and closers": lambda n: "*a_ " * n,
    "openers and closers multiple of 3": lambda n: "a**b" + "c* " * n,
    "nested strong emphasis": lambda n: "**" * n + "a" + "**" * n,
    "unclosed links": lambda n: "[a](<b" * n,
    "unclosed inline links": lambda n: "[a](b" * n,
    "pattern [ (](": lambda n: "[ (](" * n,
    "deep lists": lambda n: "".join("  " * i + "- a\n" for i in range(min(n, 3000))),
    "unclosed comments": lambda n: "<!--" * n,
    "unclosed processing instructions": lambda n: "<?" * n,
    "unclosed CDATA": lambda n: "<![CDATA[" * n,
    "entity starts": lambda n: "&#x" * n,
    "backslashes": lambda n: "\\" * n + "a",
    "many table rows": lambda n: "|a|b|\n|-|-|\n" + "|x|y|\n" * n,
    "footnote references": lambda n: "[^a]" * n + "\n\n[^a]: x\n",
    "wikilink openers": lambda n: "[[" * n,
    "wikilinks below the bracket cap": lambda n: "[[a|" * 2_400 + "x" * n,
    "NUL characters": lambda n: "abc\x00" * n,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_markdown_renders_in_a_worker_within_the_budget(name: str) -> None:
    text = PATHOLOGICAL[name](N * 4 if slow_mode() else N)
    timed = in_worker(lambda: render_html(text), BUDGET_S)
    capped = len(text) > markdown.MAX_RENDER_CHARS or text.count("[") > markdown.MAX_BRACKETS
    print(
        f"T26 {name}: {len(text):,} characters, rendered in {timed.seconds:.2f} s"
        f"{' (size cap: plain text)' if capped else ''}"
    )
    assert timed.finished, f"{name}: still rendering after {BUDGET_S} s"
    assert timed.error is None, f"{name}: {timed.error!r}"
    output: str = timed.value
    assert_safe(output, name)
    if capped:
        assert "<pre>" in output


EXTRACT = """
import sys, time
from kb_app.core.rendering.markdown import plain_text, wikilinks
text = sys.argv[1] * int(sys.argv[2])
started = time.perf_counter()
plain_text(text)
wikilinks(text)
print(f"{time.perf_counter() - started:.2f}")
"""
EXTRACT_CASES = ["<![CDATA[", "[ a_", "[[", "["]


@pytest.mark.parametrize(
    "unit",
    [EXTRACT_CASES[0], *(pytest.param(u, marks=pytest.mark.slow) for u in EXTRACT_CASES[1:])],
)
def test_search_text_and_links_of_a_pathological_body_are_bounded(unit: str) -> None:
    repeats, budget = (N, BUDGET_S) if slow_mode() else (25_000, 3.0)  # linear: about 0.3 s
    try:
        done = subprocess.run(
            [sys.executable, "-c", EXTRACT, unit, str(repeats)],
            capture_output=True,
            text=True,
            timeout=budget,
            cwd=ROOT,
            check=True,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{unit!r} x {repeats:,}: text extraction still running after {budget} s")
    print(f"T26 text extraction of {unit!r} x {repeats:,}: {done.stdout.strip()} s")


def test_the_size_caps_are_documented_and_sane() -> None:
    assert markdown.MAX_RENDER_CHARS >= 100_000  # a long fiche is still formatted
    assert markdown.MAX_BRACKETS >= 1_000
    text = "[lien](https://example.org/) " * 1_000  # 1,000 real links: formatted
    assert render_html(text).count('<a href="https://example.org/">') == 1_000


def test_a_pathological_body_through_the_library_stays_within_the_budget(
    library: Library,
) -> None:
    body = "[" * N + "\n\n" + "*a " * N if slow_mode() else "[" * 10_000 + "\n\n" + "*a " * 20_000
    timed = in_worker(
        lambda: library.add(
            FicheDraft(kind="analysis", title="Corps pathologique", body=body, concepts=("ONG",))
        ),
        BUDGET_S,
    )
    print(f"T26 saving a pathological body (sync indexing): {timed.seconds:.2f} s")
    assert timed.finished
    assert timed.error is None
    key = timed.value.key
    for step, work in (
        ("render_body", lambda: library.render_body(key)),
        ("search", lambda: library.search("pathologique")),
        ("snippets", lambda: library.snippets("pathologique", [key])),
    ):
        timed = in_worker(work, BUDGET_S)
        print(f"T26 {step} of a pathological body: {timed.seconds:.2f} s")
        assert timed.finished, step
        assert timed.error is None, (step, timed.error)
