"""Reader pages that are not a single fiche: home, concept, comparison of two cases."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from kb_app.core.dto import ConceptDetail, ConceptRef, ConceptTreeRow, FicheDetail, FicheRef, Stats
from kb_app.gui import labels
from kb_app.gui.html import bullet_list, esc, fields_table, link, page, section
from kb_app.gui.html_fiche import period_text
from kb_app.gui.links import Address, concept_url, fiche_url

KIND_ORDER = ("dossier", "analysis", "case", "reference", "resource")


translate = QCoreApplication.translate


def _fiche_item(ref: FicheRef, extra: str = "") -> str:
    year = f" · {ref.year}" if ref.year else ""
    return f'{link(fiche_url(ref.key), ref.title)} <span class="meta">{year}{extra}</span>'


def home_page(stats: Stats, dossiers: Sequence[FicheRef], top: Sequence[ConceptTreeRow]) -> str:
    counts = ", ".join(
        f"{n} {labels.kind_plural(k).lower() if n != 1 else labels.kind_label(k).lower()}"
        for k, n in stats.fiches.items()
        if n
    )
    summary = (
        translate("Pages", "%1 fiches (%2) et %3 concepts.")
        .replace("%1", str(stats.total_fiches))
        .replace("%2", counts)
        .replace("%3", str(stats.concepts))
    )
    tips = [
        translate(
            "Pages", "Tapez dans la barre de recherche (Ctrl+K) : accents et pluriels facultatifs."
        ),
        translate(
            "Pages",
            "Filtrez les résultats par type, concept, année ou dossier dans l'onglet « Filtres ».",
        ),
        translate(
            "Pages",
            "Parcourez le thésaurus dans l'onglet « Thésaurus » : chaque concept a sa carte.",
        ),
        translate(
            "Pages", "Gardez vos lectures dans le panier (Ctrl+B) ; exportez-le ou imprimez-le."
        ),
    ]
    concept_items = [
        f"{link(concept_url(r.key), labels.concept_label(r.label, r.label_en))} "
        f'<span class="meta">({r.count_total})</span>'
        for r in top
    ]
    heading = translate("Pages", "Gouvernance territoriale : base de connaissances")
    body = [
        f"<h1>{esc(heading)}</h1>",
        f'<p class="meta">{esc(summary)}</p>',
        section(translate("Pages", "Dossiers"), bullet_list(_fiche_item(d) for d in dossiers)),
        section(translate("Pages", "Concepts les plus présents"), ", ".join(concept_items)),
        section(translate("Pages", "Pour commencer"), bullet_list(esc(t) for t in tips)),
    ]
    return page(translate("Pages", "Accueil"), "".join(body))


def _concept_links(refs: Sequence[ConceptRef]) -> str:
    return ", ".join(
        link(concept_url(r.key), labels.concept_label(r.label, r.label_en)) for r in refs
    )


def concept_page(c: ConceptDetail) -> str:
    name = labels.concept_label(c.label, c.label_en)
    other_language = (
        translate("Pages", "En français") if name != c.label else translate("Pages", "En anglais")
    )
    rows = [
        (other_language, esc(labels.concept_other_label(c.label, c.label_en))),
        (translate("Pages", "Autres termes"), esc(", ".join(c.alt_labels))),
        (translate("Pages", "Plus large"), _concept_links(c.broader)),
        (translate("Pages", "Plus précis"), _concept_links(c.narrower)),
        (translate("Pages", "Associés"), _concept_links(c.related)),
        (translate("Pages", "Groupes"), esc(", ".join(c.groups))),
    ]
    count = (
        translate(
            "Pages", "%1 fiches indexées avec ce concept, %2 avec ses concepts plus précis compris."
        )
        .replace("%1", str(c.count_direct))
        .replace("%2", str(c.count_total))
    )
    search = link(
        Address("search", params=(("concept", c.key),)).url(),
        translate("Pages", "Afficher ces fiches dans la liste de résultats"),
    )
    kind = translate("Pages", "Concept")
    definition = labels.concept_definition(c.definition, c.definition_en)
    body = [
        f'<p class="kind">{esc(kind)}</p><h1>{esc(name)}</h1>',
        f"<p>{esc(definition)}</p>" if definition else "",
        f'<p class="meta">{esc(c.scope_note)}</p>' if c.scope_note else "",
        fields_table(rows),
        f'<p class="meta">{esc(count)} {search}</p>',
        _fiches_by_kind(c),
    ]
    return page(name, "".join(body))


def _fiches_by_kind(c: ConceptDetail) -> str:
    nothing = translate("Pages", "Aucune fiche pour ce concept.")
    groups: dict[str, list[str]] = {}
    for ref in c.fiches:
        groups.setdefault(ref.kind, []).append(_fiche_item(ref))
    for ref, via in c.fiches_via_narrower:
        by = translate("Pages", "par « %1 »").replace("%1", labels.concept_name(via))
        extra = " · " + esc(by)
        groups.setdefault(ref.kind, []).append(_fiche_item(ref, extra))
    out = []
    for kind in sorted(groups, key=lambda k: KIND_ORDER.index(k) if k in KIND_ORDER else 99):
        title = f"{labels.kind_plural(kind)} ({len(groups[kind])})"
        out.append(section(title, bullet_list(groups[kind])))
    return "".join(out) or f'<p class="meta">{esc(nothing)}</p>'


def _case_rows(f: FicheDetail) -> list[str]:
    d = f.details
    actors = "<br>".join(
        f'{esc(a.name)} <span class="meta">({esc(labels.role_label(a.role))})</span>'
        for a in f.agents
    )
    return [
        esc(d.get("place", "")),
        esc(d.get("country", "")),
        esc(labels.scale_label(str(d.get("scale", "")))) if d.get("scale") else "",
        esc(period_text(d)),
        esc(d.get("outcome", "")),
        actors,
    ]


def _side_by_side(left: FicheDetail, right: FicheDetail) -> str:
    names = [
        translate("Pages", "Lieu"),
        translate("Pages", "Pays"),
        translate("Pages", "Échelle"),
        translate("Pages", "Période"),
        translate("Pages", "Résultats"),
        translate("Pages", "Acteurs"),
    ]
    rows = "".join(
        f'<tr><td class="key" valign="top">{esc(n)}</td><td valign="top">{a}</td>'
        f'<td valign="top">{b}</td></tr>'
        for n, a, b in zip(names, _case_rows(left), _case_rows(right), strict=True)
    )
    head = "".join(f'<th width="43%">{link(fiche_url(f.key), f.title)}</th>' for f in (left, right))
    return (
        '<table border="1" cellspacing="0" cellpadding="5" width="100%">'
        f'<tr><th width="14%"></th>{head}</tr>{rows}</table>'
    )


def compare_page(left: FicheDetail, right: FicheDetail) -> str:
    a_keys = {c.key: c for c in left.concepts}
    b_keys = {c.key: c for c in right.concepts}
    shared = [a_keys[k] for k in a_keys if k in b_keys]
    only_a = [a_keys[k] for k in a_keys if k not in b_keys]
    only_b = [b_keys[k] for k in b_keys if k not in a_keys]
    nothing = translate("Pages", "aucun")
    none = f'<p class="meta">{esc(nothing)}</p>'
    only = translate("Pages", "Seulement dans « %1 »")
    kind = translate("Pages", "Comparaison de deux cas")
    body = [
        f'<p class="kind">{esc(kind)}</p>',
        _side_by_side(left, right),
        section(
            translate("Pages", "Concepts communs"),
            f'<p class="shared">{_concept_links(shared)}</p>' if shared else none,
        ),
        section(
            only.replace("%1", left.title),
            f"<p>{_concept_links(only_a)}</p>" if only_a else none,
        ),
        section(
            only.replace("%1", right.title),
            f"<p>{_concept_links(only_b)}</p>" if only_b else none,
        ),
    ]
    return page(translate("Pages", "Comparaison"), "".join(body))
