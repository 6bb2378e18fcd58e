"""Duplicates on import and on demand: flagged entries and the librarian's choices."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "import.skipped_as_alike": (
        "écartée à votre demande : ressemble à « {title} »",
        "skipped as you chose: looks like « {title} »",
    ),
    "import.merged_into_entry": (
        "fusionnée avec l'entrée de la ligne {line} du fichier ({reason:reason})",
        "merged into the entry at line {line} of this file ({reason:reason})",
    ),
    "import.bad_choice": (
        "choix inconnu pour une entrée signalée : « {choice} » (choix possibles : {known})",
        "unknown choice for a flagged entry: « {choice} » (known: {known})",
    ),
    "import.looks_like_fiche": (
        "ressemble à la fiche « {fiche} » ({reason:reason}, {score} %)",
        "looks like the fiche « {fiche} » ({reason:reason}, {score}%)",
    ),
    "import.looks_like_entry": (
        "ressemble à l'entrée de la ligne {line} du fichier ({reason:reason}, {score} %)",
        "looks like the entry at line {line} of this file ({reason:reason}, {score}%)",
    ),
}
