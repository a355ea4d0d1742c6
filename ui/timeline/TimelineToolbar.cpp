// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineToolbar.h"

#include "TimelineCanvas.h"
#include "widgets/Tones.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace traject {

using timeline::Zoom;

TimelineToolbar::TimelineToolbar(TimelineCanvas *canvas, QWidget *parent)
    : QWidget(parent)
    , m_canvas(canvas)
{
    m_zoom = new QComboBox;
    for (Zoom zoom : { Zoom::Week, Zoom::Month, Zoom::Semester, Zoom::Year })
        m_zoom->addItem(timeline::zoomLabel(zoom), int(zoom));
    m_zoom->setCurrentIndex(m_zoom->findData(int(canvas->zoom())));
    m_zoom->setToolTip(tr("Zoom in and out with Ctrl+wheel or the + and − keys."));
    m_today = new QPushButton(tr("&Today"));
    m_today->setToolTip(tr("Scroll to today (Home)."));
    m_message = new QLabel;
    m_message->setWordWrap(true);

    auto *zoomLabel = new QLabel(tr("&Zoom:"));
    zoomLabel->setBuddy(m_zoom);
    m_controls = new QHBoxLayout;
    m_controls->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_controls);
    layout->addWidget(zoomLabel);
    layout->addWidget(m_zoom);
    layout->addWidget(m_today);
    layout->addSpacing(12);
    layout->addWidget(m_message, 1);

    connect(m_zoom, &QComboBox::activated, this,
            [this] { m_canvas->setZoom(Zoom(m_zoom->currentData().toInt())); });
    connect(canvas, &TimelineCanvas::zoomChanged, this,
            [this](Zoom zoom) { m_zoom->setCurrentIndex(m_zoom->findData(int(zoom))); });
    connect(m_today, &QPushButton::clicked, this, [this] {
        m_canvas->scrollToDate(m_canvas->timeline().today());
        m_canvas->setFocus();
    });
}

void TimelineToolbar::addControl(const QString &label, QWidget *control)
{
    auto *caption = new QLabel(label);
    caption->setBuddy(control);
    m_controls->addWidget(caption);
    m_controls->addWidget(control);
    m_controls->addSpacing(8);
}

void TimelineToolbar::showMessage(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? alertStyle() : QString());
    m_message->setText(text);
}

void TimelineToolbar::clearMessage()
{
    m_message->clear();
}

} // namespace traject
