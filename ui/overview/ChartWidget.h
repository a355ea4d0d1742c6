// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

namespace traject {

/// A chart on screen: paints with the same painter function as the PDF (core/documents).
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    using Paint = std::function<void(QPainter &painter, const QRectF &rect)>;

    explicit ChartWidget(QWidget *parent = nullptr);

    /// The painter function and the height it needs.
    void setChart(Paint paint, double height);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Paint m_paint;
    double m_height = 40;
};

} // namespace traject
