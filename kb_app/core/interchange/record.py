"""The neutral record every format goes through: a CSL-JSON item plus where it came from.

A ``SourceRecord.item`` uses CSL-JSON variable names (``title``, ``author``, ``issued``,
``container-title``, ``DOI``…). Fields a format has and CSL lacks are kept under
``extra`` with a prefixed name (``bibtex:crossref-note``, ``ris:N1``): nothing is dropped.

``to_draft`` turns a record into a fiche draft; ``csl_item`` turns a stored fiche back
into a record, so export then import gives the same fiche (tested with Hypothesis).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from kb_app.core.dto import AgentDraft, FicheDetail, FicheDraft
from kb_app.core.errors import Message, Problem

# CSL type -> our reference type; everything unknown is "other" (the CSL type is kept).
CSL_TO_TYPE = {
    "book": "book",
    "article-journal": "article",
    "article-magazine": "article",
    "article-newspaper": "article",
    "article": "article",
    "report": "report",
    "speech": "speech",
    "chapter": "chapter",
    "entry-encyclopedia": "chapter",
    "entry-dictionary": "chapter",
    "webpage": "webpage",
    "post-weblog": "webpage",
    "thesis": "thesis",
    "paper-conference": "conference",
}
TYPE_TO_CSL = {
    "book": "book",
    "article": "article-journal",
    "report": "report",
    "speech": "speech",
    "note": "document",
    "chapter": "chapter",
    "webpage": "webpage",
    "thesis": "thesis",
    "conference": "paper-conference",
    "other": "document",
}
# CSL variables that are first-class reference details (CSL name -> detail name).
DETAIL_FIELDS = {
    "publisher": "publisher",
    "publisher-place": "place",
    "page": "pages",
    "collection-title": "collection",
    "container-title": "container_title",
    "event-title": "event",
    "URL": "url",
    "ISBN": "isbn",
    "DOI": "doi",
    "volume": "volume",
    "issue": "issue",
    "edition": "edition",
    "number": "number",
}
NAME_ROLES = {
    "author": "author",
    "editor": "editor",
    "translator": "translator",
    "contributor": "contributor",
    "collection-editor": "editor",
    "container-author": "contributor",
}
MAX_TITLE = 500
_PARTICLE = re.compile(r"^((?:[a-zà-ÿ]+['’]?\s+|[dl]['’])+)(.+)$")


@dataclass(frozen=True)
class FileLink:
    """A file an entry links to, as the export wrote it (Zotero's « Export with files »: a
    path relative to the export's folder; also an absolute path or a ``file://`` URI), with
    the title the export gave it and the line it is on. Resolved, checked and attached by
    the import's writing side (``interchange.linked_files``, ``library.imports``)."""

    path: str
    title: str = ""
    media_type: str = ""
    line: int | None = None


@dataclass
class SourceRecord:
    """One entry read from a file: a CSL-JSON item, its location and what to say about it."""

    item: dict[str, Any]
    where: str
    line: int | None = None
    extra: dict[str, str] = field(default_factory=dict)
    warnings: list[Message] = field(default_factory=list)
    files: list[FileLink] = field(default_factory=list)

    def problem(self, note: Message) -> Problem:
        """``note`` located at this record."""
        return Problem.at(self.where, note, self.line)


@dataclass
class ParseResult:
    """What a reader found: ``found == len(records) + len(skipped)`` always."""

    records: list[SourceRecord]
    skipped: list[Problem]
    warnings: list[Problem]
    encoding: str = "utf-8"

    @property
    def found(self) -> int:
        return len(self.records) + len(self.skipped)


# --- names ---------------------------------------------------------------------------


def name_to_agent(name: dict[str, Any], role: str) -> AgentDraft | None:
    """A CSL name -> an agent: persons as « particle Family, Given » (« Family, Suffix, Given »
    when there is a suffix), anything given as ``literal`` as an organisation."""
    literal = str(name.get("literal") or "").strip()
    if literal:
        return AgentDraft(name=literal, role=role, type="organisation")
    particle = " ".join(
        str(name.get(k) or "").strip() for k in ("dropping-particle", "non-dropping-particle")
    ).strip()
    family = str(name.get("family") or "").strip()
    if particle and family:
        family = particle + ("" if particle[-1] in "'’" else " ") + family
    given = str(name.get("given") or "").strip()
    suffix = str(name.get("suffix") or "").strip()
    if not family and not given:
        return None
    if not family:
        return AgentDraft(name=given, role=role)
    parts = [family] + ([suffix] if suffix else []) + ([given] if given else [])
    if suffix and not given:
        parts.append("")
    return AgentDraft(name=", ".join(parts), role=role)


def agent_to_name(name: str, type_: str) -> dict[str, str]:
    """The inverse of ``name_to_agent``."""
    if type_ == "organisation":
        return {"literal": name}
    parts = [p.strip() for p in name.split(",")]
    if len(parts) == 1:
        return {"family": name.strip()}
    family, given = parts[0], parts[-1]
    out: dict[str, str] = {}
    m = _PARTICLE.match(family)
    if m is not None:
        out["non-dropping-particle"] = m.group(1).strip()
        family = m.group(2)
    out["family"] = family
    if given:
        out["given"] = given
    if len(parts) >= 3 and parts[1]:
        out["suffix"] = ", ".join(parts[1:-1])
    return out


# --- dates ---------------------------------------------------------------------------


def iso_date(issued: Any) -> str | None:
    """CSL ``issued`` -> « YYYY[-MM[-DD]] », or None when it is not a plain date."""
    if not isinstance(issued, dict):
        return None
    parts = issued.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and len(parts) == 1:
        nums = []
        for p in parts[0][:3]:
            try:
                nums.append(int(p))
            except (TypeError, ValueError):
                return None
        if not nums or not 1 <= nums[0] <= 9999:
            return None
        if len(nums) > 1 and not 1 <= nums[1] <= 12:
            nums = nums[:1]
        if len(nums) > 2 and not 1 <= nums[2] <= 31:
            nums = nums[:2]
        return "-".join([f"{nums[0]:04d}"] + [f"{n:02d}" for n in nums[1:]])
    raw = str(issued.get("raw") or issued.get("literal") or "").strip()
    if re.fullmatch(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?", raw):
        return raw
    return None


def date_parts(date: str) -> dict[str, Any]:
    return {"date-parts": [[int(p) for p in date.split("-")]]}


# --- record -> draft -------------------------------------------------------------------


def _text(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value).strip()


def _agents(item: dict[str, Any], extra: dict[str, str]) -> list[AgentDraft]:
    agents: list[AgentDraft] = []
    for csl_role, role in NAME_ROLES.items():
        for name in item.get(csl_role) or []:
            agent = name_to_agent(name, role) if isinstance(name, dict) else None
            if agent is None:
                continue
            agents.append(agent)
            if csl_role != role:
                extra.setdefault(f"csl:role:{agent.name}", csl_role)
    return agents


def _concepts(item: dict[str, Any], extra: dict[str, str], concept_of: Any) -> list[str]:
    keywords = [k.strip() for k in re.split(r"[;,]", _text(item.get("keyword") or ""))]
    concepts: list[str] = []
    kept: list[str] = []
    for kw in filter(None, keywords):
        label = concept_of(kw) if concept_of is not None else None
        (concepts if label else kept).append(label or kw)
    if kept:
        extra["keyword"] = ", ".join(kept)
    return list(dict.fromkeys(concepts))


_KNOWN = {"id", "type", "title", "subtitle", "issued", "abstract", "keyword", "language"}
_KNOWN.add("citation-key")
_KNOWN |= set(DETAIL_FIELDS) | set(NAME_ROLES)


def to_draft(record: SourceRecord, concept_of: Any = None) -> FicheDraft:
    """A reference draft from a record. ``concept_of(keyword)`` maps keywords to thesaurus
    labels (None: the keyword stays in ``extra``)."""
    item = record.item
    csl_type = str(item.get("type") or "document")
    details: dict[str, Any] = {"type": CSL_TO_TYPE.get(csl_type, "other")}
    extra: dict[str, str] = {}
    if TYPE_TO_CSL[details["type"]] != csl_type:
        extra["csl:type"] = csl_type
    for csl_name, ours in DETAIL_FIELDS.items():
        if item.get(csl_name) not in (None, "", []):
            details[ours] = _text(item[csl_name])
    agents = _agents(item, extra)
    date = iso_date(item.get("issued"))
    if date is None and item.get("issued"):
        start = _range_start(item["issued"])
        if start is not None:  # a range: the fiche dates from its start, the range is kept
            date = start
            extra["csl:issued"] = json.dumps(item["issued"], ensure_ascii=False)
        else:
            details["date_note"] = _issued_text(item["issued"])
    if date_note := record.extra.get("kb:date-note"):  # written by our CSL-JSON export
        details["date_note"] = date_note
    concepts = _concepts(item, extra, concept_of)
    for key, value in item.items():
        if key not in _KNOWN and value not in (None, "", []):
            structured = isinstance(value, dict) or (
                isinstance(value, list) and not all(isinstance(v, str) for v in value)
            )  # names, dates: kept as JSON, never as a Python repr
            extra[f"csl:{key}"] = (
                json.dumps(value, ensure_ascii=False) if structured else _text(value)
            )
    extra.update({k: v for k, v in record.extra.items() if k != "kb:date-note"})
    summary = _summary(item, extra, record)
    citekey = item.get("citation-key") or item.get("id")
    if citekey:
        details["citekey"] = str(citekey)
    if extra:
        details["extra"] = extra
    lang = str(item.get("language") or "fr")[:2].lower()
    return FicheDraft(
        kind="reference",
        title=_text(item.get("title") or ""),
        subtitle=_text(item["subtitle"]) if item.get("subtitle") else None,
        lang=lang if re.fullmatch("[a-z]{2}", lang) else "fr",
        date=date,
        summary=summary,
        concepts=tuple(concepts),
        agents=tuple(agents),
        details=details,
    )


MAX_SUMMARY = 4000


def _summary(item: dict[str, Any], extra: dict[str, str], record: SourceRecord) -> str | None:
    """The abstract as the fiche's summary; a longer one is kept whole in ``extra``."""
    if not item.get("abstract"):
        return None
    text = _text(item["abstract"])
    if len(text) > MAX_SUMMARY:
        extra["csl:abstract"] = text
        record.warnings.append(Message.of("import.long_abstract", limit=MAX_SUMMARY))
        return text[:MAX_SUMMARY]
    return text


def _range_start(issued: Any) -> str | None:
    """The start of a date range (« YYYY[-MM[-DD]] »), or None when it is not one."""
    parts = issued.get("date-parts") if isinstance(issued, dict) else None
    if isinstance(parts, list) and len(parts) == 2 and all(isinstance(p, list) for p in parts):
        return iso_date({"date-parts": [parts[0]]})
    return None


def _issued_text(issued: Any) -> str:
    if isinstance(issued, dict):
        raw = issued.get("raw") or issued.get("literal")
        if raw:
            return str(raw)
        return "date: " + repr(issued.get("date-parts"))
    return str(issued)


# --- fiche -> record -----------------------------------------------------------------


def _names(fiche: FicheDetail, extra: dict[str, str]) -> dict[str, list[dict[str, str]]]:
    roles: dict[str, list[dict[str, str]]] = {}
    for agent in fiche.agents:
        csl_role = extra.pop(f"csl:role:{agent.name}", None) or agent.role
        if csl_role in NAME_ROLES:
            roles.setdefault(csl_role, []).append(agent_to_name(agent.name, agent.type))
    return roles


def _csl_value(value: str) -> Any:
    """A CSL variable kept in ``extra``: dates and other objects were stored as JSON."""
    if value.startswith(("{", "[{")):
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value
    return value


def csl_item(fiche: FicheDetail) -> dict[str, Any]:
    """A stored fiche as a CSL-JSON item (any kind; references keep every detail).

    Extra fields that are not CSL variables come back under ``_extra`` for the writers."""
    details = fiche.details if fiche.kind == "reference" else {}
    extra: dict[str, str] = dict(details.get("extra") or {})
    item: dict[str, Any] = {
        "id": str(details.get("citekey") or fiche.key),
        "type": extra.pop("csl:type", None)
        or TYPE_TO_CSL.get(str(details.get("type") or "other"), "document"),
        "title": fiche.title,
    }
    if fiche.subtitle:
        item["subtitle"] = fiche.subtitle  # not a CSL variable: citations join it to the title
    item.update(_names(fiche, extra))
    if fiche.date:
        item["issued"] = date_parts(fiche.date)
    elif details.get("date_note"):
        item["issued"] = {"literal": str(details["date_note"])}
    for csl_name, ours in DETAIL_FIELDS.items():
        if details.get(ours) not in (None, ""):
            item[csl_name] = str(details[ours])
    if fiche.summary:
        item["abstract"] = fiche.summary
    if fiche.lang and fiche.lang != "fr":
        item["language"] = fiche.lang
    keywords = [c.label for c in fiche.concepts] + [extra.pop("keyword", "")]
    if any(keywords):
        item["keyword"] = ", ".join(k for k in keywords if k)
    item.update({k[4:]: _csl_value(v) for k, v in extra.items() if k.startswith("csl:")})
    leftovers = {k: v for k, v in extra.items() if not k.startswith("csl:")}
    if leftovers:
        item["_extra"] = leftovers
    return item
