"""Messages about reading BibTeX files."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "bibtex.unreadable": (
        "« {name} » ne peut pas être lu comme du BibTeX",
        "{name} cannot be read as BibTeX",
    ),
    "bibtex.parser_failed": (
        "l'analyseur BibTeX a échoué : {detail}",
        "the BibTeX parser failed: {detail}",
    ),
    "bibtex.latex_kept": (
        "champ {field} : LaTeX non décodé, gardé tel quel",
        "field {field}: LaTeX not decoded, kept as written",
    ),
    "bibtex.name_unsplit": (
        "{field} : le nom « {name} » n'a pas pu être découpé : gardé entier",
        "{field}: name « {name} » could not be split: kept whole",
    ),
    "bibtex.commented_out": (
        "« {what} » est mis en commentaire par % : ignoré",
        "« {what} » is commented out with %: ignored",
    ),
    "bibtex.stray_brace": (
        "accolade fermante en trop : vérifiez les accolades de l'entrée précédente",
        "stray closing brace: check the braces of the entry above",
    ),
    "bibtex.broken_entry": (
        "le texte « {text} » ressemble à une entrée cassée : ignoré",
        "text « {text} » looks like a broken entry: ignored",
    ),
    "bibtex.block_unreadable": (
        "le bloc @{kind} n'a pas pu être lu ({detail:bibtex_reason}) : ignoré",
        "@{kind} block could not be read ({detail:bibtex_reason}): ignored",
    ),
    "bibtex.entry_unreadable": (
        "l'entrée « {key} » n'a pas pu être lue : {detail:bibtex_reason}",
        "entry « {key} » could not be read: {detail:bibtex_reason}",
    ),
    "bibtex.keyless_unreadable": (
        "une entrée n'a pas pu être lue : {detail:bibtex_reason}",
        "entry could not be read: {detail:bibtex_reason}",
    ),
    "bibtex.string_macro": (
        "@string {name} : macro « {macro} » non définie, gardée telle quelle",
        "@string {name}: undefined macro « {macro} » kept as written",
    ),
    "bibtex.string_malformed": (
        "@string {name} : valeur mal formée, gardée telle quelle",
        "@string {name}: value is not well formed, kept as written",
    ),
    "bibtex.string_redefined": (
        "@string {name} est défini de nouveau : la nouvelle valeur est utilisée",
        "@string {name} is defined again: the new value is used",
    ),
    "bibtex.no_fields": (
        "l'entrée « {key} » n'a aucun champ",
        "entry « {key} » has no fields",
    ),
    "bibtex.keyless_no_fields": (
        "une entrée sans clé n'a aucun champ",
        "entry without key has no fields",
    ),
    "bibtex.no_key": ("entrée sans clé", "entry without key"),
    "bibtex.no_type": (
        "entrée sans type : lue comme « misc »",
        "entry without type: read as misc",
    ),
    "bibtex.field_too_long": (
        "entrée « {key} » : le champ {field} dépasse {limit} caractères",
        "entry « {key} »: field {field} is longer than {limit:,} characters",
    ),
    "bibtex.field_repeated": (
        "le champ {field} est répété : la première valeur est gardée",
        "field {field} is repeated: the first value is kept",
    ),
    "bibtex.field_macro": (
        "champ {field} : macro « {macro} » non définie, gardée telle quelle",
        "field {field}: undefined macro « {macro} » kept as written",
    ),
    "bibtex.field_malformed": (
        "champ {field} : valeur mal formée, gardée telle quelle",
        "field {field}: value is not well formed, kept as written",
    ),
    "bibtex.field_name_invalid": (
        "le nom de champ « {field} » n'est pas valide : gardé, pas exporté",
        "field name « {field} » is not valid: kept, not exported",
    ),
    "bibtex.duplicate_key": (
        "clé « {key} » en double (lignes {first} et {line}) : les deux sont gardées",
        "duplicate key « {key} » (lines {first} and {line}): both kept",
    ),
    "bibtex.crossref_missing": (
        "le crossref « {key} » n'est pas dans le fichier",
        "crossref « {key} » is not in the file",
    ),
    "bibtex.crossref_cycle": (
        "cycle de crossref par « {key} » : arrêté là",
        "crossref cycle through « {key} »: stopped there",
    ),
    "bibtex.no_entry": (
        "aucune entrée BibTeX (comme « @book{{key, ») dans ce fichier",
        "no BibTeX entry (such as « @book{{key, ») in this file",
    ),
}
