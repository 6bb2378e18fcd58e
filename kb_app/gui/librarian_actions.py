"""The librarian's actions (import, export, citation, attachments, duplicates, thesaurus) and
the keeping of the library's (backup, check, restore); their owners, ``LibrarianTools`` and
``KeepingController``, add them to the window's ``WindowActions`` with their slots.

``WRITE_ACTIONS`` are the actions that change the library: disabled when it is read-only.
"""

from __future__ import annotations

from kb_app.gui.main_actions import ActionSpec
from kb_app.gui.translation import QT_TRANSLATE_NOOP

LIBRARIAN_SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("import", QT_TRANSLATE_NOOP("MainWindow", "Importer…"), "Ctrl+I"),
    ActionSpec("export_data", QT_TRANSLATE_NOOP("MainWindow", "Exporter…"), "Ctrl+Shift+E"),
    ActionSpec("cite", QT_TRANSLATE_NOOP("MainWindow", "Copier la citation"), "Ctrl+Shift+Y"),
    ActionSpec("cite_in_text", QT_TRANSLATE_NOOP("MainWindow", "Copier la citation dans le texte")),
    ActionSpec(
        "add_citation_style", QT_TRANSLATE_NOOP("MainWindow", "Ajouter un style de citation…")
    ),
    ActionSpec("attach", QT_TRANSLATE_NOOP("MainWindow", "Ajouter une pièce jointe…")),
    ActionSpec("duplicates", QT_TRANSLATE_NOOP("MainWindow", "Doublons…")),
    ActionSpec("thesaurus", QT_TRANSLATE_NOOP("MainWindow", "Thésaurus…")),
    ActionSpec("quality", QT_TRANSLATE_NOOP("MainWindow", "Qualité du thésaurus…")),
    ActionSpec("basket_bibliography", QT_TRANSLATE_NOOP("MainWindow", "Bibliographie du panier…")),
)

KEEPING_SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("backup", QT_TRANSLATE_NOOP("MainWindow", "Sauvegarder la bibliothèque")),
    ActionSpec("check", QT_TRANSLATE_NOOP("MainWindow", "Vérifier la bibliothèque")),
    ActionSpec("restore_backup", QT_TRANSLATE_NOOP("MainWindow", "Restaurer une sauvegarde…")),
)

WRITE_ACTIONS = (
    "new",
    "edit",
    "delete",
    "trash",
    "undo",
    "redo",
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
