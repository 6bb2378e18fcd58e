"""Screenshots for the user guide (docs/guide/*.png), taken from the real window (not a test).

``make screenshots`` runs it under an X server of 1400x900 (its own Xvfb when there is no
DISPLAY); by hand:

    Xvfb :95 -screen 0 1400x900x24 &  DISPLAY=:95 .venv/bin/python scripts/guide_screenshots.py

A new library seeded with the course is made in a temporary folder, the window opens on it,
and each step below drives the window as a user would, then saves the whole screen (the
window and any dialog over it). Steps that need a feature look its action up by name; when
the action is missing the step is reported and the script exits with status 1 after the
other screenshots are taken, so a missing feature is never silently left out of the guide.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from screens import ROOT, seeded_window, spin  # scripts/screens.py

from kb_app.gui.links import concept_url, fiche_url
from kb_app.gui.main_window import MainWindow

OUT = ROOT / "docs" / "guide"
PORTO = "case-porto-alegre-budget-participatif"
GENRO = "ref-genro-desouza-1998-budget-participatif"
DOSSIER = "dossier-cnfpt-2016-gestion-territoriale-relations"
CONCEPT_LABEL = "démocratie participative"
BIBTEX = ROOT / "tests" / "data" / "bibtex" / "latexhumain-biblio_exemple.bib"


class StepFailed(Exception):
    """A step could not do what it shows: the feature is missing or did not answer."""


class Shooter:
    def __init__(self, app: QApplication, window: MainWindow) -> None:
        self.app = app
        self.window = window

    def spin(self, seconds: float) -> None:
        spin(self.app, seconds)

    def idle(self, timeout: float = 60) -> None:
        """Until every queued library call has finished and its result was handled."""
        end = time.monotonic() + timeout
        for _ in range(2):  # a result may start another call (debounce, snippets)
            self.spin(0.3)
            while self.window.host.busy:
                if time.monotonic() > end:
                    raise StepFailed(f"the library is still busy after {timeout} s")
                self.spin(0.05)
        self.spin(0.5)

    def action(self, name: str) -> None:
        """Trigger the window's action ``name``; a missing one fails the step."""
        if name not in self.window.commands.names():
            raise StepFailed(f"the window has no action « {name} »: the feature is missing")
        self.window.commands[name].trigger()
        self.idle()

    def save(self, name: str) -> Path:
        target = OUT / f"{name}.png"
        self.spin(0.5)
        self.app.primaryScreen().grabWindow(0).save(str(target))
        return target

    def search(self, text: str) -> None:
        bar = self.window.search_bar
        bar.setFocus()
        bar.setText(text)
        self.idle()


def step_search(s: Shooter) -> str:
    s.search("budget participatif")
    if s.window.results.rowCount() == 0:
        raise StepFailed("the search « budget participatif » listed nothing")
    s.window.results_view.setCurrentIndex(s.window.results.index(0, 0))
    s.idle()
    return f"{s.window.results.rowCount()} results"


def step_typo(s: Shooter) -> str:
    s.search("budjet participatif")
    said = s.window.results_label.text()
    if "budget participatif" not in said:
        raise StepFailed(f"« budjet participatif » was not corrected (the list says « {said} »)")
    return said


def _concept_key(s: Shooter) -> str:
    holder: list[str] = []
    s.window.host.run(
        lambda lib: lib.concept(CONCEPT_LABEL).key, holder.append, lambda e: holder.append("")
    )
    s.idle()
    if not holder or not holder[0]:
        raise StepFailed(f"no concept « {CONCEPT_LABEL} » in the thesaurus")
    return holder[0]


def step_concept(s: Shooter) -> str:
    s.search("")
    key = _concept_key(s)
    s.window.navigator.go(concept_url(key))
    s.idle()
    if s.window.navigator.concept is None:
        raise StepFailed(f"the concept page of {key} did not open")
    return key


def step_case(s: Shooter) -> str:
    s.window.navigator.go(fiche_url(PORTO))
    s.idle()
    return PORTO


def step_basket(s: Shooter) -> str:
    for key in (PORTO, GENRO, DOSSIER):
        s.window.navigator.go(fiche_url(key))
        s.idle()
        s.action("basket_add")
    s.action("tab_basket")
    s.action("basket_bibliography")
    dialog = s.window.librarian.bibliography_dialog
    if dialog is None or not dialog.isVisible():
        raise StepFailed("the basket's bibliography dialog did not open")
    s.idle()
    return f"{s.window.basket.model.rowCount()} fiches in the basket"


def close_bibliography(s: Shooter) -> None:
    dialog = s.window.librarian.bibliography_dialog
    if dialog is not None:
        dialog.close()
    s.spin(0.3)


def step_import(s: Shooter) -> str:
    s.action("import")
    wizard = s.window.librarian.wizard
    if wizard is None or not wizard.isVisible():
        raise StepFailed("the import wizard did not open")
    wizard.source.path.setText(str(BIBTEX))
    s.spin(0.5)
    wizard.next()
    s.idle()
    page = wizard.preview
    if page.report is None:
        raise StepFailed(f"the import preview of {BIBTEX.name} shows no report")
    # the entry flagged as a likely duplicate, selected: its choice (import, skip, merge) shows
    flagged = [row for row, entry in enumerate(page.report.entries) if entry.likeness is not None]
    if flagged:
        page.entries_view.setCurrentIndex(page.entries.index(flagged[0], 0))
        page.entries_view.scrollTo(page.entries.index(flagged[0], 0))
    return f"{BIBTEX.name}: {page.report.found} entries, {len(flagged)} flagged"


def close_import(s: Shooter) -> None:
    wizard = s.window.librarian.wizard
    if wizard is not None:
        wizard.reject()
    s.spin(0.3)


def step_citation(s: Shooter) -> str:
    s.window.navigator.go(fiche_url(GENRO))
    s.idle()
    s.window.librarian_tools.fiche_tools.locator_edit.setText("p. 12")
    s.action("cite_in_text")
    message = s.window.statusBar().currentMessage()
    if not message:
        raise StepFailed("the in-text citation said nothing in the status bar")
    return message


def step_welcome(s: Shooter) -> str:
    s.action("welcome")
    return "Aide › Page d'accueil"


def step_atlas(s: Shooter) -> str:
    s.action("atlas")
    return "Aller › Atlas relationnel"


STEPS: list[tuple[str, Callable[[Shooter], str], Callable[[Shooter], None] | None]] = [
    ("recherche", step_search, None),
    ("correction", step_typo, None),
    ("concept", step_concept, None),
    ("cas", step_case, None),
    ("panier-bibliographie", step_basket, close_bibliography),
    ("import-apercu", step_import, close_import),
    ("citation", step_citation, None),
    ("accueil", step_welcome, None),
    ("atlas", step_atlas, None),
]


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    only = set(sys.argv[1:])
    failed: list[str] = []
    with seeded_window("fr", fill_screen=True) as window:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        shooter = Shooter(app, window)
        shooter.spin(3)
        shooter.idle()
        for name, step, after in STEPS:
            if only and name not in only:
                continue
            try:
                what = step(shooter)
            except StepFailed as exc:
                failed.append(f"{name}: {exc}")
                print(f"FAILED {name}: {exc}", file=sys.stderr)
                continue
            target = shooter.save(name)
            print(f"{target.relative_to(ROOT)}: {what}")
            if after is not None:
                after(shooter)
            focus: QWidget | None = app.activeModalWidget()
            if focus is not None:
                focus.close()
    if failed:
        print("guide screenshots missing:\n  " + "\n  ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
