"""Reading a SKOS file someone sent us in a child process with time and memory caps.

RDF parsers can be driven into long or huge work by crafted input (entity expansion is
already refused before parsing; a 100,000-concept file or a giant literal are legitimate
but heavy). The child parses with ``load_skos`` under ``RLIMIT_AS`` and a wall-clock
timeout, and sends back plain JSON; the parent rebuilds the records. A child that runs out
of time or memory is reported as a sentence about the file, and nothing is imported.

    python -m kb_app.core.thesaurus.skos_child FILE [--lenient]

A frozen build (PyInstaller) has no ``python -m``: the child is the bundle's own console
executable, ``kb --kb-skos-child FILE [--lenient]`` (``FROZEN_FLAG``, handled by the bundle's
entry script ``packaging/entry.py`` before anything else).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kb_app.core.errors import KbError, Problem, ValidationError
from kb_app.core.thesaurus.skos import ConceptRecord, GroupRecord, ThesaurusData, load_skos

TIMEOUT_S = 300
MEMORY_BYTES = 1536 * 1024 * 1024
FROZEN_FLAG = "--kb-skos-child"


def _limit_memory() -> None:
    """The child caps itself (a ``preexec_fn`` is unsafe in the threaded window process)."""
    if os.name != "posix":
        return
    import resource

    cap = int(os.environ.get("KB_SKOS_CHILD_MEMORY", MEMORY_BYTES))  # tests lower it
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def child_command(path: Path, *, lenient: bool) -> list[str]:
    """The child's command line: ``python -m`` this module, or the frozen ``kb`` itself."""
    if getattr(sys, "frozen", False):
        program = Path(sys.executable)
        # `kb-app` is windowed (no standard output on Windows): use its console sibling `kb`
        console = program.with_name("kb" + program.suffix)
        args = [str(console if console.is_file() else program), FROZEN_FLAG]
    else:
        args = [sys.executable, "-m", "kb_app.core.thesaurus.skos_child"]
    return [*args, str(path), *(["--lenient"] if lenient else [])]


def load_skos_isolated(path: Path, *, lenient: bool = True) -> ThesaurusData:
    """``load_skos`` in a capped child process (same result, same errors)."""
    try:
        done = subprocess.run(
            child_command(path, lenient=lenient),
            capture_output=True,
            timeout=TIMEOUT_S,
            check=False,
            # no console window flashing up from the windowed program on Windows
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
    except subprocess.TimeoutExpired:
        problem = Problem(str(path), "skos.time_limit", None)
        raise ValidationError(
            "skos.too_slow", [problem], name=path.name, seconds=TIMEOUT_S
        ) from None
    try:
        reply = json.loads(done.stdout.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        tail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
        detail = {"detail": "; ".join(tail)}
        if done.returncode != 0:
            problem = Problem(str(path), "skos.memory_limit", None, detail)
            raise ValidationError("skos.child_failed", [problem], name=path.name) from None
        problem = Problem(str(path), "skos.unreadable_reply", None, detail)
        raise ValidationError("skos.child_failed", [problem], name=path.name) from None
    if "error" in reply:  # the child's error, as it was raised there (code and parameters)
        problems = [Problem.from_dict(p) for p in reply["problems"]]
        raise ValidationError(reply["error"], problems, **reply.get("params", {}))
    return _data(reply)


def _data(raw: dict[str, Any]) -> ThesaurusData:
    def concept(c: dict[str, Any]) -> ConceptRecord:
        for name in ("alt_labels", "hidden_labels"):
            c[name] = tuple(tuple(pair) for pair in c[name])
        for name in ("sources", "broader", "related"):
            c[name] = tuple(c[name])
        return ConceptRecord(**c)

    def problems(items: list[dict[str, Any]]) -> tuple[Problem, ...]:
        return tuple(Problem.from_dict(p) for p in items)

    return ThesaurusData(
        concepts=tuple(concept(c) for c in raw["concepts"]),
        groups=tuple(GroupRecord(**{**g, "members": tuple(g["members"])}) for g in raw["groups"]),
        warnings=problems(raw["warnings"]),
        skipped=problems(raw["skipped"]),
    )


def main(argv: list[str]) -> int:
    _limit_memory()
    path, lenient = Path(argv[0]), "--lenient" in argv[1:]
    try:
        data = load_skos(path, lenient=lenient)
    except KbError as err:
        problems = [p.to_dict() for p in getattr(err, "problems", [])]
        reply = {"error": err.code, "params": err.params, "problems": problems}
        json.dump(reply, sys.stdout, default=str)
        return 0
    json.dump(asdict(data), sys.stdout, ensure_ascii=False, default=str)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
