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

from PySide6.QtWidgets import QApplication
from screens import ROOT, seeded_window, spin  # scripts/screens.py


def main() -> int:
    language = sys.argv[1] if len(sys.argv) > 1 else "fr"
    with seeded_window(language) as window:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
