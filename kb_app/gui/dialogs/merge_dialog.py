"""Merge two fiches: both side by side, field by field; a choice for each field that differs.

Fiche A is kept, fiche B goes to the trash (it can be restored). The dialog never writes:
``merge_requested`` carries the choices (``{field: "a" | "b"}``) and the window calls
``Library.merge`` on the worker; an error comes back to ``show_error``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.dto import FicheRef, MergeField
from kb_app.gui import labels
from kb_app.gui.dialogs.scaffold import Button, button_box, titled
from kb_app.gui.errors import error_sentence

MAX_SHOWN = 300  # characters of a long value (the body) shown in a cell


def value_text(value: Any) -> str:
    """A field's value as one readable line (agents, lists and mappings included)."""
    if value in (None, "", (), [], {}):
        return ""
    if isinstance(value, dict):
        return " ; ".join(f"{k} : {value_text(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return " ; ".join(value_text(v) for v in value)
    name = getattr(value, "name", None)
    role = getattr(value, "role", None)
    if isinstance(name, str) and isinstance(role, str):
        return f"{name} ({labels.role_label(role)})"
    return str(value)


def field_value_text(name: str, value: Any) -> str:
    """``value_text``, with the domain's codes (reference type, scale…) in words."""
    coded = {
        "details.type": labels.reference_type_label,
        "details.scale": labels.scale_label,
        "details.org_type": labels.org_type_label,
    }
    if name in coded and isinstance(value, str):
        return coded[name](value)
    return value_text(value)


def _shown(text: str) -> str:
    """One paragraph, cut after ``MAX_SHOWN`` characters (the tooltip has it whole)."""
    text = " ".join(text.split())
    return text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN].rstrip() + "…"


class MergeDialog(QDialog):
    merge_requested = Signal(object)  # {field name: "a" | "b"}
    swap_requested = Signal()

    def __init__(
        self, parent: QWidget | None, a: FicheRef, b: FicheRef, fields: Sequence[MergeField]
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.a, self.b = a, b
        self.fields = [f for f in fields if value_text(f.value_a) or value_text(f.value_b)]
        self.groups: dict[str, QButtonGroup] = {}
        self.radios: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        titled(self, self.tr("Fusionner deux fiches"), (980, 640))
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro())
        layout.addWidget(self._grid_area(), 1)
        layout.addLayout(self._side_buttons())
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        texts = {Button.Ok: self.tr("Fusionner"), Button.Cancel: self.tr("Annuler")}
        buttons = button_box(self, texts, self.request_merge)
        self.merge_button = buttons.button(Button.Ok)
        layout.addWidget(buttons)

    def _intro(self) -> QLabel:
        note = QLabel(
            self.tr(
                "La fiche A est conservée avec, pour chaque champ qui diffère, la valeur "
                "choisie. Les concepts, les liens, les pièces jointes et les dossiers des deux "
                "fiches sont tous conservés. La fiche B va à la corbeille (elle pourra être "
                "restaurée)."
            ),
            self,
        )
        note.setWordWrap(True)
        return note

    def _grid_area(self) -> QScrollArea:
        inner = QWidget(self)
        grid = QGridLayout(inner)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(16)
        for column, (letter, ref) in enumerate((("A", self.a), ("B", self.b)), start=1):
            head = QLabel(f"<b>{letter} — {_escape(ref.title)}</b><br><small>{ref.key}</small>")
            head.setWordWrap(True)
            head.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(head, 0, column)
        for row, field in enumerate(self.fields, start=1):
            self._add_field(grid, row, field)
        grid.setRowStretch(len(self.fields) + 1, 1)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setWidget(inner)
        area.setAccessibleName(self.tr("Champs des deux fiches"))
        return area

    def _add_field(self, grid: QGridLayout, row: int, field: MergeField) -> None:
        name = labels.merge_field_label(field.name)
        label = QLabel(f"<b>{_escape(name[:1].upper() + name[1:])}</b>")
        label.setTextFormat(Qt.TextFormat.RichText)
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        texts = (
            field_value_text(field.name, field.value_a),
            field_value_text(field.name, field.value_b),
        )
        if not field.differs:
            same = QLabel(_shown(texts[0]) + "  " + self.tr("(identique)"))
            same.setWordWrap(True)
            same.setToolTip(texts[0])
            grid.addWidget(same, row, 1, 1, 2)
            return
        group = QButtonGroup(self)
        pair = []
        for column, (side, text) in enumerate(zip("ab", texts, strict=True), start=1):
            radio = QRadioButton(_shown(text) or self.tr("(vide)"))
            radio.setToolTip(text)
            radio.setAccessibleName(f"{name} — {side.upper()}")
            group.addButton(radio, column)
            grid.addWidget(_wrapping(radio), row, column, Qt.AlignmentFlag.AlignTop)
            pair.append(radio)
        pair[0 if field.default == "a" else 1].setChecked(True)
        self.groups[field.name] = group
        self.radios[field.name] = (pair[0], pair[1])

    def _side_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        all_a = QPushButton(self.tr("Tout prendre de A"), self)
        all_a.clicked.connect(lambda: self.choose_all("a"))
        all_b = QPushButton(self.tr("Tout prendre de B"), self)
        all_b.clicked.connect(lambda: self.choose_all("b"))
        swap = QPushButton(self.tr("Garder B plutôt que A"), self)
        swap.setToolTip(self.tr("Échange les deux fiches : B est conservée, A va à la corbeille."))
        swap.clicked.connect(self.swap_requested)
        for button in (all_a, all_b):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(swap)
        return row

    def choose(self, name: str, side: str) -> None:
        a, b = self.radios[name]
        (a if side == "a" else b).setChecked(True)

    def choose_all(self, side: str) -> None:
        for name in self.radios:
            self.choose(name, side)

    def choices(self) -> dict[str, str]:
        return {name: ("a" if a.isChecked() else "b") for name, (a, _b) in self.radios.items()}

    def request_merge(self) -> None:
        self.error.hide()
        self.merge_requested.emit(self.choices())

    def show_error(self, exc: BaseException) -> None:
        self.error.setText(error_sentence(exc))
        self.error.show()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _ValueLabel(QLabel):
    """The wrapping text of a radio button; a click on it checks the button."""

    def __init__(self, radio: QRadioButton) -> None:
        super().__init__(radio.property("value_text"))
        self._radio = radio
        self.setWordWrap(True)
        self.setToolTip(radio.toolTip())
        self.setTextFormat(Qt.TextFormat.PlainText)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._radio.setChecked(True)
        super().mousePressEvent(event)


def _wrapping(radio: QRadioButton) -> QWidget:
    """A radio button whose long text wraps (a QRadioButton never wraps its own text)."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    radio.setProperty("value_text", radio.text())
    text = _ValueLabel(radio)
    radio.setText("")
    row.addWidget(radio, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(text, 1)
    return box
