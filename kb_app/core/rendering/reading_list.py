"""A reading list (basket or dossier) as Markdown or as standalone HTML, for export and print."""

from __future__ import annotations

import html
from collections.abc import Sequence

from kb_app.core import people
from kb_app.core.dto import FicheDetail
from kb_app.core.rendering.markdown import render_html

KIND_LABELS = {
    "reference": "Référence",
    "analysis": "Analyse",
    "case": "Étude de cas",
    "resource": "Ressource",
    "dossier": "Dossier",
}


def _authors(f: FicheDetail) -> str:
    """Who the fiche is by, an editor marked as one (« Ferré, Vincent (éd.) »)."""
    return people.names(people.people(f.agents, f.details).byline, "fr", limit=None)


def _line(f: FicheDetail) -> str:
    parts = [p for p in (_authors(f), f.date or "", KIND_LABELS.get(f.kind, f.kind)) if p]
    return " · ".join(parts)


def markdown(title: str, fiches: Sequence[FicheDetail]) -> str:
    out = [f"# {title}", ""]
    for i, f in enumerate(fiches, 1):
        out.append(f"{i}. **{f.title}** — {_line(f)}")
        if f.summary:
            out.append(f"   {f.summary.strip()}")
        if f.concepts:
            out.append("   *Concepts :* " + ", ".join(c.label for c in f.concepts))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def html_document(title: str, fiches: Sequence[FicheDetail]) -> str:
    """A standalone HTML page (no scripts, no external resources)."""
    body = render_html(markdown(title, fiches))
    return (
        '<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title>"
        "<style>body{font-family:sans-serif;max-width:46em;margin:2em auto;line-height:1.45}"
        "li{margin-bottom:.8em}</style></head>\n<body>\n"
        f"{body}</body></html>\n"
    )
