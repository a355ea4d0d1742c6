// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/DossierTab.h"
#include "timeline/Timeline.h"

namespace traject {

class TimelineCanvas;
class TimelineToolbar;

/// The learner's trajectory in time: phases, modules, placements and their days, barriers,
/// actions and aftercare in lanes. Planned days can be dragged to another date; a double-click
/// opens the item in its own tab.
class LearnerTimelineTab : public DossierTab
{
    Q_OBJECT

public:
    explicit LearnerTimelineTab(Session &session, QWidget *parent = nullptr);

    void reload() override;
    Aspects shows() const override
    {
        return Aspect::Phase | Aspect::Training | Aspect::Placements | Aspect::Logbook
            | Aspect::Aftercare | Aspect::Barriers | Aspect::Intake | Aspect::Shared;
    }
    TimelineCanvas *canvas() const { return m_canvas; }
    TimelineToolbar *toolbar() const { return m_toolbar; }

Q_SIGNALS:
    /// The user asked to see this item where it is edited.
    void openItem(timeline::Item item);

private:
    void moveDay(qint64 dayId, QDate to);

    TimelineCanvas *m_canvas = nullptr;
    TimelineToolbar *m_toolbar = nullptr;
    qint64 m_shown = 0; // the learner the canvas shows
};

} // namespace traject
