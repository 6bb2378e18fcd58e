"""Messages of the `kb` command itself: usage mistakes, the window launcher, the unexpected."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "cli.limit_negative": (
        "--limit doit être positif ou nul",
        "--limit must be zero or more",
    ),
    "cli.restore_needs_file": (
        "indiquez la sauvegarde à restaurer (kb restore FICHIER), ou utilisez --list",
        "name the backup to restore (kb restore FILE), or use --list",
    ),
    "cli.attach_remove_alone": (
        "--remove s'emploie seul, avec le numéro de la pièce jointe",
        "--remove goes alone, with the number of the attachment",
    ),
    "cli.attach_needs_fiche": (
        "indiquez la fiche (ID), puis le fichier ou --list",
        "name the fiche (ID), then the file or --list",
    ),
    "cli.attach_list_no_file": ("--list ne prend pas de fichier", "--list takes no file"),
    "cli.attach_needs_file": (
        "indiquez le fichier à joindre (ou --list)",
        "name the file to attach (or --list)",
    ),
    # a file named on the command line (kb_app.cli.main._file_error)
    "file.folder_missing": (
        "« {path} » : le dossier « {folder} » n'existe pas",
        "{path}: the folder {folder} does not exist",
    ),
    "file.permission_denied": (
        "« {path} » : accès refusé (droits du fichier ou de son dossier)",
        "{path}: permission denied (rights of the file or its folder)",
    ),
    "file.is_folder": (
        "« {path} » est un dossier, pas un fichier",
        "{path} is a folder, not a file",
    ),
    "file.cannot_open": (
        "« {path} » ne peut pas être ouvert ({detail})",
        "{path} cannot be opened ({detail})",
    ),
    "internal.error": (
        "erreur interne ({kind} : {detail}) ; relancez avec kb --debug pour le détail",
        "internal error ({kind}: {detail}); run again with kb --debug for details",
    ),
    "launcher.no_window": (
        "la fenêtre n'est pas disponible ({detail})",
        "the desktop window is not available ({detail})",
    ),
    "launcher.no_display": (
        "aucun affichage trouvé ; voici plutôt le résumé de la bibliothèque",
        "no display found; printing the library's summary instead",
    ),
}
