"""Desktop integration (packaging/linux, packaging/icons): one application id everywhere,
files the freedesktop validators accept, icons that are the SVG's renderings, and
`make install-desktop` / `uninstall-desktop` for the current user.

The validators are installed by scripts/bootstrap-system.sh: a machine without them fails
here instead of skipping, so that CI cannot pass without having validated.
"""

from __future__ import annotations

import configparser
import json
import os
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kb_app.appinfo import APP_ID, version

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "packaging" / "icons"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def listed(value: str) -> list[str]:
    return [v for v in value.split(";") if v]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def window_identity() -> dict[str, object]:
    """What the window's QApplication says about itself (in a child: a fresh QApplication)."""
    code = (
        "import json; from kb_app.gui.app import application; a = application(); "
        "print(json.dumps({'desktop': a.desktopFileName(), 'name': a.applicationName(), "
        "'icon': sorted(s.width() for s in a.windowIcon().availableSizes())}))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_one_application_id_everywhere() -> None:
    entry = desktop_entry()
    metainfo = ET.parse(METAINFO).getroot()
    assert entry["Icon"] == APP_ID
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert metainfo.findtext("icon[@type='stock']") == APP_ID
    for size in SIZES:
        png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(png) == (size, size)
    assert (ICONS / f"{APP_ID}.svg").is_file()
    window = window_identity()
    assert window["desktop"] == APP_ID
    # On X11, Qt names the window's class after the application: the desktop file matches it
    assert entry["StartupWMClass"] == window["name"]
    assert window["icon"] == [16, 24, 32, 48, 64, 128, 256]


def test_desktop_file_and_metainfo_say_the_same() -> None:
    entry = desktop_entry()
    metainfo = ET.parse(METAINFO).getroot()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert entry["Exec"].split()[0] in scripts["gui-scripts"]
    binaries = {b.text for b in metainfo.iter("binary")}
    assert binaries == {*scripts["scripts"], *scripts["gui-scripts"]}
    types = set(listed(entry["MimeType"]))
    assert types == {m.text for m in metainfo.iter("mediatype")}
    assert {"text/x-bibtex", "application/x-research-info-systems"} <= types
    assert listed(entry["Categories"]) == [c.text for c in metainfo.iter("category")]
    # the one type shared-mime-info lacks is defined by the shipped MIME package
    ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
    defined = {t.get("type"): t for t in ET.parse(MIME).getroot().iter(f"{ns}mime-type")}
    assert set(defined) == {"application/x-research-info-systems"}
    assert defined["application/x-research-info-systems"].find(f"{ns}glob").get("pattern") == (
        "*.ris"
    )
    releases = [r.get("version") for r in metainfo.iter("release")]
    assert releases[0] == version()
    for key in ("Name", "GenericName", "Comment"):  # French and English
        assert entry[f"{key}[fr]"]
        assert entry[key]


def tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: apt-get install {package} (scripts/bootstrap-system.sh)")
    return found


def test_the_validators_accept_both_files() -> None:
    done = subprocess.run(
        [tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout
    done = subprocess.run(
        [tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_committed_icons_are_the_svgs_renderings() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_icons.py"), "--check"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_install_and_uninstall_for_the_current_user(tmp_path: Path) -> None:
    data = tmp_path / "share"
    make = tool("make", "make")
    common = [make, "-s", "-C", str(ROOT), f"DESKTOP_DATA={data}", "KB_APP_EXEC=/opt/kb/kb-app"]
    subprocess.run([*common, "install-desktop"], check=True, capture_output=True)
    installed = data / "applications" / DESKTOP.name
    entry = installed.read_text(encoding="utf-8")
    assert "Exec=/opt/kb/kb-app %F" in entry
    assert "TryExec=/opt/kb/kb-app" in entry
    assert (data / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    assert (data / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    for size in SIZES:
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    subprocess.run([*common, "uninstall-desktop"], check=True, capture_output=True)
    left = {p.name for p in data.rglob("*") if p.is_file() and APP_ID in p.name}
    assert left == set()
