"""Messages about fiche files (front matter) and citations."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # front matter of a fiche file
    "frontmatter.no_start": (
        "le fichier doit commencer par une ligne « --- » d'en-tête",
        "the file must start with a '---' front-matter line",
    ),
    "frontmatter.not_closed": (
        "l'en-tête n'est pas fermé par une ligne « --- »",
        "the front matter is not closed by a '---' line",
    ),
    "frontmatter.yaml": ("YAML invalide : {detail}", "invalid YAML: {detail}"),
    "frontmatter.not_mapping": (
        "l'en-tête doit être une liste de champs (clé : valeur)",
        "the front matter must be a mapping of fields",
    ),
    "frontmatter.required": (
        "le champ « {field:field} » est obligatoire",
        "the field « {field:field} » is required",
    ),
    "frontmatter.empty": (
        "le champ « {field:field} » ne doit pas être vide",
        "the field « {field:field} » must not be empty",
    ),
    "frontmatter.pattern": (
        "le champ « {field:field} » n'a pas la forme attendue : « {value} »",
        "the field « {field:field} » does not have the expected form: « {value} »",
    ),
    "frontmatter.not_allowed": (
        "le champ « {field:field} » a une valeur non prévue : « {value} »",
        "the field « {field:field} » has a value that is not allowed: « {value} »",
    ),
    "frontmatter.too_few": (
        "le champ « {field:field} » doit avoir au moins {count} valeurs",
        "the field « {field:field} » is too short: it needs at least {count} values",
    ),
    "frontmatter.type": (
        "le champ « {field:field} » n'a pas le type attendu",
        "the field « {field:field} » does not have the expected type",
    ),
    "frontmatter.too_long": (
        "le champ « {field:field} » est trop long",
        "the field « {field:field} » is too long",
    ),
    "frontmatter.invalid": (
        "le champ « {field:field} » n'est pas valide ({detail})",
        "the field « {field:field} » is not valid ({detail})",
    ),
    "frontmatter.invalid_root": (
        "l'en-tête n'est pas valide ({detail})",
        "the front matter is not valid ({detail})",
    ),
    # citations
    "citation.unknown_style": (
        "style de citation inconnu : « {style} » (styles connus : {known})",
        "unknown citation style « {style} »; choose one of: {known}",
    ),
    "citation.files_missing": (
        "des fichiers du style de citation manquent : {paths}",
        "citation style files are missing: {paths}",
    ),
    "citation.style_unreadable": (
        "le style de citation « {style} » ne peut pas être lu ({detail})",
        "the citation style « {style} » cannot be read ({detail})",
    ),
    "citation.item_failed": (
        "ne peut pas être mise en forme ({detail})",
        "cannot be formatted ({detail})",
    ),
    "citation.batch_failed": (
        "ces références ne peuvent pas être mises en forme",
        "these references cannot be formatted",
    ),
    "citation.failed": (
        "certaines références ne peuvent pas être mises en forme",
        "some references cannot be formatted as citations",
    ),
}
