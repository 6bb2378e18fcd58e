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
    "library.not_a_library": (
        "« {path} » n'est pas une bibliothèque kb_app (pas de {database}) ; rien n'a été ouvert "
        "ni écrit. Pour en créer une, choisissez Fichier › Nouvelle bibliothèque…",
        "{path}: not a kb_app library (no {database}); nothing was opened or written. To "
        "create one, choose File › New library…",
    ),
    "library.already_here": (
        "« {path} » contient déjà une bibliothèque : ouvrez-la par Fichier › Ouvrir une "
        "bibliothèque…, ou choisissez un dossier vide",
        "{path}: already holds a library: open it with File › Open library…, or choose an "
        "empty folder",
    ),
    # moving a library (library/relocation.py, folders.copy_library)
    "library.move_window_open": (
        "« {path} » est ouverte dans une fenêtre de kb_app (processus {pid}) : déplacez-la "
        "depuis cette fenêtre (Fichier › Déplacer la bibliothèque…) ou fermez-la d'abord ; "
        "rien n'a été copié",
        "{path}: is open in a kb_app window (process {pid}): move it from that window "
        "(Fichier › Déplacer la bibliothèque…) or close it first; nothing was copied",
    ),
    "library.moved_away": (
        "« {path} » : cette bibliothèque a été déplacée (voir la note {note}) ; ouvrez la "
        "nouvelle, ou supprimez la note pour utiliser encore celle-ci",
        "{path}: this library was moved (see the note {note}); open the new one, or delete "
        "the note to keep using this one",
    ),
    "library.move_into_itself": (
        "« {path} » est dans la bibliothèque « {library} » ou la contient : choisissez un "
        "dossier ailleurs ; rien n'a été copié",
        "{path}: is inside the library {library} or holds it: choose a folder elsewhere; "
        "nothing was copied",
    ),
    "library.move_target_not_empty": (
        "« {path} » n'est pas vide : choisissez un dossier vide ou nouveau ; rien n'a été copié",
        "{path}: is not empty: choose an empty or new folder; nothing was copied",
    ),
    "library.copy_failed": (
        "la copie vers « {path} » a échoué ({detail}) ; ce qui avait été copié a été retiré "
        "et la bibliothèque n'a pas bougé",
        "copying to {path} failed ({detail}); what had been copied was removed and the "
        "library did not move",
    ),
    "library.copy_damaged": (
        "la copie de la base dans « {path} » ne passe pas sa vérification ({detail}) ; elle a "
        "été retirée et la bibliothèque n'a pas bougé",
        "the copy of the database in {path} failed its check ({detail}); it was removed and "
        "the library did not move",
    ),
    "library.copy_differs": (
        "la copie dans « {path} » contient {found} fiches au lieu de {expected} ; elle a été "
        "retirée et la bibliothèque n'a pas bougé",
        "the copy in {path} holds {found} fiches instead of {expected}; it was removed and the "
        "library did not move",
    ),
    "library.moved_note": (
        "Cette bibliothèque kb_app a été déplacée le {when} vers :\n{to}\nkb_app ouvre "
        "désormais ce dossier-là. Ce dossier-ci est l'ancienne copie, gardée par prudence : "
        "vous pouvez le supprimer une fois la nouvelle bibliothèque vérifiée.",
        "This kb_app library was moved on {when} to:\n{to}\nkb_app now opens that folder. "
        "This folder is the old copy, kept as a precaution: you may delete it once the new "
        "library has been checked.",
    ),
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
