"""Check the frozen build end to end (`make dist-check`, run by .ci/run after `make test`).

    python scripts/check_dist.py [--rebuild] [--runs N]

Builds dist/ with scripts/build_dist.py unless its tarball is newer than every source, then
runs the frozen programs on a NEW library in a temporary folder: ``kb --json stats``, a search,
a citation, a BibTeX and a SKOS import (files from tests/data; the SKOS file is read by the
bundle's own capped child process), ``kb reindex --procs 2`` (worker processes of a frozen
program), a search finding an imported entry, and ``kb-app`` offscreen until its first results
are listed (``KB_QUIT_WHEN_READY=1``: it prints « ready: … » and closes), which must exit 0 with
no traceback. Each step asserts
real outputs; any failure exits 1 naming the step.

Then prints the figures: build time, folder and tarball sizes, and the window's cold start
(process start to first results listed, median of N runs on the same library) frozen vs from
the virtual environment (``python -m kb_app.launcher gui``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_dist

ROOT = build_dist.ROOT
DATA = ROOT / "tests" / "data"
BIBTEX = DATA / "bibtex" / "latexhumain-biblio_exemple.bib"
SKOS = DATA / "skos" / "skosmos-collation.ttl"
READY = "ready: "  # kb_app.gui.app.QUIT_WHEN_READY's line


class Failed(Exception):
    pass


def check(condition: bool, step: str, detail: object) -> None:
    if not condition:
        raise Failed(f"{step}: {detail}")


class Frozen:
    def __init__(self, folder: Path, home: Path) -> None:
        self.folder = folder
        self.library = home / "library"
        self.env = {
            **os.environ,
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "KB_LIBRARY": str(self.library),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
        }
        self.env.pop("PYTHONPATH", None)  # nothing of the checkout may leak into the bundle
        self.env.pop("KB_RESOURCES", None)

    def kb(self, *args: str, timeout: float = 300) -> Any:
        command = [str(self.folder / "kb"), "--json", *args]
        done = subprocess.run(
            command, capture_output=True, text=True, env=self.env, timeout=timeout, check=False
        )
        step = "kb " + " ".join(args)
        check(done.returncode == 0, step, f"exit {done.returncode}\n{done.stderr}{done.stdout}")
        check("Traceback" not in done.stderr, step, done.stderr)
        return json.loads(done.stdout)


def window_start(command: list[str], env: dict[str, str], step: str) -> float:
    """Seconds from process start to the first results listed (the « ready » line read from
    its standard output); the window then closes by itself, cleanly."""
    env = {**env, "KB_QUIT_WHEN_READY": "1"}
    with tempfile.TemporaryFile("w+") as errors:
        started = time.perf_counter()
        with subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=errors, text=True, env=env
        ) as proc:
            assert proc.stdout is not None
            ready, lines = None, []
            timer = threading.Timer(120, proc.kill)  # a window that never gets ready
            timer.start()
            try:
                for line in proc.stdout:
                    lines.append(line)
                    if ready is None and line.startswith(READY):
                        ready = time.perf_counter() - started
                code = proc.wait()
            finally:
                timer.cancel()
        errors.seek(0)
        stderr = errors.read()
    check(code == 0, step, f"exit {code}\n{stderr}")
    check("Traceback" not in stderr, step, stderr)
    check(ready is not None, step, f"no « {READY}» line in {''.join(lines)!r}")
    assert ready is not None
    return ready


def check_contents(folder: Path) -> None:
    """What the spec keeps and what it trims, as files in the folder."""
    names = {p.name for p in folder.rglob("*")}
    for needed in (
        "libqxcb.so",
        "libqwayland.so",
        "libqoffscreen.so",
        "qtbase_fr.qm",
        "kb_app_fr.qm",
        "thesaurus.ttl",
        "schema.sql",
        "0001_initial_schema.py",
        f"{build_dist.APP_ID}-64.png",  # the window's icon (resources/icons)
    ):
        check(needed in names, "bundle contents", f"{needed} missing")
    # « À propos » names each library's version and licence from its metadata
    for distribution in ("pyside6_essentials", "sqlalchemy", "whoosh3", "citeproc_py"):
        found = any(
            n.lower().startswith(distribution + "-") and n.endswith(".dist-info") for n in names
        )
        check(found, "bundle contents (metadata for « À propos »)", f"{distribution} missing")
    unwanted = [
        n
        for n in names
        if any(
            part in n
            for part in ("Qt6Qml", "Qt6Quick", "WebEngine", "Qt63D", "Qt6Multimedia", "libqgtk3")
        )
    ]
    check(not unwanted, "bundle contents (nothing Qt Quick/QML/WebEngine/3D)", unwanted)
    print(
        "  bundle: xcb, wayland, offscreen; Qt and kb_app catalogues; no Qt Quick/QML/WebEngine/3D"
    )


def run_checks(app: Frozen) -> None:
    stats = app.kb("stats")
    check(stats["total_fiches"] > 0 and isinstance(stats["schema_version"], int), "kb stats", stats)
    check(Path(stats["library"]) == app.library, "kb stats", stats["library"])
    seeded = stats["total_fiches"]
    print(f"  new library, seeded: {seeded} fiches, schema {stats['schema_version']}")

    found = app.kb("search", "gouvernance")
    check(found["total"] > 0 and found["hits"], "kb search", found)
    first = found["hits"][0]["id"]
    print(f"  search « gouvernance »: {found['total']} hits")

    cited = app.kb("cite", first)
    check(len(cited["text"]) > 20, "kb cite", cited)
    print(f"  cite {first}: {cited['text'][:70]}…")

    bib = app.kb("import", str(BIBTEX))
    check(
        bib["format"] == "bibtex" and bib["imported"] > 0 and not bib["errors"],
        "kb import (BibTeX)",
        bib,
    )
    print(f"  import {BIBTEX.name}: {bib['imported']} imported")

    before = app.kb("stats")["concepts"]
    skos = app.kb("import", str(SKOS))
    after = app.kb("stats")["concepts"]
    check(after > before, "kb import (SKOS, frozen child process)", (before, after, skos))
    print(f"  import {SKOS.name}: concepts {before} -> {after}")

    total = app.kb("stats")["total_fiches"]
    check(total == seeded + bib["imported"], "kb stats after imports", (seeded, bib, total))
    reindexed = app.kb("reindex", "--procs", "2")
    check(
        reindexed["state"] == "ready" and reindexed["indexed"] == total,
        "kb reindex --procs 2",
        (reindexed, total),
    )
    print(f"  reindex --procs 2: {reindexed['indexed']} fiches in {reindexed['seconds']} s")

    again = app.kb("search", "hébreu biblique")  # « Grammaire élémentaire de l'hébreu biblique »
    titles = [hit["title"] for hit in again["hits"]]
    check(any("hébreu" in title for title in titles), "kb search after reindex", again)

    seconds = window_start([str(app.folder / "kb-app")], app.env, "kb-app offscreen")
    print(f"  kb-app offscreen: first results listed after {seconds:.2f} s, clean exit")


def install_round_trip(tmp: Path) -> None:
    """The tarball's install.sh for a user whose home is ``tmp/home``, then its uninstall.sh."""
    home = tmp / "home"
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / ".local" / "share")}
    env["KB_LIBRARY"] = str(tmp / "installed-library")
    subprocess.run(["tar", "-C", str(tmp), "-xzf", str(build_dist.tarball())], check=True)
    done = subprocess.run(
        ["sh", str(tmp / "kb_app" / "install.sh")], env=env, capture_output=True, text=True
    )
    check(done.returncode == 0, "install.sh", done.stderr)
    linked = home / ".local" / "bin" / "kb"
    version = subprocess.run(
        [str(linked), "--version"], env=env, capture_output=True, text=True, check=False
    )
    check(version.stdout.startswith("kb "), "~/.local/bin/kb --version", version)
    check((home / ".local" / "bin" / "kb-app").is_symlink(), "install.sh", "no kb-app link")
    installed = home / ".local" / "opt" / "kb_app"
    done = subprocess.run(
        ["sh", str(installed / "uninstall.sh")], env=env, capture_output=True, text=True
    )
    check(done.returncode == 0, "uninstall.sh", done.stderr)
    # what stays: empty folders and the caches the desktop tools rebuild (update-mime-database,
    # update-desktop-database's mimeinfo.cache, gtk-update-icon-cache), none of them ours
    caches = {"mimeinfo.cache", "icon-theme.cache"}
    left = [
        p
        for p in home.rglob("*")
        if p.is_file() and "mime" not in p.relative_to(home).parts and p.name not in caches
    ]
    check(not installed.exists() and not linked.is_symlink() and not left, "uninstall.sh", left)
    print(f"  install.sh then uninstall.sh for a user: {version.stdout.strip()}, nothing left")


def cold_starts(app: Frozen, runs: int) -> tuple[list[float], list[float]]:
    frozen, venv = [], []
    unfrozen_env = {**app.env, "PYTHONPATH": str(ROOT)}
    unfrozen = [sys.executable, "-m", "kb_app.launcher", "gui"]
    for n in range(runs):  # alternated, so that both meet the same warm disk cache
        frozen.append(window_start([str(app.folder / "kb-app")], app.env, f"kb-app run {n}"))
        venv.append(window_start(unfrozen, unfrozen_env, f"venv kb gui run {n}"))
    return frozen, venv


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="build even if dist/ is current")
    parser.add_argument("--runs", type=int, default=3, help="cold starts measured (each way)")
    args = parser.parse_args()
    if args.rebuild or not build_dist.is_current():
        print("building dist/ …", flush=True)
        build_dist.build()
    else:
        print("dist/ is newer than its sources: reused")
    info = json.loads((build_dist.DIST / "build-info.json").read_text("utf-8"))
    with tempfile.TemporaryDirectory(prefix="kb-dist-check-") as tmp:
        app = Frozen(build_dist.FOLDER, Path(tmp))
        try:
            print("frozen programs on a new library:")
            check_contents(app.folder)
            run_checks(app)
            install_round_trip(Path(tmp))
            frozen, venv = cold_starts(app, args.runs)
        except (Failed, subprocess.TimeoutExpired, json.JSONDecodeError, KeyError) as exc:
            print(f"dist-check FAILED: {exc}", file=sys.stderr)
            return 1
    print("figures:")
    build_dist.report(info)
    print(
        f"cold start to first results listed (median of {args.runs}, same library): "
        f"frozen {statistics.median(frozen):.2f} s, venv {statistics.median(venv):.2f} s "
        f"(frozen {', '.join(f'{s:.2f}' for s in frozen)}; "
        f"venv {', '.join(f'{s:.2f}' for s in venv)})"
    )
    print("dist-check: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
