"""Findings of ``kb check`` (and the window's check): not errors, things found and repaired."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "check.thesaurus_cycle": (
        "cycle dans le thésaurus : {path}",
        "thesaurus cycle: {path}",
    ),
    "check.part_removed": (
        "copie partielle de pièce jointe supprimée : {where}",
        "partial attachment copy removed: {where}",
    ),
    "check.part_left": (
        "copie partielle de pièce jointe laissée par un ajout interrompu : {where}",
        "partial attachment copy left by an interrupted add: {where}",
    ),
    "check.unexpected_entry": (
        "entrée inattendue dans le magasin des pièces jointes : {where}",
        "unexpected entry in the attachment store: {where}",
    ),
    "check.unreferenced_removed": (
        "fichier de pièce jointe sans fiche supprimé : {where}",
        "unreferenced attachment file removed: {where}",
    ),
    "check.unreferenced": (
        "fichier de pièce jointe rattaché à aucune fiche : {where}",
        "attachment file referenced by no fiche: {where}",
    ),
    "check.attachment_unusable": (
        "pièce jointe {id} : {detail}",
        "attachment {id}: {detail}",
    ),
    "check.attachment_missing": (
        "pièce jointe {id} : son fichier {where} manque",
        "attachment {id}: its file {where} is missing",
    ),
    "check.attachment_damaged": (
        "pièce jointe {id} : son fichier {where} est endommagé (l'empreinte SHA-256 diffère)",
        "attachment {id}: its file {where} is damaged (SHA-256 differs)",
    ),
    "check.search_text_recomputed": (
        "texte de recherche de « {key} » recalculé",
        "search text of « {key} » recomputed",
    ),
    "check.index_unusable": (
        "index de recherche {state} : {detail}",
        "search index {state}: {detail}",
    ),
    "check.index_rebuilt": (
        "index de recherche reconstruit (il était {state} : {detail})",
        "search index rebuilt (it was {state}: {detail})",
    ),
    "check.index_drift": (
        "écart entre l'index et la base : {missing} absente(s), {extra} en trop, "
        "{stale} périmée(s) ({names})",
        "search index drift: {missing} missing, {extra} extra, {stale} stale ({names})",
    ),
    "check.index_drift_repaired": (
        "écart entre l'index et la base réparé : {missing} absente(s), {extra} en trop, "
        "{stale} périmée(s) ({names})",
        "search index drift: {missing} missing, {extra} extra, {stale} stale ({names}) repaired",
    ),
    "check.index_drift_remains": (
        "l'écart entre l'index et la base demeure après réparation : {count} fiche(s)",
        "search index drift remains after repair: {count} fiche(s)",
    ),
}
