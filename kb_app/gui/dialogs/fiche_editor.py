"""The fiche form for librarians: every field of every kind, saved through the core.

The dialog never writes: ``save_requested`` carries a ``FicheDraft`` and the window saves
it on the worker thread; a ``ValidationError`` comes back to ``show_error`` as sentences
and the dialog stays open with everything typed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.dto import AgentDraft, FicheDraft, LikelyDuplicate, LinkDraft
from kb_app.gui import labels, settings
from kb_app.gui.dialogs.fiche_fields import DetailsForm
from kb_app.gui.dialogs.scaffold import EditorDialog, titled
from kb_app.gui.links import fiche_url
from kb_app.gui.widgets.concept_picker import ConceptPicker
from kb_app.gui.widgets.rows_table import Column, RowsTable

#: Milliseconds of quiet typing before the library is asked for look-alikes.
LIKELY_DELAY_MS = 600


class FicheEditor(EditorDialog):
    """The form. A reference being typed is compared with the library (``likely_check``,
    answered by ``show_likely``): « Ressemble à … » with a link to each look-alike, before
    saving; saving again goes on (a warning, never a refusal)."""

    save_requested = Signal(object)  # FicheDraft
    likely_check = Signal(object)  # FicheDraft: which fiches does it look like?
    open_fiche = Signal(str)  # the address of a look-alike

    def __init__(
        self,
        parent: QWidget | None,
        concept_labels: Sequence[tuple[str, str, str]],
        draft: FicheDraft | None = None,
    ) -> None:
        super().__init__(parent)
        self.editing = draft is not None and draft.key is not None
        self.key = draft.key if draft else None
        title = self.tr("Modifier la fiche") if self.editing else self.tr("Nouvelle fiche")
        titled(self, title, (760, 640))
        self._build(concept_labels)
        self.set_draft(draft or FicheDraft(kind=settings.new_fiche_kind(), title=""))

    # -- layout ----------------------------------------------------------------------------

    def _build(self, concept_labels: Sequence[tuple[str, str, str]]) -> None:
        self.kind = QComboBox(self)
        for code in labels.KINDS:
            self.kind.addItem(labels.kind_label(code), code)
        self.key_edit = QLineEdit(self)
        self.key_edit.setPlaceholderText(self.tr("tiré du titre si vide"))
        self.title_edit = QLineEdit(self)
        self.subtitle = QLineEdit(self)
        self.date = QLineEdit(self)
        self.date.setPlaceholderText(self.tr("AAAA, AAAA-MM ou AAAA-MM-JJ"))
        self.lang = QLineEdit(self)
        self.lang.setMaxLength(2)
        self.summary = QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(90)
        self.concepts = ConceptPicker(self)
        self.concepts.set_labels(concept_labels)
        self.body = QPlainTextEdit(self)
        self.body.setAccessibleName(self.tr("Texte (Markdown)"))
        self.details = DetailsForm(self)
        self.kind.currentIndexChanged.connect(lambda _i: self.details.set_kind(self.kind_code()))
        self.agents = RowsTable(self._agent_columns(), self.tr("Personnes et organisations"), self)
        self.links = RowsTable(self._link_columns(), self.tr("Liens vers d'autres fiches"), self)
        self.sources = RowsTable(self._source_columns(), self.tr("Sources"), self)
        self.unverified = QPlainTextEdit(self)
        self.unverified.setTabChangesFocus(True)
        self.unverified.setAccessibleName(self.tr("Faits non vérifiés, un par ligne"))
        tabs = QTabWidget(self)
        tabs.addTab(self._general_tab(), self.tr("Général"))
        tabs.addTab(self.body, self.tr("Texte"))
        tabs.addTab(self.details, self.tr("Détails"))
        tabs.addTab(self._people_tab(), self.tr("Personnes et liens"))
        tabs.addTab(self._sources_tab(), self.tr("Sources"))
        self.problems_line().setAccessibleName(self.tr("Problèmes à corriger"))
        self.likely = QLabel(self)
        self.likely.setObjectName("likelyDuplicates")
        self.likely.setWordWrap(True)
        self.likely.setAccessibleName(self.tr("Fiches qui ressemblent à celle-ci"))
        self.likely.linkActivated.connect(self.open_fiche)
        self.likely.hide()
        self._checked: FicheDraft | None = None  # the draft the look-alikes were found for
        self._save_after_check = False
        self._check_timer = QTimer(self, singleShot=True, interval=LIKELY_DELAY_MS)
        self._check_timer.timeout.connect(self.check_likely)
        for edit in (self.title_edit, self.subtitle, self.date):
            edit.textEdited.connect(lambda _text: self._check_timer.start())
        self.agents.table.itemChanged.connect(lambda _item: self._check_timer.start())
        buttons = self.save_buttons(self.tr("Enregistrer"), self.tr("Annuler"))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.likely)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _general_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        rows = [
            (self.tr("Type de fiche"), self.kind),
            (self.tr("Identifiant"), self.key_edit),
            (self.tr("Titre *"), self.title_edit),
            (self.tr("Sous-titre"), self.subtitle),
            (self.tr("Date"), self.date),
            (self.tr("Langue"), self.lang),
            (self.tr("Résumé"), self.summary),
            (self.tr("Concepts"), self.concepts),
        ]
        for text, widget in rows:
            widget.setAccessibleName(text.rstrip(" *"))
            form.addRow(text, widget)
        return page

    def _people_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Personnes et organisations"), page))
        layout.addWidget(self.agents, 3)
        layout.addWidget(
            QLabel(self.tr("Liens vers d'autres fiches (identifiant de la fiche)"), page)
        )
        layout.addWidget(self.links, 2)
        return page

    def _sources_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(self.sources, 3)
        layout.addWidget(QLabel(self.tr("Faits non vérifiés (un par ligne)"), page))
        layout.addWidget(self.unverified, 1)
        return page

    def _agent_columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Nom"), width=180),
            Column("role", self.tr("Rôle"), labels.ROLES, labels.role_label, 150),
            Column("type", self.tr("Type"), labels.AGENT_TYPES, labels.agent_type_label, 130),
            Column("note", self.tr("Note")),
        ]

    def _link_columns(self) -> list[Column]:
        return [
            Column("target", self.tr("Fiche liée"), width=300),
            Column("type", self.tr("Lien"), labels.LINK_TYPES, labels.link_label, 150),
            Column("note", self.tr("Note")),
        ]

    def _source_columns(self) -> list[Column]:
        return [
            Column("label", self.tr("Source"), width=360),
            Column("url", self.tr("Adresse web")),
        ]

    # -- values ----------------------------------------------------------------------------

    def kind_code(self) -> str:
        return str(self.kind.currentData())

    def set_draft(self, d: FicheDraft) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(d.kind)))
        self.kind.setEnabled(not (self.editing and d.kind == "dossier"))
        self.key_edit.setText(d.key or "")
        self.key_edit.setReadOnly(self.editing)
        self.title_edit.setText(d.title)
        self.subtitle.setText(d.subtitle or "")
        self.date.setText(d.date or "")
        self.lang.setText(d.lang)
        self.summary.setPlainText(d.summary or "")
        self.concepts.set_concepts(d.concepts)
        self.body.setPlainText(d.body)
        self.details.set_values(d.kind, d.details)
        self.agents.set_rows(
            [{"name": a.name, "role": a.role, "type": a.type, "note": a.note} for a in d.agents]
        )
        self.links.set_rows(
            [{"target": ln.target, "type": ln.type, "note": ln.note} for ln in d.links]
        )
        self.sources.set_rows([dict(s) for s in d.sources])
        self.unverified.setPlainText("\n".join(d.unverified))

    def draft(self) -> FicheDraft:
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return FicheDraft(
            kind=self.kind_code(),
            title=self.title_edit.text().strip(),
            key=text(self.key_edit),
            lang=text(self.lang) or "fr",
            subtitle=text(self.subtitle),
            date=text(self.date),
            summary=self.summary.toPlainText().strip() or None,
            body=self.body.toPlainText(),
            concepts=tuple(self.concepts.concepts()),
            agents=tuple(
                AgentDraft(r["name"], r["role"], r.get("type", "person"), r.get("note"))
                for r in self.agents.rows()
            ),
            links=tuple(
                LinkDraft(r["type"], r["target"], r.get("note")) for r in self.links.rows()
            ),
            details=self.details.values(),
            sources=tuple(self.sources.rows()),
            unverified=tuple(
                line.strip() for line in self.unverified.toPlainText().splitlines() if line.strip()
            ),
        )

    def request_save(self) -> None:
        self.error.hide()
        if not self.title_edit.text().strip():
            self.show_message(self.tr("Le titre est obligatoire."))
            self.title_edit.setFocus()
            return
        draft = self.draft()
        if draft.kind == "reference" and draft != self._checked:
            self._save_after_check = True  # look first; save at once when nothing looks alike
            self.likely_check.emit(draft)
            return
        self.save_requested.emit(draft)

    # -- look-alikes -----------------------------------------------------------------------

    def check_likely(self) -> None:
        draft = self.draft()
        if draft.kind == "reference" and draft.title and draft != self._checked:
            self.likely_check.emit(draft)

    def show_likely(self, draft: FicheDraft, found: Sequence[LikelyDuplicate]) -> None:
        """The library's answer for ``draft``: the look-alikes, or nothing to say."""
        if draft != self.draft():
            return  # typed on since: a newer check will come
        self._checked = draft
        save = self._save_after_check
        self._save_after_check = False
        if not found:
            self.likely.hide()
            if save:
                self.save_requested.emit(draft)
            return
        items = []
        for f in found:
            how = labels.duplicate_reason_label(f.reason)
            if f.reason == "similar-title":
                how += f", {f.score:.0f} %"
            link = f'<a href="{fiche_url(f.key)}">{_escaped(f.title)}</a>'
            items.append(f"{link} ({how})")
        head = self.tr("Ressemble à :") if not found[0].identical else self.tr("Existe déjà :")
        text = f"<b>{head}</b> " + " ; ".join(items)
        if save:
            text += "<br>" + self.tr(
                "Cliquez de nouveau sur « Enregistrer » pour créer quand même la fiche."
            )
        self.likely.setText(text)
        self.likely.show()


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
