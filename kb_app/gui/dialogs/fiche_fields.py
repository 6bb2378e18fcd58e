"""The kind-specific part of the fiche form: reference, case, resource and dossier details.

Fields the form does not know (``reference.extra`` for instance) are kept as they were, so
editing never loses data.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kb_app.gui import labels


@dataclass(frozen=True)
class Field:
    name: str
    kind: str = "text"  # text, multiline, int, choice
    choices: tuple[str, ...] = ()
    label: Callable[[str], str] | None = None
    required: bool = False


FIELDS: dict[str, tuple[Field, ...]] = {
    "reference": (
        Field("type", "choice", labels.REFERENCE_TYPES, labels.reference_type_label, True),
        Field("publisher"),
        Field("place"),
        Field("pages"),
        Field("collection"),
        Field("container_title"),
        Field("event"),
        Field("url"),
        Field("isbn"),
        Field("doi"),
        Field("date_note", "multiline"),
    ),
    "case": (
        Field("place", required=True),
        Field("country", required=True),
        Field("scale", "choice", labels.SCALES, labels.scale_label, True),
        Field("period_start", "int", required=True),
        Field("period_end", "int"),
        Field("period_note", "multiline"),
        Field("outcome", "multiline"),
    ),
    "resource": (
        Field("org_type", "choice", labels.ORG_TYPES, labels.org_type_label, True),
        Field("acronym"),
        Field("founded", "int"),
        Field("seat"),
        Field("url"),
    ),
    "dossier": (Field("organisation"), Field("session"), Field("url")),
    "analysis": (),
}

Editor = QLineEdit | QPlainTextEdit | QComboBox


class DetailsForm(QStackedWidget):
    """One page of fields per kind; ``values()`` gives the details of the current kind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editors: dict[str, dict[str, Editor]] = {}
        self._pages: dict[str, int] = {}
        self._kept: dict[str, Any] = {}
        self._kind = "reference"
        for kind, fields in FIELDS.items():
            self._pages[kind] = self.addWidget(self._page(kind, fields))

    def _page(self, kind: str, fields: tuple[Field, ...]) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)  # fields stay together at the top
        editors: dict[str, Editor] = {}
        if not fields:
            form.addRow(QLabel(self.tr("Pas de champ particulier pour ce type de fiche."), page))
        for field in fields:
            editor = self._editor(field, page)
            name = labels.field_label(field.name)
            title = name[:1].upper() + name[1:] + (" *" if field.required else "")
            editor.setAccessibleName(name)
            form.addRow(title, editor)
            editors[field.name] = editor
        self._editors[kind] = editors
        return page

    def _editor(self, field: Field, parent: QWidget) -> Editor:
        if field.kind == "choice":
            combo = QComboBox(parent)
            for code in field.choices:
                combo.addItem(field.label(code) if field.label else code, code)
            return combo
        if field.kind == "multiline":
            text = QPlainTextEdit(parent)
            text.setTabChangesFocus(True)
            text.setFixedHeight(70)
            return text
        line = QLineEdit(parent)
        if field.kind == "int":
            line.setValidator(QIntValidator(-9999, 9999, line))
        return line

    def set_kind(self, kind: str) -> None:
        self._kind = kind
        self.setCurrentIndex(self._pages.get(kind, self._pages["analysis"]))

    def set_values(self, kind: str, details: Mapping[str, Any]) -> None:
        self.set_kind(kind)
        known = {f.name for f in FIELDS.get(kind, ())}
        self._kept = {k: v for k, v in details.items() if k not in known}
        for name, editor in self._editors.get(kind, {}).items():
            value = details.get(name)
            text = "" if value is None else str(value)
            if isinstance(editor, QComboBox):
                found = editor.findData(text)
                editor.setCurrentIndex(max(found, 0))
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(text)
            else:
                editor.setText(text)

    def editor(self, kind: str, name: str) -> Editor:
        return self._editors[kind][name]

    def values(self) -> dict[str, Any]:
        details: dict[str, Any] = dict(self._kept)
        for field in FIELDS.get(self._kind, ()):
            editor = self._editors[self._kind][field.name]
            if isinstance(editor, QComboBox):
                value: Any = editor.currentData()
            elif isinstance(editor, QPlainTextEdit):
                value = editor.toPlainText().strip()
            else:
                value = editor.text().strip()
            if value in (None, ""):
                details.pop(field.name, None)
                continue
            if field.kind == "int" or (field.name == "pages" and str(value).isdigit()):
                value = int(value)
            details[field.name] = value
        return details
