"""Render kb_app's icon from its SVG source into every file the platforms want.

    python scripts/build_icons.py          # writes the files below (then commit them)
    python scripts/build_icons.py --check  # fails when a committed file is out of date

From ``packaging/icons/io.github.kb_app.KbApp.svg`` (drawn for kb_app):
- ``packaging/icons/hicolor/<N>x<N>/apps/io.github.kb_app.KbApp.png`` for the freedesktop icon
  theme, and ``hicolor/scalable/apps/`` for the SVG itself;
- ``packaging/icons/kb_app.ico`` (Windows) and ``packaging/icons/kb_app.icns`` (macOS), written by
  Pillow;
- ``resources/icons/io.github.kb_app.KbApp-<N>.png``: what the window shows (``setWindowIcon``).

Rendering is QtSvg's (PySide6, offscreen), so no new dependency is needed.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from kb_app.appinfo import APP_ID  # noqa: E402

SOURCE = ROOT / "packaging" / "icons" / f"{APP_ID}.svg"
HICOLOR = ROOT / "packaging" / "icons" / "hicolor"
RUNTIME = ROOT / "resources" / "icons"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
RUNTIME_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZE = 1024  # Pillow derives the smaller ICNS members from it


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The icon at ``size`` pixels, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
    return bytes(buffer.data().data())


def outputs() -> dict[Path, bytes]:
    """Every file this script writes, with its content."""
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"build_icons: {SOURCE} is not a valid SVG")
    sizes = sorted({*HICOLOR_SIZES, *RUNTIME_SIZES, ICNS_SIZE})
    pngs = {size: render(renderer, size) for size in sizes}
    files: dict[Path, bytes] = {}
    for size in HICOLOR_SIZES:
        files[HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = pngs[size]
    files[HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"] = SOURCE.read_bytes()
    for size in RUNTIME_SIZES:
        files[RUNTIME / f"{APP_ID}-{size}.png"] = pngs[size]
    ico = io.BytesIO()
    # Each size from its own rendering (crisper than Pillow's downscaling of the largest).
    frames = [Image.open(io.BytesIO(pngs[s])) for s in ICO_SIZES]
    frames[-1].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=frames)
    files[ROOT / "packaging" / "icons" / "kb_app.ico"] = ico.getvalue()
    icns = io.BytesIO()
    Image.open(io.BytesIO(pngs[ICNS_SIZE])).save(icns, format="ICNS")
    files[ROOT / "packaging" / "icons" / "kb_app.icns"] = icns.getvalue()
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a file is out of date")
    args = parser.parse_args()
    app = QGuiApplication(sys.argv[:1])
    files = outputs()
    del app
    stale = [path for path, data in files.items() if not path.exists() or path.read_bytes() != data]
    if args.check:
        for path in stale:
            print(f"build_icons: out of date: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(files[path])
        print(f"wrote {path.relative_to(ROOT)} ({len(files[path])} bytes)")
    print(f"build_icons: {len(files)} files, {len(stale)} written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
