"""Screenshots of the results table for docs/, taken from the real window (not a test).

Run under an X server of the wanted size, e.g. with Xvfb:

    Xvfb :97 -screen 0 1400x900x24 &  DISPLAY=:97 .venv/bin/python scripts/window_screenshots.py
    Xvfb :98 -screen 0 1024x768x24 &  DISPLAY=:98 .venv/bin/python scripts/window_screenshots.py
    (an argument « en » takes them in English: docs/screenshot-table-WxH-en.png)

A new library seeded with the course is made in a temporary folder; the window opens on it at
its first-run size for the screen, lists every fiche, selects the references of the course
by Pierre Calame with Ctrl-clicks, opens the right-click menu on them, and the whole screen
(window and menu) is saved as ``docs/screenshot-table-WxH.png``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication
from screens import ROOT, seeded_window, spin  # scripts/screens.py

from kb_app.gui.models.roles import KEY_ROLE


def main() -> int:
    language = sys.argv[1] if len(sys.argv) > 1 else "fr"
    with seeded_window(language) as window:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        spin(app, 5)
        view, model = window.results_view, window.results
        wanted = [
            row
            for row in range(model.rowCount())
            if str(model.index(row, 0).data(KEY_ROLE)).startswith("ref-calame")
        ]
        if len(wanted) < 2:
            print("fewer than two references by Calame in the results", file=sys.stderr)
            return 1
        selection = view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        view.setCurrentIndex(model.index(wanted[0], 0))
        for row in wanted[1:]:
            selection.select(model.index(row, 0), flags.Select | flags.Rows)
        spin(app, 1.5)
        rect = view.visualRect(model.index(wanted[-1], 0))
        window.bulk.menu_for_results(rect.center())
        spin(app, 1.5)
        screen = app.primaryScreen()
        size = screen.size()
        suffix = "" if language == "fr" else f"-{language}"
        name = f"screenshot-table-{size.width()}x{size.height()}{suffix}.png"
        target = ROOT / "docs" / name
        screen.grabWindow(0).save(str(target))
        print(f"{target.relative_to(ROOT)}: {len(wanted)} fiches selected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
