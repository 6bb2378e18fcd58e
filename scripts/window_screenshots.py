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
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kb_app.core.library import Library  # noqa: E402
from kb_app.gui.language import install_translators  # noqa: E402
from kb_app.gui.main_window import MainWindow  # noqa: E402
from kb_app.gui.models.roles import KEY_ROLE  # noqa: E402


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
        window.close()
        library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
