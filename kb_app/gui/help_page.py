"""F1: the help page — the query language with examples, the keyboard shortcuts, where the
library lives.

A non-modal dialog beside the window (the reader keeps the fiche being read). Every example
of ``EXAMPLES`` is run on the seeded library by ``tests/gui/test_help.py``: only what the query
language really does is documented (``core/search/query.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from kb_app.gui.html import esc, page, section
from kb_app.gui.translation import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate
C = "Help"  # the translation context of this page

#: (query, what it finds): each one finds fiches in the seeded library.
EXAMPLES: tuple[tuple[str, str], ...] = (
    ("budget participatif", QT_TRANSLATE_NOOP("Help", "les fiches qui contiennent les deux mots")),
    (
        '"budget participatif"',
        QT_TRANSLATE_NOOP("Help", "l'expression exacte, mots dans cet ordre"),
    ),
    ("porto OU grenoble", QT_TRANSLATE_NOOP("Help", "l'un ou l'autre mot (aussi : OR)")),
    ("budget ET porto", QT_TRANSLATE_NOOP("Help", "les deux mots (ET ou AND : par défaut)")),
    (
        "participatif SAUF porto",
        QT_TRANSLATE_NOOP("Help", "le premier mot, sans le second (aussi : NOT)"),
    ),
    ("gouvern*", QT_TRANSLATE_NOOP("Help", "les mots qui commencent ainsi")),
    ("democratie~", QT_TRANSLATE_NOOP("Help", "le mot, même mal orthographié")),
    ("titre:commun", QT_TRANSLATE_NOOP("Help", "le mot dans le titre (aussi : title:)")),
    ("auteur:genro", QT_TRANSLATE_NOOP("Help", "le nom parmi les auteurs (aussi : author:)")),
    ("texte:habitants", QT_TRANSLATE_NOOP("Help", "le mot dans le résumé ou le texte")),
    (
        'concept:"bien commun"',
        QT_TRANSLATE_NOOP(
            "Help",
            "les fiches indexées par ce concept, ses concepts plus précis et ses autres libellés",
        ),
    ),
    (
        "type:cas",
        QT_TRANSLATE_NOOP(
            "Help", "un type de fiche : reference, analyse, cas, ressource, dossier (aussi : kind:)"
        ),
    ),
    (
        "-type:reference gouvernance",
        QT_TRANSLATE_NOOP("Help", "un « - » devant exclut : ici, tout sauf les références"),
    ),
    ("annee:1998", QT_TRANSLATE_NOOP("Help", "une année (aussi : year:)")),
    ("annee:2000-2010", QT_TRANSLATE_NOOP("Help", "une période, bornes comprises")),
    ("annee:[2010 TO *]", QT_TRANSLATE_NOOP("Help", "depuis 2010 ([* TO 2000] : jusqu'à 2000)")),
    (
        "dossier:dossier-cnfpt-2016-gestion-territoriale-relations",
        QT_TRANSLATE_NOOP("Help", "les fiches d'un dossier, par son identifiant"),
    ),
)


def help_html(folder: Path | None, shortcuts: Sequence[tuple[str, str]]) -> str:
    """The whole page, in the window's language."""
    intro = esc(
        translate(
            "Help",
            "Tapez des mots : la recherche ignore les accents et les majuscules et reconnaît "
            "les formes d'un même mot (pluriels, féminins). Les opérateurs s'écrivent en "
            "majuscules ; les clauses se combinent avec des mots.",
        )
    )
    rows = "".join(
        f"<tr><td><code>{esc(query)}</code></td><td>{esc(translate(C, meaning))}</td></tr>"
        for query, meaning in EXAMPLES
    )
    asked, found = translate("Help", "Requête"), translate("Help", "Trouve")
    head = f"<tr><th>{esc(asked)}</th><th>{esc(found)}</th></tr>"
    queries = f"<p>{intro}</p><table border='1' cellpadding='4'>{head}{rows}</table>"
    keys = "".join(f"<tr><td><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>" for k, v in shortcuts)
    keys_table = f"<table cellpadding='3'>{keys}</table>"
    return page(
        translate("Help", "Aide de kb_app"),
        section(translate("Help", "Rechercher"), queries)
        + section(translate("Help", "Raccourcis clavier"), keys_table)
        + section(translate("Help", "Où se trouve la bibliothèque"), _where(folder)),
    )


def _where(folder: Path | None) -> str:
    if folder is None:
        nothing = translate("Help", "Aucune bibliothèque ouverte.")
        return f"<p>{esc(nothing)}</p>"
    rows = (
        (translate("Help", "Dossier de la bibliothèque"), folder),
        (translate("Help", "Sauvegardes"), folder / "backups"),
        (translate("Help", "Pièces jointes"), folder / "attachments"),
    )
    items = "".join(
        f"<li>{esc(name)} : <a href='{esc(QUrl.fromLocalFile(str(path)).toString())}'>"
        f"{esc(path)}</a></li>"
        for name, path in rows
    )
    note = esc(
        translate(
            "Help",
            "Une autre bibliothèque s'ouvre par Fichier › Ouvrir une bibliothèque…, "
            "ou au démarrage avec kb --library DOSSIER.",
        )
    )
    return f"<ul>{items}</ul><p>{note}</p>"


class HelpDialog(QDialog):
    """The help page in its own window; folder links open in the file manager."""

    def __init__(
        self, parent: QWidget, folder: Path | None, shortcuts: Sequence[tuple[str, str]]
    ) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("Aide de kb_app"))
        self.resize(720, 600)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setAccessibleName(self.tr("Aide"))
        self.browser.setOpenLinks(False)  # only our folder links, opened by the system
        self.browser.anchorClicked.connect(self._open)
        self.browser.setHtml(help_html(folder, shortcuts))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Fermer l'aide"))
        box = QVBoxLayout(self)
        box.addWidget(self.browser, 1)
        box.addWidget(buttons)

    def _open(self, url: QUrl) -> None:
        if url.isLocalFile():
            QDesktopServices.openUrl(url)


def show_help(
    parent: QWidget, folder: Path | None, shortcuts: Sequence[tuple[str, str]]
) -> HelpDialog:
    dialog = HelpDialog(parent, folder, shortcuts)
    dialog.show()
    dialog.browser.setFocus()
    return dialog
