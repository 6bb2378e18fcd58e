"""Duplicates: precision and recall of « same work » on a labelled set of real pairs.

    python benchmarks/duplicates_quality.py                 # measure (tests/data/duplicates)
    python benchmarks/duplicates_quality.py --build DIR     # rebuild the set from DIR

The set (``tests/data/duplicates/pairs.json``) holds pairs of references, each labelled
``same`` (one work) or not:

- true duplicates: a real record and the same record entered again the way people do
  (subtitle dropped, accents stripped, first names as initials, co-authors cut to « et al. »,
  a leading article dropped, « & » for « et »/« and », case and punctuation changed, fields
  left out); each pair says which changes were made (``how``);
- not duplicates: real distinct records of one file that look alike: the same first author
  and titles that agree for 60 % or more (rapidfuzz ratio of the folded titles): volumes,
  issues, editions, serial columns, reviews, translations, a chapter and its book. Pairs a
  reader judges to be one work are listed in ``SAME_IN_THE_WILD`` (labelled ``same``) or
  left out when unclear (``UNCLEAR``).

Only licence-compatible files are read (see tests/data/duplicates/SOURCES.md). « Same work »
is what the importer and ``kb duplicates`` decide: an identity or a likeness.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kb_app.core.interchange.duplicates import (
    DuplicateIndex,
    comparable,
    make_identity,
)

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "tests" / "data" / "duplicates" / "pairs.json"
FILES = (
    "bibtex/tolkien-fr/*.bib",
    "bibtex/biblatex-examples.bib",
    "bibtex/jabref-authors.bib",
    "bibtex/jabref-testjabref.bib",
    "bibtex/jabref-complex.bib",
    "bibtex/latexhumain-latex.bib",
    "bibtex/latexhumain-biblio_exemple.bib",
)
#: Mined alike pairs that a reader judges to be one work (file, line, line).
SAME_IN_THE_WILD = {
    ("biblatex-examples.bib", 68, 1386),  # an article and its arXiv preprint
    ("biblatex-examples.bib", 796, 811),  # one reprint entered twice
    ("biblatex-examples.bib", 978, 1013),  # one book entered twice
}
#: Mined pairs left out: whether they are one work cannot be told from the records.
UNCLEAR = {
    ("biblatex-examples.bib", 663, 768),
    ("latexhumain-latex.bib", 81, 921),
    ("latexhumain-latex.bib", 293, 382),
    ("latexhumain-latex.bib", 523, 792),
    ("latexhumain-latex.bib", 579, 827),
    ("latexhumain-biblio_exemple.bib", 23, 89),
}
KEPT_DETAILS = (
    "type",
    "publisher",
    "place",
    "pages",
    "collection",
    "container_title",
    "event",
    "isbn",
    "doi",
    "volume",
    "issue",
    "edition",
    "number",
)


# --- measuring ----------------------------------------------------------------------------


def identity(record: dict[str, Any], key: str) -> Any:
    return make_identity(
        key,
        title=record["title"],
        subtitle=record.get("subtitle"),
        date=record.get("date"),
        year=int(record["date"][:4]) if record.get("date") else None,
        agents=[(role, name) for role, name in record.get("agents", [])],
        details=record.get("details", {}),
    )


def judged_same(pair: dict[str, Any]) -> bool:
    """What kb_app decides for a pair: an identity or a likeness."""
    index = DuplicateIndex([identity(pair["a"], "a")])
    return index.match(identity(pair["b"], "b")) is not None


def measure(pairs: list[dict[str, Any]]) -> dict[str, Any]:
    tp = fp = fn = tn = 0
    misses: list[dict[str, Any]] = []
    for pair in pairs:
        said, truth = judged_same(pair), bool(pair["same"])
        tp += said and truth
        fp += said and not truth
        fn += truth and not said
        tn += not said and not truth
        if said != truth:
            misses.append(pair)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {
        "pairs": len(pairs),
        "same": tp + fn,
        "distinct": fp + tn,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": precision,
        "recall": recall,
        "misses": misses,
    }


def load(path: Path = SET) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["pairs"]
    return data


# --- building -----------------------------------------------------------------------------


def _record(draft: Any) -> dict[str, Any]:
    details = {k: draft.details[k] for k in KEPT_DETAILS if draft.details.get(k)}
    return {
        "title": draft.title,
        "subtitle": draft.subtitle,
        "date": draft.date,
        "agents": [[a.role, a.name] for a in draft.agents],
        "details": details,
    }


def _read(data: Path) -> dict[str, list[tuple[int, dict[str, Any]]]]:
    from kb_app.core.interchange.importer import UNTITLED, _checked_draft, read_file

    out: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for pattern in FILES:
        for path in sorted(data.glob(pattern)):
            parsed = read_file(path, "bibtex")
            records = []
            for rec in parsed.records:
                try:
                    draft = _checked_draft(rec, lambda _k: None)
                except Exception:  # noqa: BLE001 - an entry the importer refuses
                    continue
                if draft.title != UNTITLED and rec.line is not None:
                    records.append((rec.line, _record(draft)))
            out[path.name] = records
    return out


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _initials(name: str) -> str:
    if "," not in name:
        return name
    family, given = name.split(",", 1)
    letters = [w[0] + "." for w in re.split(r"[\s-]+", given.strip()) if w]
    return f"{family}, {' '.join(letters)}" if letters else name


ARTICLE = re.compile(r"^(?:le |la |les |l['’]|the |a |an |der |die |das |un |une )", re.I)


def reenter(record: dict[str, Any], rng: random.Random) -> tuple[dict[str, Any], list[str]]:
    """The record as someone types it again: a few of the usual changes, always one or more."""
    b = json.loads(json.dumps(record))
    how = _title_changes(b, rng) + _people_changes(b, rng) + _field_changes(b, rng)
    if [b[k] for k in ("title", "subtitle", "agents")] == [
        record[k] for k in ("title", "subtitle", "agents")
    ]:  # nothing changed that a reader would see: type it in lower case
        b["title"] = b["title"].lower()
        how.append("case")
    return b, how


def _title_changes(b: dict[str, Any], rng: random.Random) -> list[str]:
    how: list[str] = []
    title = b["title"]
    glued = re.split(r"\s*:\s+|\s+[—–]\s+", title, maxsplit=1)
    if (b.get("subtitle") or len(glued) == 2) and rng.random() < 0.6:
        b["subtitle"] = None
        b["title"] = glued[0]
        how.append("subtitle dropped")
    if ARTICLE.match(b["title"]) and rng.random() < 0.7:
        b["title"] = ARTICLE.sub("", b["title"], count=1)
        how.append("leading article dropped")
    if re.search(r"\s(?:et|and|&)\s", b["title"]) and rng.random() < 0.8:
        swap = {" et ": " & ", " and ": " & ", " & ": " et "}
        for old, new in swap.items():
            if old in b["title"]:
                b["title"] = b["title"].replace(old, new, 1)
                break
        how.append("« & » / « et » / « and »")
    if _strip_accents(b["title"]) != b["title"] and rng.random() < 0.7:
        b["title"] = _strip_accents(b["title"])
        b["agents"] = [[r, _strip_accents(n)] for r, n in b["agents"]]
        how.append("accents stripped")
    roll = rng.random()
    if roll < 0.3:
        b["title"] = b["title"].upper()
        how.append("case")
    elif roll < 0.6:
        b["title"] = re.sub(r"[,;.]", "", b["title"]).replace("’", "'")
        how.append("punctuation")
    return how


def _people_changes(b: dict[str, Any], rng: random.Random) -> list[str]:
    how: list[str] = []
    people = b["agents"]
    if any("," in n for _r, n in people) and rng.random() < 0.6:
        b["agents"] = [[r, _initials(n)] for r, n in people]
        how.append("initials")
    if len(people) > 2 and rng.random() < 0.7:
        b["agents"] = people[:1]
        how.append("et al.")
    return how


def _field_changes(b: dict[str, Any], rng: random.Random) -> list[str]:
    how: list[str] = []
    if b.get("subtitle") and rng.random() < 0.5:
        b["title"], b["subtitle"] = f"{b['title']} : {b['subtitle']}", None
        how.append("subtitle typed into the title")
    if b.get("date") and rng.random() < 0.15:
        b["date"] = None
        how.append("year left out")
    dropped = [k for k in ("pages", "publisher", "place", "collection", "url") if k in b["details"]]
    for k in dropped:
        if rng.random() < 0.4:
            del b["details"][k]
            how.append(f"{k} left out")
    return how


def build(data: Path, rng: random.Random) -> list[dict[str, Any]]:
    from rapidfuzz import fuzz

    by_file = _read(data)
    negatives: list[dict[str, Any]] = []
    for name, records in by_file.items():
        for (la, a), (lb, b) in itertools.combinations(records, 2):
            ia, ib = identity(a, "a"), identity(b, "b")
            if not ia.author or ia.author != ib.author or (name, la, lb) in UNCLEAR:
                continue
            if fuzz.ratio(comparable(a["title"]), comparable(b["title"])) < 60:
                continue
            same = (name, la, lb) in SAME_IN_THE_WILD
            how = ["found in the file"] if same else ["distinct works of one file"]
            negatives.append(
                {"a": a, "b": b, "same": same, "how": how, "source": f"{name}:{la}/{lb}"}
            )
    pool = [(n, line, r) for n, records in by_file.items() for line, r in records if r["agents"]]
    rng.shuffle(pool)
    distinct = sum(1 for p in negatives if not p["same"])
    positives = []
    for name, line, record in pool[: max(distinct, 50)]:
        again, how = reenter(record, rng)
        positives.append(
            {"a": record, "b": again, "same": True, "how": how, "source": f"{name}:{line}"}
        )
    return negatives + positives


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", type=Path, metavar="DIR", help="rebuild the set from DIR")
    parser.add_argument("--misses", action="store_true", help="print the pairs judged wrong")
    args = parser.parse_args()
    if args.build:
        pairs = build(args.build, random.Random(11))
        SET.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"pairs": pairs}, ensure_ascii=False, indent=1)
        SET.write_text(text + "\n", encoding="utf-8")
        print(f"{len(pairs)} pairs written to {SET.relative_to(ROOT)}")
    result = measure(load())
    print(
        f"pairs {result['pairs']} (same work {result['same']}, distinct {result['distinct']})\n"
        f"tp {result['tp']}  fp {result['fp']}  fn {result['fn']}  tn {result['tn']}\n"
        f"precision {result['precision']:.3f}  recall {result['recall']:.3f}"
    )
    if args.misses:
        for pair in result["misses"]:
            print(
                f"- {'missed' if pair['same'] else 'false'} {pair['source']} {pair['how']}\n"
                f"    {pair['a']['title']!r} {pair['a']['agents'][:2]}\n"
                f"    {pair['b']['title']!r} {pair['b']['agents'][:2]}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
