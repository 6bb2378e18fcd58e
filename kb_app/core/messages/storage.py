"""Messages about attachments, backups and recovery."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # attachments
    "attachment.bad_hash": (
        "une pièce jointe porte une empreinte SHA-256 mal formée « {sha256} »",
        "an attachment row holds a malformed SHA-256 « {sha256} »",
    ),
    "attachment.too_big": (
        "« {name} » est trop volumineux pour être joint",
        "{name} is too big to attach",
    ),
    "attachment.over_limit_gib": (
        "le fichier dépasse la limite de {limit} Gio",
        "the file is larger than the limit of {limit} GiB",
    ),
    "attachment.over_limit_bytes": (
        "le fichier dépasse la limite de {limit} octets",
        "the file is larger than the limit of {limit} bytes",
    ),
    "attachment.refused": ("« {name} » ne peut pas être joint", "{name} cannot be attached"),
    "attachment.unreadable": (
        "le fichier ne peut pas être lu : {detail}",
        "cannot be read: {detail}",
    ),
    "attachment.symlink": (
        "c'est un lien symbolique ; joignez le fichier vers lequel il pointe",
        "is a symbolic link; attach the file it points to",
    ),
    "attachment.not_regular": ("ce n'est pas un fichier ordinaire", "is not a regular file"),
    "attachment.changed": (
        "le fichier a changé pendant son ouverture",
        "changed while being opened",
    ),
    "attachment.disk_full": (
        "le disque est plein (ou le fichier est trop gros pour lui) pendant "
        "{activity:activity} ; rien n'a été ajouté. Libérez de la place puis réessayez",
        "the disk is full (or the file is too large for it) while {activity:activity}; "
        "nothing was added. Free some space and try again",
    ),
    "attachment.store_unwritable": (
        "le dossier des pièces jointes ne peut pas être écrit pendant {activity:activity} "
        "({detail})",
        "the attachment store cannot be written while {activity:activity} ({detail})",
    ),
    "attachment.already_attached": (
        "ce fichier est déjà joint à « {key} »",
        "this file is already attached to « {key} »",
    ),
    "attachment.same_content": (
        "le même contenu est déjà joint à cette fiche",
        "the same content is already attached to this fiche",
    ),
    "attachment.not_found": ("aucune pièce jointe « {id} »", "no attachment « {id} »"),
    "attachment.outside_store": (
        "la pièce jointe {id} mène hors du dossier des pièces jointes",
        "attachment {id} leads outside the attachment store",
    ),
    "attachment.file_missing": (
        "le fichier de la pièce jointe {id} manque (lancez « Vérifier la bibliothèque »)",
        "the file of attachment {id} is missing from the store (see `kb check`)",
    ),
    # what the text extraction of an attached file says
    "attachment.pdf_unreadable": (
        "le texte du PDF n'a pas pu être lu ({detail})",
        "the text of the PDF could not be read ({detail})",
    ),
    "attachment.pdf_time_limit": (
        "texte lu sur les {count} premières pages seulement (limite de temps)",
        "text read from the first {count} pages only (time limit)",
    ),
    "attachment.page_unreadable": (
        "la page {page} n'a pas pu être lue",
        "page {page} could not be read",
    ),
    "attachment.text_cut_chars": (
        "texte coupé à {limit} caractères",
        "text cut at {limit:,} characters",
    ),
    "attachment.pages_limit": (
        "seules les {limit} premières pages sur {count} ont été lues",
        "only the first {limit} of {count} pages were read",
    ),
    "attachment.pdf_no_text": (
        "le PDF ne contient pas de texte (pages numérisées ?)",
        "the PDF holds no text (scanned pages?)",
    ),
    "attachment.text_cut_bytes": (
        "texte coupé à {limit} octets",
        "text cut at {limit:,} bytes",
    ),
    "attachment.undecodable": (
        "le texte n'a pas pu être décodé (ni UTF-8, ni un encodage déclaré)",
        "the text could not be decoded (neither UTF-8 nor a declared encoding)",
    ),
    # backups
    "backup.auto_failed": (
        "la sauvegarde automatique n'a pas pu être écrite ({detail})",
        "the automatic backup could not be written: {detail}",
    ),
    "backup.not_found": (
        "« {path} » : cette sauvegarde n'existe pas",
        "{path}: no such backup file",
    ),
    "backup.live_database": (
        "« {path} » a un fichier -wal à côté de lui (c'est une base en service, pas une "
        "sauvegarde) ; rien n'a été modifié",
        "{path}: this file has a -wal file beside it (it is a live database, not a backup); "
        "nothing was changed",
    ),
    "backup.too_new": (
        "« {path} » : cette sauvegarde a été écrite par une version plus récente de kb_app ; "
        "rien n'a été modifié",
        "{path}: this backup was written by a newer version of kb_app; nothing was changed",
    ),
    "backup.damaged": (
        "la sauvegarde « {path} » ne passe pas sa vérification ({detail}) ; rien n'a été modifié",
        "{path}: this backup fails its integrity check ({detail}); nothing was changed",
    ),
    "backup.target_exists": (
        "« {path} » existe déjà ; choisissez un autre nom",
        "{path}: already exists; choose another name",
    ),
    "backup.check_failed": (
        "la sauvegarde ne passe pas sa vérification ({detail})",
        "the backup failed its check: {detail}",
    ),
    "backup.is_the_library": (
        "« {path} » est la bibliothèque elle-même, pas une sauvegarde",
        "{path}: this is the library itself, not a backup",
    ),
    # recovery
    "recovery.nothing_to_set_aside": (
        "« {path} » : il n'y a pas de {database} à mettre de côté",
        "{path}: there is no {database} to set aside",
    ),
    "recovery.target_exists": (
        "« {path} » existe déjà ; choisissez un nouveau dossier",
        "{path}: already exists; choose a new folder",
    ),
    "recovery.library_in_use": (
        "« {path} » : la bibliothèque est utilisée par un autre programme ; fermez-le puis "
        "réessayez",
        "{path}: the library is in use by another program; close it and try again",
    ),
    "recovery.moved_copy_damaged": (
        "« {path} » : la copie déplacée ne passe pas sa vérification ; la bibliothèque n'a "
        "pas été déplacée",
        "{path}: the moved copy fails its check; the library was not moved",
    ),
    "recovery.nothing_recovered": (
        "rien n'a pu être récupéré de « {path} »",
        "{path}: nothing could be recovered from this file",
    ),
}
