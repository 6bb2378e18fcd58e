"""An editable table of small records (agents, links, sources) with add and remove buttons.

Each column is a text field or a choice among codes shown with translated labels.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Column:
    name: str
    title: str
    choices: tuple[str, ...] = ()  # codes; empty for free text
    label: Callable[[str], str] | None = None  # code -> shown label
    width: int = 0  # initial width in pixels (0: Qt's default)


class RowsTable(QWidget):
    def __init__(self, columns: Sequence[Column], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.table = QTableWidget(0, len(columns), self)
        self.table.setAccessibleName(name)
        self.table.setHorizontalHeaderLabels([c.title for c in columns])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        for col, column in enumerate(self.columns):
            if column.width:
                self.table.setColumnWidth(col, column.width)
        add = QPushButton(self.tr("Ajouter une ligne"), self)
        add.clicked.connect(lambda: self.add_row({}))
        remove = QPushButton(self.tr("Supprimer la ligne"), self)
        remove.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def add_row(self, values: dict[str, str | None]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, column in enumerate(self.columns):
            value = values.get(column.name) or ""
            if column.choices:
                combo = QComboBox(self.table)
                combo.setAccessibleName(column.title)
                for code in column.choices:
                    combo.addItem(column.label(code) if column.label else code, code)
                found = combo.findData(value)
                combo.setCurrentIndex(found if found >= 0 else 0)
                self.table.setCellWidget(row, col, combo)
            else:
                self.table.setItem(row, col, QTableWidgetItem(value))

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def set_rows(self, rows: Sequence[dict[str, str | None]]) -> None:
        self.table.setRowCount(0)
        for values in rows:
            self.add_row(values)

    def rows(self) -> list[dict[str, str]]:
        """Rows whose first text column is not empty; empty cells left out."""
        result = []
        for row in range(self.table.rowCount()):
            values: dict[str, str] = {}
            for col, column in enumerate(self.columns):
                widget = self.table.cellWidget(row, col)
                if isinstance(widget, QComboBox):
                    values[column.name] = str(widget.currentData())
                else:
                    item = self.table.item(row, col)
                    text = item.text().strip() if item else ""
                    if text:
                        values[column.name] = text
            first_text = next(c.name for c in self.columns if not c.choices)
            if values.get(first_text):
                result.append(values)
        return result
