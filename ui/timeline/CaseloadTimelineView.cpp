// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseloadTimelineView.h"

#include "PlacementDayMove.h"
#include "Session.h"
#include "TimelineCanvas.h"
#include "TimelineToolbar.h"
#include "domain/Enums.h"

#include <QComboBox>
#include <QVBoxLayout>

namespace traject {

using namespace timeline;

CaseloadTimelineView::CaseloadTimelineView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_canvas = new TimelineCanvas;
    m_canvas->setAccessibleName(tr("Timeline of the caseload"));
    m_canvas->setMovingDaysAllowed(true);
    m_canvas->setRowMetrics({ 16, 3, 0 });
    m_toolbar = new TimelineToolbar(m_canvas);

    m_phase = new QComboBox;
    m_phase->addItem(tr("Ongoing trajectories"), QStringLiteral("ongoing"));
    m_phase->addItem(tr("All phases"));
    for (Phase phase : allValues<Phase>())
        m_phase->addItem(label(phase), int(phase));
    m_sort = new QComboBox;
    m_sort->addItem(tr("Name"), int(CaseloadSort::Name));
    m_sort->addItem(tr("Phase"), int(CaseloadSort::Phase));
    m_sort->addItem(tr("Next deadline"), int(CaseloadSort::NextDeadline));
    m_toolbar->addControl(tr("&Phase:"), m_phase);
    m_toolbar->addControl(tr("&Sort by:"), m_sort);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_canvas, 1);
    setTabOrder(m_phase, m_sort);
    setTabOrder(m_sort, m_toolbar->zoomBox());

    connect(m_phase, &QComboBox::currentIndexChanged, this, &CaseloadTimelineView::arrange);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &CaseloadTimelineView::arrange);
    // The line under the timeline says the item the keys are on, with its learner.
    connect(m_canvas, &TimelineCanvas::currentChanged, this, [this] {
        m_toolbar->showMessage(m_canvas->spokenItem(m_canvas->currentItem()), false);
    });
    connect(m_canvas, &TimelineCanvas::dayMoveRequested, this, &CaseloadTimelineView::moveDay);
    connect(m_canvas, &TimelineCanvas::itemActivated, this,
            [this](Item item) { Q_EMIT openLearner(item.learnerId, item); });
    connect(m_canvas, &TimelineCanvas::rowActivated, this, [this](int row) {
        Q_EMIT openLearner(m_canvas->timeline().rows.at(row).key, std::nullopt);
    });
    // What the caseload timeline draws: names, phases, training, placements and aftercare, with
    // the closure periods.
    const Aspects drawn = Aspect::Profile | Aspect::Phase | Aspect::Training | Aspect::Placements
        | Aspect::Aftercare | Aspect::Shared;
    connect(&session, &Session::changed, this, [this, drawn](qint64, Aspects aspects) {
        if (aspects & drawn)
            reload();
    });
}

void CaseloadTimelineView::reload()
{
    m_stale = true;
    if (isVisible())
        load();
}

void CaseloadTimelineView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        load();
}

void CaseloadTimelineView::load()
{
    m_stale = false;
    auto caseload = CaseloadTimeline::load(m_session.database(), m_session.clock());
    if (!caseload) {
        m_toolbar->showMessage(caseload.error().message, true);
        m_caseload.reset();
    } else {
        m_caseload = std::move(*caseload);
    }
    arrange();
}

void CaseloadTimelineView::arrange()
{
    if (!m_caseload) {
        m_canvas->setTimeline({});
        return;
    }
    const QVariant phase = m_phase->currentData();
    const CaseloadSort sort = CaseloadSort(m_sort->currentData().toInt());
    if (phase.typeId() == QMetaType::QString) // the trajectories that still run
        m_canvas->setTimeline(m_caseload->arranged(CaseloadTimeline::ongoingPhases(), sort));
    else
        m_canvas->setTimeline(m_caseload->arranged(
            phase.isValid() ? std::optional(Phase(phase.toInt())) : std::nullopt, sort));
}

void CaseloadTimelineView::moveDay(qint64 dayId, QDate to)
{
    movePlacementDay(m_session, dayId, to, *m_toolbar);
}

} // namespace traject
