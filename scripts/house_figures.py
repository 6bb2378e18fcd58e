"""Figures of the house's structure (the « One house » issue's before/after table).

    python scripts/house_figures.py [ROOT]      # ROOT: a checkout (default: this one)

Prints: classes ``Library`` inherits from, index-notification call sites, imports from
``cli``/``gui`` into core modules other than the public ones, the five largest modules, and
``mypy kb_app/gui`` error count (with the checkout's own mypy configuration).
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.test_architecture import PUBLIC_CORE  # the one list of public modules

PUBLIC = tuple(PUBLIC_CORE)


def library_bases(root: Path) -> int:
    for path in (root / "kb_app/core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and node.name == "Library":
                return len(node.bases)
    return -1


def notify_sites(root: Path) -> int:
    pattern = re.compile(r"\._changed\(\)|@changes_index")
    return sum(
        len(pattern.findall(p.read_text(encoding="utf-8"))) for p in (root / "kb_app").rglob("*.py")
    )


def cross_layer_imports(root: Path) -> int:
    count = 0
    for layer in ("cli", "gui"):
        for path in (root / "kb_app" / layer).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                    "kb_app.core"
                ):
                    module = node.module or ""
                    if module == "kb_app.core":
                        names = [f"kb_app.core.{a.name}" for a in node.names]
                        count += sum(1 for n in names if n not in PUBLIC)
                    elif not module.startswith(PUBLIC) or module.startswith("kb_app.core.library."):
                        count += 1
    return count


def largest(root: Path, n: int = 5) -> list[tuple[int, str]]:
    sizes = [
        (len(p.read_text(encoding="utf-8").splitlines()), str(p.relative_to(root)))
        for p in (root / "kb_app").rglob("*.py")
        if "migrations" not in p.parts
    ]
    return sorted(sizes, reverse=True)[:n]


def gui_mypy_errors(root: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "kb_app/gui"],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    last = (done.stdout.strip().splitlines() or ["?"])[-1]
    found = re.search(r"Found (\d+) error", last)
    return found.group(1) if found else ("0" if last.startswith("Success") else last)


def main() -> None:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    print(f"checkout: {root}")
    print(f"Library base classes (mixins): {library_bases(root)}")
    print(f"index notification call sites: {notify_sites(root)}")
    print(f"cli/gui imports of non-public core modules: {cross_layer_imports(root)}")
    print(f"mypy errors in kb_app/gui: {gui_mypy_errors(root)}")
    print("largest modules:")
    for lines, name in largest(root):
        print(f"  {lines:5d}  {name}")


if __name__ == "__main__":
    main()
