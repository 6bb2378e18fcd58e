"""Messages about the library as a whole: opening it, its database, personal state."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # opening
    "library.too_new": (
        "« {path} » a été écrite par une version plus récente de kb_app (schéma {found}, "
        "cette version lit jusqu'au schéma {supported}). Mettez kb_app à jour pour l'ouvrir ; "
        "la bibliothèque n'a pas été modifiée",
        "{path}: this library was written by a newer version of kb_app (schema {found}, "
        "this version reads up to {supported}). Update kb_app to open it; the library was "
        "left untouched",
    ),
    "library.none_read_only": (
        "« {path} » : aucune bibliothèque ici (un dossier en lecture seule ne peut pas en "
        "recevoir une nouvelle)",
        "{path}: no library here (a read-only folder cannot hold a new one)",
    ),
    "library.upgrade_read_only": (
        "« {path} » doit être mise à jour par cette version de kb_app, ce qu'une bibliothèque "
        "en lecture seule ne permet pas ; ouvrez-la une fois avec le droit d'écriture",
        "{path}: this library must be upgraded by this version of kb_app, which a read-only "
        "library cannot be; open it once with write access. The library was left untouched",
    ),
    "library.pre_upgrade_backup": (
        "« {path} » : la sauvegarde faite avant la mise à jour de la bibliothèque ne passe pas "
        "sa vérification ({detail}) ; la bibliothèque n'a pas été mise à jour",
        "{path}: the backup taken before upgrading the library failed its check ({detail}); "
        "the library was not upgraded",
    ),
    "library.is_a_file": (
        "« {path} » est un fichier, pas un dossier de bibliothèque",
        "{path}: is a file, not a library folder",
    ),
    "library.folder_not_empty": (
        "« {path} » n'est pas une bibliothèque kb_app (pas de {database}) et n'est pas vide ; "
        "rien n'a été écrit. Choisissez un dossier vide ou nouveau pour créer une bibliothèque",
        "{path}: this folder is not a kb_app library (no {database}) and is not empty; "
        "nothing was written. Choose an empty or new folder to create a library",
    ),
    "library.no_folder": (
        "« {path} » : ce dossier de bibliothèque n'existe pas",
        "{path}: no such library folder",
    ),
    "library.none_here": ("« {path} » : aucune bibliothèque ici", "{path}: no library here"),
    "library.none_open": ("aucune bibliothèque n'est ouverte", "no library is open"),
    # the database at work
    "library.read_only": (
        "la bibliothèque est en lecture seule : les modifications sont désactivées "
        "et rien n'a été modifié",
        "the library is read-only: changes are disabled and nothing was changed",
    ),
    "library.busy": (
        "la bibliothèque est occupée par un autre programme ; rien n'a été modifié. "
        "Réessayez dans un instant",
        "the library is busy (another program is writing to it): nothing was changed; "
        "try again in a moment",
    ),
    "library.disk_full": (
        "espace disque insuffisant (ou disque en erreur) : rien n'a été enregistré. "
        "Libérez de la place puis réessayez",
        "the disk is full or cannot be written: nothing was saved; free some space, then try again",
    ),
    "database.failed": (
        "la base de la bibliothèque a signalé une erreur ({detail})",
        "the library database failed: {detail}",
    ),
    "database.cannot_open": (
        "« {path} » ne peut pas être ouvert ({detail})",
        "{path}: cannot be opened ({detail})",
    ),
    "database.not_a_database": (
        "« {path} » est endommagé ou n'est pas une base de données ({detail}) ; "
        "rien n'a été modifié",
        "{path}: the database file is damaged or not a database ({detail}). It was left untouched",
    ),
    "database.integrity": (
        "« {path} » ne passe pas la vérification d'intégrité ({detail}) ; rien n'a été modifié",
        "{path}: the database fails its integrity check ({detail}). It was left untouched",
    ),
    "database.foreign": (
        "« {path} » est une base SQLite qui n'a pas été écrite par kb_app ; rien n'a été modifié",
        "{path}: this SQLite database was not written by kb_app; it was left untouched",
    ),
    # personal state
    "basket.not_in": ("« {key} » n'est pas dans le panier", "« {key} » is not in the basket"),
    "history.one_target": (
        "une visite porte sur une fiche ou sur un concept",
        "a visit is to one fiche or one concept",
    ),
    "saved_search.name_needed": (
        "une recherche enregistrée doit avoir un nom",
        "a saved search needs a name",
    ),
    "saved_search.not_found": (
        "aucune recherche enregistrée « {name} »",
        "no saved search « {name} »",
    ),
    # long work
    "job.cancelled": (
        "l'opération a été annulée ; rien n'a été modifié",
        "the operation was cancelled; nothing was changed",
    ),
    "file.not_found": ("« {path} » : ce fichier n'existe pas", "{path}: no such file"),
    "file.unreadable": ("« {name} » ne peut pas être lu", "{name} cannot be read"),
}
