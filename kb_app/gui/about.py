"""« À propos de kb_app »: the version, the library folder, the licences of what is bundled,
and « Copier » of the whole text (for a bug report, say).

The version comes from ``kb_app.appinfo`` when it is there, else from the installed
distribution. The licences of the libraries kb_app runs on are read from their installed
metadata (``License-Expression``, ``License`` or the classifiers), never typed here; the
licences of the files kb_app ships are the ones their attribution files and sources state.
"""

from __future__ import annotations

from functools import cache
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kb_app import appinfo

translate = QCoreApplication.translate
#: The libraries kb_app runs on (pyproject's dependencies and the window's toolkit).
LIBRARIES = (
    "PySide6-Essentials",
    "SQLAlchemy",
    "alembic",
    "whoosh3",
    "markdown-it-py",
    "mdit-py-plugins",
    "PyYAML",
    "jsonschema",
    "rdflib",
    "platformdirs",
    "bibtexparser",
    "rispy",
    "citeproc-py",
    "rapidfuzz",
    "pypdf",
)


def app_version() -> str:
    """kb_app's version (the installed distribution's, else ``kb_app.__version__``)."""
    return appinfo.version()


@cache  # the installed metadata does not change while the program runs
def licence_of(distribution: str) -> tuple[str, str] | None:
    """(version, licence) of an installed distribution, from its metadata; None if absent."""
    try:
        meta = metadata.metadata(distribution)
    except metadata.PackageNotFoundError:
        return None
    found = meta["License-Expression"] or ""
    if not found:
        short = (meta["License"] or "").strip()
        found = short if short and "\n" not in short and len(short) <= 60 else ""
    if not found:
        classifiers = [
            c.rsplit(" :: ", 1)[-1]
            for c in meta.get_all("Classifier") or []
            if c.startswith("License ::")
        ]
        found = ", ".join(classifiers) or "?"
    return meta["Version"] or "?", found


def about_text(folder: Path | None) -> str:
    """The whole text of « À propos », in the window's language."""
    library = (
        str(folder) if folder is not None else translate("About", "aucune bibliothèque ouverte")
    )
    lines = [
        f"kb_app {app_version()}",
        translate("About", "Base de connaissances hors ligne sur la gouvernance territoriale."),
        "",
        translate("About", "Bibliothèque : %1").replace("%1", library),
        "",
        translate("About", "Licences"),
        "- "
        + translate("About", "kb_app (le programme) : GNU GPL 3.0 ou toute version ultérieure."),
        "- "
        + translate(
            "About",
            "Le cours (fiches) et le thésaurus : rédigés pour kb_app à partir du dossier 30 de "
            "CITEGO, dont le fonds est sous licence CC BY-SA 4.0 ; diffusés sous la même "
            "licence (CC BY-SA 4.0).",
        ),
        "- "
        + translate(
            "About",
            "Styles de citation ISO 690 et locales CSL (resources/csl) : CC BY-SA 3.0, "
            "Citation Style Language ; auteurs et modifications dans resources/csl/"
            "ATTRIBUTION.md.",
        ),
        "- "
        + translate(
            "About",
            "Qt et PySide6 (The Qt Company) : LGPL 3.0, utilisés sans modification ; leurs "
            "sources sont publiées par le Qt Project.",
        ),
        "",
        translate("About", "Bibliothèques utilisées (version, licence déclarée) :"),
    ]
    for name in LIBRARIES:
        found = licence_of(name)
        if found is not None:
            lines.append(f"- {name} {found[0]} : {found[1]}")
    return "\n".join(lines)


class AboutDialog(QDialog):
    """The text, selectable, with « Copier » and « Fermer »."""

    def __init__(self, parent: QWidget, folder: Path | None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        title = translate("MainWindow", "À propos de kb_app")  # the menu's own words
        self.setWindowTitle(title)
        self.resize(620, 520)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText(about_text(folder))
        self.text.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copier"), self)
        self.copy_button.setAccessibleName(self.tr("Copier le texte « À propos »"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Fermer « À propos »"))
        box = QVBoxLayout(self)
        box.addWidget(self.text, 1)
        box.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.copy_button.setText(self.tr("Copié"))


def show_about(parent: QWidget, folder: Path | None) -> AboutDialog:
    dialog = AboutDialog(parent, folder)
    dialog.show()
    dialog.text.setFocus()
    return dialog
