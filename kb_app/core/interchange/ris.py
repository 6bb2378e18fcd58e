"""RIS (RefMan / EndNote / Zotero tagged format) reader and writer over the neutral record.

Reading. Records are cut here, not by ``rispy.loads``: rispy 0.10 silently drops a last
record without ``ER`` or a record without ``TY``, merges two records when an ``ER`` is
missing, only knows « XX  - » with two spaces (Zotero and EndNote accept one) and keeps
only the first value of a repeated non-list tag. Rules:

* every ``TY`` line starts a record, and so does a tag line outside a record (no ``TY``:
  a generic document, with a warning); ``ER`` ends it; a missing ``ER`` is a warning;
* a line that is not a tag continues the previous value (« \\n »); outside a record it
  is reported with its line and ignored; a record with no value at all is skipped;
* the first value of a mapped tag is used; every other value (repeated, unknown tags) is
  kept in ``extra["ris:<TAG>"]`` (joined with « \\n »): nothing is dropped.

Writing. CRLF line ends, as the RIS specification asks and EndNote and Zotero write (both
read LF too). Single-line tags get line breaks collapsed to spaces; ``AB`` and ``N1`` keep
them as continuation lines indented by three spaces, so a value line « ER  - » is never
read back as a tag. Persons always carry a comma (« Family, » without a given name) and
organisations never: a name without a comma reads back as a CSL ``literal``, as in Zotero.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rispy import TYPE_OF_REFERENCE_MAPPING  # tells a known RIS type from a typo

from kb_app.core.errors import Message, Problem, ValidationError
from kb_app.core.interchange.decoding import decode
from kb_app.core.interchange.linked_files import is_file_link
from kb_app.core.interchange.record import (
    FileLink,
    ParseResult,
    SourceRecord,
    agent_to_name,
    iso_date,
)

# RIS reference type -> CSL type; the first RIS type of a CSL type is the one written.
TY_TO_CSL: dict[str, str] = dict(
    re.findall(
        r"(\w+)=([\w-]+)",
        """JOUR=article-journal EJOUR=article-journal MGZN=article-magazine
    NEWS=article-newspaper BOOK=book EBOOK=book EDBOOK=book CHAP=chapter ECHAP=chapter
    CONF=paper-conference CPAPER=paper-conference RPRT=report THES=thesis ELEC=webpage
    WEB=webpage BLOG=post-weblog ENCYC=entry-encyclopedia DICT=entry-dictionary SLIDE=speech
    PAT=patent BILL=bill CASE=legal_case STAT=legislation MAP=map DATA=dataset COMP=software
    MANSCPT=manuscript PCOMM=personal_communication STAND=standard HEAR=hearing
    MPCT=motion_picture GEN=document""",
    )
)
CSL_TO_TY = {csl: ty for ty, csl in reversed(TY_TO_CSL.items())}
CSL_TO_TY |= {"article": "JOUR", "paper-conference": "CONF"}


def _spec(text: str) -> dict[str, tuple[str, ...]]:
    return {name: tuple(tags.split()) for name, tags in re.findall(r"([\w-]+)=([A-Z0-9 ]+)", text)}


# CSL variable <- RIS tags in the order they are read (the first value wins, the others go
# to extra); the first tag is the one written.
_SINGLE = _spec(
    """title=TI T1 container-title=T2 JF JO JA J2 BT collection-title=T3 title-short=ST
    volume=VL issue=IS edition=ET number=M1 publisher=PB publisher-place=CY language=LA
    citation-key=ID"""
)
_NAMES = _spec("author=AU A1 editor=A2 ED collection-editor=A3 translator=A4")
_DATE_TAGS = ("DA", "PY", "Y1")
_TAG_LINE = re.compile(r"([A-Z][A-Z0-9]) {1,2}-(?:[ \t](.*))?")
_TAG = re.compile(r"[A-Z][A-Z0-9]")
_RIS_DATE = re.compile(r"(\d{4})(?:[/-](\d{1,2})?(?:[/-](\d{1,2})?(?:[/-](.*))?)?)?")
_DOI = re.compile(r"10\.\d{4,9}/\S+")
_URL_SPLIT = re.compile(r"\s*;\s*(?=https?://)")
_BREAKS = re.compile(r"\s*[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+\s*")
#: How files often mistaken for RIS start, and what they are (a vocabulary: « file_kind »).
_FOREIGN = {"PMID-": "medline", "FN ": "wos", "PT ": "wos", "%0 ": "refer", "@": "bibtex"}
MAX_OUTSIDE_WARNINGS = 50


# --- reading: lines -> blocks ------------------------------------------------------------


@dataclass
class _Block:
    line: int
    fields: list[list[Any]] = field(default_factory=list)  # [tag, value, line]
    ended: bool = False
    cut_at: int | None = None  # the line of the TY that started the next record


@dataclass
class _Scan:
    where: str
    blocks: list[_Block] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    current: _Block | None = None
    outside: int = 0

    def text(self, line: str, number: int) -> None:
        """A line that is not a tag: a continuation, or text outside any record."""
        text = line.strip().replace("\ufeff", "")
        if not text:
            return
        block = self.current
        if block is not None and block.fields and block.fields[-1][0] != "TY":
            block.fields[-1][1] += "\n" + text
            return
        self.outside += 1
        if self.outside <= MAX_OUTSIDE_WARNINGS:
            code = "ris.text_outside" if block is None else "ris.text_after_ty"
            self.warnings.append(Problem(self.where, code, number, {"text": text[:60]}))

    def tag(self, tag: str, value: str, number: int) -> None:
        if tag == "ER":
            if self.current is None:
                self.warnings.append(Problem(self.where, "ris.stray_er", number))
            else:
                self.current.ended = True
                self.current = None
            return
        if tag == "TY" or self.current is None:
            if self.current is not None:
                self.current.cut_at = number
            self.current = _Block(number)
            self.blocks.append(self.current)
        self.current.fields.append([tag, value, number])


def _scan(text: str, where: str) -> _Scan:
    scan = _Scan(where)
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.lstrip("\ufeff").rstrip()
        m = _TAG_LINE.fullmatch(line)
        if m is None:
            scan.text(line, number)
        else:
            scan.tag(m.group(1), (m.group(2) or "").strip(), number)
    if scan.outside > MAX_OUTSIDE_WARNINGS:
        more = scan.outside - MAX_OUTSIDE_WARNINGS
        scan.warnings.append(Problem(where, "ris.more_ignored", None, {"count": more}))
    return scan


# --- reading: block -> record ------------------------------------------------------------


class _Tags:
    """The values of one record by tag, in file order; what is not taken becomes extra."""

    def __init__(self, fields: list[list[Any]]) -> None:
        self.values: dict[str, list[tuple[int, str]]] = {}
        for tag, value, line in fields:
            if tag != "TY" and value.strip():
                self.values.setdefault(tag, []).append((line, value.strip()))
        self.kept: dict[str, list[str]] = {}

    def take(self, *tags: str) -> str | None:
        """The first value of the first tag present; the other values are kept."""
        chosen: str | None = None
        for tag in tags:
            for _, value in self.values.pop(tag, []):
                if chosen is None:
                    chosen = value
                elif value != chosen:
                    self.keep(tag, value)
        return chosen

    def take_all(self, *tags: str) -> list[str]:
        found = [pair for tag in tags for pair in self.values.pop(tag, [])]
        return [value for _, value in sorted(found, key=lambda pair: pair[0])]

    def keep(self, tag: str, value: str) -> None:
        self.kept.setdefault(tag, []).append(value)

    def extra(self) -> dict[str, str]:
        for tag, pairs in self.values.items():
            self.kept.setdefault(tag, []).extend(value for _, value in pairs)
        return {f"ris:{tag}": "\n".join(values) for tag, values in self.kept.items()}


def _csl_type(ty: str | None, record: SourceRecord) -> str:
    if not ty:
        code = "ris.no_ty" if ty is None else "ris.empty_ty"
        record.warnings.append(Message(code))  # ris.no_ty or ris.empty_ty
        return "document"
    csl = TY_TO_CSL.get(ty.upper())
    if csl is None:
        csl = "document"
        if ty.upper() not in TYPE_OF_REFERENCE_MAPPING:
            record.warnings.append(Message.of("ris.unknown_type", type=ty))
    if CSL_TO_TY.get(csl) != ty:
        record.extra["ris:TY"] = ty
    return csl


def _parse_name(value: str) -> dict[str, str] | None:
    value = value.strip()
    if not value:
        return None
    if "," not in value:
        return {"literal": value}
    family, _, rest = value.partition(",")
    parts = [p.strip() for p in rest.split(",")]
    name = {k: v for k, v in agent_to_name(f"{family.strip()}, {parts[0]}", "person").items() if v}
    suffix = ", ".join(p for p in parts[1:] if p)
    if suffix:
        name["suffix"] = suffix
    return name if name else None


def _parse_date(value: str) -> tuple[list[int], str] | None:
    m = _RIS_DATE.fullmatch(value.strip())
    if m is None or int(m.group(1)) == 0:
        return None
    parts = [int(m.group(1))]
    month, day = int(m.group(2) or 0), int(m.group(3) or 0)
    if 1 <= month <= 12:
        parts.append(month)
        if 1 <= day <= 31:
            parts.append(day)
    return parts, (m.group(4) or "").strip()


def _issued(tags: _Tags) -> dict[str, Any] | None:
    """The most precise of DA, PY, Y1 (DA first on a tie); redundant values are dropped."""
    found = [(tag, value) for tag in _DATE_TAGS for _, value in tags.values.pop(tag, [])]
    if not found:
        return None
    parsed = [(tag, value, _parse_date(value)) for tag, value in found]
    if all(p is None for _, _, p in parsed):
        for tag, value in found[1:]:
            tags.keep(tag, value)
        return {"literal": found[0][1]}
    best_parts = max((p[0] for _, _, p in parsed if p is not None), key=len)
    for tag, value, p in parsed:
        redundant = p is not None and not p[1] and best_parts[: len(p[0])] == p[0]
        if not redundant:
            tags.keep(tag, value)
    return {"date-parts": [best_parts]}


def _page(tags: _Tags) -> str | None:
    start, end = tags.take("SP"), tags.take("EP")
    if start and end and "-" not in start:
        return f"{start}-{end}"
    if start and end:
        tags.keep("EP", end)
    return start or end


def _fill_simple(item: dict[str, Any], tags: _Tags) -> None:
    for variable, names in _SINGLE.items():
        value = tags.take(*names)
        if value:
            item[variable] = value.replace("\n", " ")
    abstract = tags.take("AB", "N2")
    if abstract:
        item["abstract"] = abstract
    notes = tags.take_all("N1")
    if notes:
        item["note"] = "\n".join(notes)
    if item.get("citation-key"):
        item["id"] = item["citation-key"]


def _fill_links(item: dict[str, Any], tags: _Tags) -> None:
    doi = tags.take("DO")
    m = _DOI.search(doi or "")
    if m is not None:
        item["DOI"] = m.group()
    elif doi:
        tags.keep("DO", doi)
    urls = [u for value in tags.take_all("UR") for u in _URL_SPLIT.split(value.replace("\n", " "))]
    if urls:
        item["URL"] = urls[0]
        for url in urls[1:]:
            tags.keep("UR", url)
    number = tags.take("SN")
    if number:
        periodical = item["type"].startswith("article") or item["type"] == "periodical"
        item["ISSN" if periodical else "ISBN"] = number.replace("\n", " ")


def _fill_rest(item: dict[str, Any], tags: _Tags) -> None:
    for role, role_tags in _NAMES.items():
        lines = [n for value in tags.take_all(*role_tags) for n in value.split("\n")]
        names = [name for name in map(_parse_name, lines) if name is not None]
        if names:
            item[role] = names
    issued = _issued(tags)
    if issued is not None:
        item["issued"] = issued
    accessed = tags.take("Y2")
    parsed = _parse_date(accessed or "")
    if parsed is not None:
        item["accessed"] = {"date-parts": [parsed[0]]}
        if parsed[1]:
            tags.keep("Y2", accessed or "")
    elif accessed:
        item["accessed"] = {"literal": accessed}
    page = _page(tags)
    if page:
        item["page"] = page.replace("\n", " ")
    words = [w.strip() for v in tags.take_all("KW") for w in re.split(r"[\n;]", v)]
    if any(words):
        item["keyword"] = ", ".join(w for w in words if w)


# Zotero writes an entry's files as « L1 » (its export with files: « files/12/x.pdf »);
# EndNote uses « L1 » for file attachments and « L4 » for figures. « L2 » is a full-text
# address: kept as it was unless it is a local file.
_FILE_TAGS = ("L1", "L2", "L4")


def _file_links(tags: _Tags) -> list[FileLink]:
    """The local files the record links to (URLs under these tags stay in ``extra``)."""
    links: list[FileLink] = []
    found = sorted(
        (line, tag, value) for tag in _FILE_TAGS for line, value in tags.values.pop(tag, [])
    )
    for line, tag, value in found:
        for path in value.split("\n"):  # a value continued on the next lines: one file each
            if is_file_link(path):
                links.append(FileLink(path.strip(), line=line))
            elif path.strip():
                tags.keep(tag, path.strip())
    return links


def _record(block: _Block, where: str) -> SourceRecord | Problem:
    tags = _Tags(block.fields)
    if not tags.values:
        return Problem(where, "ris.empty_record", block.line)
    record = SourceRecord(item={}, where=where, line=block.line)
    ty = next((f[1].strip() for f in block.fields if f[0] == "TY"), None)
    record.item["type"] = _csl_type(ty, record)
    _fill_simple(record.item, tags)
    _fill_links(record.item, tags)
    _fill_rest(record.item, tags)
    record.files = _file_links(tags)
    record.extra.update(tags.extra())
    if block.cut_at is not None:
        record.warnings.append(Message.of("ris.no_er_before", line=block.cut_at))
    elif not block.ended:
        record.warnings.append(Message.of("ris.no_er_at_end"))
    return record


def read_ris(data: bytes, where: str, *, fallback: str | None = None) -> ParseResult:
    """Every record of a RIS file (see the module documentation for the rules)."""
    decoded = decode(data, where, fallback=fallback)
    _refuse_other_formats(decoded.text, where)
    scan = _scan(decoded.text, where)
    result = ParseResult([], [], decoded.warnings + scan.warnings, decoded.encoding)
    for block in scan.blocks:
        outcome = _record(block, where)
        if isinstance(outcome, Problem):
            result.skipped.append(outcome)
        else:
            result.records.append(outcome)
    if result.found == 0:
        problem = Problem(where, "ris.no_tag")
        raise ValidationError("ris.no_record", [problem], name=where)
    return result


def _refuse_other_formats(text: str, where: str) -> None:
    """MEDLINE, Web of Science or Refer files would be misread as RIS: name them instead."""
    first = next((line.strip("\ufeff \t") for line in text.split("\n", 50) if line.strip()), "")
    for start, what in _FOREIGN.items():
        if first.startswith(start):
            problem = Problem(where, "ris.looks_like", 1, {"what": what})
            raise ValidationError("ris.not_ris", [problem], name=where)


# --- writing -----------------------------------------------------------------------------


def _line(tag: str, value: Any) -> list[str]:
    if value is None or isinstance(value, (dict, list)):
        return []
    text = _BREAKS.sub(" ", str(value)).strip()
    return [f"{tag}  - {text}"] if text else []


def _multiline(tag: str, value: Any) -> list[str]:
    if not isinstance(value, (str, int, float)):
        return []
    lines = [line.strip() for line in str(value).splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return []
    return [f"{tag}  - {lines[0]}"] + [f"   {line}" for line in lines[1:]]


def _name_text(name: Any) -> str:
    if not isinstance(name, dict):
        return ""
    if name.get("literal"):
        return str(name["literal"])
    keys = ("dropping-particle", "non-dropping-particle")
    particle = " ".join(str(name.get(k) or "").strip() for k in keys).strip()
    family = str(name.get("family") or "").strip()
    if particle and family:
        family = particle + ("" if particle[-1] in "'’" else " ") + family
    given = str(name.get("given") or "").strip()
    suffix = str(name.get("suffix") or "").strip()
    if not family and not given:
        return ""
    return f"{family}, {given}" + (f", {suffix}" if suffix else "")


def _date_text(value: Any) -> tuple[str | None, str | None]:
    """(year, « YYYY/MM/DD/ » when more precise than a year) or (literal text, None)."""
    if not isinstance(value, dict):
        return None, None
    parts = value.get("date-parts")
    first = parts[0] if isinstance(parts, list) and parts else None
    iso = iso_date({"date-parts": [first]}) if isinstance(first, list) else None
    if iso is None:
        text = value.get("literal") or value.get("raw")
        return (str(text), None) if text else (None, None)
    if len(iso) == 4:
        return iso, None
    return iso[:4], iso.replace("-", "/") + ("/" if len(iso) == 10 else "//")


def _ris_type(item: dict[str, Any], kept: Any) -> str:
    csl_type = str(item.get("type") or "document")
    if isinstance(kept, str) and kept.strip():
        kept = _BREAKS.sub(" ", kept).strip()
        if TY_TO_CSL.get(kept.upper(), "document") == csl_type:
            return str(kept)
    return CSL_TO_TY.get(csl_type, "GEN")


def _body(item: dict[str, Any]) -> list[str]:
    lines = _line("ID", item.get("citation-key") or item.get("id"))
    title, subtitle = item.get("title"), item.get("subtitle")  # RIS has no subtitle tag
    lines += _line("TI", f"{title} : {subtitle}" if title and subtitle else title)
    for role, tags in _NAMES.items():
        for name in item.get(role) or []:
            lines += _line(tags[0], _name_text(name))
    year, full = _date_text(item.get("issued"))
    lines += _line("PY", year) + _line("DA", full)
    for variable, tags in _SINGLE.items():
        if variable not in ("title", "citation-key"):
            lines += _line(tags[0], item.get(variable))
    page = str(item.get("page") or "")
    start, dash, end = page.partition("-")
    split = bool(start and dash and end)
    lines += _line("SP", start if split else page) + _line("EP", end if split else None)
    periodical = str(item.get("type") or "").startswith("article")
    order = ("ISSN", "ISBN") if periodical else ("ISBN", "ISSN")
    lines += _line("SN", item.get(order[0])) + _line("SN", item.get(order[1]))
    lines += _line("DO", item.get("DOI")) + _line("UR", item.get("URL"))
    keywords = item.get("keyword")
    for words in keywords if isinstance(keywords, list) else [keywords]:
        for word in str(words or "").split(","):
            lines += _line("KW", word)
    accessed = _date_text(item.get("accessed"))
    lines += _line("Y2", accessed[1] or accessed[0])
    return lines + _multiline("AB", item.get("abstract")) + _multiline("N1", item.get("note"))


def _item_lines(item: dict[str, Any]) -> list[str]:
    found = item.get("_extra")
    extra: dict[str, Any] = found if isinstance(found, dict) else {}
    lines = [f"TY  - {_ris_type(item, extra.get('ris:TY'))}", *_body(item)]
    for key, value in extra.items():
        tag = str(key)[4:]
        if str(key).startswith("ris:") and _TAG.fullmatch(tag) and tag not in ("TY", "ER"):
            for one in str(value).split("\n"):
                lines += _line(tag, one)
    return [*lines, "ER  - ", ""]


def write_ris(items: Iterable[dict[str, Any]]) -> str:
    """CSL-JSON items (``_extra`` may hold « ris:<TAG> » values) as RIS text, CRLF lines."""
    lines = [line for item in items for line in _item_lines(item)]
    return "\r\n".join(lines)
