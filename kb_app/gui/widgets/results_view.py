"""The results list: three lines per result (title, kind · year · authors, extract).

Uniform item sizes keep 100,000 rows cheap; extracts are asked for only for the rows on
screen, once scrolling settles.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from kb_app.gui.models.results_model import ResultsModel
from kb_app.gui.models.roles import KEY_ROLE, LOADED_ROLE, META_ROLE, SNIPPET_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex
SNIPPET_DELAY_MS = 60


class ResultDelegate(QStyledItemDelegate):
    @staticmethod
    def row_height(font: QFont) -> int:
        return QFontMetrics(font).height() * 3 + 14

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(200, self.row_height(option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        widget = option.widget
        style = widget.style() if widget else None
        painter.save()
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        role = QPalette.ColorRole
        ink = palette.color(role.HighlightedText if selected else role.Text)
        muted = ink if selected else palette.color(role.PlaceholderText)
        rect = option.rect.adjusted(8, 5, -8, -5)
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        loaded = bool(index.data(LOADED_ROLE))
        title_font = QFont(option.font)
        title_font.setBold(loaded)
        painter.setFont(title_font)
        painter.setPen(ink if loaded else muted)
        title = QFontMetrics(title_font).elidedText(
            str(index.data() or ""), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(rect.left(), rect.top(), rect.width(), line, 0, title)
        painter.setFont(option.font)
        painter.setPen(muted)
        meta = metrics.elidedText(
            str(index.data(META_ROLE) or ""), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(rect.left(), rect.top() + line + 2, rect.width(), line, 0, meta)
        snippet = str(index.data(SNIPPET_ROLE) or "")
        if snippet:
            self._snippet(
                painter, snippet, rect.left(), rect.top() + 2 * line + 4, rect.width(), line, ink
            )
        painter.restore()

    def _snippet(
        self, painter: QPainter, html: str, x: int, y: int, width: int, height: int, ink: object
    ) -> None:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)  # the first line ends on a word
        doc.setDefaultTextOption(option)
        doc.setDefaultFont(painter.font())
        doc.setTextWidth(width)
        doc.setHtml(html)
        first_line = doc.firstBlock().layout().lineAt(0)
        shown = int(first_line.height()) if first_line.isValid() else height
        painter.translate(x, y)
        painter.setClipRect(0, 0, width, shown)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, ink)
        doc.documentLayout().draw(painter, context)


class ResultsView(QTableView):
    """One column; a table view because its fixed-height rows cost nothing per row on a
    reset (a QListView lays out every row: 0.3 s for 100,000 results)."""

    fiche_chosen = Signal(str)  # current result changed (arrow keys, click)
    fiche_activated = Signal(str)  # Enter or double click: open and read

    def __init__(self, model: ResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsView")
        self.setModel(model)
        self._results = model
        delegate = ResultDelegate(self)
        self.setItemDelegate(delegate)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(delegate.row_height(self.font()))
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAccessibleName(self.tr("Résultats de la recherche"))
        self.setAlternatingRowColors(True)
        self._focusing = False
        self._snippet_timer = QTimer(self, singleShot=True, interval=SNIPPET_DELAY_MS)
        self._snippet_timer.timeout.connect(self.request_visible_snippets)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._snippet_timer.start())
        model.modelReset.connect(self._snippet_timer.start)
        model.rows_loaded.connect(lambda _a, _b: self._snippet_timer.start())
        self.selectionModel().currentChanged.connect(self._current_changed)
        self.activated.connect(self._activated)

    def visible_rows(self) -> tuple[int, int]:
        count = self._results.rowCount()
        if count == 0:
            return 0, -1
        top = self.indexAt(QPoint(4, 2))
        bottom = self.indexAt(QPoint(4, self.viewport().height() - 2))
        first = top.row() if top.isValid() else 0
        last = bottom.row() if bottom.isValid() else count - 1
        return first, last

    def request_visible_snippets(self) -> None:
        first, last = self.visible_rows()
        if last >= first:
            self._results.request_snippets(first, last)

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Qt makes the first row current when the list gains focus: that is not a choice.
        self._focusing = True
        try:
            super().focusInEvent(event)
        finally:
            self._focusing = False

    def show_key(self, key: str | None) -> None:
        """Select the row of ``key`` (or nothing) without choosing it again."""
        row = self._results.row_of(key) if key else None
        self._focusing = True
        try:
            if row is None:
                self.selectionModel().clearCurrentIndex()
                self.clearSelection()
            elif self.currentIndex().row() != row:
                self.setCurrentIndex(self._results.index(row))
                self.scrollTo(self._results.index(row))
        finally:
            self._focusing = False

    def selected_keys(self) -> list[str]:
        """The keys of the selected rows in row order (the current row when none is)."""
        rows = sorted(i.row() for i in self.selectionModel().selectedRows())
        rows = rows or ([self.currentIndex().row()] if self.currentIndex().isValid() else [])
        keys = (self._results.index(r).data(KEY_ROLE) for r in rows)
        return [str(k) for k in keys if k]

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._focusing:
            return
        key = current.data(KEY_ROLE) if current.isValid() else None
        if key:
            self.fiche_chosen.emit(str(key))

    def _activated(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        if key:
            self.fiche_activated.emit(str(key))
