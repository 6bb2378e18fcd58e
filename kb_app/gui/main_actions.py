"""Menus, toolbar and keyboard shortcuts of the main window.

The tables name each action, its text and its shortcut; the slot of an action is given by
whoever owns the command (the window, the librarian's tools, the keeping of the library) when
it adds its table to ``WindowActions``. So this module knows no window class.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QMessageBox,
    QStyle,
    QToolBar,
    QToolButton,
    QWidget,
)

from kb_app.gui import settings
from kb_app.gui.about import show_about as about_dialog  # issue 14
from kb_app.gui.errors import open_log_folder
from kb_app.gui.translation import QT_TRANSLATE_NOOP

Keys = QKeySequence | QKeySequence.StandardKey | str | Sequence[QKeySequence | str]
Slot = Callable[[], object]

translate = QCoreApplication.translate
M = "MainWindow"  # the translation context of every action, menu and shortcut text
SK = QKeySequence.StandardKey
SP = QStyle.StandardPixmap


class ActionSpec(NamedTuple):
    name: str
    text: str  # untranslated (context « MainWindow »): translated when the action is made
    keys: Keys | None = None
    icon: QStyle.StandardPixmap | None = None


class WindowActions:
    """Every action of the window, by name (``commands["back"]``)."""

    def __init__(self, window: QWidget) -> None:
        self._window = window
        self._all: dict[str, QAction] = {}

    def __getitem__(self, name: str) -> QAction:
        return self._all[name]

    def names(self) -> list[str]:
        return list(self._all)

    def add_all(self, specs: Sequence[ActionSpec], slots: Mapping[str, Slot]) -> None:
        """One action per spec, triggering the slot of the same name (one slot per spec)."""
        if set(slots) != {spec.name for spec in specs}:
            raise ValueError(f"slots {sorted(slots)} do not match the specs")
        for spec in specs:
            self.add(spec, slots[spec.name])

    def add(self, spec: ActionSpec, slot: Slot) -> QAction:
        action = QAction(translate(M, spec.text), self._window)
        action.setObjectName(spec.name)
        if spec.icon is not None:
            action.setIcon(self._window.style().standardIcon(spec.icon))
        keys = spec.keys
        if isinstance(keys, (list, tuple)):
            action.setShortcuts([QKeySequence(k) for k in keys])
        elif isinstance(keys, QKeySequence.StandardKey):
            action.setShortcuts(keys)
        elif isinstance(keys, (QKeySequence, str)):
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        self._all[spec.name] = action
        return action


#: The window's own commands (the librarian's and the keeper's are in ``librarian_actions``).
WINDOW_SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("open", QT_TRANSLATE_NOOP("MainWindow", "Ouvrir une bibliothèque…"), SK.Open),
    ActionSpec("export", QT_TRANSLATE_NOOP("MainWindow", "Exporter le panier…")),
    ActionSpec("print", QT_TRANSLATE_NOOP("MainWindow", "Imprimer le panier…"), SK.Print),
    ActionSpec("quit", QT_TRANSLATE_NOOP("MainWindow", "Quitter"), SK.Quit),
    ActionSpec("undo", QT_TRANSLATE_NOOP("MainWindow", "Annuler"), SK.Undo),
    ActionSpec("redo", QT_TRANSLATE_NOOP("MainWindow", "Rétablir"), ("Ctrl+Shift+Z", "Ctrl+Y")),
    ActionSpec("new", QT_TRANSLATE_NOOP("MainWindow", "Nouvelle fiche…"), SK.New),
    ActionSpec("edit", QT_TRANSLATE_NOOP("MainWindow", "Modifier la fiche…"), "Ctrl+E"),
    ActionSpec(
        "delete", QT_TRANSLATE_NOOP("MainWindow", "Mettre la fiche à la corbeille"), "Ctrl+Del"
    ),
    ActionSpec("trash", QT_TRANSLATE_NOOP("MainWindow", "Corbeille…")),
    ActionSpec("new_concept", QT_TRANSLATE_NOOP("MainWindow", "Nouveau concept…")),
    ActionSpec("edit_concept", QT_TRANSLATE_NOOP("MainWindow", "Modifier le concept…")),
    ActionSpec("basket_add", QT_TRANSLATE_NOOP("MainWindow", "Ajouter au panier"), "Ctrl+B"),
    ActionSpec("back", QT_TRANSLATE_NOOP("MainWindow", "Précédent"), SK.Back, SP.SP_ArrowBack),
    ActionSpec(
        "forward", QT_TRANSLATE_NOOP("MainWindow", "Suivant"), SK.Forward, SP.SP_ArrowForward
    ),
    ActionSpec("home", QT_TRANSLATE_NOOP("MainWindow", "Accueil"), "Alt+Home", SP.SP_DirHomeIcon),
    ActionSpec("search", QT_TRANSLATE_NOOP("MainWindow", "Rechercher"), ("Ctrl+K", "Ctrl+F")),
    ActionSpec("results", QT_TRANSLATE_NOOP("MainWindow", "Aller aux résultats"), "Ctrl+J"),
    ActionSpec("reader", QT_TRANSLATE_NOOP("MainWindow", "Aller à la lecture"), "Ctrl+R"),
    ActionSpec(
        "dossier_prev", QT_TRANSLATE_NOOP("MainWindow", "Précédent dans le dossier"), "Alt+PgUp"
    ),
    ActionSpec(
        "dossier_next", QT_TRANSLATE_NOOP("MainWindow", "Suivant dans le dossier"), "Alt+PgDown"
    ),
    ActionSpec("tab_filters", QT_TRANSLATE_NOOP("MainWindow", "Filtres"), "Ctrl+1"),
    ActionSpec("tab_thesaurus", QT_TRANSLATE_NOOP("MainWindow", "Thésaurus"), "Ctrl+2"),
    ActionSpec("tab_basket", QT_TRANSLATE_NOOP("MainWindow", "Panier"), "Ctrl+3"),
    ActionSpec("tab_history", QT_TRANSLATE_NOOP("MainWindow", "Historique"), "Ctrl+4"),
    ActionSpec("compare", QT_TRANSLATE_NOOP("MainWindow", "Comparer deux cas…"), "Ctrl+Shift+C"),
    ActionSpec("help", QT_TRANSLATE_NOOP("MainWindow", "Aide de kb_app"), SK.HelpContents),
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP("MainWindow", "Raccourcis clavier")),
    ActionSpec("about", QT_TRANSLATE_NOOP("MainWindow", "À propos de kb_app")),
    ActionSpec("welcome", QT_TRANSLATE_NOOP("MainWindow", "Page d'accueil")),  # issue 14
)

# -- issue 12 (results table): the results list's own commands, slots given by the window --
RESULTS_SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "density",
        QT_TRANSLATE_NOOP("MainWindow", "Résultats compacts ou détaillés"),
        "Ctrl+Shift+D",
    ),
    ActionSpec("columns", QT_TRANSLATE_NOOP("MainWindow", "Colonnes et tri des résultats…")),
)
# -- end of the results table's block --

# -- issue 16 (the relational atlas, the glossary): pages of the reader, slots given by the window
ATLAS_SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("atlas", QT_TRANSLATE_NOOP("MainWindow", "Atlas relationnel"), "Ctrl+5"),
    ActionSpec("glossary", QT_TRANSLATE_NOOP("MainWindow", "Glossaire")),
)
# -- end of the atlas's block --

# The menus: title (translated at build time), then action names; "|" is a separator.
MENUS: list[tuple[str, str]] = [
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Fichier"),
        # issue 14: new_library, recent_libraries and move_library (gui/library_files.py)
        "new_library open recent_libraries move_library | import export_data | export print"
        " | backup restore_backup check | quit",
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Édition"),
        "undo redo | new edit delete trash | cite cite_in_text attach | new_concept edit_concept",
    ),
    (  # the selected results' actions (gui/bulk.py BULK_SPECS)
        QT_TRANSLATE_NOOP("MainWindow", "&Sélection"),
        "selection_basket selection_cite selection_bibliography selection_export"
        " | selection_index selection_unindex selection_dossier | selection_merge selection_trash",
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Aller"),
        "back forward home | search results reader | dossier_prev dossier_next"
        " | tab_filters tab_thesaurus tab_basket tab_history | atlas",  # issue 16: atlas
    ),
    (QT_TRANSLATE_NOOP("MainWindow", "Affic&hage"), "density columns"),  # issue 12: results
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Outils"),
        "basket_add basket_bibliography compare | duplicates thesaurus quality"
        " | add_citation_style | glossary",  # issue 16: glossary
    ),
]


def install_menus(
    window: QMainWindow, actions: WindowActions, set_language: Callable[[str | None], None]
) -> None:
    """The menu bar: the ``MENUS``, the language menu, the help menu."""
    bar = window.menuBar()
    bar.setAccessibleName(translate("MainWindow", "Barre de menus"))
    for title, names in MENUS:
        menu = bar.addMenu(translate(M, title))
        for name in names.split():
            if name == "|":
                menu.addSeparator()
            else:
                menu.addAction(actions[name])
    _language_menu(window, set_language)
    help_menu = bar.addMenu(translate("MainWindow", "&Aide"))
    help_menu.addAction(actions["help"])
    help_menu.addAction(actions["shortcuts"])
    help_menu.addAction(actions["welcome"])  # issue 14: the welcome page
    help_menu.addAction(actions["about"])
    # Aide › Ouvrir le dossier des journaux: the log files (kb_app.logs) in the file manager
    log_folder = help_menu.addAction(translate("MainWindow", "Ouvrir le dossier des journaux"))
    log_folder.setObjectName("open_log_folder")
    log_folder.setStatusTip(translate("MainWindow", "Les journaux gardent le détail des erreurs"))
    log_folder.triggered.connect(open_log_folder)


def _language_menu(window: QMainWindow, set_language: Callable[[str | None], None]) -> None:
    menu = window.menuBar().addMenu(translate("MainWindow", "&Langue"))
    group = QActionGroup(window)
    current = settings.language_override()
    for code, text in (
        (None, translate("MainWindow", "Langue du système")),
        ("fr", "Français"),
        ("en", "English"),
    ):
        action = menu.addAction(text)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setObjectName(f"language_{code or 'system'}")
        group.addAction(action)
        action.triggered.connect(lambda _c=False, c=code: set_language(c))


#: The toolbar's commands after the search bar, the most used first. On a narrow window Qt
#: moves the last ones into the toolbar's overflow button (») — every one is in a menu too —
#: so a rarely used command goes at the end (« compare »), and the search bar stays. The
#: selection's two commands come from gui/bulk.py.
TOOLBAR: tuple[str, ...] = ("basket_add", "edit", "selection_basket", "selection_cite", "compare")


def install_toolbar(
    window: QMainWindow,
    actions: WindowActions,
    search_bar: QWidget,
    names: Sequence[str] = TOOLBAR,
) -> None:
    """Back, forward, home, the search bar, then ``names`` (the commands on the fiche read)."""
    bar = QToolBar(translate("MainWindow", "Navigation"), window)
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    for name in ("back", "forward", "home"):
        bar.addAction(actions[name])
    bar.addWidget(search_bar)
    bar.addSeparator()
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for name in names:
        bar.addAction(actions[name])
    more = bar.findChild(QToolButton, "qt_toolbar_ext_button")  # Qt's overflow button
    if more is not None:
        more.setAccessibleName(translate("MainWindow", "Autres commandes de la barre d'outils"))
    window.addToolBar(bar)


def show_shortcuts(parent: QWidget) -> None:
    rows = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in shortcut_rows())
    box = QMessageBox(parent)
    box.setWindowTitle(translate("MainWindow", "Raccourcis clavier"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(f"<table cellpadding='3'>{rows}</table>")
    box.open()


def show_about(parent: QWidget, library: Path | None) -> QDialog:
    """« À propos »: version, library folder, licences, « Copier » (gui/about.py)."""
    return about_dialog(parent, library)


def shortcut_rows() -> list[tuple[str, str]]:
    return [
        ("F1", translate("MainWindow", "aide : recherche, raccourcis, bibliothèque")),
        ("Ctrl+K, Ctrl+F", translate("MainWindow", "aller à la recherche")),
        (
            translate("MainWindow", "Bas (dans la recherche)"),
            translate("MainWindow", "parcourir les résultats"),
        ),
        (
            translate("MainWindow", "Entrée (dans les résultats)"),
            translate("MainWindow", "lire la fiche"),
        ),
        ("Ctrl+J / Ctrl+R", translate("MainWindow", "aller aux résultats / à la lecture")),
        ("Alt+←, Alt+→", translate("MainWindow", "page précédente, page suivante")),
        ("Alt+Page↑, Alt+Page↓", translate("MainWindow", "fiche précédente, suivante du dossier")),
        (
            "Tab, Entrée",
            translate("MainWindow", "suivre les liens d'une fiche ; les nœuds du graphe"),
        ),
        ("Ctrl+1 … Ctrl+4", translate("MainWindow", "filtres, thésaurus, panier, historique")),
        ("Ctrl+5", translate("MainWindow", "atlas relationnel")),  # issue 16
        ("Ctrl+B", translate("MainWindow", "ajouter la fiche au panier")),
        (
            "Ctrl+N, Ctrl+E, Ctrl+Suppr",
            translate("MainWindow", "nouvelle fiche, modifier, mettre à la corbeille"),
        ),
        ("Ctrl+Z", translate("MainWindow", "annuler la dernière modification")),
        ("Ctrl+Maj+Z, Ctrl+Y", translate("MainWindow", "rétablir la modification annulée")),
        ("Ctrl+I", translate("MainWindow", "importer des références")),
        ("Ctrl+Maj+E", translate("MainWindow", "exporter")),
        ("Ctrl+Maj+Y", translate("MainWindow", "copier la citation de la fiche")),
        ("Ctrl+Maj+C", translate("MainWindow", "comparer deux cas")),
    ]
