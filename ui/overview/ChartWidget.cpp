// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartWidget.h"

#include <QPainter>

#include <cmath>

namespace traject {

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ChartWidget::setChart(Paint paint, double height)
{
    m_paint = std::move(paint);
    m_height = height;
    updateGeometry();
    update();
}

QSize ChartWidget::sizeHint() const
{
    return QSize(420, static_cast<int>(std::ceil(m_height)) + 8);
}

QSize ChartWidget::minimumSizeHint() const
{
    return QSize(260, static_cast<int>(std::ceil(m_height)) + 8);
}

void ChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (m_paint)
        m_paint(painter, QRectF(4, 4, width() - 8, m_height));
}

} // namespace traject
