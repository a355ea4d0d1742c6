// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Placement.h"
#include "dossier/DossierTab.h"
#include "planning/Progress.h"

#include <QList>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace traject {

class ErrorLabel;
class PlacementDayModel;
class PlacementModel;
class ReadinessLabel;

/// "Werkplekleren": the learner's placements, the days of the chosen one (status and hours,
/// filled in quickly), the totals against the target, generating days from a weekly pattern,
/// and the planning warnings for this learner.
class PlacementsTab : public DossierTab
{
    Q_OBJECT

public:
    explicit PlacementsTab(Session &session, QWidget *parent = nullptr);
    void reload() override;
    Aspects shows() const override
    {
        return Aspect::Placements | Aspect::Barriers | Aspect::Training | Aspect::Shared;
    }

    PlacementModel *placementModel() const { return m_placements; }
    PlacementDayModel *dayModel() const { return m_days; }
    QTableView *placementView() const { return m_placementView; }
    QTableView *dayView() const { return m_dayView; }
    QPushButton *attendanceSheetButton() const { return m_sheet; }
    /// The placement whose days are shown (0: none).
    qint64 placementId() const;
    QString totalsText() const;
    /// The planning warnings shown, in order.
    QStringList warnings() const;
    /// "Ready to start?" for the chosen placement.
    ReadinessLabel *readinessLabel() const { return m_readiness; }

public Q_SLOTS:
    void addPlacement();
    void editPlacement();
    void removePlacement();
    void addDay();
    void removeDays();
    void generateDays();
    /// The attendance sheet of the chosen placement, for its mentor (preview, print, PDF).
    void attendanceSheet();
    /// Gives the selected days (or the current one) this status, as one undoable step.
    void markSelected(PlacementDayStatus status);

private:
    void showDays();
    void updateButtons();
    const Placement *current() const;
    QList<int> selectedDayRows() const;
    /// Stores changed days as one undoable step; false (with the reason shown) when refused.
    bool commitDays(const QString &text, const QList<PlacementDay> &changed);

    LearnerPlan m_plan;
    WorkplaceProgress m_progress; // of all the learner's work-place learning placements
    QList<PlanningWarning> m_warnings;

    PlacementModel *m_placements = nullptr;
    PlacementDayModel *m_days = nullptr;
    QTableView *m_placementView = nullptr;
    QTableView *m_dayView = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_sheet = nullptr;
    QLabel *m_details = nullptr;
    ReadinessLabel *m_readiness = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_dayBox = nullptr;
    QLabel *m_totals = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_addDay = nullptr;
    QPushButton *m_removeDay = nullptr;
    QList<QPushButton *> m_statusButtons;
    ErrorLabel *m_error = nullptr;
    QLabel *m_warningTitle = nullptr;
    QListWidget *m_warningList = nullptr;
};

} // namespace traject
