"""A fiche as a reader page: header, kind-specific fields, concepts, body, links, sources."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from kb_app.core import people
from kb_app.core.dto import FicheDetail, FicheRef, LinkView
from kb_app.core.text import emphasis_tags, fold, without_emphasis
from kb_app.gui import labels
from kb_app.gui.html import (
    banner,
    bullet_list,
    esc,
    fields_table,
    link,
    page,
    section,
    with_table_borders,
)
from kb_app.gui.links import Address, compare_url, concept_url, fiche_url

translate = QCoreApplication.translate


@dataclass(frozen=True)
class DossierContext:
    """A dossier read as a path: its members in order."""

    key: str
    title: str
    members: tuple[FicheRef, ...]

    @classmethod
    def of(cls, d: FicheDetail) -> DossierContext:
        """The dossier ``d`` read in its reading order (``FicheDetail.reading_order``)."""
        return cls(d.key, d.title, tuple(m for m, _ in d.reading_order()))

    def position(self, key: str) -> int | None:
        return next((i for i, m in enumerate(self.members) if m.key == key), None)

    def neighbours(self, key: str) -> tuple[FicheRef | None, FicheRef | None]:
        pos = self.position(key)
        if pos is None:
            return None, None
        before = self.members[pos - 1] if pos > 0 else None
        after = self.members[pos + 1] if pos + 1 < len(self.members) else None
        return before, after


def fiche_page(
    f: FicheDetail,
    body_html: str,
    dossier: DossierContext | None = None,
    *,
    can_restore: bool = True,
) -> str:
    """The reader's page of a fiche (``can_restore``: a trashed fiche's banner offers
    « Restaurer »; not in a read-only library)."""
    nav = dossier_nav(f.key, dossier) if dossier else ""
    parts = [
        trashed_banner(f.key, can_restore) if f.deleted else "",
        nav,
        _header(f),
        _details(f),
        _concepts(f),
        _path_start(f) if f.kind == "dossier" else "",
        f'<p class="summary">{esc(f.summary)}</p>' if f.summary else "",
        with_table_borders(body_html),
        _questions(f),
        _reading_path(f) if f.kind == "dossier" else "",
        _actors(f) if f.kind == "case" else "",
        section(translate("FichePage", "Fiches liées"), _links(f.links_out, labels.link_label)),
        section(translate("FichePage", "Cité dans"), _links(f.links_in, labels.backlink_label)),
        section(translate("FichePage", "Dans les dossiers"), _dossiers(f)),
        section(translate("FichePage", "Sources"), _sources(f)),
        section(
            translate("FichePage", "Faits non vérifiés"), bullet_list(esc(u) for u in f.unverified)
        ),
        _footer(f),
        nav,
    ]
    return page(without_emphasis(f.title), "".join(p for p in parts if p))


def restore_url(key: str) -> str:
    """The address of « Restaurer » in a trashed fiche's banner (the navigator acts on it)."""
    return Address("fiche", (key,), (("do", "restore"),)).url()


def trashed_banner(key: str, can_restore: bool = True) -> str:
    """« Cette fiche est dans la corbeille. Restaurer » at the top of a trashed fiche."""
    said = esc(translate("FichePage", "Cette fiche est dans la corbeille."))
    action = link(restore_url(key), translate("FichePage", "Restaurer")) if can_restore else ""
    return banner(f'<span class="trashed"><b>{said}</b></span> {action}')


def dossier_nav(key: str, dossier: DossierContext) -> str:
    before, after = dossier.neighbours(key)
    pos = dossier.position(key)
    where = (
        translate("FichePage", "Dossier « %1 » : %2 sur %3")
        .replace("%1", link(fiche_url(dossier.key), dossier.title))
        .replace("%2", str((pos or 0) + 1))
        .replace("%3", str(len(dossier.members)))
    )
    prev_html = (
        link(fiche_url(before.key, dossier.key), "← " + translate("FichePage", "précédent"))
        if before
        else ""
    )
    next_html = (
        link(fiche_url(after.key, dossier.key), translate("FichePage", "suivant") + " →")
        if after
        else ""
    )
    cells = (
        f'<td width="20%">{prev_html}</td><td align="center">{where}</td>'
        f'<td width="20%" align="right">{next_html}</td>'
    )
    return (
        f'<table width="100%" cellspacing="0" cellpadding="6" class="box"><tr>{cells}</tr></table>'
    )


def _header(f: FicheDetail) -> str:
    kind = esc(labels.kind_label(f.kind))
    if f.kind == "reference" and f.details.get("type"):
        kind += " · " + esc(labels.reference_type_label(str(f.details["type"])))
    when = f" · {esc(f.date)}" if f.date else ""
    out = [f'<p class="kind">{kind}{when}</p>', f"<h1>{emphasis_tags(esc(f.title))}</h1>"]
    if f.subtitle:
        out.append(f'<p class="subtitle">{emphasis_tags(esc(f.subtitle))}</p>')
    found = people.people(f.agents, f.details)
    if found.byline and all(c.role == "author" for c in found.byline):
        by = translate("FichePage", "Par")
        out.append(f'<p class="meta">{by} {esc(labels.people_text(found.byline, None))}</p>')
    elif found.byline:  # editors, directors…: marked with their role, never « Par »
        out.append(f'<p class="meta">{esc(labels.people_text(found.byline, None))}</p>')
    host = _host_line(f, found)
    if host:
        out.append(f'<p class="meta">{esc(host)}</p>')
    return "".join(out)


def _host_line(f: FicheDetail, found: people.People) -> str:
    """« In : Ferré, Vincent (éd.), Tolkien, trente ans après » for a chapter, a paper…"""
    return labels.host_text(found, f.details) if f.kind == "reference" else ""


def _value(field: str, value: Any) -> str:
    if field in ("url",) and isinstance(value, str):
        return link(value, value)
    if field == "scale":
        return esc(labels.scale_label(str(value)))
    if field == "org_type":
        return esc(labels.org_type_label(str(value)))
    if field == "type":
        return esc(labels.reference_type_label(str(value)))
    return esc(value)


DETAIL_FIELDS = {
    "reference": (
        "publisher",
        "place",
        "container_title",
        "event",
        "collection",
        "pages",
        "isbn",
        "doi",
        "url",
        "date_note",
    ),
    "case": ("place", "country", "scale", "period", "period_note", "outcome"),
    "resource": ("org_type", "acronym", "founded", "seat", "url"),
    "dossier": ("organisation", "session", "url"),
}


def period_text(details: dict[str, Any]) -> str:
    start, end = details.get("period_start"), details.get("period_end")
    if start and end:
        return str(start) if start == end else f"{start}–{end}"
    if start:
        return translate("FichePage", "depuis %1").replace("%1", str(start))
    return ""


def _details(f: FicheDetail) -> str:
    details = dict(f.details)
    if f.kind == "case":
        details["period"] = period_text(details)
    rows = []
    found = people.people(f.agents, f.details)
    hosted = bool(_host_line(f, found))
    for field in DETAIL_FIELDS.get(f.kind, ()):
        value = details.get(field)
        if value in (None, "") or (hosted and field == "container_title"):
            continue
        label = (
            translate("FichePage", "période") if field == "period" else labels.field_label(field)
        )
        rows.append((label[:1].upper() + label[1:], _value(field, value)))
    shown = [fold(str(v)) for k, v in details.items() if v and k != "url"]
    others = [
        c
        for c in found.others
        if f.kind != "case"
        and not any(v.startswith(fold(c.name.strip())) for v in shown)  # already a field
    ]
    for credit in others:
        rows.append((labels.credit_role_label(credit.role).capitalize(), esc(credit.name)))
    return fields_table(rows)


def _concepts(f: FicheDetail) -> str:
    if not f.concepts:
        return ""
    items = ", ".join(
        link(concept_url(c.key), labels.concept_label(c.label, c.label_en)) for c in f.concepts
    )
    title = translate("FichePage", "Concepts :")
    return f'<p><span class="key">{title}</span> {items}</p>'


def _actors(f: FicheDetail) -> str:
    items = []
    for a in f.agents:
        role = esc(labels.role_label(a.role))
        note = f" — {esc(a.note)}" if a.note else ""
        items.append(f'<b>{esc(a.name)}</b> <span class="meta">({role})</span>{note}')
    return section(
        translate("FichePage", "Personnes et organisations impliquées"), bullet_list(items)
    )


def _questions(f: FicheDetail) -> str:
    """« Questions pour l'étude »: what a student should be able to answer after reading."""
    return section(
        translate("FichePage", "Questions pour l'étude"),
        bullet_list((esc(q) for q in f.questions()), ordered=True),
    )


def _reading_path(f: FicheDetail) -> str:
    if not f.members:
        return ""
    items = []
    for m, why in f.reading_order():
        meta = esc(labels.kind_label(m.kind)) + (f" · {m.year}" if m.year else "")
        because = f"<br>{esc(why)}" if why else ""
        items.append(
            f'{link(fiche_url(m.key, f.key), m.title)} <span class="meta">{meta}</span>{because}'
        )
    title = (
        translate("FichePage", "Ordre de lecture")
        if f.details.get("reading")
        else translate("FichePage", "Parcours de lecture")
    )
    return section(title, _path_start(f) + bullet_list(items, ordered=True))


def _path_start(f: FicheDetail) -> str:
    """« Parcours de lecture : 22 fiches… Commencer la lecture du dossier → »"""
    if not f.members:
        return ""
    first = fiche_url(f.reading_order()[0][0].key, f.key)
    start = link(first, translate("FichePage", "Commencer la lecture du dossier") + " →")
    count = translate("FichePage", "Parcours de lecture : %1 fiches, à lire dans cet ordre.")
    return banner(f"{esc(count.replace('%1', str(len(f.members))))} <b>{start}</b>")


def _links(views: Iterable[LinkView], word: Any) -> str:
    items = []
    for v in views:
        note = f' <span class="meta">— {esc(v.note)}</span>' if v.note else ""
        kind = esc(labels.kind_label(v.fiche.kind))
        items.append(
            f'<span class="meta">{esc(word(v.type))} :</span> '
            f"{link(fiche_url(v.fiche.key), v.fiche.title)} "
            f'<span class="meta">({kind})</span>{note}'
        )
    return bullet_list(items)


def _dossiers(f: FicheDetail) -> str:
    read_here = translate("FichePage", "lire dans ce dossier")
    items = [
        f"{link(fiche_url(d.key), d.title)} — {link(fiche_url(f.key, d.key), read_here)}"
        for d in f.dossiers
    ]
    return bullet_list(items)


def _sources(f: FicheDetail) -> str:
    items = []
    for s in f.sources:
        label = s.get("label", "")
        url = s.get("url")
        items.append(f"{esc(label)} — {link(url, url)}" if url else esc(label))
    return bullet_list(items)


def _footer(f: FicheDetail) -> str:
    compare = ""
    if f.kind == "case":
        compare = " · " + link(
            compare_url(f.key, ""), translate("FichePage", "comparer avec un autre cas")
        )
    text = translate("FichePage", "Identifiant : %1 · modifiée le %2").replace("%1", esc(f.key))
    return f'<p class="meta">{text.replace("%2", esc(f.updated_at[:10]))}{compare}</p>'
