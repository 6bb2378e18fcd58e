"""The neighbourhood of a concept as a small graph: broader above, narrower below, related
on the sides. Every neighbour is a node one can click (or focus with Tab and press Enter)
to walk to that concept. Colours come from the palette.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from kb_app.core.dto import ConceptDetail, ConceptRef
from kb_app.gui import labels

NODE_WIDTH = 160.0
ROW_GAP = 120.0
COLUMN_GAP = 180.0
SIDE_X = 240.0
MIN_SCALE = 0.55
TEXT_FLAGS = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)


class ConceptNode(QGraphicsItem):
    """One concept: a rounded box with its label; activating it calls ``on_activate(key)``."""

    def __init__(
        self,
        ref: ConceptRef,
        relation: str,
        palette: QPalette,
        on_activate: Callable[[str], None] | None,
    ) -> None:
        super().__init__()
        self.ref = ref
        self.name = labels.concept_label(ref.label, ref.label_en)  # in the window's language
        self.relation = relation  # centre, broader, narrower, related
        self._palette = palette
        self._on_activate = on_activate
        font_metrics = QFontMetrics(self._font())
        text = font_metrics.boundingRect(0, 0, int(NODE_WIDTH) - 16, 400, TEXT_FLAGS, self.name)
        self._rect = QRectF(-NODE_WIDTH / 2, 0, NODE_WIDTH, text.height() + 16)
        self._rect.moveTop(-self._rect.height() / 2)
        self._hover = False
        if on_activate is not None:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setAcceptHoverEvents(True)
        other = labels.concept_other_label(ref.label, ref.label_en)
        self.setToolTip(self.name + (f"\n{other}" if other else ""))

    def _font(self) -> QFont:
        font = QFont()
        font.setBold(self.relation == "centre")
        return font

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-3, -3, 3, 3)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        role = QPalette.ColorRole
        if self.relation == "centre":
            fill, ink = (
                self._palette.color(role.Highlight),
                self._palette.color(role.HighlightedText),
            )
        elif self._hover or self.hasFocus():
            fill, ink = self._palette.color(role.AlternateBase), self._palette.color(role.Link)
        else:
            fill, ink = self._palette.color(role.Button), self._palette.color(role.ButtonText)
        pen = QPen(self._palette.color(role.Mid if not self.hasFocus() else role.Highlight), 1.5)
        if self.relation == "related":
            pen.setStyle(Qt.PenStyle.DashLine)
        if self.hasFocus():
            pen.setWidthF(3)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(self._rect, 8, 8)
        painter.setPen(ink)
        painter.setFont(self._font())
        painter.drawText(self._rect.adjusted(8, 6, -8, -6), TEXT_FLAGS, self.name)

    def activate(self) -> None:
        if self._on_activate is not None:
            self._on_activate(self.ref.key)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.boundingRect().contains(event.pos()):
            self.activate()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activate()
        else:
            super().keyPressEvent(event)

    def hoverEnterEvent(self, event: object) -> None:
        self._hover = True
        self.update()

    def hoverLeaveEvent(self, event: object) -> None:
        self._hover = False
        self.update()


def _spread(count: int, gap: float) -> list[float]:
    return [(i - (count - 1) / 2) * gap for i in range(count)]


class ConceptGraph(QGraphicsView):
    concept_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._concept: ConceptDetail | None = None
        self.nodes: list[ConceptNode] = []

    def set_concept(self, concept: ConceptDetail) -> None:
        self._concept = concept
        self._build()

    def _build(self) -> None:
        scene = self.scene()
        scene.clear()
        self.nodes = []
        concept = self._concept
        if concept is None:
            return
        scene.setBackgroundBrush(self.palette().color(QPalette.ColorRole.Base))
        centre = self._node(ConceptRef(concept.key, concept.label, concept.label_en), "centre")
        centre.setPos(0, 0)
        self._row(concept.broader, "broader", -ROW_GAP)
        self._row(concept.narrower, "narrower", ROW_GAP)
        left = concept.related[: (len(concept.related) + 1) // 2]
        right = concept.related[len(left) :]
        self._column(left, -SIDE_X)
        self._column(right, SIDE_X)
        for node in self.nodes[1:]:
            self._edge(centre, node)
        self._fit()

    def _node(self, ref: ConceptRef, relation: str) -> ConceptNode:
        on_activate = None if relation == "centre" else self.concept_clicked.emit
        node = ConceptNode(ref, relation, self.palette(), on_activate)
        self.scene().addItem(node)
        self.nodes.append(node)
        return node

    def _row(self, refs: Sequence[ConceptRef], relation: str, y: float) -> None:
        for ref, x in zip(refs, _spread(len(refs), COLUMN_GAP), strict=True):
            self._node(ref, relation).setPos(x, y)

    def _column(self, refs: Sequence[ConceptRef], x: float) -> None:
        for ref, y in zip(refs, _spread(len(refs), 70.0), strict=True):
            self._node(ref, "related").setPos(x, y)

    def _edge(self, a: ConceptNode, b: ConceptNode) -> None:
        colour = QColor(self.palette().color(QPalette.ColorRole.Text))
        colour.setAlpha(140)
        pen = QPen(colour, 1.4)
        if b.relation == "related":
            pen.setStyle(Qt.PenStyle.DashLine)
        line = QGraphicsLineItem(QLineF(a.pos(), b.pos()))
        line.setPen(pen)
        line.setZValue(-1)
        self.scene().addItem(line)

    def _fit(self) -> None:
        scene = self.scene()
        bounds = scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)
        scene.setSceneRect(bounds)
        self.resetTransform()
        view = self.viewport().rect()
        if bounds.width() <= 0 or bounds.height() <= 0 or view.width() <= 0:
            return
        fit = min(view.width() / bounds.width(), view.height() / bounds.height())
        scale = max(MIN_SCALE, min(1.0, fit))
        self.scale(scale, scale)
        self.centerOn(QPointF(bounds.center()))

    def node(self, key: str) -> ConceptNode | None:
        return next((n for n in self.nodes if n.ref.key == key), None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._build()
