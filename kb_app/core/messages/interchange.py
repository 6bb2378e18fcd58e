"""Messages about reading files to import: encodings, CSL-JSON, RIS, zip archives."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # encodings
    "decoding.nul_removed": ("caractères NUL supprimés", "NUL characters removed"),
    "decoding.double_encoded": (
        "le texte semble encodé deux fois (« {sample} ») : vérifiez l'encodage du fichier",
        "text looks double-encoded (« {sample} »): check the file's encoding",
    ),
    "decoding.invalid_bytes": ("octets {encoding} invalides", "invalid {encoding} bytes"),
    "decoding.unknown_encoding": (
        "encodage inconnu : « {encoding} »",
        "unknown encoding « {encoding} »",
    ),
    "decoding.read_as": (
        "pas en UTF-8 (ligne {line}) : lu en {encoding}, encodage {how:encoding_source}",
        "not UTF-8 (line {line}): read as {encoding}, {how:encoding_source}",
    ),
    "decoding.not_utf8": ("« {name} » n'est pas en UTF-8", "{name} is not UTF-8"),
    "decoding.bad_byte": (
        "l'octet {byte} n'est pas de l'UTF-8 ; choisissez l'encodage du fichier "
        "(par exemple {examples})",
        "byte {byte} is not UTF-8; choose the file's encoding (for example {examples})",
    ),
    # what the import does with an entry
    "import.long_abstract": (
        "résumé de plus de {limit} caractères : la fiche en montre le début, le texte "
        "entier est gardé avec elle",
        "abstract longer than {limit:,} characters: the summary shows its start, the whole "
        "text is kept with the fiche",
    ),
    "import.unknown_format": (
        "{name} : format inconnu ; choisissez-en un parmi {known}",
        "{name}: unknown format; choose one of {known}",
    ),
    "import.format_unrecognised": (
        "format reconnu ni d'après le nom ni d'après le contenu",
        "format not recognised from the name or the content",
    ),
    "import.file_too_large": (
        "« {name} » pèse {megabytes} Mo ; la limite d'import est de {limit} Mo : découpez le "
        "fichier",
        "{name} is {megabytes} MB; the import limit is {limit} MB: split the file",
    ),
    "import.too_large": ("fichier trop volumineux", "file too large"),
    "import.unknown_bibliographic": (
        "format inconnu « {format} » ; attendu : {known}",
        "unknown format « {format} »; expected {known}",
    ),
    "import.too_many_entries": (
        "« {name} » contient environ {count} entrées ; un import en prend au plus {limit} : "
        "découpez le fichier",
        "{name} holds about {count:,} entries; one import takes at most {limit:,}: split the file",
    ),
    "import.too_many": ("trop d'entrées", "too many entries"),
    "import.entry_refused": (
        "l'entrée ne peut pas être importée",
        "the entry cannot be imported",
    ),
    "import.title_too_long": (
        "titre de plus de {limit} caractères",
        "title longer than {limit} characters",
    ),
    "import.untitled": (
        "sans titre : enregistrée sous « {title} »",
        "no title: saved as « {title} »",
    ),
    "import.controls_removed": (
        "caractères de contrôle (NUL…) supprimés",
        "control characters (NUL…) removed",
    ),
    "import.replacement_chars": (
        "le texte contient des caractères de remplacement « \ufffd » : des caractères ont "
        "été perdus avant l'écriture de ce fichier",
        "the text holds « \ufffd » replacement characters: characters were lost before this "
        "file was written",
    ),
    "import.symlink_left_out": (
        "lien symbolique : laissé de côté",
        "symbolic link: left out",
    ),
    "import.unreadable_entry": ("entrée illisible", "unreadable"),
    "import.in_library": ("déjà présente", "already in the library"),
    "import.in_library_differs": (
        "déjà présente, avec des différences (cochez « Mettre à jour les fiches existantes » "
        "pour les reprendre)",
        "already in the library (differs: use --update)",
    ),
    "import.same_as_entry": (
        "même œuvre que l'entrée de la ligne {line} du fichier ({reason:reason})",
        "same as the entry at line {line} of this file ({reason:reason})",
    ),
    "import.in_thesaurus": ("déjà présente", "already in the thesaurus"),
    "import.in_thesaurus_differs": (
        "déjà présente, avec des différences (cochez « Mettre à jour les fiches existantes » "
        "pour les reprendre)",
        "already in the thesaurus (differs: use --update)",
    ),
    # CSL-JSON
    "csljson.too_deep": (
        "imbrication de plus de {limit} niveaux",
        "nesting deeper than {limit} levels",
    ),
    "csljson.nested_too_deeply": (
        "« {name} » est trop profondément imbriqué pour être du CSL-JSON",
        "{name} is nested too deeply to be CSL-JSON",
    ),
    "csljson.syntax": ("{detail} (colonne {column})", "{detail} (column {column})"),
    "csljson.bad_value": ("{detail}", "{detail}"),
    "csljson.invalid_json": ("« {name} » n'est pas du JSON valide", "{name} is not valid JSON"),
    "csljson.single_value": (
        "le fichier contient une seule valeur JSON, pas des notices CSL",
        "the file holds a single JSON value, not CSL items",
    ),
    "csljson.not_csl": ("« {name} » n'est pas du CSL-JSON", "{name} is not CSL-JSON"),
    "csljson.not_names": (
        "notice {index} : « {name} » n'est pas une liste de noms : écartée",
        "item {index}: « {name} » is not a list of name objects: skipped",
    ),
    "csljson.not_date": (
        "notice {index} : « {name} » n'est pas une date CSL : écartée",
        "item {index}: « {name} » is not a CSL date object: skipped",
    ),
    "csljson.not_text": (
        "notice {index} : « {name} » n'est pas du texte : écartée",
        "item {index}: « {name} » is not a string: skipped",
    ),
    "csljson.not_scalar": (
        "notice {index} : « {name} » n'est ni du texte ni un nombre : écartée",
        "item {index}: « {name} » is not a string or a number: skipped",
    ),
    "csljson.no_id": ("sans identifiant : « {id} » donné", "no id: « {id} » given"),
    "csljson.no_type": (
        "sans type : lue comme un document",
        "no type: read as a generic document",
    ),
    "csljson.unknown_type": (
        "type CSL inconnu « {type} » gardé",
        "unknown CSL type « {type} » kept",
    ),
    "csljson.keywords_joined": (
        "« keyword » donné en liste : mots réunis avec des virgules",
        "« keyword » given as a list: joined with commas",
    ),
    "csljson.raw_date": (
        "« {name} » donné en texte : gardé comme date brute",
        "« {name} » given as text: kept as a raw date",
    ),
    "csljson.not_object": (
        "la notice {index} n'est pas un objet JSON : écartée",
        "item {index} is not a JSON object: skipped",
    ),
    "csljson.surrogate": (
        "la notice {index} contient un échappement \\u qui n'est pas un caractère : écartée",
        "item {index} holds a \\u escape that is not a character: skipped",
    ),
    "csljson.same_id": (
        "la notice {index} a le même identifiant « {id} » que la notice {first}",
        "item {index} has the same id « {id} » as item {first}",
    ),
    "csljson.duplicate_key": (
        "clé « {key} » répétée (la dernière valeur est gardée)",
        "duplicate key « {key} » (the last value was kept)",
    ),
    "csljson.item_duplicate_key": (
        "notice {index} : clé « {key} » répétée (la dernière valeur est gardée)",
        "item {index}: duplicate key « {key} » (the last value was kept)",
    ),
    # RIS
    "ris.text_outside": (
        "texte hors de toute notice ignoré : « {text} »",
        "text outside a record ignored: « {text} »",
    ),
    "ris.text_after_ty": (
        "texte juste après TY ignoré : « {text} »",
        "text right after TY ignored: « {text} »",
    ),
    "ris.stray_er": (
        "ligne ER hors de toute notice ignorée",
        "ER line outside a record ignored",
    ),
    "ris.more_ignored": (
        "… et {count} autre(s) ligne(s) ignorée(s)",
        "… and {count} more lines ignored",
    ),
    "ris.no_ty": (
        "la notice n'a pas de ligne TY : lue comme un document",
        "the record has no TY line: read as a generic document",
    ),
    "ris.empty_ty": (
        "la notice a une ligne TY vide : lue comme un document",
        "the record has an empty TY: read as a generic document",
    ),
    "ris.unknown_type": (
        "type de référence inconnu « {type} » : lu comme un document",
        "unknown reference type « {type} »: read as a generic document",
    ),
    "ris.empty_record": (
        "notice sans aucune valeur : écartée",
        "record without any value: skipped",
    ),
    "ris.no_er_before": (
        "pas de ligne ER avant la notice suivante (ligne {line})",
        "no ER line before the next record (line {line})",
    ),
    "ris.no_er_at_end": (
        "pas de ligne ER : la notice s'arrête avec le fichier",
        "no ER line: the record ends with the file",
    ),
    "ris.no_tag": (
        "aucune ligne ne commence par une balise RIS comme « TY  - »",
        "no line starts with a RIS tag such as « TY  - »",
    ),
    "ris.no_record": (
        "« {name} » ne contient aucune notice RIS",
        "{name} contains no RIS record",
    ),
    "ris.looks_like": (
        "ce fichier ressemble à {what:file_kind}, pas à du RIS",
        "this looks like {what:file_kind}, not RIS",
    ),
    "ris.not_ris": ("« {name} » n'est pas un fichier RIS", "{name} is not a RIS file"),
    # zip archives of Markdown fiches
    "archive.windows_path": (
        "chemin Windows dans un nom de membre",
        "Windows path in a member name",
    ),
    "archive.absolute_name": ("nom de membre absolu", "absolute member name"),
    "archive.climbs_out": (
        "le nom du membre sort de l'archive (..)",
        "member name climbs out of the archive (..)",
    ),
    "archive.too_many_members": (
        "« {name} » est refusé : {count} membres (la limite est de {limit})",
        "{name}: refused, {count} members (the limit is {limit:,})",
    ),
    "archive.too_big": (
        "« {name} » est refusé : il occuperait {megabytes} Mo une fois décompressé "
        "(la limite est de {limit} Mo)",
        "{name}: refused, it would expand to {megabytes} MB (the limit is {limit} MB)",
    ),
    "archive.bomb": (
        "« {name} » est refusé : le membre « {member} » grossit plus de {ratio} fois "
        "(une bombe de décompression ?)",
        "{name}: refused, member « {member} » expands more than {ratio} times "
        "(a decompression bomb?)",
    ),
    "archive.unreadable": (
        "« {name} » n'est pas une archive zip lisible ({detail})",
        "{name}: not a readable zip archive ({detail})",
    ),
    "archive.symlink": ("membre en lien symbolique", "symbolic link member"),
    "archive.member_too_big": (
        "membre de plus de {limit} Mo",
        "member larger than {limit} MB",
    ),
    "archive.member_unreadable": (
        "membre illisible ({detail})",
        "unreadable member ({detail})",
    ),
    "archive.member_lies": (
        "membre plus gros que ne le dit son en-tête",
        "member larger than its header says",
    ),
    "archive.member_not_utf8": (
        "pas du texte UTF-8 (octet {offset})",
        "not UTF-8 text (byte {offset})",
    ),
}
