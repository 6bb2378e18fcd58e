"""The one fiche -> CSL-JSON function: what kb_app cites from and what the CSL-JSON export
writes, so another CSL tool (Zotero, pandoc, citeproc-js) gets the data kb_app cites from.

``csl_json`` starts from the neutral record (``record.csl_item``, which keeps everything for
the BibTeX and RIS writers) and makes it standard CSL-JSON:

- a subtitle joins the title the ISO 690 way (« Titre : sous-titre ») and the title alone
  becomes ``title-short`` (CSL has no subtitle variable; Zotero exports the same shape and
  the CSL-JSON reader splits it back);
- Markdown emphasis in titles (« _Seigneur des Anneaux_ ») becomes CSL rich text
  (``<i>…</i>``), which both engines print in italics (roman inside an italic title);
- an event is given as ``event-title`` and as ``event`` (the name CSL 1.0.1 styles read);
- notes and free-text date notes are not printable variables: they go out as ``kb:note``
  and ``kb:date-note`` members, which CSL processors ignore and our reader takes back;
- a date range is ``{"date-parts": [[y, m, d], [y, m, d]]}``; names are name objects;
- a genre code (« phdthesis ») is said in French (« Thèse de doctorat »);
- fiches that are not references are cited as the knowledge base's own documents: only their
  authors are named (the actors of a case, its organisers or a translator of a related note
  are not its authors); an organisation is cited through its website.

``why_uncitable`` says why a fiche cannot be cited (a bibliography lists it apart).
"""

from __future__ import annotations

import re
from typing import Any

from kb_app.core.dto import FicheDetail
from kb_app.core.errors import Message
from kb_app.core.interchange.importer import UNTITLED
from kb_app.core.interchange.record import agent_to_name, csl_item, date_parts
from kb_app.core.text import emphasis_tags, stored_list, stored_value

NAME_VARIABLES = frozenset(
    [
        "author",
        "chair",
        "collection-editor",
        "compiler",
        "composer",
        "container-author",
        "contributor",
        "curator",
        "director",
        "editor",
        "editorial-director",
        "editor-translator",
        "executive-producer",
        "guest",
        "host",
        "illustrator",
        "interviewer",
        "narrator",
        "organizer",
        "original-author",
        "performer",
        "producer",
        "recipient",
        "reviewed-author",
        "script-writer",
        "series-creator",
        "translator",
    ]
)
DATE_VARIABLES = frozenset(
    ["accessed", "available-date", "event-date", "issued", "original-date", "submitted"]
)
# Genre codes (BibTeX entry types and biblatex ``type`` keys) -> what ISO 690 says.
GENRES = {
    "phdthesis": "Thèse de doctorat",
    "phd": "Thèse de doctorat",
    "candthesis": "Thèse de doctorat",
    "mastersthesis": "Mémoire de master",
    "mathesis": "Mémoire de master",
    "masterthesis": "Mémoire de master",
    "bathesis": "Mémoire de licence",
    "techreport": "Rapport technique",
    "resreport": "Rapport de recherche",
    "software": "Logiciel",
    "datacd": "CD-ROM",
    "audiocd": "CD audio",
}
_DATE_NOTE_PARTS = re.compile(r"date: (\[\[.*\]\])")
_OWN_KINDS = ("analysis", "case", "dossier")


def csl_json(fiche: FicheDetail) -> dict[str, Any]:
    """``fiche`` as a standard CSL-JSON item (``_extra`` keeps what only our writers read)."""
    item = csl_item(fiche)
    if fiche.kind != "reference":
        item = _own_document(fiche, item)
    _title(item)
    if item.get("event-title") and not item.get("event"):
        item["event"] = item["event-title"]
    for name in ("note", "annote"):
        if item.get(name):
            item[f"kb:{name}"] = item.pop(name)
    _dates(item, fiche)
    for name in NAME_VARIABLES & item.keys():
        item[name] = _names(item[name])
        if not item[name]:
            del item[name]
    if isinstance(item.get("genre"), str):
        item["genre"] = genre_label(item["genre"])
    return item


def genre_label(code: str) -> str:
    """A genre code said in French; any other text as it is."""
    return GENRES.get(code.strip().lower(), code)


def markdown_emphasis(text: str) -> str:
    """Markdown emphasis as CSL rich text (``core.text.emphasis_tags``)."""
    return emphasis_tags(text)


def why_uncitable(fiche: FicheDetail) -> Message | None:
    """Why ``fiche`` cannot be cited (None: it can)."""
    if not fiche.title.strip() or fiche.title == UNTITLED:  # UNTITLED: set by the import
        return Message.of("citing.no_title")
    if fiche.kind == "resource" and not _url(fiche):
        return Message.of("citing.organisation_without_site")
    return None


# --- parts -------------------------------------------------------------------------------


def _url(fiche: FicheDetail) -> str:
    return str(fiche.details.get("url") or "").strip()


def _own_document(fiche: FicheDetail, record: dict[str, Any]) -> dict[str, Any]:
    """An analysis, a case, a dossier or an organisation as a CSL item: its authors (and a
    dossier's publisher), title, date, summary and address."""
    item: dict[str, Any] = {"id": record["id"], "type": "document", "title": record["title"]}
    for name in ("subtitle", "issued", "abstract", "language", "keyword"):
        if name in record:
            item[name] = record[name]
    authors = [agent_to_name(a.name, a.type) for a in fiche.agents if a.role == "author"]
    if authors:
        item["author"] = authors
    publishers = [a.name for a in fiche.agents if a.role == "publisher"]
    if publishers and fiche.kind in _OWN_KINDS:
        item["publisher"] = " ; ".join(publishers)
    if url := _url(fiche):
        item["URL"] = url
    if fiche.kind == "resource":  # an organisation is cited through its website
        item["type"] = "webpage"
    else:  # a text the knowledge base published: the styles give its year once, as a report's
        item["type"] = "report"
    return item


def _title(item: dict[str, Any]) -> None:
    title = markdown_emphasis(str(item.get("title") or ""))
    subtitle = item.pop("subtitle", None)
    if subtitle:
        item["title-short"] = title
        title = f"{title} : {markdown_emphasis(str(subtitle))}"
    item["title"] = title
    for name in ("container-title", "collection-title", "event-title"):
        if isinstance(item.get(name), str):
            item[name] = markdown_emphasis(item[name])


def _dates(item: dict[str, Any], fiche: FicheDetail) -> None:
    """Dates as CSL date objects; a free-text date note is not a printable date."""
    note = fiche.details.get("date_note") if fiche.kind == "reference" else None
    issued = item.get("issued")
    if note and isinstance(issued, dict) and issued.get("literal") == str(note):
        del item["issued"]
        match = _DATE_NOTE_PARTS.fullmatch(str(note))  # a range stored by an older version
        parts = stored_value(match.group(1)) if match else None
        if isinstance(parts, list) and parts and all(isinstance(p, list) for p in parts):
            item["issued"] = {"date-parts": parts}
        else:
            item["kb:date-note"] = str(note)
    elif note:
        item["kb:date-note"] = str(note)
    if fiche.date and "issued" not in item:
        item["issued"] = date_parts(fiche.date)
    for name in DATE_VARIABLES & item.keys():
        value = item[name]
        if isinstance(value, str):
            parsed = stored_value(value) if value.startswith("{") else None
            value = item[name] = parsed if isinstance(parsed, dict) else {"raw": value}
        parts = value.get("date-parts") if isinstance(value, dict) else None
        if isinstance(parts, list) and len(parts) == 2 and all(isinstance(p, list) for p in parts):
            # a range gives both ends to the same precision (CSL processors refuse the others)
            size = min(len(parts[0]), len(parts[1]))
            value["date-parts"] = [parts[0][:size], parts[1][:size]]


def _names(value: Any) -> list[dict[str, Any]]:
    """Name objects, whatever an older version stored (a JSON or Python list as text)."""
    names = stored_list(value)
    out: list[dict[str, Any]] = []
    for name in names:
        if isinstance(name, dict):
            out.append({str(k): v for k, v in name.items() if v not in (None, "")})
        elif isinstance(name, str) and name.strip():
            out.append(agent_to_name(name, "person"))
    return [name for name in out if name]
