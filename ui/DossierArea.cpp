// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierArea.h"

#include <QEvent>
#include <QScreen>
#include <QStyle>

#include <algorithm>

namespace traject {

DossierArea::DossierArea(QWidget *dossier, QWidget *beside)
    : m_beside(beside)
{
    setWidget(dossier);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus);
}

QSize DossierArea::minimumSizeHint() const
{
    QSize least = widget()->minimumSizeHint();
    const int room = screen()->availableGeometry().width() - m_beside->minimumSizeHint().width()
        - 2 * style()->pixelMetric(QStyle::PM_SplitterWidth) - 24;
    // With room for a vertical scroll bar, for a dossier taller than the screen.
    least.rwidth() += style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    least.setWidth(std::min(least.width(), std::max(room, 320)));
    least.setHeight(std::min(least.height(), 240));
    return least;
}

bool DossierArea::viewportEvent(QEvent *event)
{
    // The dossier asks for another size (a longer name, a longer title): its parent is the
    // viewport, which gets the request.
    if (event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::viewportEvent(event);
}

bool DossierArea::event(QEvent *event)
{
    // On another screen, another room.
    if (event->type() == QEvent::ScreenChangeInternal)
        updateGeometry();
    return QScrollArea::event(event);
}

} // namespace traject
