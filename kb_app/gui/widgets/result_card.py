"""A result as a card (the detailed density): title, kind · year · authors, extract, why."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kb_app.gui.models.roles import LOADED_ROLE, META_ROLE, SNIPPET_ROLE, WHY_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex


class ResultDelegate(QStyledItemDelegate):
    """A card: the title in bold, kind · year · authors, the extract, why it matched."""

    LINES = 4

    @classmethod
    def row_height(cls, font: QFont) -> int:
        return QFontMetrics(font).height() * cls.LINES + 16

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
        why = str(index.data(WHY_ROLE) or "")
        if why:
            why_font = QFont(option.font)
            why_font.setItalic(True)
            painter.setFont(why_font)
            text = QFontMetrics(why_font).elidedText(
                self.tr("Pourquoi : %1").replace("%1", why),
                Qt.TextElideMode.ElideRight,
                rect.width(),
            )
            painter.drawText(rect.left(), rect.top() + 3 * line + 6, rect.width(), line, 0, text)
            painter.setFont(option.font)
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
