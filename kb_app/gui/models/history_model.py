"""History of visited fiches and concepts, newest first (``Library.history``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kb_app.gui.models.roles import KEY_ROLE, KIND_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex
Visit = tuple[str, str, str, datetime]  # (fiche|concept, key, title or label, when)


def _local(when: datetime) -> QDateTime:
    aware = when if when.tzinfo else when.replace(tzinfo=UTC)
    return QDateTime.fromSecsSinceEpoch(int(aware.timestamp())).toLocalTime()


class HistoryModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._visits: list[Visit] = []

    def set_visits(self, visits: Sequence[Visit]) -> None:
        self.beginResetModel()
        self._visits = list(visits)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visits):
            return None
        kind, key, title, when = self._visits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            prefix = self.tr("Concept : ") if kind == "concept" else ""
            return f"{prefix}{title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            stamp = QLocale().toString(_local(when), QLocale.FormatType.ShortFormat)
            return self.tr("Consulté le %1").replace("%1", stamp)
        if role == KEY_ROLE:
            return key
        if role == KIND_ROLE:
            return kind
        return None
