"""Parse one fiche file: YAML front matter checked against the JSON Schema, then the body.

Every problem is located (file and line) so a librarian can fix it. Nothing here touches
the database.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from kb_app.core.dto import FicheDraft
from kb_app.core.errors import Problem, ValidationError
from kb_app.core.paths import schema_dir

SCHEMA_FILE = "fiche-front-matter.schema.json"
KIND_DETAIL_KEYS = ("reference", "case", "resource", "dossier")
#: Top-level front-matter lists kept in the stored ``details`` beside the kind's block
#: (``questions``: what a student should be able to answer after reading the fiche).
TOP_LEVEL_DETAILS = ("questions",)


@dataclass(frozen=True)
class AgentRecord:
    name: str
    role: str
    type: str = "person"
    note: str | None = None


@dataclass(frozen=True)
class LinkRecord:
    type: str
    target: str
    note: str | None = None
    line: int | None = None


@dataclass(frozen=True)
class FicheRecord:
    """A fiche as read from a file, before it is resolved against the thesaurus."""

    key: str
    kind: str
    title: str
    lang: str
    body: str
    where: str
    subtitle: str | None = None
    date: str | None = None
    summary: str | None = None
    concepts: tuple[tuple[str, int | None], ...] = ()  # (label, line)
    agents: tuple[AgentRecord, ...] = ()
    links: tuple[LinkRecord, ...] = ()
    members: tuple[tuple[str, int | None], ...] = ()  # dossier members (key, line)
    reading: tuple[tuple[str, int | None], ...] = ()  # dossier reading order (key, line)
    sources: tuple[dict[str, str], ...] = ()
    unverified: tuple[str, ...] = ()
    details: dict[str, Any] | None = None
    body_line: int = 1  # file line where the body starts

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None


@lru_cache(maxsize=1)
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads((schema_dir() / SCHEMA_FILE).read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def parse_fiche_text(text: str, where: str) -> tuple[FicheRecord | None, list[Problem]]:
    """Parse a fiche file's text; return the record or the located problems."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None, [Problem(where, "frontmatter.no_start", 1)]
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        return None, [Problem(where, "frontmatter.not_closed", 1)]
    yaml_text = "\n".join(lines[1:end])
    try:
        node = yaml.compose(yaml_text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(yaml_text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        detail = {"detail": str(getattr(exc, "problem", exc))}
        return None, [Problem(where, "frontmatter.yaml", line, detail)]
    if not isinstance(data, dict):
        return None, [Problem(where, "frontmatter.not_mapping", 2)]
    data = _normalise(data)
    problems = [
        schema_problem(where, err, _line_for(node, list(err.absolute_path)))
        for err in sorted(validator().iter_errors(data), key=lambda e: list(map(str, e.path)))
    ]
    if problems:
        return None, problems
    body_lines = lines[end + 1 :]
    blank = next((i for i, line in enumerate(body_lines) if line.strip()), len(body_lines))
    body = "\n".join(body_lines[blank:])
    return _record(data, node, body, where, end + 2 + blank), []


def parse_fiche_file(path: Path) -> tuple[FicheRecord | None, list[Problem]]:
    from kb_app.core.interchange.decoding import decode  # BOM, UTF-16, the bad byte's line

    try:
        text = decode(path.read_bytes(), str(path)).text
    except ValidationError as err:
        return None, err.problems
    return parse_fiche_text(text, str(path))


def _normalise(data: dict[str, Any]) -> dict[str, Any]:
    value = data.get("date")
    if isinstance(value, dt.date):
        data["date"] = value.isoformat()
    elif isinstance(value, int):
        data["date"] = str(value)
    return data


#: The schema's rule broken -> the code saying so (the others: ``frontmatter.invalid``).
_SCHEMA_CODES = {
    "minLength": "frontmatter.empty",
    "minItems": "frontmatter.empty",
    "pattern": "frontmatter.pattern",
    "enum": "frontmatter.not_allowed",
    "const": "frontmatter.not_allowed",
    "type": "frontmatter.type",
    "maxLength": "frontmatter.too_long",
    "maxItems": "frontmatter.too_long",
}


def schema_problem(where: str, err: jsonschema.ValidationError, line: int | None) -> Problem:
    """A JSON Schema error as a located problem naming the field (a path such as
    ``details.place``)."""
    path = [str(p) for p in err.absolute_path]
    if err.validator == "required" and isinstance(err.instance, dict):
        wanted = err.validator_value if isinstance(err.validator_value, list) else []
        missing = [n for n in wanted if n not in err.instance]
        name = ".".join([*path, str(missing[0] if missing else "?")])
        return Problem(where, "frontmatter.required", line, {"field": name})
    if not path:
        return Problem(where, "frontmatter.invalid_root", line, {"detail": err.message})
    field = ".".join(path)
    code = _SCHEMA_CODES.get(str(err.validator))
    if code in ("frontmatter.pattern", "frontmatter.not_allowed"):
        return Problem(where, code, line, {"field": field, "value": str(err.instance)})
    minimum = err.validator_value if err.validator == "minItems" else None
    if isinstance(minimum, int) and minimum > 1:
        at_least = {"field": field, "count": minimum}
        return Problem(where, "frontmatter.too_few", line, at_least)
    if code is not None:  # a code of _SCHEMA_CODES: its only parameter is the field
        return Problem(where, code, line, {"field": field})
    return Problem(where, "frontmatter.invalid", line, {"field": field, "detail": err.message})


def _line_for(node: Any, path: Sequence[Any]) -> int | None:
    """File line of the YAML node at ``path`` (front matter starts on file line 2)."""
    current = node
    for step in path:
        if isinstance(current, yaml.MappingNode):
            match = [v for k, v in current.value if getattr(k, "value", None) == step]
            if not match:
                break
            current = match[0]
        elif isinstance(current, yaml.SequenceNode) and isinstance(step, int):
            if step >= len(current.value):
                break
            current = current.value[step]
        else:
            break
    return current.start_mark.line + 2 if current is not None else None


def _record(data: dict[str, Any], node: Any, body: str, where: str, body_line: int) -> FicheRecord:
    def lines_of(field: str, count: int) -> list[int | None]:
        return [_line_for(node, [field, i]) for i in range(count)]

    concepts = data["concepts"]
    links = data.get("links", [])
    members = data.get("dossier", {}).get("members", [])
    reading = [r["fiche"] for r in data.get("dossier", {}).get("reading", [])]
    details = {k: data[k] for k in KIND_DETAIL_KEYS if k in data}
    flat = details.get(data["kind"], {})
    if data["kind"] == "dossier":
        flat = {k: v for k, v in flat.items() if k != "members"}
    flat = {**flat, **{k: data[k] for k in TOP_LEVEL_DETAILS if k in data}}
    return FicheRecord(
        key=data["id"],
        kind=data["kind"],
        title=data["title"].strip(),
        lang=data["lang"],
        body=body.strip("\n") + "\n",
        where=where,
        subtitle=data.get("subtitle"),
        date=data.get("date"),
        summary=data.get("summary"),
        concepts=tuple(zip(concepts, lines_of("concepts", len(concepts)), strict=True)),
        agents=tuple(AgentRecord(**a) for a in data.get("agents", [])),
        links=tuple(
            LinkRecord(ln["type"], ln["target"], ln.get("note"), line)
            for ln, line in zip(links, lines_of("links", len(links)), strict=True)
        ),
        members=tuple(
            zip(
                members,
                [_line_for(node, ["dossier", "members", i]) for i in range(len(members))],
                strict=True,
            )
        ),
        reading=tuple(
            zip(
                reading,
                [_line_for(node, ["dossier", "reading", i]) for i in range(len(reading))],
                strict=True,
            )
        ),
        sources=tuple(data.get("sources", [])),
        unverified=tuple(data.get("unverified", [])),
        details=dict(flat),
        body_line=body_line,
    )


@lru_cache(maxsize=1)
def draft_validator() -> jsonschema.Draft202012Validator:
    """The front-matter schema, relaxed for work in progress: concepts, agents and date optional."""
    schema = json.loads((schema_dir() / SCHEMA_FILE).read_text(encoding="utf-8"))
    schema["properties"]["concepts"]["minItems"] = 0
    schema["required"] = [r for r in schema["required"] if r != "concepts"]
    for rule in schema["allOf"]:
        rule["then"]["required"] = [r for r in rule["then"]["required"] if r in KIND_DETAIL_KEYS]
    return jsonschema.Draft202012Validator(schema)


def draft_problems(data: dict[str, Any], where: str) -> list[Problem]:
    """Problems of a fiche given as a front-matter-shaped mapping (see ``editing``)."""
    return [schema_problem(where, e, None) for e in draft_validator().iter_errors(data)]


def front_matter(draft: FicheDraft, key: str) -> dict[str, Any]:
    """The draft in the seed files' form (YAML front matter), as the JSON Schema checks it."""
    data: dict[str, Any] = {"id": key, "kind": draft.kind, "title": draft.title}
    data["lang"] = draft.lang
    data["concepts"] = list(draft.concepts)
    optional = {"subtitle": draft.subtitle, "date": draft.date, "summary": draft.summary}
    data.update({k: v for k, v in optional.items() if v is not None})
    data["agents"] = [{k: v for k, v in asdict(a).items() if v is not None} for a in draft.agents]
    data["links"] = [{k: v for k, v in asdict(ln).items() if v is not None} for ln in draft.links]
    data["sources"] = [dict(s) for s in draft.sources]
    data["unverified"] = list(draft.unverified)
    details = {k: v for k, v in draft.details.items() if k not in TOP_LEVEL_DETAILS}
    data.update({k: draft.details[k] for k in TOP_LEVEL_DETAILS if k in draft.details})
    if details or draft.kind == "dossier":
        if draft.kind == "dossier":
            details.setdefault("members", ["placeholder-member"])
        data[draft.kind] = details
    return data


def schema_problems(draft: FicheDraft, key: str, where: str | None = None) -> list[Problem]:
    """What the fiche JSON Schema finds wrong with a draft (no database needed)."""
    return draft_problems(front_matter(draft, key), where or f"fiche « {key} »")
