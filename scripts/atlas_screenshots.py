"""Screenshots of the relational atlas (and the glossary) for docs/, from the real window.

Run under an X server of the wanted size, e.g. with Xvfb:

    Xvfb :97 -screen 0 1400x900x24 &  DISPLAY=:97 .venv/bin/python scripts/atlas_screenshots.py
    (an argument « en » takes them in English: docs/screenshot-atlas-WxH-en.png)

A new library seeded with the course is made in a temporary folder; the window opens on it,
shows the atlas (Aller › Atlas relationnel), lists the fiches of its fullest cell in the
results, and the screen is saved as ``docs/screenshot-atlas-WxH.png``; then the glossary is
shown and saved as ``docs/screenshot-glossary-WxH.png``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kb_app.core.library import Library  # noqa: E402
from kb_app.gui.language import install_translators  # noqa: E402
from kb_app.gui.main_window import MainWindow  # noqa: E402


def spin(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    app = QApplication(sys.argv[:1])
    language = sys.argv[1] if len(sys.argv) > 1 else "fr"
    install_translators(app, language)
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        library = Library.open(Path(tmp) / "library")
        window = MainWindow()
        window.show()
        window.attach_library(library)
        spin(app, 5)
        window.commands["atlas"].trigger()
        spin(app, 2)
        view = window.atlas_view
        atlas = view.atlas
        if atlas is None or not atlas.cells:
            print("the library has no atlas (no axes in its thesaurus)", file=sys.stderr)
            return 1
        fullest = max(atlas.cells, key=lambda c: c.count)
        row = [c.key for c in atlas.components].index(fullest.component)
        column = [a.key for a in atlas.angles].index(fullest.angle)
        view.table.setCurrentCell(row, column)
        view.table.setFocus()
        view.list_button.click()
        spin(app, 2)
        screen = app.primaryScreen()
        size = screen.size()
        suffix = "" if language == "fr" else f"-{language}"
        for page, after in (("atlas", None), ("glossary", "glossary")):
            if after:
                window.commands[after].trigger()
                spin(app, 2)
            name = f"screenshot-{page}-{size.width()}x{size.height()}{suffix}.png"
            target = ROOT / "docs" / name
            screen.grabWindow(0).save(str(target))
            print(f"{target.relative_to(ROOT)}")
        print(f"fullest cell: {fullest.component} × {fullest.angle}, {fullest.count} fiche(s)")
        window.close()
        library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
