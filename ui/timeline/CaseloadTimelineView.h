// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/CaseloadTimeline.h"

#include <QWidget>

#include <optional>

class QComboBox;

namespace traject {

class Session;
class TimelineCanvas;
class TimelineToolbar;

/// The whole caseload at a glance: one row per learner with the phases and placement days,
/// filtered by phase and sorted by name, phase or next deadline. Planned days can be dragged to
/// another date; a double-click opens the learner (at the item) in the dossier.
class CaseloadTimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit CaseloadTimelineView(Session &session, QWidget *parent = nullptr);

    /// Reads the caseload again (now when visible, otherwise when shown).
    void reload();
    TimelineCanvas *canvas() const { return m_canvas; }
    TimelineToolbar *toolbar() const { return m_toolbar; }
    QComboBox *phaseFilter() const { return m_phase; }
    QComboBox *sortOrder() const { return m_sort; }

Q_SIGNALS:
    /// Open this learner's dossier, at the item when there is one.
    void openLearner(qint64 learnerId, std::optional<timeline::Item> item);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void arrange();
    void moveDay(qint64 dayId, QDate to);

    Session &m_session;
    std::optional<timeline::CaseloadTimeline> m_caseload;
    TimelineCanvas *m_canvas = nullptr;
    TimelineToolbar *m_toolbar = nullptr;
    QComboBox *m_phase = nullptr;
    QComboBox *m_sort = nullptr;
    bool m_stale = true;
};

} // namespace traject
