"""A small bar chart of the share of movements handled on paper per month, drawn with QPainter."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.i18n import QT_TRANSLATE_NOOP, translate
from ui.models.continuity import Bar, chart_bars, chart_scale

if TYPE_CHECKING:
    from core.continuity.bcp import MonthShare

BAR_COLOUR = QColor("#4a7ab5")
WARNING_COLOUR = QColor("#c0392b")
THRESHOLD_COLOUR = QColor("#d4a017")
AXIS_COLOUR = QColor("#808080")
GRID_COLOUR = QColor("#e4e4e4")
TEXT_COLOUR = QColor("#303030")
LABEL_BACKGROUND = QColor(255, 255, 255, 225)
MONTH_NAMES = (
    #: short names of the months, under the bars of a chart: Jan, Feb, Mar...
    QT_TRANSLATE_NOOP("ShareChart", "Jan"), QT_TRANSLATE_NOOP("ShareChart", "Feb"),
    QT_TRANSLATE_NOOP("ShareChart", "Mar"), QT_TRANSLATE_NOOP("ShareChart", "Apr"),
    QT_TRANSLATE_NOOP("ShareChart", "May"), QT_TRANSLATE_NOOP("ShareChart", "Jun"),
    QT_TRANSLATE_NOOP("ShareChart", "Jul"), QT_TRANSLATE_NOOP("ShareChart", "Aug"),
    QT_TRANSLATE_NOOP("ShareChart", "Sep"), QT_TRANSLATE_NOOP("ShareChart", "Oct"),
    QT_TRANSLATE_NOOP("ShareChart", "Nov"), QT_TRANSLATE_NOOP("ShareChart", "Dec"),
)


def month_label(month: str) -> str:
    """'2026-05' -> 'May 2026'."""
    year, number = month.split("-")
    return f"{translate('ShareChart', MONTH_NAMES[int(number) - 1])} {year}"


class ShareChart(QWidget):
    """Bars from :func:`ui.models.continuity.chart_bars`: blue, red where the month is warned about; the threshold
    as a dashed line. Months without any movement have no bar and say so."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("share_chart")
        self.shares: list[MonthShare] = []
        self.threshold = 0.0
        self.bars: list[Bar] = []
        self.scale = 10.0
        self.setMinimumSize(420, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(translate("ShareChart", "Share of movements handled on paper per month"))

    def set_shares(self, shares: list[MonthShare], threshold: float) -> None:
        self.shares, self.threshold = list(shares), threshold
        self.bars = chart_bars(self.shares, threshold)
        self.scale = chart_scale(self.shares, threshold)
        self.setToolTip("\n".join(self._month_tip(s) for s in self.shares))
        self.update()

    @staticmethod
    def _month_tip(s: MonthShare) -> str:
        if s.share is None:
            return translate("ShareChart", "{month}: {paper} on paper, {electronic} electronic").format(
                month=month_label(s.month), paper=s.paper, electronic=s.electronic)
        return translate("ShareChart", "{month}: {paper} on paper, {electronic} electronic — {share} % on "
                         "paper").format(month=month_label(s.month), paper=s.paper, electronic=s.electronic,
                                         share=f"{s.share:g}")

    def sizeHint(self) -> QSize:
        return QSize(760, 260)

    def plot_area(self) -> QRectF:
        """The rectangle of the bars: below the legend and the room for the labels above the bars, above the
        months."""
        metrics = QFontMetrics(self.font())
        left = metrics.horizontalAdvance("100 %") + 12
        top = 2 * metrics.height() + 18
        return QRectF(left, top, self.width() - left - 12, self.height() - top - metrics.height() - 10)

    def bar_rects(self) -> list[QRectF]:
        """Where each bar is drawn (height 0 for a month without movements)."""
        area = self.plot_area()
        if not self.bars:
            return []
        slot = area.width() / len(self.bars)
        width = min(slot * 0.6, 64.0)
        rects = []
        for index, bar in enumerate(self.bars):
            height = bar.height * area.height()
            x = area.left() + index * slot + (slot - width) / 2
            rects.append(QRectF(x, area.bottom() - height, width, height))
        return rects

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        area = self.plot_area()
        metrics = QFontMetrics(self.font())
        self._draw_legend(painter, metrics)
        self._draw_grid(painter, area, metrics)
        self._draw_threshold(painter, area)
        slot = area.width() / len(self.bars) if self.bars else 0
        for index, (bar, rect) in enumerate(zip(self.bars, self.bar_rects())):
            if bar.share is not None:
                painter.fillRect(rect, WARNING_COLOUR if bar.warning else BAR_COLOUR)
            label = bar.label if bar.share is not None else translate("ShareChart", "none", "a month without movements")
            width = metrics.horizontalAdvance(label) + 8
            box = QRectF(area.left() + index * slot + (slot - width) / 2, rect.top() - metrics.height() - 3, width,
                         metrics.height() + 1)
            painter.fillRect(box, LABEL_BACKGROUND)
            painter.setPen(WARNING_COLOUR if bar.warning else TEXT_COLOUR)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
            painter.setPen(TEXT_COLOUR)
            painter.drawText(QRectF(area.left() + index * slot, area.bottom() + 4, slot, metrics.height()),
                             Qt.AlignmentFlag.AlignCenter, month_label(bar.month))
        painter.setPen(QPen(AXIS_COLOUR, 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.drawLine(area.bottomLeft(), area.topLeft())
        painter.end()

    def _draw_legend(self, painter: QPainter, metrics: QFontMetrics) -> None:
        x, y, size = self.plot_area().left(), 6.0, float(metrics.height() - 4)
        entries = ((BAR_COLOUR, translate("ShareChart", "share on paper")),
                   (WARNING_COLOUR, translate("ShareChart", "grew above the threshold")),
                   (None, translate("ShareChart", "warning threshold {percent} %").format(
                       percent=f"{self.threshold:g}")))
        for colour, text in entries:
            if colour is None:
                painter.setPen(QPen(THRESHOLD_COLOUR, 2, Qt.PenStyle.DashLine))
                painter.drawLine(int(x), int(y + size / 2 + 2), int(x + 2 * size), int(y + size / 2 + 2))
                x += 2 * size + 6
            else:
                painter.fillRect(QRectF(x, y + 2, size, size), colour)
                x += size + 6
            painter.setPen(TEXT_COLOUR)
            painter.drawText(QRectF(x, y, metrics.horizontalAdvance(text) + 4, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            x += metrics.horizontalAdvance(text) + 24

    def _draw_grid(self, painter: QPainter, area: QRectF, metrics: QFontMetrics) -> None:
        steps = 5
        for k in range(steps + 1):
            value = self.scale * k / steps
            y = area.bottom() - area.height() * k / steps
            painter.setPen(QPen(GRID_COLOUR, 1))
            if k:
                painter.drawLine(int(area.left()), int(y), int(area.right()), int(y))
            painter.setPen(AXIS_COLOUR)
            painter.drawText(QRectF(0, y - metrics.height() / 2, area.left() - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{value:g} %")

    def _draw_threshold(self, painter: QPainter, area: QRectF) -> None:
        if not 0 < self.threshold <= self.scale:
            return
        y = area.bottom() - area.height() * self.threshold / self.scale
        painter.setPen(QPen(THRESHOLD_COLOUR, 2, Qt.PenStyle.DashLine))
        painter.drawLine(int(area.left()), int(y), int(area.right()), int(y))
