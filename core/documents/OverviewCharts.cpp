// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewCharts.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace traject::charts {

namespace {

constexpr double rowHeight = 22;
constexpr double barHeight = 15;
constexpr double legendHeight = 24;
constexpr double fontPixels = 12;

/// The grey and the pattern of part i: light to dark, each with its own hatching.
QBrush partBrush(int i)
{
    switch (i % 3) {
    case 0:
        return QBrush(QColor(60, 60, 60)); // dark, solid
    case 1:
        return QBrush(QColor(170, 170, 170), Qt::Dense4Pattern);
    default:
        return QBrush(QColor(90, 90, 90), Qt::BDiagPattern);
    }
}

QColor textOn(int i)
{
    return i % 3 == 0 ? Qt::white : Qt::black;
}

void useFont(QPainter &painter, bool bold = false)
{
    QFont font = painter.font();
    font.setPixelSize(static_cast<int>(fontPixels));
    font.setBold(bold);
    painter.setFont(font);
}

/// Writes text at the left of a row, elided to width.
void rowLabel(QPainter &painter, const QRectF &row, double width, const QString &text)
{
    const QFontMetricsF metrics(painter.font());
    const QRectF box(row.left(), row.top(), width - 6, row.height());
    painter.setPen(Qt::black);
    painter.drawText(box, Qt::AlignVCenter | Qt::AlignLeft,
                     metrics.elidedText(text, Qt::ElideRight, box.width()));
}

double labelWidth(const QPainter &painter, const QStringList &labels, double maximum)
{
    const QFontMetricsF metrics(painter.font());
    double widest = 0;
    for (const QString &label : labels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    return std::min(widest + 10, maximum);
}

} // namespace

double barChartHeight(int bars)
{
    return std::max(1, bars) * rowHeight + 4;
}

void paintBarChart(QPainter &painter, const QRectF &rect, const QList<Bar> &bars)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    useFont(painter);
    QStringList labels;
    int maximum = 1;
    for (const Bar &bar : bars) {
        labels.append(bar.label);
        maximum = std::max(maximum, bar.value);
    }
    const double left = labelWidth(painter, labels, rect.width() * 0.4);
    const QFontMetricsF metrics(painter.font());
    const double numberRoom = metrics.horizontalAdvance(QStringLiteral("0000")) + 8;
    const double span = std::max(10.0, rect.width() - left - numberRoom);
    double y = rect.top() + 2;
    for (const Bar &bar : bars) {
        const QRectF row(rect.left(), y, rect.width(), rowHeight);
        rowLabel(painter, row, left, bar.label);
        const double length = span * bar.value / maximum;
        const QRectF box(rect.left() + left, y + (rowHeight - barHeight) / 2, length, barHeight);
        painter.setPen(QPen(Qt::black, 1));
        painter.setBrush(partBrush(1));
        if (bar.value > 0)
            painter.drawRect(box);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(box.right() + 4, y, numberRoom, rowHeight),
                         Qt::AlignVCenter | Qt::AlignLeft, QString::number(bar.value));
        y += rowHeight;
    }
    // The base line.
    painter.setPen(QPen(Qt::black, 1));
    painter.drawLine(QPointF(rect.left() + left, rect.top()), QPointF(rect.left() + left, y));
    painter.restore();
}

double stackedBarsHeight(int bars)
{
    return legendHeight + std::max(1, bars) * rowHeight + 4;
}

void paintStackedBars(QPainter &painter, const QRectF &rect, const QList<StackedBar> &bars,
                      const QStringList &legend)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    useFont(painter);
    const QFontMetricsF metrics(painter.font());

    // The legend: a swatch and the name of each part.
    double x = rect.left();
    for (int i = 0; i < legend.size(); ++i) {
        const QRectF swatch(x, rect.top() + 5, 22, 13);
        painter.setPen(QPen(Qt::black, 1));
        painter.setBrush(Qt::white);
        painter.drawRect(swatch);
        painter.setBrush(partBrush(i));
        painter.drawRect(swatch);
        painter.setPen(Qt::black);
        const double w = metrics.horizontalAdvance(legend.at(i));
        painter.drawText(QRectF(swatch.right() + 5, rect.top(), w + 4, legendHeight - 2),
                         Qt::AlignVCenter | Qt::AlignLeft, legend.at(i));
        x = swatch.right() + 5 + w + 20;
    }

    QStringList labels;
    int maximum = 1;
    for (const StackedBar &bar : bars) {
        labels.append(bar.label);
        int total = 0;
        for (int v : bar.values)
            total += v;
        maximum = std::max(maximum, total);
    }
    const double left = labelWidth(painter, labels, rect.width() * 0.5);
    const double numberRoom = metrics.horizontalAdvance(QStringLiteral("= 0000")) + 8;
    const double span = std::max(10.0, rect.width() - left - numberRoom);
    double y = rect.top() + legendHeight;
    for (const StackedBar &bar : bars) {
        const QRectF row(rect.left(), y, rect.width(), rowHeight);
        rowLabel(painter, row, left, bar.label);
        double start = rect.left() + left;
        int total = 0;
        for (int i = 0; i < bar.values.size(); ++i) {
            const int value = bar.values.at(i);
            total += value;
            if (value <= 0)
                continue;
            const QRectF part(start, y + (rowHeight - barHeight) / 2, span * value / maximum,
                              barHeight);
            painter.setPen(QPen(Qt::black, 1));
            painter.setBrush(Qt::white);
            painter.drawRect(part);
            painter.setBrush(partBrush(i));
            painter.drawRect(part);
            const QString number = QString::number(value);
            if (metrics.horizontalAdvance(number) + 4 <= part.width()) {
                // On a pattern the number gets a small white box, so that it stays readable.
                const QRectF textBox
                    = metrics.boundingRect(part, Qt::AlignCenter, number).adjusted(-2, 0, 2, 0);
                if (i % 3 != 0) {
                    painter.setPen(Qt::NoPen);
                    painter.setBrush(Qt::white);
                    painter.drawRect(textBox);
                }
                painter.setPen(i % 3 == 0 ? textOn(i) : QColor(Qt::black));
                painter.drawText(part, Qt::AlignCenter, number);
            }
            start = part.right();
        }
        painter.setPen(Qt::black);
        painter.drawText(QRectF(start + 4, y, numberRoom, rowHeight),
                         Qt::AlignVCenter | Qt::AlignLeft,
                         total > 0 ? QString::number(total) : QStringLiteral("0"));
        y += rowHeight;
    }
    painter.setPen(QPen(Qt::black, 1));
    painter.drawLine(QPointF(rect.left() + left, rect.top() + legendHeight),
                     QPointF(rect.left() + left, y));
    painter.restore();
}

double funnelHeight(int stages)
{
    return std::max(1, stages) * (rowHeight + 6) + 4;
}

void paintFunnel(QPainter &painter, const QRectF &rect, const QList<Bar> &stages)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    useFont(painter);
    const QFontMetricsF metrics(painter.font());
    QStringList labels;
    int maximum = 1;
    for (const Bar &stage : stages) {
        labels.append(stage.label);
        maximum = std::max(maximum, stage.value);
    }
    const double left = labelWidth(painter, labels, rect.width() * 0.35);
    const double numberRoom = metrics.horizontalAdvance(QStringLiteral("0000")) + 12;
    const double span = std::max(10.0, rect.width() - left - numberRoom);
    const double centre = rect.left() + left + span / 2;
    double y = rect.top() + 2;
    for (int i = 0; i < stages.size(); ++i) {
        const Bar &stage = stages.at(i);
        const QRectF row(rect.left(), y, rect.width(), rowHeight + 6);
        useFont(painter, false);
        rowLabel(painter, row, left, stage.label);
        const double width = std::max(2.0, span * stage.value / maximum);
        const QRectF box(centre - width / 2, y + 3, width, rowHeight);
        painter.setPen(QPen(Qt::black, 1));
        // Darker the further down the funnel; every stage readable by its label, not its grey.
        const int grey = 215 - 30 * i;
        painter.setBrush(QColor(grey, grey, grey));
        painter.drawRect(box);
        const QString number = QString::number(stage.value);
        useFont(painter, true);
        painter.setPen(grey < 140 ? Qt::white : Qt::black);
        if (QFontMetricsF(painter.font()).horizontalAdvance(number) + 6 <= box.width()) {
            painter.drawText(box, Qt::AlignCenter, number);
        } else {
            painter.setPen(Qt::black);
            painter.drawText(QRectF(box.right() + 4, box.top(), numberRoom, box.height()),
                             Qt::AlignVCenter | Qt::AlignLeft, number);
        }
        y += rowHeight + 6;
    }
    painter.restore();
}

QList<Bar> funnelBars(const Overview::Funnel &funnel)
{
    QList<Bar> bars;
    for (int i = 0; i < funnelStageCount; ++i) {
        const auto stage = static_cast<FunnelStage>(i);
        bars.append({ funnelStageLabel(stage), funnel.count(stage) });
    }
    return bars;
}

QList<StackedBar> barrierBars(const std::vector<Overview::BarrierCounts> &barriers)
{
    QList<StackedBar> bars;
    for (const auto &b : barriers)
        bars.append(
            { QStringLiteral("%1. %2").arg(static_cast<int>(b.category)).arg(label(b.category)),
              { b.open, b.solved, b.lasting } });
    return bars;
}

QStringList barrierLegend()
{
    return { Overview::tr("Open"), Overview::tr("Solved"), Overview::tr("Lasting") };
}

QList<Bar> progressBars(const Overview &overview)
{
    QList<Bar> bars;
    for (int i = 0; i < Overview::progressBucketCount; ++i)
        bars.append(
            { Overview::progressBucketLabel(i), overview.progressBuckets[static_cast<size_t>(i)] });
    return bars;
}

} // namespace traject::charts
