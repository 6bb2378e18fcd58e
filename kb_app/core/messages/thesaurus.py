"""Messages about the thesaurus: concepts, their upkeep, SKOS files."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # concepts
    "concept.not_found": ("aucun concept « {label} »", "no concept « {label} »"),
    "concept.ambiguous": (
        "aucun concept « {label} » (ambigu : {keys})",
        "no concept « {label} » (ambiguous: {keys})",
    ),
    "concept.french_label_needed": (
        "un concept doit avoir un libellé en français",
        "a concept needs a French label",
    ),
    "concept.label_used": (
        "le libellé « {label} » est déjà utilisé par « {key} »",
        "the label « {label} » is already used by « {key} »",
    ),
    "concept.label_used_by_concept": (
        "le libellé « {label} » est déjà utilisé par le concept « {concept} »",
        "the label « {label} » is already used by the concept « {concept} »",
    ),
    "concept.label_too_long": (
        "un libellé de concept a au plus {limit} caractères",
        "a concept label has at most {limit} characters",
    ),
    "concept.related_itself": (
        "« {name} » ne peut pas être associé à lui-même",
        "« {name} » cannot be related to itself",
    ),
    "concept.related_hierarchy": (
        "« {a} » et « {b} » ne peuvent pas être associés : l'un est déjà sous l'autre",
        "« {a} » and « {b} » cannot be related: one is already under the other",
    ),
    "concept.not_related": (
        "« {a} » et « {b} » ne sont pas associés",
        "« {a} » and « {b} » are not related",
    ),
    "concept.merge_itself": (
        "« {name} » ne peut pas être fusionné avec lui-même",
        "« {name} » cannot be merged into itself",
    ),
    "concept.merge_cycle": (
        "fusionner « {source} » dans « {target} » créerait un cycle de concepts plus larges : "
        "{cycle}",
        "merging « {source} » into « {target} » would make a cycle of broader concepts: {cycle}",
    ),
    "concept.cannot_change": (
        "le concept « {name} » ne peut pas être modifié",
        "concept « {name} » cannot be changed",
    ),
    "concept.own_broader": (
        "« {name} » ne peut pas être son propre concept plus large",
        "« {name} » cannot be its own broader concept",
    ),
    "concept.under_narrower": (
        "« {name} » serait placé sous son propre concept plus précis « {narrower} » "
        "(cycle : {cycle})",
        "« {name} » would be under its own narrower concept « {narrower} » (cycle: {cycle})",
    ),
    "concept.in_use": (
        "« {name} » ne peut pas être supprimé : {count} fiche(s) l'utilisent ; fusionnez-le "
        "dans un autre concept ou retirez-le d'abord de ces fiches",
        "« {name} » cannot be deleted: {count} fiche(s) indexed with it; merge it into "
        "another concept or remove it from those fiches first",
    ),
    "concept.in_use_trash": (
        "« {name} » ne peut pas être supprimé : {count} fiche(s) l'utilisent (dont {trashed} "
        "à la corbeille) ; fusionnez-le dans un autre concept ou retirez-le d'abord de ces "
        "fiches",
        "« {name} » cannot be deleted: {count} fiche(s) indexed with it ({trashed} in the "
        "trash); merge it into another concept or remove it from those fiches first",
    ),
    # SKOS files
    "skos.doctype": (
        "« {name} » est refusé : le fichier déclare un DOCTYPE ou une ENTITY",
        "{name}: refused, the file declares a DOCTYPE or ENTITY",
    ),
    "skos.doctype_refused": (
        "les déclarations DOCTYPE et ENTITY ne sont pas acceptées",
        "DOCTYPE/ENTITY declarations are not accepted",
    ),
    "skos.invalid_syntax": (
        "« {name} » n'est pas du {syntax} valide",
        "{name}: not valid {syntax}",
    ),
    "skos.syntax": ("{detail}", "{detail}"),
    "skos.no_french_label": (
        "le concept {uri} n'a pas de libellé préféré en français",
        "concept {uri} has no French prefLabel",
    ),
    "skos.label_clash": (
        "le libellé préféré « {label} » est utilisé par {first} et par {uri}",
        "prefLabel « {label} » is used by {first} and {uri}",
    ),
    "skos.unknown_link": (
        "{uri} renvoie à un concept inconnu : {target}",
        "{uri} links to unknown concept {target}",
    ),
    "skos.cycle": (
        "cycle de concepts plus larges et plus précis : {cycle}",
        "broader/narrower cycle: {cycle}",
    ),
    "skos.unknown_member": (
        "le groupe {group} contient un concept inconnu : {member}",
        "group {group} lists unknown concept {member}",
    ),
    "skos.not_loaded": (
        "le thésaurus « {name} » ne peut pas être chargé",
        "{name}: the thesaurus cannot be loaded",
    ),
    "skos.no_label": (
        "le concept {uri} n'a aucun libellé préféré : laissé de côté",
        "concept {uri} has no prefLabel: left out",
    ),
    "skos.label_too_long": (
        "concept {uri} : libellé préféré de plus de {limit} caractères, laissé de côté",
        "concept {uri}: prefLabel longer than {limit} characters: left out",
    ),
    "skos.long_labels_dropped": (
        "{uri} : {count} libellé(s) trop long(s) retiré(s)",
        "{uri}: {count} label(s) too long dropped",
    ),
    "skos.label_other_language": (
        "{uri} : pas de libellé préféré en français, « {label} » est utilisé",
        "{uri}: no French prefLabel, « {label} » used",
    ),
    "skos.label_twice": (
        "le libellé préféré « {label} » est utilisé deux fois : « {unique} »",
        "prefLabel « {label} » used twice: « {unique} »",
    ),
    "skos.links_dropped": (
        "{uri} : liens vers des concepts inconnus retirés ({targets})",
        "{uri}: links to unknown {targets} dropped",
    ),
    "skos.cycle_through": ("cycle : {cycle}", "cycle through: {cycle}"),
    "skos.import_cycle": (
        "importer le thésaurus « {name} » créerait un cycle de concepts plus larges et plus précis",
        "{name}: importing this thesaurus would create a broader/narrower cycle",
    ),
    "skos.too_slow": (
        "« {name} » : la lecture de ce thésaurus a pris plus de {seconds} s ; refusé",
        "{name}: reading this thesaurus took longer than {seconds} s; refused",
    ),
    "skos.time_limit": ("limite de temps atteinte", "time limit reached"),
    "skos.child_failed": (
        "« {name} » : ce thésaurus n'a pas pu être lu ; refusé",
        "{name}: this thesaurus could not be read; refused",
    ),
    "skos.memory_limit": (
        "limite de mémoire atteinte ({detail})",
        "memory limit reached ({detail})",
    ),
    "skos.unreadable_reply": (
        "réponse illisible du processus de lecture ({detail})",
        "unreadable reply ({detail})",
    ),
}
