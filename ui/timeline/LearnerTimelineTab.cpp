// SPDX-License-Identifier: GPL-3.0-or-later
#include "LearnerTimelineTab.h"

#include "PlacementDayMove.h"
#include "Session.h"
#include "TimelineCanvas.h"
#include "TimelineToolbar.h"
#include "timeline/LearnerTimeline.h"

#include <QVBoxLayout>

namespace traject {

LearnerTimelineTab::LearnerTimelineTab(Session &session, QWidget *parent)
    : DossierTab(session, parent)
{
    m_canvas = new TimelineCanvas;
    m_canvas->setAccessibleName(tr("Timeline of the learner"));
    m_canvas->setMovingDaysAllowed(true);
    m_toolbar = new TimelineToolbar(m_canvas);
    m_toolbar->showMessage(tr("Drag a planned placement day to move it; double-click an item to "
                              "open it."),
                           false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_canvas, 1);

    connect(m_canvas, &TimelineCanvas::itemActivated, this, &LearnerTimelineTab::openItem);
    // The line under the timeline says the item the keys are on, with its learner.
    connect(m_canvas, &TimelineCanvas::currentChanged, this, [this] {
        m_toolbar->showMessage(m_canvas->spokenItem(m_canvas->currentItem()), false);
    });
    connect(m_canvas, &TimelineCanvas::dayMoveRequested, this, &LearnerTimelineTab::moveDay);
}

void LearnerTimelineTab::reload()
{
    if (m_learnerId == 0) {
        m_canvas->setTimeline({});
        return;
    }
    auto timeline = timeline::LearnerTimelineBuilder(m_session.database(), m_session.clock())
                        .build(m_learnerId);
    if (!timeline) {
        m_toolbar->showMessage(timeline.error().message, true);
        m_canvas->setTimeline({});
        return;
    }
    m_canvas->setTimeline(std::move(*timeline), m_shown == m_learnerId);
    m_shown = m_learnerId;
}

void LearnerTimelineTab::moveDay(qint64 dayId, QDate to)
{
    movePlacementDay(m_session, dayId, to, *m_toolbar);
}

} // namespace traject
