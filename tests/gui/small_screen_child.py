"""The window on a small screen, in its own process (the offscreen platform's screen size is
fixed when the application starts):

    QT_QPA_PLATFORM=offscreen:configfile=screen.json python -m tests.gui.small_screen_child \
        LIBRARY SETTINGS_DIR BIB_FILE

Opens the window on LIBRARY as a first run would (no saved geometry), measures it, opens
every dialog the window offers, and prints one JSON object: the screen's free area, the
window's frame, the widgets found outside the window, the reader's width, and each dialog's
size and minimum size.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def in_scrolled_content(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area's viewport: placed by scrolling, not by the window's layout."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            return True
        parent = area
    return False


def outside(top: QWidget) -> list[str]:
    """Visible widgets of ``top`` that are not wholly inside it."""
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or in_scrolled_content(widget, top):
            continue
        place = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
        if not top.rect().contains(place):
            name = widget.objectName() or type(widget).__name__
            found.append(f"{name} {rect(place)}")
    return found


def main(argv: list[str]) -> int:
    folder, settings_dir, bib = argv[1], argv[2], argv[3]
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    app = QApplication(argv[:1])
    from kb_app.core.library import Library
    from kb_app.gui.links import concept_url, fiche_url
    from kb_app.gui.main_window import MainWindow

    library = Library.open(folder)
    window = MainWindow()
    window.show()

    def idle() -> None:
        quiet = 0
        deadline = time.monotonic() + 60
        while quiet < 5 and time.monotonic() < deadline:
            app.processEvents()
            quiet = quiet + 1 if window.host.busy == 0 else 0
            time.sleep(0.02)

    window.attach_library(library)
    idle()
    result: dict[str, Any] = {
        "available": rect(window.screen().availableGeometry()),
        "frame": rect(window.frameGeometry()),
        "maximized": window.isMaximized(),
        "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
        "outside": outside(window),
        "reader": window.stack.width(),
        "splitter": window.splitter.sizes(),
        "dialogs": {},
    }
    window.navigator.go(fiche_url(library.list_fiches("case")[0].key))
    idle()

    def measure(name: str) -> None:
        for top in app.topLevelWidgets():
            if top is window or not top.isVisible():
                continue
            hint = top.minimumSizeHint()  # a QWizard has none: the minimum it sets itself
            if not hint.isValid():
                hint = top.minimumSize()
            result["dialogs"][name] = {
                "class": type(top).__name__,
                "size": [top.width(), top.height()],
                "minimum": [hint.width(), hint.height()],
                "outside": outside(top),
            }
            top.close()
            idle()

    for name in (
        "export_data",
        "new",
        "edit",
        "trash",
        "new_concept",
        "compare",
        "duplicates",
        "thesaurus",
        "quality",
        "restore_backup",
        "shortcuts",
    ):
        window.commands[name].trigger()
        idle()
        measure(name)
    window.commands["import"].trigger()
    idle()
    wizard = window.librarian.wizard
    assert wizard is not None
    wizard.source.path.setText(bib)
    wizard.next()  # the preview: the widest page
    idle()
    measure("import")
    window.navigator.go(concept_url(library.concept_tree()[0].key))
    idle()
    window.commands["edit_concept"].trigger()
    idle()
    measure("edit_concept")
    references = [f.key for f in library.list_fiches("reference")]
    window.librarian.merge(references[0], references[1])
    idle()
    measure("merge")
    window.librarian.bibliography(references[:3], "Bibliographie")
    idle()
    measure("bibliography")
    window.resize(window.screen().availableGeometry().size())  # maximised by hand
    idle()
    result["full"] = {"outside": outside(window), "reader": window.stack.width()}
    print(json.dumps(result), flush=True)
    window.close()
    idle()
    library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
