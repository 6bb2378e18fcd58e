"""Citations checked against the reference engine: kb_app (citeproc-py) and citeproc-js.

Builds a test library (the shipped seed plus real bibliographies copied into ``tests/data``),
gives every fiche to both engines as the same CSL-JSON item (``interchange.cite.csl_json``,
the function the CSL-JSON export writes with), renders one bibliography per shipped style
with the same style file and the fr-FR locale, and compares entry by entry (HTML, italics
kept). A difference that only a normalisation listed in ``scripts/citation_deliberate.toml``
removes is deliberate (its reason is in that file); any other is a defect.

    python scripts/check_citations.py [--show N] [--json FILE] [--baseline FILE] [--kb-app DIR]

Exits 1 on any undeclared difference, or when fewer than ``--min`` (95 %) of the entries are
identical once the deliberate differences are set aside; 2 when citeproc-js is missing
(``make check-citations`` installs it with ``npm ci`` in ``tools/citeproc-js``).
"""

from __future__ import annotations

import argparse
import difflib
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# This checkout's kb_app, whatever the environment installed; ``--kb-app DIR`` checks another
# checkout's code with this script and data (the figures before a change).
_CODE = sys.argv[sys.argv.index("--kb-app") + 1] if "--kb-app" in sys.argv[:-1] else str(ROOT)
sys.path.insert(0, _CODE)
TOOL = ROOT / "tools" / "citeproc-js"
DATA = ROOT / "tests" / "data"
CSL = ROOT / "resources" / "csl"
DELIBERATE = Path(__file__).with_name("citation_deliberate.toml")
FILES = (
    *sorted((DATA / "bibtex" / "tolkien-fr").glob("*.bib")),
    DATA / "bibtex" / "biblatex-examples.bib",
    *sorted((DATA / "bibtex").glob("jabref-*.bib")),
    *sorted((DATA / "bibtex").glob("latexhumain-*.bib")),
    DATA / "csljson" / "bbt-365-creator-types.csl.json",
    DATA / "csljson" / "bbt-1178-real-library.csl.json",
)
# Not here, known defects rather than deliberate differences: bbt-360 (EDTF date edge cases)
# and bbt-860 (seasons), 21 entries: kb_app drops seasons (6 numeric entries differ) and
# sorts BC dates otherwise than citeproc-js (8 author-date entries out of place).
STYLES = ("iso690-author-date-fr", "iso690-numeric-fr")
LOCALE = "fr-FR"

# --- the library ---------------------------------------------------------------------------


def build_library(folder: Path) -> list[dict[str, Any]]:
    """The seed plus FILES imported into a new library; every live fiche as a CSL-JSON item."""
    from kb_app.core.interchange.csljson import write_csljson
    from kb_app.core.jobs import run_job
    from kb_app.core.library import Library

    try:
        from kb_app.core.interchange.cite import csl_json as to_csl
        from kb_app.core.interchange.cite import why_uncitable
    except ImportError:  # before the one fiche -> CSL function existed (baseline figures)
        from kb_app.core.interchange.record import csl_item as to_csl

        def why_uncitable(fiche: Any) -> Any:
            return None

    with Library.open(folder) as lib:
        for path in FILES:
            report = run_job(lib.import_file(path))
            print(f"  import {path.relative_to(ROOT)}: {report.imported} fiches", file=sys.stderr)
        fiches = [lib.get(key) for key in lib.export_keys()]
    apart = [f for f in fiches if why_uncitable(f) is not None]
    for fiche in apart:
        print(f"  listed apart: {fiche.key} ({why_uncitable(fiche)})")
    # what the CSL-JSON export writes, read back: the one input of both engines
    items: list[dict[str, Any]] = json.loads(
        write_csljson([to_csl(f) for f in fiches if why_uncitable(f) is None])
    )
    return items


# --- the two engines -----------------------------------------------------------------------


def kb_render(items: list[dict[str, Any]], style: str) -> list[tuple[str, str]]:
    from kb_app.core.rendering.citations import format_bibliography

    return [(c.key, c.html) for c in format_bibliography(items, style)]


def js_render(items: list[dict[str, Any]], style: str) -> list[tuple[str, str]]:
    node = shutil.which("node")
    if node is None or not (TOOL / "node_modules" / "citeproc").is_dir():
        print("citeproc-js is missing: run `make check-citations`", file=sys.stderr)
        raise SystemExit(2)
    try:
        from kb_app.core.rendering.citations import translator_not_first
    except ImportError:  # an older kb_app (--kb-app): it had no such rule

        def translator_not_first(item: dict[str, Any]) -> dict[str, Any]:
            return item

    command = [node, str(TOOL / "render.js"), str(CSL / f"{style}.csl"), str(CSL), LOCALE, "html"]
    # kb_app's one rule on what is cited (not on how): a translator alone is not put where the
    # author goes. citeproc-js is given the item as kb_app cites it.
    cited = [translator_not_first(item) for item in items]
    done = subprocess.run(
        command, input=json.dumps(cited), capture_output=True, text=True, check=True
    )
    entries = json.loads(done.stdout)["entries"]
    return [(str(e["id"]), str(e["entry"])) for e in entries]


# --- comparing -----------------------------------------------------------------------------

_PIECES = re.compile(r"(<[^>]+>)")


def canonical(entry: str) -> str:
    """Both engines' HTML in one spelling: no wrapper, entities decoded then escaped alike,
    spaces collapsed, empty tags dropped."""
    text = re.sub(r"</?div[^>]*>", " ", entry)  # the entry, its number (numeric) and parts
    pieces = []
    for piece in _PIECES.split(text):
        if piece.startswith("<"):
            pieces.append(piece)
        else:
            pieces.append(html.escape(html.unescape(piece), quote=False))
    out = re.sub(r"<(i|b|span)></\1>", "", "".join(pieces))
    return re.sub(r"[ \t\n]+", " ", out).strip()


def _no_break_width(text: str, item: dict[str, Any]) -> str:
    return text.replace("\u202f", "\u00a0")


def _no_break_spaces(text: str, item: dict[str, Any]) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def _double_period(text: str, item: dict[str, Any]) -> str:
    return re.sub(r"(?<=[.?!])((?:<[^>]+>)*) ?\.(?=\s|<|$)", r"\1", text)


_LOOSE = str.maketrans({"’": "'", "«": '"', "»": '"', "“": '"', "”": '"'})


def _loose(text: str) -> tuple[str, list[int]]:
    """The text without spaces and with plain quotes, and where each kept character was."""
    kept = [(c, i) for i, c in enumerate(text.translate(_LOOSE)) if not c.isspace()]
    return "".join(c for c, _ in kept), [i for _, i in kept]


def _abstract(text: str, item: dict[str, Any]) -> str:
    """The abstract left out: citeproc-js prints it after the reference, in its own
    typography (found whatever the quotes and spaces)."""
    abstract, _ = _loose(canonical(str(item.get("abstract") or "")))
    if not abstract:
        return text
    loose, where = _loose(text)
    start = loose.rfind(abstract[:80])
    return text[: where[start]].rstrip() if start > 0 else text


def _literal_case(text: str, item: dict[str, Any]) -> str:
    """An organisation's name as it is written, where citeproc-js puts it in capitals."""
    for variable in ("author", "editor", "translator", "director", "container-author"):
        for name in item.get(variable) or []:
            literal = str(name.get("literal") or "") if isinstance(name, dict) else ""
            if literal:
                for written in {canonical(literal), canonical(literal).replace("'", "’")}:
                    text = text.replace(written.upper(), written)
    return text


def _straight_quotes(text: str, item: dict[str, Any]) -> str:
    """Quotes as kb_app sets them: « … » for straight double quotes and for ’…’ pairs that
    citeproc-js leaves (after an elision, at the start of a title)."""
    text = re.sub(r'"([^"<>]+?)"', "«\u00a0\\1\u00a0»", text)
    return re.sub(r"(?<![\w’])’(?=\w)([^’<>]+?)(?<=[\w.!?])’(?!\w)", "«\u00a0\\1\u00a0»", text)


def _number_as_range(text: str, item: dict[str, Any]) -> str:
    """Numbers and volumes as written (citeproc-js sets « 99-02 » or « 60-I » as ranges,
    « 99‑02 », and drops a leading « no. »)."""
    for name in ("number", "volume"):
        value = html.escape(str(item.get(name) or ""), quote=False)
        if "-" in value:
            text = text.replace(value.replace("-", "\u2011"), value)
        label = re.match(r"(?i)no\.?\s*(\S.*)", value)
        if label:
            text = text.replace(value, label.group(1))
    return text


def _page_range(text: str, item: dict[str, Any]) -> str:
    """A page range whose ends are not plain numbers, joined by a plain hyphen."""
    page = html.escape(str(item.get("page") or ""), quote=False)
    return text.replace(page.replace("-", "\u2011"), page) if "-" in page else text


NORMALISERS: dict[str, Callable[[str, dict[str, Any]], str]] = {
    "number-as-range": _number_as_range,
    "page-range": _page_range,
    "straight-quotes": _straight_quotes,
    "abstract": _abstract,
    "no-break-width": _no_break_width,
    "no-break-spaces": _no_break_spaces,
    "double-period": _double_period,
    "literal-case": _literal_case,
}


def load_deliberate() -> dict[str, str]:
    data = tomllib.loads(DELIBERATE.read_text(encoding="utf-8"))
    kinds = {name: str(entry["reason"]) for name, entry in data.items()}
    unknown = set(kinds) - set(NORMALISERS)
    if unknown:
        raise SystemExit(f"{DELIBERATE.name}: no normaliser for {sorted(unknown)}")
    return kinds


def classify(
    ours: str, theirs: str, item: dict[str, Any], kinds: dict[str, str]
) -> tuple[str, list[str]]:
    """« identical », « deliberate » (with the kinds that explain it) or « different »."""
    a, b = canonical(ours), canonical(theirs)
    if a == b:
        return "identical", []
    used = []
    for name in kinds:
        step = NORMALISERS[name]
        na, nb = step(a, item), step(b, item)
        if (na, nb) != (a, b):
            used.append(name)
            a, b = na, nb
        if a == b:
            return "deliberate", used
    return "different", used


def compare(style: str, items: list[dict[str, Any]], kinds: dict[str, str]) -> dict[str, Any]:
    ours, theirs = kb_render(items, style), js_render(items, style)
    theirs_by_id = dict(theirs)
    by_id = {str(item["id"]): item for item in items}
    rows = []
    for key, entry in ours:
        status, used = classify(entry, theirs_by_id.get(key, ""), by_id.get(key, {}), kinds)
        rows.append(
            {
                "id": key,
                "status": status,
                "kinds": used,
                "kb": canonical(entry),
                "js": canonical(theirs_by_id.get(key, "")),
            }
        )
    order_ours = [key for key, _ in ours]
    order_theirs = [key for key, _ in theirs]
    matcher = difflib.SequenceMatcher(None, order_ours, order_theirs, autojunk=False)
    moved = len(order_ours) - sum(block.size for block in matcher.get_matching_blocks())
    return {"style": style, "rows": rows, "out_of_place": moved}


# --- main ----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=10, help="differences shown per style")
    parser.add_argument("--json", type=Path, help="write every row to this file")
    parser.add_argument("--baseline", type=Path, help="a --json file from an earlier run")
    parser.add_argument("--min", type=float, default=0.95, help="identical share required")
    parser.add_argument("--kb-app", help="the checkout whose kb_app is checked (default: this)")
    args = parser.parse_args(argv)
    kinds = load_deliberate()
    with tempfile.TemporaryDirectory(prefix="kb-cite-") as tmp:
        items = build_library(Path(tmp) / "lib")
    baseline = json.loads(args.baseline.read_text("utf-8")) if args.baseline else None
    results = [compare(style, items, kinds) for style in STYLES]
    failed = False
    for result in results:
        rows = result["rows"]
        counts = {s: sum(r["status"] == s for r in rows) for s in ("identical", "deliberate")}
        different = [r for r in rows if r["status"] == "different"]
        share = (len(rows) - len(different)) / len(rows) if rows else 1.0
        line = (
            f"{result['style']}: {len(rows)} entries, {counts['identical']} identical, "
            f"{counts['deliberate']} deliberate, {len(different)} different "
            f"({share:.1%} identical after the deliberate list); "
            f"{result['out_of_place']} entries out of place in the order"
        )
        if baseline is not None:
            before = {
                r["id"]: r["status"]
                for b in baseline
                if b["style"] == result["style"]
                for r in b["rows"]
            }
            fixed = sum(
                1 for r in rows if before.get(r["id"]) == "different" and r["status"] != "different"
            )
            line += f"; fixed since the baseline: {fixed}"
        print(line)
        by_kind: dict[str, int] = {}
        for r in rows:
            for kind in r["kinds"] if r["status"] == "deliberate" else []:
                by_kind[kind] = by_kind.get(kind, 0) + 1
        for kind, count in sorted(by_kind.items()):
            print(f"  deliberate « {kind} »: {count} ({kinds[kind]})")
        for r in different[: args.show]:
            print(f"  ≠ {r['id']}\n    kb: {r['kb']}\n    js: {r['js']}")
        failed = failed or bool(different) or share < args.min or result["out_of_place"] > 0
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), "utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
