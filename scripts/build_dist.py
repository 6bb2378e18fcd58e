"""Build the one-folder distribution and its tarball (`make dist`).

    python scripts/build_dist.py

Runs PyInstaller on ``packaging/kb_app.spec`` (``dist/kb_app/`` with ``kb`` and ``kb-app``),
adds ``install.sh``/``uninstall.sh`` and, under ``share/``, what exists of the desktop
integration (``packaging/linux/``: desktop file, metainfo, MIME type for .ris;
``packaging/icons/hicolor/``: icons) and of the command-line
documentation (``scripts/build_cli_docs.py``: man page, bash and zsh completions), then
writes ``dist/kb_app-<version>-linux-<machine>.tar.gz``. Prints the build time and the sizes;
``dist/build-info.json`` keeps them for ``scripts/check_dist.py``.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from kb_app.appinfo import APP_ID  # noqa: E402

DIST = ROOT / "dist"
FOLDER = DIST / "kb_app"
LINUX = ROOT / "packaging" / "linux"
# what the build depends on: a newer file here means the folder is stale
SOURCES = ("kb_app", "resources", "schema", "packaging", "pyproject.toml")


def version() -> str:
    """kb_app.__version__, the one version (pyproject.toml reads it too)."""
    sys.path.insert(0, str(ROOT))
    from kb_app import __version__

    return __version__


def tarball() -> Path:
    return DIST / f"kb_app-{version()}-linux-{platform.machine()}.tar.gz"


def newest_source() -> float:
    newest = 0.0
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else path.rglob("*")
        for file in files:
            if file.is_file() and "__pycache__" not in file.parts:
                newest = max(newest, file.stat().st_mtime)
    return newest


def is_current() -> bool:
    """The tarball exists and no source changed since its build started."""
    info = DIST / "build-info.json"
    if not (tarball().is_file() and info.is_file()):
        return False
    sources = json.loads(info.read_text("utf-8")).get("sources_mtime", 0.0)
    return bool(newest_source() <= sources)


def folder_size(path: Path) -> int:
    return sum(f.lstat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def _share() -> list[str]:
    """Desktop files, icons, metainfo, man page and completions into FOLDER/share (if any)."""
    share = FOLDER / "share"
    added = []
    copies = {
        LINUX / f"{APP_ID}.desktop": share / "applications" / f"{APP_ID}.desktop",
        LINUX / f"{APP_ID}.metainfo.xml": share / "metainfo" / f"{APP_ID}.metainfo.xml",
    }
    copies[LINUX / f"{APP_ID}.mime.xml"] = share / "mime" / "packages" / f"{APP_ID}.xml"
    for icons in (ROOT / "packaging" / "icons" / "hicolor", LINUX / "icons" / "hicolor"):
        for icon in icons.rglob(f"{APP_ID}.*") if icons.is_dir() else ():
            copies[icon] = share / "icons" / "hicolor" / icon.relative_to(icons)
    docs_script = ROOT / "scripts" / "build_cli_docs.py"
    if docs_script.is_file():
        out = DIST / "cli-docs"
        shutil.rmtree(out, ignore_errors=True)
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        subprocess.run([sys.executable, str(docs_script), str(out)], check=True, env=env)
        copies[out / "kb.1"] = share / "man" / "man1" / "kb.1"
        copies[out / "fr" / "kb.1"] = share / "man" / "fr" / "man1" / "kb.1"
        copies[out / "kb.bash"] = share / "bash-completion" / "completions" / "kb"
        copies[out / "_kb"] = share / "zsh" / "site-functions" / "_kb"
    for source, target in copies.items():
        if source.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
            added.append(str(target.relative_to(FOLDER)))
    return added


def build() -> dict[str, Any]:
    sources = newest_source()  # what this build sees: a later edit makes it stale
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(ROOT / "packaging" / "kb_app.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(ROOT / "packaging" / script, FOLDER / script)
    added = _share()
    built = time.perf_counter() - started
    target = tarball()
    # tar and gzip themselves: several times faster than tarfile on 200 MB
    subprocess.run(["tar", "-C", str(DIST), "-czf", str(target), "kb_app"], check=True)
    info = {
        "build_s": round(built, 1),
        "tarball_s": round(time.perf_counter() - started - built, 1),
        "folder_bytes": folder_size(FOLDER),
        "tarball_bytes": target.stat().st_size,
        "tarball": target.name,
        "share": added,
        "sources_mtime": sources,
    }
    (DIST / "build-info.json").write_text(json.dumps(info, indent=2) + "\n", "utf-8")
    return info


def report(info: dict[str, Any]) -> None:
    mb = 1024 * 1024
    shared = ", ".join(info["share"]) or "nothing (packaging/linux/ and build_cli_docs absent)"
    print(f"build (PyInstaller + share/): {info['build_s']} s; tarball: {info['tarball_s']} s")
    print(f"folder dist/kb_app: {info['folder_bytes'] / mb:.0f} MB")
    print(f"{info['tarball']}: {info['tarball_bytes'] / mb:.0f} MB")
    print(f"share/: {shared}")


if __name__ == "__main__":
    report(build())
