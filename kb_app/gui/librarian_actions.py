"""The librarian's actions (import, export, citation, attachments, duplicates, thesaurus,
restoring a backup), added to the window's ``SPECS`` by ``main_actions.build_actions``.

``WRITE_ACTIONS`` are the actions that change the library: disabled when it is read-only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QStyle

if TYPE_CHECKING:
    from kb_app.gui.main_window import MainWindow

Keys = QKeySequence | QKeySequence.StandardKey | str | Sequence[QKeySequence | str]
Slot = Callable[["MainWindow"], Callable[[], object]]

# name, text (context « MainWindow »), slot of the window, shortcut(s), icon
LIBRARIAN_SPECS: list[tuple[str, str, Slot, Keys | None, QStyle.StandardPixmap | None]] = [
    (
        "import",
        QT_TRANSLATE_NOOP("MainWindow", "Importer…"),
        lambda w: w.librarian.import_file,
        "Ctrl+I",
        None,
    ),
    (
        "export_data",
        QT_TRANSLATE_NOOP("MainWindow", "Exporter…"),
        lambda w: w.export,
        "Ctrl+Shift+E",
        None,
    ),
    (
        "cite",
        QT_TRANSLATE_NOOP("MainWindow", "Copier la citation"),
        lambda w: w.fiche_tools.copy_citation,
        "Ctrl+Shift+Y",
        None,
    ),
    (
        "attach",
        QT_TRANSLATE_NOOP("MainWindow", "Ajouter une pièce jointe…"),
        lambda w: w.fiche_tools.attachments.choose_file,
        None,
        None,
    ),
    (
        "duplicates",
        QT_TRANSLATE_NOOP("MainWindow", "Doublons…"),
        lambda w: w.librarian.duplicates,
        None,
        None,
    ),
    (
        "thesaurus",
        QT_TRANSLATE_NOOP("MainWindow", "Thésaurus…"),
        lambda w: lambda: w.librarian.maintain_thesaurus(w.current_concept_key()),
        None,
        None,
    ),
    (
        "quality",
        QT_TRANSLATE_NOOP("MainWindow", "Qualité du thésaurus…"),
        lambda w: w.librarian.thesaurus_quality,
        None,
        None,
    ),
    (
        "restore_backup",
        QT_TRANSLATE_NOOP("MainWindow", "Restaurer une sauvegarde…"),
        lambda w: w.recovery.show_restore,
        None,
        None,
    ),
    (
        "basket_bibliography",
        QT_TRANSLATE_NOOP("MainWindow", "Bibliographie du panier…"),
        lambda w: w.basket_bibliography,
        None,
        None,
    ),
]

WRITE_ACTIONS = (
    "new",
    "edit",
    "delete",
    "trash",
    "undo",
    "new_concept",
    "edit_concept",
    "import",
    "attach",
    "duplicates",
    "thesaurus",
    "basket_add",
    "backup",
    "restore_backup",
)
