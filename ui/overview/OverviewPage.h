// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "overview/Overview.h"

#include <QScrollArea>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace traject {

class ChartNumbers;
class ChartWidget;
class DateField;
class ErrorLabel;
class Session;
class WeekListModel;

/// The home view: this week (placement days, appointments, actions due or overdue, learners
/// without contact), the funnel of a chosen period, the barriers by category and the work-place
/// learning progress. It reloads when the session reports a change, only while it is shown.
class OverviewPage : public QScrollArea
{
    Q_OBJECT

public:
    explicit OverviewPage(Session &session, QWidget *parent = nullptr);

    /// Reads the overview again now (also when hidden).
    void reload();
    /// Learners in an active phase without contact for more than this many days are listed.
    void setNoContactDays(int days);
    void setPeriod(QDate from, QDate to);

    const std::optional<Overview> &overview() const { return m_overview; }
    WeekListModel *placementModel() const { return m_placements; }
    WeekListModel *appointmentModel() const { return m_appointments; }
    WeekListModel *actionModel() const { return m_actions; }
    WeekListModel *silentModel() const { return m_silent; }
    QTableView *placementView() const { return m_placementView; }
    QTableView *actionView() const { return m_actionView; }

    /// Asks where and writes the overview as PDF; returns the path written (empty when not).
    QString savePdf();
    /// Lets tests answer the file question (an empty function restores the dialog).
    static void setFileChooser(std::function<QString(const QString &suggested)> choose);

Q_SIGNALS:
    /// The SPOC chose a learner in one of the lists.
    void openLearner(qint64 learnerId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildWeek();
    QWidget *buildCharts();
    QTableView *listView(WeekListModel *model);
    void scheduleReload();
    void fill();
    void fitHeight(QTableView *view);

    Session &m_session;
    int m_noContactDays = 30;
    std::optional<Overview> m_overview;
    bool m_stale = true;
    QTimer *m_debounce = nullptr;

    QLabel *m_weekTitle = nullptr;
    ErrorLabel *m_error = nullptr;
    WeekListModel *m_placements = nullptr;
    WeekListModel *m_appointments = nullptr;
    WeekListModel *m_actions = nullptr;
    WeekListModel *m_silent = nullptr;
    QTableView *m_placementView = nullptr;
    QTableView *m_appointmentView = nullptr;
    QTableView *m_actionView = nullptr;
    QTableView *m_silentView = nullptr;
    QLabel *m_silentTitle = nullptr;
    DateField *m_from = nullptr;
    DateField *m_to = nullptr;
    ErrorLabel *m_periodError = nullptr;
    ChartWidget *m_funnel = nullptr;
    QLabel *m_stops = nullptr;
    ChartWidget *m_barriers = nullptr;
    ChartWidget *m_progress = nullptr;
    ChartNumbers *m_funnelNumbers = nullptr;
    ChartNumbers *m_barrierNumbers = nullptr;
    ChartNumbers *m_progressNumbers = nullptr;
    QLabel *m_progressNote = nullptr;
    QPushButton *m_pdfButton = nullptr;
};

} // namespace traject
