"""Menus, toolbar and keyboard shortcuts of the main window."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QStyle, QToolBar

from kb_app.gui import settings
from kb_app.gui.librarian_actions import LIBRARIAN_SPECS

if TYPE_CHECKING:
    from kb_app.gui.main_window import MainWindow

Keys = QKeySequence | QKeySequence.StandardKey | str | Sequence[QKeySequence | str]


translate = QCoreApplication.translate


class Actions:
    """Every action of the window, by name (``actions["back"]``)."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._all: dict[str, QAction] = {}

    def __getitem__(self, name: str) -> QAction:
        return self._all[name]

    def add(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        keys: Keys | None = None,
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        if icon is not None:
            action.setIcon(self._window.style().standardIcon(icon))
        if keys is not None:
            if isinstance(keys, (list, tuple)):
                action.setShortcuts([QKeySequence(k) for k in keys])
            elif isinstance(keys, QKeySequence.StandardKey):
                action.setShortcuts(keys)
            else:
                action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        self._all[name] = action
        return action

    def names(self) -> list[str]:
        return list(self._all)


M = "MainWindow"
SK = QKeySequence.StandardKey
SP = QStyle.StandardPixmap
Slot = Callable[["MainWindow"], Callable[[], object]]

#: name, text (translated at build time), slot of the window, shortcut(s), icon
SPECS: list[tuple[str, str, Slot, Keys | None, QStyle.StandardPixmap | None]] = [
    (
        "open",
        QT_TRANSLATE_NOOP("MainWindow", "Ouvrir une bibliothèque…"),
        lambda w: w.choose_library,
        SK.Open,
        None,
    ),
    (
        "export",
        QT_TRANSLATE_NOOP("MainWindow", "Exporter le panier…"),
        lambda w: w.basket.export,
        None,
        None,
    ),
    (
        "print",
        QT_TRANSLATE_NOOP("MainWindow", "Imprimer le panier…"),
        lambda w: w.basket.print_dialog,
        SK.Print,
        None,
    ),
    (
        "backup",
        QT_TRANSLATE_NOOP("MainWindow", "Sauvegarder la bibliothèque"),
        lambda w: w.backup,
        None,
        None,
    ),
    (
        "check",
        QT_TRANSLATE_NOOP("MainWindow", "Vérifier la bibliothèque"),
        lambda w: w.check,
        None,
        None,
    ),
    ("quit", QT_TRANSLATE_NOOP("MainWindow", "Quitter"), lambda w: w.close, SK.Quit, None),
    ("undo", QT_TRANSLATE_NOOP("MainWindow", "Annuler"), lambda w: w.edits.undo, SK.Undo, None),
    (
        "new",
        QT_TRANSLATE_NOOP("MainWindow", "Nouvelle fiche…"),
        lambda w: w.edits.new_fiche,
        SK.New,
        None,
    ),
    (
        "edit",
        QT_TRANSLATE_NOOP("MainWindow", "Modifier la fiche…"),
        lambda w: w.edit_current,
        "Ctrl+E",
        None,
    ),
    (
        "delete",
        QT_TRANSLATE_NOOP("MainWindow", "Mettre la fiche à la corbeille"),
        lambda w: w.delete_current,
        "Ctrl+Del",
        None,
    ),
    (
        "trash",
        QT_TRANSLATE_NOOP("MainWindow", "Corbeille…"),
        lambda w: w.edits.show_trash,
        None,
        None,
    ),
    (
        "new_concept",
        QT_TRANSLATE_NOOP("MainWindow", "Nouveau concept…"),
        lambda w: w.edits.new_concept,
        None,
        None,
    ),
    (
        "edit_concept",
        QT_TRANSLATE_NOOP("MainWindow", "Modifier le concept…"),
        lambda w: w.edit_current_concept,
        None,
        None,
    ),
    (
        "basket_add",
        QT_TRANSLATE_NOOP("MainWindow", "Ajouter au panier"),
        lambda w: w.add_current_to_basket,
        "Ctrl+B",
        None,
    ),
    (
        "back",
        QT_TRANSLATE_NOOP("MainWindow", "Précédent"),
        lambda w: w.navigator.back,
        SK.Back,
        SP.SP_ArrowBack,
    ),
    (
        "forward",
        QT_TRANSLATE_NOOP("MainWindow", "Suivant"),
        lambda w: w.navigator.forward,
        SK.Forward,
        SP.SP_ArrowForward,
    ),
    (
        "home",
        QT_TRANSLATE_NOOP("MainWindow", "Accueil"),
        lambda w: w.navigator.home,
        "Alt+Home",
        SP.SP_DirHomeIcon,
    ),
    (
        "search",
        QT_TRANSLATE_NOOP("MainWindow", "Rechercher"),
        lambda w: w.focus_search,
        ("Ctrl+K", "Ctrl+F"),
        None,
    ),
    (
        "results",
        QT_TRANSLATE_NOOP("MainWindow", "Aller aux résultats"),
        lambda w: w.focus_results,
        "Ctrl+J",
        None,
    ),
    (
        "reader",
        QT_TRANSLATE_NOOP("MainWindow", "Aller à la lecture"),
        lambda w: w.focus_reader,
        "Ctrl+R",
        None,
    ),
    (
        "dossier_prev",
        QT_TRANSLATE_NOOP("MainWindow", "Précédent dans le dossier"),
        lambda w: w.previous_in_dossier,
        "Alt+PgUp",
        None,
    ),
    (
        "dossier_next",
        QT_TRANSLATE_NOOP("MainWindow", "Suivant dans le dossier"),
        lambda w: w.next_in_dossier,
        "Alt+PgDown",
        None,
    ),
    (
        "tab_filters",
        QT_TRANSLATE_NOOP("MainWindow", "Filtres"),
        lambda w: lambda: w.show_tab(0),
        "Ctrl+1",
        None,
    ),
    (
        "tab_thesaurus",
        QT_TRANSLATE_NOOP("MainWindow", "Thésaurus"),
        lambda w: lambda: w.show_tab(1),
        "Ctrl+2",
        None,
    ),
    (
        "tab_basket",
        QT_TRANSLATE_NOOP("MainWindow", "Panier"),
        lambda w: lambda: w.show_tab(2),
        "Ctrl+3",
        None,
    ),
    (
        "tab_history",
        QT_TRANSLATE_NOOP("MainWindow", "Historique"),
        lambda w: lambda: w.show_tab(3),
        "Ctrl+4",
        None,
    ),
    (
        "compare",
        QT_TRANSLATE_NOOP("MainWindow", "Comparer deux cas…"),
        lambda w: w.navigator.choose_cases,
        "Ctrl+Shift+C",
        None,
    ),
    (
        "shortcuts",
        QT_TRANSLATE_NOOP("MainWindow", "Raccourcis clavier"),
        lambda w: w.show_shortcuts,
        SK.HelpContents,
        None,
    ),
    (
        "about",
        QT_TRANSLATE_NOOP("MainWindow", "À propos de kb_app"),
        lambda w: w.show_about,
        None,
        None,
    ),
]


def build_actions(w: MainWindow) -> Actions:
    actions = Actions(w)
    for name, text, slot, keys, icon in [*SPECS, *LIBRARIAN_SPECS]:
        actions.add(name, translate(M, text), slot(w), keys, icon)
    _menus(w, actions)
    _toolbar(w, actions)
    return actions


# The menus: title (translated at build time), then action names; "|" is a separator.
MENUS: list[tuple[str, str]] = [
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Fichier"),
        "open | import export_data | export print | backup restore_backup check | quit",
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Édition"),
        "undo | new edit delete trash | cite attach | new_concept edit_concept",
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Aller"),
        "back forward home | search results reader | dossier_prev dossier_next"
        " | tab_filters tab_thesaurus tab_basket tab_history",
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Outils"),
        "basket_add basket_bibliography compare | duplicates thesaurus quality",
    ),
]


def _menus(w: MainWindow, a: Actions) -> None:
    bar = w.menuBar()
    for title, names in MENUS:
        menu = bar.addMenu(translate(M, title))
        for name in names.split():
            if name == "|":
                menu.addSeparator()
            else:
                menu.addAction(a[name])
    _language_menu(w)
    help_menu = bar.addMenu(translate("MainWindow", "&Aide"))
    help_menu.addAction(a["shortcuts"])
    help_menu.addAction(a["about"])


def _language_menu(w: MainWindow) -> None:
    menu = w.menuBar().addMenu(translate("MainWindow", "&Langue"))
    group = QActionGroup(w)
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
        action.triggered.connect(lambda _c=False, c=code: w.set_language(c))


def _toolbar(w: MainWindow, a: Actions) -> None:
    bar = QToolBar(translate("MainWindow", "Navigation"), w)
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    for name in ("back", "forward", "home"):
        bar.addAction(a[name])
    bar.addWidget(w.search_bar)
    bar.addSeparator()
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for name in ("basket_add", "edit", "compare"):
        bar.addAction(a[name])
    w.addToolBar(bar)


def shortcut_rows() -> list[tuple[str, str]]:
    return [
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
        ("Ctrl+B", translate("MainWindow", "ajouter la fiche au panier")),
        (
            "Ctrl+N, Ctrl+E, Ctrl+Suppr",
            translate("MainWindow", "nouvelle fiche, modifier, mettre à la corbeille"),
        ),
        ("Ctrl+Z", translate("MainWindow", "annuler la dernière modification")),
        ("Ctrl+I", translate("MainWindow", "importer des références")),
        ("Ctrl+Maj+E", translate("MainWindow", "exporter")),
        ("Ctrl+Maj+Y", translate("MainWindow", "copier la citation de la fiche")),
        ("Ctrl+Maj+C", translate("MainWindow", "comparer deux cas")),
    ]
