"""Messages about fiches: saving, links, dossiers, merging, exporting, the seed content."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "fiche.not_found": ("aucune fiche « {key} »", "no fiche « {key} »"),
    "fiche.cannot_save": (
        "la fiche ne peut pas être enregistrée",
        "the fiche cannot be saved",
    ),
    "fiche.id_taken": (
        "l'identifiant « {key} » est déjà utilisé",
        "the id « {key} » is already used",
    ),
    "fiche.dossier_kind": (
        "un dossier ne peut pas changer de type",
        "a dossier cannot change kind",
    ),
    "fiche.not_in_trash": (
        "« {key} » n'est pas dans la corbeille",
        "« {key} » is not in the trash",
    ),
    "fiche.unknown_concept": (
        "concept inconnu (ou ambigu) : « {label} »",
        "unknown (or ambiguous) concept « {label} »",
    ),
    "fiche.unknown_concepts": (
        "concept(s) inconnu(s) : {labels}",
        "unknown concept(s): {labels}",
    ),
    "fiche.reading_list_format": (
        "format de liste de lecture inconnu « {format} » (markdown ou html)",
        "unknown reading-list format « {format} » (markdown or html)",
    ),
    # links and dossiers
    "link.unknown_type": (
        "type de lien inconnu « {type} » (attendu : {known})",
        "unknown link type « {type} » (expected {known})",
    ),
    "link.to_itself": (
        "une fiche ne peut pas se lier à elle-même",
        "a fiche cannot link to itself",
    ),
    "link.unknown_target": (
        "lien vers une fiche inconnue : « {target} »",
        "link to unknown fiche « {target} »",
    ),
    "link.not_found": (
        "aucun lien {type} de « {source} » vers « {target} »",
        "no {type} link from « {source} » to « {target} »",
    ),
    "dossier.not_member": (
        "« {key} » n'est pas dans le dossier « {dossier} »",
        "« {key} » is not in the dossier « {dossier} »",
    ),
    "dossier.not_a_dossier": ("« {key} » n'est pas un dossier", "« {key} » is not a dossier"),
    "batch.links_unsupported": (
        "les liens ne sont pas encore pris en charge dans les ajouts groupés",
        "links are not supported in bulk adds yet",
    ),
    # merging two fiches
    "merge.itself": (
        "une fiche ne peut pas être fusionnée avec elle-même",
        "a fiche cannot be merged with itself",
    ),
    "merge.kinds_differ": (
        "« {a} » ({kind_a:kind}) et « {b} » ({kind_b:kind}) ne sont pas du même type",
        "« {a} » ({kind_a:kind}) and « {b} » ({kind_b:kind}) are not the same kind",
    ),
    "merge.bad_choice": (
        "le choix de fusion pour {field} doit être « a » ou « b »",
        "merge choice for {field} must be « a » or « b »",
    ),
    # exporting
    "export.unknown_format": (
        "format d'export inconnu « {format} » ({known})",
        "unknown export format « {format} » ({known})",
    ),
    "export.folder_not_empty": (
        "{path} : choisissez un dossier nouveau ou vide pour un export Markdown",
        "{path}: choose a new or empty folder for a Markdown export",
    ),
    # the seed content shipped with the application
    "seed.not_loaded": (
        "le contenu initial de {path} ne peut pas être chargé",
        "the seed content in {path} cannot be loaded",
    ),
    "seed.file_name": (
        "le nom du fichier doit être l'identifiant « {key} ».md",
        "the file name must be the id « {key} ».md",
    ),
    "seed.id_used": (
        "l'identifiant « {key} » est aussi utilisé par {other}",
        "id « {key} » is also used by {other}",
    ),
    "seed.unknown_member": (
        "le membre du dossier « {member} » n'existe pas",
        "dossier member « {member} » does not exist",
    ),
    "seed.reading_not_member": (
        "« {member} » est dans l'ordre de lecture mais pas parmi les membres du dossier",
        "« {member} » is in the reading order but not among the dossier's members",
    ),
    "seed.reading_twice": (
        "« {member} » figure deux fois dans l'ordre de lecture",
        "« {member} » appears twice in the reading order",
    ),
    "seed.wikilink": (
        "le lien [[{target}]] ne mène à aucune fiche ni à aucun concept",
        "wikilink [[{target}]] matches no fiche and no concept",
    ),
}
